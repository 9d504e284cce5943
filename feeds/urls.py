from django.urls import path

from feeds.views import case_feed

app_name = "feeds"

urlpatterns = [
    path("praksiseksempler.rss", case_feed, {"feed_type": "rss"}, name="cases_rss"),
    path("praksiseksempler.atom", case_feed, {"feed_type": "atom"}, name="cases_atom"),
]
