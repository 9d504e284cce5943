"""The database fallback: its own full-text index (search/fallback_index.py),
PostgreSQL's danish text search or SQLite's FTS5 with Danish stems as prefixes,
kept in step with publishing, and searched without the node."""

import json

import pytest
from django.core.management import call_command
from django.db import connection

from search.fallback_index import fts5_query, matching_case_ids
from search.models import CaseText
from tests.factories import CaseStudyPageFactory
from tests.search.test_search_pages import ODD_INPUT

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_node(settings, case_index):
    """The site as `make run` without Java has it: no search node at all."""
    settings.ELASTICSEARCH_URL = ""


def titles(client, **query):
    data = json.loads(client.get("/api/search/", query).content)
    assert data["engine"] == "database"
    return [hit["title"] for hit in data["results"]]


def test_the_full_text_index_is_the_vendors_own():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_casetext_document'"
            )
            assert "USING gin (document)" in cursor.fetchone()[0]
        else:
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'search_casetext_fts'")
            assert "USING fts5" in cursor.fetchone()[0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The base form finds the inflected one, and the other way round.
        ("læringsfællesskab", ["Læringsfællesskaberne på skolerne"]),
        ("læringsfællesskaberne", ["Læringsfællesskaberne på skolerne"]),
        ("skolen", ["Læringsfællesskaberne på skolerne"]),
        ("vuggestuerne", ["Sprog i vuggestuen"]),
        ("dialogisk læsningen", ["Sprog i vuggestuen"]),
    ],
)
def test_fallback_finds_inflected_danish_words(client, no_node, query, expected):
    CaseStudyPageFactory(
        title="Læringsfællesskaberne på skolerne",
        practice="<p>Lærerne mødtes i læringsfællesskaberne hver uge.</p>",
    )
    CaseStudyPageFactory(
        title="Sprog i vuggestuen",
        practice="<p>Dialogisk læsning.</p>",
        context="<p>Børnenes sprog.</p>",
    )
    assert titles(client, q=query) == expected


def test_every_word_is_required_and_question_words_are_ignored(client, no_node):
    CaseStudyPageFactory(title="Trivselsmåling i udskolingen", practice="<p>Elevsamtaler.</p>")
    CaseStudyPageFactory(title="Trivsel i klubben", practice="<p>Fritidsklub.</p>")
    assert titles(client, q="trivsel klubben") == ["Trivsel i klubben"]
    assert titles(client, q="hvordan har andre kommuner arbejdet med trivsel i klubben?") == [
        "Trivsel i klubben"
    ]
    assert titles(client, q="trivsel kantineordning") == []


def test_title_and_summary_outrank_the_sections(client, no_node):
    CaseStudyPageFactory(
        title="Forældresamarbejde", practice="<p>Vi talte om co-teaching hver uge.</p>"
    )
    CaseStudyPageFactory(title="Co-teaching i indskolingen")
    assert titles(client, q="co-teaching") == [
        "Co-teaching i indskolingen",
        "Forældresamarbejde",
    ]


def test_compounds_written_apart_find_the_joined_word(client, no_node):
    CaseStudyPageFactory(title="Udeskole hver fredag")
    assert titles(client, q="ude skole") == ["Udeskole hver fredag"]


def test_html_tags_are_not_words(client, no_node):
    CaseStudyPageFactory(title="Tegn", practice="<p><strong>Tydelige</strong> rammer</p>")
    assert titles(client, q="strong") == []
    assert titles(client, q="tydelige rammer") == ["Tegn"]


def test_kommuner_and_temaer_are_searchable(client, no_node):
    CaseStudyPageFactory(title="Overgange", kommuner=["Viborg"], tags=["aktionslæring"])
    CaseStudyPageFactory(title="Andet", kommuner=["Aalborg"])
    assert titles(client, q="viborg") == ["Overgange"]
    assert titles(client, q="aktionslæring") == ["Overgange"]


