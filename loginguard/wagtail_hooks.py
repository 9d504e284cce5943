"""Adds "Låste logins" under Indstillinger in the Wagtail admin, for moderators.

See https://docs.wagtail.org/en/stable/reference/hooks.html#register-settings-menu-item
"""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from loginguard.locks import user_can_unlock
from loginguard.views import LockedLoginsView


class LockedLoginsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_unlock(request.user)


@hooks.register("register_admin_urls")
def register_locked_logins_url():
    urls = ([path("", LockedLoginsView.as_view(), name="locked_logins")], "loginguard")
    return [path("laaste-logins/", include(urls))]


@hooks.register("register_settings_menu_item")
def register_locked_logins_menu_item():
    return LockedLoginsMenuItem(
        "Låste logins", reverse("loginguard:locked_logins"), icon_name="lock", order=610
    )
