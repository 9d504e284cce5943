"""A pending submission reaches no public channel: not its URL, the listings,
search, autocomplete, similar cases, feeds, the API, the newsletter or the sitemap.

The submission goes through the form with its transaction committed (so any
indexing it triggered would have run), next to a published case that shares
its words, so every channel has something public to answer with.
"""

import json

import feedparser
import pytest
from defusedxml import ElementTree as ET

from casestudies.models import Kommune
from submissions.models import Submission
from tests.factories import CaseStudyPageFactory
from tests.submissions.conftest import FORM_URL, submission_data

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]

SECRET = "indsendtzebra"
PUBLIC_TITLE = "Sprogzebra i dagplejen"
SHARED = "Dagplejere arbejder med sprogzebra og dialogisk læsning i små grupper."


@pytest.fixture
def pending(client, search_index, committed):
    committed(
        CaseStudyPageFactory,
        title=PUBLIC_TITLE,
        summary=SHARED,
        practice=f"<p>{SHARED}</p>",
        kommuner=["Aarhus"],
        tags=["sprog"],
    )
    response = committed(
        client.post,
        FORM_URL,
        submission_data(
            title=f"Sprogzebra {SECRET}",
            summary=f"{SHARED} {SECRET}",
            practice=f"{SHARED} {SECRET}",
            context=f"{SHARED} {SECRET}",
            # Læsø has no public case, so the kommune must not appear either.
            kommune=str(Kommune.objects.get(name="Læsø").pk),
            andre_kommuner=[],
            submitter_name="Hemmelig Indsender",
            submitter_email="hemmelig.indsender@laesoe.dk",
        ),
    )
    assert response.status_code == 302
    return Submission.objects.select_related("page").get()


def assert_hidden(text, where, kommune=True):
    text = text.lower()
    assert SECRET not in text, f"pending submission leaked in {where}"
    assert "hemmelig" not in text, f"submitter leaked in {where}"
    if kommune:
        assert "læsø" not in text and "laesoe" not in text, f"Læsø leaked in {where}"


def test_its_url_is_not_found(client, pending):
    response = client.get(f"/praksiseksempler/{pending.page.slug}/")
    assert response.status_code == 404
    assert_hidden(response.content.decode().replace(pending.page.slug, ""), "its URL")


def test_listings_do_not_show_it(client, pending):
    for path in (
        "/",
        "/praksiseksempler/",
        "/praksiseksempler/kommune/laesoe/",
        "/praksiseksempler/temaer/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_hidden(response.content.decode(), path, kommune=False)
    assert PUBLIC_TITLE in client.get("/praksiseksempler/").content.decode()
    assert not list(client.get("/praksiseksempler/kommune/laesoe/").context["cases"])


def test_search_page_api_and_autocomplete_do_not_find_it(client, pending):
    html = client.get("/soeg/", {"q": "sprogzebra"}).content.decode()
    assert PUBLIC_TITLE in html
    assert_hidden(html, "/soeg/")
    html = client.get("/soeg/", {"q": SECRET}).content.decode()
    assert "Ingen praksiseksempler passede" in html
    answer = client.get("/api/search/", {"q": "sprogzebra"}).json()
    assert answer["engine"] == "elasticsearch"
    assert [hit["title"] for hit in answer["results"]] == [PUBLIC_TITLE]
    assert_hidden(json.dumps(answer, ensure_ascii=False), "/api/search/")
    assert client.get("/api/search/", {"q": SECRET}).json()["count"] == 0
    assert client.get("/api/search/", {"kommune": "laesoe"}).json()["count"] == 0
    suggestions = client.get("/api/search/autocomplete/", {"q": "sprogzeb"}).json()["suggestions"]
    assert [s["label"] for s in suggestions] == [PUBLIC_TITLE]
    assert_hidden(
        client.get("/api/search/autocomplete/", {"q": SECRET[:7]}).content.decode(), "autocomplete"
    )


def test_similar_cases_and_plan_search_do_not_show_it(client, pending):
    assert client.get(f"/api/cases/{pending.page.pk}/similar/").status_code == 404
    html = client.get("/soeg/lignende/", {"beskrivelse": f"{SHARED} {SECRET}"}).content.decode()
    html = html.split("</textarea>", 1)[1]
    assert PUBLIC_TITLE in html
    assert_hidden(html, "plan search")


@pytest.mark.parametrize("feed", ["praksiseksempler.rss", "praksiseksempler.atom"])
def test_feeds_do_not_list_it(client, pending, feed):
    response = client.get(f"/feeds/{feed}")
    assert response.status_code == 200
    assert [entry.title for entry in feedparser.parse(response.content).entries] == [PUBLIC_TITLE]
    assert_hidden(response.content.decode(), feed)


def test_api_v2_does_not_list_or_show_it(client, pending):
    listing = client.get("/api/v2/cases/", {"limit": 50})
    assert [item["title"] for item in listing.json()["items"]] == [PUBLIC_TITLE]
    assert_hidden(listing.content.decode(), "/api/v2/cases/")
    for path in (f"/api/v2/cases/{pending.page.pk}/", f"/api/v2/cases/find/?id={pending.page.pk}"):
        response = client.get(path, follow=True)
        assert response.status_code == 404, path
        assert_hidden(response.content.decode(), path)


def test_newsletter_digest_does_not_list_it(client, pending):
    for output_format in ("html", "txt"):
        response = client.get(
            "/nyhedsbrev/seneste/", {"since": "2000-01-01", "format": output_format, "limit": 50}
        )
        assert response.status_code == 200
        assert PUBLIC_TITLE in response.content.decode()
        assert_hidden(response.content.decode(), f"digest ({output_format})")


def test_sitemap_does_not_list_it(client, pending):
    response = client.get("/sitemap.xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [
        loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    ]
    assert any(location.endswith("/sprogzebra-i-dagplejen/") for location in locations)
    assert not any(pending.page.slug in location for location in locations)
    assert_hidden(response.content.decode(), "sitemap.xml")
