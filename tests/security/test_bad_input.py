"""Whatever is typed into a public parameter, the answer is well-formed, never a 500.

Property-based (hypothesis) over /soeg/, /soeg/lignende/, /api/search/,
autocomplete, similar cases, the feeds, /api/v2/cases/, the case listings and
the kommune and tema pages, and the digest, against the real search node; and
control characters on each of their parameters. Bounded: 25-40 examples per
endpoint.
"""

import json
from urllib.parse import quote

import feedparser
import pytest
from defusedxml import ElementTree as ET
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory

pytestmark = pytest.mark.elasticsearch

BOUNDED = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Any Unicode (surrogates cannot be sent), control characters included, 0 to 10,000 characters.
any_text = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60),
    st.text(st.characters(exclude_categories=["Cs"]), min_size=2000, max_size=10_000),
    st.sampled_from(["", " ", "\x00", "\x1f\x7f", "’“”", "*", "?", "\\", "AND OR", "(", '"']),
)
any_number = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", "-0", "1e9", "0x10", "NaN", "∞", "١٢", " 3 ", "2.5", "9" * 400]),
    any_text,
)
facet_value = st.one_of(
    st.sampled_from(["skole", "dagtilbud", "aarhus", "midtjylland", "findes-ikke", "laerere"]),
    any_text,
)


def queries(fields):
    """Query strings: each field zero to three times (repeated parameters)."""
    return st.lists(
        st.tuples(st.sampled_from(list(fields)), st.deferred(lambda: pick(fields))),
        max_size=8,
    )


def pick(fields):
    return st.one_of(*[strategy for strategy in fields.values()])


def get(client, path, pairs):
    # A list of pairs keeps repeated parameters; Django's client urlencodes them.
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return client.get(path, data)


def assert_html(response):
    assert response.status_code in (200, 400), response.status_code
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.content.decode().rstrip().endswith("</html>")


def assert_json(response, allowed=(200, 400)):
    assert response.status_code in allowed, response.status_code
    assert response.headers["Content-Type"].startswith("application/json")
    return json.loads(response.content)


SEARCH_FIELDS = {
    "q": any_text,
    "page": any_number,
    "sort": st.one_of(st.sampled_from(["newest", "relevance"]), any_text),
    "year_from": any_number,
    "year_to": any_number,
    **{name: facet_value for name in ("omraade", "maalgruppe", "kommune", "region", "tema")},
    "partner": facet_value,
    "ukendt": any_text,
}


@pytest.fixture
def cases(indexed_case):
    indexed_case(title="Aktionslæring i dagplejen", omraade="dagtilbud", tags=["aktionslæring"])
    indexed_case(title="Trivsel i klubben", omraade="fritid", kommuner=["Aalborg"])


@BOUNDED
@given(pairs=queries(SEARCH_FIELDS))
def test_search_page_always_answers_a_page(client, cases, pairs):
    assert_html(get(client, "/soeg/", pairs))


@BOUNDED
@given(pairs=queries(SEARCH_FIELDS))
def test_search_api_always_answers_json(client, cases, pairs):
    answer = assert_json(get(client, "/api/search/", pairs), allowed=(200,))
    assert 1 <= answer["page"] <= answer["num_pages"]
    assert answer["count"] >= len(answer["results"])


@BOUNDED
@given(pairs=queries({"q": any_text}))
def test_autocomplete_always_answers_json(client, cases, pairs):
    answer = assert_json(get(client, "/api/search/autocomplete/", pairs), allowed=(200,))
    assert isinstance(answer["suggestions"], list)


@BOUNDED
@given(pairs=queries({"beskrivelse": any_text}))
def test_plan_search_always_answers_a_page(client, cases, pairs):
    assert_html(get(client, "/soeg/lignende/", pairs))


@BOUNDED
@given(case_id=st.integers(min_value=0, max_value=2**63 - 1))
def test_similar_cases_answers_json_or_not_found(client, cases, case_id):
    response = client.get(f"/api/cases/{case_id}/similar/")
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert_json(response, allowed=(200,))


FEED_FIELDS = {
    "omraade": facet_value,
    "kommune": facet_value,
    "region": facet_value,
    "tema": facet_value,
    "aar": any_number,
    "page": any_number,
    "utm_source": any_text,
}


