from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Who may write and who may publish cases: groups, the approval workflow
    and the kommuner each editor writes for.

    The migrations set up the groups, their permissions and the Wagtail
    workflow, so every database gets the same editorial rules.
    """

    name = "editorial"
    verbose_name = "Redaktionel arbejdsgang"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from editorial.permissions import KommuneScopedPagePermissionPolicy

        # Registered for Page, it outranks Wagtail's default (registered for
        # AbstractPage) everywhere the admin asks for the page policy. Wagtail
        # asks for registration in ready(), before any request looks it up.
        register_permission_policy(Page, KommuneScopedPagePermissionPolicy(Page))
