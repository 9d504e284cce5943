"""The one place that knows how to reach the search node.

The node is OpenSearch 3 started from Maven Central (services/elasticsearch/);
ELASTICSEARCH_URL points at it. Without a URL, search uses the database.
"""

from django.conf import settings
from opensearchpy import connections
from opensearchpy.exceptions import ConnectionError as SearchConnectionError
from opensearchpy.exceptions import ConnectionTimeout, TransportError

# Errors that mean "the node is not answering properly": fall back, keep the outbox.
UNAVAILABLE_ERRORS = (SearchConnectionError, ConnectionTimeout, TransportError)

REQUEST_TIMEOUT_SECONDS = 5
# Connections kept open per node. urllib3 keeps one by default, so a gunicorn
# worker's threads searching at once (and the rebuild's parallel bulk requests)
# opened a fresh connection per request and threw it away afterwards.
CONNECTIONS_PER_NODE = 16


def search_enabled():
    return bool(settings.ELASTICSEARCH_URL)


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
        hosts=[host.strip() for host in url.split(",") if host.strip()],
        timeout=REQUEST_TIMEOUT_SECONDS,
        max_retries=2,
        retry_on_timeout=False,
        pool_maxsize=CONNECTIONS_PER_NODE,
    )


def get_client():
    return connections.get_connection("default")


def index_alias():
    """The alias that every read and write goes through (see rebuild_case_index)."""
    return settings.SEARCH_INDEX_ALIAS
