"""BENCHMARKS.md and bench/latest.json from the runs kept so far.

Each run writes bench/results/<database>-n<N>-nodes<k>.json, and bench/latest.json
keeps every run in the repository; the report puts them side by side (one column
each), so the single node and the 3-node cluster, SQLite and PostgreSQL, and the
sizes of N can be compared.
"""

import json

from bench import REPO, RESULTS
from bench.report_cells import ROWS, figure_at, kind_table, ms_cell, percentile_cell
from search.connection import node_urls

LATEST = REPO / "bench" / "latest.json"
LOAD_JSON = REPO / "bench" / "load.json"
BENCHMARKS = REPO / "BENCHMARKS.md"
TARGETS_N = 100_000


# The engine the search node ran before Elasticsearch; its runs stay as history.
HISTORICAL_ENGINE = "OpenSearch"


def engine_family(run):
    """The engine's name without its version ("Elasticsearch", "OpenSearch")."""
    return run["search_node"].get("engine", HISTORICAL_ENGINE).split()[0]


def is_history(run):
    return engine_family(run) == HISTORICAL_ENGINE


def run_kind(run):
    """N, database, nodes and engine: a newer run of the same kind replaces the
    older one, and a run on another engine stands beside it."""
    return (
        is_history(run),
        run["n"],
        run["database"],
        run["search_node"]["nodes"],
        engine_family(run),
    )


def load_runs():
    """The runs committed in bench/latest.json, each replaced by a newer run of
    its kind from bench/results/.

    bench/results/ is this machine's and is not committed, so on a fresh clone
    it holds only today's run; reading it alone would drop every other column.
    """
    runs = {}
    committed = json.loads(LATEST.read_text())["runs"] if LATEST.exists() else []
    measured_here = [json.loads(path.read_text()) for path in RESULTS.glob("*-n*-nodes*.json")]
    for run in committed + measured_here:
        kind = run_kind(run)
        if kind not in runs or run["date"] >= runs[kind]["date"]:
            runs[kind] = run
    return sorted(runs.values(), key=run_kind)


def worst_of(per_kind):
    """(highest value, its query kind) of {kind: value}, or None when empty."""
    if not per_kind:
        return None
    kind = max(per_kind, key=per_kind.get)
    return per_kind[kind], kind


def worst_query_ratio(ratio_key):
    """The highest app ÷ node p50 of any single query at concurrency 1, with its
    kind: the target compares the app with the node "for the same query"."""

    def read(run):
        per_kind = {k: v for k, v in (figure_at(run, ratio_key, "1") or {}).items() if k != "all"}
        return worst_of(per_kind)

    return read


def worst_query_margin(run):
    """The largest app p50 − dsl p50 (ms) of any single query at concurrency 1,
    with its kind. A request costs the app about the same over the node
    whatever it asks (bench/README.md, "Where the app's time over the node
    goes"), so this says how much of the ratio is that fixed cost."""
    app = figure_at(run, "search_http", "1", "by_kind") or {}
    node = figure_at(run, "search_direct", "1", "by_kind") or {}
    # In the mix's order, not a set's, so a tie names the same query in every report.
    return worst_of({kind: app[kind]["p50"] - node[kind]["p50"] for kind in app if kind in node})


def value_at(*keys):
    def read(run):
        value = figure_at(run, *keys)
        return None if value is None else (value, "")

    return read


