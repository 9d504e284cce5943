"""The benchmark's own arithmetic: what BENCHMARKS.md says must follow from the samples."""

import json

from bench import report
from bench.measure import percentiles
from bench.report import TARGETS_N, before_after_lines, column_title, run_kind, target_lines
from bench.scenarios import measure_in_turns, ratios
from tests.bench.figures import p50s_at_concurrency_1


def run(n=TARGETS_N, **figures):
    return {
        "n": n,
        "label": "SQLite, 1 node",
        "database": "sqlite",
        "date": "2026-11-23T12:00:00+00:00",
        "search_node": {"nodes": 1, "engine": "Elasticsearch 9.2.8"},
        **figures,
    }


def test_percentiles_are_nearest_rank():
    stats = percentiles([float(ms) for ms in range(1, 101)])
    assert (stats["p50"], stats["p95"], stats["p99"], stats["max"]) == (50, 95, 99, 100)
    assert percentiles([7.0])["p99"] == 7.0
    assert percentiles([]) == {}


def test_targets_are_met_or_missed_by_their_limits():
    measured = run(
        ratio_app_to_direct_p50={"1": {"all": 1.5}},
        search_http={"8": {"all": {"p95": 150.0}}},
        rebuild={"seconds": 179.0},
    )
    lines = "\n".join(target_lines([measured]))
    assert "1.5 ×: met" in lines  # "at most 1.5 times"
    assert "150 ms: missed" in lines  # "under 150 ms"
    assert "179 s: met" in lines
    assert "Publish-to-findable < 2 s (max) | not measured" in lines


def test_opensearch_runs_stay_beside_elasticsearch_runs_as_history():
    elasticsearch = run(rebuild={"seconds": 70.0})
    opensearch = run(
        search_node={"nodes": 1, "engine": "OpenSearch 3.8"}, rebuild={"seconds": 200.0}
    )
    assert run_kind(elasticsearch) != run_kind(opensearch)
    assert column_title(opensearch) == "N=100 000, SQLite, 1 node, OpenSearch 3.8 (history)"
    assert column_title(elasticsearch) == "N=100 000, SQLite, 1 node, Elasticsearch 9.2.8"
    # The targets are read on the engine the site runs now.
    lines = "\n".join(target_lines([elasticsearch, opensearch]))
    assert "70 s: met" in lines
    assert "200 s" not in lines


def test_a_clusters_column_names_its_shard_layout():
    def cluster(shards, replicas, url="http://127.0.0.1:9400"):
        node = {
            "nodes": 3,
            "shards": shards,
            "replicas": replicas,
            "url": url,
            "engine": "Elasticsearch 9.2.8",
        }
        return run(label="PostgreSQL, 3 nodes", search_node=node)

    assert column_title(cluster(1, 2)) == (
        "N=100 000, PostgreSQL, 3 nodes, 1 shard × 3 copies, the client to 1 node,"
        " Elasticsearch 9.2.8"
    )
    assert "3 shards × 2 copies" in column_title(cluster(3, 1))
    every_node = "http://127.0.0.1:9400,http://127.0.0.1:9401,http://127.0.0.1:9402"
    assert "the client to 3 nodes" in column_title(cluster(1, 2, url=every_node))
    # One node has one copy of everything: its layout is not news.
    assert column_title(run()) == "N=100 000, SQLite, 1 node, Elasticsearch 9.2.8"


def test_no_target_table_without_a_run_at_the_targets_n():
    assert target_lines([run(n=10_000)]) == []


def test_before_and_after_pairs_runs_of_the_same_kind(tmp_path, monkeypatch):
    before = run(search_http={"1": {"all": {"p50": 38.0, "p95": 183.0, "p99": 195.0}}})
    (tmp_path / "before.json").write_text(json.dumps(before))
    monkeypatch.setattr(report, "HISTORY", tmp_path)
    after = run(
        date="2026-11-23T13:00:00+00:00",
        search_http={"1": {"all": {"p50": 11.0, "p95": 26.0, "p99": 59.0}}},
    )
    lines = before_after_lines([after, run(n=10_000, date="2026-11-23T13:00:00+00:00")])
    assert (
        "| /api/search/ mix p50/p95/p99 ms, concurrency 1 | 38 / 183 / 195 | 11 / 26 / 59 |"
        in lines
    )
    # The same run on both sides is not a comparison.
    assert before_after_lines([before]) == []


