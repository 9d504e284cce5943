from django.apps import AppConfig


class SubmissionsConfig(AppConfig):
    """The public form "Indsend et praksiseksempel".

    A submission becomes a draft case in the moderation workflow; this app
    keeps who sent it and when (Submission), and never publishes anything.
    """

    name = "submissions"
    verbose_name = "Indsendelser"
    default_auto_field = "django.db.models.BigAutoField"
