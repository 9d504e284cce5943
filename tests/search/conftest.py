"""Fixtures for the search tests, which run against the real search node.

`make test` starts the node and sets ELASTICSEARCH_URL; without it these tests
fail (never skip), because search is what the product is for.
"""

import os
import uuid

import pytest

from search import connection
from search.indexing import ensure_index


@pytest.fixture
def search_node_url():
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.fail("ELASTICSEARCH_URL is not set: run the suite with `make test`.")
    return url


@pytest.fixture
def search_index(db, settings, search_node_url):
    """A fresh, empty case index behind its own alias, removed afterwards."""
    settings.ELASTICSEARCH_URL = search_node_url
    settings.SEARCH_INDEX_ALIAS = f"test-cases-{uuid.uuid4().hex[:10]}"
    client = connection.configure(search_node_url)
    ensure_index()
    yield settings.SEARCH_INDEX_ALIAS
    connection.configure(search_node_url)
    client.indices.delete(index=f"{settings.SEARCH_INDEX_ALIAS}-*", ignore_unavailable=True)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run an action as if its transaction committed, so the outbox task runs
    (the test's own transaction never commits)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def indexed_case(search_index, committed):
    """Create and publish a case through the normal signals and outbox."""
    from tests.factories import CaseStudyPageFactory

    def create(**kwargs):
        return committed(CaseStudyPageFactory, **kwargs)

    return create
