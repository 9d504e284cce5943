"""The search parameters, read from a query string and made safe.

Shared by the search page, /api/search/ and the database fallback, so every
channel accepts and rejects the same things. Nothing here raises on user input:
bad values are dropped or clamped.
"""

import re
import unicodedata
from dataclasses import dataclass, field, replace

from django.http import QueryDict

from search.facets import FACET_PARAMS

MAX_QUERY_LENGTH = 500
# The node refuses queries of more than 1,024 clauses; each term is matched in
# about a dozen fields (and a synonym can add more), so a query keeps its first terms.
MAX_QUERY_TERMS = 30
MAX_PLAN_LENGTH = 3000
MAX_VALUES_PER_FACET = 20
MAX_PAGE = 10_000
SORTS = ("relevance", "newest")

SLUG_PATTERN = re.compile(r"^[\w-]{1,100}$")


def clean_text(value, max_length):
    """Text without control characters, whitespace collapsed, length bounded."""
    value = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in value or ""
    )
    return " ".join(value.split())[:max_length].strip()


# Roughly what the standard tokenizer makes a term of: a word, or one CJK character.
TERM_PATTERN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|\w+")


def limit_terms(text, max_terms=MAX_QUERY_TERMS):
    """The text up to the end of its max_terms-th term."""
    for number, match in enumerate(TERM_PATTERN.finditer(text), start=1):
        if number == max_terms:
            return text[: match.end()]
    return text


def to_int(value, default=None, minimum=None, maximum=None):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    filters: dict = field(default_factory=dict)  # facet name -> tuple of slugs
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def from_query(cls, data: QueryDict):
        filters = {}
        for name in FACET_PARAMS:
            values = []
            for value in data.getlist(name):
                value = clean_text(value, 100)
                if SLUG_PATTERN.match(value) and value not in values:
                    values.append(value)
            if values:
                filters[name] = tuple(values[:MAX_VALUES_PER_FACET])
        year_from = to_int(data.get("year_from"), minimum=1900, maximum=2200)
        year_to = to_int(data.get("year_to"), minimum=1900, maximum=2200)
        if year_from and year_to and year_from > year_to:
            year_from, year_to = year_to, year_from
        sort = data.get("sort")
        return cls(
            q=limit_terms(clean_text(data.get("q"), MAX_QUERY_LENGTH)),
            filters=filters,
            year_from=year_from,
            year_to=year_to,
            sort=sort if sort in SORTS else "relevance",
            page=to_int(data.get("page"), default=1, minimum=1, maximum=MAX_PAGE),
        )

    @property
    def is_empty(self):
        return not (self.q or self.filters or self.year_from or self.year_to)

    def with_page(self, page):
        return replace(self, page=page)

    def to_query(self, **overrides):
        """The query string of these parameters (for links: pages, chips, sort)."""
        data = QueryDict(mutable=True)
        if self.q:
            data["q"] = self.q
        for name, values in self.filters.items():
            data.setlist(name, list(values))
        if self.year_from:
            data["year_from"] = str(self.year_from)
        if self.year_to:
            data["year_to"] = str(self.year_to)
        if self.sort != "relevance":
            data["sort"] = self.sort
        for key, value in overrides.items():
            if value in (None, ""):
                data.pop(key, None)
            else:
                data[key] = str(value)
        return data.urlencode()

    def without(self, name, value=None):
        """These parameters with one filter value (or a whole filter) removed."""
        if name in ("year_from", "year_to"):
            return replace(self, **{name: None}, page=1)
        remaining = tuple(v for v in self.filters.get(name, ()) if value and v != value)
        filters = {k: v for k, v in self.filters.items() if k != name}
        if remaining:
            filters[name] = remaining
        return replace(self, filters=filters, page=1)
