"""Where a search's time goes between the node and the visitor: the app's
own search code, Django's request cycle, and the HTTP server.

make bench divides the app's p50 by the node's (asked through the dsl) for
each query. For a query the node answers in a few milliseconds, that ratio
is decided by what every request costs whatever it asks. This splits one
search's time into layers, each measured on its own, taking turns request
by request as the bench's concurrency 1 does (bench.scenarios.measure_in_turns):

- raw: the prebuilt body sent with the low-level client (the round trip);
- dsl: built and executed with the dsl (the yardstick of the target);
- search code: the view called directly in this process (search/service.py
  and the JSON answer), without Django's middleware and routing;
- Django: the same request through Django's WSGI handler in this process
  (middleware, URL routing, the view);
- HTTP: the same request to gunicorn on loopback (praksisbank/gunicorn.conf.py),
  a new connection per request, as behind nginx.

A search-free request (the autocomplete API with a one-letter prefix, which
answers an empty list) shows the fixed part of the last two layers.

It runs on the bench database and index of an earlier `make bench` of the same
N, with the node that run used, and prints a table; it writes no report.

    python -m bench.request_cycle --n 100000 [--requests 300]
"""

import argparse
import os
import sys
from wsgiref.util import setup_testing_defaults

import django

from bench.measure import HttpClient
from bench.processes import configure_environment, free_port, start_gunicorn, stop_process
from bench.scenarios import (
    SEARCH_MIX,
    api_mix,
    http_search_work,
    measure_in_turns,
    similar_case_id,
)

NO_SEARCH_KIND = "ingen søgning"
NO_SEARCH_PATH = "/api/search/autocomplete/?q=a"
LAYERS = ("raw", "dsl", "search code", "Django", "HTTP")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.request_cycle", description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="the N of an earlier make bench")
    parser.add_argument("--es-url", default=os.environ.get("ELASTICSEARCH_URL"))
    parser.add_argument("--database-url", default=None, help="default: the bench's SQLite file")
    parser.add_argument("--requests", type=int, default=300, help="requests per query and layer")
    # gunicorn as praksisbank/gunicorn.conf.py sets it (bench.processes.gunicorn_settings).
    parser.set_defaults(workers=None, worker_class=None, threads=None)
    return parser.parse_args(argv)


def in_process(handler, path):
    """A request to Django's WSGI handler, as gunicorn makes it, minus the socket."""
    route, _, query = path.partition("?")

    def request():
        environ = {"PATH_INFO": route, "QUERY_STRING": query}
        setup_testing_defaults(environ)
        status = []
        response = handler(environ, lambda code, headers: status.append(code))
        body = b"".join(response)
        response.close()
        if not status[0].startswith("200"):
            raise RuntimeError(f"GET {path} -> {status[0]}")
        return body

    return request


def view_work(paths):
    """[(kind, request)]: each path's view called directly with a request
    object: the search code and the view's JSON, without Django's middleware,
    routing or the socket."""
    from django.test import RequestFactory
    from django.urls import resolve

    factory = RequestFactory()

    def call(path):
        match = resolve(path.partition("?")[0])

        def request():
            response = match.func(factory.get(path), *match.args, **match.kwargs)
            if response.status_code != 200:
                raise RuntimeError(f"GET {path} -> {response.status_code}")
            return response.content

        return request

    return [(kind, call(path)) for kind, path in paths]


def layer_split(p50_by_layer):
    """{layer: ms} of one query's p50s -> what each layer adds, and the ratio
    the bench reports (HTTP ÷ dsl)."""
    return {
        "search code over raw": p50_by_layer["search code"] - p50_by_layer["raw"],
        "Django": p50_by_layer["Django"] - p50_by_layer["search code"],
        "HTTP server": p50_by_layer["HTTP"] - p50_by_layer["Django"],
        "ratio to dsl": p50_by_layer["HTTP"] / p50_by_layer["dsl"],
    }


