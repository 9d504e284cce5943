"""manage.py import_cases PATH [PATH ...]: praksiseksempel documents become case pages.

Files and folders (searched recursively) of .txt, .md, .docx and .html documents.
Each document becomes a draft under the case index, or with --publish a
published case when it is in the praksiseksempel format and passes the
publishing validation; a write-up in any other shape stays a draft for an
editor to finish (see docs/import.md). Importing the same document again
updates the same page (see caseimport.models.ImportRecord).
Prints one line per file, a summary, and exits with status 1 when any failed.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from caseimport.importer import CaseImporter
from caseimport.reading import DocumentError, is_supported
from caseimport.report import failure, summary_line


def collect_files(paths):
    """Every file to import, in a stable order; folders are searched recursively.

    Hidden files and Word's "~$" lock files are not documents and are left out;
    any other file in a folder is reported, so an unsupported type is visible.
    """
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    child
                    for child in path.rglob("*")
                    if child.is_file()
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                    and not child.name.startswith("~$")
                )
            )
        else:
            files.append(path)
    return files


class Command(BaseCommand):
    help = (
        "Importerer praksiseksempler fra .txt-, .md-, .docx- og .html-filer eller mapper med "
        "dem. Hvert dokument bliver en kladde under oversigtssiden; et dokument uden for "
        "skabelonen bliver en kladde, som en redaktør gør færdig. Samme dokument importeret "
        "igen opdaterer den samme side."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="Filer eller mapper.")
        parser.add_argument(
            "--publish",
            action="store_true",
            help=(
                "Udgiv de praksiseksempler i skabelonen, der opfylder kravene til udgivelse "
                "(dokumenter uden for skabelonen forbliver kladder)."
            ),
        )
        parser.add_argument(
            "--quiet", action="store_true", help="Vis ingen statuslinje, kun rapporten."
        )

    def handle(self, *args, paths, publish, quiet, **options):
        try:
            importer = CaseImporter(publish=publish)
        except DocumentError as error:
            raise CommandError(f"Kan ikke importere: {error}. Kør migrate.") from error
        files = collect_files(paths)
        if not files:
            raise CommandError("Ingen filer at importere.")

        show_progress = len(files) > 1 and not quiet and sys.stderr.isatty()
        progress = tqdm(
            files, desc="Importerer", unit="fil", disable=not show_progress, file=sys.stderr
        )
        results = []
        for path in progress:
            result = self.import_path(importer, path)
            results.append(result)
            self.report(result, show_progress)

        self.stdout.write(summary_line(results, publish=publish))
        failed = sum(result.failed for result in results)
        if failed:
            raise CommandError(f"{failed} af {len(files)} filer kunne ikke importeres.")

    def import_path(self, importer, path):
        name = str(path)
        if not path.exists():
            return failure(name, "filen findes ikke")
        if not is_supported(path.name):
            # Read nothing: the reader gives the same clear reason without the bytes.
            return importer.import_document(name, b"")
        try:
            data = path.read_bytes()
        except OSError as error:
            return failure(name, f"filen kan ikke læses ({error.strerror})")
        return importer.import_document(name, data)

    def report(self, result, show_progress):
        if show_progress:
            # Lift the progress bar off the terminal while the report is written.
            with tqdm.external_write_mode(file=sys.stderr):
                self.write_result(result)
        else:
            self.write_result(result)

    def write_result(self, result):
        style = self.style.ERROR if result.failed else self.style.SUCCESS
        self.stdout.write(style(result.line))
        for note in result.notes:
            self.stdout.write(f"    {note}")
