from django.urls import path

from search import views

urlpatterns = [
    path("soeg/", views.search_page, name="search"),
    path("soeg/lignende/", views.plan_page, name="plan_search"),
    path("api/search/", views.search_api, name="search_api"),
    path("api/search/autocomplete/", views.autocomplete_api, name="autocomplete_api"),
    path("api/cases/<int:case_id>/similar/", views.similar_api, name="similar_api"),
]
