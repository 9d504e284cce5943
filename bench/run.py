"""The benchmark: load N cases, index them, and measure what users wait for.

Everything runs on this machine in one run: the bench database (its own SQLite
file under bench/results/, or DATABASE_URL), its own index alias, two gunicorn
servers on loopback ports (one with the search node, one without it, which is
the database fallback), and a `db_worker` for the outbox.
"""

import argparse
import json
import os
import platform
import re
import runpy
import socket
import subprocess  # noqa: S404 - starts our own gunicorn, worker and commands
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
GUNICORN_CONFIG = REPO / "praksisbank" / "gunicorn.conf.py"
PYTHON = sys.executable
BIN = Path(sys.executable).parent

# The fixed mix: (kind, query string) of /api/search/; "similar" is added per run.
SEARCH_MIX = [
    ("fritekst", {"q": "professionelle læringsfællesskaber"}),
    ("fritekst + 2 facetter", {"q": "trivsel", "omraade": "skole", "region": "midtjylland"}),
    ("kun facetter", {"omraade": "dagtilbud", "maalgruppe": "paedagoger"}),
    ("stavefejl", {"q": "aktionslærring"}),
]
SIMILAR_KIND = "lignende"
PUBLISH_MARKER = "Målepunkt"
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
        "(at N=100,000 that takes minutes; a later run reuses the database)",
    )
    return parser.parse_args(argv)


