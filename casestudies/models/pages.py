"""The page types of the site: home, case index and the case itself."""

from datetime import date

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from casestudies.listing import CaseFilter, paginate
from casestudies.models.taxonomy import (
    OMRAADE_CHOICES,
    OMRAADE_LABELS,
    Kommune,
    Maalgruppe,
    Partner,
)
from casestudies.sections import SECTIONS, SECTIONS_BY_FIELD
from editorial.kommune_scope import KommuneScopedCaseFormMixin
from editorial.permissions import KommuneScopedPagePermissionTester

# How long an anonymous visitor's copy of a case page is kept (see CaseStudyPage.serve).
CASE_PAGE_CACHE_SECONDS = 600

SECTION_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]

# Danish messages for what a case needs before it can be published. The model
# uses them in full_clean(); the admin form shows the same text.
PUBLISH_REQUIRED_MESSAGES = {
    "kommuner": "Vælg mindst én kommune.",
    "omraade": "Vælg det område, praksiseksemplet handler om.",
    "summary": "Skriv et kort resumé på højst 300 tegn.",
    "context": "Udfyld afsnittet “Kontekst og formål” før udgivelse.",
    "practice": "Udfyld afsnittet “Praksis og proces” før udgivelse.",
    "key_advice": "Udfyld afsnittet “Det vigtigste råd til andre” før udgivelse.",
}
CONTACT_EMAIL_MESSAGE = "Skriv en gyldig e-mailadresse, fx navn@kommune.dk."


class CaseStudyPageQuerySet(PageQuerySet):
    def visible(self):
        """What the public may see: live and not behind a privacy restriction."""
        return self.live().public()

    def with_card_data(self):
        """Everything a card, a feed item or an index document shows, in a fixed
        number of queries however many cases there are."""
        return self.select_related("image").prefetch_related(
            "kommuner__region", "maalgrupper", "partners", "tags"
        )


CaseStudyPageManager = PageManager.from_queryset(CaseStudyPageQuerySet)


def popular_tags(cases):
    """Tags of the given cases with how many cases carry each, most used first."""
    return (
        Tag.objects.filter(casestudies_casestudytag_items__content_object__in=cases)
        .annotate(case_count=models.Count("casestudies_casestudytag_items", distinct=True))
        .order_by("-case_count", "name")
    )


