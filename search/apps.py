from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Søgning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connections and signal handlers are set up here, never at import time.
        from search import connection, outbox

        connection.configure()
        outbox.register()
