"""CSV and .xlsx exports: the page's cases in Danish Excel's format, never a hidden one."""

import csv
import io
from urllib.parse import quote

import pytest
from django.core.cache import cache
from openpyxl import load_workbook
from taggit.models import Tag

from exports import sources
from exports.columns import BYTE_ORDER_MARK, COLUMNS
from security.ratelimits import TOO_MANY_REQUESTS
from tests.factories import CaseStudyPageFactory
from tests.security.conftest import SECRETS

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_rows(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    body = b"".join(response.streaming_content)
    text = body.decode("utf-8")
    assert text.startswith(BYTE_ORDER_MARK), "Excel needs the BOM to read the file as UTF-8"
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[0] == list(COLUMNS)
    return rows[1:]


def xlsx_rows(response):
    assert response["Content-Type"] == XLSX_TYPE
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    assert rows[0] == list(COLUMNS)
    return rows[1:]


@pytest.fixture
def two_kommuner_cases(case_index):
    skole = CaseStudyPageFactory(
        title="Læsebånd på Ærø skole",
        omraade="skole",
        kommuner=["Ærø", "Aarhus"],
        maalgrupper=["laerere"],
        tags=["læsning"],
        date="2024-03-01",
        period_start=2022,
        period_end=2024,
        summary="Eleverne læste hver morgen; æ, ø og å står, som de skal.",
        contact_name="Søren Ødegård",
        contact_email="soeren@aeroe.dk",
    )
    dagtilbud = CaseStudyPageFactory(
        title="Sprog i vuggestuen", omraade="dagtilbud", kommuner=["Odense"], tags=["sprog"]
    )
    return skole, dagtilbud


@pytest.mark.django_db
def test_listing_csv_is_utf8_with_bom_and_semicolons_and_has_every_column(
    client, two_kommuner_cases
):
    skole, _ = two_kommuner_cases
    rows = csv_rows(client.get("/eksport/praksiseksempler.csv", {"omraade": "skole"}))
    assert rows == [
        [
            "Læsebånd på Ærø skole",
            skole.get_full_url(),
            "Aarhus Kommune, Ærø Kommune",
            "Region Midtjylland, Region Syddanmark",
            "Skole",
            "Lærere",
            "læsning",
            "2024",
            "2022-2024",
            "Eleverne læste hver morgen; æ, ø og å står, som de skal.",
            "Søren Ødegård",
            "soeren@aeroe.dk",
        ]
    ]


@pytest.mark.django_db
def test_listing_xlsx_holds_the_same_rows(client, two_kommuner_cases):
    csv_export = csv_rows(client.get("/eksport/praksiseksempler.csv"))
    xlsx_export = xlsx_rows(client.get("/eksport/praksiseksempler.xlsx"))
    assert [row[0] for row in xlsx_export] == [row[0] for row in csv_export]
    assert len(xlsx_export) == 2
    skole = next(row for row in xlsx_export if row[0].startswith("Læsebånd"))
    assert skole[7] == 2024, "the year is a number in the sheet"
    assert skole[10] == "Søren Ødegård"


@pytest.mark.django_db
def test_kommune_and_tema_pages_export_their_own_cases(client, two_kommuner_cases):
    kommune_page = client.get("/praksiseksempler/kommune/odense/").content.decode()
    assert 'href="/eksport/praksiseksempler.csv?kommune=odense"' in kommune_page
    rows = csv_rows(client.get("/eksport/praksiseksempler.csv?kommune=odense"))
    assert [row[0] for row in rows] == ["Sprog i vuggestuen"]

    slug = Tag.objects.get(name="læsning").slug
    tema_page = client.get(f"/praksiseksempler/tema/{slug}/").content.decode()
    export = f"/eksport/praksiseksempler.xlsx?tema={quote(slug)}"
    assert f'href="{export}"' in tema_page
    rows = xlsx_rows(client.get(export))
    assert [row[0] for row in rows] == ["Læsebånd på Ærø skole"]


@pytest.mark.django_db
def test_listing_page_links_carry_its_filters(client, two_kommuner_cases):
    html = client.get("/praksiseksempler/", {"omraade": "skole", "page": "1"}).content.decode()
    assert 'href="/eksport/praksiseksempler.csv?omraade=skole&amp;page=1"' in html
    assert "Højst 2.000 praksiseksempler pr. fil." in html
    assert f"{sources.MAX_ROWS:,}".replace(",", ".") == "2.000"


@pytest.mark.django_db
def test_a_bad_listing_filter_is_ignored_as_on_the_page(client, two_kommuner_cases):
    rows = csv_rows(client.get("/eksport/praksiseksempler.csv", {"aar": "154210", "kommune": "x"}))
    assert len(rows) == 2


@pytest.mark.django_db
def test_cells_that_excel_would_run_as_formulas_are_written_as_text(client, case_index):
    CaseStudyPageFactory(title='=HYPERLINK("http://ond.example")', contact_name="@SUM(A1)")
    row = csv_rows(client.get("/eksport/praksiseksempler.csv"))[0]
    assert row[0] == '\'=HYPERLINK("http://ond.example")'
    assert row[10] == "'@SUM(A1)"
    xlsx_row = xlsx_rows(client.get("/eksport/praksiseksempler.xlsx"))[0]
    assert xlsx_row[0] == '\'=HYPERLINK("http://ond.example")'


@pytest.mark.django_db
def test_an_export_stops_at_the_row_limit(client, case_index, monkeypatch):
    for number in range(3):
        CaseStudyPageFactory(title=f"Forløb {number}")
    monkeypatch.setattr(sources, "MAX_ROWS", 2)
    monkeypatch.setattr(sources, "CHUNK_SIZE", 1)
    response = client.get("/eksport/praksiseksempler.csv")
    assert len(csv_rows(response)) == 2
    assert response["X-Export-Row-Limit"] == "2"


@pytest.mark.django_db
def test_unknown_sources_and_formats_are_not_found(client, case_index):
    assert client.get("/eksport/praksiseksempler.pdf").status_code == 404
    assert client.get("/eksport/brugere.csv").status_code == 404


@pytest.mark.django_db
def test_exports_count_against_the_search_rate_limit(client, case_index, settings):
    settings.RATELIMIT_ENABLE = True
    settings.ELASTICSEARCH_URL = ""
    settings.RATELIMITS = {**settings.RATELIMITS, "search_page": "2/h"}
    cache.clear()
    assert client.get("/eksport/praksiseksempler.csv").status_code == 200
    assert client.get("/soeg/", {"q": "trivsel"}).status_code == 200
    response = client.get("/eksport/soeg.xlsx", {"q": "trivsel"})
    assert response.status_code == 429
    assert TOO_MANY_REQUESTS in response.content.decode()


@pytest.mark.elasticsearch
def test_search_export_has_the_search_pages_hits_in_its_order(client, indexed_case):
    indexed_case(title="Aktionslæring i matematik", omraade="skole", tags=["aktionslæring"])
    indexed_case(title="Aktionslæring i dagplejen", omraade="dagtilbud", tags=["aktionslæring"])
    indexed_case(title="Trivsel i klubben", omraade="fritid")
    query = {"q": "aktionslæring", "omraade": "skole"}
    page = client.get("/soeg/", query)
    page_titles = [hit.title for hit in page.context["outcome"].hits]
    assert page_titles == ["Aktionslæring i matematik"]
    assert (
        'href="/eksport/soeg.csv?q=aktionsl%C3%A6ring&amp;omraade=skole"' in page.content.decode()
    )
    assert [row[0] for row in csv_rows(client.get("/eksport/soeg.csv", query))] == page_titles
    unfiltered = [
        row[0] for row in xlsx_rows(client.get("/eksport/soeg.xlsx", {"q": "aktionslæring"}))
    ]
    assert sorted(unfiltered) == ["Aktionslæring i dagplejen", "Aktionslæring i matematik"]


@pytest.mark.elasticsearch
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_no_export_holds_a_hidden_case(client, hidden_world, file_format):
    read = csv_rows if file_format == "csv" else xlsx_rows
    every_id = ",".join(
        str(page.pk) for page in [hidden_world.public, *hidden_world.hidden.values()]
    )
    exports = {
        "search": f"/eksport/soeg.{file_format}?q=sprogzebra",
        "search for a hidden tema": f"/eksport/soeg.{file_format}?tema=hemmeligzebra",
        "listing": f"/eksport/praksiseksempler.{file_format}",
        "kommune": f"/eksport/praksiseksempler.{file_format}?kommune=laesoe",
        "comparison": f"/eksport/sammenligning.{file_format}?sager={every_id}",
    }
    for name, path in exports.items():
        rows = read(client.get(path))
        text = repr(rows).lower()
        for state, word in SECRETS.items():
            assert word not in text, f"{state} case leaked in the {name} export"
        titles = {row[0] for row in rows}
        assert titles <= hidden_world.public_titles, name
    assert read(client.get(exports["search"]))[0][0] == hidden_world.public.title
    assert hidden_world.public.title in {row[0] for row in read(client.get(exports["comparison"]))}
