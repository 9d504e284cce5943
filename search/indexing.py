"""Rebuilding the case index: a new versioned index filled in bulk, then the
alias moved to it. Day-to-day changes reach the index through the outbox
(search/outbox.py); the index's definition and creation live in search/documents.py.

The alias pattern follows elasticsearch-dsl's examples/alias_migration.py:
a rebuild fills a new index while search keeps reading the old one through
the alias, then the alias moves in one atomic request.
"""

import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.utils import timezone
from elasticsearch import helpers

from search.connection import get_client, index_alias
from search.documents import (
    create_index,
    document_actions,
    indexable_cases,
    indices_behind_alias,
    new_index_name,
)
from search.outbox import enqueue_pages_changed_since

BULK_CHUNK_SIZE = 500
BULK_REQUESTS_IN_FLIGHT = 2


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
