"""The shared vocabularies a case is described with.

Regions, kommuner and målgrupper are public, fixed facts loaded by data
migrations; partners grow as editors add them. All are snippets, so editors
pick them from lists instead of typing names that then differ in spelling.
"""

from django.db import models
from django.utils.text import slugify
from wagtail.search import index

# Område is one fixed choice per case; the codes are used in URLs, filters,
# feeds and the search index, so they are ASCII and never change.
OMRAADE_CHOICES = [
    ("dagtilbud", "Dagtilbud"),
    ("skole", "Skole"),
    ("ppr", "PPR"),
    ("fritid", "Fritid og ungdom"),
    ("forvaltning", "Forvaltning"),
    ("tvaergaaende", "Tværgående 0-18 år"),
]
OMRAADE_LABELS = dict(OMRAADE_CHOICES)

DANISH_TRANSLITERATION = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
)


def danish_slugify(text):
    """Slug that keeps æ, ø and å readable (slugify alone would drop them)."""
    return slugify(text.translate(DANISH_TRANSLITERATION))


class Region(models.Model):
    """One of Denmark's five regions; used to filter cases geographically."""

    name = models.CharField("navn", max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "region"
        verbose_name_plural = "regioner"

    def __str__(self):
        return self.name


class Kommune(index.Indexed, models.Model):
    """One of the 98 Danish kommuner (public facts, loaded by a migration)."""

    name = models.CharField(
        "navn",
        max_length=60,
        unique=True,
        help_text="Kort navn, fx “Aarhus” eller “Lyngby-Taarbæk”.",
    )
    official_name = models.CharField(
        "officielt navn", max_length=80, unique=True, help_text="Fx “Københavns Kommune”."
    )
    slug = models.SlugField(max_length=60, unique=True)
    region = models.ForeignKey(
        Region, verbose_name="region", on_delete=models.PROTECT, related_name="kommuner"
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("official_name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "kommune"
        verbose_name_plural = "kommuner"

    def __str__(self):
        return self.official_name


class Maalgruppe(models.Model):
    """A professional group a case is written for (ledere, pædagoger, ...)."""

    name = models.CharField("navn", max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField("rækkefølge", default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "målgruppe"
        verbose_name_plural = "målgrupper"

    def __str__(self):
        return self.name


class Partner(index.Indexed, models.Model):
    """An organisation a kommune worked with: a university college, EVA, KL, ..."""

    name = models.CharField("navn", max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, blank=True)
    url = models.URLField("webadresse", blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "partner"
        verbose_name_plural = "partnere"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = danish_slugify(self.name)[:120]
        super().save(*args, **kwargs)
