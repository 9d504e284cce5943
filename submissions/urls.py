from django.urls import path

from submissions import views

urlpatterns = [
    path("", views.submission_form, name="submission_form"),
    path("tak/", views.submission_receipt, name="submission_receipt"),
]
