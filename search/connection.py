"""The one place that knows how to reach the search node.

The node is Elasticsearch 9 started from Maven Central (services/elasticsearch/);
ELASTICSEARCH_URL points at it. Without a URL, search uses the database. A
secured cluster (Elastic Cloud, or any https node with security on) is reached
with the credentials of ELASTICSEARCH_CLIENT_OPTIONS (praksisbank/settings/base.py).
"""

from django.conf import settings
from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import connections
from elasticsearch.dsl.serializer import AttrJSONSerializer
from elasticsearch.serializer import OrjsonSerializer

# Errors that mean "the node is not answering properly": fall back, keep the outbox.
# TransportError covers the connection-level ones (ConnectionError,
# ConnectionTimeout, an unreadable answer); ApiError every answer with an error
# status, 5xx included (a 404 for a missing alias is handled where expected).
UNAVAILABLE_ERRORS = (TransportError, ApiError)

REQUEST_TIMEOUT_SECONDS = 5
# Connections kept open per node. urllib3 keeps one by default, so a gunicorn
# worker's threads searching at once (and the rebuild's parallel bulk requests)
# opened a fresh connection per request and threw it away afterwards.
CONNECTIONS_PER_NODE = 16
# Retries of a request that failed on a node: on another node of a cluster, or
# the same one again. The client keeps these per request, not on its transport,
# so search/engine.py reads them here to retry a multi-search's inner failures.
MAX_RETRIES = 2
# elastic-transport's own default, spelled out for that reason.
RETRY_ON_STATUS = (429, 502, 503, 504)


class DslOrjsonSerializer(AttrJSONSerializer, OrjsonSerializer):
    """The client's own orjson serializer, knowing the dsl's objects as the
    dsl's default serializer (AttrJSONSerializer) does.

    In a profile of a facets-only search at 100,000 cases (cProfile), the
    standard library's decoder was the largest single cost of reading the
    node's answer; orjson decodes the same answer several times faster.
    The client uses it for the compatibility media type
    (application/vnd.elasticsearch+json) as well.
    https://elasticsearch-py.readthedocs.io/en/stable/api/serializers.html
    """


def search_enabled():
    return bool(settings.ELASTICSEARCH_URL)


def node_urls(url):
    """The node addresses in ELASTICSEARCH_URL, which may list several nodes
    of a cluster, comma-separated."""
    return [host.strip() for host in url.split(",") if host.strip()]


def configure(url=None):
    """Create (or replace) the default client; it connects lazily on first use.

    ELASTICSEARCH_URL may list several nodes of a cluster, comma-separated; the
    client spreads requests over them and retries on another node when one fails.
    """
    url = url or settings.ELASTICSEARCH_URL
    if not url:
        return None
    return connections.create_connection(
        alias="default",
        hosts=node_urls(url),
        request_timeout=REQUEST_TIMEOUT_SECONDS,
        max_retries=MAX_RETRIES,
        retry_on_status=RETRY_ON_STATUS,
        retry_on_timeout=False,
        connections_per_node=CONNECTIONS_PER_NODE,
        serializer=DslOrjsonSerializer(),
        **settings.ELASTICSEARCH_CLIENT_OPTIONS,
    )


def get_client():
    return connections.get_connection("default")


def index_alias():
    """The alias that every read and write goes through (see rebuild_case_index)."""
    return settings.SEARCH_INDEX_ALIAS
