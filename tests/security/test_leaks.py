"""Nothing an editor has not published reaches the public, through any channel.

One test per channel. Each checks the public case is there (so the channel
really answered) and that no hidden case is: not a draft, a newer draft of a
live case, an unpublished case, a case behind a password or a login, a case
scheduled to go live later, nor a scheduled change of a live case.
"""

import json

import feedparser
import pytest
from defusedxml import ElementTree as ET

from tests.security.conftest import HIDDEN_TAG, PUBLIC_TITLE, SECRETS

pytestmark = pytest.mark.elasticsearch


def test_page_urls_do_not_show_hidden_content(client, hidden_world):
    for state, page in hidden_world.hidden.items():
        response = client.get(f"/praksiseksempler/{page.slug}/")
        html = response.content.decode()
        # The password form sends the visitor back to the URL they asked for.
        hidden_world.assert_nothing_hidden_in(html.replace(page.slug, ""), f"its URL ({state})")
        if state in ("draft", "unpublished", "scheduled"):
            assert response.status_code == 404, state
        elif state == "password":
            assert response.status_code == 200 and "password" in html.lower()
        elif state == "login":
            assert response.status_code == 302
        else:  # a live case with a pending change shows its live version
            assert response.status_code == 200
            assert page.title in html


def test_listings_do_not_show_hidden_cases(client, hidden_world):
    paths = [
        "/",
        "/praksiseksempler/",
        "/praksiseksempler/?kommune=laesoe",
        "/praksiseksempler/?tema=hemmeligzebra",
        "/praksiseksempler/kommuner/",
        "/praksiseksempler/kommune/aarhus/",
        "/praksiseksempler/kommune/laesoe/",
        "/praksiseksempler/temaer/",
        "/praksiseksempler/tema/offentligzebra/",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        hidden_world.assert_nothing_hidden_in(
            response.content.decode(), path, tema=HIDDEN_TAG not in path
        )
    assert PUBLIC_TITLE in client.get("/praksiseksempler/").content.decode()
    assert PUBLIC_TITLE in client.get("/").content.decode()
    # Læsø has no public case: the kommune overview counts none for it.
    kommuner = client.get("/praksiseksempler/kommuner/").context["kommuner"]
    assert {k.name: k.case_count for k in kommuner}["Læsø"] == 0
    assert not list(client.get("/praksiseksempler/kommune/laesoe/").context["cases"])


def test_search_page_does_not_find_hidden_cases(client, hidden_world):
    html = client.get("/soeg/", {"q": "sprogzebra"}).content.decode()
    assert PUBLIC_TITLE in html
    # The facets offer only what public cases have: no Læsø, no hidden tema.
    hidden_world.assert_nothing_hidden_in(html, "/soeg/?q=sprogzebra", kommune=True)
    for word in SECRETS.values():
        html = client.get("/soeg/", {"q": word}).content.decode()
        # The query is echoed back; a hit would show the title or summary around it.
        assert f"sprogzebra {word}" not in html.lower()
        assert f"resumé med {word}" not in html.lower()
        assert "Ingen praksiseksempler passede" in html


def test_search_api_does_not_find_hidden_cases(client, hidden_world):
    answer = client.get("/api/search/", {"q": "sprogzebra"}).json()
    assert answer["engine"] == "elasticsearch"
    assert {hit["title"] for hit in answer["results"]} == hidden_world.public_titles
    hidden_world.assert_nothing_hidden_in(
        json.dumps(answer, ensure_ascii=False), "/api/search/", kommune=True
    )
    for word in SECRETS.values():
        assert client.get("/api/search/", {"q": word}).json()["count"] == 0, word
    # Filtering on what only hidden cases have finds nothing either.
    assert client.get("/api/search/", {"kommune": "laesoe"}).json()["count"] == 0
    assert client.get("/api/search/", {"tema": "hemmeligzebra"}).json()["count"] == 0


def test_autocomplete_does_not_suggest_hidden_cases(client, hidden_world):
    suggestions = client.get("/api/search/autocomplete/", {"q": "sprogzeb"}).json()["suggestions"]
    assert {s["label"] for s in suggestions} == hidden_world.public_titles
    for word in SECRETS.values():
        answer = client.get("/api/search/autocomplete/", {"q": word[:6]}).content.decode()
        hidden_world.assert_nothing_hidden_in(answer, f"autocomplete {word[:6]}")


def test_similar_cases_api_and_case_page_do_not_show_hidden_cases(client, hidden_world):
    public = hidden_world.public
    answer = client.get(f"/api/cases/{public.pk}/similar/")
    assert answer.status_code == 200
    hidden_world.assert_nothing_hidden_in(answer.content.decode(), "similar API")
    html = client.get(public.url).content.decode()
    hidden_world.assert_nothing_hidden_in(html, "similar cases on the case page")
    for state, page in hidden_world.hidden.items():
        response = client.get(f"/api/cases/{page.pk}/similar/")
        if state in ("draft_change", "scheduled_change"):
            assert response.status_code == 200  # live cases, with their live text
        else:
            assert response.status_code == 404, state
        hidden_world.assert_nothing_hidden_in(response.content.decode(), f"similar to {state}")
    # The live versions of the cases with pending changes are similar to the public one.
    titles = [hit["title"] for hit in answer.json()["results"]]
    assert "Sprogzebra udgivet version" in titles


def test_plan_search_does_not_find_hidden_cases(client, hidden_world):
    text = "Vi vil arbejde med sprogzebra og dialogisk læsning i vuggestuen. " + " ".join(
        SECRETS.values()
    )
    html = client.get("/soeg/lignende/", {"beskrivelse": text}).content.decode()
    html = html.split("</textarea>", 1)[1]  # the echoed description holds the words
    assert PUBLIC_TITLE in html
    hidden_world.assert_nothing_hidden_in(html, "plan search")


@pytest.mark.parametrize("feed", ["praksiseksempler.rss", "praksiseksempler.atom"])
def test_feeds_do_not_list_hidden_cases(client, hidden_world, feed):
    for query in ("", "?kommune=laesoe", "?tema=hemmeligzebra"):
        response = client.get(f"/feeds/{feed}{query}")
        assert response.status_code == 200
        body = response.content.decode()
        # A feed filtered on Læsø is titled after it; what matters is that it is empty.
        hidden_world.assert_nothing_hidden_in(body, feed + query, kommune=not query, tema=not query)
        if query:
            assert not feedparser.parse(response.content).entries
    titles = [
        entry.title for entry in feedparser.parse(client.get(f"/feeds/{feed}").content).entries
    ]
    assert PUBLIC_TITLE in titles
    assert "Sprogzebra udgivet version" in titles


def test_api_v2_lists_and_details_no_hidden_case(client, hidden_world):
    listing = client.get("/api/v2/cases/", {"limit": 50})
    assert listing.status_code == 200
    titles = [item["title"] for item in listing.json()["items"]]
    assert PUBLIC_TITLE in titles
    hidden_world.assert_nothing_hidden_in(listing.content.decode(), "/api/v2/cases/", kommune=True)
    for state, page in hidden_world.hidden.items():
        for path in (f"/api/v2/cases/{page.pk}/", f"/api/v2/cases/find/?id={page.pk}"):
            response = client.get(path, follow=True)
            hidden_world.assert_nothing_hidden_in(response.content.decode(), f"{path} ({state})")
            expected = 200 if state in ("draft_change", "scheduled_change") else 404
            assert response.status_code == expected, (path, state)
    for query in ({"kommune": "laesoe"}, {"tag": "hemmeligzebra"}):
        assert client.get("/api/v2/cases/", query).json()["meta"]["total_count"] == 0


def test_newsletter_digest_does_not_list_hidden_cases(client, hidden_world):
    for output_format in ("html", "txt"):
        response = client.get(
            "/nyhedsbrev/seneste/", {"since": "2000-01-01", "format": output_format, "limit": 50}
        )
        assert response.status_code == 200
        body = response.content.decode()
        assert PUBLIC_TITLE in body
        hidden_world.assert_nothing_hidden_in(body, f"digest ({output_format})", kommune=True)


def test_sitemap_does_not_list_hidden_cases(client, hidden_world):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [
        loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    ]
    assert any(location.endswith(hidden_world.public.url) for location in locations)
    for state, page in hidden_world.hidden.items():
        listed = any(location.endswith(f"/{page.slug}/") for location in locations)
        assert listed == (state in ("draft_change", "scheduled_change")), state
    hidden_world.assert_nothing_hidden_in(response.content.decode(), "sitemap.xml")