class CaseIndexPage(RoutablePageMixin, Page):
    """All cases, filterable; also serves a page per kommune and per tema."""

    intro = RichTextField("introduktion", blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["casestudies.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    template = "pages/case_index_page.html"
    max_count = 1

    class Meta:
        verbose_name = "oversigt over praksiseksempler"

    def visible_cases(self):
        return CaseStudyPage.objects.visible().descendant_of(self)

    @path("")
    def case_list(self, request):
        case_filter = CaseFilter(request.GET, queryset=self.visible_cases().with_card_data())
        return self.render(
            request,
            context_overrides={
                "case_filter": case_filter,
                "cases": paginate(request, case_filter.qs.order_by("-date", "-pk")),
            },
        )

    @path("kommuner/")
    def kommune_list(self, request):
        kommuner = Kommune.objects.select_related("region").annotate(
            case_count=models.Count(
                "cases", filter=models.Q(cases__in=self.visible_cases()), distinct=True
            )
        )
        return self.render(
            request,
            template="pages/kommune_list_page.html",
            context_overrides={"kommuner": kommuner},
        )

    @path("kommune/<slug:slug>/")
    def kommune_cases(self, request, slug):
        kommune = get_object_or_404(Kommune.objects.select_related("region"), slug=slug)
        cases = self.visible_cases().filter(kommuner=kommune).with_card_data()
        return self.render(
            request,
            template="pages/kommune_page.html",
            context_overrides={
                "kommune": kommune,
                "cases": paginate(request, cases.order_by("-date", "-pk")),
            },
        )

    @path("temaer/")
    def tema_list(self, request):
        return self.render(
            request,
            template="pages/tema_list_page.html",
            context_overrides={"temaer": popular_tags(self.visible_cases())},
        )

    @path("tema/<str:slug>/")
    def tema_cases(self, request, slug):
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404("Ukendt tema")
        cases = self.visible_cases().filter(tags=tag).with_card_data()
        return self.render(
            request,
            template="pages/tema_page.html",
            context_overrides={
                "tema": tag,
                "cases": paginate(request, cases.order_by("-date", "-pk")),
            },
        )


class CaseStudyTag(TaggedItemBase):
    """Through model so a case's themes are saved with its revisions."""

    content_object = ParentalKey(
        "casestudies.CaseStudyPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class CaseStudyDocument(Orderable):
    """A document attached to a case: a presentation, an evaluation, a template."""

    page = ParentalKey(
        "casestudies.CaseStudyPage", related_name="attached_documents", on_delete=models.CASCADE
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="dokument", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "vedhæftet dokument"
        verbose_name_plural = "vedhæftede dokumenter"


class CaseStudyPageForm(KommuneScopedCaseFormMixin, WagtailAdminPageForm):
    """Shows the model's Danish messages for what publishing requires, and
    keeps a kommune editor's case within their kommuner."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in PUBLISH_REQUIRED_MESSAGES.items():
            if name in self.fields:
                self.fields[name].error_messages["required"] = message
        if "contact_email" in self.fields:
            self.fields["contact_email"].error_messages["invalid"] = CONTACT_EMAIL_MESSAGE


def section_field(name, required=False):
    section = SECTIONS_BY_FIELD[name]
    return RichTextField(
        section.heading,
        blank=not required,
        features=SECTION_FEATURES,
        help_text=section.help_text,
        error_messages={"blank": PUBLISH_REQUIRED_MESSAGES[name]} if required else None,
    )


class CaseStudyPage(Page):
    """A kommunalt praksiseksempel: one programme, told in the format's eight sections.

    Required fields are validated when publishing, not when saving a draft
    (Wagtail defers them), so an editor or the importer can save a half-written
    case and finish it later.
    """

    kommuner = ParentalManyToManyField(
        Kommune,
        verbose_name="kommuner",
        related_name="cases",
        help_text="Den eller de kommuner, der stod bag indsatsen.",
    )
    date = models.DateField("dato", default=date.today, help_text="Datoen for beskrivelsen.")
    omraade = models.CharField(
        "område",
        max_length=20,
        choices=OMRAADE_CHOICES,
        error_messages={"blank": PUBLISH_REQUIRED_MESSAGES["omraade"]},
    )
    maalgrupper = ParentalManyToManyField(
        Maalgruppe, verbose_name="målgrupper", blank=True, related_name="cases"
    )
    summary = models.CharField(
        "resumé",
        max_length=300,
        help_text="1-2 sætninger til kort, feeds og nyhedsbreve (højst 300 tegn).",
        error_messages={"blank": PUBLISH_REQUIRED_MESSAGES["summary"]},
    )

    practice = section_field("practice", required=True)
    context = section_field("context", required=True)
    policy = section_field("policy")
    experiences = section_field("experiences")
    next_steps = section_field("next_steps")
    resources = section_field("resources")
    key_advice = section_field("key_advice", required=True)
    contact = section_field("contact")

    contact_name = models.CharField("kontaktperson", max_length=120, blank=True)
    contact_email = models.EmailField(
        "e-mail", blank=True, error_messages={"invalid": CONTACT_EMAIL_MESSAGE}
    )
    contact_phone = models.CharField("telefon", max_length=40, blank=True)

    period_start = models.PositiveSmallIntegerField(
        "periode fra (år)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1970), MaxValueValidator(2100)],
    )
    period_end = models.PositiveSmallIntegerField(
        "periode til (år)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1970), MaxValueValidator(2100)],
        help_text="Tom, hvis indsatsen stadig kører.",
    )
    scope = models.CharField(
        "omfang",
        max_length=200,
        blank=True,
        help_text="Omfanget i ord, fx “8 undervisningsdage over 10 måneder”.",
    )
    participants = models.PositiveIntegerField("antal deltagere", null=True, blank=True)
    partners = ParentalManyToManyField(
        Partner, verbose_name="partnere", blank=True, related_name="cases"
    )
    tags = ClusterTaggableManager(
        "temaer",
        through=CaseStudyTag,
        blank=True,
        help_text="Temaer som “professionelle læringsfællesskaber” eller “aktionslæring”.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="billede",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CaseStudyPageManager()

    base_form_class = CaseStudyPageForm
    parent_page_types = ["casestudies.CaseIndexPage"]
    subpage_types = []
    template = "pages/case_study_page.html"

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        *[index.SearchField(section.field) for section in SECTIONS],
        index.RelatedFields("kommuner", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("omraade"),
        index.FilterField("date"),
    ]

    fakta_panels = [
        # TitleFieldPanel fills in the slug from the title, as on Wagtail's own pages.
        TitleFieldPanel("title"),
        FieldPanel("kommuner", widget=forms.SelectMultiple, required_on_save=False),
        FieldRowPanel([FieldPanel("date"), FieldPanel("omraade")]),
        FieldPanel("maalgrupper", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldRowPanel([FieldPanel("scope"), FieldPanel("participants")]),
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Periode og omfang",
        ),
        FieldPanel("tags"),
    ]
    indhold_panels = [
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300})),
        *[FieldPanel(section.field) for section in SECTIONS if section.field != "contact"],
        FieldPanel("image"),
        InlinePanel("attached_documents", label="Vedhæftede dokumenter"),
    ]
    kontakt_panels = [
        FieldPanel("contact_name"),
        FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
        FieldPanel("contact"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(fakta_panels, heading="Fakta"),
            ObjectList(indhold_panels, heading="Indhold"),
            ObjectList(kontakt_panels, heading="Kontakt"),
            ObjectList(Page.promote_panels, heading="Promovering"),
            ObjectList(Page.settings_panels, heading="Indstillinger"),
        ]
    )

    class Meta:
        verbose_name = "praksiseksempel"
        verbose_name_plural = "praksiseksempler"
        # The listings count and page through cases newest first, often within
        # one område. A case row holds its eight sections (kilobytes each), so
        # without these indexes every listing read the whole table: 100-300 ms
        # at 100,000 cases on SQLite (make bench). The page id ends each index,
        # so the count's join to the page tree reads the index alone, never the
        # wide rows: a listing count at 100,000 on PostgreSQL went from 140-170
        # to 15-55 ms (EXPLAIN ANALYZE), and newest first is the index's order.
        indexes = [
            models.Index(fields=["-date", "-page_ptr"], name="case_date_page_idx"),
            models.Index(
                fields=["omraade", "-date", "-page_ptr"], name="case_omraade_date_page_idx"
            ),
        ]

    def permissions_for_user(self, user):
        """Wagtail's permissions, limited to the user's kommuner (editorial.permissions)."""
        return KommuneScopedPagePermissionTester(user, self)

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": "Slutåret kan ikke ligge før startåret."})

    def validate_for_publishing(self):
        """Everything publishing requires, for code that publishes without the
        admin form (the importer, the demo loader).

        The kommuner check cannot live in clean(): the admin form validates the
        model before it hands over many-to-many values, and enforces the
        requirement itself through the required form field.
        """
        errors = {}
        try:
            self.full_clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if not self.kommuner.all():
            errors["kommuner"] = [PUBLISH_REQUIRED_MESSAGES["kommuner"]]
        if errors:
            raise ValidationError(errors)

    @property
    def omraade_label(self):
        return OMRAADE_LABELS.get(self.omraade, "")

    @cached_property
    def filled_sections(self):
        """(section, html) for every section with text, in the format's order."""
        return [
            (section, getattr(self, section.field))
            for section in SECTIONS
            if getattr(self, section.field)
            or (section.field == "contact" and self.has_contact_details)
        ]

    @cached_property
    def kommuner_with_regions(self):
        """The kommuner with their regions, read once: the case page lists them
        twice and shows each one's region (a query per kommune otherwise)."""
        return list(self.kommuner.select_related("region"))

    @property
    def has_contact_details(self):
        return bool(self.contact_name or self.contact_email or self.contact_phone)

    @property
    def period_label(self):
        if not self.period_start:
            return ""
        if not self.period_end:
            return f"{self.period_start}-"
        if self.period_end == self.period_start:
            return str(self.period_start)
        return f"{self.period_start}-{self.period_end}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["case_index"] = self.get_parent().specific
        return context

    def serve(self, request, *args, **kwargs):
        """Serve anonymous visitors a cached copy of the rendered page.

        The key holds the time of the last publication, so publishing a change
        makes a new key at once; unpublished and private pages never get here
        (Wagtail refuses them before serve). Only the similar cases can be up
        to CASE_PAGE_CACHE_SECONDS old.
        """
        if not self._may_use_cache(request):
            return super().serve(request, *args, **kwargs)
        key = f"case-page:{self.pk}:{self.last_published_at.isoformat()}"
        html = cache.get(key)
        if html is not None:
            return HttpResponse(html)
        response = super().serve(request, *args, **kwargs)
        response.render()
        if response.status_code == 200:
            cache.set(key, response.content, CASE_PAGE_CACHE_SECONDS)
        return response

    def _may_use_cache(self, request):
        return (
            request.method == "GET"
            and not request.GET
            and not request.user.is_authenticated
            and not getattr(request, "is_preview", False)
            and self.live
            and self.last_published_at is not None
        )
