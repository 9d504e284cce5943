"""Fixtures for the search tests, which run against the real search node.

`make test` starts the node and sets ELASTICSEARCH_URL; without it these tests
fail (never skip), because search is what the product is for. `search_index`
lives in tests/conftest.py, since the browser tests use it too.
"""

import pytest


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
