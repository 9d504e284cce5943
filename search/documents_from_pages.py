"""Turns case pages into index documents: the only code that reads pages for the index."""

import re

from django.utils.html import strip_tags

from casestudies.models import CaseStudyPage
from search.documents import SECTION_FIELDS

BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain(html):
    """Section rich text as plain text: highlights are built from it and escaped.
    Block ends become spaces, so two paragraphs never run into one word."""
    text = strip_tags(BLOCK_END.sub(" ", html or "")).replace("&nbsp;", " ")
    return " ".join(text.split())


def case_document(page):
    """The _source of one case; relations must be prefetched (with_card_data)."""
    kommuner = list(page.kommuner.all())
    tags = list(page.tags.all())
    return {
        "page_id": page.pk,
        "title": page.title,
        "summary": page.summary,
        **{field: plain(getattr(page, field)) for field in SECTION_FIELDS},
        "omraade": page.omraade,
        "maalgrupper": [m.slug for m in page.maalgrupper.all()],
        "kommuner": [k.slug for k in kommuner],
        "regions": sorted({k.region.slug for k in kommuner}),
        "tags": [t.slug for t in tags],
        "partners": [p.slug for p in page.partners.all()],
        "year": page.date.year if page.date else None,
        "kommune_names": [k.official_name for k in kommuner],
        # "PPR Nordjylland" names the region, not a kommune.
        "region_names": sorted({k.region.name for k in kommuner}),
        "tag_names": [t.name for t in tags],
        "url": page.url,
        "date": page.date,
        "first_published_at": page.first_published_at,
    }


def indexable_cases():
    """Live, public cases with everything a document needs, in a fixed number of queries."""
    return CaseStudyPage.objects.visible().with_card_data().order_by("pk")
