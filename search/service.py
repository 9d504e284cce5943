"""The search the site offers: the search node when it answers, the database when not.

Views call only these functions; which engine answered is in the outcome, and a
notice tells the user when results are simplified. Nothing here lets an outage
become an error page.
"""

import logging

from casestudies.models import CaseStudyPage, Kommune
from search import engine, fallback
from search.connection import UNAVAILABLE_ERRORS, search_enabled
from search.params import SearchParams, clean_text
from search.queries import PAGE_SIZE

logger = logging.getLogger(__name__)

SIMPLIFIED_NOTICE = (
    "Søgemaskinen svarer ikke lige nu, så resultaterne er forenklede: "
    "uden stavetolerance, synonymer og fremhævninger."
)


def search_cases(params: SearchParams, page_size=PAGE_SIZE):
    """A page of hits with the facets; exports ask for one page of up to their
    row limit instead of paging ten at a time."""
    if not search_enabled():
        return fallback.search(params, page_size=page_size)
    try:
        return engine.search(params, page_size=page_size)
    except UNAVAILABLE_ERRORS:
        logger.warning("Search node unavailable; answering from the database", exc_info=True)
        return fallback.search(params, page_size=page_size, notice=SIMPLIFIED_NOTICE)


def similar_cases(case_id, size=4):
    """Cases like a visible case, or None when no visible case has this id.

    The index holds exactly the visible cases, so the node answers both in one
    round trip; only without the node does the database say whether the case
    exists (and then there are no similar cases to show).
    """
    if search_enabled():
        try:
            return engine.similar_cases(case_id, size)
        except UNAVAILABLE_ERRORS:
            logger.warning("Search node unavailable for similar cases", exc_info=True)
    return [] if CaseStudyPage.objects.visible().filter(pk=case_id).exists() else None


def cases_like_plan(text, size=6):
    """Cases like a description of what someone plans; None when it cannot be answered."""
    text = clean_text(text, 3000)
    if not text:
        return []
    if not search_enabled():
        return fallback.search(SearchParams(q=text[:500]), page_size=size).hits
    try:
        return engine.cases_like_text(text, size)
    except UNAVAILABLE_ERRORS:
        logger.warning("Search node unavailable for plan search", exc_info=True)
        return fallback.search(SearchParams(q=text[:500]), page_size=size).hits


def autocomplete(prefix, size=8):
    """Suggestions for the search box: kommuner and case titles and themes."""
    prefix = clean_text(prefix, 100)
    if len(prefix) < 2:
        return []
    kommuner = [
        {"type": "kommune", "label": kommune.official_name, "url": f"/soeg/?kommune={kommune.slug}"}
        for kommune in Kommune.objects.filter(name__istartswith=prefix)[:3]
    ]
    cases = []
    if search_enabled():
        try:
            cases = engine.suggestions(prefix, size)
        except UNAVAILABLE_ERRORS:
            logger.warning("Search node unavailable for autocomplete", exc_info=True)
    if not cases:
        cases = [
            {"type": "praksiseksempel", "label": hit.title, "url": hit.url}
            for hit in fallback.search(SearchParams(q=prefix), page_size=size).hits
        ]
    return (kommuner + cases)[:size]
