"""The outbox worker killed in the middle of a batch finishes on restart,
without duplicates or gaps. The worker is a real process killed with SIGKILL,
working on a database of its own (a file, so both processes see it)."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from elasticsearch import Elasticsearch

from tests.index_cleanup import delete_indices_matching

ROOT = Path(__file__).resolve().parents[2]
CASES = 30
ROWS_PER_CASE = 60  # many rows a page, so the drain takes long enough to be interrupted

SETUP_SCRIPT = f"""
from casestudies.models import CaseStudyPage
from search.models import PendingIndexUpdate
from tests.factories import CaseStudyPageFactory
for number in range({CASES}):
    CaseStudyPageFactory(title=f"Forløb {{number}} i arbejderens database")
rows = [
    PendingIndexUpdate(page_id=pk)
    for pk in CaseStudyPage.objects.live().values_list("pk", flat=True)
    for _ in range({ROWS_PER_CASE})
]
PendingIndexUpdate.objects.all().delete()
PendingIndexUpdate.objects.bulk_create(rows)
"""

COUNT_SCRIPT = (
    "from search.models import PendingIndexUpdate; print(PendingIndexUpdate.objects.count())"
)


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        **kwargs,
    )


def pending(env):
    return int(manage(env, "shell", "--no-imports", "-c", COUNT_SCRIPT).stdout.strip())


def test_worker_killed_mid_batch_finishes_without_duplicates_or_gaps(tmp_path, search_node_url):
    alias = f"test-worker-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "praksisbank.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'worker.sqlite3'}",
        "SEARCH_INDEX_ALIAS": alias,
        # While the pages are made, no node answers: every update waits in the outbox.
        "ELASTICSEARCH_URL": "http://127.0.0.1:9",
    }
    manage(env, "migrate", "--noinput")
    manage(env, "shell", "--no-imports", "-c", SETUP_SCRIPT)
    total_rows = CASES * ROWS_PER_CASE
    assert pending(env) == total_rows

    env["ELASTICSEARCH_URL"] = search_node_url
    command = [sys.executable, "manage.py", "process_search_outbox", "--batch-size", "10"]
    worker = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 120
        while pending(env) == total_rows and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    left = pending(env)
    assert 0 < left < total_rows, f"the worker was not caught mid-drain ({left} rows left)"

    manage(env, "process_search_outbox", "--batch-size", "10")
    assert pending(env) == 0

    client = Elasticsearch(search_node_url)
    try:
        client.indices.refresh(index=alias)
        hits = client.search(index=alias, size=1000, source=["title"])["hits"]
        titles = sorted(hit["_source"]["title"] for hit in hits["hits"])
        assert hits["total"]["value"] == CASES
        assert titles == sorted(f"Forløb {n} i arbejderens database" for n in range(CASES))
    finally:
        delete_indices_matching(client, f"{alias}-*")
