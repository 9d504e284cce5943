"""The search facets, each declared once, in display order.

Everything else reads these declarations: the query-string parsing
(search/params.py), the node's aggregations and filters (search/queries.py,
search/engine.py), the database fallback (search/fallback.py), the labels
(search/labels.py) and the page (search/views.py). Adding a facet means one
Facet here plus its keyword field on CaseDocument and in case_document
(search/documents.py).

Models are named as "app_label.Model" strings, so this module imports nothing
and any module may read it.
"""

from dataclasses import dataclass

DEFAULT_SIZE = 20


@dataclass(frozen=True)
class Facet:
    # The query parameter, and the facet's name in URLs, the API and the page.
    param: str
    # The keyword field of CaseDocument holding the case's slugs.
    field: str
    # The lookup on CaseStudyPage giving the same slugs (the fallback's filter).
    lookup: str
    # The Danish heading on the search page and in the chips.
    title: str
    # Where a slug's label comes from: a model with a `slug` field and the
    # field holding its label, or no model when the page field's choices
    # (CaseStudyPage.<lookup>) are the labels.
    label_model: str | None = None
    label_field: str = "name"
    # How many values the node counts.
    size: int = DEFAULT_SIZE


FACETS = (
    Facet("omraade", field="omraade", lookup="omraade", title="Område"),
    Facet(
        "maalgruppe",
        field="maalgrupper",
        lookup="maalgrupper__slug",
        title="Målgruppe",
        label_model="casestudies.Maalgruppe",
    ),
    Facet(
        "kommune",
        field="kommuner",
        lookup="kommuner__slug",
        title="Kommune",
        label_model="casestudies.Kommune",
        label_field="official_name",
        size=100,
    ),
    Facet(
        "region",
        field="regions",
        lookup="kommuner__region__slug",
        title="Region",
        label_model="casestudies.Region",
    ),
    Facet(
        "tema",
        field="tags",
        lookup="tags__slug",
        title="Tema",
        label_model="taggit.Tag",
        size=50,
    ),
    Facet(
        "partner",
        field="partners",
        lookup="partners__slug",
        title="Partner",
        label_model="casestudies.Partner",
        size=50,
    ),
)

FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}
# The query parameters of the facets, in display order.
FACET_PARAMS = tuple(FACETS_BY_PARAM)
