"""The outbox that keeps the case index equal to the page tree: the one owner
of index synchronisation.

- What triggers it: Wagtail's signals, registered by `register()` from
  SearchConfig.ready(). Not post_save: a draft save fires post_save too, and
  drafts never go into the index. Wagtail has no signal for privacy changes,
  and a move updates descendants' URLs in bulk, so those are handled per subtree.
- `enqueue`: a PendingIndexUpdate row (search/models.py, where Django wants
  models) written in the caller's transaction, so the record exists exactly
  when the change does.
- `process_search_outbox`: the background task (django-tasks; `manage.py
  db_worker` runs it) that calls `drain_outbox`, which hands each batch to
  `apply_updates`.

The database fallback's text rows (search/fallback_index.py) are refreshed by
`enqueue` itself, in the caller's transaction.

The rebuild (search/indexing.py) uses this module to catch up with the pages
changed while it ran; the index itself is defined in search/documents.py.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tasks import task
from elasticsearch import helpers
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from casestudies.models import CaseStudyPage
from search.connection import UNAVAILABLE_ERRORS, get_client, index_alias, search_enabled
from search.documents import document_actions, ensure_index, indexable_cases
from search.fallback_index import refresh_case_texts
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)

RETRY_AFTER = timedelta(seconds=30)
# Ahead of Wagtail's own tasks on the same queue: a publish also queues Wagtail's
# update of its database search index (the fallback's), which on SQLite
# recomputes title norms over every indexed page, 0.6 s at 100,000 cases. Run
# first, the search node knows the case in ~0.1 s instead of after that (make
# bench: publish-to-findable, py-spy of the db_worker).
OUTBOX_PRIORITY = 50


# --- Enqueue ----------------------------------------------------------------


def enqueue(page_ids):
    """Record that these pages' index entries must be brought up to date, and
    bring their rows in the database fallback's index up to date at once.

    Written in the caller's transaction, so the record exists exactly when the
    change does; the worker is asked to run once that transaction commits.
    """
    page_ids = {int(pk) for pk in page_ids if pk}
    if not page_ids:
        return
    # The fallback's text rows live in this database, so they change in this
    # transaction, search node or not: the fallback answers exactly when the
    # node is down, when the outbox would hold its rows back.
    refresh_case_texts(page_ids)
    if not search_enabled():
        return
    PendingIndexUpdate.objects.bulk_create(PendingIndexUpdate(page_id=pk) for pk in page_ids)
    transaction.on_commit(process_search_outbox.enqueue)


def enqueue_pages_changed_since(moment):
    enqueue(
        CaseStudyPage.objects.filter(latest_revision_created_at__gte=moment).values_list(
            "pk", flat=True
        )
    )


# --- Apply and drain ----------------------------------------------------------


def apply_updates(client, page_ids):
    """Make the index entries of these pages equal to the database."""
    visible = {page.pk: page for page in indexable_cases().filter(pk__in=page_ids)}
    actions = list(document_actions(index_alias(), visible.values()))
    actions += [
        {"_op_type": "delete", "_index": index_alias(), "_id": str(pk)}
        for pk in page_ids
        if pk not in visible
    ]
    # require_alias: never let a write auto-create a plain index named like the alias.
    _, errors = helpers.bulk(
        client, actions, raise_on_error=False, refresh=True, require_alias=True
    )
    # Deleting what is not in the index is fine: the goal state is reached.
    real_errors = [e for e in errors if e.get("delete", {}).get("status") != 404]
    if real_errors:
        raise RuntimeError(f"Indeksering fejlede: {real_errors[:3]}")


def drain_outbox(batch_size=200):
    """Process pending updates until none is left; returns how many rows were done.

    Rows are deleted only after their update succeeded, so a worker killed
    mid-batch leaves them for the next run (at-least-once, and the update is
    idempotent, so no duplicates and no gaps). On failure every waiting row
    records the attempt and the error, for case_index_status to show.
    """
    done = 0
    try:
        if PendingIndexUpdate.objects.exists():
            ensure_index()
        client = get_client()
        while batch := list(PendingIndexUpdate.objects.order_by("pk")[:batch_size]):
            row_ids = [row.pk for row in batch]
            apply_updates(client, sorted({row.page_id for row in batch}))
            PendingIndexUpdate.objects.filter(pk__in=row_ids).delete()
            done += len(row_ids)
    except (*UNAVAILABLE_ERRORS, RuntimeError) as error:
        PendingIndexUpdate.objects.update(attempts=F("attempts") + 1, last_error=str(error)[:2000])
        raise
    return done


@task(priority=OUTBOX_PRIORITY)
def process_search_outbox():
    """Drain the outbox. While the search node is down the rows stay, and the
    task is scheduled again (on backends that can defer), so the index catches
    up by itself once the node is back."""
    try:
        return drain_outbox()
    except (*UNAVAILABLE_ERRORS, RuntimeError) as error:
        logger.warning("Search outbox not drained, will retry: %s", error)
        if process_search_outbox.get_backend().supports_defer:
            process_search_outbox.using(run_after=timezone.now() + RETRY_AFTER).enqueue()
        return 0


# --- Signals ----------------------------------------------------------------


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
