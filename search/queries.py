"""Pure functions that build the searches; nothing here talks to the node.

Unit-tested through `.to_dict()`. Free text goes into match queries only
(never query_string), so no user input can cause a query-syntax error.
"""

from elasticsearch.dsl import MultiSearch, Q, Search

from search.documents import SECTION_FIELDS
from search.facets import FACETS, FACETS_BY_PARAM
from search.free_text import EXACT, highlight_queries, text_query
from search.params import SearchParams

PAGE_SIZE = 10
MAX_RESULT_WINDOW = 10_000

HIGHLIGHT_FIELDS = ("summary", *SECTION_FIELDS)

SOURCE_FIELDS = ["title", "url", "summary", "kommune_names", "omraade", "date", "tags"]

# Which copy of a shard answers: the node that received the search, when it
# holds one. In the layout docs/search.md recommends (one shard, a copy on
# every node) that is always the case, so a search never makes the second hop
# to another node for its query and fetch phases; the client (or a load
# balancer) spreads the searches over the nodes instead. A node without a copy
# falls back to the usual choice of copy. On three nodes on the bench machine
# the nodes spent 10-14 ms of CPU per search instead of 14-17 ms, and a search
# at one client took 11-14 ms instead of 14-17 ms (the node's searches of
# make bench's mix, sent straight to it). A single node has only local copies.
# https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-search#operation-search-preference
SHARD_COPY = {"preference": "_local"}


def new_search(index):
    """A search of the case index, answered by the copy SHARD_COPY picks. A
    multi-search sends that in each search's header; a single search's caller
    passes SHARD_COPY with the request (search/engine.py)."""
    return Search(index=index).params(**SHARD_COPY)


def filter_clauses(params: SearchParams, skip=None):
    """Filters of the chosen facets (and years), leaving out the one named `skip`."""
    clauses = [
        Q("terms", **{FACETS_BY_PARAM[name].field: list(values)})
        for name, values in params.filters.items()
        if name != skip
    ]
    if params.year_from or params.year_to:
        years = {}
        if params.year_from:
            years["gte"] = params.year_from
        if params.year_to:
            years["lte"] = params.year_to
        clauses.append(Q("range", year=years))
    return clauses


def page_window(page, page_size=PAGE_SIZE):
    """(from, size), kept inside the node's result window however big the page."""
    start = (max(page, 1) - 1) * page_size
    start = min(start, MAX_RESULT_WINDOW - page_size)
    return start, page_size


def case_search(index, params: SearchParams, page_size=PAGE_SIZE, step=EXACT, shard_cases=0):
    """The search behind /soeg/ and /api/search/, at one step of the free
    text's loosening (search/free_text.py), as one multi-search:

    1. the page: the best hits, scored, with their highlights (PAGE);
    2. the counts: how many cases match, and the counts of the facets nobody
       has chosen a value of (COUNTS);
    3. one count-only search per chosen facet.

    Counting is kept out of the scored search. There, every match had to be
    scored to be counted, which took a page of a two-word search over 55,000
    of 100,000 cases 30 ms; the page alone lets the node skip the matches that
    cannot reach the top, and the counts, asked with the text as a filter,
    score nothing.

    The node's shard request cache keeps the counts, and the page's ranking,
    until the index changes (it drops them at the next refresh that changed
    something), so a search asked again, such as the landing page's or a
    popular theme's, is not computed again: only the page's ten hits are read
    and highlighted. It keeps count-only searches by itself; the page is
    marked for it. At 100,000 cases a two-word search's page took the node
    27 ms and its counts 20 ms the first time, and 7 ms in all from the cache
    (make bench measures both).
    https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/shard-request-cache-settings

    A facet's counts apply all the other filters but not its own, so they say
    what choosing one more value of it would give (the usual faceted-navigation
    semantics). Facets sharing the same filters are counted in one search, and
    every search has its filters in the query, so the node visits only the
    matching cases: with a filter aggregation per facet on one search it
    visited every case six times, which made a facets-only search 22 ms at
    100,000 cases against 6 ms now (make bench).
    """
    text = text_query(params.q, step, shard_cases) if params.q else None
    chosen = set(params.filters)
    filters = filter_clauses(params)

    page = _filtered(index, text, filters).extra(track_total_hits=False)
    page = page.source(SOURCE_FIELDS)
    if text is not None:
        page = page.highlight_options(
            encoder="html",
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            fragment_size=160,
            number_of_fragments=2,
            order="score",
        )
        for field, query in highlight_queries(params.q, step, HIGHLIGHT_FIELDS).items():
            page = page.highlight(field, highlight_query=query.to_dict())
    if text is not None and step != EXACT:
        page = page.suggest("spelling", params.q, phrase=SPELLING_SUGGESTION)
    if params.sort == "newest" or text is None:
        page = page.sort("-first_published_at", "-date", "-page_id")
    start, size = page_window(params.page, page_size)

    counts = _counting(index, text, filters).extra(track_total_hits=True)
    for facet in FACETS:
        if facet.param not in chosen:
            _count_facet(counts, facet)
    # A page with hits (size > 0) is cached only when asked for; its answer is
    # as valid as the counts' until the index changes.
    page = page.params(request_cache=True)
    searches = MultiSearch(index=index).add(page[start : start + size]).add(counts)

    for facet in FACETS:
        if facet.param in chosen:
            others = filter_clauses(params, skip=facet.param)
            facet_search = _counting(index, text, others).extra(track_total_hits=False)
            _count_facet(facet_search, facet)
            searches = searches.add(facet_search)
    return searches