# (target, how to read it from a run, the limit, unit): the performance targets at
# N=100,000 that the site was built to (bench/README.md says where they come from).
TARGETS = [
    (
        "App search p50 ≤ 1.5 × the node's through the dsl, same query, concurrency 1",
        worst_query_ratio("ratio_app_to_direct_p50"),
        1.5,
        "×",
    ),
    (
        "(stricter) App search p50 ≤ 1.5 × the raw round trip, same query, concurrency 1",
        worst_query_ratio("ratio_app_to_raw_p50"),
        1.5,
        "×",
    ),
    (
        "(the mix's median) App p50 ≤ 1.5 × the node's through the dsl, concurrency 1",
        value_at("ratio_app_to_direct_p50", "1", "all"),
        1.5,
        "×",
    ),
    (
        "App search p95 < 150 ms, concurrency 8",
        value_at("search_http", "8", "all", "p95"),
        150,
        "ms",
    ),
    ("Rebuild of all cases < 3 min", value_at("rebuild", "seconds"), 180, "s"),
    ("Case page p50 < 30 ms, cached", value_at("pages", "case_page", "cached", "p50"), 30, "ms"),
    ("Case page p50 < 120 ms, cold", value_at("pages", "case_page", "cold", "p50"), 120, "ms"),
    (
        "Listing with filters p50 < 150 ms, cold",
        value_at("pages", "listing_page", "cold", "p50"),
        150,
        "ms",
    ),
    (
        # The targets name no cache for the listing; it is rendered again.
        "Listing with filters p50 < 150 ms, warm (the same URL again)",
        value_at("pages", "listing_page", "cached", "p50"),
        150,
        "ms",
    ),
    ("Publish-to-findable < 2 s (max)", value_at("publish_to_findable_ms", "max"), 2000, "ms"),
]
# Figures shown under the targets to read them by, with no limit of their own.
READINGS = [
    (
        "(no target) App search p50 − the node's through the dsl, same query, concurrency 1",
        worst_query_margin,
    ),
]
MIX_MEDIAN_NOTE = (
    "The app-to-node target is read per query (the worst query is shown), as the target is"
    " worded; the mix's median is shown too, but the mix is bimodal (three queries the node"
    " answers in 3-6 ms, two in 15-21 ms), so its median falls in the gap and a few slow"
    " cheap requests move it by half."
)


def verdict(limit, unit):
    """How a target's cell reads a measured value: the value, the query it
    was worst for (if any), and met or missed."""

    def describe(value, which):
        met = value <= limit if unit == "×" else value < limit
        where = f" ({which})" if which else ""
        return f"{value:g} {unit}{where}: {'met' if met else 'missed'}"

    return describe


def margin(value, which):
    return f"{value:.1f} ms ({which})"


def target_lines(runs):
    """Met or missed, for each run at the targets' N, and the readings beside them."""
    at_target = [run for run in runs if run["n"] == TARGETS_N and not is_history(run)]
    if not at_target:
        return []
    rows = [(title, read, verdict(limit, unit)) for title, read, limit, unit in TARGETS]
    rows += [(title, read, margin) for title, read in READINGS]
    lines = [f"## Targets at N = {TARGETS_N:,}", "", MIX_MEDIAN_NOTE, "", *header(at_target)]
    for title, read, describe in rows:
        cells = [
            "not measured" if (measured := read(run)) is None else describe(*measured)
            for run in at_target
        ]
        lines.append(f"| {title} | " + " | ".join(cells) + " |")
    return [*lines, ""]


HISTORY = REPO / "bench" / "history"


