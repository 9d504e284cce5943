"""The search page and JSON endpoints: state in the URL, odd input, the database fallback."""

import json

import pytest

from search import connection, engine
from search.indexing import rebuild_index
from tests.factories import CaseStudyPageFactory

ODD_INPUT = [
    '"aktionslæring',
    "(læring]",
    "AND OR NOT",
    "læring AND OR",
    "x" * 5000,
    "😀 trivsel 🎉",
    "<script>alert(1)</script>",
    "\x00\x1f kontrol",
    "titel:* ~2 ^3 /regex/",
]


@pytest.fixture
def cases(indexed_case):
    indexed_case(
        title="Aktionslæring i dagplejen",
        omraade="dagtilbud",
        kommuner=["Viborg"],
        practice="<p>Dagplejerne afprøvede aktionslæring i legestuerne.</p>",
    )
    indexed_case(title="Trivsel i klubben", omraade="fritid", kommuner=["Aalborg"])


def test_search_page_shows_results_facets_and_chips(client, cases):
    response = client.get("/soeg/", {"q": "aktionslæring", "omraade": "dagtilbud"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aktionslæring i dagplejen" in html
    assert "Trivsel i klubben" not in html
    assert 'aria-live="polite"' in html
    assert 'type="checkbox"' in html and 'value="dagtilbud" checked' in html
    assert "Fjern filter Område: Dagtilbud" in html
    assert "<mark>" in html


def test_search_page_without_hits_helps(client, cases):
    html = client.get("/soeg/", {"q": "rumfart"}).content.decode()
    assert "Ingen praksiseksempler passede" in html
    assert "Beskriv hellere jeres plan" in html


@pytest.mark.parametrize("text", ODD_INPUT)
def test_odd_input_never_errors_and_is_escaped(client, cases, text):
    response = client.get("/soeg/", {"q": text, "page": "-7", "kommune": "<b>"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    api = client.get("/api/search/", {"q": text})
    assert api.status_code == 200
    assert json.loads(api.content)["engine"] == "elasticsearch"
    assert client.get("/api/search/autocomplete/", {"q": text}).status_code == 200


def test_search_api_shape(client, cases):
    data = json.loads(client.get("/api/search/", {"q": "trivsel"}).content)
    assert data["count"] == 1
    assert data["engine"] == "elasticsearch"
    result = data["results"][0]
    assert set(result) >= {"id", "title", "url", "kommuner", "omraade", "summary", "highlights"}
    assert result["kommuner"] == ["Aalborg Kommune"]
    assert result["omraade"] == "Fritid og ungdom"
    assert {"omraade", "kommune", "region", "tema", "maalgruppe", "partner"} <= set(data["facets"])


def test_search_api_answers_json_in_utf8(client, cases):
    """Other sites read the answer as JSON text with Danish letters as they are."""
    response = client.get("/api/search/", {"q": "aktionslæring"})
    assert response["Content-Type"] == "application/json"
    assert "Aktionslæring i dagplejen".encode() in response.content
    assert b"\\u00e6" not in response.content
    highlights = json.loads(response.content)["results"][0]["highlights"]
    assert any("<mark>" in fragment for fragment in highlights), highlights


def test_similar_api(client, indexed_case):
    first = indexed_case(title="Sprogindsats i vuggestuer", practice="<p>Dialogisk læsning.</p>")
    indexed_case(title="Sprog og dialogisk læsning i dagplejen")
    data = json.loads(client.get(f"/api/cases/{first.pk}/similar/").content)
    assert [hit["title"] for hit in data["results"]] == ["Sprog og dialogisk læsning i dagplejen"]
    assert client.get("/api/cases/999999/similar/").status_code == 404


def test_similar_api_hides_unpublished_cases(client, search_index, committed):
    draft = committed(CaseStudyPageFactory, title="Kladde", live=False)
    assert client.get(f"/api/cases/{draft.pk}/similar/").status_code == 404


def test_similar_api_answers_not_found_once_a_case_is_unpublished(client, indexed_case, committed):
    case = indexed_case(title="Sprogindsats i vuggestuer", practice="<p>Dialogisk læsning.</p>")
    indexed_case(title="Sprog og dialogisk læsning i dagplejen")
    assert client.get(f"/api/cases/{case.pk}/similar/").status_code == 200
    committed(case.unpublish)
    assert client.get(f"/api/cases/{case.pk}/similar/").status_code == 404


def test_case_page_shows_similar_cases(client, indexed_case):
    first = indexed_case(title="Læringsmiljøer i dagplejen", practice="<p>Legestuer.</p>")
    indexed_case(title="Læringsmiljøer i legestuerne", practice="<p>Dagplejens legestuer.</p>")
    html = client.get(first.url).content.decode()
    assert "Lignende praksiseksempler" in html
    assert "Læringsmiljøer i legestuerne" in html


def test_plan_page(client, cases):
    html = client.get("/soeg/lignende/", {"beskrivelse": "aktionslæring med dagplejere"})
    assert "Aktionslæring i dagplejen" in html.content.decode()


def test_unreachable_node_falls_back_to_the_database_with_a_notice(client, cases):
    connection.configure("http://127.0.0.1:9")
    response = client.get("/soeg/", {"q": "Trivsel", "omraade": "fritid"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "resultaterne er forenklede" in html
    assert "Trivsel i klubben" in html
    data = json.loads(client.get("/api/search/", {"q": "trivsel"}).content)
    assert data["engine"] == "database"
    assert [hit["title"] for hit in data["results"]] == ["Trivsel i klubben"]
    assert client.get("/api/search/autocomplete/", {"q": "Aal"}).status_code == 200


@pytest.mark.django_db
def test_without_a_search_node_the_database_answers(client, settings, case_index):
    settings.ELASTICSEARCH_URL = ""
    CaseStudyPageFactory(title="Overgange fra dagtilbud til skole", omraade="tvaergaaende")
    CaseStudyPageFactory(title="Faglig ledelse i matematik", omraade="skole")
    data = json.loads(client.get("/api/search/", {"q": "overgange"}).content)
    assert data["engine"] == "database"
    assert data["notice"] == ""
    assert [hit["title"] for hit in data["results"]] == ["Overgange fra dagtilbud til skole"]
    data = json.loads(client.get("/api/search/", {"omraade": "skole"}).content)
    assert [hit["title"] for hit in data["results"]] == ["Faglig ledelse i matematik"]
    counts = {value["value"]: value["count"] for value in data["facets"]["omraade"]}
    assert counts == {"skole": 1, "tvaergaaende": 1}


@pytest.mark.parametrize(
    "text",
    ["东京大学" * 125, " ".join(f"ord{n}" for n in range(200)), "læring " * 70],
)
def test_very_long_queries_are_answered_by_the_search_node(client, cases, text):
    data = json.loads(client.get("/api/search/", {"q": text}).content)
    assert data["engine"] == "elasticsearch"
    assert data["notice"] == ""


def test_facet_labels_come_from_the_cache_after_the_first_search(client, cases):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/api/search/", {"q": "trivsel"})
    with CaptureQueriesContext(connection) as queries:
        data = json.loads(client.get("/api/search/", {"q": "trivsel"}).content)
    assert {value["label"] for value in data["facets"]["kommune"]} == {"Aalborg Kommune"}
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "casestudies_kommune" not in sql and "taggit_tag" not in sql


def test_similar_cases_common_word_limit_counts_the_cases_of_one_shard(search_index, committed):
    """more_like_this compares a word's frequency within each shard, so the
    limit of common words is taken from the cases per shard, not in the index."""
    for number in range(7):
        committed(CaseStudyPageFactory, title=f"Sprogindsats nummer {number}")
    rebuild_index(shards=3)

    assert engine.cases_per_shard() == 7 // 3


def test_a_misspelt_search_shows_what_it_did_and_links_the_correction(client, cases):
    html = client.get("/soeg/", {"q": "aktionslærring", "omraade": "dagtilbud"}).content.decode()
    assert "Aktionslæring i dagplejen" in html
    assert "her er dem med lignende stavning" in html
    # The link keeps the filters and replaces only the words.
    assert (
        'Mente du <a href="?q=aktionsl%C3%A6ring&amp;omraade=dagtilbud">aktionslæring</a>?' in html
    )
    data = client.get("/api/search/", {"q": "aktionslærring"}).json()
    assert data["suggestion"] == "aktionslæring"