def configure_environment(args):
    """The bench's own database, alias and settings, for this process and its children."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    database_url = args.database_url or f"sqlite:///{RESULTS / f'bench-n{args.n}.sqlite3'}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        ELASTICSEARCH_URL=args.es_url,
        SEARCH_INDEX_ALIAS=f"bench-praksisbank-cases-n{args.n}",
        WAGTAILSEARCH_INDEX_PREFIX="bench-praksisbank-wagtail-",
        TASK_BACKEND="database",
        DB_CONN_MAX_AGE="600",
    )
    return database_url


def manage(*command, env=None, check=True):
    began = time.perf_counter()
    completed = subprocess.run(  # noqa: S603 - fixed argv
        [PYTHON, "manage.py", *command],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if check and completed.returncode:
        raise RuntimeError(f"manage.py {' '.join(command)} failed:\n{completed.stderr[-3000:]}")
    return completed, time.perf_counter() - began


def start_process(command, env=None, log_name="process"):
    log = open(RESULTS / f"{log_name}.log", "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(  # noqa: S603 - fixed argv
        command, cwd=REPO, env={**os.environ, **(env or {})}, stdout=log, stderr=log
    )
    process.log = log
    return process


def stop_process(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.log.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def gunicorn_settings(args):
    """What the bench runs gunicorn with: the production config file, with
    the worker options given on the command line instead of its own."""
    config = runpy.run_path(str(GUNICORN_CONFIG))
    return {
        "workers": args.workers or config["workers"],
        "class": args.worker_class or config["worker_class"],
        "threads": args.threads or config["threads"],
    }


def start_gunicorn(args, port, env=None, name="gunicorn"):
    settings = gunicorn_settings(args)
    process = start_process(
        [
            str(BIN / "gunicorn"),
            f"--config={GUNICORN_CONFIG}",
            f"--bind=127.0.0.1:{port}",
            f"--workers={settings['workers']}",
            f"--worker-class={settings['class']}",
            f"--threads={settings['threads']}",
            "--keep-alive=30",
            # A database-fallback search at N=100,000 can take longer than production's 30 s.
            "--timeout=120",
        ],
        env=env,
        log_name=name,
    )
    from bench.measure import HttpClient

    client = HttpClient("127.0.0.1", port)
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited; see {RESULTS / name}.log")
        try:
            # A page, not a search: a search on the database fallback can take minutes.
            client.get("/")
            return process
        except (OSError, RuntimeError):
            time.sleep(0.2)
    raise RuntimeError(f"{name} did not answer; see {RESULTS / name}.log")


def machine():
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory_kb / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
    }


# --- Measurements --------------------------------------------------------------


def http_search_work(port, mix):
    """[(kind, request)]: the mix's requests to the app, each query warmed once
    so the figures are steady state, not first use."""
    from bench.measure import HttpClient

    local = threading.local()

    def call(path):
        def request():
            if not hasattr(local, "client"):
                local.client = HttpClient("127.0.0.1", port)
            return local.client.get(path)

        return request

    warm = HttpClient("127.0.0.1", port)
    for _kind, path in mix:
        warm.get(path)
    return [(kind, call(path)) for kind, path in mix]


def repeated(work, requests_per_kind):
    return [item for _ in range(requests_per_kind) for item in work]


def measure_http_mix(port, mix, requests_per_kind, concurrency_levels):
    """Latency per kind and for the whole mix, at each concurrency level."""
    work = repeated(http_search_work(port, mix), requests_per_kind)
    return measure_levels(work, concurrency_levels)


def measure_levels(work, concurrency_levels):
    """Run the same work at each concurrency level: percentiles overall and by kind."""
    from bench.measure import run_concurrently

    results = {}
    for concurrency in concurrency_levels:
        latencies, seconds = run_concurrently(work, concurrency)
        results[str(concurrency)] = level_figures(latencies, seconds)
    return results


def level_figures(latencies, seconds):
    """Percentiles overall and by kind of {kind: [ms]} measured in `seconds`."""
    from bench.measure import percentiles

    every = [ms for samples in latencies.values() for ms in samples]
    return {
        "all": percentiles(every),
        "requests_per_second": round(len(every) / seconds, 1),
        "by_kind": {kind: percentiles(samples) for kind, samples in latencies.items()},
    }


def measure_in_turns(sources, requests_per_kind):
    """Concurrency 1 with the sources taking turns request by request:
    {source: {"1": figures}} for sources = {source: [(kind, request)]}, all
    with the same kinds in the same order.

    The app's p50 is divided by the node's for the same query, so both must
    see the same machine. Measured one after the other, a few seconds apart,
    the node's own time for the cheapest query moved by up to a millisecond
    between phases (garbage collection, segment merges), which alone moved the
    ratio by 0.2 either way.

    Within a turn, a source that asks a query right after another source asked
    the same one finds the node (and the processor's caches) warm for it: two
    copies of the same app, one asking before the node through the dsl and one
    right after it, differed by 0.2-0.4 ms on the cheap queries. So the order of
    the sources turns round from one round to the next, and each source asks
    first, cold, in an equal share of the rounds.
    """
    from bench.measure import run_concurrently

    names = list(sources)
    work = []
    for round_number in range(requests_per_kind):
        shift = round_number % len(names)
        order = names[shift:] + names[:shift]
        for requests in zip(*(sources[name] for name in order), strict=True):
            work += [
                ((name, kind), request)
                for name, (kind, request) in zip(order, requests, strict=True)
            ]
    latencies, _seconds = run_concurrently(work, 1)
    results = {}
    for source in sources:
        by_kind = {kind: samples for (of, kind), samples in latencies.items() if of == source}
        # One request at a time: the source's own time, not the turns of the others.
        seconds = sum(ms for samples in by_kind.values() for ms in samples) / 1000
        results[source] = {"1": level_figures(by_kind, seconds)}
    return results


def direct_search_work(mix_params, similar_id, via="dsl"):
    """[(kind, request)]: the app's searches, built by search/queries.py, sent
    straight to the node: the exact words first and, as the app does, the
    typo-tolerant search when they find nothing; similar cases as the same
    multi-search the API sends. Each is asked once here, so the figures are
    steady state, not first use.

    via="dsl": each request built and executed with the dsl (elasticsearch.dsl,
    the elasticsearch client's own), as the issue defines the comparison.
    via="raw": the bodies built once and sent with the low-level client, the
    bare round trip, which is a stricter yardstick than the issue's.
    """
    from django.conf import settings
    from django.http import QueryDict
    from elasticsearch.dsl import connections

    from search.engine import cases_per_shard
    from search.free_text import TYPO
    from search.params import SearchParams
    from search.queries import case_search, similar_to_indexed_case
    from search.views import MAX_SIMILAR

    client = connections.create_connection(
        alias="bench-direct",
        hosts=[settings.ELASTICSEARCH_URL],
        request_timeout=60,
        connections_per_node=64,
    )
    alias = settings.SEARCH_INDEX_ALIAS
    shard_cases = cases_per_shard()

    def found_nothing(answer):
        return not answer["hits"]["total"]["value"]

    def with_dsl(params):
        def request():
            answers = case_search(alias, params).using("bench-direct").execute()
            if params.q and found_nothing(answers[0]):
                answers = case_search(alias, params, step=TYPO).using("bench-direct").execute()
            return answers

        return request

    def raw(params):
        exact = case_search(alias, params).to_dict()
        fuzzy = case_search(alias, params, step=TYPO).to_dict()

        def request():
            answers = client.msearch(searches=exact)["responses"]
            if params.q and found_nothing(answers[0]):
                answers = client.msearch(searches=fuzzy)["responses"]
            return answers

        return request

    def similar():
        return similar_to_indexed_case(alias, similar_id, MAX_SIMILAR, shard_cases)

    def similar_with_dsl():
        return similar().using("bench-direct").execute()

    if via == "dsl":
        as_the_app_does, similar_request = with_dsl, similar_with_dsl
    else:
        as_the_app_does = raw
        similar_request = partial(client.msearch, searches=similar().to_dict())
    searches = [
        (kind, as_the_app_does(SearchParams.from_query(QueryDict(urlencode(query)))))
        for kind, query in mix_params
    ]
    searches.append((SIMILAR_KIND, similar_request))
    for _kind, request in searches:
        request()
    return searches


def ratios(app, direct):
    """App p50 ÷ direct p50 per level, per query kind and for the whole mix."""
    return {
        level: {
            kind: round(
                app[level]["by_kind"][kind]["p50"] / direct[level]["by_kind"][kind]["p50"], 2
            )
            for kind in app[level]["by_kind"]
        }
        | {"all": round(app[level]["all"]["p50"] / direct[level]["all"]["p50"], 2)}
        for level in app
    }


def measure_pages(port, case_paths, listing_paths, repeats):
    """Render time through gunicorn: cold = the first request for a URL, cached =
    the same URL again (the page cache, where there is one, now holds it)."""
    from bench.measure import HttpClient, percentiles, timed

    client = HttpClient("127.0.0.1", port)
    results = {}
    for name, paths in (("case_page", case_paths), ("listing_page", listing_paths)):
        cold = [timed(client.get, path)[1] for path in paths]
        client.get(paths[0])
        cached = [timed(client.get, paths[0])[1] for _ in range(repeats)]
        results[name] = {"cold": percentiles(cold), "cached": percentiles(cached)}
    return results


def wait_for_idle_worker(timeout=120):
    """Wait until the task queue is empty, so each round times one publish, as an
    editor makes it, not the tail of the round before: a publish also queues
    Wagtail's own tasks (its database search index, its reference index), which
    the worker runs after the search outbox, 0.6 s each on SQLite at 100,000."""
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    deadline = time.monotonic() + timeout
    # A task left RUNNING by a worker an earlier run stopped is not running.
    recently = timezone.now() - timedelta(seconds=timeout)
    running = DBTaskResult.objects.running().filter(started_at__gte=recently)
    while DBTaskResult.objects.ready().exists() or running.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"the task queue did not empty in {timeout} s")
        time.sleep(0.1)


def measure_publish_to_findable(port, rounds=5, timeout=30):
    """Publish a new case; poll /api/search/ until it is found. The outbox
    is drained by `manage.py db_worker` (database task backend)."""
    from bench.measure import HttpClient, percentiles
    from casestudies.models import CaseIndexPage, Kommune

    client = HttpClient("127.0.0.1", port)
    index = CaseIndexPage.objects.get()
    kommune = Kommune.objects.get(slug="aarhus")
    samples, pages = [], []
    try:
        _publish_rounds(client, index, kommune, rounds, timeout, samples, pages)
    finally:
        for page in pages:
            page.delete()
    return percentiles(samples)


def _publish_rounds(client, index, kommune, rounds, timeout, samples, pages):
    from django.db import transaction

    from casestudies.models import CaseStudyPage

    for _ in range(rounds):
        word = f"benchmaerke{uuid.uuid4().hex[:10]}"
        with transaction.atomic():
            page = CaseStudyPage(
                title=f"{PUBLISH_MARKER} {word}",
                omraade="skole",
                summary="En sag, som benchmarken udgiver og leder efter.",
                practice=f"<p>Praksis {word}.</p>",
                context="<p>Kontekst.</p>",
                key_advice="<p>Råd.</p>",
            )
            page.kommuner = [kommune]
            index.add_child(instance=page)
            pages.append(page)
            revision = page.save_revision()
        # The draft's own tasks (Wagtail's search and reference index of a new
        # page) ran before the publish in an editor's day; here they would be
        # running when the publish's outbox task arrives.
        wait_for_idle_worker()
        began = time.perf_counter()
        revision.publish()  # commits; the outbox task is queued on commit
        while True:
            body = json.loads(client.get(f"/api/search/?{urlencode({'q': word})}"))
            if body["count"]:
                break
            if time.perf_counter() - began > timeout:
                raise RuntimeError(f"case not findable after {timeout} s")
            time.sleep(0.02)
        samples.append((time.perf_counter() - began) * 1000)


# --- The run -------------------------------------------------------------------


def run(args):
    database_url = configure_environment(args)
    import django

    django.setup()
    from django.core.management import call_command

    from bench.loader import load_cases
    from bench.measure import child_pids, peak_rss_mb
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

    # Cases a stopped earlier run published for publish-to-findable.
    for page in CaseStudyPage.objects.filter(title__startswith=PUBLISH_MARKER):
        page.delete()
    existing = CaseStudyPage.objects.count()
    if existing == 0:
        seconds = load_cases(args.n)
        figures["load"] = {
            "seconds": round(seconds, 1),
            "cases_per_second": round(args.n / seconds),
        }
        print(f"loaded {args.n} cases in {seconds:.1f} s", flush=True)
        _, seconds = manage("update_index", "--backend", "database", "--chunk_size", "2000")
        figures["database_search_index_seconds"] = round(seconds, 1)
        print(f"database search index (fallback) built in {seconds:.1f} s", flush=True)
    elif existing != args.n:
        raise SystemExit(
            f"The bench database has {existing} cases, not {args.n}; delete it or use its N."
        )
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
        figures["database_search_index_seconds"] = earlier["database_search_index_seconds"]

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

    similar_id = (
        CaseStudyPage.objects.visible().order_by("pk").values_list("pk", flat=True)[args.n // 2]
    )
    mix = [(kind, f"/api/search/?{urlencode(query)}") for kind, query in SEARCH_MIX]
    mix.append((SIMILAR_KIND, f"/api/cases/{similar_id}/similar/"))

    port = args.port or free_port()
    fallback_port = args.port + 1 if args.port else free_port()
    web = start_gunicorn(args, port, name="gunicorn-search")
    fallback = start_gunicorn(
        args, fallback_port, env={"ELASTICSEARCH_URL": ""}, name="gunicorn-database"
    )
    worker = start_process(
        [PYTHON, "manage.py", "db_worker", "--interval=0.05", "--no-startup-delay"],
        log_name="db_worker",
    )
    try:
        figures["node_settle_seconds"] = wait_for_quiet_node(args.es_url)
        sources = {
            "search_http": http_search_work(port, mix),
            "search_direct": direct_search_work(SEARCH_MIX, similar_id, via="dsl"),
            "search_direct_raw": direct_search_work(SEARCH_MIX, similar_id, via="raw"),
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
    from bench.report import write_report

    write_report()


def wait_for_quiet_node(url, timeout=300):
    """Seconds spent waiting until the node has no merges running: right after a
    rebuild it merges the new index's segments in the background, which
    slowed whatever was measured first (make bench)."""
    from elasticsearch import Elasticsearch

    client = Elasticsearch(hosts=url.split(","), request_timeout=60)
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        stats = client.indices.stats(metric="merge")
        if stats["_all"]["total"]["merges"]["current"] == 0:
            break
        time.sleep(1)
    return round(time.perf_counter() - began, 1)


def search_software(url):
    """The search node's engine and version, and the client's, for the report.

    The version comes from the nodes info API: not every node answers GET /
    (ours has no rest-root module). The client talks only to Elasticsearch: it
    checks every answer's X-Elastic-Product header.
    """
    from elasticsearch import Elasticsearch, __versionstr__

    client = Elasticsearch(hosts=[url.split(",")[0]], request_timeout=60)
    nodes = client.nodes.info(filter_path="nodes.*.version")["nodes"].values()
    versions = ", ".join(sorted({node["version"] for node in nodes}))
    return {"engine": f"Elasticsearch {versions}", "client": f"elasticsearch-py {__versionstr__}"}


def node_peak_rss(url):
    """The largest VmHWM among the node JVMs on this URL's port, one per node
    (services/elasticsearch/start.sh writes a pid file per node)."""
    from bench.measure import peak_rss_mb

    port = url.split(",")[0].rsplit(":", 1)[-1].strip("/")
    var = REPO / "services" / "elasticsearch" / "var"
    peaks = [
        peak_rss_mb(int(pid_file.read_text().strip()))
        for pid_file in var.glob(f"port-{port}-nodes-*/node-*/pid")
        if pid_file.read_text().strip()
    ]
    peaks = [peak for peak in peaks if peak]
    return max(peaks) if peaks else None


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.report_only:
        from bench.report import write_report

        write_report()
        return
    if not args.es_url:
        raise SystemExit("Set ELASTICSEARCH_URL or --es-url (make bench starts the node).")
    run(args)
