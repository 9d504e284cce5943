from django.apps import AppConfig


class CaseImportConfig(AppConfig):
    """Turns praksiseksempel documents (.txt, .md, .docx) into case pages."""

    name = "caseimport"
    verbose_name = "Import af praksiseksempler"
    default_auto_field = "django.db.models.BigAutoField"
