"""Splits a praksiseksempel's lines into title, kommuner, date and sections.

The format is described in docs/praksiseksempel-format.md; the headings
come from casestudies.sections.SECTIONS so they are spelled in one place.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from caseimport.reading import LIST_MARKER, DocumentError
from casestudies.sections import SECTIONS

COLLECTION_HEADER = "kommunale praksiseksempler"

# "Viborg Kommune: ...", "Syddjurs, Norddjurs og Favrskov Kommune: ...",
# "Bornholms Regionskommune: ...", "Aarhus og Viborg Kommuner - ...".
TITLE_LINE = re.compile(
    r"^(?P<names>.+?)\s+(?:regions)?kommuner?\s*(?::|\s[-–—]\s)\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
KOMMUNE_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:og|samt|&)\s+", re.IGNORECASE)
KOMMUNE_SUFFIX = re.compile(r"\s+(?:regions)?kommuner?$", re.IGNORECASE)

DANISH_MONTHS = {
    "januar": 1,
    "februar": 2,
    "marts": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS = {name[:3]: number for name, number in DANISH_MONTHS.items()} | {"sept": 9}
LONG_DATE = re.compile(r"(\d{1,2})\.?\s*([a-zæøå]+)\.?\s+(\d{4})", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")

HEADING_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+")
HEADINGS = {section.heading.casefold(): section.field for section in SECTIONS}


@dataclass
class ParsedCase:
    """What one document says, before it is matched to kommuner and saved."""

    kommune_names: list
    title: str
    date: datetime.date | None = None
    # field name -> list of blocks: ("p", text) or ("ul", [item, ...])
    sections: dict = field(default_factory=dict)
    skipped_lines: int = 0

    @property
    def missing_headings(self):
        return [section.heading for section in SECTIONS if not self.sections.get(section.field)]


def normalise_space(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def match_heading(line):
    """(field, rest of line) when the line is a section heading, else None.

    Tolerates capitals, extra spaces, a trailing colon, a leading number and
    text continuing after "Heading:" on the same line.
    """
    text = HEADING_NUMBER.sub("", normalise_space(line).strip("*_ "))
    if not text:
        return None
    candidate = text.rstrip(": ").casefold()
    if candidate in HEADINGS:
        return HEADINGS[candidate], ""
    head, colon, rest = text.partition(":")
    if colon and head.strip().casefold() in HEADINGS and rest.strip():
        return HEADINGS[head.strip().casefold()], rest.strip()
    return None


def parse_title_line(line):
    """(kommune names as written, title) or None when the line is no title line."""
    match = TITLE_LINE.match(normalise_space(line))
    if not match:
        return None
    names = [
        KOMMUNE_SUFFIX.sub("", name).strip()
        for name in KOMMUNE_SEPARATOR.split(match["names"])
        if name.strip()
    ]
    title = match["title"].strip()
    if not names or not title:
        return None
    return names, title


def format_danish_date(value):
    month = next(name for name, number in DANISH_MONTHS.items() if number == value.month)
    return f"{value.day}. {month} {value.year}"


def parse_danish_date(text):
    """The first Danish date in the text ("3. marts 2021", "03.03.2021"), or None."""
    for match in LONG_DATE.finditer(text):
        day, month_name, year = match.groups()
        month_key = month_name.casefold()
        month = DANISH_MONTHS.get(month_key) or MONTH_ABBREVIATIONS.get(month_key)
        if month:
            try:
                return datetime.date(int(year), month, int(day))
            except ValueError:
                return None
    match = NUMERIC_DATE.search(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return datetime.date(year, month, day)
        except ValueError:
            return None
    return None


def parse_case(lines):
    """Parse a document's lines. Raises DocumentError when there is no title line."""
    title_index = next(
        (
            index
            for index, line in enumerate(lines)
            if line.strip() and not normalise_space(line).casefold().startswith(COLLECTION_HEADER)
        ),
        None,
    )
    if title_index is None:
        raise DocumentError("ingen titellinje (filen indeholder kun en samlingsoverskrift)")
    title_line = lines[title_index]
    if match_heading(title_line):
        raise DocumentError(
            'ingen titellinje: dokumentet skal begynde med fx "Viborg Kommune: Titel"'
        )
    parsed_title = parse_title_line(title_line)
    if parsed_title is None:
        shown = normalise_space(title_line)[:80]
        raise DocumentError(
            f'ingen titellinje: første linje "{shown}" har ikke formen "Viborg Kommune: Titel"'
        )
    case = ParsedCase(kommune_names=parsed_title[0], title=parsed_title[1])

    body = lines[title_index + 1 :]
    first_heading = next(
        (index for index, line in enumerate(body) if match_heading(line)), len(body)
    )
    preamble = [line for line in body[:first_heading] if line.strip()]
    if preamble:
        case.date = parse_danish_date(preamble[0])
        if case.date is not None:
            preamble.pop(0)
    case.skipped_lines = len(preamble)

    case.sections = split_sections(body[first_heading:])
    return case


# Contact lines (name, e-mail, phone) are separate facts, never a wrapped paragraph.
LINE_PER_PARAGRAPH_FIELDS = ("contact",)


def follows_template(lines):
    """Whether the document is in the praksiseksempel format: it begins with a
    title line ("Viborg Kommune: Titel") and has at least one of the eight headings.

    Anything else is read as free text (caseimport.freeform).
    """
    first = next(
        (
            line
            for line in lines
            if line.strip() and not normalise_space(line).casefold().startswith(COLLECTION_HEADER)
        ),
        None,
    )
    if first is None or match_heading(first) or parse_title_line(first) is None:
        return False
    return any(match_heading(line) for line in lines)


def split_sections(lines):
    """Blocks per section: paragraphs joined from wrapped lines, and bullet lists."""
    chunks = {}
    current = None
    for line in lines:
        heading = match_heading(line)
        if heading:
            current, rest = heading
            chunk = chunks.setdefault(current, [])
            chunk.append("")  # a repeated heading starts a new paragraph
            if rest:
                chunk.append(rest)
        elif current is not None:
            chunks[current].append(line)
    sections = {
        name: blocks_from_lines(chunk, line_per_paragraph=name in LINE_PER_PARAGRAPH_FIELDS)
        for name, chunk in chunks.items()
    }
    return {name: value for name, value in sections.items() if value}


def blocks_from_lines(lines, line_per_paragraph=False):
    """("p", text) for paragraphs joined from wrapped lines, ("ul", [item, ...]) for lists."""
    blocks = []
    paragraph = []
    items = []

    def flush():
        if paragraph:
            blocks.append(("p", " ".join(paragraph)))
            paragraph.clear()
        if items:
            blocks.append(("ul", list(items)))
            items.clear()

    for line in lines:
        text = normalise_space(line)
        if not text:
            flush()
        elif LIST_MARKER.match(line):
            if paragraph:
                blocks.append(("p", " ".join(paragraph)))
                paragraph.clear()
            items.append(normalise_space(LIST_MARKER.sub("", line)))
        elif items and line[:1].isspace():
            items[-1] = f"{items[-1]} {text}"
        else:
            if items or line_per_paragraph:
                flush()
            paragraph.append(text)
    flush()
    return blocks
