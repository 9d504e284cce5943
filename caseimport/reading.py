"""Reads an uploaded or local document into plain text lines.

Supports the formats praksiseksempler arrive in: plain text (.txt), Markdown
(.md), Word (.docx) and saved web pages (.html, read by caseimport.web_page).
Text files may be UTF-8 with or without a byte-order mark, UTF-16 with a
byte-order mark (Word's "Unicode text") or, for older files, Windows-1252;
`\\r\\n` line ends are fine.

Besides the lines, a Document remembers which lines the file itself marks as
headings (Markdown "#", Word heading styles, HTML h1-h6): the free-form parser
trusts those over guessing from a line's shape.
"""

import codecs
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

import docx
from docx.opc.exceptions import PackageNotFoundError

from caseimport.web_page import web_page_lines

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm")

# Share of control characters above which a "text" file is taken for binary.
MAX_CONTROL_CHARACTER_SHARE = 0.01
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
# Only "# Title" with a space is a heading the file marks; "#hashtag" is text.
MARKDOWN_MARKED_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
WORD_HEADING_STYLES = ("Heading", "Title", "Overskrift", "Titel")
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
# **bold**, __bold__, *italic*, _italic_ (not the underscores inside words or e-mail addresses).
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<![\w@.])_)(?=\S)(.+?)(?<=\S)\1(?![\w@])")
LIST_MARKER = re.compile(r"^\s*(?:[-*•▪–]|\d{1,2}[.)](?=\s+[A-ZÆØÅ]))\s+")


class DocumentError(Exception):
    """A document that cannot become a case; the message is shown to the user (Danish)."""


@dataclass
class Document:
    """A document's lines and the indices of the lines its file marks as headings."""

    lines: list
    headings: frozenset = field(default_factory=frozenset)


def is_supported(name):
    return PurePath(name).suffix.lower() in SUPPORTED_SUFFIXES


def read_lines(name, data):
    """The document's text as lines; a blank line separates paragraphs."""
    return read_document(name, data).lines


def read_document(name, data):
    """The document as a Document.

    Raises DocumentError with a Danish reason for an unsupported type, an empty
    file, a broken Word file or binary content.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "uden endelse"
        raise DocumentError(
            f"filtypen {shown} understøttes ikke (brug .txt, .md, .docx eller .html)"
        )
    if not data.strip():
        raise DocumentError("filen er tom")
    if suffix == ".docx":
        document = docx_document(data)
    elif suffix in (".html", ".htm"):
        document = Document(*web_page_lines(decode_text(data)))
    else:
        lines = decode_text(data).splitlines()
        headings = frozenset()
        if suffix == ".md":
            headings = frozenset(
                index for index, line in enumerate(lines) if MARKDOWN_MARKED_HEADING.match(line)
            )
            lines = [strip_markdown(line) for line in lines]
        document = Document(lines, headings)
    if not any(line.strip() for line in document.lines):
        raise DocumentError("filen er tom")
    return document


def decode_text(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DocumentError("filen kan ikke læses som tekst (ugyldig UTF-16)") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise DocumentError(
                "filen ligner ikke en tekstfil (hverken UTF-8 eller Windows-1252)"
            ) from error
    if len(CONTROL_CHARACTERS.findall(text)) > MAX_CONTROL_CHARACTER_SHARE * len(text):
        raise DocumentError("filen ligner ikke en tekstfil (den indeholder binære data)")
    return text


def strip_markdown(line):
    line = MARKDOWN_HEADING.sub("", line)
    line = MARKDOWN_LINK.sub(r"\1 (\2)", line)
    previous = None
    while previous != line:  # nested emphasis such as ***both***
        previous = line
        line = MARKDOWN_EMPHASIS.sub(r"\2", line)
    return line


def docx_document(data):
    """Each Word paragraph as its own paragraph, list paragraphs as list lines.

    Headings may be styled ("Heading 1") or typed as plain paragraphs; the
    template parser recognises them by their text either way, and the free-form
    parser is told which paragraphs carry a heading style.
    """
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise DocumentError("filen er ikke et gyldigt Word-dokument (.docx)") from error
    lines = []
    headings = set()
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.startswith(WORD_HEADING_STYLES) and paragraph.text.strip():
            headings.add(len(lines))
        for text in paragraph.text.split("\n"):
            if "List" in style and text.strip() and not LIST_MARKER.match(text):
                text = f"- {text}"
            lines.append(text)
        if "List" not in style:
            lines.append("")
    return Document(lines, frozenset(headings))