@BOUNDED
@given(feed=st.sampled_from(["rss", "atom"]), pairs=queries(FEED_FIELDS))
def test_feeds_answer_parseable_xml_or_a_clear_400(client, cases, feed, pairs):
    response = get(client, f"/feeds/praksiseksempler.{feed}", pairs)
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 200:
        ET.fromstring(response.content)
        assert not feedparser.parse(response.content).bozo
    else:
        assert response.headers["Content-Type"].startswith("text/plain")
        assert "Feedet kan ikke filtreres" in response.content.decode()


API_FIELDS = {
    "limit": any_number,
    "offset": any_number,
    "omraade": facet_value,
    "kommune": facet_value,
    "tag": facet_value,
    "published_since": st.one_of(
        st.dates().map(str), st.sampled_from(["0001-01-01", "9999-12-31", "20240301"]), any_text
    ),
    "fields": st.one_of(st.sampled_from(["*", "-title", "title,summary", "_,x"]), any_text),
    "rich_text_format": any_text,
    "format": any_text,
    "type": any_text,
    "search": any_text,
}


@BOUNDED
@given(pairs=queries(API_FIELDS))
def test_cases_api_listing_answers_json(client, cases, pairs):
    # An unknown ?format= is DRF's 404 for a renderer it does not have, also in JSON.
    answer = assert_json(get(client, "/api/v2/cases/", pairs), allowed=(200, 400, 404))
    assert "items" in answer or "message" in answer


@BOUNDED
@given(
    path=st.one_of(
        st.integers(min_value=0, max_value=2**63 - 1).map(lambda pk: f"/api/v2/cases/{pk}/"),
        any_text.map(lambda value: f"/api/v2/cases/find/?id={value}"),
        any_text.map(lambda value: f"/api/v2/cases/find/?html_path={value}"),
    )
)
def test_cases_api_detail_and_find_answer_json(client, cases, path):
    response = client.get(path, follow=True)
    assert_json(response, allowed=(200, 400, 404))


DIGEST_FIELDS = {
    "since": st.one_of(
        st.dates().map(str), st.sampled_from(["0001-01-01", "9999-12-31", "20240301"]), any_text
    ),
    "limit": any_number,
    "format": st.one_of(st.sampled_from(["html", "txt"]), any_text),
}


@BOUNDED
@given(pairs=queries(DIGEST_FIELDS))
def test_digest_answers_or_explains_in_plain_danish(client, cases, pairs):
    response = get(client, "/nyhedsbrev/seneste/", pairs)
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        assert response.headers["Content-Type"].startswith("text/plain")
        assert response.content.decode().strip()


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["0", "154210", "-5", "2.5", "1e3"])
def test_a_year_no_date_can_hold_is_refused_not_a_500(client, year):
    # Found by the feed property above: ?aar=0 reached the database's year lookup.
    assert client.get("/praksiseksempler/", {"aar": year}).status_code == 200
    response = client.get("/feeds/praksiseksempler.rss", {"aar": year})
    assert response.status_code == 400
    assert f"aar=“{year}”" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["", "abc", "²", "١٢", "9" * 40, "-1"])
def test_api_find_by_an_id_that_is_no_number_is_a_400(client, value):
    # Found by the API property above: Wagtail's find view passed ?id= to the database.
    response = client.get("/api/v2/cases/find/", {"id": value})
    assert response.status_code == 400
    assert "id skal være et helt tal" in response.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("text", ['"', 'a"', '0E0"00', 'læring "x', '"PLF" i dagtilbud'])
def test_database_fallback_takes_double_quotes(client, settings, case_index, text):
    # Found by the autocomplete property above: on SQLite, Wagtail's database search
    # backend turned a word holding a double quote into an FTS5 syntax error.
    CaseStudyPageFactory(title="PLF i dagtilbud")
    settings.ELASTICSEARCH_URL = ""
    assert client.get("/soeg/", {"q": text}).status_code == 200
    assert client.get("/api/search/autocomplete/", {"q": text}).status_code == 200
    assert client.get("/api/search/", {"q": text}).json()["engine"] == "database"


