"""Wagtail's own default search backend on the bench's query mix: the latency
peer beside our search, as a Wagtail team gets it out of the box
(`CaseStudyPage.objects.live().search(q)` through WAGTAILSEARCH_BACKENDS,
elasticsearch9 on the same node, over the index `update_index` builds).

Timed in this process, like the node measures of bench/direct_search.py, so it
has no HTTP or gunicorn in its figure, which our /api/search/ figure has.
Wagtail's backend filters only on the model's FilterFields (omraade here) and
searches nothing without text, so the mix's facets-only query is left out and
the other facets are dropped.

Imported by bench/run.py once Django is set up.
"""

from casestudies.models import CaseStudyPage
from search.queries import PAGE_SIZE


def wagtail_search_work(mix_params):
    """[(kind, request)] for the mix's queries with text, each asked once here
    so the figures are steady state, not first use."""

    def search(query):
        def request():
            cases = CaseStudyPage.objects.live()
            if "omraade" in query:
                cases = cases.filter(omraade=query["omraade"])
            # A page of results, as a search page shows it (the pages are read
            # from the database too).
            return list(cases.search(query["q"])[:PAGE_SIZE])

        return request

    searches = [(kind, search(query)) for kind, query in mix_params if query.get("q")]
    for _kind, request in searches:
        request()
    return searches
