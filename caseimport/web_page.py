"""Reads a saved web page (.html) into text lines: a kommune's news item or programme page.

Beautiful Soup with lxml parses the page (real pages are rarely valid HTML).
Page furniture that is never part of the case (navigation, header, footer,
sidebars, forms, scripts) is removed first; when the page marks its content
with <main> or <article>, only that is read. Each block element becomes its own
paragraph, list items become list lines, and h1-h6 are reported as headings.
"""

from bs4 import BeautifulSoup

FURNITURE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form")
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BLOCK_TAGS = (*HEADING_TAGS, "p", "li", "dt", "dd", "blockquote", "figcaption", "td", "th", "div")


def web_page_lines(html):
    """(lines, frozenset of heading line indices) for the page's readable content."""
    soup = BeautifulSoup(html, "lxml")
    for element in soup.find_all(FURNITURE):
        element.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines = []
    headings = set()
    for element in root.find_all(BLOCK_TAGS):
        if element.find(BLOCK_TAGS):
            # A container: its own blocks are read one by one instead.
            continue
        text = " ".join(element.get_text(" ").split())
        if not text:
            continue
        if element.name in HEADING_TAGS:
            headings.add(len(lines))
        if element.name == "li":
            lines.append(f"- {text}")
            continue
        lines += [text, ""]
    return lines, frozenset(headings)
