"""Reads a write-up that is not in the praksiseksempel format into a case draft.

Most of what kommuner have written is a news item, a programme page, a memo
or a Word file with headings of its own. The parser:
- drops page furniture and memo headers (caseimport.boilerplate);
- takes the title from the first heading that is not furniture and not a
  section heading, or else from the file name;
- maps each heading to one of the eight sections by meaning
  (caseimport.heading_synonyms) and puts the text under it there;
- puts the rest (the lead, and text under headings that match no section,
  with those headings kept as subheadings) in "Praksis og proces".

Which kommune the document is about is found separately
(caseimport.kommune_mentions), over the whole text.
"""

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from caseimport import boilerplate
from caseimport.heading_synonyms import normalise_heading, section_for_heading
from caseimport.parsing import (
    LINE_PER_PARAGRAPH_FIELDS,
    ParsedCase,
    blocks_from_lines,
    normalise_space,
    parse_danish_date,
    parse_title_line,
)
from caseimport.reading import LIST_MARKER

REST_FIELD = "practice"
# A line guessed to be a heading from its shape alone (no Markdown "#", Word
# style or HTML h-tag): short, not ending like a sentence, starting upper case.
SHAPE_HEADING_MAX_LENGTH = 120
SHAPE_HEADING_MAX_WORDS = 14
# A heading with no blank line after it must be shorter.
INLINE_HEADING_MAX_WORDS = 8
INLINE_HEADING_MAX_LENGTH = 60
SENTENCE_ENDINGS = (".", ",", ";")
# A line with an e-mail address, a web address or a phone number is a contact detail.
CONTACT_DETAIL = re.compile(r"@|https?://|www\.|\d{2}\s?\d{2}\s?\d{2}\s?\d{2}")
# "Formål: Vi ville ..." starts a section when the words before the colon mean one.
LEADING_LABEL = re.compile(r"^(?P<label>[^:]{2,50}):\s+(?P<rest>\S.*)$")
MAX_BLOCKS_BEFORE_TITLE = 2
TITLE_LABEL = re.compile(r"^(?P<label>[^:]{2,30}):\s+(?P<rest>\S.*)$")


@dataclass
class FreeFormCase(ParsedCase):
    """A ParsedCase read from free text, with what the report needs to explain it."""

    title_source: str = ""
    title_from_file_name: bool = False
    dropped: list = field(default_factory=list)
    # field -> the document's own headings that were put in that section
    headings_by_field: dict = field(default_factory=dict)
    subheadings: list = field(default_factory=list)


@dataclass
class Block:
    lines: list
    heading: bool = False
    marked: bool = False  # marked as a heading by the file itself

    @property
    def text(self):
        return normalise_space(" ".join(self.lines))


def looks_like_heading(line, max_words=SHAPE_HEADING_MAX_WORDS):
    text = normalise_space(line)
    if not (
        0 < len(text) <= SHAPE_HEADING_MAX_LENGTH
        and len(text.split()) <= max_words
        and not text.endswith(SENTENCE_ENDINGS)
        and not LIST_MARKER.match(line)
        and (text[0].isupper() or text[0].isdigit())
        and not CONTACT_DETAIL.search(text)
    ):
        return False
    # "Vi gjorde tre ting:" leads into a list; "Formål:" is a heading.
    return not text.endswith(":") or section_for_heading(text) is not None


def heads_its_paragraph(line, next_line):
    """A short line directly above a much longer one, with no blank line between:
    "Målgruppe" over "Børn i alderen 0-6 år i ...", as pages copied from the web have."""
    text, following = normalise_space(line), normalise_space(next_line)
    return (
        looks_like_heading(line, INLINE_HEADING_MAX_WORDS)
        and len(text) <= INLINE_HEADING_MAX_LENGTH
        and 2 * len(text) <= len(following)
        and not LIST_MARKER.match(next_line)
    )


def split_blocks(lines, headings):
    """Paragraph blocks separated by blank lines; headings are blocks of their own."""
    blocks = []
    current = []

    def close():
        if current:
            blocks.append(Block(list(current)))
            current.clear()

    for index, line in enumerate(lines):
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if not line.strip():
            close()
        elif index in headings:
            close()
            blocks.append(Block([line], heading=True, marked=True))
        elif (
            looks_like_heading(line, INLINE_HEADING_MAX_WORDS)
            and section_for_heading(line, strict=True)
        ) or (not current and heads_its_paragraph(line, next_line)):
            # "Formål" directly above its text, with no blank line between.
            close()
            blocks.append(Block([line], heading=True))
        else:
            current.append(line)
    close()
    for block in blocks:
        if not block.heading and len(block.lines) == 1 and looks_like_heading(block.lines[0]):
            block.heading = True
    return blocks


def title_from_file_name(source_name):
    stem = re.sub(r"[_\-\s]+", " ", PurePath(source_name).stem).strip()
    return stem[:1].upper() + stem[1:] if stem else "Uden titel"