def p50s(figures):
    """{kind: {layer: p50}} from measure_in_turns' figures."""
    kinds = figures[next(iter(figures))]["1"]["by_kind"]
    return {
        kind: {layer: figures[layer]["1"]["by_kind"][kind]["p50"] for layer in figures}
        for kind in kinds
    }


def print_table(search_p50s, fixed_p50s):
    print(f"p50 ms at concurrency 1, layers taking turns ({', '.join(LAYERS)})")
    print(
        f"{'query':24} {'raw':>6} {'dsl':>6} {'code':>6} {'Django':>7} {'HTTP':>6}"
        f" | {'code-raw':>8} {'Django':>7} {'server':>7} {'HTTP/dsl':>8}"
    )
    for kind, by_layer in search_p50s.items():
        split = layer_split(by_layer)
        print(
            f"{kind:24} {by_layer['raw']:6.1f} {by_layer['dsl']:6.1f}"
            f" {by_layer['search code']:6.1f} {by_layer['Django']:7.1f} {by_layer['HTTP']:6.1f}"
            f" | {split['search code over raw']:8.1f} {split['Django']:7.1f}"
            f" {split['HTTP server']:7.1f} {split['ratio to dsl']:8.2f}"
        )
    by_layer = fixed_p50s[NO_SEARCH_KIND]
    print(
        f"{NO_SEARCH_KIND:24} {'':6} {'':6} {'':6} {by_layer['Django']:7.1f}"
        f" {by_layer['HTTP']:6.1f} | {'':8} {by_layer['Django']:7.1f}"
        f" {by_layer['HTTP'] - by_layer['Django']:7.1f}"
    )


def run(args):
    if not args.es_url:
        raise SystemExit("The node's address is needed: --es-url or ELASTICSEARCH_URL.")
    configure_environment(args)
    django.setup()
    # These read the settings and models of the bench database chosen above.
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import DatabaseError

    from bench.direct_search import direct_search_work
    from casestudies.models import CaseStudyPage
    from search.connection import UNAVAILABLE_ERRORS, get_client, index_alias

    try:
        loaded = CaseStudyPage.objects.exists()
    except DatabaseError:
        loaded = False
    if not loaded:
        raise SystemExit(f"No bench database for N={args.n}: run `make bench` first.")
    # Without the bench's index the search code would quietly answer from the
    # database (search/service.py), and this would time the fallback instead.
    try:
        indexed = get_client().indices.exists_alias(name=index_alias())
    except UNAVAILABLE_ERRORS as error:
        raise SystemExit(f"The node at {args.es_url} does not answer: {error}") from error
    if not indexed:
        raise SystemExit(
            f"No bench index for N={args.n} on {args.es_url}: run `make bench` first, "
            "with the same node."
        )
    similar_id = similar_case_id(args.n)
    paths = api_mix(similar_id)
    handler = WSGIHandler()

    port = free_port()
    server = start_gunicorn(args, port, name="gunicorn-request-cycle")
    try:
        searches = {
            "raw": direct_search_work(SEARCH_MIX, similar_id, via="raw"),
            "dsl": direct_search_work(SEARCH_MIX, similar_id, via="dsl"),
            "search code": view_work(paths),
            "Django": [(kind, in_process(handler, path)) for kind, path in paths],
            "HTTP": http_search_work(port, paths),
        }
        search_figures = measure_in_turns(searches, args.requests)
        http = HttpClient("127.0.0.1", port)
        no_search = {
            "Django": [(NO_SEARCH_KIND, in_process(handler, NO_SEARCH_PATH))],
            "HTTP": [(NO_SEARCH_KIND, lambda: http.get(NO_SEARCH_PATH))],
        }
        fixed_figures = measure_in_turns(no_search, args.requests)
    finally:
        stop_process(server)
    print_table(p50s(search_figures), p50s(fixed_figures))


if __name__ == "__main__":
    run(parse_args(sys.argv[1:]))
