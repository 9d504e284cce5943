"""The same search on the database, for when the search node cannot be reached
(and for `make run`, which has no node). The text is matched in the fallback's
own full-text index (search/fallback_index.py): PostgreSQL's danish text search,
or SQLite's FTS5 with Danish stems as prefixes. Results are simpler: no typo
tolerance, no synonyms, no highlights.
"""

from collections import Counter, defaultdict

from django.db.models import Count, Q

from casestudies.models import CaseStudyPage
from search.compounds import rewrites
from search.facets import FACETS, FACETS_BY_PARAM
from search.fallback_index import matching_case_ids
from search.free_text import WORD
from search.labels import facet_values
from search.params import SearchParams
from search.queries import PAGE_SIZE
from search.question_words import content_words
from search.results import Hit, SearchOutcome, num_pages

ENGINE_NAME = "database"
# The fallback looks at the best matches only.
MAX_TEXT_MATCHES = 500


def filter_q(params: SearchParams, skip=None):
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
                CaseStudyPage.objects.filter(pk__in=matching_ids)
                .order_by("-first_published_at", "-pk")
                .values_list("pk", flat=True)
            )
        count = len(matching_ids)
    else:
        # Without text every visible case may match: count in the database and
        # read one page of ids, never the ids of all matches.
        base = CaseStudyPage.objects.visible()
        matching = base.filter(filter_q(params)).values_list("pk", flat=True).distinct()
        matching_ids = matching.order_by("-first_published_at", "-pk")
        count = matching_ids.count()
        facets = facet_counts(base, params)

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


def _filter_and_count_matches(ranked_ids, params: SearchParams):
    """The text matches that pass the filters, best first, and the facet counts
    over the matches, each facet counted with every filter but its own.

    At most MAX_TEXT_MATCHES cases, so their facet values are read (one query
    per facet, by page id) and counted here: a GROUP BY per facet over the
    same ids made PostgreSQL scan the page and link tables whole, a cost that
    grew with the number of cases rather than of matches.
    """
    visible = set(
        CaseStudyPage.objects.visible()
        .filter(pk__in=ranked_ids)
        .order_by()
        .values_list("pk", flat=True)
    )
    candidates = [pk for pk in ranked_ids if pk in visible]
    # order_by(): a page's default order (its tree path) would join and sort
    # the page table for nothing.
    values = {facet.param: defaultdict(set) for facet in FACETS}
    for facet in FACETS:
        rows = (
            CaseStudyPage.objects.filter(pk__in=candidates)
            .order_by()
            .values_list("pk", facet.lookup)
        )
        for pk, value in rows:
            if value:
                values[facet.param][pk].add(value)
    years = dict(
        CaseStudyPage.objects.filter(pk__in=candidates).order_by().values_list("pk", "date__year")
    )

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


def facet_counts(base, params: SearchParams):
    counts = {}
    for facet in FACETS:
        lookup = facet.lookup
        # Cases without a value form a group of their own, dropped below: an
        # exclude() of them cost an anti-join, half of each facet's time.
        rows = (
            base.filter(filter_q(params, skip=facet.param))
            .values(lookup)
            .annotate(count=Count("pk", distinct=True))
            .order_by("-count")
        )
        counts[facet.param] = {row[lookup]: row["count"] for row in rows if row[lookup]}
    return counts
