"""What a search returns, whichever engine answered: the shape the page and API share."""

from dataclasses import dataclass, field


@dataclass(slots=True)
class Hit:
    id: int
    title: str
    url: str
    kommuner: list
    omraade: str
    summary: str
    highlights: list = field(default_factory=list)  # safe HTML: escaped text + <mark>

    def as_json(self):
        # Spelled out: dataclasses.asdict deep-copies every value, which cost
        # milliseconds per search answer (make bench).
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "kommuner": list(self.kommuner),
            "omraade": self.omraade,
            "summary": self.summary,
            "highlights": [str(fragment) for fragment in self.highlights],
        }


@dataclass(slots=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool

    def as_json(self):
        return {
            "value": self.value,
            "label": self.label,
            "count": self.count,
            "selected": self.selected,
        }


@dataclass(slots=True)
class SearchOutcome:
    engine: str  # "elasticsearch" or "database"
    count: int
    hits: list
    facets: dict  # facet name -> [FacetValue]
    page: int
    num_pages: int
    notice: str = ""
    suggestion: str = ""  # "Mente du …?": a corrected query, or ""

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages

    def as_json(self):
        return {
            "count": self.count,
            "engine": self.engine,
            "page": self.page,
            "num_pages": self.num_pages,
            "notice": self.notice,
            "suggestion": self.suggestion,
            "results": [hit.as_json() for hit in self.hits],
            "facets": {
                name: [value.as_json() for value in values] for name, values in self.facets.items()
            },
        }


def num_pages(count, page_size):
    return max(1, -(-count // page_size))
