from django.urls import path

from compare import views

urlpatterns = [
    path("", views.compare_page, name="compare"),
    path("tilfoej/<int:case_id>/", views.add_case, name="compare_add"),
]
