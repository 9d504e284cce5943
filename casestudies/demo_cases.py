"""The demo cases: praksiseksempel documents in casestudies/demo/.

Each case is a Markdown document in the format editors upload (see
docs/praksiseksempel-format.md), with a fact block on top for område,
målgrupper, temaer, partners and participants. What the format has no place for
(the editor's summary, the structured contact fields, the period and scope of
the work) is in casestudies/demo/facts.toml, one table per document.

`manage.py load_demo` imports them through the importer, and the benchmark's
generated corpus (bench/corpus.py) draws its sentences from the same files, so
there is one copy of the demo text.
"""

import tomllib
from pathlib import Path

from caseimport.front_matter import split_front_matter
from caseimport.parsing import parse_case
from caseimport.reading import read_lines

DEMO_DIR = Path(__file__).resolve().parent / "demo"
FACTS_FILE = DEMO_DIR / "facts.toml"


def demo_documents():
    """The documents in their numbered order (the order they were written in)."""
    return sorted(DEMO_DIR.glob("*.md"))


def demo_facts():
    """{document name without .md: {field: value}} from facts.toml."""
    with FACTS_FILE.open("rb") as facts:
        return tomllib.load(facts)


def parse_demo_document(path):
    """The document as the importer reads it: (front matter, ParsedCase)."""
    facts, lines = split_front_matter(read_lines(path.name, path.read_bytes()))
    return facts, parse_case(lines)


def section_paragraphs(path):
    """{section field: [paragraph text]} of one document, lists left out."""
    _facts, parsed = parse_demo_document(path)
    return {
        field: [text for kind, text in blocks if kind == "p"]
        for field, blocks in parsed.sections.items()
    }