def test_text_search_filters_and_counts_each_facet_with_the_other_filters(client, no_node):
    CaseStudyPageFactory(title="Trivsel i Viborg", omraade="skole", kommuner=["Viborg"])
    CaseStudyPageFactory(title="Trivsel i Aalborg", omraade="skole", kommuner=["Aalborg"])
    CaseStudyPageFactory(title="Trivsel i dagplejen", omraade="dagtilbud", kommuner=["Viborg"])
    CaseStudyPageFactory(title="Sprog i Viborg", omraade="skole", kommuner=["Viborg"])
    data = json.loads(
        client.get(
            "/api/search/", {"q": "trivsel", "omraade": "skole", "kommune": "viborg"}
        ).content
    )
    assert [hit["title"] for hit in data["results"]] == ["Trivsel i Viborg"]
    counts = {
        facet: {value["value"]: value["count"] for value in values}
        for facet, values in data["facets"].items()
    }
    assert counts["omraade"] == {"skole": 1, "dagtilbud": 1}
    assert counts["kommune"] == {"viborg": 1, "aalborg": 1}
    assert counts["region"] == {"midtjylland": 1}
    newest = json.loads(
        client.get("/api/search/", {"q": "trivsel", "omraade": "skole", "sort": "newest"}).content
    )
    assert [hit["title"] for hit in newest["results"]] == ["Trivsel i Aalborg", "Trivsel i Viborg"]
    years = json.loads(client.get("/api/search/", {"q": "trivsel", "year_from": "2030"}).content)
    assert years["results"] == []


# --- Kept in step with the page tree ----------------------------------------


def test_publish_unpublish_and_delete_update_the_index(client, no_node, make_private):
    case = CaseStudyPageFactory(title="Motorisk udvikling i dagplejen")
    assert titles(client, q="motorisk") == ["Motorisk udvikling i dagplejen"]

    case.unpublish()
    assert titles(client, q="motorisk") == []
    assert not CaseText.objects.filter(page_id=case.pk).exists()

    case.title = "Motorik og bevægelse i dagplejen"
    case.save_revision().publish()
    assert titles(client, q="bevægelse") == ["Motorik og bevægelse i dagplejen"]
    assert titles(client, q="motorisk") == []

    restriction = make_private(case)
    assert titles(client, q="bevægelse") == []
    restriction.delete()
    assert titles(client, q="bevægelse") == ["Motorik og bevægelse i dagplejen"]

    case.delete()
    assert titles(client, q="bevægelse") == []
    assert not CaseText.objects.exists()


def test_a_draft_change_does_not_reach_the_index(client, no_node):
    case = CaseStudyPageFactory(title="Læsebånd i indskolingen")
    case.title = "Skrivebånd i indskolingen"
    case.save_revision()
    assert titles(client, q="læsebånd") == ["Læsebånd i indskolingen"]
    assert titles(client, q="skrivebånd") == []


def test_rebuild_command_indexes_every_visible_case_and_nothing_else(no_node, hidden_cases):
    visible = [CaseStudyPageFactory(title=f"Synlig sag {n}") for n in range(3)]
    CaseText.objects.all().delete()
    assert matching_case_ids("synlig", 10) == []

    call_command("rebuild_fallback_index", stdout=open("/dev/null", "w"))

    assert sorted(CaseText.objects.values_list("page_id", flat=True)) == [c.pk for c in visible]
    assert sorted(matching_case_ids("synlig sag", 10)) == [c.pk for c in visible]
    # Run again, it replaces the rows rather than adding to them.
    call_command("rebuild_fallback_index", stdout=open("/dev/null", "w"))
    assert CaseText.objects.count() == len(visible)


# --- Odd input --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        *ODD_INPUT,
        '"',
        "'",
        "-",
        "*",
        "NEAR(læring",
        "heading:læring",
        "læring OR",
        "!&|<->:*",
        "i og at",
        "_",
    ],
)
def test_odd_input_never_errors(client, no_node, text):
    CaseStudyPageFactory(title="Læring i dagplejen")
    response = client.get("/api/search/", {"q": text})
    assert response.status_code == 200
    assert json.loads(response.content)["engine"] == "database"
    assert client.get("/soeg/", {"q": text}).status_code == 200


def test_sqlite_query_quotes_every_word_and_prefixes_stems():
    assert fts5_query(["Skolerne", "i", "co-teaching"]) == '"skol"* AND "i" AND "co-teaching"*'
