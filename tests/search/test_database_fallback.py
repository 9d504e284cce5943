"""The database fallback: Wagtail's database search backend, with PostgreSQL's
danish text search configuration when the site runs on PostgreSQL."""

import json

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from search.fallback import database_backend_name
from tests.factories import CaseStudyPageFactory


@pytest.mark.django_db
def test_database_backend_is_configured_for_danish(settings):
    backend = get_search_backend(database_backend_name())
    assert settings.WAGTAILSEARCH_BACKENDS[database_backend_name()]["SEARCH_CONFIG"] == "danish"
    if connection.vendor == "postgresql":
        assert backend.config == "danish"


@pytest.mark.django_db
def test_fallback_finds_inflected_danish_words(client, settings, case_index):
    settings.ELASTICSEARCH_URL = ""
    CaseStudyPageFactory(
        title="Læringsfællesskaberne på skolerne",
        practice="<p>Lærerne mødtes i læringsfællesskaberne hver uge.</p>",
    )
    CaseStudyPageFactory(title="Sprog i vuggestuen", practice="<p>Dialogisk læsning.</p>")
    query = "læringsfællesskaberne" if connection.vendor != "postgresql" else "læringsfællesskab"
    # On PostgreSQL the danish configuration stems, so the base form finds the
    # inflected one; SQLite's full-text search matches whole words only.
    data = json.loads(client.get("/api/search/", {"q": query}).content)
    assert data["engine"] == "database"
    assert [hit["title"] for hit in data["results"]] == ["Læringsfællesskaberne på skolerne"]
