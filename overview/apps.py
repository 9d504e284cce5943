from django.apps import AppConfig


class OverviewConfig(AppConfig):
    name = "overview"
    verbose_name = "Overblik"

    def ready(self):
        from overview import figures

        figures.register_invalidation()
