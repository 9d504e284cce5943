"""The durable outbox between the page tree and the search index."""

from django.db import models


class PendingIndexUpdate(models.Model):
    """A page whose index entry must be brought in line with the database.

    It stores no action: the worker looks at the page when it processes the row
    (live and public -> index it, anything else -> remove it). Processing a row
    twice therefore does no harm, and rows survive a search outage or a killed
    worker until an update has succeeded.
    """

    page_id = models.BigIntegerField("side-id", db_index=True)
    created_at = models.DateTimeField("oprettet", auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField("forsøg", default=0)
    last_error = models.TextField("seneste fejl", blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = "ventende indeksopdatering"
        verbose_name_plural = "ventende indeksopdateringer"

    def __str__(self):
        return f"side {self.page_id}"
