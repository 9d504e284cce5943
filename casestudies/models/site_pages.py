"""The site's own pages around the cases: the front page and plain text pages."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from casestudies.models.pages import CaseIndexPage, CaseStudyPage, popular_tags
from casestudies.models.taxonomy import OMRAADE_CHOICES


class HomePage(Page):
    """The front page: the newest cases and ways into them by område and tema."""

    intro = models.TextField(
        "introduktion",
        blank=True,
        help_text="Et par sætninger om, hvad Praksisbanken er, til forsidens top.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["casestudies.CaseIndexPage", "casestudies.StandardPage"]
    template = "pages/home_page.html"
    max_count = 1

    class Meta:
        verbose_name = "forside"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        visible = CaseStudyPage.objects.visible()
        context["newest_cases"] = visible.with_card_data().order_by("-first_published_at")[:6]
        counts = dict(visible.values_list("omraade").annotate(n=models.Count("pk")).order_by())
        context["omraader"] = [
            {"code": code, "label": label, "count": counts.get(code, 0)}
            for code, label in OMRAADE_CHOICES
        ]
        context["temaer"] = popular_tags(visible)[:12]
        context["case_index"] = CaseIndexPage.objects.live().first()
        return context


class StandardPage(Page):
    """A plain text page, such as the accessibility statement or 'Om Praksisbanken'."""

    body = RichTextField(
        "tekst", features=["h2", "h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["casestudies.HomePage"]
    subpage_types = []
    template = "pages/standard_page.html"

    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = "tekstside"