# Where case_search's answers are in the multi-search's responses.
PAGE, COUNTS = 0, 1


def _counting(index, text, filters):
    """A count-only search (size 0): the text is a filter here, nothing needs a score."""
    return _filtered(index, None, [text, *filters] if text is not None else filters)[:0]


# "Mente du …?": Elasticsearch's phrase suggester over the words as written
# (CaseDocument.spelling), asked only once the words as written found nothing.
# https://www.elastic.co/docs/reference/elasticsearch/rest-apis/search-suggesters
SPELLING_SUGGESTION = {
    "field": "spelling",
    "size": 1,
    "gram_size": 1,
    "max_errors": 2,
    "confidence": 1.0,
    "direct_generator": [{"field": "spelling", "suggest_mode": "missing", "min_word_length": 4}],
}


def _filtered(index, text, filters):
    """The text (scored) and the filters in one bool query, built whole: the
    dsl's own .filter() merges a bool text query into it, which it cannot do
    when the text's minimum_should_match is a pattern like "3<75%"."""
    search = new_search(index)
    if not filters:
        return search if text is None else search.query(text)
    clauses = {"must": [text]} if text is not None else {}
    return search.query(Q("bool", filter=[Q("bool", filter=filters)], **clauses))


def _count_facet(search, facet):
    """Adds the facet's terms aggregation to `search` (in place, as aggs do)."""
    search.aggs.bucket(facet.param, "terms", field=facet.field, size=facet.size)


# A word found in more than this share of all cases says little about what
# makes two cases alike, and its long posting list made a similar-cases search
# take 100-180 ms at 100,000 cases (make bench; 7 ms without such words).
# Lucene's MoreLikeThis has maxDocFreqPct for this; the node's more_like_this
# takes an absolute count, so the limit is computed from the number of cases,
# of one shard: each shard compares the count with a word's frequency among its
# own cases. From the whole index's count, a 3-shard index kept every common
# word and a similar-cases search took 84 ms at 100,000 cases (make bench).
COMMON_WORD_SHARE = 0.05
# Below this many cases every word may count (a small index has no such noise).
MIN_COMMON_WORD_LIMIT = 100


def common_word_limit(shard_cases):
    """more_like_this's max_doc_freq for shards of `shard_cases` cases each."""
    return max(MIN_COMMON_WORD_LIMIT, int(shard_cases * COMMON_WORD_SHARE))


def similar_to_case(index, case_id, size=4, shard_cases=0):
    """Cases like one indexed case: more_like_this over its sections, read
    with the synonyms of search, and, weighing SHARED_THEME_WEIGHT, its themes
    that other cases share, both in one search."""
    case = {"_index": index, "_id": str(case_id)}
    words = _more_like_this([{**case, "per_field_analyzer": SYNONYMS_OF_SEARCH}], shard_cases)
    themes = Q(
        "more_like_this",
        fields=["tags"],
        like=[case],
        min_term_freq=1,
        min_doc_freq=1,
        max_doc_freq=common_word_limit(shard_cases),
        # One shared theme is enough to add its weight.
        minimum_should_match=1,
        boost=SHARED_THEME_WEIGHT,
    )
    return _similar(index, Q("bool", must=[words], should=[themes]), size, exclude=case_id)


