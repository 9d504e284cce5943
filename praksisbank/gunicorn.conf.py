"""gunicorn's settings, for production and for the benchmark:
`gunicorn -c praksisbank/gunicorn.conf.py`.

Sync workers, gunicorn's recommended 2 × cores + 1 of them (WEB_CONCURRENCY
overrides), behind a buffering proxy such as nginx, as gunicorn's deployment
guide advises. A request holds its worker while it waits a few milliseconds
for the search node or the database; gthread workers' hand-off between
threads added about 1 ms to every search at concurrency 1 (make bench).
https://docs.gunicorn.org/en/stable/design.html#how-many-workers
"""

import multiprocessing
import os

wsgi_app = "praksisbank.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 30
