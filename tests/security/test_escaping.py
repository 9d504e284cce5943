"""A stored <script> in any field of a case never reaches a page unescaped.

The payload goes into every text field an editor or the importer fills; each
channel must show it as text. JSON answers carry it as data, served as
application/json so no browser renders them as HTML.
"""

import json
from html.parser import HTMLParser

import feedparser
import pytest
from django.utils.html import escape

pytestmark = pytest.mark.elasticsearch

PAYLOAD = '<script>alert("xss")</script>'
IMG_PAYLOAD = '<img src=x onerror="alert(1)">'
# What the rich text editor stores when someone types the payload.
TYPED_IN_EDITOR = "<p>Skriv ikke &lt;script&gt;alert(1)&lt;/script&gt; i teksten om zebrasprog.</p>"
# What the importer stores for a section holding the payload (it escapes text).
IMPORTED = f"<p>Zebrasprog i praksis: {escape(PAYLOAD)}</p><ul><li>{escape(IMG_PAYLOAD)}</li></ul>"


class ActiveMarkupFinder(HTMLParser):
    """Elements the payload would create if it were not escaped."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and not dict(attrs).get("src"):
            self.found.append("<script>")
        self.found += [f"<{tag} {name}>" for name, _value in attrs if name.startswith("on")]
        if tag == "img" and dict(attrs).get("src") == "x":
            self.found.append("<img src=x>")


def assert_inert(body, where):
    finder = ActiveMarkupFinder()
    finder.feed(body)
    assert finder.found == [], f"unescaped in {where}"


@pytest.fixture
def hostile_case(indexed_case):
    return indexed_case(
        title=f"Zebrasprog {PAYLOAD}",
        summary=f"Resumé om zebrasprog {PAYLOAD} {IMG_PAYLOAD}",
        practice=TYPED_IN_EDITOR,
        context=IMPORTED,
        key_advice=f"<p>Zebrasprog {escape(IMG_PAYLOAD)}</p>",
        contact=IMPORTED,
        contact_name=f"Mette {PAYLOAD}",
        contact_phone=f"12 34 {IMG_PAYLOAD}",
        scope=f"8 dage {PAYLOAD}",
        tags=[f"zebra {PAYLOAD}"],
        partners=[f"Partner {PAYLOAD}"],
    )


@pytest.fixture
def neighbour(indexed_case, hostile_case):
    """A similar case, so the hostile one shows among its similar cases."""
    return indexed_case(
        title="Zebrasprog i vuggestuen",
        practice=TYPED_IN_EDITOR,
        context="<p>Zebrasprog i praksis.</p>",
    )


def test_case_page_shows_the_payload_as_text(client, hostile_case):
    html = client.get(hostile_case.url).content.decode()
    assert_inert(html, "case page")
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html  # title, summary


def test_listing_pages_escape_the_payload(client, hostile_case):
    for path in [
        "/",
        "/praksiseksempler/",
        "/praksiseksempler/kommune/aarhus/",
        "/praksiseksempler/temaer/",
    ]:
        response = client.get(path)
        assert response.status_code == 200
        assert_inert(response.content.decode(), path)


def test_search_results_and_highlights_escape_the_payload(client, hostile_case):
    for query in ("zebrasprog", "alert xss", "script", "onerror", PAYLOAD):
        html = client.get("/soeg/", {"q": query}).content.decode()
        assert_inert(html, f"/soeg/?q={query}")
    html = client.get("/soeg/", {"q": "zebrasprog"}).content.decode()
    assert "<mark>" in html  # highlights are on, and stay the only markup


def test_similar_cases_and_plan_search_escape_the_payload(client, hostile_case, neighbour):
    html = client.get(neighbour.url).content.decode()
    assert "Lignende praksiseksempler" in html
    assert_inert(html, "similar cases on a case page")
    html = client.get("/soeg/lignende/", {"beskrivelse": f"zebrasprog {PAYLOAD}"}).content
    assert_inert(html.decode(), "plan search")


def test_json_answers_are_served_as_json(client, hostile_case, neighbour):
    paths = [
        "/api/search/?q=zebrasprog",
        "/api/search/autocomplete/?q=zebra",
        f"/api/cases/{neighbour.pk}/similar/",
        "/api/v2/cases/",
        f"/api/v2/cases/{hostile_case.pk}/",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["Content-Type"].startswith("application/json"), path
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        data = json.loads(response.content)
        # Data, kept as it is (a hit's highlights are escaped HTML, hence "in" any field).
        assert "alert" in json.dumps(data, ensure_ascii=False), path


def test_feeds_carry_the_payload_as_text(client, hostile_case):
    for feed in ("praksiseksempler.rss", "praksiseksempler.atom"):
        response = client.get(f"/feeds/{feed}")
        assert_inert(response.content.decode(), feed)
        entry = feedparser.parse(response.content).entries[0]
        assert entry.title == f"Zebrasprog {PAYLOAD}"


def test_digest_escapes_the_payload(client, hostile_case):
    response = client.get("/nyhedsbrev/seneste/", {"since": "2000-01-01"})
    assert_inert(response.content.decode(), "digest")
    assert "Zebrasprog &lt;script&gt;" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/soeg/?q=<script>alert(1)</script>&kommune=<b>x</b>&sort=<i>",
        "/soeg/lignende/?beskrivelse=</textarea><script>alert(1)</script>",
        "/praksiseksempler/?tema=<script>alert(1)</script>&kommune=<b>",
        "/feeds/praksiseksempler.rss?kommune=<script>alert(1)</script>",
        "/nyhedsbrev/seneste/?since=<script>alert(1)</script>",
        "/api/v2/cases/?omraade=<script>alert(1)</script>",
        "/praksiseksempler/tema/%3Cscript%3E/",
    ],
)
def test_echoed_parameters_are_escaped(client, case_index, path):
    response = client.get(path)
    assert response.status_code in (200, 400, 404)
    content_type = response.headers["Content-Type"]
    # Plain text and JSON may echo input as it is: with nosniff no browser renders them.
    assert content_type.startswith(
        ("text/html", "text/plain", "application/json", "application/rss+xml")
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    if content_type.startswith(("text/html", "application/rss+xml")):
        assert_inert(response.content.decode(), path)