def test_ratios_divide_the_apps_p50_by_the_nodes_per_kind_and_for_the_mix():
    app = {"1": {"all": {"p50": 9.0}, "by_kind": {"fritekst": {"p50": 21.0}}}}
    node = {"1": {"all": {"p50": 6.0}, "by_kind": {"fritekst": {"p50": 20.0}}}}
    assert ratios(app, node) == {"1": {"fritekst": 1.05, "all": 1.5}}


def test_the_app_to_node_target_is_read_per_query_for_both_yardsticks():
    measured = run(
        ratio_app_to_direct_p50={"1": {"fritekst": 1.1, "kun facetter": 1.6, "all": 1.3}},
        ratio_app_to_raw_p50={"1": {"fritekst": 1.2, "kun facetter": 1.4, "all": 1.45}},
    )
    lines = target_lines([measured])
    # The worst query decides, not the mix's median.
    assert any(
        "through the dsl, same query" in line and "1.6 × (kun facetter): missed" in line
        for line in lines
    )
    assert any(
        "raw round trip, same query" in line and "1.4 × (kun facetter): met" in line
        for line in lines
    )
    assert any("the mix's median" in line and "1.3 ×: met" in line for line in lines)


def test_the_apps_margin_over_the_node_is_shown_per_query_without_a_verdict():
    measured = run(
        search_http=p50s_at_concurrency_1({"fritekst": 14.0, "kun facetter": 6.0}),
        search_direct=p50s_at_concurrency_1({"fritekst": 10.5, "kun facetter": 3.5}),
    )
    (line,) = [line for line in target_lines([measured]) if line.startswith("| (no target)")]
    # The largest difference in milliseconds, not the largest ratio's query.
    assert line.endswith("| 3.5 ms (fritekst) |")
    assert "met" not in line and "missed" not in line
    (unmeasured,) = [line for line in target_lines([run()]) if line.startswith("| (no target)")]
    assert unmeasured.endswith("| not measured |")


def test_app_and_node_take_turns_at_concurrency_1_and_are_reported_apart():
    calls = []

    def request(name):
        return lambda: calls.append(name)

    sources = {
        source: [(kind, request(f"{source}:{kind}")) for kind in ("fritekst", "lignende")]
        for source in ("search_http", "search_direct")
    }
    figures = measure_in_turns(sources, requests_per_kind=3)

    # Each query is asked of both, one straight after the other; who asks
    # first (of a node not yet warm for that query) changes every round.
    assert calls[:8] == [
        "search_http:fritekst",
        "search_direct:fritekst",
        "search_http:lignende",
        "search_direct:lignende",
        "search_direct:fritekst",
        "search_http:fritekst",
        "search_direct:lignende",
        "search_http:lignende",
    ]
    assert len(calls) == 12
    for source in sources:
        level = figures[source]["1"]
        assert set(level["by_kind"]) == {"fritekst", "lignende"}
        assert level["by_kind"]["fritekst"]["n"] == 3
        assert level["all"]["n"] == 6


def test_a_new_run_replaces_only_the_committed_run_of_its_kind(tmp_path, monkeypatch):
    committed = [
        run(n=10_000, label="SQLite, 1 node, committed"),
        run(label="SQLite, 1 node, committed"),
        run(database="postgresql", label="PostgreSQL, 1 node, committed"),
    ]
    latest = tmp_path / "latest.json"
    latest.write_text(json.dumps({"runs": committed}))
    results = tmp_path / "results"
    results.mkdir()
    today = run(date="2026-11-30T12:00:00+00:00", label="SQLite, 1 node, today")
    (results / "sqlite-n100000-nodes1.json").write_text(json.dumps(today))
    stale = run(n=10_000, date="2026-11-01T12:00:00+00:00", label="SQLite, 1 node, stale")
    (results / "sqlite-n10000-nodes1.json").write_text(json.dumps(stale))
    monkeypatch.setattr(report, "LATEST", latest)
    monkeypatch.setattr(report, "RESULTS", results)

    labels = [(r["n"], r["label"]) for r in report.load_runs()]

    # A fresh clone's first run must not drop the other columns, and a result
    # older than the committed run of its kind does not replace it.
    assert labels == [
        (10_000, "SQLite, 1 node, committed"),
        (100_000, "PostgreSQL, 1 node, committed"),
        (100_000, "SQLite, 1 node, today"),
    ]
