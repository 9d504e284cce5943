"""Builds a fresh case index and swaps the alias to it; search answers throughout."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search.connection import UNAVAILABLE_ERRORS, search_enabled
from search.documents import indexable_cases
from search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Genopbygger søgeindekset for praksiseksempler uden nedetid (nyt indeks, alias flyttes)."

    def add_arguments(self, parser):
        parser.add_argument("--shards", type=int, default=1)
        parser.add_argument("--replicas", type=int, default=0)
        parser.add_argument("--no-progress", action="store_true", help="Vis ingen statuslinje.")

    def handle(self, *args, shards, replicas, no_progress, **options):
        if not search_enabled():
            raise CommandError("ELASTICSEARCH_URL er ikke sat; der er intet søgeindeks at bygge.")
        total = indexable_cases().count()
        with tqdm(total=total, unit="sag", disable=no_progress, file=self.stderr._out) as progress:
            try:
                result = rebuild_index(progress.update, shards=shards, replicas=replicas)
            except UNAVAILABLE_ERRORS as error:
                raise CommandError(f"Søgemaskinen svarer ikke: {error}") from error
        rate = result.documents / result.seconds if result.seconds else 0
        self.stdout.write(
            f"Indeks {result.index}: {result.documents} praksiseksempler på "
            f"{result.seconds:.1f} s ({rate:.0f} pr. sekund). "
            f"Fjernet: {', '.join(result.removed_indices) or 'intet'}."
        )
