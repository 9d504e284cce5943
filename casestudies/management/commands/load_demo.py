"""Loads the demo cases of casestudies/demo/ through the importer, and a demo admin user.

Each document is imported as an editor's upload would be (so every `make run`
also exercises the importer), then given the facts of casestudies/demo/facts.toml
and published with its first publication on the day it was written, so the
demo's "newest" order follows the cases' dates.

Idempotent: a case whose slug already exists under the case index is left as
it is, and the admin user is only created when missing, so running the
command twice changes nothing.
"""

import datetime
import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from caseimport.importer import CaseImporter
from casestudies.demo_cases import demo_documents, demo_facts, parse_demo_document
from casestudies.models import CaseIndexPage, CaseStudyPage
from casestudies.models.taxonomy import danish_slugify

DEFAULT_ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "praksisbanken"  # noqa: S105 - documented demo credential
# The fields facts.toml may set: the ones a praksiseksempel document has no place for.
FACT_FIELDS = (
    "summary",
    "contact_name",
    "contact_email",
    "contact_phone",
    "period_start",
    "period_end",
    "scope",
)


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
        documents = demo_documents()
        facts = demo_facts()
        importer = CaseImporter(index=index)
        created = sum(
            self.load_case(importer, index, path, facts.get(path.stem, {})) for path in documents
        )
        self.stdout.write(
            f"Demo-praksiseksempler: {created} oprettet, "
            f"{len(documents) - created} fandtes i forvejen."
        )
        if not options["no_admin"]:
            self.ensure_admin()

    @transaction.atomic
    def load_case(self, importer, index, path, facts):
        unknown = set(facts) - set(FACT_FIELDS)
        if unknown:
            raise CommandError(f"{path.name}: ukendte felter i facts.toml: {', '.join(unknown)}")
        _front_matter, parsed = parse_demo_document(path)
        slug = danish_slugify(parsed.title)[:200]
        if CaseStudyPage.objects.child_of(index).filter(slug=slug).exists():
            return False
        result = importer.import_document(path.name, path.read_bytes())
        if result.failed:
            raise CommandError(result.line)
        page = result.page
        for name, value in facts.items():
            setattr(page, name, value)
        page.first_published_at = timezone.make_aware(
            datetime.datetime.combine(page.date, datetime.time(9))
        )
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
