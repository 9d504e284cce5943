"""The database fallback without text: count, newest-first page and facet
counts read from its own tables (CaseText, CaseFacetValue and CaseFacetTotal),
which are filled with the full-text rows and kept in step with publishing."""

import datetime
import json
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casestudies.models import CaseStudyPage
from search import fallback
from search.facets import FACETS
from search.models import CaseFacetTotal, CaseFacetValue
from search.params import SearchParams
from tests.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_node(settings, case_index):
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def corpus(case_index, hidden_cases):
    """Cases spread over every facet, several values per case, two kommuner of
    one region on one case, and the hidden cases no count may include."""
    specs = [
        ("Trivsel i Viborg", "skole", ["Viborg"], ["laerere"], ["trivsel"], [], 2021),
        ("Sprog i Aalborg", "dagtilbud", ["Aalborg"], ["paedagoger"], ["sprog"], ["VIA"], 2022),
        (
            "Overgange i Midtjylland",
            "dagtilbud",
            ["Viborg", "Aarhus"],
            ["paedagoger", "ledere"],
            ["overgange", "sprog"],
            ["VIA", "UCL"],
            2023,
        ),
        ("Ledelse i Aarhus", "skole", ["Aarhus"], ["ledere"], ["ledelse"], ["UCL"], 2023),
        ("PPR i Aalborg", "ppr", ["Aalborg", "Viborg"], ["ppr"], [], [], 2024),
        ("Fritid i Viborg", "fritid", ["Viborg"], ["paedagoger"], ["trivsel"], ["VIA"], 2020),
        ("Uden målgruppe", "skole", ["Aalborg"], [], [], [], 2024),
    ]
    cases = []
    for title, omraade, kommuner, maalgrupper, tags, partners, year in specs:
        cases.append(
            CaseStudyPageFactory(
                title=title,
                omraade=omraade,
                kommuner=kommuner,
                maalgrupper=maalgrupper,
                tags=tags,
                partners=partners,
                date=datetime.date(year, 3, 1),
            )
        )
    return cases


def orm_search(params):
    """The reference: each visible case's values read through the page tree
    (the ORM lookups of search/facets.py), filtered and counted in Python, as
    the node counts: a case that passes every other filter counts all its
    values of a facet."""
    cases = CaseStudyPage.objects.visible().order_by("-first_published_at", "-pk")
    years = dict(cases.values_list("pk", "date__year"))
    values = {facet.param: {pk: set() for pk in years} for facet in FACETS}
    for facet in FACETS:
        for pk, value in cases.values_list("pk", facet.lookup):
            if value:
                values[facet.param][pk].add(value)

    def passes(pk, skip=None):
        return all(
            values[name][pk] & set(wanted)
            for name, wanted in params.filters.items()
            if name != skip
        ) and (params.year_from or 0) <= years[pk] <= (params.year_to or 9999)

    counts = {}
    for facet in FACETS:
        counted = Counter(
            value
            for pk in years
            if passes(pk, skip=facet.param)
            for value in values[facet.param][pk]
        )
        counts[facet.param] = dict(counted)
    return [pk for pk in years if passes(pk)], counts


def fallback_search(params):
    ids = list(
        fallback.passing(fallback.CaseText.objects.all(), params)
        .order_by(*fallback.NEWEST_FIRST)
        .values_list("page_id", flat=True)
    )
    return ids, fallback.facet_counts(params)


PARAMS = [
    SearchParams(),
    SearchParams(filters={"omraade": ("dagtilbud",)}),
    SearchParams(filters={"omraade": ("dagtilbud", "skole"), "kommune": ("viborg",)}),
    SearchParams(filters={"maalgruppe": ("paedagoger",), "region": ("midtjylland",)}),
    SearchParams(filters={"tema": ("sprog", "trivsel"), "partner": ("via",)}),
    SearchParams(filters={"region": ("nordjylland",)}, year_from=2022),
    SearchParams(filters={"omraade": ("skole",)}, year_from=2021, year_to=2023),
    SearchParams(year_to=2021),
    SearchParams(filters={"kommune": ("odense",)}),
]


@pytest.mark.parametrize("params", PARAMS, ids=lambda params: params.to_query() or "all")
def test_counts_and_order_equal_the_page_trees(corpus, params):
    assert fallback_search(params) == orm_search(params)


def test_each_facet_is_counted_without_its_own_filter(corpus):
    params = SearchParams(filters={"omraade": ("dagtilbud",), "maalgruppe": ("ledere",)})
    counts = fallback.facet_counts(params)
    # Område: the ledere cases of every område; målgruppe: the dagtilbud cases'.
    assert counts["omraade"] == {"dagtilbud": 1, "skole": 1}
    assert counts["maalgruppe"] == {"paedagoger": 2, "ledere": 1}
    assert counts["kommune"] == {"viborg": 1, "aarhus": 1}
    # Two kommuner of one region count the case once there.
    assert counts["region"] == {"midtjylland": 1}
    assert counts["partner"] == {"via": 1, "ucl": 1}


def test_the_search_without_text_reads_only_the_fallbacks_tables(corpus):
    params = SearchParams(filters={"omraade": ("dagtilbud",), "kommune": ("viborg",)})
    with CaptureQueriesContext(connection) as queries:
        ids, counts = fallback_search(params)
        count = fallback.passing(fallback.CaseText.objects.all(), params).count()
    assert count == len(ids) == 1
    assert counts["maalgruppe"] == {"paedagoger": 1, "ledere": 1}
    for query in queries.captured_queries:
        assert "casestudies_" not in query["sql"]
        assert "wagtailcore_" not in query["sql"]


