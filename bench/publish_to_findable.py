"""Publish-to-findable: how long after an editor publishes a case the public
search finds it, with the outbox drained by `manage.py db_worker`.

Imported by bench/run.py once Django is set up (it uses the models).
"""

import json
import time
import uuid
from datetime import timedelta
from urllib.parse import urlencode

from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from bench.measure import HttpClient, percentiles
from casestudies.models import CaseIndexPage, CaseStudyPage, Kommune

# Titles of the cases this measure publishes; a run removes any a stopped run left.
PUBLISH_MARKER = "Målepunkt"


def wait_for_idle_worker(timeout=120):
    """Wait until the task queue is empty, so each round times one publish, as an
    editor makes it, not the tail of the round before: a publish also queues
    Wagtail's own tasks (its database search index, its reference index), which
    the worker runs after the search outbox, 0.6 s each on SQLite at 100,000."""
    deadline = time.monotonic() + timeout
    # A task left RUNNING by a worker an earlier run stopped is not running.
    recently = timezone.now() - timedelta(seconds=timeout)
    running = DBTaskResult.objects.running().filter(started_at__gte=recently)
    while DBTaskResult.objects.ready().exists() or running.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"the task queue did not empty in {timeout} s")
        time.sleep(0.1)


def remove_earlier_measure_cases():
    """Cases a stopped earlier run published for this measure."""
    for page in CaseStudyPage.objects.filter(title__startswith=PUBLISH_MARKER):
        page.delete()


def measure_publish_to_findable(port, rounds=5, timeout=30):
    """Publish a new case; poll /api/search/ until it is found. The outbox
    is drained by `manage.py db_worker` (database task backend)."""
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
