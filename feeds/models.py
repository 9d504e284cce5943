"""What a feed's Last-Modified needs beyond the cases themselves."""

from django.db import models
from django.utils import timezone

ROW_ID = 1


class CaseSetChange(models.Model):
    """One row: when a case last left a set of public cases.

    A feed's Last-Modified was the newest last_published_at of its cases, and no
    case's timestamp moves when one is unpublished, deleted, made private or
    moved, nor when a republished case leaves a filtered feed (another kommune,
    another tema). A client sending only If-Modified-Since then got 304 and
    kept showing the case. Last-Modified is now the later of the two moments.

    A row in the database, not a cache key: every worker and process must see
    the same moment, and a lost key would bring the stale 304 back.
    """

    changed_at = models.DateTimeField("ændret")

    class Meta:
        verbose_name = "ændring i de offentlige praksiseksempler"
        verbose_name_plural = "ændringer i de offentlige praksiseksempler"

    def __str__(self):
        return self.changed_at.isoformat()

    @classmethod
    def record(cls):
        # An UPDATE of one existing row never conflicts with a concurrent one;
        # only the very first change creates it (get_or_create absorbs a race).
        now = timezone.now()
        if not cls.objects.filter(pk=ROW_ID).update(changed_at=now):
            cls.objects.get_or_create(pk=ROW_ID, defaults={"changed_at": now})

    @classmethod
    def last(cls):
        """The moment of the last change, or None when no case ever left."""
        return cls.objects.filter(pk=ROW_ID).values_list("changed_at", flat=True).first()
