"""The digest of newly published cases that newsletters paste in.

One rendering function (render_digest) serves both the web endpoint
/nyhedsbrev/seneste/ and `manage.py newsletter_digest`, so a newsletter built
from either is the same. The HTML is a fragment for a mail body: a table
layout with inline styles and absolute links, because mail clients ignore
style sheets and relative URLs (https://www.caniemail.com/features/css-style/).
"""

import datetime
import textwrap
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation

from casestudies.models import CaseStudyPage

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
FORMATS = ("html", "txt")
TEXT_WIDTH = 72


class DigestParameterError(ValueError):
    """A parameter the digest cannot use; the message is Danish, for the caller."""


EARLIEST_DATE = datetime.date(1900, 1, 1)


def parse_since(value):
    if not value:
        raise DigestParameterError(
            "Angiv en startdato med since=ÅÅÅÅ-MM-DD, fx since=2024-03-01: "
            "nyhedsbrevet viser praksiseksempler udgivet fra og med den dato."
        )
    try:
        # Nothing was published before 1900; an earlier date means "all", and
        # year 1 would overflow when moved into the site's time zone.
        return max(datetime.date.fromisoformat(value), EARLIEST_DATE)
    except ValueError:
        raise DigestParameterError(
            f"since skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2024-03-01, ikke “{value}”."
        ) from None


def parse_limit(value):
    """The number of cases; a value outside 1..MAX_LIMIT is an error rather than
    silently changed, so a newsletter never holds fewer cases than its editor asked for."""
    if value in (None, ""):
        return DEFAULT_LIMIT
    if not str(value).isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise DigestParameterError(f"limit skal være et helt tal fra 1 til {MAX_LIMIT}.")
    return int(value)


def parse_format(value):
    if value in (None, ""):
        return "html"
    if value not in FORMATS:
        raise DigestParameterError("format skal være “html” eller “txt”.")
    return value


@dataclass(frozen=True)
class DigestItem:
    title: str
    url: str
    kommuner: str
    omraade: str
    summary: str
    published: datetime.date


def digest_cases(since, limit):
    """Visible cases first published on or after `since` (site time zone), newest first."""
    start = timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))
    return list(
        CaseStudyPage.objects.visible()
        .filter(first_published_at__gte=start)
        .with_card_data()
        .order_by("-first_published_at", "-pk")[:limit]
    )


def digest_item(case, base_url):
    # The page's path within its site; base_url says where the site is, as a
    # command run from cron has no request to take the host from.
    _site_id, _root_url, path = case.get_url_parts()
    return DigestItem(
        title=case.title,
        url=base_url.rstrip("/") + path,
        kommuner=", ".join(kommune.official_name for kommune in case.kommuner.all()),
        omraade=case.omraade_label,
        summary=case.summary,
        published=timezone.localtime(case.first_published_at).date(),
    )


def danish_date(value):
    return formats.date_format(value, "j. F Y")


def render_text(items, since, base_url):
    lines = [f"Nye praksiseksempler siden {danish_date(since)}", ""]
    if not items:
        lines += [f"Der er ingen nye praksiseksempler siden {danish_date(since)}.", ""]
    for item in items:
        lines += [
            item.title,
            f"{item.kommuner} · {item.omraade} · udgivet {danish_date(item.published)}",
            *textwrap.wrap(item.summary, TEXT_WIDTH),
            f"Læs praksiseksemplet: {item.url}",
            "",
        ]
    lines.append(f"Find flere praksiseksempler i Praksisbanken: {base_url.rstrip('/')}/")
    return "\n".join(lines) + "\n"


def render_digest(since, limit=DEFAULT_LIMIT, output_format="html", base_url=None):
    """The digest as an HTML fragment or plain text, with absolute links on base_url."""
    base_url = base_url or settings.WAGTAILADMIN_BASE_URL
    # Month names follow the site's language, also when called from a command.
    with translation.override(settings.LANGUAGE_CODE):
        items = [digest_item(case, base_url) for case in digest_cases(since, limit)]
        if output_format == "txt":
            return render_text(items, since, base_url)
        return render_to_string(
            "newsletter/digest.html",
            {
                "items": items,
                "since": since,
                "home_url": base_url.rstrip("/") + "/",
            },
        ).strip()
