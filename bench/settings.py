"""Settings of the benchmark's web server, worker and commands.

Production settings (DEBUG off, the same middleware and templates), with what a
loopback benchmark needs: no TLS redirect, static files from the source folders
(no collectstatic), and a database and index alias of its own (set by the
bench runner through DATABASE_URL and SEARCH_INDEX_ALIAS).
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from praksisbank.settings.production import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405

# SQLite with a web server, a task worker and the bench writing at once: WAL lets
# readers go on during a write, and IMMEDIATE transactions wait for the write
# lock (up to the timeout) instead of failing with "database is locked" when a
# read turns into a write. https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-transaction-behavior
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["OPTIONS"] = {  # noqa: F405
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

# The bench is one client on loopback sending thousands of searches a minute on
# purpose; the per-address limits would answer 429 and measure nothing.
RATELIMIT_ENABLE = False
