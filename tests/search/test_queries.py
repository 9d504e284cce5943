"""The query builders, checked through .to_dict() without a node."""

from search.free_text import STEPS, TYPO, WIDER
from search.params import SearchParams
from search.queries import (
    MAX_RESULT_WINDOW,
    autocomplete,
    case_search,
    page_window,
    similar_to_case,
    similar_to_indexed_case,
    similar_to_text,
)
from tests.search.params_helpers import params


def bodies(multi_search):
    """The search bodies of a multi-search (its lines alternate header, body)."""
    return multi_search.to_dict()[1::2]


def query_types(query):
    """Every query type in a query body, nested ones included."""
    if isinstance(query, list):
        return set().union(*(query_types(item) for item in query)) if query else set()
    if not isinstance(query, dict):
        return set()
    found = set()
    for key, value in query.items():
        if key in {"multi_match", "more_like_this", "match"}:
            found.add(key)
        elif key in {"bool", "dis_max"}:
            found.add(key)
            for clauses in value.values():
                found |= query_types(clauses)
        elif key in {"should", "must", "filter", "queries"}:
            found |= query_types(value)
        else:
            found.add(key)
    return found


def test_free_text_uses_match_queries_only():
    for step in STEPS + (WIDER,):
        page = bodies(case_search("idx", params(q='"(AND OR'), step=step))[0]
        assert query_types(page["query"]) <= {"bool", "dis_max", "multi_match", "more_like_this"}


def test_typo_tolerance_is_the_second_try():
    exact = bodies(case_search("idx", params(q="inklusion")))[0]["query"]["multi_match"]
    typo = bodies(case_search("idx", params(q="inklusion"), step=TYPO))[0]["query"]
    assert "fuzziness" not in exact
    (word,) = typo["bool"]["should"]
    as_written, with_typo = (query["multi_match"] for query in word["dis_max"]["queries"])
    # The word keeps its synonyms (the search analyzer) beside the typo match,
    # which uses the index analyzer: synonym graphs and fuzziness do not mix.
    assert "analyzer" not in as_written and "fuzziness" not in as_written
    assert with_typo["fuzziness"] == "AUTO:4,100"
    assert with_typo["analyzer"] == "danish_text"


def test_each_facet_counts_with_the_other_filters_only():
    page, counts, omraade_counts, region_counts = bodies(
        case_search("idx", params(omraade=["skole"], region=["midtjylland"]))
    )
    skole = {"terms": {"omraade": ["skole"]}}
    midtjylland = {"terms": {"regions": ["midtjylland"]}}
    assert page["query"]["bool"]["filter"] == [{"bool": {"filter": [skole, midtjylland]}}]
    # The unchosen facets are counted with every filter, beside the total.
    assert counts["query"]["bool"]["filter"] == [{"bool": {"filter": [skole, midtjylland]}}]
    assert set(counts["aggs"]) == {"maalgruppe", "kommune", "tema", "partner"}
    assert counts["track_total_hits"] is True
    # A chosen facet is counted without its own filter, in a search of its own.
    assert omraade_counts["query"]["bool"]["filter"] == [{"bool": {"filter": [midtjylland]}}]
    assert set(omraade_counts["aggs"]) == {"omraade"}
    assert region_counts["query"]["bool"]["filter"] == [{"bool": {"filter": [skole]}}]
    assert counts["size"] == omraade_counts["size"] == region_counts["size"] == 0


def test_the_page_is_scored_and_the_counts_are_not():
    searches = case_search("idx", params(q="trivsel", omraade=["skole"]))
    page, counts, omraade_counts = bodies(searches)
    # The node caches count-only searches by itself; the page is marked for it.
    assert searches.to_dict()[0]["request_cache"] is True
    # The page ranks by the text and counts nothing, so the node may skip the
    # matches that cannot reach the top.
    assert page["query"]["bool"]["must"][0]["multi_match"]["query"] == "trivsel"
    assert page["track_total_hits"] is False
    assert "aggs" not in page
    # The counts take the text as a filter: the same cases, no scores.
    for count_only in (counts, omraade_counts):
        (only_filter,) = count_only["query"]["bool"]["filter"]
        assert only_filter["bool"]["filter"][0]["multi_match"]["query"] == "trivsel"
        assert "must" not in count_only["query"]["bool"]


def test_each_field_highlights_the_words_as_the_step_matched_them():
    exact = bodies(case_search("idx", params(q="ude skole")))[0]["highlight"]["fields"]
    marks = exact["practice"]["highlight_query"]["bool"]["should"]
    # The words as written and the compound joined, each matched in that field only.
    assert {"match": {"practice": "ude skole"}} in marks
    assert {"match": {"practice": "udeskole"}} in marks
    typo = bodies(case_search("idx", params(q="inklusion"), step=TYPO))[0]["highlight"]["fields"]
    fuzzy = typo["summary"]["highlight_query"]["bool"]["should"][-1]["match"]["summary"]
    assert fuzzy["fuzziness"] == "AUTO:4,100"


def test_highlights_are_html_encoded():
    page = bodies(case_search("idx", params(q="trivsel")))[0]
    assert page["highlight"]["encoder"] == "html"


