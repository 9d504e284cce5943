from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "feeds"
    verbose_name = "Feeds"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Signal handlers are connected here, never at import time.
        from feeds import freshness

        freshness.register()
