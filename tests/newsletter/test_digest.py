"""The newsletter digest: the web endpoint and the management command."""

import datetime
from html.parser import HTMLParser

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory

URL = "/nyhedsbrev/seneste/"


def published_at(case, moment):
    CaseStudyPage.objects.filter(pk=case.pk).update(
        first_published_at=moment, last_published_at=moment
    )
    return case


def local(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


class LinksAndStyles(HTMLParser):
    """Collects what a mail client cares about in the fragment."""

    def __init__(self):
        super().__init__()
        self.links, self.tags, self.classes = [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag == "a":
            self.links.append(attrs["href"])
            assert "style" in attrs, "every link is styled inline"
        if "class" in attrs:
            self.classes.append(attrs["class"])


def parse_html(content):
    parser = LinksAndStyles()
    parser.feed(content)
    return parser


@pytest.fixture
def cases(db):
    """Published around since=2024-03-01 (Danish time), newest first."""
    newest = CaseStudyPageFactory(
        title="Sprog & leg i Odense",
        kommuner=["Odense"],
        omraade="dagtilbud",
        summary="Pædagoger leger sprog ind i hverdagen <hver dag>.",
    )
    first_minute = CaseStudyPageFactory(
        title="Fælles PPR", kommuner=["Syddjurs", "Norddjurs"], omraade="ppr"
    )
    day_before = CaseStudyPageFactory(title="Dagen før", kommuner=["Aarhus"])
    published_at(newest, local(2024, 3, 10, 9))
    published_at(first_minute, local(2024, 3, 1, 0, 0))
    published_at(day_before, local(2024, 2, 29, 23, 59))
    return [newest, first_minute, day_before]


@pytest.fixture
def hidden_cases(hidden_cases):
    """The shared hidden cases, once published inside the digest's window."""
    _draft, unpublished, private = hidden_cases
    for case in (unpublished, private):
        published_at(case, local(2024, 3, 5))
    return hidden_cases


@pytest.mark.django_db
def test_html_digest_lists_cases_published_since_the_date_newest_first(client, cases, hidden_cases):
    response = client.get(URL, {"since": "2024-03-01"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    assert "Nye praksiseksempler siden 1. marts 2024" in html
    assert html.index("Sprog &amp; leg i Odense") < html.index("Fælles PPR")
    assert "Dagen før" not in html
    for hidden in ("Kladde", "Afpubliceret", "Privat"):
        assert hidden not in html
    assert "Odense Kommune · Dagtilbud · udgivet 10. marts 2024" in html
    assert "Norddjurs Kommune, Syddjurs Kommune · PPR · udgivet 1. marts 2024" in html
    assert "&lt;hver dag&gt;" in html


@pytest.mark.django_db
def test_html_digest_is_mail_ready(client, cases):
    html = client.get(URL, {"since": "2024-03-01"}).content.decode()
    parsed = parse_html(html)

    assert html.lstrip().startswith("<table")
    assert "table" in parsed.tags
    assert not {"html", "head", "body", "style", "link", "script"} & parsed.tags
    assert parsed.classes == []
    # Absolute links, taken from the request's host.
    assert f"http://testserver{cases[0].url}" in parsed.links
    assert f"http://testserver{cases[1].url}" in parsed.links
    assert all(link.startswith("http://testserver/") for link in parsed.links)


@pytest.mark.django_db
def test_text_digest_has_the_same_cases(client, cases, hidden_cases):
    response = client.get(URL, {"since": "2024-03-01", "format": "txt"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("Nye praksiseksempler siden 1. marts 2024\n")
    assert (
        "Sprog & leg i Odense\n"
        "Odense Kommune · Dagtilbud · udgivet 10. marts 2024\n"
        "Pædagoger leger sprog ind i hverdagen <hver dag>.\n"
        f"Læs praksiseksemplet: http://testserver{cases[0].url}\n"
    ) in text
    assert text.index("Sprog & leg") < text.index("Fælles PPR")
    for absent in ("Dagen før", "Kladde", "Afpubliceret", "Privat"):
        assert absent not in text
    assert all(len(line) <= 72 or "http" in line for line in text.splitlines())


@pytest.mark.django_db
def test_since_is_a_day_in_danish_time(client, cases):
    text = client.get(URL, {"since": "2024-02-29", "format": "txt"}).content.decode()
    assert "Dagen før" in text
    text = client.get(URL, {"since": "2024-03-02", "format": "txt"}).content.decode()
    assert "Fælles PPR" not in text
    assert "Sprog & leg i Odense" in text


@pytest.mark.django_db
def test_limit_keeps_the_newest(client, cases):
    text = client.get(URL, {"since": "2024-01-01", "limit": "2", "format": "txt"}).content
    text = text.decode()
    assert "Sprog & leg i Odense" in text
    assert "Fælles PPR" in text
    assert "Dagen før" not in text


@pytest.mark.django_db
def test_default_limit_is_10(client):
    for _ in range(11):
        CaseStudyPageFactory()

    text = client.get(URL, {"since": "2000-01-01", "format": "txt"}).content.decode()

    assert text.count("Læs praksiseksemplet:") == 10


@pytest.mark.django_db
def test_empty_digest_says_so(client, cases):
    for output_format in ("html", "txt"):
        response = client.get(URL, {"since": "2030-01-01", "format": output_format})
        assert response.status_code == 200
        assert (
            "Der er ingen nye praksiseksempler siden 1. januar 2030." in response.content.decode()
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, message",
    [
        ({}, "Angiv en startdato med since=ÅÅÅÅ-MM-DD"),
        ({"since": ""}, "Angiv en startdato med since=ÅÅÅÅ-MM-DD"),
        ({"since": "1. marts 2024"}, "since skal være en dato på formen ÅÅÅÅ-MM-DD"),
        ({"since": "2024-02-30"}, "since skal være en dato på formen ÅÅÅÅ-MM-DD"),
        ({"since": "2024-03-01", "limit": "0"}, "limit skal være et helt tal fra 1 til 50"),
        ({"since": "2024-03-01", "limit": "51"}, "limit skal være et helt tal fra 1 til 50"),
        ({"since": "2024-03-01", "limit": "-3"}, "limit skal være et helt tal fra 1 til 50"),
        ({"since": "2024-03-01", "limit": "ti"}, "limit skal være et helt tal fra 1 til 50"),
        ({"since": "2024-03-01", "format": "pdf"}, "format skal være “html” eller “txt”"),
    ],
)
def test_bad_parameters_give_a_danish_400(client, params, message):
    response = client.get(URL, params)

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert message in response.content.decode()


@pytest.mark.django_db
def test_command_writes_the_same_digest_as_the_endpoint(client, cases, tmp_path):
    out = tmp_path / "nyhedsbrev.html"

    call_command(
        "newsletter_digest", since="2024-03-01", out=str(out), base_url="http://testserver"
    )

    expected = client.get(URL, {"since": "2024-03-01"}).content.decode()
    assert out.read_text(encoding="utf-8") == expected


@pytest.mark.django_db
def test_command_prints_text_with_links_on_the_configured_site(cases, capsys, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://praksisbanken.example"

    call_command("newsletter_digest", "--since", "2024-03-01", "--format", "txt", "--limit", "1")

    text = capsys.readouterr().out
    assert text.count("Læs praksiseksemplet:") == 1
    assert f"Læs praksiseksemplet: https://praksisbanken.example{cases[0].url}" in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--since", "marts"], "since skal være en dato"),
        (["--since", "2024-03-01", "--limit", "100"], "limit skal være et helt tal fra 1 til 50"),
        (["--since", "2024-03-01", "--base-url", "praksisbanken.dk"], "--base-url skal være"),
        (["--since", "2024-03-01", "--out", "/findes/ikke/fil.html"], "Kunne ikke skrive til"),
    ],
)
def test_command_rejects_bad_arguments(arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("newsletter_digest", *arguments)


def test_digest_since_the_year_one_lists_everything(client, db):
    response = client.get("/nyhedsbrev/seneste/", {"since": "0001-01-01"})
    assert response.status_code == 200