def before_after_lines(runs):
    """Runs kept in bench/history/ (before a change) beside today's run of the same kind."""
    lines = []
    for path in sorted(HISTORY.glob("*.json")):
        before = json.loads(path.read_text())
        after = next((r for r in runs if run_kind(r) == run_kind(before)), None)
        if after is None or after["date"] == before["date"]:
            continue
        lines += [
            f"## Before and after: N={before['n']:,}, {run_title(before)}",
            "",
            f"Before: bench/history/{path.name} ({before['date']}"
            + (f", code {before['code']}" if before.get("code") else "")
            + f"); after: {after['date']}, {run_title(after)}.",
            "",
            "| | before | after |",
            "|---|---|---|",
        ]
        for c in ("1", "8", "32"):
            lines.append(
                f"| /api/search/ mix p50/p95/p99 ms, concurrency {c} | "
                f"{percentile_cell(before, 'search_http', c, 'all')} | {percentile_cell(after, 'search_http', c, 'all')} |"
            )
            for name, ratio in (
                ("dsl", ("ratio_app_to_direct_p50", c, "all")),
                ("raw round trip", ("ratio_app_to_raw_p50", c, "all")),
            ):
                lines.append(
                    f"| App p50 ÷ {name} p50, concurrency {c} | "
                    f"{figure_at(before, *ratio) or '–'} | {figure_at(after, *ratio) or '–'} |"
                )
        for title, keys in (
            ("Case page cold", ("pages", "case_page", "cold")),
            ("Case page warm", ("pages", "case_page", "cached")),
            ("Listing with filters cold", ("pages", "listing_page", "cold")),
            ("Listing with filters warm", ("pages", "listing_page", "cached")),
        ):
            lines.append(
                f"| {title} p50/p95/p99 ms | {percentile_cell(before, *keys)} | {percentile_cell(after, *keys)} |"
            )
        for title, keys in (
            ("Rebuild seconds", ("rebuild", "seconds")),
            ("Publish-to-findable p50 ms", ("publish_to_findable_ms", "p50")),
            ("Publish-to-findable max ms", ("publish_to_findable_ms", "max")),
        ):
            lines.append(
                f"| {title} | {ms_cell(figure_at(before, *keys))} | {ms_cell(figure_at(after, *keys))} |"
            )
        for kind in figure_at(before, "search_http", "1", "by_kind") or {}:
            lines.append(
                f"| {kind}, concurrency 1, p50/p95/p99 ms | "
                f"{percentile_cell(before, 'search_http', '1', 'by_kind', kind)} | "
                f"{percentile_cell(after, 'search_http', '1', 'by_kind', kind)} |"
            )
        lines.append("")
    return lines


def describe_machine(machine):
    return (
        f"{machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB RAM,"
        f" {machine['os']}, Python {machine['python']}"
    )


def search_software_lines(runs):
    """Each search engine and client that measured the runs; with the dates of
    its runs when the runs were not all measured with the same."""
    dates = {}
    for run in runs:
        node = run["search_node"]
        software = f"{node.get('engine', 'an unrecorded engine')} with {node.get('client', 'an unrecorded client')}"
        dates.setdefault(software, []).append(run["date"][:10])
    if len(dates) == 1:
        return list(dates)
    return [
        f"{software} (runs of {min(days)} to {max(days)})"
        if min(days) != max(days)
        else f"{software} (runs of {min(days)})"
        for software, days in sorted(dates.items(), key=lambda item: min(item[1]))
    ]


def run_title(run):
    """The run's label; a cluster's also names its shard layout, which decides
    how many nodes each search waits for, and how many of its nodes the client
    sent the searches to."""
    node = run["search_node"]
    if node["nodes"] == 1 or "shards" not in node:
        return run["label"]
    shards = f"{node['shards']} shard{'s' if node['shards'] > 1 else ''}"
    entries = max(len(node_urls(node.get("url", ""))), 1)
    return (
        f"{run['label']}, {shards} × {node['replicas'] + 1} copies,"
        f" the client to {entries} node{'s' if entries > 1 else ''}"
    )


def column_title(run):
    title = f"N={run['n']:,}".replace(",", " ") + f", {run_title(run)}"
    engine = run["search_node"].get("engine", HISTORICAL_ENGINE)
    return f"{title}, {engine} (history)" if is_history(run) else f"{title}, {engine}"


def header(runs):
    titles = [column_title(run) for run in runs]
    return ["| | " + " | ".join(titles) + " |", "|---" * (len(runs) + 1) + "|"]


