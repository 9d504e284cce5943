"""Adds "Importér praksiseksempler" to the Wagtail admin: its URL and its menu item.

See https://docs.wagtail.org/en/stable/reference/hooks.html#register-admin-urls
"""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from caseimport.views import ImportCasesView, user_can_import


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_url():
    urls = ([path("", ImportCasesView.as_view(), name="import_cases")], "caseimport")
    return [path("import/", include(urls))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        "Importér praksiseksempler",
        reverse("caseimport:import_cases"),
        icon_name="upload",
        order=310,
    )
