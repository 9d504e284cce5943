"""The RSS and Atom feeds: what a feed reader or a newsletter tool receives."""

import datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory

RSS_URL = "/feeds/praksiseksempler.rss"
ATOM_URL = "/feeds/praksiseksempler.atom"
ALL_CASES = object()  # an empty filter value narrows nothing


def published_days_ago(case, days):
    """Move a case's first publication back in time, as if published then."""
    moment = timezone.now() - datetime.timedelta(days=days)
    CaseStudyPage.objects.filter(pk=case.pk).update(
        first_published_at=moment, last_published_at=moment
    )
    case.refresh_from_db()
    return case


def fetch(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response, feedparser.parse(response.content)


def titles(parsed):
    return [entry.title for entry in parsed.entries]


@pytest.fixture
def cases(db):
    """Four visible cases in a known order (newest first) across filters."""
    newest = CaseStudyPageFactory(
        title="Læringsfællesskaber i Aarhus",
        omraade="skole",
        kommuner=["Aarhus"],
        tags=["Professionelle læringsfællesskaber"],
        summary="Lærere i Aarhus arbejder i faste teams.",
    )
    second = CaseStudyPageFactory(
        title="Sprogarbejde i Odense",
        omraade="dagtilbud",
        kommuner=["Odense"],
        tags=["Sprog"],
    )
    third = CaseStudyPageFactory(
        title="Fælles PPR i Djursland",
        omraade="ppr",
        kommuner=["Syddjurs", "Norddjurs"],
        tags=["Sprog", "Aktionslæring"],
    )
    oldest = CaseStudyPageFactory(
        title="Ledelse i København", omraade="forvaltning", kommuner=["København"]
    )
    for days, case in enumerate([newest, second, third, oldest], start=1):
        published_days_ago(case, days)
    return [newest, second, third, oldest]


@pytest.mark.django_db
def test_rss_feed_holds_visible_cases_newest_first(client, cases, hidden_cases):
    response, parsed = fetch(client, RSS_URL)

    assert response["Content-Type"].startswith("application/rss+xml")
    assert parsed.version == "rss20"
    assert not parsed.bozo
    assert parsed.feed.language == "da"
    assert titles(parsed) == [case.title for case in cases]


@pytest.mark.django_db
def test_rss_item_carries_link_summary_date_kommuner_omraade_and_temaer(client, cases):
    _response, parsed = fetch(client, RSS_URL)
    entry = parsed.entries[0]
    case = cases[0]

    assert entry.link == "http://testserver" + case.url
    assert entry.summary == "Lærere i Aarhus arbejder i faste teams."
    assert entry.published_parsed[:6] == case.first_published_at.utctimetuple()[:6]
    assert entry.author == "Aarhus Kommune"
    assert {(tag.scheme, tag.term) for tag in entry.tags} == {
        ("tema", "Professionelle læringsfællesskaber"),
        ("omraade", "Skole"),
        ("kommune", "Aarhus Kommune"),
    }


@pytest.mark.django_db
def test_atom_feed_holds_the_same_items(client, cases, hidden_cases):
    response, parsed = fetch(client, ATOM_URL)

    assert response["Content-Type"].startswith("application/atom+xml")
    assert parsed.version == "atom10"
    assert not parsed.bozo
    assert titles(parsed) == [case.title for case in cases]
    entry = parsed.entries[2]
    assert entry.summary == cases[2].summary
    assert entry.author == "Norddjurs Kommune, Syddjurs Kommune"
    assert {(tag.scheme, tag.term) for tag in entry.tags} == {
        ("tema", "Sprog"),
        ("tema", "Aktionslæring"),
        ("omraade", "PPR"),
        ("kommune", "Norddjurs Kommune"),
        ("kommune", "Syddjurs Kommune"),
    }
    assert entry.published_parsed[:6] == cases[2].first_published_at.utctimetuple()[:6]


@pytest.mark.django_db
@pytest.mark.parametrize("url", [RSS_URL, ATOM_URL])
@pytest.mark.parametrize(
    "params, expected",
    [
        ({"omraade": "dagtilbud"}, ["Sprogarbejde i Odense"]),
        ({"tema": "sprog"}, ["Sprogarbejde i Odense", "Fælles PPR i Djursland"]),
        ({"kommune": "norddjurs"}, ["Fælles PPR i Djursland"]),
        ({"region": "midtjylland"}, ["Læringsfællesskaber i Aarhus", "Fælles PPR i Djursland"]),
        ({"region": "midtjylland", "tema": "sprog"}, ["Fælles PPR i Djursland"]),
        ({"tema": "findes-ikke"}, []),
        ({"kommune": ""}, ALL_CASES),
    ],
)
def test_filters_narrow_the_feed(client, cases, url, params, expected):
    _response, parsed = fetch(client, url, **params)
    if expected is ALL_CASES:
        expected = [case.title for case in cases]
    assert titles(parsed) == expected


@pytest.mark.django_db
def test_filtered_feed_names_the_filter_in_its_title(client, cases):
    _response, parsed = fetch(client, RSS_URL, kommune="odense")
    assert parsed.feed.title == "Praksisbanken: nyeste praksiseksempler – Odense Kommune"
    assert parsed.feed.link.endswith("?kommune=odense")


@pytest.mark.django_db
def test_hidden_cases_are_in_no_filtered_feed_either(client, cases, hidden_cases):
    for url in (RSS_URL, ATOM_URL):
        _response, parsed = fetch(client, url, kommune="aarhus")
        assert titles(parsed) == ["Læringsfællesskaber i Aarhus"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", [RSS_URL, ATOM_URL])
@pytest.mark.parametrize(
    "params",
    [{"kommune": "aarhuss"}, {"omraade": "skolen"}, {"region": "jylland"}, {"aar": "tyve"}],
)
def test_unknown_filter_value_is_a_danish_400(client, cases, url, params):
    response = client.get(url, params)

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    name, value = next(iter(params.items()))
    assert f"{name}=“{value}” er ikke en gyldig værdi." in text


@pytest.mark.django_db
def test_feed_holds_at_most_30_newest_cases(client):
    for days in range(32, 0, -1):
        published_days_ago(CaseStudyPageFactory(title=f"Sag {days}"), days)

    _response, parsed = fetch(client, RSS_URL)

    assert titles(parsed) == [f"Sag {days}" for days in range(1, 31)]


@pytest.mark.django_db
def test_feed_queries_do_not_grow_with_the_number_of_items(client, cases):
    # Each measurement follows a warm-up request, so one-off lookups that Wagtail
    # caches (site root paths) count in neither.
    fetch(client, RSS_URL)
    with CaptureQueriesContext(connection) as four_items:
        fetch(client, RSS_URL)
    for _ in range(6):
        CaseStudyPageFactory(kommuner=["Aarhus", "Odense"], tags=["Sprog"])
    fetch(client, RSS_URL)
    with CaptureQueriesContext(connection) as ten_items:
        _response, parsed = fetch(client, RSS_URL)

    assert len(parsed.entries) == 10
    assert len(ten_items) == len(four_items)


@pytest.mark.django_db
class TestConditionalGet:
    def test_unchanged_feed_answers_304_to_if_none_match(self, client, cases):
        first = client.get(RSS_URL, {"tema": "sprog"})
        etag = first["ETag"]

        again = client.get(RSS_URL, {"tema": "sprog"}, headers={"if-none-match": etag})

        assert again.status_code == 304
        assert again.content == b""

    def test_unchanged_feed_answers_304_to_if_modified_since(self, client, cases):
        first = client.get(ATOM_URL)
        assert first["Last-Modified"] == http_date(cases[0].last_published_at.timestamp())

        again = client.get(ATOM_URL, headers={"if-modified-since": first["Last-Modified"]})

        assert again.status_code == 304

    def test_publishing_a_case_changes_the_feed(self, client, cases):
        first = client.get(RSS_URL)
        CaseStudyPageFactory(title="Helt ny")

        again = client.get(
            RSS_URL,
            headers={
                "if-none-match": first["ETag"],
                "if-modified-since": first["Last-Modified"],
            },
        )

        assert again.status_code == 200
        assert again["ETag"] != first["ETag"]
        assert titles(feedparser.parse(again.content))[0] == "Helt ny"

    def test_unpublishing_an_older_case_changes_the_feed(self, client, cases):
        first = client.get(RSS_URL)
        cases[2].unpublish()

        again = client.get(RSS_URL, headers={"if-none-match": first["ETag"]})

        assert again.status_code == 200
        assert "Fælles PPR i Djursland" not in titles(feedparser.parse(again.content))

    def test_making_a_case_private_changes_the_feed(self, client, cases, make_private):
        first = client.get(RSS_URL)
        make_private(cases[3])

        again = client.get(RSS_URL, headers={"if-none-match": first["ETag"]})

        assert again.status_code == 200
        assert "Ledelse i København" not in titles(feedparser.parse(again.content))

    def test_unpublishing_answers_200_to_if_modified_since_alone(self, client, cases):
        first = client.get(RSS_URL)
        cases[2].unpublish()

        again = client.get(RSS_URL, headers={"if-modified-since": first["Last-Modified"]})

        assert again.status_code == 200
        assert "Fælles PPR i Djursland" not in titles(feedparser.parse(again.content))

    def test_deleting_a_case_answers_200_to_if_modified_since_alone(self, client, cases):
        first = client.get(ATOM_URL)
        cases[1].delete()

        again = client.get(ATOM_URL, headers={"if-modified-since": first["Last-Modified"]})

        assert again.status_code == 200
        assert "Sprogarbejde i Odense" not in titles(feedparser.parse(again.content))

    def test_making_a_case_private_answers_200_to_if_modified_since_alone(
        self, client, cases, make_private
    ):
        first = client.get(RSS_URL)
        make_private(cases[3])

        again = client.get(RSS_URL, headers={"if-modified-since": first["Last-Modified"]})

        assert again.status_code == 200
        assert "Ledelse i København" not in titles(feedparser.parse(again.content))

    def test_a_case_republished_out_of_a_filter_leaves_it_for_if_modified_since_alone(
        self, client, cases
    ):
        first = client.get(RSS_URL, {"tema": "sprog"})
        second = cases[1]
        second.tags.set(["Leg"])
        second.save_revision().publish()

        again = client.get(
            RSS_URL, {"tema": "sprog"}, headers={"if-modified-since": first["Last-Modified"]}
        )

        assert again.status_code == 200
        assert titles(feedparser.parse(again.content)) == ["Fælles PPR i Djursland"]

    def test_each_filter_and_format_has_its_own_etag(self, client, cases):
        etags = {
            client.get(RSS_URL)["ETag"],
            client.get(ATOM_URL)["ETag"],
            client.get(RSS_URL, {"tema": "sprog"})["ETag"],
            client.get(RSS_URL, {"kommune": "odense"})["ETag"],
        }
        assert len(etags) == 4

    def test_tracking_parameters_do_not_change_the_etag(self, client, cases):
        plain = client.get(RSS_URL, {"tema": "sprog"})
        tracked = client.get(RSS_URL, {"tema": "sprog", "utm_source": "nyhedsbrev"})
        assert plain["ETag"] == tracked["ETag"]


@pytest.mark.django_db
def test_feeds_may_be_cached_for_five_minutes(client, cases):
    first = client.get(RSS_URL)
    again = client.get(RSS_URL, headers={"if-none-match": first["ETag"]})

    for response in (first, again, client.get(ATOM_URL, {"kommune": "odense"})):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=300"}
    assert again.status_code == 304


@pytest.mark.django_db
def test_head_request_gets_the_validators_without_a_body(client, cases):
    response = client.head(RSS_URL)

    assert response.status_code == 200
    assert response["ETag"] == client.get(RSS_URL)["ETag"]
    assert response.content == b""


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["\x1b[31m", "a\x1fb", "\x08"])
def test_a_control_character_in_a_filter_is_a_clear_400(client, value):
    response = client.get("/feeds/praksiseksempler.rss", {"tema": value})
    assert response.status_code == 400
    assert "tema indeholder et kontroltegn" in response.content.decode()
