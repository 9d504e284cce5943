"""gunicorn's settings, for production and for the benchmark:
`gunicorn -c praksisbank/gunicorn.conf.py`.

Sync workers, gunicorn's recommended 2 × cores + 1 of them (WEB_CONCURRENCY
overrides), behind a buffering proxy such as nginx, as gunicorn's deployment
guide advises. A sync worker accepts a request only when it is free, so under
load requests go to whichever worker is idle. gthread workers (one process per
core, 4 threads) were measured against them on the 2-core bench machine: 0.5-1 ms
less per search at concurrency 1, but with 32 clients each process took more
connections than its threads could serve while the other waited, and p95 went
222 -> 343 ms, p99 270 -> 496 ms for the same throughput (wrk, bench.load_test's mix,
new connection per request as behind nginx).
https://docs.gunicorn.org/en/stable/design.html#how-many-workers
"""

import gc
import multiprocessing
import os

wsgi_app = "praksisbank.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
threads = 1
timeout = 30

# Python's cyclic garbage collector, tuned for a web worker. After start-up the
# objects of Django, Wagtail and the loaded code live as long as the worker,
# yet every full collection walked all of them again: about 180,000 objects,
# 90 ms on the bench machine, once in every couple of thousand searches, which
# that one request waited for. gc.freeze() takes them out of the collector's
# sight (a full collection then takes well under a millisecond). A search
# makes a few thousand short-lived objects, almost all freed by reference
# counting, so the youngest generation is collected every 20,000 allocations
# instead of 700 (33 collections in 2,000 searches instead of 1,000). The
# median search barely moves (0-0.1 ms, python -m bench at 100,000); this is
# about the slow tail.
# https://docs.python.org/3/library/gc.html#gc.freeze
YOUNG_GENERATION_THRESHOLD = 20_000


def post_worker_init(worker):
    gc.freeze()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD)
