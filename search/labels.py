"""Human labels for the slugs the index stores, looked up only for the slugs shown.

Labels are kept in the cache and only unknown slugs go to the database, so a
search usually costs no label queries at all (make bench showed five small
queries a search). A renamed kommune, partner or tag shows its new name within
LABEL_CACHE_SECONDS.
"""

from django.core.cache import cache
from taggit.models import Tag

from casestudies.models import Kommune, Maalgruppe, Partner, Region
from casestudies.models.taxonomy import OMRAADE_LABELS
from search.results import FacetValue

FACET_TITLES = {
    "omraade": "Område",
    "maalgruppe": "Målgruppe",
    "region": "Region",
    "kommune": "Kommune",
    "tema": "Tema",
    "partner": "Partner",
}

_MODELS = {
    "maalgruppe": (Maalgruppe, "name"),
    "kommune": (Kommune, "official_name"),
    "region": (Region, "name"),
    "tema": (Tag, "name"),
    "partner": (Partner, "name"),
}


LABEL_CACHE_SECONDS = 300


def labels_for(facet, slugs):
    """{slug: label} for the given slugs of one facet; unknown slugs are left out."""
    if facet == "omraade":
        return OMRAADE_LABELS
    slugs = set(slugs)
    key = f"facet-labels:{facet}"
    known = cache.get(key) or {}
    missing = slugs - known.keys()
    if missing:
        model, attribute = _MODELS[facet]
        found = model.objects.filter(slug__in=missing).values_list("slug", attribute)
        known = {**known, **dict(found)}
        cache.set(key, known, LABEL_CACHE_SECONDS)
    return {slug: known[slug] for slug in slugs if slug in known}


def omraade_label(code):
    return OMRAADE_LABELS.get(code, "")


def facet_values(facet, counts, selected):
    """A facet's values with labels and counts, whichever engine counted them.

    Chosen values are always offered (with 0 when nothing matches them), so the
    visitor can untick them; values whose taxonomy entry is gone are left out.
    """
    counts = {**counts, **{value: 0 for value in selected if value not in counts}}
    labels = labels_for(facet, counts)
    return [
        FacetValue(value, labels[value], count, value in selected)
        for value, count in counts.items()
        if value in labels
    ]
