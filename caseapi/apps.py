from django.apps import AppConfig


class CaseAPIConfig(AppConfig):
    name = "caseapi"
    verbose_name = "API"