def similar_to_indexed_case(index, case_id, size=4, shard_cases=0):
    """similar_to_case, with a count of whether the case is indexed at all, in
    one multi-search: the index holds exactly the visible cases, so the
    similar-cases API needs no database query to answer 404."""
    is_indexed = new_search(index).filter("ids", values=[str(case_id)]).extra(size=0)
    similar = similar_to_case(index, case_id, size, shard_cases)
    return MultiSearch(index=index).add(is_indexed).add(similar)


def similar_to_text(index, text, size=6, shard_cases=0):
    """Cases like a free-text description of what someone plans."""
    return _similar(index, _more_like_this([text], shard_cases), size)


# What two cases share when they are alike: their words, and their themes'
# slugs too (on the judged similar cases of make eval, nDCG@5 went from 0.80 to
# 0.81 with the slugs). Not the contact section: its names, phone numbers and
# e-mail addresses say nothing about the programme, and leaving it out took
# nDCG@5 from 0.813 to 0.825.
SIMILARITY_TEXT_FIELDS = [
    "title",
    "summary",
    *(field for field in SECTION_FIELDS if field != "contact"),
    "tag_names",
]
SIMILARITY_FIELDS = [*SIMILARITY_TEXT_FIELDS, "tags"]

# A case's words read as a search reads them, with search/synonyms/da.txt, so
# one case's "SFO" or "co-teaching" meets another's "skolefritidsordning" or
# "tolærerordning". The index keeps its own analysis; only the words picked
# from the case are expanded. nDCG@5 of the judged similar cases (make eval)
# went from 0.825 to 0.845 with it. more_like_this's analyzer parameter applies
# to free text only, so the like document names its analyzer per field.
# A plan's free text keeps the index's analysis: taking a judged case's
# summary, practice or context section as the plan, the synonyms gave no clear
# gain (nDCG@5 0.418 -> 0.411, 0.651 -> 0.650, 0.540 -> 0.577).
SYNONYMS_OF_SEARCH = {field: "danish_search" for field in SIMILARITY_TEXT_FIELDS}

# A shared theme is one term among the 40 that more_like_this picks from a
# case, however much it says: the judgments rank by topic first, and a theme is
# the editor's own word for the topic. So a second more_like_this over the
# theme slugs adds weight for each theme the cases share, the more the rarer
# the theme. With the synonyms, nDCG@5 of the judged similar cases was 0.860 at
# a weight of 1.5, 0.867-0.871 from 2 to 4 and 0.850 at 6; 3 is the middle of
# that plateau. The themes without the synonyms gave 0.832-0.839. At 100,000
# cases the median similar-cases search stayed at 17 ms (bench index, 60 cases).
SHARED_THEME_WEIGHT = 3


def _more_like_this(like, shard_cases):
    return Q(
        "more_like_this",
        fields=SIMILARITY_FIELDS,
        like=like,
        min_term_freq=1,
        min_doc_freq=1,
        max_doc_freq=common_word_limit(shard_cases),
        max_query_terms=40,
        minimum_should_match="10%",
        analyzer="danish_text",
    )


def _similar(index, query, size, exclude=None):
    # Only the best few are shown, never a count: no need to count every match.
    search = new_search(index).extra(track_total_hits=False).query(query).source(SOURCE_FIELDS)
    if exclude is not None:
        search = search.exclude("ids", values=[str(exclude)])
    return search[:size]


AUTOCOMPLETE_FIELDS = ["title.autocomplete^2", "tag_names.autocomplete"]


def autocomplete(index, prefix, size=8):
    """Titles and themes as you type: every typed word is the start of a word
    of the case's title or themes (their .autocomplete subfields index each
    word's prefixes, see search/documents.py).

    cross_fields with operator "and" wants each word in one of the fields at
    least, so "aktionsl mat" finds "Aktionslæring i matematik", and one word
    may match a theme while another matches the title; title matches weigh most.
    """
    query = Q(
        "multi_match",
        query=prefix,
        type="cross_fields",
        operator="and",
        fields=AUTOCOMPLETE_FIELDS,
    )
    return new_search(index).query(query).source(["title", "url", "tag_names", "tags"])[:size]
