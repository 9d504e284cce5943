"""Keeps the case index in step with the page tree, through the outbox.

Wagtail signals, not post_save: a draft save fires post_save too, and drafts
never go into the index. Wagtail has no signal for privacy changes and moves
update descendants' URLs in bulk, so those are handled per subtree here.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from casestudies.models import CaseStudyPage
from search.indexing import enqueue


def cases_in_subtree(page):
    return CaseStudyPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)


def on_case_changed(sender, instance, **kwargs):
    enqueue([instance.pk])


def on_page_deleted(sender, instance, **kwargs):
    # Deleting a parent deletes its cases in bulk; each still sends post_delete.
    if isinstance(instance, CaseStudyPage) or instance.specific_class is CaseStudyPage:
        enqueue([instance.pk])


def on_subtree_changed(sender, instance, **kwargs):
    enqueue(cases_in_subtree(instance))


def on_restriction_changed(sender, instance, **kwargs):
    if instance.page_id:
        enqueue(cases_in_subtree(instance.page))


def register():
    page_published.connect(on_case_changed, sender=CaseStudyPage, dispatch_uid="search_published")
    page_unpublished.connect(
        on_case_changed, sender=CaseStudyPage, dispatch_uid="search_unpublished"
    )
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search_page_deleted")
    post_delete.connect(on_page_deleted, sender=CaseStudyPage, dispatch_uid="search_case_deleted")
    # A move changes the URL of the page and all its descendants.
    post_page_move.connect(on_subtree_changed, dispatch_uid="search_page_moved")
    page_slug_changed.connect(on_subtree_changed, dispatch_uid="search_slug_changed")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_privacy_saved"
    )
    post_delete.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_privacy_deleted"
    )
