"""A URL that saves a case with a tag in one transaction, as the admin's edit
view does, for tests/casestudies/test_concurrent_tag_saves.py."""

from django.db import transaction
from django.http import HttpResponse
from django.urls import path

from casestudies.models import CaseStudyPage


def save_case_with_tag(request, pk):
    with transaction.atomic():
        case = CaseStudyPage.objects.get(pk=pk)
        case.tags.add(request.GET["tag"])
        case.save_revision()
    return HttpResponse("gemt")


urlpatterns = [path("gem/<int:pk>/", save_case_with_tag)]
