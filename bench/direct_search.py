"""The app's searches sent straight to the node: the yardstick the app's
search latency is divided by.

Imported by bench/run.py once Django is set up: the query builders read the
settings and the case model.
"""

from functools import partial
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from elasticsearch.dsl import connections

from bench.scenarios import SIMILAR_KIND
from search.connection import node_urls
from search.engine import cases_per_shard, total_found
from search.free_text import TYPO
from search.params import SearchParams
from search.queries import case_search, similar_to_indexed_case
from search.views import MAX_SIMILAR


def direct_search_work(mix_params, similar_id, via="dsl"):
    """[(kind, request)]: the app's searches, built by search/queries.py, sent
    straight to the node: the exact words first and, as the app does, the
    typo-tolerant search when they find nothing; similar cases as the same
    multi-search the API sends. Each is asked once here, so the figures are
    steady state, not first use.

    via="dsl": each request built and executed with the dsl (elasticsearch.dsl,
    the elasticsearch client's own), the comparison the performance target
    is stated against.
    via="raw": the bodies built once and sent with the low-level client, the
    bare round trip, a stricter yardstick.
    via="uncached": as "raw", with the node's shard request cache turned off
    for every search, so each is computed afresh: what a search costs the
    first time it is asked (a fixed mix asked over and over is otherwise
    answered from that cache as far as the node allows).
    """
    client = connections.create_connection(
        alias="bench-direct",
        # The same nodes as the app's client.
        hosts=node_urls(settings.ELASTICSEARCH_URL),
        request_timeout=60,
        connections_per_node=64,
    )
    alias = settings.SEARCH_INDEX_ALIAS
    shard_cases = cases_per_shard()

    def found_nothing(answers):
        return not total_found(answers)

    def with_dsl(params):
        def request():
            answers = case_search(alias, params).using("bench-direct").execute()
            if params.q and found_nothing(answers):
                answers = case_search(alias, params, step=TYPO).using("bench-direct").execute()
            return answers

        return request

    def raw(params):
        exact = bodies(case_search(alias, params))
        fuzzy = bodies(case_search(alias, params, step=TYPO))

        def request():
            answers = client.msearch(searches=exact)["responses"]
            if params.q and found_nothing(answers):
                answers = client.msearch(searches=fuzzy)["responses"]
            return answers

        return request

    def similar():
        return similar_to_indexed_case(alias, similar_id, MAX_SIMILAR, shard_cases)

    def similar_with_dsl():
        return similar().using("bench-direct").execute()

    def bodies(multi_search):
        searches = multi_search.to_dict()
        if via == "uncached":
            # Every other line is a search's header: its options.
            for header in searches[::2]:
                header["request_cache"] = False
        return searches

    if via == "dsl":
        as_the_app_does, similar_request = with_dsl, similar_with_dsl
    else:
        as_the_app_does = raw
        similar_request = partial(client.msearch, searches=bodies(similar()))
    searches = [
        (kind, as_the_app_does(SearchParams.from_query(QueryDict(urlencode(query)))))
        for kind, query in mix_params
    ]
    searches.append((SIMILAR_KIND, similar_request))
    for _kind, request in searches:
        request()
    return searches
