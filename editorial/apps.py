from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Who may write and who may publish cases: groups and the approval workflow.

    The app has no models; its migration sets up the groups, their permissions
    and the Wagtail workflow, so every database gets the same editorial rules.
    """

    name = "editorial"
    verbose_name = "Redaktionel arbejdsgang"
    default_auto_field = "django.db.models.BigAutoField"
