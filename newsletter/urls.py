from django.urls import path

from newsletter.views import latest_cases_digest

app_name = "newsletter"

urlpatterns = [path("seneste/", latest_cases_digest, name="latest")]
