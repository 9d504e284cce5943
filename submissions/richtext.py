"""Submitted section text, cut down to what a case's rich text may hold.

The form has plain text areas (it works without JavaScript), so most people
type paragraphs separated by blank lines; some paste HTML from a web page or
a word processor. nh3 (https://nh3.readthedocs.io/) keeps only the tags of
the page model's section editor (casestudies.models.pages.SECTION_FEATURES)
and escapes everything else, so no script, style, event handler or foreign
markup can reach the draft.
"""

import html
import re

import nh3

# The tags behind SECTION_FEATURES (bold, italic, link, ol, ul, h3) in
# Wagtail's stored rich-text format, plus what browsers and word processors
# write for the same things (strong, em), which is renamed below.
ALLOWED_TAGS = {"p", "br", "b", "i", "strong", "em", "a", "ol", "ul", "li", "h3"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
# Wagtail stores bold and italic as <b> and <i>; its editor would show
# <strong> and <em> as unknown markup.
RENAMED_TAGS = {"strong": "b", "em": "i"}
BLOCK_TAG = re.compile(r"<(p|ol|ul|h3)[ >]")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def keep_only_allowed_attribute(tag, attribute, value):
    return value if attribute in ALLOWED_ATTRIBUTES.get(tag, ()) else None


def clean_section_html(text):
    """Rich text for a section from what was typed or pasted; "" when empty."""
    cleaned = nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        # ammonia allows "lang" and "title" on every tag unless a filter says no.
        attribute_filter=keep_only_allowed_attribute,
        link_rel=None,
        strip_comments=True,
    ).strip()
    for old, new in RENAMED_TAGS.items():
        cleaned = cleaned.replace(f"<{old}>", f"<{new}>").replace(f"</{old}>", f"</{new}>")
    if not cleaned or BLOCK_TAG.search(cleaned):
        return cleaned
    # Plain text (already escaped by nh3): blank lines start a new paragraph,
    # single line breaks stay line breaks.
    paragraphs = [part.strip() for part in PARAGRAPH_BREAK.split(cleaned) if part.strip()]
    return "".join("<p>" + part.replace("\n", "<br/>") + "</p>" for part in paragraphs)


def plain_text(text):
    """Text with every tag (and a script's or style's content) removed, for the
    one-line fields; templates escape it when they show it."""
    return html.unescape(nh3.clean(text, tags=set(), attributes={})).strip()
