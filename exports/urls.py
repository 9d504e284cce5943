from django.urls import re_path

from exports import views

urlpatterns = [
    re_path(
        r"^(?P<source>soeg|praksiseksempler|sammenligning)\.(?P<file_format>csv|xlsx)$",
        views.export_cases,
        name="export_cases",
    ),
]
