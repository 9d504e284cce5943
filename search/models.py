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
    # Copies of the page's own fields, so that a search without text counts,
    # orders and pages through this table alone (search/fallback.py).
    first_published_at = models.DateTimeField("først udgivet", null=True)
    date = models.DateField("dato", null=True)

    class Meta:
        verbose_name = "søgetekst"
        verbose_name_plural = "søgetekster"
        indexes = [
            # The fallback's "newest first": the same order as the page list.
            models.Index(
                fields=["-first_published_at", "-page"], name="search_casetext_newest_idx"
            ),
            # The year filters, without reading the wide rows.
            models.Index(fields=["date", "page"], name="search_casetext_date_idx"),
        ]

    def __str__(self):
        return f"side {self.page_id}"


class CaseFacetValue(models.Model):
    """One facet value of one visible case, for the database fallback's facet
    counts: a narrow copy of what search/facets.py's lookups read through the
    page and its many-to-many tables.

    Filled and refreshed with CaseText (search/fallback_index.py), so it holds
    exactly the visible cases. Counting a facet is then a GROUP BY over the
    rows of one facet, each filter a semi-join on the same table, instead of a
    join over the page table, its link tables and the taxonomy for every
    facet (1.13 s at 100,000 cases on PostgreSQL; see docs/search.md).
    """

    pk = models.CompositePrimaryKey("page", "facet", "value")
    page = models.ForeignKey(
        "casestudies.CaseStudyPage",
        # Not CASCADE: the refresh that a deletion triggers (search/outbox.py)
        # removes the rows itself, after counting them off CaseFacetTotal. The
        # constraint, checked at commit, still refuses rows of a deleted page.
        on_delete=models.DO_NOTHING,
        related_name="+",
        verbose_name="side",
        # The primary key starts with the page: it serves the refresh per page.
        db_index=False,
    )
    # The facet's query parameter (Facet.param), and one of its slugs.
    facet = models.CharField("facet", max_length=20)
    value = models.CharField("værdi", max_length=120)

    class Meta:
        verbose_name = "facetværdi"
        verbose_name_plural = "facetværdier"
        indexes = [
            # A filter's cases, and one facet's rows in value order.
            models.Index(fields=["facet", "value", "page"], name="search_facetvalue_idx"),
        ]

    def __str__(self):
        return f"side {self.page_id}: {self.facet}={self.value}"


class CaseFacetTotal(models.Model):
    """How many visible cases carry one facet value: CaseFacetValue's rows of
    that value, counted. The facet counts of a search without filters (the
    search page as it opens) and of a facet whose own filter is the only one
    read these rows instead of counting about a million CaseFacetValue rows
    at 100,000 cases (310 ms of PostgreSQL's time, see docs/search.md).

    Kept exact with CaseFacetValue, in the same transaction: the per-page
    refresh adds the difference of the changed pages' values, the rebuild
    counts them all again (search/fallback_index.py).
    """

    pk = models.CompositePrimaryKey("facet", "value")
    facet = models.CharField("facet", max_length=20)
    value = models.CharField("værdi", max_length=120)
    cases = models.IntegerField("sager")

    class Meta:
        verbose_name = "facetværdis antal"
        verbose_name_plural = "facetværdiers antal"

    def __str__(self):
        return f"{self.facet}={self.value}: {self.cases}"
