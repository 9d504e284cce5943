"""Background tasks of the search app (django-tasks; `manage.py db_worker` runs them)."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from search.connection import UNAVAILABLE_ERRORS

logger = logging.getLogger(__name__)

RETRY_AFTER = timedelta(seconds=30)


@task()
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
