"""The three searches that the evaluation compares, each asked the same query:

- "node": our search on Elasticsearch (search/engine.py), as /soeg/ asks it;
- "fallback": our database fallback (search/fallback.py);
- "wagtail": what a Wagtail site gets by default, CaseStudyPage.objects.live()
  .search(q) through WAGTAILSEARCH_BACKENDS (Wagtail's Elasticsearch 9 backend
  on the same node), the baseline to beat.

Each returns an Answer: the ids of the first page of hits and the total count.
"""

from dataclasses import dataclass

from django.http import QueryDict

from casestudies.models import CaseStudyPage
from search import engine, fallback
from search.fallback import filter_q
from search.params import SearchParams

PAGE_SIZE = 10


@dataclass(frozen=True)
class Answer:
    ids: list
    count: int
    notice: str = ""


def params_for(query):
    data = QueryDict(mutable=True)
    data["q"] = query.text
    for name, value in query.filters.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return SearchParams.from_query(data)


def ask_node(query):
    outcome = engine.search(params_for(query), page_size=PAGE_SIZE)
    return Answer([hit.id for hit in outcome.hits], outcome.count, outcome.notice)


def ask_fallback(query):
    outcome = fallback.search(params_for(query), page_size=PAGE_SIZE)
    return Answer([hit.id for hit in outcome.hits], outcome.count, outcome.notice)


def ask_wagtail(query):
    """Wagtail's search cannot filter on kommuner or temaer, so the filters
    are applied to its ranked results, which keeps its ranking as it is."""
    params = params_for(query)
    results = CaseStudyPage.objects.live().search(params.q)
    ids = [page.pk for page in results]
    if params.filters:
        allowed = set(
            CaseStudyPage.objects.live().filter(filter_q(params)).values_list("pk", flat=True)
        )
        ids = [pk for pk in ids if pk in allowed]
    return Answer(ids[:PAGE_SIZE], len(ids))


ENGINES = {"node": ask_node, "fallback": ask_fallback, "wagtail": ask_wagtail}


def similar_on_node(case_id, size=5):
    return [hit.id for hit in engine.similar_cases(case_id, size) or []]
