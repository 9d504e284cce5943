"""Loads the demo cases of casestudies/demo_content.py and a demo admin user.

Idempotent: a case whose slug already exists under the case index is left
as it is, and the admin user is only created when missing, so running the
command twice changes nothing.
"""

import datetime
import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from casestudies.demo_content import DEMO_CASES
from casestudies.models import CaseIndexPage, CaseStudyPage, Kommune, Maalgruppe, Partner
from casestudies.models.taxonomy import danish_slugify
from casestudies.sections import TEXT_SECTION_FIELDS

DEFAULT_ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "praksisbanken"  # noqa: S105 - documented demo credential
SECTION_KEYS = TEXT_SECTION_FIELDS


def paragraphs_to_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


class Command(BaseCommand):
    help = "Indlæser demo-praksiseksempler og en demo-administrator (kan køres flere gange)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Opret ikke demo-administratoren."
        )

    def handle(self, *args, **options):
        index = CaseIndexPage.objects.first()
        if index is None:
            raise CommandError("Der findes ingen oversigtsside for praksiseksempler. Kør migrate.")
        created = sum(self.load_case(index, data) for data in DEMO_CASES)
        existing = len(DEMO_CASES) - created
        self.stdout.write(
            f"Demo-praksiseksempler: {created} oprettet, {existing} fandtes i forvejen."
        )
        if not options["no_admin"]:
            self.ensure_admin()

    @transaction.atomic
    def load_case(self, index, data):
        slug = danish_slugify(data["title"])[:255]
        if CaseStudyPage.objects.child_of(index).filter(slug=slug).exists():
            return False
        kommuner = [Kommune.objects.get(name=name) for name in data["kommuner"]]
        written = datetime.date.fromisoformat(data["date"])
        page = CaseStudyPage(
            title=data["title"],
            slug=slug,
            date=written,
            omraade=data["omraade"],
            summary=data["summary"],
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone=data["contact_phone"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            scope=data["scope"],
            participants=data["participants"],
            live=False,
            # The demo's "newest" order follows the dates the cases were written.
            first_published_at=timezone.make_aware(
                datetime.datetime.combine(written, datetime.time(9))
            ),
            **{key: paragraphs_to_html(data[key]) for key in SECTION_KEYS},
        )
        page.kommuner = kommuner
        page.maalgrupper = list(Maalgruppe.objects.filter(slug__in=data["maalgrupper"]))
        page.partners = [Partner.objects.get_or_create(name=name)[0] for name in data["partners"]]
        page.tags.set(data["tags"])
        index.add_child(instance=page)
        page.validate_for_publishing()
        page.save_revision().publish()
        return True

    def ensure_admin(self):
        username = os.environ.get("DEMO_ADMIN_USERNAME", DEFAULT_ADMIN_USERNAME)
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Administrator “{username}” findes allerede.")
            return
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            f"Administrator oprettet: brugernavn “{username}”, adgangskode “{password}”."
        )
