"""Reads an uploaded or local document into plain text lines.

Supports the formats praksiseksempler arrive in: plain text (.txt), Markdown
(.md) and Word (.docx). Text files may be UTF-8 with or without a byte-order
mark, UTF-16 with a byte-order mark (Word's "Unicode text") or, for older
files, Windows-1252; `\\r\\n` line ends are fine.
"""

import codecs
import io
import re
import zipfile
from pathlib import PurePath

import docx
from docx.opc.exceptions import PackageNotFoundError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx")

# Share of control characters above which a "text" file is taken for binary.
MAX_CONTROL_CHARACTER_SHARE = 0.01
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
# **bold**, __bold__, *italic*, _italic_ (not the underscores inside words or e-mail addresses).
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<![\w@.])_)(?=\S)(.+?)(?<=\S)\1(?![\w@])")
LIST_MARKER = re.compile(r"^\s*(?:[-*•▪–]|\d{1,2}[.)](?=\s+[A-ZÆØÅ]))\s+")


class DocumentError(Exception):
    """A document that cannot become a case; the message is shown to the user (Danish)."""


def is_supported(name):
    return PurePath(name).suffix.lower() in SUPPORTED_SUFFIXES


def read_lines(name, data):
    """The document's text as lines; a blank line separates paragraphs.

    Raises DocumentError with a Danish reason for an unsupported type, an empty
    file, a broken Word file or binary content.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "uden endelse"
        raise DocumentError(f"filtypen {shown} understøttes ikke (brug .txt, .md eller .docx)")
    if not data.strip():
        raise DocumentError("filen er tom")
    if suffix == ".docx":
        lines = docx_lines(data)
    else:
        text = decode_text(data)
        lines = text.splitlines()
        if suffix == ".md":
            lines = [strip_markdown(line) for line in lines]
    if not any(line.strip() for line in lines):
        raise DocumentError("filen er tom")
    return lines


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


def docx_lines(data):
    """Each Word paragraph as its own paragraph, list paragraphs as list lines.

    Headings may be styled ("Heading 1") or typed as plain paragraphs; the
    parser recognises them by their text either way.
    """
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise DocumentError("filen er ikke et gyldigt Word-dokument (.docx)") from error
    lines = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        for text in paragraph.text.split("\n"):
            if "List" in style and text.strip() and not LIST_MARKER.match(text):
                text = f"- {text}"
            lines.append(text)
        if "List" not in style:
            lines.append("")
    return lines
