"""Rebuilding the case index: a new versioned index filled in bulk, then the
alias moved to it. Day-to-day changes reach the index through the outbox
(search/outbox.py); the index's definition and creation live in search/documents.py.

The alias pattern follows elasticsearch-dsl's examples/alias_migration.py:
a rebuild fills a new index while search keeps reading the old one through
the alias, then the alias moves in one atomic request.
"""

import logging
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass

from django.utils import timezone
from elasticsearch import helpers

from search.connection import UNAVAILABLE_ERRORS, get_client, index_alias
from search.documents import (
    create_index,
    document_actions,
    indexable_cases,
    indices_behind_alias,
    new_index_name,
)
from search.outbox import enqueue_pages_changed_since

logger = logging.getLogger(__name__)

BULK_CHUNK_SIZE = 500
BULK_REQUESTS_IN_FLIGHT = 2
# Copying a few hundred MB to another node takes seconds on a local network.
COPIES_TIMEOUT_SECONDS = 600


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


def wait_for_copies(client, name, replicas):
    """Wait until every copy of the new index is ready, so the alias never moves
    to an index that survives fewer lost nodes than asked for.

    A node holds at most one copy of a shard, so with fewer nodes than copies
    some replicas can never be placed: that is logged at once instead of
    waited for, and the rebuild goes on, as it does when the wait times out.
    The primaries answer every search either way.
    """
    nodes = client.cluster.health()["number_of_data_nodes"]
    if nodes <= replicas:
        logger.warning(
            "Index %s asks for %s replicas, but the cluster has %s data nodes: "
            "some copies stay unassigned",
            name,
            replicas,
            nodes,
        )
        return
    health = client.options(request_timeout=COPIES_TIMEOUT_SECONDS + 30).cluster.health(
        index=name, wait_for_status="green", timeout=f"{COPIES_TIMEOUT_SECONDS}s"
    )
    if health["timed_out"]:
        logger.warning(
            "Index %s has %s unassigned shard copies after %s s; moving the alias anyway",
            name,
            health["unassigned_shards"],
            COPIES_TIMEOUT_SECONDS,
        )


@dataclass
class RebuildResult:
    index: str
    documents: int
    seconds: float
    removed_indices: list


def _load(client, name, replicas, chunk_size, progress):
    """Fill the new index `name` with every visible case, then make it searchable
    with its copies; returns how many documents were indexed."""
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
    # Commit everything loaded to the shard's files, so the copies below are
    # made by copying those files. A new copy takes the shard's newest *safe*
    # commit (one at or below the global checkpoint the shard had persisted
    # when it was made) and re-indexes every operation after it from the
    # translog. After a load with an async translog that checkpoint lags: the
    # load's own flush is not safe yet, the second one is (forced, as nothing
    # new came in between). Each new copy re-indexed 47,500 of 100,000 cases
    # with no flush, 29,000 with one and none with two, and the copies took
    # 39, 25 and 18 s (make bench's cases, 3 nodes, 2 replicas).
    # https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-flush
    client.indices.flush(index=name)
    client.indices.flush(index=name, force=True)
    if replicas:
        # The copies are made now, from the finished shards: copying each bulk
        # request to every replica as it arrived made the nodes of a 3-node
        # cluster index everything three times over (two replicas) until a bulk
        # request outlasted the client's timeout (make bench at 100,000 on the
        # 2-core bench machine). The indexing-speed page above advises it for
        # initial loads too.
        client.indices.put_settings(
            index=name, settings={"index": {"number_of_replicas": replicas}}
        )
        wait_for_copies(client, name, replicas)
    return count


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
    create_index(client, name, shards, replicas=0)  # the copies come after the load
    try:
        count = _load(client, name, replicas, chunk_size, progress)
    except BaseException:
        # Search goes on reading the old index; a half-filled new one would only
        # take disk and memory until someone noticed it. The load's own error is
        # the one to report, even when the node cannot delete it either.
        with suppress(*UNAVAILABLE_ERRORS):
            client.indices.delete(index=name, ignore_unavailable=True)
        raise

    old = indices_behind_alias(client)
    actions = [{"remove": {"index": index, "alias": index_alias()}} for index in old]
    actions.append({"add": {"index": name, "alias": index_alias()}})
    # A concrete index named like the alias (never made by us) would block it.
    client.indices.update_aliases(actions=actions)
    for index in old:
        client.indices.delete(index=index, ignore_unavailable=True)
    enqueue_pages_changed_since(started)
    return RebuildResult(name, count, time.perf_counter() - began, old)
