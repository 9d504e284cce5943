"""Scores each engine's answers against the judgments."""

from dataclasses import dataclass

from relevance.judgments import NO_ANSWER
from relevance.metrics import mean, ndcg_at, recall_at


@dataclass(frozen=True)
class QueryScore:
    query: object  # JudgedQuery
    ndcg: float | None
    recall: float | None
    count: int
    notice: str


@dataclass(frozen=True)
class Summary:
    ndcg: float
    recall: float
    zero_result_rate: float  # among the answerable queries
    no_answer_hits: list  # result count of each query without an answer
    ndcg_by_kind: dict


def score_queries(ask, judged_queries, ids):
    """ask(query) -> Answer; ids maps case slugs to page ids."""
    scores = []
    for query in judged_queries:
        answer = ask(query)
        grades = {ids[slug]: grade for slug, grade in query.grades.items()}
        scores.append(
            QueryScore(
                query=query,
                ndcg=ndcg_at(answer.ids, grades, 10),
                recall=recall_at(answer.ids, grades, 10),
                count=answer.count,
                notice=answer.notice,
            )
        )
    return scores


def summarise(scores):
    answerable = [score for score in scores if score.query.answerable]
    kinds = sorted({score.query.kind for score in answerable})
    return Summary(
        ndcg=mean(score.ndcg for score in answerable) or 0.0,
        recall=mean(score.recall for score in answerable) or 0.0,
        zero_result_rate=(
            sum(1 for score in answerable if score.count == 0) / len(answerable)
            if answerable
            else 0.0
        ),
        no_answer_hits=[score.count for score in scores if score.query.kind == NO_ANSWER],
        ndcg_by_kind={
            kind: mean(score.ndcg for score in answerable if score.query.kind == kind)
            for kind in kinds
        },
    )


def score_similar(similar_to, judged, ids, k=5):
    """Mean nDCG@k of the similar cases of each judged case."""
    return mean(
        ndcg_at(similar_to(ids[entry.case], k), {ids[s]: g for s, g in entry.grades.items()}, k)
        for entry in judged
    )
