"""Background tasks of the search app (django-tasks; `manage.py db_worker` runs them)."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from search.connection import UNAVAILABLE_ERRORS

logger = logging.getLogger(__name__)

RETRY_AFTER = timedelta(seconds=30)
# Ahead of Wagtail's own tasks on the same queue: a publish also queues Wagtail's
# update of its database search index (the fallback's), which on SQLite
# recomputes title norms over every indexed page, 0.6 s at 100,000 cases. Run
# first, the search node knows the case in ~0.1 s instead of after that (make
# bench: publish-to-findable, py-spy of the db_worker).
OUTBOX_PRIORITY = 50


@task(priority=OUTBOX_PRIORITY)
def process_search_outbox():
    """Drain the outbox. While the search node is down the rows stay, and the
    task is scheduled again (on backends that can defer), so the index catches
    up by itself once the node is back."""
    from search.indexing import drain_outbox

    try:
        return drain_outbox()
    except (*UNAVAILABLE_ERRORS, RuntimeError) as error:
        logger.warning("Search outbox not drained, will retry: %s", error)
        if process_search_outbox.get_backend().supports_defer:
            process_search_outbox.using(run_after=timezone.now() + RETRY_AFTER).enqueue()
        return 0
