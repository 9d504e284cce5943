"""Runs the searches of queries.py on the search node and shapes the answers."""

from dataclasses import replace

from django.core.cache import cache
from django.utils.safestring import mark_safe
from elasticsearch import ApiError
from elasticsearch.dsl import MultiSearch
from elasticsearch.exceptions import HTTP_EXCEPTIONS

from search.connection import MAX_RETRIES, RETRY_ON_STATUS, get_client, index_alias
from search.facets import FACET_PARAMS
from search.free_text import BEST_WORDS, EXACT, FEW_RESULTS, NOTICES, STEPS, WIDER, WORD
from search.labels import facet_values, omraade_label
from search.params import SearchParams
from search.queries import (
    COUNTS,
    PAGE,
    PAGE_SIZE,
    SHARD_COPY,
    autocomplete,
    case_search,
    similar_to_indexed_case,
    similar_to_text,
)
from search.results import Hit, SearchOutcome, num_pages

ENGINE_NAME = "elasticsearch"
LOOSER_STEPS = STEPS[1:]
# The number of cases per shard only sets the similar-cases search's common-word
# limit; a count some minutes old is as good as the exact one.
CASES_PER_SHARD_CACHE_SECONDS = 600


def _execute(search):
    """The node's answer as plain dicts (a list of them for a multi-search).

    The built search goes to the client as its keyword arguments, not through
    the dsl's execute(): that wraps every hit and bucket in attribute-access objects,
    which with 100-odd facet buckets per search was a third of the app's own
    time per search, and its Response objects cost another 0.1-0.3 ms
    (make bench, pyinstrument).
    """
    client = get_client()
    if isinstance(search, MultiSearch):
        return _execute_multi(client, search.to_dict())
    return client.search(index=index_alias(), **SHARD_COPY, **search.to_dict())


def _execute_multi(client, searches):
    """The answers of a multi-search; one failed search fails them all.

    A multi-search answers 200 even when a search in it failed, with the
    failure's status inside, so the transport never sees the 503 that a single
    search gets while a cluster node is going away (its shards fail in the fetch
    phase). Such failures are retried here as the transport retries a single
    search: on the same statuses, as many times (search/connection.py gives
    both to the client). The failure is raised as the client raises a single
    search's: the ApiError of its status.
    """
    for _attempt in range(MAX_RETRIES + 1):
        response = client.msearch(index=index_alias(), searches=searches)
        answers = response["responses"]
        failed = [answer for answer in answers if "error" in answer]
        if not failed:
            return answers
        if any(answer.get("status") not in RETRY_ON_STATUS for answer in failed):
            break
    status, error = failed[0].get("status", 500), failed[0]["error"]
    message = error.get("type", "unknown") if isinstance(error, dict) else str(error)
    raise HTTP_EXCEPTIONS.get(status, ApiError)(
        message=message, meta=replace(response.meta, status=status), body=failed[0]
    )


def hit_from(raw_hit):
    source = raw_hit.get("_source", {})
    fragments = [
        fragment
        for fragment_list in raw_hit.get("highlight", {}).values()
        for fragment in fragment_list
    ]
    return Hit(
        id=int(raw_hit["_id"]),
        title=source.get("title", ""),
        url=source.get("url", ""),
        kommuner=source.get("kommune_names", []),
        omraade=omraade_label(source.get("omraade", "")),
        summary=source.get("summary", ""),
        # The node escaped the text (encoder="html") and added only <mark> tags.
        highlights=[mark_safe(fragment) for fragment in fragments[:3]],  # noqa: S308
    )


def hits_from(answer):
    return [hit_from(raw_hit) for raw_hit in answer["hits"]["hits"]]


def facets_from(answers, params: SearchParams):
    """Facet values from the aggregations of all the searches of case_search."""
    aggregations = {}
    for answer in answers:
        aggregations.update(answer.get("aggregations", {}))
    counts = {
        name: {bucket["key"]: bucket["doc_count"] for bucket in aggregations[name]["buckets"]}
        for name in FACET_PARAMS
    }
    return facet_values(counts, params.filters)


def search(params: SearchParams, page_size=PAGE_SIZE):
    """The page of hits, loosening the free text step by step while a step
    finds nothing (search/free_text.py); the page says when it loosened."""
    step, suggestion = EXACT, ""
    answers = _execute(case_search(index_alias(), params, page_size))
    found = total_found(answers)
    if params.q and 0 < found < FEW_RESULTS and len(WORD.findall(params.q)) > 1:
        wider = _execute(case_search(index_alias(), params, page_size, WIDER))
        if total_found(wider) > found:
            step, answers = WIDER, wider
    # A looser step only while the looser ones before it found (almost) nothing;
    # the words as written, when they find anything, are never loosened further.
    for looser in LOOSER_STEPS if params.q and not found else ():
        found = total_found(answers)
        if found >= FEW_RESULTS:
            break
        shard_cases = cases_per_shard() if looser == BEST_WORDS else 0
        looser_answers = _execute(
            case_search(index_alias(), params, page_size, looser, shard_cases)
        )
        # Kept even when nothing is found: "Mente du …?" matters most then.
        suggestion = suggestion_from(looser_answers[PAGE], params.q) or suggestion
        if total_found(looser_answers) > found:
            step, answers = looser, looser_answers
    count = total_found(answers)
    pages = num_pages(count, page_size)
    if params.page > pages and count:
        # A page past the end gives the last page, never an error or an empty page.
        params = params.with_page(pages)
        shard_cases = cases_per_shard() if step == BEST_WORDS else 0
        answers = _execute(case_search(index_alias(), params, page_size, step, shard_cases))
    return SearchOutcome(
        engine=ENGINE_NAME,
        count=count,
        hits=hits_from(answers[PAGE]),
        facets=facets_from(answers, params),
        page=min(params.page, pages),
        num_pages=pages,
        notice=NOTICES.get(step, "") if count else "",
        suggestion=suggestion_from(answers[PAGE], params.q) or suggestion,
    )


def total_found(answers):
    """The number of cases a case_search matched (its counting search's total)."""
    return answers[COUNTS]["hits"]["total"]["value"]


def suggestion_from(answer, query):
    """The suggester's corrected query, when it differs from what was typed."""
    for entry in answer.get("suggest", {}).get("spelling", []):
        for option in entry.get("options", []):
            if option["text"].casefold() != query.casefold():
                return option["text"]
    return ""


def cases_per_shard():
    """The number of cases in one primary shard of the index (see
    queries.common_word_limit)."""

    def count():
        client = get_client()
        cases = client.count(index=index_alias(), **SHARD_COPY)["count"]
        shard_settings = client.indices.get_settings(
            index=index_alias(), name="index.number_of_shards"
        )
        shards = sum(
            int(index["settings"]["index"]["number_of_shards"]) for index in shard_settings.values()
        )
        return cases // max(shards, 1)

    return cache.get_or_set(
        f"search:cases-per-shard:{index_alias()}", count, CASES_PER_SHARD_CACHE_SECONDS
    )


def similar_cases(case_id, size=4):
    """Cases like an indexed case, or None when no case with that id is indexed."""
    search = similar_to_indexed_case(index_alias(), case_id, size, cases_per_shard())
    is_indexed, similar = _execute(search)
    if not is_indexed["hits"]["total"]["value"]:
        return None
    return hits_from(similar)


def cases_like_text(text, size=6):
    return hits_from(_execute(similar_to_text(index_alias(), text, size, cases_per_shard())))


def suggestions(prefix, size=8):
    return [
        {"type": "praksiseksempel", "label": document.title, "url": document.url}
        for document in autocomplete(index_alias(), prefix, size)
    ]
