"""The ranking measures of `make eval`, on rankings small enough to work out by hand."""

import math

import pytest

from relevance.metrics import mean, ndcg_at, recall_at


def test_the_ideal_ranking_scores_one_and_order_matters():
    grades = {"a": 3, "b": 2, "c": 1}
    assert ndcg_at(["a", "b", "c"], grades) == pytest.approx(1.0)
    # Swapping the best two: (3 + 7/log2(3) + 1/2) / (7 + 3/log2(3) + 1/2).
    expected = (3 + 7 / math.log2(3) + 0.5) / (7 + 3 / math.log2(3) + 0.5)
    assert ndcg_at(["b", "a", "c"], grades) == pytest.approx(expected)


def test_unjudged_hits_count_as_not_relevant_and_only_the_top_k_counts():
    grades = {"a": 3}
    assert ndcg_at(["x", "a"], grades) == pytest.approx(1 / math.log2(3))
    assert ndcg_at(["x", "a"], grades, k=1) == 0.0
    assert ndcg_at([], grades) == 0.0


def test_a_query_without_relevant_cases_has_no_ndcg_or_recall():
    assert ndcg_at(["a"], {}) is None
    assert recall_at(["a"], {"a": 1}) is None  # nothing of grade 2 or more


def test_recall_counts_grade_two_and_up():
    grades = {"a": 3, "b": 2, "c": 1}
    assert recall_at(["a", "c"], grades) == 0.5
    assert recall_at(["b", "a"], grades, k=1) == 0.5


def test_mean_leaves_out_missing_values():
    assert mean([1.0, None, 0.0]) == 0.5
    assert mean([None]) is None
