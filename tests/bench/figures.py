"""Figures in the shape the bench records them, for the bench's tests."""


def p50s_at_concurrency_1(p50_by_kind):
    """{"1": {"by_kind": {kind: {"p50": ms}}}}, as measure_in_turns gives one source's."""
    return {"1": {"by_kind": {kind: {"p50": ms} for kind, ms in p50_by_kind.items()}}}
