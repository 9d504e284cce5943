"""The cells of BENCHMARKS.md's tables: how each row reads its figure from a run.

bench/report.py lays the tables out and writes the file; ROWS here is the main
table, one (title, cell) per row, and kind_table the per-query table.
"""


def figure_at(run, *keys):
    value = run
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def ms_cell(value):
    return "–" if value is None else f"{value:.1f}"


def _load(run, key):
    values = run.get(key)
    return "–" if not values else "/".join(f"{v:.1f}" for v in values)


def _failed(error):
    if error.startswith("not measured"):
        return error[:80].replace("|", "/")
    return "failed: " + error[:80].replace("|", "/")


def percentile_cell(run, *keys):
    stats = figure_at(run, *keys)
    if stats and "error" in stats:
        return _failed(stats["error"])
    if (
        stats is None
        and keys[0] == "search_database_fallback"
        and "error" in (figure_at(run, keys[0]) or {})
    ):
        return _failed(run[keys[0]]["error"])
    if not stats:
        return "–"
    return f"{stats['p50']:.0f} / {stats['p95']:.0f} / {stats['p99']:.0f}"


ROWS = [
    ("Date of the run (UTC)", lambda r: r["date"][:16].replace("T", " ")),
    ("Machine", lambda r: r["machine"]["os"].split("-with-")[0]),
    (
        "gunicorn workers",
        lambda r: (
            f"{r['gunicorn']['workers']} × {r['gunicorn'].get('class', 'gthread')}"
            + (
                f", {r['gunicorn']['threads']} threads"
                if r["gunicorn"].get("threads", 1) > 1
                else ""
            )
        ),
    ),
    ("Bulk load of N cases (s)", lambda r: ms_cell(figure_at(r, "load", "seconds"))),
    (
        "Database fallback's full-text index, rebuild_fallback_index (s)",
        lambda r: ms_cell(figure_at(r, "database_search_index_seconds")),
    ),
    (
        "Wagtail's default backend index, update_index (s)",
        lambda r: ms_cell(figure_at(r, "wagtail_index_seconds")),
    ),
    (
        "Rebuild: documents per second",
        lambda r: str(figure_at(r, "rebuild", "documents_per_second") or "–"),
    ),
    (
        "Rebuild: seconds (rebuild_case_index)",
        lambda r: ms_cell(figure_at(r, "rebuild", "seconds")),
    ),
    *[
        (
            f"/api/search/ mix p50/p95/p99 ms, concurrency {c}",
            lambda r, c=c: percentile_cell(r, "search_http", str(c), "all"),
        )
        for c in (1, 8, 32)
    ],
    *[
        (
            f"Straight to the node with the dsl p50/p95/p99 ms, concurrency {c}",
            lambda r, c=c: percentile_cell(r, "search_direct", str(c), "all"),
        )
        for c in (1, 8, 32)
    ],
    *[
        (
            f"Straight to the node, raw round trip p50/p95/p99 ms, concurrency {c}",
            lambda r, c=c: percentile_cell(r, "search_direct_raw", str(c), "all"),
        )
        for c in (1, 8, 32)
    ],
    *[
        (
            f"Straight to the node, raw, the node's request cache off p50/p95/p99 ms, concurrency {c}",
            lambda r, c=c: percentile_cell(r, "search_direct_uncached", str(c), "all"),
        )
        for c in (1, 8, 32)
    ],
    *[
        (
            f"App p50 ÷ dsl p50 / ÷ raw p50, concurrency {c}",
            lambda r, c=c: (
                f"{figure_at(r, 'ratio_app_to_direct_p50', str(c), 'all') or '–'} / "
                f"{figure_at(r, 'ratio_app_to_raw_p50', str(c), 'all') or '–'}"
            ),
        )
        for c in (1, 8, 32)
    ],
    *[
        (
            f"Database fallback p50/p95/p99 ms, concurrency {c}",
            lambda r, c=c: percentile_cell(r, "search_database_fallback", str(c), "all"),
        )
        for c in (1, 8)
    ],
    *[
        (
            f"Wagtail's default backend, in process, p50/p95/p99 ms, concurrency {c}",
            lambda r, c=c: percentile_cell(r, "search_wagtail_default", str(c), "all"),
        )
        for c in (1, 8, 32)
    ],
    ("Case page cold p50/p95/p99 ms", lambda r: percentile_cell(r, "pages", "case_page", "cold")),
    (
        "Case page warm (repeat) p50/p95/p99 ms",
        lambda r: percentile_cell(r, "pages", "case_page", "cached"),
    ),
    (
        "Listing with filters cold p50/p95/p99 ms",
        lambda r: percentile_cell(r, "pages", "listing_page", "cold"),
    ),
    (
        "Listing with filters warm (repeat) p50/p95/p99 ms",
        lambda r: percentile_cell(r, "pages", "listing_page", "cached"),
    ),
    (
        "Load average (1/5/15 min) at start → end",
        lambda r: f"{_load(r, 'load_average_at_start')} → {_load(r, 'load_average_at_end')}",
    ),
    (
        "Publish-to-findable p50 / max ms",
        lambda r: (
            "–"
            if not figure_at(r, "publish_to_findable_ms")
            else f"{r['publish_to_findable_ms']['p50']:.0f} / {r['publish_to_findable_ms']['max']:.0f}"
        ),
    ),
    (
        "Peak memory, web worker (MiB)",
        lambda r: ms_cell(figure_at(r, "memory_peak_mib", "web_worker")),
    ),
    (
        "Peak memory, db_worker (MiB)",
        lambda r: ms_cell(figure_at(r, "memory_peak_mib", "db_worker")),
    ),
    (
        "Peak memory, search node JVM (MiB; the largest node's)",
        lambda r: ms_cell(figure_at(r, "memory_peak_mib", "search_node_jvm")),
    ),
]


def kind_table(runs, section):
    kinds = []
    for run in runs:
        for kind in figure_at(run, section, "1", "by_kind") or {}:
            if kind not in kinds:
                kinds.append(kind)
    return [
        f"| {kind} | " + " | ".join(_kind_cell(run, kind) for run in runs) + " |" for kind in kinds
    ]


# The node measures beside the app's p50 in the per-query table: (section, ratio key).
NODE_MEASURES = (
    ("search_direct", "ratio_app_to_direct_p50"),
    ("search_direct_raw", "ratio_app_to_raw_p50"),
)


def _kind_cell(run, kind):
    """The p50s of one query at concurrency 1: app / dsl (ratio) / raw (ratio)."""
    app = figure_at(run, "search_http", "1", "by_kind", kind)
    if not app:
        return "–"
    return " / ".join(
        [f"{app['p50']:.1f}", *(_kind_p50(run, s, ratio, kind) for s, ratio in NODE_MEASURES)]
    )


def _kind_p50(run, section, ratio, kind):
    direct = figure_at(run, section, "1", "by_kind", kind)
    if not direct:
        return "–"
    return f"{direct['p50']:.1f} ({figure_at(run, ratio, '1', kind)}×)"
