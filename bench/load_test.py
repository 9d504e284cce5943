"""The load test: 32 concurrent clients for 60 seconds against gunicorn on loopback.

wrk (Debian's package) sends a fixed mix of search pages, search API calls, case
pages and the RSS feed to gunicorn serving the bench database of `make bench`
(run that first for the same N). It reports throughput, latency percentiles and
every error (non-2xx answers and socket errors), and writes them into
BENCHMARKS.md (through bench/report.py) and bench/load.json.

    python -m bench.load_test --n 1000 [--connections 32] [--seconds 60]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from urllib.parse import quote

import django

from bench import RESULTS
from bench.processes import (
    configure_environment,
    free_port,
    gunicorn_settings,
    machine,
    start_gunicorn,
    stop_process,
)
from bench.report import LOAD_JSON, write_load_section

SEARCH_PATHS = [
    "/soeg/?q=" + quote("læringsfællesskaber"),
    "/soeg/?q=" + quote("trivsel") + "&omraade=skole&region=midtjylland",
    "/api/search/?q=" + quote("aktionslæring"),
    "/api/search/?omraade=dagtilbud&maalgruppe=paedagoger",
    "/api/search/?q=" + quote("aktionslærring"),
]
FEED_PATH = "/feeds/praksiseksempler.rss"
CASE_PAGES = 20

# wrk calls request() for every request; done() prints the figures as JSON lines.
LUA = """
local paths = {%(paths)s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "seconds": %%.3f, "non_2xx": %%d, "connect": %%d, "read": %%d, "write": %%d, "timeout": %%d, "p50_ms": %%.1f, "p95_ms": %%.1f, "p99_ms": %%.1f, "max_ms": %%.1f}\\n',
    summary.requests, summary.duration / 1e6, errors.status, errors.connect, errors.read,
    errors.write, errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.load_test", description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--es-url", default=os.environ.get("ELASTICSEARCH_URL"))
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--worker-class", default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--database-url", default=None)
    return parser.parse_args(argv)


def run(args):
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit("wrk is needed: apt-get install wrk (Debian's package).")
    configure_environment(args)
    django.setup()
    # The model can only be imported once Django is set up on the bench database.
    from casestudies.models import CaseStudyPage

    if not CaseStudyPage.objects.exists():
        raise SystemExit(f"No bench database for N={args.n}: run `make bench` first.")
    newest = CaseStudyPage.objects.visible().order_by("-first_published_at")[:CASE_PAGES]
    paths = SEARCH_PATHS + [page.url for page in newest] + [FEED_PATH]
    script = RESULTS / "load_mix.lua"
    script.write_text(LUA % {"paths": ", ".join(json.dumps(path) for path in paths)})

    port = free_port()
    server = start_gunicorn(args, port, name="gunicorn-load")
    try:
        completed = subprocess.run(  # noqa: S603 - fixed argv
            [
                wrk,
                f"--threads={min(args.connections, 2)}",
                f"--connections={args.connections}",
                f"--duration={args.seconds}s",
                "--timeout=10s",
                f"--script={script}",
                f"http://127.0.0.1:{port}",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        stop_process(server)
    result = json.loads(re.search(r"^RESULT (.*)$", completed.stdout, re.M).group(1))
    result["errors"] = sum(
        result[key] for key in ("non_2xx", "connect", "read", "write", "timeout")
    )
    result["requests_per_second"] = round(result["requests"] / result["seconds"], 1)
    figures = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "n": args.n,
        "machine": machine(),
        "connections": args.connections,
        "seconds": args.seconds,
        "gunicorn": gunicorn_settings(args),
        "mix": {
            "search": len(SEARCH_PATHS),
            "case pages": len(paths) - len(SEARCH_PATHS) - 1,
            "feed": 1,
        },
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "result": result,
    }
    LOAD_JSON.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(figures["result"], indent=2))
    write_load_section(figures)
    return figures


if __name__ == "__main__":
    run(parse_args(sys.argv[1:]))
