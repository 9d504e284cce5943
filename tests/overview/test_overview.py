"""/overblik/: counts of live cases, every kommune with its count, cached until a publish."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casestudies.models import Kommune
from tests.factories import CaseStudyPageFactory


@pytest.fixture
def published(case_index):
    return [
        CaseStudyPageFactory(
            title="Læsebånd",
            omraade="skole",
            kommuner=["Aarhus", "Odense"],
            date="2023-02-01",
            tags=["læsning"],
        ),
        CaseStudyPageFactory(
            title="Læseven",
            omraade="skole",
            kommuner=["Aarhus"],
            date="2024-02-01",
            tags=["læsning"],
        ),
        CaseStudyPageFactory(
            title="Sprog",
            omraade="dagtilbud",
            kommuner=["Odense"],
            date="2024-05-01",
            tags=["sprog"],
        ),
    ]


def counts(response, chart_id):
    chart = next(chart for chart in response.context["charts"] if chart["id"] == chart_id)
    return {bar["label"]: (bar["count"], bar["url"]) for bar in chart["bars"]}


@pytest.mark.django_db
def test_live_cases_are_counted_by_omraade_region_year_and_tema(client, published, hidden_cases):
    response = client.get("/overblik/")
    assert response.status_code == 200
    assert response.context["total"] == 3
    omraader = counts(response, "omraader")
    assert omraader["Skole"] == (2, "/soeg/?omraade=skole")
    assert omraader["Dagtilbud"] == (1, "/soeg/?omraade=dagtilbud")
    assert omraader["PPR"][0] == 0
    regioner = counts(response, "regioner")
    assert regioner["Region Midtjylland"] == (2, "/soeg/?region=midtjylland")
    assert regioner["Region Syddanmark"][0] == 2
    assert regioner["Region Hovedstaden"][0] == 0
    assert counts(response, "aar") == {
        "2023": (1, "/soeg/?year_from=2023&year_to=2023"),
        "2024": (2, "/soeg/?year_from=2024&year_to=2024"),
    }
    temaer = counts(response, "temaer")
    assert list(temaer) == ["læsning", "sprog"]
    assert temaer["læsning"][0] == 2
    html = response.content.decode()
    for hidden in hidden_cases:
        assert hidden.title not in html
    assert 'href="/soeg/?omraade=skole"' in html
    assert "<svg" in html and "<table" in html
    # One dagtilbud case against two skole cases: half of 520 units, with a decimal point.
    assert 'width="260.0"' in html
    assert not re.search(r'(x|y|width)="[0-9]+,[0-9]', html)


@pytest.mark.django_db
def test_every_kommune_is_listed_with_its_count_none_included(client, published):
    response = client.get("/overblik/")
    rows = response.context["kommuner"]
    assert len(rows) == Kommune.objects.count() == 98
    by_name = {row["name"]: row["count"] for row in rows}
    assert by_name["Aarhus"] == 2 and by_name["Odense"] == 2 and by_name["Læsø"] == 0
    assert response.context["kommuner_without_cases"] == 96
    assert "96 af 98 kommuner har endnu ingen praksiseksempler" in response.content.decode()


@pytest.mark.django_db
def test_the_kommune_table_sorts_without_javascript(client, published):
    by_count = [row["name"] for row in client.get("/overblik/?sort=antal").context["kommuner"]]
    assert by_count[:2] == ["Aarhus", "Odense"]
    by_name = [row["name"] for row in client.get("/overblik/").context["kommuner"]]
    assert by_name[0] == "Aabenraa"
    # Danish order: æ, ø and å come after z.
    assert by_name[-1] == "Ærø"
    assert by_name.index("Ærø") > by_name.index("Vordingborg")
    by_region = client.get("/overblik/?sort=region").context["kommuner"]
    assert [row["region"] for row in by_region] == sorted(row["region"] for row in by_region)
    html = client.get("/overblik/?sort=antal").content.decode()
    assert '<th scope="col" aria-sort="descending"><a href="?sort=antal#kommuner">' in html
    assert client.get("/overblik/?sort=<script>").status_code == 200


@pytest.mark.django_db
def test_the_figures_are_cached_until_a_case_is_published_or_unpublished(client, published):
    client.get("/overblik/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/overblik/").context["total"] == 3
    assert not any("casestudies_casestudypage" in query["sql"] for query in queries)

    new_case = CaseStudyPageFactory(title="Ny", omraade="ppr", kommuner=["Læsø"])
    response = client.get("/overblik/")
    assert response.context["total"] == 4
    assert counts(response, "omraader")["PPR"][0] == 1

    new_case.unpublish()
    assert client.get("/overblik/").context["total"] == 3


@pytest.mark.django_db
def test_a_privacy_restriction_clears_the_figures(client, published, make_private):
    assert client.get("/overblik/").context["total"] == 3
    make_private(published[0])
    assert client.get("/overblik/").context["total"] == 2


@pytest.mark.django_db
def test_the_home_page_links_to_the_overview(client, published):
    assert 'href="/overblik/"' in client.get("/").content.decode()
