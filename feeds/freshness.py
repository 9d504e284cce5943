"""Records when a case leaves a set of public cases, for the feeds' Last-Modified
(feeds.models.CaseSetChange says why). Wagtail's signals, like the search
outbox: unpublish, delete, move, privacy, and a republish (which can move a
case out of a filtered feed)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from casestudies.models import CaseStudyPage
from feeds.models import CaseSetChange


def on_set_changed(sender, **kwargs):
    CaseSetChange.record()


def on_page_deleted(sender, instance, **kwargs):
    # Deleting a parent deletes its cases in bulk; each still sends post_delete.
    if isinstance(instance, CaseStudyPage) or instance.specific_class is CaseStudyPage:
        CaseSetChange.record()


def on_published(sender, instance, **kwargs):
    # A first publication moves the case's own last_published_at, which the
    # feeds already read; a republish may take the case out of a filtered feed.
    if instance.first_published_at and instance.first_published_at != instance.last_published_at:
        CaseSetChange.record()


def register():
    page_unpublished.connect(
        on_set_changed, sender=CaseStudyPage, dispatch_uid="feeds_case_unpublished"
    )
    page_published.connect(on_published, sender=CaseStudyPage, dispatch_uid="feeds_published")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="feeds_page_deleted")
    post_delete.connect(on_page_deleted, sender=CaseStudyPage, dispatch_uid="feeds_case_deleted")
    post_page_move.connect(on_set_changed, dispatch_uid="feeds_page_moved")
    post_save.connect(
        on_set_changed, sender=PageViewRestriction, dispatch_uid="feeds_privacy_saved"
    )
    post_delete.connect(
        on_set_changed, sender=PageViewRestriction, dispatch_uid="feeds_privacy_deleted"
    )
