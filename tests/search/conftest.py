"""Fixtures for the search tests, which run against the real search node.

`make test` starts the node and sets ELASTICSEARCH_URL; without it these tests
fail (never skip), because search is what the product is for. `search_index`
and `committed` live in tests/conftest.py, since other test packages use them too.
"""

import pytest


@pytest.fixture
def indexed_case(search_index, committed):
    """Create and publish a case through the normal signals and outbox."""
    from tests.factories import CaseStudyPageFactory

    def create(**kwargs):
        return committed(CaseStudyPageFactory, **kwargs)

    return create