def clean_title(text):
    """Without a "Kommune:" prefix or a furniture label ("Nyhed: ...", "Notat: ...")."""
    text = normalise_heading(text)
    title_line = parse_title_line(text)
    if title_line:
        return title_line[1]
    label = TITLE_LABEL.match(text)
    if label and boilerplate.is_furniture(label["label"]):
        return label["rest"]
    return text


def parse_free_form(lines, headings=frozenset(), source_name=""):
    """A FreeFormCase from a document's lines (see the module docstring)."""
    case = FreeFormCase(kommune_names=[], title="")
    kept = []
    for line in lines:
        if boilerplate.is_furniture(line):
            case.dropped.append(normalise_space(line))
            line = ""
        elif boilerplate.DATE_LINE.match(normalise_space(line)) and parse_danish_date(line):
            # "Dato: 2. oktober 2023", "Publiceret 14. marts 2024": the memo's or page's date.
            case.date = case.date or parse_danish_date(line)
            case.dropped.append(normalise_space(line))
            line = ""
        kept.append(line)
    blocks = split_blocks(kept, headings)

    title_at = find_title(blocks)
    if title_at is None:
        case.title = title_from_file_name(source_name)
        case.title_source = "filnavnet (ingen overskrift fundet)"
        case.title_from_file_name = True
        body = blocks
    else:
        case.title = clean_title(blocks[title_at].text)
        case.title_source = f'overskriften "{blocks[title_at].text}"'
        for block in blocks[:title_at]:
            if not take_date(case, block):
                case.skipped_lines += len(block.lines)
        body = blocks[title_at + 1 :]
    case.sections = assign_sections(case, body)
    return case


def find_title(blocks):
    """Index of the title block, or None when there is none.

    The first heading the file marks that is no section heading, if it comes
    before any section heading and after at most MAX_BLOCKS_BEFORE_TITLE
    paragraphs (a label or a lead above the h1). Otherwise the first block, when
    it looks like a heading: a Word file whose title is a plain bold line but
    whose "Tidsplan" further down is styled must not lose its opening.
    """
    paragraphs_before = 0
    for index, block in enumerate(blocks):
        if boilerplate.is_date_line(block.text, parse_danish_date):
            continue
        if block.marked and not section_for_heading(block.text, strict=True):
            return index
        if block.heading and section_for_heading(block.text, strict=True):
            break
        if not block.heading:
            paragraphs_before += 1
            if paragraphs_before > MAX_BLOCKS_BEFORE_TITLE:
                break
    for index, block in enumerate(blocks):
        if boilerplate.is_date_line(block.text, parse_danish_date):
            continue
        if block.heading and not section_for_heading(block.text, strict=True):
            return index
        return None
    return None


def take_date(case, block):
    """Takes the publishing date from a date line; False when the block is none."""
    if len(block.lines) != 1 or not boilerplate.is_date_line(block.text, parse_danish_date):
        return False
    if case.date is None:
        case.date = parse_danish_date(block.text)
    case.dropped.append(block.text)
    return True


def assign_sections(case, blocks):
    """{field: blocks}: each heading's text under the section it means, the rest in practice."""
    chunks = {}
    current = REST_FIELD
    seen_text = False

    def chunk(section_field):
        return chunks.setdefault(section_field, [])

    for block in blocks:
        if not seen_text and take_date(case, block):
            continue
        section_field = section_for_heading(block.text) if block.heading else None
        if block.heading and current == "contact" and not (section_field or block.marked):
            # A name or a unit under "Kontakt" ("Psykolog Lone Kjær, PPR") is contact text.
            block.heading = False
        if block.heading:
            heading = normalise_heading(block.text)
            if section_field:
                current = section_field
                case.headings_by_field.setdefault(section_field, []).append(heading)
            else:
                current = REST_FIELD
                case.subheadings.append(heading)
                chunk(REST_FIELD).append(("h", heading))
            continue
        seen_text = True
        lines = list(block.lines)
        label = LEADING_LABEL.match(normalise_space(lines[0]))
        if label and len(label["label"].split()) <= 5 and section_for_heading(label["label"]):
            current = section_for_heading(label["label"])
            case.headings_by_field.setdefault(current, []).append(label["label"])
            lines[0] = label["rest"]
        chunk(current).append(("lines", lines))

    sections = {}
    for section_field, parts in chunks.items():
        blocks_out = []
        for kind, content in parts:
            if kind == "h":
                blocks_out.append(("h", content))
            else:
                blocks_out += blocks_from_lines(
                    content, line_per_paragraph=section_field in LINE_PER_PARAGRAPH_FIELDS
                )
        if blocks_out and all(kind == "h" for kind, _ in blocks_out):
            # Headings with no text under them at all are the text: keep them as paragraphs.
            blocks_out = [("p", content) for _, content in blocks_out]
        if blocks_out:
            sections[section_field] = blocks_out
    return sections
