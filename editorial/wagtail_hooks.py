"""Admin for kommune editors: who writes for which kommuner, and telling them.

The scoping itself lives in editorial.permissions; this module only manages
the records and explains them in Danish.
"""

from django import forms
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet

from editorial.kommune_scope import kommune_scope_for, scope_explanation
from editorial.models import KommuneEditor


class KommuneEditorViewSet(ModelViewSet):
    """Settings → Kommuneredaktører, for Moderatorer and administrators.

    Access follows the model permissions on KommuneEditor, which the
    Moderatorer group gets in a migration.
    """

    model = KommuneEditor
    icon = "group"
    menu_label = "Kommuneredaktører"
    add_to_settings_menu = True
    list_display = ["user", "kommune_names", "national"]
    list_filter = ["national", "kommuner"]
    panels = [
        FieldPanel("user"),
        FieldPanel("kommuner", widget=forms.SelectMultiple(attrs={"size": 12})),
        FieldPanel("national"),
    ]


class KommuneScopePanel(Component):
    """The dashboard's "Dine kommuner": which cases the editor can reach, and why."""

    name = "kommune_scope"
    order = 50
    template_name = "editorial/kommune_scope_panel.html"

    def __init__(self, scope):
        self.scope = scope

    def get_context_data(self, parent_context=None):
        return {"explanation": scope_explanation(self.scope)}


@hooks.register("register_admin_viewset")
def register_kommune_editor_viewset():
    return KommuneEditorViewSet("kommune_editors")


@hooks.register("construct_homepage_panels")
def explain_kommune_scope(request, panels):
    if not request.user.is_superuser:
        panels.insert(0, KommuneScopePanel(kommune_scope_for(request.user)))
