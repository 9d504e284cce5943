"""Search quality on the judged evaluation set (tests/search/relevance/), on the
real node: the floors `make eval` reports against, held here so they cannot
slip. A quality test, not a timed one.
"""

import io

import pytest
from django.core.management import call_command

from relevance import judgments
from relevance.corpus import load_cases
from relevance.engines import ask_node, ask_wagtail, similar_on_node
from relevance.report import query_lines, summary_lines
from relevance.scoring import score_queries, score_similar, summarise

pytestmark = pytest.mark.elasticsearch

NDCG_FLOOR = 0.85
# Similar cases: the goal of 0.85, met since a case's words are read with the
# synonyms and shared themes weigh more (0.867 on 2026-12-06, docs/search.md).
SIMILAR_NDCG_FLOOR = 0.85
MAX_NO_ANSWER_HITS = 3


def test_search_quality_on_the_judged_set(search_index, wagtail_backend, committed):
    """One test, so the corpus is loaded and indexed once."""
    ids = committed(load_cases)
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    queries = judgments.queries()
    node_scores = score_queries(ask_node, queries, ids)
    node = summarise(node_scores)
    wagtail = summarise(score_queries(ask_wagtail, queries, ids))
    similar = score_similar(similar_on_node, judgments.similarities(), ids)
    # What `make eval` would print, shown when an assertion fails.
    print("\n".join(query_lines("node", node_scores)))
    print("\n".join(summary_lines({"node": node, "wagtail": wagtail}, similar)))

    assert node.ndcg >= NDCG_FLOOR
    assert node.zero_result_rate == 0
    assert max(node.no_answer_hits) <= MAX_NO_ANSWER_HITS
    # Wagtail's default backend on the same node is the baseline to beat,
    # overall and on every kind of query.
    assert node.ndcg > wagtail.ndcg
    behind = {
        kind: (score, wagtail.ndcg_by_kind[kind])
        for kind, score in node.ndcg_by_kind.items()
        if score < wagtail.ndcg_by_kind[kind]
    }
    assert not behind
    assert similar >= SIMILAR_NDCG_FLOOR