def test_page_window_stays_inside_the_result_window():
    assert page_window(1) == (0, 10)
    assert page_window(3) == (20, 10)
    start, size = page_window(10**9)
    assert start + size <= MAX_RESULT_WINDOW


def test_params_drop_and_clamp_bad_values():
    parsed = params(
        q="  a\x00b   c ",
        page="-3",
        omraade=["skole", "skole", "<script>"],
        year_from="2030",
        year_to="2010",
        sort="bogus",
    )
    assert parsed.q == "a b c"
    assert parsed.page == 1
    assert parsed.filters == {"omraade": ("skole",)}
    assert (parsed.year_from, parsed.year_to) == (2010, 2030)
    assert parsed.sort == "relevance"
    assert len(params(q="x" * 20000).q) == 500


def test_chip_link_removes_one_value():
    parsed = params(q="plf", kommune=["aarhus", "odder"])
    assert parsed.without("kommune", "aarhus").to_query() == "q=plf&kommune=odder"
    assert SearchParams().to_query() == ""


def test_queries_keep_their_first_terms_only():
    from search.params import MAX_QUERY_TERMS

    assert params(q="a b c").q == "a b c"
    long_query = params(q=" ".join(f"w{n}" for n in range(100))).q
    assert long_query.split() == [f"w{n}" for n in range(MAX_QUERY_TERMS)]
    assert len(params(q="东京" * 200).q) == MAX_QUERY_TERMS


def test_similar_cases_leave_out_words_most_cases_use():
    def limit(shard_cases):
        body = similar_to_case("idx", 7, shard_cases=shard_cases).to_dict()
        return body["query"]["bool"]["must"][0]["more_like_this"]["max_doc_freq"]

    # 5 % of the cases, and never so low that a small index loses its words.
    assert limit(100_000) == 5_000
    assert limit(60) == 100


def test_similar_cases_read_the_case_with_synonyms_and_weigh_shared_themes():
    query = similar_to_case("idx", 7, shard_cases=100_000).to_dict()["query"]["bool"]
    (words,) = (clause["more_like_this"] for clause in query["must"])
    (themes,) = (clause["more_like_this"] for clause in query["should"])
    (case,) = words["like"]
    assert (case["_index"], case["_id"]) == ("idx", "7")
    # Every text field of the case is read with the search analyzer (synonyms);
    # the theme slugs are keywords and keep their own.
    assert set(case["per_field_analyzer"]) == set(words["fields"]) - {"tags"}
    assert set(case["per_field_analyzer"].values()) == {"danish_search"}
    assert "contact" not in words["fields"]
    assert themes["like"] == [{"_index": "idx", "_id": "7"}]
    assert themes["fields"] == ["tags"]
    assert themes["boost"] > 1
    # The theme clause only adds weight: a case sharing words but no theme is
    # still found, and common themes are left out like common words.
    assert query.get("minimum_should_match", 0) == 0
    assert themes["max_doc_freq"] == words["max_doc_freq"] == 5_000
    assert query["filter"] == [{"bool": {"must_not": [{"ids": {"values": ["7"]}}]}}]


def test_a_plan_is_free_text_read_as_the_index_reads_it():
    query = similar_to_text("idx", "sprog i vuggestuen").to_dict()["query"]["more_like_this"]
    assert query["like"] == ["sprog i vuggestuen"]
    assert query["analyzer"] == "danish_text"


def test_similar_to_an_indexed_case_asks_whether_it_is_indexed_in_the_same_round_trip():
    header, is_indexed, _header, similar = similar_to_indexed_case("idx", 7, size=3).to_dict()
    assert is_indexed["query"] == {"bool": {"filter": [{"ids": {"values": ["7"]}}]}}
    assert is_indexed["size"] == 0
    assert similar == similar_to_case("idx", 7, size=3).to_dict()


def test_autocomplete_wants_every_typed_word_as_a_prefix():
    query = autocomplete("idx", "aktionsl mat", size=5).to_dict()
    multi_match = query["query"]["multi_match"]
    assert multi_match["query"] == "aktionsl mat"
    assert multi_match["operator"] == "and"
    # Term by term over both fields: one word may match the title, another a theme.
    assert multi_match["type"] == "cross_fields"
    assert {field.split("^")[0] for field in multi_match["fields"]} == {
        "title.autocomplete",
        "tag_names.autocomplete",
    }
    assert query["size"] == 5


def test_every_search_asks_for_the_copy_on_the_node_it_reaches():
    chosen = params(q="trivsel", kommune=["aarhus"], omraade=["skole"])
    multi_searches = [
        case_search("idx", chosen),
        case_search("idx", chosen, step=TYPO),
        similar_to_indexed_case("idx", 7),
    ]
    headers = [header for search in multi_searches for header in search.to_dict()[::2]]
    assert len(headers) == 4 + 4 + 2
    assert all(header["preference"] == "_local" for header in headers)
    # Single searches carry it as a request parameter.
    assert autocomplete("idx", "aktionsl")._params["preference"] == "_local"
    assert similar_to_text("idx", "sprog")._params["preference"] == "_local"
