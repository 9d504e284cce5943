"""The request-cycle split's arithmetic: each layer is what it adds to the one below."""

import pytest

from bench.request_cycle import layer_split, p50s
from tests.bench.figures import p50s_at_concurrency_1


def figures(p50_by_layer_and_kind):
    """measure_in_turns' shape: {layer: {"1": {"by_kind": {kind: {"p50": ms}}}}}."""
    return {
        layer: p50s_at_concurrency_1(by_kind) for layer, by_kind in p50_by_layer_and_kind.items()
    }


def test_p50s_are_read_per_query_and_layer():
    measured = figures({"dsl": {"a": 4.0, "b": 9.0}, "HTTP": {"a": 6.0, "b": 11.0}})
    assert p50s(measured) == {"a": {"dsl": 4.0, "HTTP": 6.0}, "b": {"dsl": 9.0, "HTTP": 11.0}}


def test_each_layer_is_what_it_adds_and_the_ratio_is_the_benchs():
    split = layer_split({"raw": 3.0, "dsl": 4.0, "search code": 4.5, "Django": 5.5, "HTTP": 6.5})
    assert split["search code over raw"] == pytest.approx(1.5)
    assert split["Django"] == pytest.approx(1.0)
    assert split["HTTP server"] == pytest.approx(1.0)
    assert split["ratio to dsl"] == pytest.approx(6.5 / 4.0)
