"""Runs the searches of queries.py on the search node and shapes the answers."""

from django.utils.safestring import mark_safe

from search.connection import index_alias
from search.labels import facet_values, omraade_label
from search.params import FACET_PARAMS, SearchParams
from search.queries import PAGE_SIZE, autocomplete, case_search, similar_to_case, similar_to_text
from search.results import Hit, SearchOutcome, num_pages

ENGINE_NAME = "opensearch"


def hit_from(document):
    source = document.to_dict()
    highlight = getattr(document.meta, "highlight", None)
    fragments = []
    if highlight:
        for fragment_list in highlight.to_dict().values():
            fragments.extend(fragment_list)
    return Hit(
        id=int(document.meta.id),
        title=source.get("title", ""),
        url=source.get("url", ""),
        kommuner=source.get("kommune_names", []),
        omraade=omraade_label(source.get("omraade", "")),
        summary=source.get("summary", ""),
        # The node escaped the text (encoder="html") and added only <mark> tags.
        highlights=[mark_safe(fragment) for fragment in fragments[:3]],  # noqa: S308
    )


def facets_from(response, params: SearchParams):
    facets = {}
    for name in FACET_PARAMS:
        buckets = response.aggregations[f"{name}_filtered"][name].buckets
        counts = {bucket.key: bucket.doc_count for bucket in buckets}
        facets[name] = facet_values(name, counts, params.filters.get(name, ()))
    return facets


def search(params: SearchParams, page_size=PAGE_SIZE):
    response = case_search(index_alias(), params, page_size).execute()
    count = response.hits.total.value
    pages = num_pages(count, page_size)
    if params.page > pages and count:
        # A page past the end gives the last page, never an error or an empty page.
        params = params.with_page(pages)
        response = case_search(index_alias(), params, page_size).execute()
    return SearchOutcome(
        engine=ENGINE_NAME,
        count=count,
        hits=[hit_from(document) for document in response],
        facets=facets_from(response, params),
        page=min(params.page, pages),
        num_pages=pages,
    )


def similar_cases(case_id, size=4):
    return [hit_from(document) for document in similar_to_case(index_alias(), case_id, size)]


def cases_like_text(text, size=6):
    return [hit_from(document) for document in similar_to_text(index_alias(), text, size)]


def suggestions(prefix, size=8):
    return [
        {"type": "praksiseksempel", "label": document.title, "url": document.url}
        for document in autocomplete(index_alias(), prefix, size)
    ]
