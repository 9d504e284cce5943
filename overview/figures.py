"""The figures of /overblik/: live cases by område, region and year, the most
used temaer, and every kommune's count, zero included.

They are counted once and kept in the cache until a case is published,
unpublished, deleted or has its privacy changed; then the next visitor counts
them again. Counting is a handful of grouped queries, but the page is meant to
be linked widely, so each visit should not repeat them.
"""

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils.http import urlencode
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from casestudies.models import CaseStudyPage, Kommune, Region
from casestudies.models.pages import popular_tags
from casestudies.models.taxonomy import OMRAADE_CHOICES

CACHE_KEY = "overview:figures"
# A safety net only: every change that alters a count clears the key at once.
CACHE_SECONDS = 60 * 60 * 6
TOP_TEMAER = 15


def search_url(**filters):
    return f"/soeg/?{urlencode(filters)}"


def count_row(label, count, url):
    return {"label": label, "count": count, "url": url}


def count_figures():
    visible = CaseStudyPage.objects.visible()
    visible_ids = visible.values("pk")
    by_omraade = dict(visible.values_list("omraade").annotate(n=models.Count("pk")).order_by())
    regions = Region.objects.annotate(
        n=models.Count(
            "kommuner__cases", filter=models.Q(kommuner__cases__in=visible_ids), distinct=True
        )
    ).order_by("name")
    years = visible.values_list("date__year").annotate(n=models.Count("pk")).order_by("date__year")
    kommuner = (
        Kommune.objects.select_related("region")
        .annotate(n=models.Count("cases", filter=models.Q(cases__in=visible_ids), distinct=True))
        .order_by("name")
    )
    return {
        "total": visible.count(),
        "omraader": [
            count_row(label, by_omraade.get(code, 0), search_url(omraade=code))
            for code, label in OMRAADE_CHOICES
        ],
        "regioner": [
            count_row(region.name, region.n, search_url(region=region.slug)) for region in regions
        ],
        "aar": [
            count_row(str(year), n, search_url(year_from=year, year_to=year)) for year, n in years
        ],
        "temaer": [
            count_row(tag.name, tag.case_count, search_url(tema=tag.slug))
            for tag in popular_tags(visible)[:TOP_TEMAER]
        ],
        "kommuner": [
            {
                "name": kommune.name,
                "official_name": kommune.official_name,
                "region": kommune.region.name,
                "count": kommune.n,
                "url": search_url(kommune=kommune.slug),
            }
            for kommune in kommuner
        ],
    }


def overview_figures():
    return cache.get_or_set(CACHE_KEY, count_figures, CACHE_SECONDS)


def forget_figures(**kwargs):
    # Now, and again once the change is committed: a visitor counting between
    # the two would otherwise cache the figures from before it.
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def forget_on_case_deleted(sender, instance, **kwargs):
    if isinstance(instance, CaseStudyPage) or instance.specific_class is CaseStudyPage:
        forget_figures()


def register_invalidation():
    page_published.connect(forget_figures, sender=CaseStudyPage, dispatch_uid="overview_published")
    page_unpublished.connect(
        forget_figures, sender=CaseStudyPage, dispatch_uid="overview_unpublished"
    )
    post_delete.connect(forget_on_case_deleted, sender=Page, dispatch_uid="overview_page_deleted")
    post_delete.connect(
        forget_on_case_deleted, sender=CaseStudyPage, dispatch_uid="overview_case_deleted"
    )
    post_save.connect(
        forget_figures, sender=PageViewRestriction, dispatch_uid="overview_privacy_saved"
    )
    post_delete.connect(
        forget_figures, sender=PageViewRestriction, dispatch_uid="overview_privacy_deleted"
    )
