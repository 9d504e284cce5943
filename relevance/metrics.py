"""Ranking measures over graded judgments (grade 3 = exactly this, 2 = clearly
relevant, 1 = partly; unjudged = not relevant). Pure functions.

nDCG follows Järvelin and Kekäläinen's graded form with gain 2^grade - 1, the
usual choice when grades are few and the top grade should count much more.
"""

import math


def dcg(grades):
    return sum((2**grade - 1) / math.log2(position + 2) for position, grade in enumerate(grades))


def ndcg_at(ranked_ids, judgments, k=10):
    """nDCG@k of a ranking against {id: grade}; None when nothing is relevant."""
    ideal = dcg(sorted(judgments.values(), reverse=True)[:k])
    if ideal == 0:
        return None
    return dcg([judgments.get(pk, 0) for pk in ranked_ids[:k]]) / ideal


def recall_at(ranked_ids, judgments, k=10, min_grade=2):
    """Share of the cases graded min_grade or more that are in the top k."""
    wanted = {pk for pk, grade in judgments.items() if grade >= min_grade}
    if not wanted:
        return None
    return len(wanted & set(ranked_ids[:k])) / len(wanted)


def mean(values):
    values = [value for value in values if value is not None]
    return sum(values) / len(values) if values else None
