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


def labels_for(slugs_by_facet):
    """{facet: {slug: label}} for the given slugs of each facet; unknown slugs
    are left out. One cache round trip for all the facets of a search."""
    keys = {facet: f"facet-labels:{facet}" for facet in slugs_by_facet if facet != "omraade"}
    cached = cache.get_many(keys.values())
    labels, refreshed = {}, {}
    for facet, slugs in slugs_by_facet.items():
        if facet == "omraade":
            labels[facet] = OMRAADE_LABELS
            continue
        known = cached.get(keys[facet]) or {}
        missing = set(slugs) - known.keys()
        if missing:
            model, attribute = _MODELS[facet]
            found = model.objects.filter(slug__in=missing).values_list("slug", attribute)
            known = {**known, **dict(found)}
            refreshed[keys[facet]] = known
        labels[facet] = {slug: known[slug] for slug in slugs if slug in known}
    if refreshed:
        cache.set_many(refreshed, LABEL_CACHE_SECONDS)
    return labels


def omraade_label(code):
    return OMRAADE_LABELS.get(code, "")


def facet_values(counts_by_facet, selected_by_facet):
    """Each facet's values with labels and counts, whichever engine counted them:
    {facet: [FacetValue]} for {facet: {value: count}}.

    Chosen values are always offered (with 0 when nothing matches them), so the
    visitor can untick them; values whose taxonomy entry is gone are left out.
    """
    counts_by_facet = {
        facet: {
            **counts,
            **{value: 0 for value in selected_by_facet.get(facet, ()) if value not in counts},
        }
        for facet, counts in counts_by_facet.items()
    }
    labels = labels_for(counts_by_facet)
    values = {}
    for facet, counts in counts_by_facet.items():
        selected, known = selected_by_facet.get(facet, ()), labels[facet]
        values[facet] = [
            FacetValue(value, known[value], count, value in selected)
            for value, count in counts.items()
            if value in known
        ]
    return values
