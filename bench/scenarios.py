"""What the benchmark measures through the app: the fixed search mix at each
concurrency level (the app and the node taking turns at concurrency 1), the
app-to-node ratios, and page renders.

Every measure here is a list of (kind, request) pairs given to
bench.measure.run_concurrently, so the app over HTTP and the node asked
directly (bench/direct_search.py) are timed the same way.
"""

import threading
from urllib.parse import urlencode

from bench.measure import HttpClient, percentiles, run_concurrently, timed

# The fixed mix: (kind, query string) of /api/search/; "similar" is added per run.
SEARCH_MIX = [
    ("fritekst", {"q": "professionelle læringsfællesskaber"}),
    ("fritekst + 2 facetter", {"q": "trivsel", "omraade": "skole", "region": "midtjylland"}),
    ("kun facetter", {"omraade": "dagtilbud", "maalgruppe": "paedagoger"}),
    ("stavefejl", {"q": "aktionslærring"}),
]
SIMILAR_KIND = "lignende"


def similar_case_id(n):
    """The case whose similar cases the mix asks for: the middle one of the N
    cases, so every run of the same N asks for the same case. Needs Django set up."""
    from casestudies.models import CaseStudyPage

    return CaseStudyPage.objects.visible().order_by("pk").values_list("pk", flat=True)[n // 2]


def api_mix(similar_id):
    """[(kind, path)]: the mix as requests to the search API, similar cases last."""
    searches = [(kind, f"/api/search/?{urlencode(query)}") for kind, query in SEARCH_MIX]
    return [*searches, (SIMILAR_KIND, f"/api/cases/{similar_id}/similar/")]


def http_search_work(port, mix):
    """[(kind, request)]: the mix's requests to the app, each query warmed once
    so the figures are steady state, not first use."""
    local = threading.local()

    def call(path):
        def request():
            if not hasattr(local, "client"):
                local.client = HttpClient("127.0.0.1", port)
            return local.client.get(path)

        return request

    warm = HttpClient("127.0.0.1", port)
    for _kind, path in mix:
        warm.get(path)
    return [(kind, call(path)) for kind, path in mix]


def repeated(work, requests_per_kind):
    return [item for _ in range(requests_per_kind) for item in work]


def measure_http_mix(port, mix, requests_per_kind, concurrency_levels):
    """Latency per kind and for the whole mix, at each concurrency level."""
    work = repeated(http_search_work(port, mix), requests_per_kind)
    return measure_levels(work, concurrency_levels)


def measure_levels(work, concurrency_levels):
    """Run the same work at each concurrency level: percentiles overall and by kind."""
    results = {}
    for concurrency in concurrency_levels:
        latencies, seconds = run_concurrently(work, concurrency)
        results[str(concurrency)] = level_figures(latencies, seconds)
    return results


def level_figures(latencies, seconds):
    """Percentiles overall and by kind of {kind: [ms]} measured in `seconds`."""
    every = [ms for samples in latencies.values() for ms in samples]
    return {
        "all": percentiles(every),
        "requests_per_second": round(len(every) / seconds, 1),
        "by_kind": {kind: percentiles(samples) for kind, samples in latencies.items()},
    }


def measure_in_turns(sources, requests_per_kind):
    """Concurrency 1 with the sources taking turns request by request:
    {source: {"1": figures}} for sources = {source: [(kind, request)]}, all
    with the same kinds in the same order.

    The app's p50 is divided by the node's for the same query, so both must
    see the same machine. Measured one after the other, a few seconds apart,
    the node's own time for the cheapest query moved by up to a millisecond
    between phases (garbage collection, segment merges), which alone moved the
    ratio by 0.2 either way.

    Within a turn, a source that asks a query right after another source asked
    the same one finds the node (and the processor's caches) warm for it: two
    copies of the same app, one asking before the node through the dsl and one
    right after it, differed by 0.2-0.4 ms on the cheap queries. So the order of
    the sources turns round from one round to the next, and each source asks
    first, cold, in an equal share of the rounds.
    """
    names = list(sources)
    work = []
    for round_number in range(requests_per_kind):
        shift = round_number % len(names)
        order = names[shift:] + names[:shift]
        for requests in zip(*(sources[name] for name in order), strict=True):
            work += [
                ((name, kind), request)
                for name, (kind, request) in zip(order, requests, strict=True)
            ]
    latencies, _seconds = run_concurrently(work, 1)
    results = {}
    for source in sources:
        by_kind = {kind: samples for (of, kind), samples in latencies.items() if of == source}
        # One request at a time: the source's own time, not the turns of the others.
        seconds = sum(ms for samples in by_kind.values() for ms in samples) / 1000
        results[source] = {"1": level_figures(by_kind, seconds)}
    return results


def ratios(app, direct):
    """App p50 ÷ direct p50 per level, per query kind and for the whole mix."""
    return {
        level: {
            kind: round(
                app[level]["by_kind"][kind]["p50"] / direct[level]["by_kind"][kind]["p50"], 2
            )
            for kind in app[level]["by_kind"]
        }
        | {"all": round(app[level]["all"]["p50"] / direct[level]["all"]["p50"], 2)}
        for level in app
    }


def measure_pages(port, case_paths, listing_paths, repeats):
    """Render time through gunicorn: cold = the first request for a URL, cached =
    the same URL again (the page cache, where there is one, now holds it)."""
    client = HttpClient("127.0.0.1", port)
    results = {}
    for name, paths in (("case_page", case_paths), ("listing_page", listing_paths)):
        cold = [timed(client.get, path)[1] for path in paths]
        client.get(paths[0])
        cached = [timed(client.get, paths[0])[1] for _ in range(repeats)]
        results[name] = {"cold": percentiles(cold), "cached": percentiles(cached)}
    return results
