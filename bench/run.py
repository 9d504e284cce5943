"""The benchmark: load N cases, index them, and measure what users wait for.

Everything runs on this machine in one run: the bench database (its own SQLite
file under bench/results/, or DATABASE_URL), its own index alias, two gunicorn
servers on loopback ports (one with the search node, one without it, which is
the database fallback), and a `db_worker` for the outbox.
"""

import argparse
import json
import os
import re
import sys
from datetime import UTC, datetime
from urllib.parse import urlencode

import django
from django.core.management import call_command

from bench import RESULTS
from bench.measure import child_pids, peak_rss_mb
from bench.processes import (
    configure_environment,
    free_port,
    gunicorn_settings,
    machine,
    manage,
    node_peak_rss,
    search_software,
    start_gunicorn,
    start_task_worker,
    stop_process,
    wait_for_quiet_node,
)
from bench.report import write_report
from bench.scenarios import (
    SEARCH_MIX,
    SIMILAR_KIND,
    api_mix,
    http_search_work,
    measure_http_mix,
    measure_in_turns,
    measure_levels,
    measure_pages,
    ratios,
    repeated,
    similar_case_id,
)

CONCURRENCY = (1, 8, 32)
FALLBACK_CONCURRENCY = (1, 8)


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="cases to generate (default 1000)")
    parser.add_argument("--es-url", default=os.environ.get("ELASTICSEARCH_URL"))
    parser.add_argument("--nodes", type=int, default=1, help="nodes in the cluster (label only)")
    parser.add_argument("--shards", type=int, default=1)
    parser.add_argument("--replicas", type=int, default=0)
    parser.add_argument("--database-url", default=None, help="default: a SQLite file per N")
    parser.add_argument("--requests", type=int, default=40, help="requests per query kind")
    parser.add_argument(
        "--requests-c1",
        type=int,
        default=200,
        help="requests per query kind at concurrency 1, where the app's p50 is divided "
        "by the node's (app and node take turns, so it costs three times this)",
    )
    parser.add_argument(
        "--fallback-requests",
        type=int,
        default=5,
        help="requests per query kind on the database fallback (it takes seconds each)",
    )
    parser.add_argument("--port", type=int, default=0, help="default: free loopback ports")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="gunicorn workers (default: praksisbank/gunicorn.conf.py's)",
    )
    parser.add_argument(
        "--worker-class", default=None, help="gunicorn worker class (default: the config's)"
    )
    parser.add_argument(
        "--threads", type=int, default=None, help="threads per worker (default: the config's)"
    )
    parser.add_argument("--label", default=None, help="name of this run in BENCHMARKS.md")
    parser.add_argument("--report-only", action="store_true", help="rewrite BENCHMARKS.md")
    parser.add_argument(
        "--prepare-only",
        action="store_true",
        help="load the N cases and build the fallback's database index, then stop "
        "(at N=100,000 loading takes minutes; a later run reuses the database)",
    )
    return parser.parse_args(argv)


