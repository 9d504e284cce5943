from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    name = "casestudies"
    verbose_name = "Praksiseksempler"
    default_auto_field = "django.db.models.BigAutoField"
