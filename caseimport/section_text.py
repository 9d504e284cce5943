"""A section's parsed blocks as rich text or plain text, and what can be read from them."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.html import escape

from caseimport.parsing import normalise_space

SUMMARY_MAX_LENGTH = 300
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"“«])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Danish numbers: 8 digits, optionally +45, grouped by spaces or dashes.
PHONE = re.compile(r"(?<![\d+])(?:\+45[\s-]?)?\d{2}(?:[\s-]?\d{2}){3}(?!\d)")


def blocks_to_html(blocks):
    """Rich text for a section: escaped paragraphs, bullet lists and subheadings
    (h3, which the section fields allow: casestudies.models.pages.SECTION_FEATURES)."""
    parts = []
    for kind, content in blocks:
        if kind == "ul":
            items = "".join(f"<li>{escape(item)}</li>" for item in content)
            parts.append(f"<ul>{items}</ul>")
        elif kind == "h":
            parts.append(f"<h3>{escape(content)}</h3>")
        else:
            parts.append(f"<p>{escape(content)}</p>")
    return "".join(parts)


def blocks_to_text(blocks):
    return "\n".join(" ".join(content) if kind == "ul" else content for kind, content in blocks)


def summarise(text, limit=SUMMARY_MAX_LENGTH):
    """Whole first sentences up to `limit` characters; a longer first sentence
    is cut at a word boundary and ends with an ellipsis."""
    text = normalise_space(text)
    if len(text) <= limit:
        return text
    summary = ""
    for sentence in SENTENCE_END.split(text):
        candidate = f"{summary} {sentence}".strip()
        if len(candidate) > limit:
            break
        summary = candidate
    if summary:
        return summary
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return f"{cut}…"


def find_contact_details(text):
    """The first valid e-mail address and the first Danish phone number, if any."""
    email = ""
    for candidate in EMAIL.findall(text):
        candidate = candidate.rstrip(".")
        try:
            validate_email(candidate)
        except ValidationError:
            continue
        email = candidate
        break
    phone_match = PHONE.search(EMAIL.sub(" ", text))
    return email, phone_match.group(0).strip() if phone_match else ""
