"""Database queries must not grow with the number of cases or of their relations.

Each test measures the same operation at two sizes and asserts the counts are
equal (no N+1), and below a ceiling, so a new per-item query fails here
before it shows up as a slow page at 100,000 cases.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.indexing import rebuild_index
from tests.factories import CaseStudyPageFactory

KOMMUNER = ["Aarhus", "Odense", "Aalborg", "Vejle", "Esbjerg", "Randers"]
TAGS = ["trivsel", "inklusion", "aktionslæring", "overgange", "sprogindsats", "læringsmiljøer"]
MAALGRUPPER = ["ledere", "laerere", "paedagoger", "ppr"]
PARTNERS = ["VIA University College", "UC SYD", "KL"]


def queries_of(action):
    """Queries run by `action`, with Django's cache emptied first so each
    measurement starts equally cold (Wagtail caches site root paths there).
    The action runs once before, unmeasured: in-process caches such as
    ContentType's fill on a worker's first request, not on every one."""
    action()
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured.captured_queries)


def make_cases(count, **kwargs):
    return [CaseStudyPageFactory(**kwargs) for _ in range(count)]


def rich_case():
    return CaseStudyPageFactory(
        kommuner=KOMMUNER, tags=TAGS, maalgrupper=MAALGRUPPER, partners=PARTNERS
    )


@pytest.mark.django_db
def test_case_page_queries_do_not_depend_on_relations_or_other_cases(client, search_index):
    plain = CaseStudyPageFactory(kommuner=["Aarhus"], tags=["trivsel"])
    rich = rich_case()
    make_cases(12, tags=["trivsel"])
    rebuild_index()  # so the similar cases come from the node, as in production

    def render(page):
        response = client.get(page.url)
        assert response.status_code == 200
        return response

    plain_count = queries_of(lambda: render(plain))
    rich_count = queries_of(lambda: render(rich))
    assert "Lignende praksiseksempler" in render(rich).content.decode()
    assert rich_count == plain_count
    assert rich_count <= 20


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["", "?omraade=skole", "?omraade=skole&region=midtjylland&tema=trivsel&aar=2023"]
)
def test_listing_queries_do_not_grow_with_the_number_of_cases(client, case_index, query):
    make_cases(3, kommuner=["Aarhus"], tags=["trivsel"])
    url = case_index.url + query

    def render():
        response = client.get(url)
        assert response.status_code == 200
        return response

    few = queries_of(render)
    # A full page of cards, each with several kommuner, tags and partners.
    for _ in range(13):
        rich_case()
    make_cases(2, kommuner=["Aarhus"], tags=["trivsel"])
    many = queries_of(render)
    assert "praksiseksempler" in render().content.decode()
    assert many == few
    assert many <= 20


@pytest.mark.django_db
def test_index_build_queries_do_not_grow_with_the_number_of_pages(search_index):
    make_cases(10)
    ten = queries_of(rebuild_index)
    for _ in range(20):
        rich_case()
    make_cases(20)
    fifty = queries_of(rebuild_index)
    assert rebuild_index().documents == 50
    assert fifty == ten
    assert fifty <= 15


@pytest.mark.django_db
def test_search_and_similar_cases_api_answer_from_the_node_alone(client, search_index):
    """The JSON endpoints leaders' tools call most: the index holds exactly the
    visible cases, so neither needs the database (labels come from the cache)."""
    case = CaseStudyPageFactory(
        title="Aktionslæring i dagplejen", omraade="dagtilbud", tags=["aktionslæring"]
    )
    CaseStudyPageFactory(
        title="Aktionslæring i vuggestuen", omraade="dagtilbud", tags=["aktionslæring"]
    )
    rebuild_index()
    similar = f"/api/cases/{case.pk}/similar/"
    search = "/api/search/?q=aktionslæring&omraade=dagtilbud"
    assert client.get(similar).json()["results"]
    assert client.get(search).json()["results"]
    with CaptureQueriesContext(connection) as captured:
        client.get(similar)
        client.get(search)
    assert captured.captured_queries == []
