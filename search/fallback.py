"""The same search on the database, for when the search node cannot be reached
(and for `make run`, which has no node). The text is matched in the fallback's
own full-text index (search/fallback_index.py): PostgreSQL's danish text search,
or SQLite's FTS5 with Danish stems as prefixes. Results are simpler: no typo
tolerance, no synonyms, no highlights.

Filters, facet counts and the newest-first order read the same index's own
tables (CaseText and CaseFacetValue, search/models.py), never the page tree:
they hold exactly the visible cases.
"""

from collections import Counter, defaultdict
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Count, Q

from casestudies.models import CaseStudyPage
from search.compounds import rewrites
from search.facets import FACETS, FACETS_BY_PARAM
from search.fallback_index import matching_case_ids
from search.free_text import WORD
from search.labels import facet_values
from search.models import CaseFacetTotal, CaseFacetValue, CaseText
from search.params import SearchParams
from search.queries import PAGE_SIZE
from search.question_words import content_words
from search.results import Hit, SearchOutcome, num_pages

ENGINE_NAME = "database"
# The fallback looks at the best matches only.
MAX_TEXT_MATCHES = 500
NEWEST_FIRST = ("-first_published_at", "-page_id")


def filter_q(params: SearchParams, skip=None):
    """The filters as a condition on CaseStudyPage (for searches outside the
    fallback's tables, such as Wagtail's backend in relevance/engines.py)."""
    condition = Q()
    for name, values in params.filters.items():
        if name != skip:
            condition &= Q(**{f"{FACETS_BY_PARAM[name].lookup}__in": values})
    if params.year_from:
        condition &= Q(date__year__gte=params.year_from)
    if params.year_to:
        condition &= Q(date__year__lte=params.year_to)
    return condition


def text_matches(text):
    """Ids of cases holding every content word of the text, best first."""
    text = content_words(text)
    matches = matching_case_ids(text, MAX_TEXT_MATCHES)
    # Compounds the other way round ("ude skole" / "udeskole"), as the node does.
    for variant in rewrites(WORD.findall(text)) if not matches else ():
        matches = matching_case_ids(variant, MAX_TEXT_MATCHES)
        if matches:
            break
    return matches


def search(params: SearchParams, page_size=PAGE_SIZE, notice=""):
    if params.q:
        ranked_ids = text_matches(params.q)
        matching_ids, facets = _filter_and_count_matches(ranked_ids, params)
        if params.sort != "relevance":
            matching_ids = list(
                CaseText.objects.filter(page_id__in=matching_ids)
                .order_by(*NEWEST_FIRST)
                .values_list("page_id", flat=True)
            )
        count = len(matching_ids)
        pages = num_pages(count, page_size)
        page = min(params.page, pages)
        page_ids = matching_ids[(page - 1) * page_size : page * page_size]
    else:
        # Without text every visible case may match: count in the database and
        # read one page of ids, never the ids of all matches.
        matching_ids = (
            passing(CaseText.objects.all(), params)
            .order_by(*NEWEST_FIRST)
            .values_list("page_id", flat=True)
        )
        with serial_plans():
            count = matching_ids.count()
            facets = facet_counts(params)
            pages = num_pages(count, page_size)
            page = min(params.page, pages)
            page_ids = list(matching_ids[(page - 1) * page_size : page * page_size])

    pages_by_id = CaseStudyPage.objects.filter(pk__in=page_ids).with_card_data().in_bulk()
    hits = [hit_from(pages_by_id[pk]) for pk in page_ids]
    return SearchOutcome(
        engine=ENGINE_NAME,
        count=count,
        hits=hits,
        facets=facet_values(facets, params.filters),
        page=page,
        num_pages=pages,
        notice=notice,
    )


