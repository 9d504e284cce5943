"""Remembers which page a document became, so importing it again updates that page."""

from django.db import models


class ImportRecord(models.Model):
    """The link from a document's import key to the case page made from it.

    The key is the document's kommuner and title, normalised (see
    caseimport.importer.import_key). It survives edits of the body, a renamed
    file and a .docx saved again as .txt; it does not survive a new title,
    which then makes a new page, as a new case would.

    `proposed` keeps what the importer filled in by itself last time (område,
    målgrupper, resumé and, for a free-form document, under "read", the title,
    kommuner and sections it read): a re-import replaces those only where the
    editor has not changed them since.
    """

    import_key = models.CharField("importnøgle", max_length=600, unique=True)
    page = models.OneToOneField(
        "casestudies.CaseStudyPage",
        verbose_name="praksiseksempel",
        on_delete=models.CASCADE,
        related_name="import_record",
    )
    source_name = models.CharField("senest importeret fra", max_length=255)
    proposed = models.JSONField("foreslåede værdier", default=dict, blank=True)
    created_at = models.DateTimeField("første import", auto_now_add=True)
    updated_at = models.DateTimeField("seneste import", auto_now=True)

    class Meta:
        verbose_name = "importeret dokument"
        verbose_name_plural = "importerede dokumenter"

    def __str__(self):
        return self.source_name
