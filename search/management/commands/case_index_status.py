"""Tells whether the case index matches the database."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from search.connection import UNAVAILABLE_ERRORS, get_client, index_alias, search_enabled
from search.documents import indexable_cases
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Viser antal praksiseksempler i databasen og i søgeindekset samt ventende opdateringer."

    def handle(self, *args, **options):
        in_database = indexable_cases().count()
        pending = PendingIndexUpdate.objects.count()
        self.stdout.write(f"Synlige praksiseksempler i databasen: {in_database}")
        self.stdout.write(self.index_line(in_database, pending))
        self.stdout.write(f"Ventende opdateringer i udbakken: {pending}")
        oldest = PendingIndexUpdate.objects.order_by("created_at").first()
        if oldest:
            age = int((timezone.now() - oldest.created_at).total_seconds())
            self.stdout.write(
                f"Ældste ventende opdatering: {oldest.created_at:%Y-%m-%d %H:%M:%S} "
                f"({age} s gammel, {oldest.attempts} forsøg)"
            )

    def index_line(self, in_database, pending):
        if not search_enabled():
            return "Søgeindeks: ikke konfigureret (ELASTICSEARCH_URL er tom)."
        try:
            client = get_client()
            if not client.indices.exists_alias(name=index_alias()):
                return "Søgeindeks: findes ikke endnu; kør rebuild_case_index."
            in_index = client.count(index=index_alias())["count"]
            indices = ", ".join(sorted(client.indices.get_alias(name=index_alias())))
        except UNAVAILABLE_ERRORS as error:
            return f"Søgeindeks: kan ikke nås ({error.__class__.__name__})."
        state = "stemmer" if in_index == in_database and not pending else "stemmer IKKE"
        return f"Dokumenter i søgeindekset ({indices}): {in_index}. Indeks og database {state} overens."
