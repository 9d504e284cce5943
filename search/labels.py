"""Human labels for the slugs the index stores, looked up only for the slugs shown.

Labels are kept in the cache and only unknown slugs go to the database, so a
search usually costs no label queries at all (make bench showed five small
queries a search). A renamed kommune, partner or tag shows its new name within
LABEL_CACHE_SECONDS.
"""

from django.apps import apps
from django.core.cache import cache

from casestudies.models import CaseStudyPage
from casestudies.models.taxonomy import OMRAADE_LABELS
from search.facets import FACETS_BY_PARAM
from search.results import FacetValue

LABEL_CACHE_SECONDS = 300


def labels_for(slugs_by_facet):
    """{facet: {slug: label}} for the given slugs of each facet; unknown slugs
    are left out. One cache round trip for all the facets of a search."""
    keys = {
        facet: f"facet-labels:{facet}"
        for facet in slugs_by_facet
        if FACETS_BY_PARAM[facet].label_model
    }
    cached = cache.get_many(keys.values())
    labels, refreshed = {}, {}
    for facet, slugs in slugs_by_facet.items():
        declaration = FACETS_BY_PARAM[facet]
        if not declaration.label_model:
            labels[facet] = choice_labels(declaration.lookup)
            continue
        known = cached.get(keys[facet]) or {}
        missing = set(slugs) - known.keys()
        if missing:
            model = apps.get_model(declaration.label_model)
            found = model.objects.filter(slug__in=missing).values_list(
                "slug", declaration.label_field
            )
            known = {**known, **dict(found)}
            refreshed[keys[facet]] = known
        labels[facet] = {slug: known[slug] for slug in slugs if slug in known}
    if refreshed:
        cache.set_many(refreshed, LABEL_CACHE_SECONDS)
    return labels


def choice_labels(field_name):
    """The labels of a page field with fixed choices (no query, no cache)."""
    return dict(CaseStudyPage._meta.get_field(field_name).flatchoices)


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