def write_report():
    runs = load_runs()
    if not runs:
        raise SystemExit("No runs in bench/results/ or bench/latest.json: run `make bench`.")
    machines = sorted({describe_machine(run["machine"]) for run in runs})
    search_software = search_software_lines(runs)
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`, see bench/). Every figure is also in",
        "bench/latest.json. Latencies are milliseconds, measured from a Python client on",
        "the same machine (it shares the CPU with the server and the search node).",
        "",
        f"- Machine: {'; '.join(machines)}"
        + (
            " (each run's is in its column; figures from different machines compare only roughly)"
            if len(machines) > 1
            else ""
        ),
        f"- N: {', '.join(f'{n:,}' for n in sorted({run['n'] for run in runs}))}",
        "- Web server: gunicorn with praksisbank/gunicorn.conf.py; bench settings (= production,"
        " no TLS redirect). Each run's workers are in its column below.",
        f"- Search node: {'; '.join(search_software)} from services/elasticsearch/"
        ". Elasticsearch runs each node in its own JVM (512 MiB heap; a 3-node cluster is three"
        " processes); the OpenSearch columns, kept as history, ran every node in one JVM with"
        " 1 GiB of heap.",
        "- Straight to the node: the same searches, built by search/queries.py, sent with the"
        " dsl of the run's client (built and executed per request, as"
        " the target defines it) and as prebuilt bodies with the low-level client (the raw round"
        " trip, a stricter yardstick). Runs before 2026-11-23 evening measured only the raw one."
        " Since 2026-11-23 23:30 UTC the app and both node measures take turns request by request at"
        " concurrency 1 (200 requests a query); before, they ran one after the other. Since"
        " 2026-11-24 02:41 UTC the order of the turn rotates every round: before, the app"
        " always asked first and the node measures straight after it, of a node already"
        " warm for that query (0.2-0.4 ms faster on the cheap queries).",
        "- Query mix: free text, free text + 2 facets, facets only, a typo query,"
        " similar cases (/api/cases/<id>/similar/); the fallback mix has no similar cases.",
        "- Publish-to-findable: TASK_BACKEND=database with `manage.py db_worker --interval=0.05`;"
        " each round saves a draft, waits for an empty task queue (the draft's own Wagtail"
        " tasks done), then publishes it: one publish as an editor makes it.",
        "- Pages: cold = the first request for a URL; warm = the same URL again. A warm case"
        " page comes from the anonymous page cache (keyed on its last publication); a warm"
        " listing is rendered again.",
        "- The machine was shared with other test runs; the load average row says how busy it was.",
        "",
        *header(runs),
    ]
    for title, cell in ROWS:
        lines.append(f"| {title} | " + " | ".join(cell(run) for run in runs) + " |")
    lines += ["", *target_lines(runs), *before_after_lines(runs)]
    lines += [
        "## Per query at concurrency 1: app p50 / dsl p50 (ratio) / raw p50 (ratio)",
        "",
        *header(runs),
        *kind_table(runs, "search_http"),
        "",
    ]
    BENCHMARKS.write_text("\n".join(lines), encoding="utf-8")
    if LOAD_JSON.exists():
        # The load test (bench/load_test.py) keeps its section at the end of the file.
        write_load_section(json.loads(LOAD_JSON.read_text()))
    LATEST.write_text(
        json.dumps({"runs": runs}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {BENCHMARKS} and bench/latest.json ({len(runs)} runs)")


def write_load_section(figures):
    """Replace the load-run section at the end of BENCHMARKS.md."""
    text = BENCHMARKS.read_text() if BENCHMARKS.exists() else "# Benchmarks\n"
    text = text.split("\n## Load run", 1)[0].rstrip() + "\n"
    result = figures["result"]
    text += f"""
## Load run

`python -m bench.load_test --n {figures["n"]}` ({figures["date"]}): wrk with {figures["connections"]}
connections for {figures["seconds"]} s against gunicorn ({figures["gunicorn"]["workers"]} workers,
{figures["gunicorn"].get("class", "gthread")}) on loopback, N = {figures["n"]:,}, the search node
running. Mix, requested in turn: {figures["mix"]["search"]} searches (page and API, free
text, facets, a typo), {figures["mix"]["case pages"]} case pages, the RSS feed.
Rate limits off (one client address). Load average at start:
{figures["load_average_at_start"]}.

| requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |
|---|---|---|---|---|---|---|
| {result["requests"]:,} | {result["errors"]} | {result["requests_per_second"]} | {result["p50_ms"]} | {result["p95_ms"]} | {result["p99_ms"]} | {result["max_ms"]} |
"""
    BENCHMARKS.write_text(text)
