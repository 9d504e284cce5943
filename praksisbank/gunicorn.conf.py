"""gunicorn's settings, for production and for the benchmark:
`gunicorn -c praksisbank/gunicorn.conf.py`.

gthread workers, one process per core (WEB_CONCURRENCY overrides) with
4 threads each (GUNICORN_THREADS overrides), behind a buffering proxy such as
nginx, as gunicorn's deployment guide advises. A search request spends most of
its time waiting for the search node, so threads overlap those waits, and few
processes keep each one's code and data warm in the CPU caches. Against
gunicorn's classic 2 × cores + 1 sync workers on the 2-core bench machine, at
100,000 cases (three alternating rounds, make bench's query mix): 0.5-1 ms
less per search at concurrency 1, 5-15 % more searches per second at
concurrency 8, the same p95 at concurrency 8.
https://docs.gunicorn.org/en/stable/design.html#how-many-workers
"""

import multiprocessing
import os

wsgi_app = "praksisbank.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = 30