def api(client, **query):
    data = json.loads(client.get("/api/search/", query).content)
    assert data["engine"] == "database"
    counts = {
        facet: {value["value"]: value["count"] for value in values if value["count"]}
        for facet, values in data["facets"].items()
    }
    return data["count"], [hit["title"] for hit in data["results"]], counts


def test_the_api_without_text_filters_counts_and_orders_newest_first(client, no_node, corpus):
    count, titles, counts = api(client, omraade="dagtilbud", maalgruppe="paedagoger")
    assert count == 2
    assert titles == ["Overgange i Midtjylland", "Sprog i Aalborg"]
    assert counts["omraade"] == {"dagtilbud": 2, "fritid": 1}
    assert counts["tema"] == {"sprog": 2, "overgange": 1}
    count, titles, _ = api(client, region="midtjylland", year_from="2023")
    assert titles == ["PPR i Aalborg", "Ledelse i Aarhus", "Overgange i Midtjylland"]


def assert_totals_are_the_values_counted():
    counted = Counter(CaseFacetValue.objects.values_list("facet", "value"))
    totals = {(facet, value): cases for facet, value, cases in CaseFacetTotal.objects.values_list()}
    assert totals == dict(counted)


def test_publishing_editing_and_unpublishing_change_the_counts(client, no_node, make_private):
    case = CaseStudyPageFactory(
        title="Bevægelse", omraade="skole", kommuner=["Viborg"], tags=["motorik"]
    )
    assert api(client)[2]["omraade"] == {"skole": 1}
    assert api(client)[2]["tema"] == {"motorik": 1}

    case.omraade = "dagtilbud"
    case.kommuner = list(case.kommuner.model.objects.filter(name="Aalborg"))
    case.tags.set(["motorik", "leg"])
    case.save_revision().publish()
    _, _, counts = api(client)
    assert counts["omraade"] == {"dagtilbud": 1}
    assert counts["kommune"] == {"aalborg": 1}
    assert counts["region"] == {"nordjylland": 1}
    assert counts["tema"] == {"motorik": 1, "leg": 1}
    assert_totals_are_the_values_counted()
    other = CaseStudyPageFactory(title="Leg", omraade="dagtilbud", tags=["leg"])
    assert api(client)[2]["tema"] == {"leg": 2, "motorik": 1}
    assert api(client, omraade="dagtilbud")[2]["omraade"] == {"dagtilbud": 2}
    other.unpublish()
    assert_totals_are_the_values_counted()

    case.title = "Bevægelse og leg"
    case.omraade = "fritid"
    case.save_revision()
    assert api(client)[2]["omraade"] == {"dagtilbud": 1}, "a draft changes nothing"

    case.unpublish()
    assert api(client)[:2] == (0, [])
    assert not CaseFacetValue.objects.exists()
    assert not CaseFacetTotal.objects.exists(), list(CaseFacetTotal.objects.values_list())

    case.save_revision().publish()
    assert api(client)[2]["omraade"] == {"fritid": 1}
    restriction = make_private(case)
    assert api(client)[2]["omraade"] == {}
    restriction.delete()
    assert api(client)[2]["omraade"] == {"fritid": 1}
    assert_totals_are_the_values_counted()

    case.delete()
    assert api(client)[0] == 0
    assert not CaseFacetValue.objects.exists()
    assert not CaseFacetTotal.objects.exists(), list(CaseFacetTotal.objects.values_list())


def facet_rows():
    return set(CaseFacetValue.objects.values_list("page_id", "facet", "value"))


def test_rebuild_fills_the_facet_values_of_every_visible_case(no_node, corpus):
    expected = facet_rows()
    overgange = corpus[2]
    assert {(facet, value) for pk, facet, value in expected if pk == overgange.pk} == {
        ("omraade", "dagtilbud"),
        ("maalgruppe", "paedagoger"),
        ("maalgruppe", "ledere"),
        ("kommune", "viborg"),
        ("kommune", "aarhus"),
        ("region", "midtjylland"),
        ("tema", "overgange"),
        ("tema", "sprog"),
        ("partner", "via"),
        ("partner", "ucl"),
    }
    assert {pk for pk, _, _ in expected} == {case.pk for case in corpus}
    CaseFacetTotal.objects.all().delete()
    CaseFacetValue.objects.all().delete()
    fallback.CaseText.objects.update(first_published_at=None, date=None)

    call_command("rebuild_fallback_index", stdout=open("/dev/null", "w"))

    assert facet_rows() == expected
    assert_totals_are_the_values_counted()
    for params in (SearchParams(), SearchParams(year_from=2023)):
        assert fallback_search(params) == orm_search(params)
    call_command("rebuild_fallback_index", stdout=open("/dev/null", "w"))
    assert facet_rows() == expected
    assert_totals_are_the_values_counted()


def test_newest_first_means_first_published_not_the_cases_date(client, no_node):
    first = CaseStudyPageFactory(title="Udgivet først", date=datetime.date(2030, 1, 1))
    CaseStudyPageFactory(title="Udgivet sidst", date=datetime.date(2020, 1, 1))
    first.title = "Udgivet først, rettet"
    first.save_revision().publish()
    # A republish keeps the first publication date, so the order stays.
    assert api(client)[1] == ["Udgivet sidst", "Udgivet først, rettet"]


def test_deleting_the_case_index_removes_its_cases_values_and_totals(no_node, case_index):
    CaseStudyPageFactory(title="Første", tags=["leg"])
    CaseStudyPageFactory(title="Anden", omraade="dagtilbud")
    assert CaseFacetTotal.objects.exists()

    case_index.delete()

    assert not CaseFacetValue.objects.exists()
    assert not CaseFacetTotal.objects.exists()
    # No row is left pointing at a deleted page (checked now, not at commit).
    connection.check_constraints()
