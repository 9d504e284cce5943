"""The comparison list: which cases, read from the address or the visitor's cookie.

The list lives in the address (/sammenlign/?sager=12,45,78), so it can be shared
and needs no login. A cookie remembers the last list shown, so "Tilføj til
sammenligning" works while browsing, also without JavaScript; it holds case
numbers only.
"""

import re

from casestudies.models import CaseStudyPage

PARAM = "sager"
COOKIE = "sammenligning"
COOKIE_SEPARATOR = "."
COOKIE_MAX_AGE = 60 * 60 * 24 * 30
MIN_CASES = 2
MAX_CASES = 6
# More numbers than this is no list a person made; a clear message, not a query.
MAX_IDS = 20
CASE_ID = re.compile(r"[0-9]{1,10}")
EXAMPLE = "/sammenlign/?sager=12,45,78"


class InvalidSelection(ValueError):
    """A `sager` parameter that is not a list of case numbers; the message is
    Danish and meant for the visitor."""


def case_ids_from(values):
    """The case numbers of the `sager` parameter(s), in order, without repeats.

    Raises InvalidSelection for anything that is not numbers separated by
    commas; empty entries (a trailing comma) are let pass.
    """
    ids = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not CASE_ID.fullmatch(part):
                shown = part if len(part) <= 20 else part[:20] + "…"
                raise InvalidSelection(
                    f"“{shown}” er ikke nummeret på et praksiseksempel. "
                    f"Listen skal være numre adskilt af komma, fx {EXAMPLE}"
                )
            if int(part) not in ids:
                ids.append(int(part))
    if len(ids) > MAX_IDS:
        raise InvalidSelection(
            f"Listen har {len(ids)} numre. Du kan sammenligne højst {MAX_CASES} praksiseksempler ad gangen."
        )
    return ids


def case_ids_from_cookie(value):
    """The list the cookie remembers; a damaged cookie counts as no list."""
    try:
        return case_ids_from([(value or "").replace(COOKIE_SEPARATOR, ",")])[-MAX_CASES:]
    except InvalidSelection:
        return []


def cookie_value(ids):
    return COOKIE_SEPARATOR.join(str(case_id) for case_id in ids)


def query_value(ids):
    return ",".join(str(case_id) for case_id in ids)


def visible_cases(ids):
    """The visible cases among the ids, in the list's order; unknown, draft and
    private cases are left out without a word, so the list tells nothing about them."""
    if not ids:
        return []
    found = CaseStudyPage.objects.visible().filter(pk__in=ids).with_card_data().in_bulk()
    return [found[case_id] for case_id in ids if case_id in found]
