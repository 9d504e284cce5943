"""The same search on the database, for when the search node cannot be reached
(and for `make run`, which has no node). Wagtail's database search backend does
the text matching; on PostgreSQL it uses the danish text search configuration.
Results are simpler: no typo tolerance, no synonyms, no highlights.
"""

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q

from casestudies.models import CaseStudyPage
from search.compounds import rewrites
from search.facets import FACETS, FACETS_BY_PARAM
from search.free_text import WORD
from search.labels import facet_values
from search.params import SearchParams
from search.queries import PAGE_SIZE
from search.question_words import content_words
from search.results import Hit, SearchOutcome, num_pages

ENGINE_NAME = "database"
# The fallback looks at the best (PostgreSQL) or newest (SQLite) matches only.
MAX_TEXT_MATCHES = 500


def database_backend_name():
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"


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


def ranks_by_relevance():
    return connection.vendor == "postgresql"


def text_matches(text):
    """Ids of cases matching the text, best first (Wagtail's database backend)."""
    # The SQLite backend wraps each word in double quotes without escaping the
    # ones inside it, so a word holding one is an FTS5 syntax error (a 500). The
    # fallback has no phrase search, so quotes carry no meaning here.
    text = content_words(text.replace('"', " "))
    if not text.strip():
        return []
    matches = _database_matches(text)
    # Compounds the other way round ("ude skole" / "udeskole"), as the node does.
    for variant in rewrites(WORD.findall(text)) if not matches else ():
        matches = _database_matches(variant)
        if matches:
            break
    return matches


def _database_matches(text):
    # Ranking is cheap with PostgreSQL's full-text search, but on SQLite Wagtail
    # ranks with a query that took 30-100 s over 10,000 cases (make bench); there
    # the fallback lists the matches newest first instead.
    results = CaseStudyPage.objects.search(
        text,
        backend=database_backend_name(),
        operator="and",
        order_by_relevance=ranks_by_relevance(),
    )
    return [page.pk for page in results[:MAX_TEXT_MATCHES]]


def search(params: SearchParams, page_size=PAGE_SIZE, notice=""):
    base = CaseStudyPage.objects.visible()
    ranked_ids = None
    if params.q:
        ranked_ids = text_matches(params.q)
        base = base.filter(pk__in=ranked_ids)

    matching_ids = list(base.filter(filter_q(params)).values_list("pk", flat=True).distinct())
    if ranked_ids is not None and params.sort == "relevance" and ranks_by_relevance():
        rank = {pk: position for position, pk in enumerate(ranked_ids)}
        matching_ids.sort(key=rank.__getitem__)
    else:
        newest = base.filter(pk__in=matching_ids).order_by("-first_published_at", "-pk")
        matching_ids = list(newest.values_list("pk", flat=True))

    count = len(matching_ids)
    pages = num_pages(count, page_size)
    page = min(params.page, pages)
    page_ids = matching_ids[(page - 1) * page_size : page * page_size]
    pages_by_id = CaseStudyPage.objects.filter(pk__in=page_ids).with_card_data().in_bulk()
    hits = [hit_from(pages_by_id[pk]) for pk in page_ids]
    return SearchOutcome(
        engine=ENGINE_NAME,
        count=count,
        hits=hits,
        facets=facet_counts(base, params),
        page=page,
        num_pages=pages,
        notice=notice,
    )


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
        rows = (
            base.filter(filter_q(params, skip=facet.param))
            .exclude(**{f"{lookup}__isnull": True})
            .values(lookup)
            .annotate(count=Count("pk", distinct=True))
            .order_by("-count")
        )
        counts[facet.param] = {row[lookup]: row["count"] for row in rows if row[lookup]}
    return facet_values(counts, params.filters)
