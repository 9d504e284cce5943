"""Human labels for the slugs the index stores, looked up only for the slugs shown."""

from taggit.models import Tag

from casestudies.models import Kommune, Maalgruppe, Partner, Region
from casestudies.models.taxonomy import OMRAADE_CHOICES

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


def labels_for(facet, slugs):
    """{slug: label} for the given slugs of one facet (one query, none for område)."""
    if facet == "omraade":
        return dict(OMRAADE_CHOICES)
    model, attribute = _MODELS[facet]
    return dict(model.objects.filter(slug__in=set(slugs)).values_list("slug", attribute))


def omraade_label(code):
    return dict(OMRAADE_CHOICES).get(code, "")
