"""WSGI entry point; gunicorn serves ``praksisbank.wsgi:application`` in production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "praksisbank.settings.production")

application = get_wsgi_application()
