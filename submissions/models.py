"""Who sent a case through the public form, and when."""

from django.db import models
from django.utils import timezone


class Submission(models.Model):
    """The submitter of a draft case made by the public form.

    Kept beside the page rather than on it: the submitter's name and e-mail are
    for the moderators, and a page's fields travel to the API, the search index
    and the page revisions' JSON. Deleting the draft deletes this too.
    """

    page = models.OneToOneField(
        "casestudies.CaseStudyPage",
        verbose_name="praksiseksempel",
        on_delete=models.CASCADE,
        related_name="submission",
    )
    submitter_name = models.CharField("indsendt af", max_length=120)
    submitter_role = models.CharField("rolle", max_length=120)
    submitter_email = models.EmailField("e-mail")
    submitted_at = models.DateTimeField("indsendt", auto_now_add=True)

    class Meta:
        verbose_name = "indsendelse"
        verbose_name_plural = "indsendelser"
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.page.title} (indsendt af {self.submitter_name})"

    @property
    def description(self):
        """One Danish line for the admin: who, in what role, with what address."""
        return (
            f"Indsendt via formularen {timezone.localtime(self.submitted_at):%d.%m.%Y kl. %H.%M} af "
            f"{self.submitter_name} ({self.submitter_role}, {self.submitter_email})."
        )
