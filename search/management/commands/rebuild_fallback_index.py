"""Fills the database fallback's full-text index from every visible case.

Publishing, unpublishing, moving and deleting keep it current (search/outbox.py);
run this after loading cases in bulk, after migrating a site that has cases,
and whenever it may have drifted. `make run` runs it.
"""

import time

from django.core.management.base import BaseCommand

from search.fallback_index import rebuild_case_texts


class Command(BaseCommand):
    help = "Genopbygger databasens søgeindeks (bruges, når søgemaskinen ikke svarer)."

    def handle(self, *args, **options):
        began = time.perf_counter()
        count = rebuild_case_texts()
        self.stdout.write(
            f"Databasens søgeindeks: {count} praksiseksempler på {time.perf_counter() - began:.1f} s."
        )
