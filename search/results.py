"""What a search returns, whichever engine answered: the shape the page and API share."""

from dataclasses import asdict, dataclass, field


@dataclass
class Hit:
    id: int
    title: str
    url: str
    kommuner: list
    omraade: str
    summary: str
    highlights: list = field(default_factory=list)  # safe HTML: escaped text + <mark>

    def as_json(self):
        return asdict(self)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    engine: str  # "opensearch" or "database"
    count: int
    hits: list
    facets: dict  # facet name -> [FacetValue]
    page: int
    num_pages: int
    notice: str = ""

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
            "results": [hit.as_json() for hit in self.hits],
            "facets": {
                name: [asdict(value) for value in values] for name, values in self.facets.items()
            },
        }


def num_pages(count, page_size):
    return max(1, -(-count // page_size))
