"""The content model: taxonomy snippets and the page types built on them."""

from casestudies.models.pages import (
    CaseIndexPage,
    CaseStudyDocument,
    CaseStudyPage,
    CaseStudyTag,
)
from casestudies.models.site_pages import HomePage, StandardPage
from casestudies.models.taxonomy import Kommune, Maalgruppe, Partner, Region

__all__ = [
    "CaseIndexPage",
    "CaseStudyDocument",
    "CaseStudyPage",
    "CaseStudyTag",
    "HomePage",
    "Kommune",
    "Maalgruppe",
    "Partner",
    "Region",
    "StandardPage",
]
