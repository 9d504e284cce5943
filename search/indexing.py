"""Writing to the case index: versioned indices behind an alias, bulk loads,
and the outbox that keeps the index equal to the database.

The alias pattern follows elasticsearch-dsl's examples/alias_migration.py:
a rebuild fills a new index while search keeps reading the old one through
the alias, then the alias moves in one atomic request.
"""

import logging
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from elasticsearch import NotFoundError, helpers

from search.connection import UNAVAILABLE_ERRORS, get_client, index_alias, search_enabled
from search.documents import index_body
from search.documents_from_pages import case_document, indexable_cases
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)

BULK_CHUNK_SIZE = 500
BULK_REQUESTS_IN_FLIGHT = 2


def new_index_name():
    return f"{index_alias()}-{time.time_ns() // 1_000_000}"


def indices_behind_alias(client):
    try:
        return sorted(client.indices.get_alias(name=index_alias()).keys())
    except NotFoundError:
        return []


def create_index(client, name, shards=1, replicas=0):
    client.indices.create(index=name, **index_body(shards, replicas))
    client.cluster.health(index=name, wait_for_status="yellow")


def document_actions(index_name, pages):
    for page in pages:
        yield {
            "_op_type": "index",
            "_index": index_name,
            "_id": str(page.pk),
            "_source": case_document(page),
        }


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _send_chunk(client, chunk):
    indexed, _errors = helpers.bulk(client, chunk, chunk_size=len(chunk), raise_on_error=True)
    return indexed


def bulk_load(client, actions, chunk_size=BULK_CHUNK_SIZE, progress=None):
    """Index `actions` in bulk requests, building the next chunk while the node
    indexes the previous ones; returns how many documents were indexed.

    Documents are built in this thread (it owns the database connection); up to
    BULK_REQUESTS_IN_FLIGHT requests are sent from worker threads, so the node's
    write threads run in parallel with each other and with Python. One request
    at a time left the node idle while Python built documents, and one shard
    indexes a request on a single thread.
    """
    count = 0
    in_flight = deque()
    with ThreadPoolExecutor(max_workers=BULK_REQUESTS_IN_FLIGHT) as pool:

        def finish_oldest():
            indexed = in_flight.popleft().result()
            if progress:
                progress(indexed)
            return indexed

        for chunk in _chunks(actions, chunk_size):
            if len(in_flight) >= BULK_REQUESTS_IN_FLIGHT:
                count += finish_oldest()
            in_flight.append(pool.submit(_send_chunk, client, chunk))
        while in_flight:
            count += finish_oldest()
    return count


@dataclass
class RebuildResult:
    index: str
    documents: int
    seconds: float
    removed_indices: list


def rebuild_index(progress=None, shards=1, replicas=0, chunk_size=BULK_CHUNK_SIZE):
    """Fill a new versioned index with every visible case, then point the alias at it.

    Updates that arrive during the rebuild go to the old index through the alias;
    after the swap the pages changed since the start are written again, so none
    is lost.
    """
    client = get_client()
    started = timezone.now()
    began = time.perf_counter()
    name = new_index_name()
    create_index(client, name, shards, replicas)
    # While loading: no refreshes (one at the end is much faster) and no fsync
    # per bulk request; a crash mid-rebuild only loses the new index, which is
    # not behind the alias yet. See Elasticsearch's "Tune for indexing speed":
    # https://www.elastic.co/docs/deploy-manage/production-guidance/optimize-performance/indexing-speed
    client.indices.put_settings(
        index=name,
        settings={"index": {"refresh_interval": "-1", "translog.durability": "async"}},
    )
    pages = indexable_cases().iterator(chunk_size=chunk_size)
    count = bulk_load(client, document_actions(name, pages), chunk_size, progress)
    client.indices.put_settings(
        index=name,
        settings={"index": {"refresh_interval": "1s", "translog.durability": "request"}},
    )
    client.indices.refresh(index=name)

    old = indices_behind_alias(client)
    actions = [{"remove": {"index": index, "alias": index_alias()}} for index in old]
    actions.append({"add": {"index": name, "alias": index_alias()}})
    # A concrete index named like the alias (never made by us) would block it.
    client.indices.update_aliases(actions=actions)
    for index in old:
        client.indices.delete(index=index, ignore_unavailable=True)
    enqueue_pages_changed_since(started)
    return RebuildResult(name, count, time.perf_counter() - began, old)


def ensure_index():
    """Create the first index and alias if there is none (a fresh node)."""
    client = get_client()
    if indices_behind_alias(client):
        return False
    name = new_index_name()
    create_index(client, name)
    client.indices.put_alias(index=name, name=index_alias())
    return True


# --- The outbox -------------------------------------------------------------


def enqueue(page_ids):
    """Record that these pages' index entries must be brought up to date.

    Written in the caller's transaction, so the record exists exactly when the
    change does; the worker is asked to run once that transaction commits.
    """
    page_ids = {int(pk) for pk in page_ids if pk}
    if not page_ids or not search_enabled():
        return
    PendingIndexUpdate.objects.bulk_create(PendingIndexUpdate(page_id=pk) for pk in page_ids)
    from search.tasks import process_search_outbox

    transaction.on_commit(process_search_outbox.enqueue)


def enqueue_pages_changed_since(moment):
    from casestudies.models import CaseStudyPage

    enqueue(
        CaseStudyPage.objects.filter(latest_revision_created_at__gte=moment).values_list(
            "pk", flat=True
        )
    )


def apply_updates(client, page_ids):
    """Make the index entries of these pages equal to the database."""
    visible = {page.pk: page for page in indexable_cases().filter(pk__in=page_ids)}
    actions = list(document_actions(index_alias(), visible.values()))
    actions += [
        {"_op_type": "delete", "_index": index_alias(), "_id": str(pk)}
        for pk in page_ids
        if pk not in visible
    ]
    # require_alias: never let a write auto-create a plain index named like the alias.
    _, errors = helpers.bulk(
        client, actions, raise_on_error=False, refresh=True, require_alias=True
    )
    # Deleting what is not in the index is fine: the goal state is reached.
    real_errors = [e for e in errors if e.get("delete", {}).get("status") != 404]
    if real_errors:
        raise RuntimeError(f"Indeksering fejlede: {real_errors[:3]}")


def drain_outbox(batch_size=200):
    """Process pending updates until none is left; returns how many rows were done.

    Rows are deleted only after their update succeeded, so a worker killed
    mid-batch leaves them for the next run (at-least-once, and the update is
    idempotent, so no duplicates and no gaps). On failure every waiting row
    records the attempt and the error, for case_index_status to show.
    """
    done = 0
    try:
        if PendingIndexUpdate.objects.exists():
            ensure_index()
        client = get_client()
        while batch := list(PendingIndexUpdate.objects.order_by("pk")[:batch_size]):
            row_ids = [row.pk for row in batch]
            apply_updates(client, sorted({row.page_id for row in batch}))
            PendingIndexUpdate.objects.filter(pk__in=row_ids).delete()
            done += len(row_ids)
    except (*UNAVAILABLE_ERRORS, RuntimeError) as error:
        PendingIndexUpdate.objects.update(attempts=F("attempts") + 1, last_error=str(error)[:2000])
        raise
    return done
