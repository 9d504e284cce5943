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


class CaseText(models.Model):
    """The searchable text of one visible case, for the database fallback.

    One row per live, public case (search/fallback_index.py fills and refreshes
    it). The three text columns are the three weights of the ranking. The
    full-text index over them is vendor-specific and so not a Django field:
    on PostgreSQL a stored tsvector column `document` with a GIN index, on
    SQLite the FTS5 table search_casetext_fts (migration 0002).
    """

    page = models.OneToOneField(
        "casestudies.CaseStudyPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        verbose_name="side",
    )
    # Title and summary.
    heading = models.TextField("titel og resumé")
    # The key advice and the temaer.
    advice = models.TextField("råd og temaer")
    # The other sections, kommuner and regions.
    body = models.TextField("øvrig tekst")

    class Meta:
        verbose_name = "søgetekst"
        verbose_name_plural = "søgetekster"

    def __str__(self):
        return f"side {self.page_id}"
