"""The lines `make eval` prints."""


def query_lines(engine, scores):
    lines = [f"== {engine}: per query (nDCG@10, Recall@10 of grade >= 2, hits)"]
    for score in scores:
        ndcg = "  –  " if score.ndcg is None else f"{score.ndcg:.2f} "
        recall = "  –  " if score.recall is None else f"{score.recall:.2f} "
        relaxed = "  (relaxed)" if score.notice else ""
        lines.append(
            f"{score.query.id:>5} {score.query.kind:<16} nDCG {ndcg} R {recall}"
            f" hits {score.count:>3}  {score.query.text!r}{relaxed}"
        )
    return lines


def summary_lines(summaries, similar=None):
    engines = list(summaries)
    width = max(len(name) for name in engines) + 2
    header = "".join(f"{name:>{width}}" for name in engines)
    lines = [f"== Summary{'':<22}{header}"]

    def row(title, values):
        return f"{title:<31}" + "".join(f"{value:>{width}}" for value in values)

    lines.append(row("nDCG@10", [f"{summaries[e].ndcg:.3f}" for e in engines]))
    lines.append(row("Recall@10 (grade >= 2)", [f"{summaries[e].recall:.3f}" for e in engines]))
    lines.append(
        row(
            "zero-result rate (answerable)",
            [f"{summaries[e].zero_result_rate:.3f}" for e in engines],
        )
    )
    lines.append(
        row(
            "no-answer queries: most hits",
            [str(max(summaries[e].no_answer_hits, default=0)) for e in engines],
        )
    )
    kinds = sorted({kind for summary in summaries.values() for kind in summary.ndcg_by_kind})
    for kind in kinds:
        values = []
        for engine in engines:
            value = summaries[engine].ndcg_by_kind.get(kind)
            values.append("–" if value is None else f"{value:.3f}")
        lines.append(row(f"  nDCG@10 {kind}", values))
    if similar is not None:
        lines.append(f"Similar cases nDCG@5 (node): {similar:.3f}")
    return lines
