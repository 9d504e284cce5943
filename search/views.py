"""The search page and its JSON twins."""

import orjson
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from search import service
from search.facets import FACETS, FACETS_BY_PARAM
from search.params import SearchParams
from security.ratelimits import rate_limited

MAX_SIMILAR = 10


def json_answer(data):
    """`data` as a UTF-8 JSON response.

    orjson instead of Django's JsonResponse: a search answer carries some 150
    facet values, and the standard library's encoder was a fifth of the app's
    own time per search at 100,000 cases (make bench). `default=str` writes
    Django's lazy strings as text, as DjangoJSONEncoder would.
    https://github.com/ijl/orjson#default
    """
    return HttpResponse(orjson.dumps(data, default=str), content_type="application/json")


def facet_groups(outcome, params):
    """Facets in display order, each with its values' toggle links."""
    groups = []
    for facet in FACETS:
        values = outcome.facets.get(facet.param, [])
        if values:
            groups.append({"name": facet.param, "title": facet.title, "values": values})
    return groups


def active_filters(params: SearchParams, outcome):
    """Chips: (label, link that removes it)."""
    chips = []
    labels = {
        (name, value.value): value.label
        for name, values in outcome.facets.items()
        for value in values
    }
    for name, values in params.filters.items():
        for value in values:
            label = labels.get((name, value), value)
            chips.append(
                (f"{FACETS_BY_PARAM[name].title}: {label}", params.without(name, value).to_query())
            )
    if params.year_from:
        chips.append((f"Fra {params.year_from}", params.without("year_from").to_query()))
    if params.year_to:
        chips.append((f"Til {params.year_to}", params.without("year_to").to_query()))
    return chips


@require_GET
@rate_limited("search_page")
def search_page(request):
    params = SearchParams.from_query(request.GET)
    outcome = service.search_cases(params)
    context = {
        "params": params,
        "outcome": outcome,
        "facet_groups": facet_groups(outcome, params),
        "chips": active_filters(params, outcome),
        "previous_query": params.to_query(page=outcome.page - 1) if outcome.has_previous else "",
        "next_query": params.to_query(page=outcome.page + 1) if outcome.has_next else "",
        "suggestion_query": (
            params.to_query(q=outcome.suggestion, page=None) if outcome.suggestion else ""
        ),
        "newest_query": params.to_query(sort="newest", page=None),
        "relevance_query": params.to_query(sort=None, page=None),
    }
    return render(request, "pages/search_page.html", context)


@require_GET
@rate_limited("plan_search")
def plan_page(request):
    """'Describe what you plan': free text in, similar cases out."""
    text = request.GET.get("beskrivelse", "")
    return render(
        request,
        "pages/plan_search_page.html",
        {"text": text[:3000], "hits": service.cases_like_plan(text) if text.strip() else None},
    )


@require_GET
@rate_limited("search_api", answer="json")
def search_api(request):
    outcome = service.search_cases(SearchParams.from_query(request.GET))
    return json_answer(outcome.as_json())


@require_GET
@rate_limited("autocomplete", answer="json")
def autocomplete_api(request):
    return json_answer({"suggestions": service.autocomplete(request.GET.get("q", ""))})


@require_GET
@rate_limited("similar_cases", answer="json")
def similar_api(request, case_id):
    hits = service.similar_cases(case_id, size=MAX_SIMILAR)
    if hits is None:
        raise Http404("Praksiseksemplet findes ikke.")
    return json_answer({"results": [hit.as_json() for hit in hits]})
