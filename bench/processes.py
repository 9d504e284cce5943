"""The processes a benchmark run starts and asks: gunicorn, the task worker,
manage.py commands, the search node; free ports and the machine's facts.

Used by the benchmark (bench/run.py) and the load test (bench/load_test.py),
which serve the same bench database with the same gunicorn settings.
"""

import os
import platform
import runpy
import socket
import subprocess
import sys
import time
from pathlib import Path

from elasticsearch import Elasticsearch, __versionstr__

from bench import REPO, RESULTS
from bench.measure import HttpClient, peak_rss_mb
from search.connection import node_urls

GUNICORN_CONFIG = REPO / "praksisbank" / "gunicorn.conf.py"
PYTHON = sys.executable
BIN = Path(sys.executable).parent


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
    """Run a manage.py command in a process of its own: (completed, wall seconds)."""
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
    # Not a with-block: the log stays open as long as the process, and
    # stop_process() closes it.
    log = open(RESULTS / f"{log_name}.log", "w")
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


def start_task_worker():
    """`manage.py db_worker` polling every 50 ms: it drains the search outbox."""
    return start_process(
        [PYTHON, "manage.py", "db_worker", "--interval=0.05", "--no-startup-delay"],
        log_name="db_worker",
    )


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


def wait_for_quiet_node(url, timeout=300):
    """Seconds spent waiting until the node has no merges running: right after a
    rebuild it merges the new index's segments in the background, which
    slowed whatever was measured first (make bench)."""
    client = Elasticsearch(hosts=node_urls(url), request_timeout=60)
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
    client = Elasticsearch(hosts=node_urls(url)[:1], request_timeout=60)
    nodes = client.nodes.info(filter_path="nodes.*.version")["nodes"].values()
    versions = ", ".join(sorted({node["version"] for node in nodes}))
    return {"engine": f"Elasticsearch {versions}", "client": f"elasticsearch-py {__versionstr__}"}


def node_peak_rss(url):
    """The largest VmHWM among the node JVMs on this URL's port, one per node
    (services/elasticsearch/start.sh writes a pid file per node)."""
    port = node_urls(url)[0].rsplit(":", 1)[-1].strip("/")
    var = REPO / "services" / "elasticsearch" / "var"
    peaks = [
        peak_rss_mb(int(pid_file.read_text().strip()))
        for pid_file in var.glob(f"port-{port}-nodes-*/node-*/pid")
        if pid_file.read_text().strip()
    ]
    peaks = [peak for peak in peaks if peak]
    return max(peaks) if peaks else None
