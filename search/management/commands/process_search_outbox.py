"""Drains the search outbox now (the worker does it too; useful from cron or by hand)."""

from django.core.management.base import BaseCommand, CommandError

from search.connection import UNAVAILABLE_ERRORS, search_enabled
from search.documents import ensure_index
from search.outbox import drain_outbox


class Command(BaseCommand):
    help = "Behandler ventende opdateringer af søgeindekset."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=200)

    def handle(self, *args, **options):
        if not search_enabled():
            raise CommandError("ELASTICSEARCH_URL er ikke sat.")
        try:
            ensure_index()
            done = drain_outbox(batch_size=options["batch_size"])
        except (*UNAVAILABLE_ERRORS, RuntimeError) as error:
            raise CommandError(
                f"Søgemaskinen svarer ikke; opdateringerne venter: {error}"
            ) from error
        self.stdout.write(f"{done} opdateringer behandlet.")
