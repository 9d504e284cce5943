"""What the importer tells the editor: one result per document and a summary line.

`manage.py import_cases` prints these lines and the admin upload shows them in
a table, so both say the same thing in the same words.
"""

from dataclasses import dataclass, field

from casestudies.models import CaseStudyPage
from casestudies.sections import SECTIONS_BY_FIELD

CREATED = "oprettet"
UPDATED = "opdateret"
FAILED = "fejlede"

NOT_IN_TEMPLATE = (
    "ikke i skabelonen: læst som fri tekst og gemt som kladde; "
    "gør den færdig i redigeringen, før den sendes til godkendelse"
)
NO_KOMMUNE = "ingen kommune fundet – vælg i redigeringen"
FREE_FORM_NOT_PUBLISHED = (
    "ikke udgivet: dokumentet var ikke i skabelonen, så en redaktør skal gøre kladden "
    "færdig og sende den til godkendelse"
)


@dataclass
class ImportResult:
    """One document's outcome: the report line and the page it made or updated."""

    source_name: str
    status: str
    title: str = ""
    error: str = ""
    page: CaseStudyPage | None = None
    published: bool = False
    free_form: bool = False
    notes: list = field(default_factory=list)

    @property
    def failed(self):
        return self.status == FAILED

    @property
    def state(self):
        if self.published:
            state = "udgivet"
        elif self.page is not None and self.page.live:
            # The import made a new draft revision; visitors still see the published one.
            state = "ny kladde, den udgivne version er uændret"
        else:
            state = "kladde"
        return f"{state}, ikke i skabelonen" if self.free_form else state

    @property
    def line(self):
        if self.failed:
            return f"{self.source_name}: {FAILED}: {self.error}"
        return f'{self.source_name}: {self.status}: "{self.title}" ({self.state})'


def summary_line(results, publish=False):
    """ "3 filer: 1 oprettet, 1 opdateret, 1 fejlede." and, when publishing, how many went live."""
    created = sum(result.status == CREATED for result in results)
    updated = sum(result.status == UPDATED for result in results)
    failed = sum(result.failed for result in results)
    files = "fil" if len(results) == 1 else "filer"
    line = f"{len(results)} {files}: {created} oprettet, {updated} opdateret, {failed} fejlede"
    if publish:
        published = sum(result.published for result in results)
        line += f" ({published} udgivet, {created + updated - published} kladder)"
    return line + "."


def failure(source_name, reason):
    return ImportResult(source_name, FAILED, error=reason)


def quoted(texts, limit=6):
    shown = ", ".join(f'"{text}"' for text in texts[:limit])
    return shown + (f" og {len(texts) - limit} til" if len(texts) > limit else "")


def free_form_notes(parsed, detection, kommuner_kept=False):
    """How a free-form document was read: title, kommune and the phrases that
    named it, which sections got which of its headings, and what was dropped."""
    notes = [NOT_IN_TEMPLATE, f"titel: fra {parsed.title_source}"]
    if kommuner_kept:
        notes.append("kommune: beholdt (valgt af redaktør)")
    elif detection.chosen:
        for kommune in detection.chosen:
            notes.append(f"kommune: {kommune.name} (fundet i {detection.reason(kommune)})")
    else:
        notes.append(NO_KOMMUNE)
    for kommune in detection.passed_over:
        notes.append(f"kommune nævnt, men ikke valgt: {kommune.name} ({detection.reason(kommune)})")
    filled = []
    for section_field, section in SECTIONS_BY_FIELD.items():
        if not parsed.sections.get(section_field):
            continue
        sources = parsed.headings_by_field.get(section_field, [])
        if section_field == "practice":
            rest = "resten af teksten"
            if parsed.subheadings:
                rest += f", med underoverskrifterne {quoted(parsed.subheadings)}"
            sources_text = f"{quoted(sources)} og {rest}" if sources else rest
        else:
            sources_text = quoted(sources)
        filled.append(f"{section.heading} (fra {sources_text})")
    notes.append(f"afsnit udfyldt: {'; '.join(filled) if filled else 'ingen'}")
    if parsed.dropped:
        notes.append(
            f"sprunget over (sidenavigation, etiketter, datolinjer): {quoted(parsed.dropped)}"
        )
    return notes
