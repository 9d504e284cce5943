from django.apps import AppConfig


class LoginGuardConfig(AppConfig):
    """Failed admin logins: django-axes counts and locks, this app logs the
    attempts, shows the Danish lockout page and lets moderators unlock.

    The counting, the lockout and the stored attempts are django-axes'
    (https://django-axes.readthedocs.io/); settings are in settings/base.py.
    """

    name = "loginguard"
    verbose_name = "Beskyttelse af login"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from loginguard import audit

        audit.connect()
