"""The read-only cases API at /api/v2/cases/: what an embedding site receives."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory

LISTING_URL = "/api/v2/cases/"


def published_at(case, moment):
    CaseStudyPage.objects.filter(pk=case.pk).update(
        first_published_at=moment, last_published_at=moment
    )
    case.refresh_from_db()
    return case


def local_midnight(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day))


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def titles(response):
    return [item["title"] for item in items(response)]


@pytest.fixture
def cases(db):
    """Three visible cases, newest first, published on known days."""
    newest = CaseStudyPageFactory(
        title="Læringsfællesskaber i Aarhus",
        omraade="skole",
        kommuner=["Aarhus", "Favrskov"],
        maalgrupper=["laerere", "ledere"],
        tags=["Professionelle læringsfællesskaber"],
        partners=["VIA University College"],
        summary="Lærere arbejder i faste teams.",
        period_start=2021,
        period_end=2023,
        scope="8 undervisningsdage over 10 måneder",
        participants=120,
        experiences="<p>Det tog tid at finde mødetider.</p>",
    )
    middle = CaseStudyPageFactory(
        title="Sprogarbejde i Odense", omraade="dagtilbud", kommuner=["Odense"], tags=["Sprog"]
    )
    oldest = CaseStudyPageFactory(
        title="Ledelse i København", omraade="forvaltning", kommuner=["København"]
    )
    published_at(newest, local_midnight(2024, 3, 1))
    published_at(middle, local_midnight(2024, 2, 29) + datetime.timedelta(hours=23))
    published_at(oldest, local_midnight(2023, 12, 1))
    return [newest, middle, oldest]


@pytest.mark.django_db
def test_listing_holds_only_visible_cases_newest_first(client, cases, hidden_cases):
    response = client.get(LISTING_URL)

    assert titles(response) == [case.title for case in cases]
    assert response.json()["meta"]["total_count"] == 3


@pytest.mark.django_db
def test_listing_item_has_the_fields_a_card_needs(client, cases):
    item = items(client.get(LISTING_URL))[0]

    assert item["meta"]["type"] == "casestudies.CaseStudyPage"
    assert item["meta"]["html_url"] == "http://localhost" + cases[0].url
    assert item["meta"]["first_published_at"].startswith("2024-03-01T00:00:00")
    assert item["summary"] == "Lærere arbejder i faste teams."
    assert item["date"] == "2023-05-01"
    assert item["omraade"] == {"code": "skole", "label": "Skole"}
    assert item["kommuner"] == [
        {
            "name": "Aarhus",
            "official_name": "Aarhus Kommune",
            "slug": "aarhus",
            "region": {"name": "Region Midtjylland", "slug": "midtjylland"},
        },
        {
            "name": "Favrskov",
            "official_name": "Favrskov Kommune",
            "slug": "favrskov",
            "region": {"name": "Region Midtjylland", "slug": "midtjylland"},
        },
    ]
    assert {group["slug"] for group in item["maalgrupper"]} == {"laerere", "ledere"}
    assert item["tags"] == [
        {"name": "Professionelle læringsfællesskaber", "slug": "professionelle-læringsfællesskaber"}
    ]
    # Sections are for the detail view (or ?fields=*), keeping listings small.
    assert "practice" not in item


@pytest.mark.django_db
def test_detail_has_sections_facts_and_contact(client, cases):
    response = client.get(f"{LISTING_URL}{cases[0].pk}/")

    assert response.status_code == 200
    case = response.json()
    assert case["title"] == "Læringsfællesskaber i Aarhus"
    assert case["practice"].startswith("<p>Lærerne mødtes")
    assert case["context"] and case["key_advice"]
    assert case["experiences"] == "<p>Det tog tid at finde mødetider.</p>"
    for empty_section in ("policy", "next_steps", "resources", "contact"):
        assert case[empty_section] == ""
    assert case["period_start"] == 2021
    assert case["period_end"] == 2023
    assert case["scope"] == "8 undervisningsdage over 10 måneder"
    assert case["participants"] == 120
    assert case["partners"] == [{"name": "VIA University College", "url": ""}]
    assert case["contact_email"] == "kontakt@kommune.dk"


@pytest.mark.django_db
def test_fields_star_gives_sections_in_the_listing(client, cases):
    item = items(client.get(LISTING_URL, {"fields": "*"}))[0]
    assert item["practice"].startswith("<p>Lærerne mødtes")
    assert item["period_start"] == 2021


@pytest.mark.django_db
def test_hidden_cases_have_no_detail(client, hidden_cases):
    for case in hidden_cases:
        assert client.get(f"{LISTING_URL}{case.pk}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, expected",
    [
        ({"omraade": "dagtilbud"}, ["Sprogarbejde i Odense"]),
        ({"kommune": "favrskov"}, ["Læringsfællesskaber i Aarhus"]),
        ({"tag": "sprog"}, ["Sprogarbejde i Odense"]),
        ({"tag": "professionelle læringsfællesskaber"}, ["Læringsfællesskaber i Aarhus"]),
        ({"tag": "findes-ikke"}, []),
        # The day starts at midnight in Danish time, not UTC.
        ({"published_since": "2024-03-01"}, ["Læringsfællesskaber i Aarhus"]),
        (
            {"published_since": "2024-02-29"},
            ["Læringsfællesskaber i Aarhus", "Sprogarbejde i Odense"],
        ),
        ({"published_since": "2024-03-02"}, []),
        ({"published_since": "2024-01-01", "omraade": "skole"}, ["Læringsfællesskaber i Aarhus"]),
    ],
)
def test_filters(client, cases, hidden_cases, params, expected):
    assert titles(client.get(LISTING_URL, params)) == expected


@pytest.mark.django_db
def test_filters_never_let_hidden_cases_through(client, cases, hidden_cases):
    assert titles(client.get(LISTING_URL, {"kommune": "aarhus"})) == [
        "Læringsfællesskaber i Aarhus"
    ]


@pytest.mark.django_db
def test_a_case_matching_a_tag_by_slug_and_by_name_is_listed_once(client):
    # "Sprog" has the slug "sprog"; "SPROG" gets another slug but the same name,
    # ignoring case: ?tag=sprog matches this case through both tags.
    CaseStudyPageFactory(title="To stavemåder", tags=["Sprog", "SPROG"])

    response = client.get(LISTING_URL, {"tag": "sprog"})

    assert titles(response) == ["To stavemåder"]
    assert response.json()["meta"]["total_count"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, message",
    [
        ({"published_since": "1. marts 2024"}, "published_since skal være en dato"),
        ({"published_since": "2024-02-30"}, "published_since skal være en dato"),
        ({"omraade": "skolen"}, "Ukendt område “skolen”"),
        ({"kommune": "aarhuss"}, "Ukendt kommune “aarhuss”"),
        ({"search": "sprog"}, "Ukendt parameter: search"),
        ({"order": "title"}, "Ukendt parameter: order"),
        ({"date": "igår"}, "Ukendt parameter: date"),
        ({"limit": "51"}, "limit kan højst være 50"),
        ({"limit": "mange"}, "limit skal være et helt tal"),
        ({"limit": "0"}, "limit skal være et helt tal på mindst 1"),
        ({"offset": "-1"}, "offset skal være et helt tal"),
        ({"fields": "findes_ikke"}, "unknown fields"),
        ({"rich_text_format": "pdf"}, "rich_text_format"),
    ],
)
def test_bad_parameters_give_400_with_a_message(client, cases, params, message):
    response = client.get(LISTING_URL, params)

    assert response.status_code == 400
    assert message in response.json()["message"]


@pytest.mark.django_db
def test_limit_and_offset_page_through_the_cases(client, cases):
    first_page = client.get(LISTING_URL, {"limit": 2})
    second_page = client.get(LISTING_URL, {"limit": 2, "offset": 2})

    assert titles(first_page) == [cases[0].title, cases[1].title]
    assert titles(second_page) == [cases[2].title]
    assert first_page.json()["meta"]["total_count"] == 3


@pytest.mark.django_db
def test_rich_text_is_plain_html_by_default(client, cases, case_index):
    case = cases[1]
    case.practice = f'<p>Se <a linktype="page" id="{case_index.pk}">oversigten</a>.</p>'
    case.save_revision().publish()

    detail = client.get(f"{LISTING_URL}{case.pk}/").json()
    stored = client.get(f"{LISTING_URL}{case.pk}/", {"rich_text_format": "db_html"}).json()

    assert f'<a href="{case_index.url}">oversigten</a>' in detail["practice"]
    assert 'linktype="page"' in stored["practice"]


@pytest.mark.django_db
def test_api_is_read_only(client, cases):
    assert client.post(LISTING_URL, {"title": "Ny"}).status_code == 405
    assert client.delete(f"{LISTING_URL}{cases[0].pk}/").status_code == 405
    assert CaseStudyPage.objects.count() == 3


@pytest.mark.django_db
def test_generic_pages_endpoint_is_not_exposed(client, cases):
    assert client.get("/api/v2/pages/").status_code == 404


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_number_of_cases(client, cases):
    # Each measurement follows a warm-up request, so one-off lookups that Wagtail
    # caches (site root paths) count in neither.
    items(client.get(LISTING_URL, {"fields": "*"}))
    with CaptureQueriesContext(connection) as three_cases:
        items(client.get(LISTING_URL, {"fields": "*"}))
    for _ in range(5):
        CaseStudyPageFactory(kommuner=["Aarhus", "Odense"], tags=["Sprog"], partners=["KL"])
    items(client.get(LISTING_URL, {"fields": "*"}))
    with CaptureQueriesContext(connection) as eight_cases:
        assert len(items(client.get(LISTING_URL, {"fields": "*"}))) == 8

    assert len(eight_cases) == len(three_cases)


@pytest.mark.django_db
def test_a_browser_gets_the_browsable_api(client, cases):
    response = client.get(LISTING_URL, headers={"accept": "text/html"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Læringsfællesskaber i Aarhus" in response.content.decode()


def test_published_since_the_year_one_lists_everything(client, db):
    response = client.get("/api/v2/cases/", {"published_since": "0001-01-01"})
    assert response.status_code == 200
