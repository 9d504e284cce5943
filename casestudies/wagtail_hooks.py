"""Admin registration of the taxonomy snippets (Danish labels come from the models)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from casestudies.models import Kommune, Maalgruppe, Partner, Region


class KommuneViewSet(SnippetViewSet):
    model = Kommune
    icon = "site"
    list_display = ["official_name", "region", "slug"]
    list_filter = ["region"]
    search_fields = ["name", "official_name"]
    ordering = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "slug"]


class MaalgruppeViewSet(SnippetViewSet):
    model = Maalgruppe
    icon = "group"
    list_display = ["name", "slug"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "link"
    list_display = ["name", "url"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Taksonomi"
    menu_icon = "tag"
    menu_order = 250
    items = (KommuneViewSet, RegionViewSet, MaalgruppeViewSet, PartnerViewSet)


register_snippet(TaxonomyViewSetGroup)
