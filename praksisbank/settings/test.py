"""Settings for the test suite: fast hashing, a local-memory cache, no DEBUG."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production"  # noqa: S105 - tests only
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Whitenoise's manifest would require collectstatic before every test run.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Serve static files from the source folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Tests never touch the indices of a developer's running site.
SEARCH_INDEX_ALIAS = os.environ.get("SEARCH_INDEX_ALIAS", "test-praksisbank-cases")
if "database" in WAGTAILSEARCH_BACKENDS:  # noqa: F405 - a search node is configured
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "test-praksisbank-wagtail-"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The suite makes many searches a minute from one address; the rate limit tests
# (tests/security) turn the limits on.
RATELIMIT_ENABLE = False
# django-axes refuses logins that come without a request, as Django's test
# client.login() and WagtailTestUtils.login() make them; the lockout tests
# (tests/loginguard) turn it on.
AXES_ENABLED = False
