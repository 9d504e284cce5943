"""Local development: what `make run` uses. Never use in production."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-praksisbanken"  # noqa: S105 - dev only
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files from the source folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