def run(args):
    database_url = configure_environment(args)
    django.setup()
    # These read the models and settings, so they can only be imported once
    # configure_environment() has chosen the bench database and Django is set up.
    from bench.direct_search import direct_search_work
    from bench.publish_to_findable import measure_publish_to_findable, remove_earlier_measure_cases
    from bench.seed_database import load_cases
    from bench.wagtail_backend import wagtail_search_work
    from casestudies.models import CaseIndexPage, CaseStudyPage

    figures = {
        "label": args.label
        or f"{'PostgreSQL' if database_url.startswith('postgres') else 'SQLite'}, "
        f"{args.nodes} node{'s' if args.nodes > 1 else ''}",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "n": args.n,
        "machine": machine(),
        "database": "postgresql" if database_url.startswith("postgres") else "sqlite",
        "search_node": {
            "url": args.es_url,
            "nodes": args.nodes,
            "shards": args.shards,
            "replicas": args.replicas,
            **search_software(args.es_url),
        },
        "gunicorn": gunicorn_settings(args),
        "requests_per_kind": args.requests,
        # Other work on the machine skews every latency: recorded, not hidden.
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    print(f"bench: {figures['label']}, N={args.n}, database {database_url}", flush=True)
    call_command("migrate", verbosity=0)

    remove_earlier_measure_cases()
    existing = CaseStudyPage.objects.count()
    if existing == 0:
        seconds = load_cases(args.n)
        figures["load"] = {
            "seconds": round(seconds, 1),
            "cases_per_second": round(args.n / seconds),
        }
        print(f"loaded {args.n} cases in {seconds:.1f} s", flush=True)
    elif existing != args.n:
        raise SystemExit(
            f"The bench database has {existing} cases, not {args.n}; delete it or use its N."
        )
    # Built on every run, like the node's index below: a database loaded by an
    # older version of the site has no rows in it.
    completed, seconds = manage("rebuild_fallback_index")
    figures["database_search_index_seconds"] = round(seconds, 1)
    print(f"database fallback index built: {completed.stdout.strip()}", flush=True)
    prepared = RESULTS / f"prepare-{figures['database']}-n{args.n}.json"
    if args.prepare_only:
        if "load" in figures:
            prepared.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
        print("prepared; run again without --prepare-only to measure", flush=True)
        return
    if "load" not in figures and prepared.exists():
        # The database was loaded by an earlier --prepare-only run: keep its figures.
        earlier = json.loads(prepared.read_text())
        figures["load"] = earlier["load"]

    completed, wall = manage(
        "rebuild_case_index",
        "--no-progress",
        f"--shards={args.shards}",
        f"--replicas={args.replicas}",
    )
    match = re.search(r"(\d+) praksiseksempler på ([\d.]+) s", completed.stdout)
    documents, seconds = int(match[1]), float(match[2])
    figures["rebuild"] = {
        "documents": documents,
        "seconds": seconds,
        "documents_per_second": round(documents / seconds),
        "command_wall_seconds": round(wall, 1),
    }
    print(f"rebuild: {figures['rebuild']}", flush=True)
    # Wagtail's own index on the node, for its default backend (the latency peer).
    _, seconds = manage("update_index", "--backend", "default", "--chunk_size", "2000")
    figures["wagtail_index_seconds"] = round(seconds, 1)
    print(f"Wagtail's default backend index built in {seconds:.1f} s", flush=True)

    similar_id = similar_case_id(args.n)
    mix = api_mix(similar_id)

    port = args.port or free_port()
    fallback_port = args.port + 1 if args.port else free_port()
    web = start_gunicorn(args, port, name="gunicorn-search")
    fallback = start_gunicorn(
        args, fallback_port, env={"ELASTICSEARCH_URL": ""}, name="gunicorn-database"
    )
    worker = start_task_worker()
    try:
        figures["node_settle_seconds"] = wait_for_quiet_node(args.es_url)
        sources = {
            "search_http": http_search_work(port, mix),
            "search_direct": direct_search_work(SEARCH_MIX, similar_id, via="dsl"),
            "search_direct_raw": direct_search_work(SEARCH_MIX, similar_id, via="raw"),
            "search_direct_uncached": direct_search_work(SEARCH_MIX, similar_id, via="uncached"),
        }
        figures |= measure_in_turns(sources, args.requests_c1)
        print("search at concurrency 1 done", flush=True)
        # Above 1, app and node are measured level by level, one right after the
        # other, so both see the same machine: measured an hour apart, background
        # work (the rebuild's merges, another process) would land on one side only.
        for level in CONCURRENCY[1:]:
            for source, work in sources.items():
                figures[source] |= measure_levels(repeated(work, args.requests), (level,))
            print(f"search at concurrency {level} done", flush=True)
        figures["ratio_app_to_direct_p50"] = ratios(
            figures["search_http"], figures["search_direct"]
        )
        figures["ratio_app_to_raw_p50"] = ratios(
            figures["search_http"], figures["search_direct_raw"]
        )
        figures["search_wagtail_default"] = measure_levels(
            repeated(wagtail_search_work(SEARCH_MIX), args.requests), CONCURRENCY
        )
        print("Wagtail's default backend done", flush=True)
        fallback_mix = [(kind, path) for kind, path in mix if kind != SIMILAR_KIND]
        try:
            if not args.fallback_requests:
                raise RuntimeError("not measured in this run (--fallback-requests 0)")
            figures["search_database_fallback"] = measure_http_mix(
                fallback_port, fallback_mix, args.fallback_requests, FALLBACK_CONCURRENCY
            )
        except (OSError, RuntimeError) as error:
            # A fallback query slower than the client's timeout is a result too.
            figures["search_database_fallback"] = {"error": str(error)[:500]}
        print("database fallback done", flush=True)

        index = CaseIndexPage.objects.get()
        case_urls = [
            page.url for page in CaseStudyPage.objects.visible().order_by("-pk")[: args.requests]
        ]
        listing_urls = [
            f"{index.url}?{urlencode(filters)}"
            for filters in (
                {"omraade": "skole", "region": "midtjylland"},
                {"omraade": "dagtilbud", "kommune": "aarhus"},
                {"tema": "trivsel", "aar": "2022"},
                {"region": "hovedstaden"},
                {"omraade": "ppr"},
                {"kommune": "koebenhavn", "tema": "inklusion"},
                {"aar": "2024", "region": "syddanmark"},
                {"omraade": "fritid", "tema": "overgange"},
                {"page": "3"},
                {"omraade": "skole", "page": "5"},
            )
        ]
        figures["pages"] = measure_pages(port, case_urls, listing_urls, args.requests)
        print("page renders done", flush=True)
        figures["publish_to_findable_ms"] = measure_publish_to_findable(port)
        figures["publish_to_findable_ms"]["task_backend"] = "database (manage.py db_worker)"
        print("publish-to-findable done", flush=True)

        workers = child_pids(web.pid)
        figures["memory_peak_mib"] = {
            "web_worker": max(filter(None, (peak_rss_mb(pid) for pid in workers)), default=None),
            "db_worker": peak_rss_mb(worker.pid),
            "search_node_jvm": node_peak_rss(args.es_url),
        }
    finally:
        for process in (web, fallback, worker):
            stop_process(process)

    figures["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    name = f"{figures['database']}-n{args.n}-nodes{args.nodes}.json"
    (RESULTS / name).write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    print(f"wrote {RESULTS / name}", flush=True)
    write_report()


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.report_only:
        write_report()
        return
    if not args.es_url:
        raise SystemExit("Set ELASTICSEARCH_URL or --es-url (make bench starts the node).")
    run(args)
