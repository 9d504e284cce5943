"""Two saves at once on SQLite wait for each other instead of one failing.

Wagtail 8 autosaves the edit form while the editor saves it too: two write
transactions that each read first. With SQLite's default (deferred)
transactions they deadlock and one fails at once with "database is locked";
with the project's SQLite options (praksisbank/settings/base.py,
SQLITE_OPTIONS) the second waits for the first. Checked on a database file of
its own, so the test means the same whichever database the suite runs on.
"""

import threading

import pytest
from django.conf import settings
from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

# pytest-django lets a test open connections only with this mark, even to a file of its own.
pytestmark = pytest.mark.django_db

ALIAS = "sqlite-transactions-test"


def sqlite_connection(path, options):
    return DatabaseWrapper(
        {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(path),
            "OPTIONS": options,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "TIME_ZONE": None,
            "USER": "",
            "PASSWORD": "",
            "HOST": "",
            "PORT": "",
            "TEST": {},
        },
        alias=ALIAS,
    )


def two_saves_at_once(path, options):
    """Two transactions that read, meet, then write; the errors they met."""
    setup = sqlite_connection(path, {})
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE tag (name TEXT UNIQUE)")
    setup.close()

    # When the first transaction holds the write lock from its start, the
    # second cannot reach the meeting point before the first is done.
    both_have_read = threading.Barrier(2, timeout=2)
    errors = []

    def save(name):
        # Django's own atomic(), on a connection of this thread's own.
        connections[ALIAS] = sqlite_connection(path, options)
        try:
            with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
                cursor.execute("SELECT count(*) FROM tag")
                try:
                    both_have_read.wait()
                except threading.BrokenBarrierError:
                    pass
                cursor.execute("INSERT INTO tag VALUES (%s)", [name])
        except OperationalError as error:
            errors.append(str(error))
        finally:
            connections[ALIAS].close()
            del connections[ALIAS]

    threads = [threading.Thread(target=save, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.parametrize("run", range(3))
def test_two_saves_at_once_both_succeed_with_the_project_options(tmp_path, run):
    assert settings.SQLITE_OPTIONS["transaction_mode"] == "IMMEDIATE"
    assert two_saves_at_once(tmp_path / "db.sqlite3", settings.SQLITE_OPTIONS) == []


def test_deferred_transactions_deadlock_so_the_options_matter(tmp_path):
    errors = two_saves_at_once(tmp_path / "db.sqlite3", {"timeout": 1})
    assert errors == ["database is locked"]
