"""A search asked again is answered from the node's shard request cache, and a
publish still shows at once (search/queries.py, case_search). Against the real
search node."""

from search import service
from search.connection import get_client
from tests.search.params_helpers import params


def cache_hits(alias):
    stats = get_client().indices.stats(index=alias, metric="request_cache")
    return stats["_all"]["total"]["request_cache"]["hit_count"]


def titles(outcome):
    return {hit.title for hit in outcome.hits}


def test_a_repeated_search_comes_from_the_cache_until_a_case_is_published(
    search_index, indexed_case
):
    indexed_case(title="Trivsel i indskolingen", omraade="skole", tags=["trivsel"])
    first = service.search_cases(params(q="trivsel"))
    hits_before = cache_hits(search_index)

    again = service.search_cases(params(q="trivsel"))

    # The page's ranking and the counts both come from the cache.
    assert cache_hits(search_index) >= hits_before + 2
    assert titles(again) == titles(first) == {"Trivsel i indskolingen"}
    assert again.facets == first.facets

    indexed_case(title="Trivsel i udskolingen", omraade="skole", tags=["trivsel"])
    after_publish = service.search_cases(params(q="trivsel"))
    assert titles(after_publish) == {"Trivsel i indskolingen", "Trivsel i udskolingen"}
    assert after_publish.count == 2
