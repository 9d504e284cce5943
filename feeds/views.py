"""RSS 2.0 and Atom feeds of the newest published cases.

Built on Django's syndication framework
(https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/). A feed is
narrowed with the same FilterSet as the case listing (casestudies.listing.CaseFilter),
so ?omraade=, ?tema=, ?kommune=, ?region= (and ?aar=) mean the same in both.

Unlike the listing, which ignores a value it does not know, a feed answers an
unknown område, kommune, region or a year that is not a number with 400: a
newsletter subscribed to a misspelt kommune would otherwise silently receive
every case in the country. An unknown tema gives an empty feed, as temaer are
free-form and a tema may simply have no cases yet.
"""

import hashlib
import re

from django.contrib.syndication.views import Feed
from django.db.models import Count, Max
from django.http import HttpResponseBadRequest
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.views.decorators.http import condition, require_safe

from casestudies.listing import CaseFilter
from casestudies.models import CaseIndexPage, CaseStudyPage
from feeds.models import CaseSetChange

FEED_LENGTH = 30
FEED_TITLE = "Praksisbanken: nyeste praksiseksempler"
FEED_DESCRIPTION = "De nyeste kommunale praksiseksempler fra Praksisbanken."
# Readers and shared caches may reuse a feed this long without asking; after
# that they ask with the validators and mostly get a 304. Short, because an
# unpublished case should leave every reader soon.
FEED_MAX_AGE_SECONDS = 300

# Categories carry a scheme so a reader can tell a tema from a kommune or an
# område (RSS: the category's domain attribute; Atom: its scheme attribute).
TEMA_SCHEME = "tema"
OMRAADE_SCHEME = "omraade"
KOMMUNE_SCHEME = "kommune"


class CaseRssFeed(Rss201rev2Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for scheme, term in item["case_categories"]:
            handler.addQuickElement("category", term, {"domain": scheme})


class CaseAtomFeed(Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for scheme, term in item["case_categories"]:
            handler.addQuickElement("category", "", {"term": term, "scheme": scheme})


FEED_TYPES = {"rss": CaseRssFeed, "atom": CaseAtomFeed}


class CaseFeed(Feed):
    """One feed response for an already validated filter.

    A new instance is made per request (see case_feed), so keeping the request
    and the filter on it is safe.
    """

    description = FEED_DESCRIPTION
    subtitle = FEED_DESCRIPTION
    language = "da"

    def __init__(self, feed_type, case_filter):
        super().__init__()
        self.feed_type = FEED_TYPES[feed_type]
        self.case_filter = case_filter

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def title(self):
        narrowed_to = [str(value) for _label, value in self.case_filter.active_filters]
        return " – ".join([FEED_TITLE, *narrowed_to]) if narrowed_to else FEED_TITLE

    def link(self):
        index = CaseIndexPage.objects.live().first()
        url = index.get_url(request=self.request) if index else "/"
        query = self.case_filter.form.cleaned_data
        if any(value not in (None, "") for value in query.values()):
            url = f"{url}?{self.request.GET.urlencode()}"
        return url

    def feed_url(self):
        return self.request.get_full_path()

    def items(self):
        cases = self.case_filter.qs.with_card_data()
        return cases.order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, case):
        return case.title

    def item_description(self, case):
        return case.summary

    def item_link(self, case):
        return case.get_url(request=self.request)

    def item_pubdate(self, case):
        return case.first_published_at

    def item_updateddate(self, case):
        return case.last_published_at

    def item_author_name(self, case):
        return ", ".join(kommune.official_name for kommune in case.kommuner.all())

    def item_extra_kwargs(self, case):
        categories = [(TEMA_SCHEME, tag.name) for tag in case.tags.all()]
        categories.append((OMRAADE_SCHEME, case.omraade_label))
        categories.extend(
            (KOMMUNE_SCHEME, kommune.official_name) for kommune in case.kommuner.all()
        )
        return {"case_categories": categories}


def filter_error_response(case_filter):
    """400 in plain Danish naming each filter value that could not be used."""
    lines = ["Feedet kan ikke filtreres sådan:"]
    for name in case_filter.form.errors:
        value = case_filter.form.data.get(name, "")
        lines.append(f"- {name}=“{value}” er ikke en gyldig værdi.")
    lines.append(
        "Gyldige filtre: omraade (fx skole), kommune (fx aarhus), region (fx midtjylland), "
        "tema (et temas slug) og aar (et årstal). Ret eller fjern parameteren."
    )
    return HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")


def feed_etag(feed_type, case_filter, newest, count):
    """A fingerprint of what the feed would contain, from one cheap aggregate.

    The newest last_published_at changes when a case is published or republished;
    the count changes when one is unpublished, deleted or made private. The
    cleaned filter values (not the raw query string) make the feed's identity,
    so tracking parameters added by mail tools do not defeat caching.
    """
    filters = sorted(
        (name, str(getattr(value, "slug", value)))
        for name, value in case_filter.form.cleaned_data.items()
        if value not in (None, "")
    )
    fingerprint = f"{feed_type}|{filters}|{newest.isoformat() if newest else ''}|{count}"
    return hashlib.sha256(fingerprint.encode()).hexdigest()[:32]


# XML 1.0 cannot carry these characters, so a filter value holding one could
# never be echoed in the feed's title: it is refused before anything else.
XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def control_character_response(request):
    """400 naming the parameters that hold a control character, or None."""
    names = [
        name
        for name, values in request.GET.lists()
        if any(XML_FORBIDDEN.search(value) for value in values)
    ]
    if not names:
        return None
    return HttpResponseBadRequest(
        f"Feedet kan ikke filtreres sådan: {', '.join(sorted(names))} indeholder et "
        "kontroltegn, som et feed ikke kan vise. Ret eller fjern parameteren.",
        content_type="text/plain; charset=utf-8",
    )


@require_safe
def case_feed(request, feed_type):
    refused = control_character_response(request)
    if refused is not None:
        return refused
    case_filter = CaseFilter(request.GET, queryset=CaseStudyPage.objects.visible())
    if not case_filter.is_valid():
        return filter_error_response(case_filter)

    state = case_filter.qs.aggregate(
        newest=Max("last_published_at"), count=Count("pk", distinct=True)
    )
    etag = feed_etag(feed_type, case_filter, state["newest"], state["count"])

    # Clients that send If-None-Match get the exact answer; Django ignores
    # If-Modified-Since when If-None-Match is present (RFC 9110, 13.1.3). For
    # those that send only If-Modified-Since, Last-Modified also counts the last
    # time a case left a set of public cases, which no case's own timestamp shows
    # (feeds.models.CaseSetChange).
    last_modified = max(filter(None, [state["newest"], CaseSetChange.last()]), default=None)

    @condition(etag_func=lambda request: etag, last_modified_func=lambda request: last_modified)
    def respond(request):
        response = CaseFeed(feed_type, case_filter)(request)
        # The syndication view sets Last-Modified from the 30 items it shows; the
        # validator must be the one compared above, which covers every matching case.
        del response.headers["Last-Modified"]
        return response

    response = respond(request)
    # On the 304 too, so a cache renews its copy's lifetime.
    patch_cache_control(response, public=True, max_age=FEED_MAX_AGE_SECONDS)
    return response
