"""/sammenlign/: two to six cases side by side, with no login."""

import re
from html import unescape

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.views.decorators.http import require_GET

from compare.selection import (
    CASE_ID,
    COOKIE,
    COOKIE_MAX_AGE,
    MAX_CASES,
    MIN_CASES,
    PARAM,
    InvalidSelection,
    case_ids_from,
    case_ids_from_cookie,
    cookie_value,
    query_value,
    visible_cases,
)

# "The first lines" of a section: enough words to judge it, short enough for a
# column six cases wide.
FIRST_LINES_WORDS = 35
BLOCK_END = re.compile(r"</(p|li|h[1-6])>|<br\s*/?>", re.IGNORECASE)


def first_lines(html):
    text = " ".join(unescape(strip_tags(BLOCK_END.sub(" ", html or ""))).split())
    return Truncator(text).words(FIRST_LINES_WORDS, truncate=" …")


def comparison_url(ids):
    url = reverse("compare")
    return f"{url}?{PARAM}={query_value(ids)}" if ids else url


def compared(case):
    """What a column shows of a case (loaded with_card_data)."""
    kommuner = sorted(case.kommuner.all(), key=lambda kommune: kommune.name)
    return {
        "case": case,
        "kommuner": [(kommune.official_name, kommune.region.name) for kommune in kommuner],
        "maalgrupper": ", ".join(maalgruppe.name for maalgruppe in case.maalgrupper.all()),
        "resources": first_lines(case.resources),
        "key_advice": first_lines(case.key_advice),
    }


def remember(response, ids):
    response.set_cookie(COOKIE, cookie_value(ids), max_age=COOKIE_MAX_AGE, samesite="Lax")
    return response


@require_GET
def compare_page(request):
    if PARAM not in request.GET:
        remembered = case_ids_from_cookie(request.COOKIES.get(COOKIE))
        if remembered:
            return redirect(comparison_url(remembered))
    try:
        requested = case_ids_from(request.GET.getlist(PARAM))
    except InvalidSelection as error:
        return render(request, "pages/compare_page.html", {"error": str(error)}, status=400)
    cases = visible_cases(requested)
    shown = cases[:MAX_CASES]
    ids = [case.pk for case in shown]
    query = f"{PARAM}={query_value(ids)}"
    context = {
        "columns": [
            {**compared(case), "remove_url": comparison_url([i for i in ids if i != case.pk])}
            for case in shown
        ],
        "too_many": len(cases) > MAX_CASES,
        "too_few": len(shown) < MIN_CASES,
        "max_cases": MAX_CASES,
        "query": query,
        "share_url": request.build_absolute_uri(comparison_url(ids)),
    }
    return remember(render(request, "pages/compare_page.html", context), ids)


@require_GET
def add_case(request, case_id):
    """The link on cards and case pages without JavaScript: the case joins the
    remembered list (the oldest leaves when it is full), and the list is shown."""
    ids = [i for i in case_ids_from_cookie(request.COOKIES.get(COOKIE)) if i != case_id]
    if CASE_ID.fullmatch(str(case_id)):
        ids = (ids + [case_id])[-MAX_CASES:]
    return remember(redirect(comparison_url(ids)), ids)
