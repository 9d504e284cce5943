"""Which cases an export holds: the same ones, in the same order, as the page it
was asked for from. Each source reuses the page's own parsing and filtering."""

from casestudies.listing import CaseFilter
from casestudies.models import CaseIndexPage, CaseStudyPage
from compare.selection import MAX_CASES, PARAM, case_ids_from, visible_cases
from search import service
from search.params import SearchParams

MAX_ROWS = 2000
# Cases are read from the database this many at a time while the file is written.
CHUNK_SIZE = 200


def search_result_ids(query):
    """/soeg/: the search's hits, best first, as the search page ranks them."""
    params = SearchParams.from_query(query).with_page(1)
    return [hit.id for hit in service.search_cases(params, page_size=MAX_ROWS).hits]


def listing_ids(query):
    """/praksiseksempler/ and its kommune and tema pages (?kommune=…, ?tema=…):
    the listing's filters, newest first as on the page."""
    case_index = CaseIndexPage.objects.live().first()
    if case_index is None:
        return []
    cases = CaseFilter(query, queryset=case_index.visible_cases()).qs
    return list(cases.order_by("-date", "-pk").values_list("pk", flat=True)[:MAX_ROWS])


def comparison_ids(query):
    """/sammenlign/: the cases the comparison page shows (raises InvalidSelection
    for a bad list)."""
    cases = visible_cases(case_ids_from(query.getlist(PARAM)))[:MAX_CASES]
    return [case.pk for case in cases]


SOURCES = {
    "soeg": search_result_ids,
    "praksiseksempler": listing_ids,
    "sammenligning": comparison_ids,
}


def visible_cases_in_order(ids):
    """The cases of `ids` that the public may see, in order, read in chunks.

    Checked against the database again even for search hits: the index can lag
    a moment behind an unpublication, and an export must never carry a case
    that is no longer public.
    """
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = ids[start : start + CHUNK_SIZE]
        found = CaseStudyPage.objects.visible().filter(pk__in=chunk).with_card_data().in_bulk()
        yield from (found[case_id] for case_id in chunk if case_id in found)