@contextmanager
def serial_plans():
    """A transaction in which PostgreSQL plans without parallel workers.

    Its parallel plans for the counts without text were faster alone (200 ms
    against 237 ms for the facets-only search at 100,000 cases) but slower
    under load, since two cores have no idle one to lend: with 8 searches at
    once the facets-only search took 1.41 s (median) with them and 0.89 s
    without, the search without filters 293 ms and 100 ms.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        yield


def _filter_and_count_matches(ranked_ids, params: SearchParams):
    """The text matches that pass the filters, best first, and the facet counts
    over the matches, each facet counted with every filter but its own.

    At most MAX_TEXT_MATCHES cases, so their facet values and years are read
    (two queries, by page id) and counted here.
    """
    years = {
        pk: day.year if day else None
        for pk, day in CaseText.objects.filter(page_id__in=ranked_ids).values_list(
            "page_id", "date"
        )
    }
    candidates = [pk for pk in ranked_ids if pk in years]
    values = {facet.param: defaultdict(set) for facet in FACETS}
    rows = CaseFacetValue.objects.filter(page_id__in=candidates).values_list(
        "page_id", "facet", "value"
    )
    for pk, name, value in rows:
        if name in values:
            values[name][pk].add(value)

    def passes(pk, skip=None):
        for name, wanted in params.filters.items():
            if name != skip and values[name][pk].isdisjoint(wanted):
                return False
        year = years.get(pk)
        if params.year_from and (year is None or year < params.year_from):
            return False
        return not (params.year_to and (year is None or year > params.year_to))

    counts = {}
    for facet in FACETS:
        counted = Counter(
            value
            for pk in candidates
            if passes(pk, skip=facet.param)
            for value in values[facet.param][pk]
        )
        counts[facet.param] = dict(counted.most_common())
    return [pk for pk in candidates if passes(pk)], counts


def hit_from(page):
    return Hit(
        id=page.pk,
        title=page.title,
        url=page.url,
        kommuner=[k.official_name for k in page.kommuner.all()],
        omraade=page.omraade_label,
        summary=page.summary,
    )


def passing(rows, params: SearchParams, skip=None):
    """The rows (of CaseText or CaseFacetValue) of the cases that pass every
    filter but `skip`'s: each filter a semi-join on CaseFacetValue's
    (facet, value, page) index, the years one on CaseText's (date, page)."""
    for name, wanted in params.filters.items():
        if name != skip:
            rows = rows.filter(
                page_id__in=CaseFacetValue.objects.filter(facet=name, value__in=wanted).values(
                    "page_id"
                )
            )
    if params.year_from or params.year_to:
        years = CaseText.objects.all()
        if params.year_from:
            years = years.filter(date__year__gte=params.year_from)
        if params.year_to:
            years = years.filter(date__year__lte=params.year_to)
        rows = rows.filter(page_id__in=years.values("page_id"))
    return rows


def has_filters(params: SearchParams, skip=None):
    return any(name != skip for name in params.filters) or bool(params.year_from or params.year_to)


def facet_counts(params: SearchParams):
    """Each facet's values with how many visible cases carry them, counted with
    every filter but the facet's own, from CaseFacetValue. Only values that
    some case carries are there.

    The facets without a filter of their own share one set of passing cases,
    so they are counted together in one GROUP BY: one probe of the table per
    passing case for all of them instead of one per facet. Each filtered facet
    has a set of its own and a query of its own. A set that no filter narrows
    is every visible case, whose counts CaseFacetTotal keeps.
    """
    unfiltered = [facet.param for facet in FACETS if facet.param not in params.filters]
    groups = [(skip, [skip]) for skip in params.filters]
    if unfiltered:
        groups.append((None, unfiltered))
    counts = {facet.param: {} for facet in FACETS}
    for skip, facets in groups:
        if not has_filters(params, skip=skip):
            totals = CaseFacetTotal.objects.filter(facet__in=facets).order_by(
                "facet", "-cases", "value"
            )
            for facet, value, cases in totals.values_list("facet", "value", "cases"):
                counts[facet][value] = cases
            continue
        rows = (
            passing(CaseFacetValue.objects.filter(facet__in=facets), params, skip=skip)
            .values("facet", "value")
            .annotate(count=Count("*"))
            .order_by("facet", "-count", "value")
        )
        for row in rows:
            counts[row["facet"]][row["value"]] = row["count"]
    return counts
