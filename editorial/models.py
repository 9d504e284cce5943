"""Which kommuner an editor writes for.

Wagtail's page permissions follow the page tree, and every case sits under the
one case index, so the tree cannot say "Vejle's editors edit Vejle's cases".
A KommuneEditor record says it per user; editorial.permissions applies it to
every admin view through Wagtail's permission tester and policy. See
docs/kommune-editors.md.
"""

from django.conf import settings
from django.contrib import admin
from django.db import models


class KommuneEditor(models.Model):
    """An editor's kommuner, or the explicit mark that the editor works nationally.

    A user with page permissions but no record, or a record with neither
    kommuner nor the national mark, may not see or change any case: a new
    account that nobody tied to a kommune must not get the whole country's
    cases. Moderators (everyone who may publish) are always national.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="redaktør",
        on_delete=models.CASCADE,
        related_name="kommune_editor",
    )
    kommuner = models.ManyToManyField(
        "casestudies.Kommune",
        verbose_name="kommuner",
        blank=True,
        related_name="editors",
        help_text=(
            "Redaktøren ser, opretter og redigerer kun praksiseksempler, "
            "der nævner en af disse kommuner."
        ),
    )
    national = models.BooleanField(
        "landsdækkende",
        default=False,
        help_text=(
            "Redaktøren må redigere praksiseksempler fra alle kommuner. "
            "Kommunerne ovenfor bruges så ikke."
        ),
    )

    class Meta:
        verbose_name = "kommuneredaktør"
        verbose_name_plural = "kommuneredaktører"
        ordering = ["user__username"]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @admin.display(description="kommuner")
    def kommune_names(self):
        """For the admin listing: "landsdækkende" or the kommuner's names."""
        if self.national:
            return "landsdækkende"
        return ", ".join(kommune.name for kommune in self.kommuner.all()) or "ingen"