# --- Control characters on every public parameter ---------------------------
# Terminal colours pasted into a URL ("\x1b[31m"), NUL, DEL, C1 controls and
# invisible format characters (zero-width space, bidi overrides, BOM): XML
# cannot carry most of them (a feed echoing one was a 500), and a database may
# refuse NUL. Each public parameter gets them, alone or among letters.
CONTROL_SAMPLES = [
    "\x1b[31m",
    "\x1b[0m",
    "\x00",
    "a\x1fb",
    "\x08",
    "\x7f",
    "\x85",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\r\n",
    "\t",
]
control_text = st.one_of(
    st.sampled_from(CONTROL_SAMPLES),
    st.builds(
        lambda before, control, after: before + control + after,
        st.text(st.sampled_from("aæø -1"), max_size=8),
        st.text(st.characters(categories=["Cc", "Cf"]), min_size=1, max_size=6),
        st.text(st.sampled_from("aæø -1"), max_size=8),
    ),
)


def answered_html(response, allowed=(200, 400)):
    assert response.status_code in allowed, response.status_code
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.content.decode().rstrip().endswith("</html>")


def answered_json(response, allowed=(200, 400, 404)):
    assert_json(response, allowed=allowed)


def answered_feed(response):
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 200:
        ET.fromstring(response.content)
        assert not feedparser.parse(response.content).bozo
    else:
        assert response.headers["Content-Type"].startswith("text/plain")


def answered_text(response):
    assert response.status_code in (200, 400), response.status_code
    assert response.content.decode().strip()


LISTING_FIELDS = ("omraade", "kommune", "region", "tema", "aar", "page")

# (path, its parameters, what a well-formed answer is)
PUBLIC_PARAMETERS = [
    ("/soeg/", tuple(SEARCH_FIELDS), answered_html),
    ("/soeg/lignende/", ("beskrivelse",), answered_html),
    ("/api/search/", tuple(SEARCH_FIELDS), lambda r: answered_json(r, allowed=(200,))),
    ("/api/search/autocomplete/", ("q",), lambda r: answered_json(r, allowed=(200,))),
    ("/feeds/praksiseksempler.rss", tuple(FEED_FIELDS), answered_feed),
    ("/feeds/praksiseksempler.atom", tuple(FEED_FIELDS), answered_feed),
    ("/api/v2/cases/", tuple(API_FIELDS), answered_json),
    ("/api/v2/cases/find/", ("id", "html_path"), answered_json),
    ("/praksiseksempler/", LISTING_FIELDS, lambda r: answered_html(r, allowed=(200,))),
    ("/praksiseksempler/kommuner/", ("page",), lambda r: answered_html(r, allowed=(200,))),
    ("/praksiseksempler/kommune/aalborg/", ("page",), lambda r: answered_html(r, allowed=(200,))),
    ("/praksiseksempler/temaer/", ("page",), lambda r: answered_html(r, allowed=(200,))),
    (
        "/praksiseksempler/tema/aktionslæring/",
        ("page",),
        lambda r: answered_html(r, allowed=(200,)),
    ),
    ("/nyhedsbrev/seneste/", tuple(DIGEST_FIELDS), answered_text),
]


@pytest.mark.parametrize(
    ("path", "names", "well_formed"),
    PUBLIC_PARAMETERS,
    ids=[path for path, _names, _check in PUBLIC_PARAMETERS],
)
@settings(BOUNDED, max_examples=25)
@given(data=st.data())
def test_a_control_character_in_any_public_parameter_is_answered(
    client, cases, path, names, well_formed, data
):
    # One parameter holds the control characters, maybe beside ordinary ones.
    name = data.draw(st.sampled_from(names), label="parameter")
    pairs = [(name, data.draw(control_text, label="value"))]
    pairs += data.draw(queries({other: facet_value for other in names}), label="others")
    response = client.get(path, {key: [v for k, v in pairs if k == key] for key, _ in pairs})
    well_formed(response)


@settings(BOUNDED, max_examples=25)
@given(value=control_text, where=st.sampled_from(["kommune", "tema"]))
def test_a_control_character_in_a_kommune_or_tema_address_is_a_404_page(
    client, cases, value, where
):
    response = client.get(f"/praksiseksempler/{where}/{quote(value)}/")
    answered_html(response, allowed=(404,))


@settings(BOUNDED, max_examples=25)
@given(value=control_text)
def test_a_control_character_next_to_similar_cases_is_answered(client, cases, value):
    case = CaseStudyPage.objects.live().first()
    answered_json(
        client.get(f"/api/cases/{case.pk}/similar/", {"q": value, "size": value}), allowed=(200,)
    )
    assert client.get(f"/api/cases/{quote(value)}/similar/").status_code == 404
