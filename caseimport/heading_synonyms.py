"""Which of the eight sections a free-form document's own heading means.

Write-ups that do not follow the praksiseksempel format still use headings
that say the same thing in other words: "Baggrund" is the section "Kontekst og
formål", "Det har vi lært" is "Erfaringer og opmærksomhedspunkter". The
sections themselves are declared once in casestudies.sections; this table only
adds the other words, keyed by the section's field.

How a heading is matched (lower case, numbering and punctuation removed):
- a synonym matches where it stands as whole words in the heading, so
  "Baggrund for projektet" is context, and "mål" does not match "målgruppen";
- a Danish ending on the last word is allowed ("formålet", "erfaringerne");
- when several synonyms match, the one that starts first in the heading wins,
  then the longest, so "Erfaringer og gode råd" is experiences.
"""

import re

from caseimport.parsing import HEADING_NUMBER, normalise_space
from casestudies.sections import SECTIONS

SECTION_HEADING_SYNONYMS = {
    "practice": (
        "praksis",
        "proces",
        "sådan gjorde vi",
        "det gjorde vi",
        "hvad gjorde vi",
        "sådan gør vi",
        "sådan foregår det",
        "sådan arbejder vi",
        "metode",
        "forløb",
        "aktiviteter",
        "indsatsen",
        "om indsatsen",
        "om projektet",
        "om forløbet",
        "tilgang",
    ),
    "context": (
        "formål",
        "baggrund",
        "kontekst",
        "udfordring",
        "problemstilling",
        "hvorfor",
        "mål",
        "målsætning",
        "idé",
        "idéen bag",
    ),
    "policy": (
        "politik",
        "strategi",
        "sammenhæng til politik",
        "politisk forankring",
        "forankring",
        "børne- og ungepolitik",
        "kommunens strategi",
    ),
    "experiences": (
        "erfaring",
        "det har vi lært",
        "hvad har vi lært",
        "læring",
        "resultat",
        "effekt",
        "evaluering",
        "opmærksomhedspunkt",
        "hvad virkede",
        "det virkede",
    ),
    "next_steps": (
        "næste skridt",
        "fremadrettet",
        "det videre arbejde",
        "videre",
        "fremtiden",
        "perspektiv",
        "hvad nu",
        "hvad sker der nu",
    ),
    "resources": (
        "ressource",
        "økonomi",
        "tidsforbrug",
        "finansiering",
        "budget",
        "omkostning",
        "hvad kræver det",
        "det kræver det",
    ),
    "key_advice": (
        "råd",
        "gode råd",
        "vores råd",
        "anbefaling",
        "tips",
    ),
    "contact": (
        "kontakt",
        "kontaktperson",
        "vil du vide mere",
        "vide mere",
        "mere information",
        "yderligere information",
        "yderligere oplysninger",
    ),
}

# Danish endings a heading's word may carry beyond the synonym
# ("formålet", "erfaringerne", "ressourcerne", "anbefalinger", "rådene").
ENDING = r"(?:erne|ene|rne|ne|en|et|er|e|r|s)?"
TRAILING_PUNCTUATION = " :?!.–-"


def _patterns():
    pairs = [(section.heading.casefold(), section.field) for section in SECTIONS]
    pairs += [
        (synonym, section_field)
        for section_field, synonyms in SECTION_HEADING_SYNONYMS.items()
        for synonym in synonyms
    ]
    return [
        (re.compile(rf"(?<!\w){re.escape(words)}{ENDING}(?!\w)"), words, section_field)
        for words, section_field in pairs
    ]


PATTERNS = _patterns()


def normalise_heading(text):
    return HEADING_NUMBER.sub("", normalise_space(text).strip("*_# ")).strip(TRAILING_PUNCTUATION)


def section_for_heading(text, strict=False):
    """The field of the section the heading means, or None.

    `strict` is for a line that runs straight into its paragraph with no blank
    line between: it must begin with the synonym, and the synonym must be at
    least half its words, so "Resultatet blev at alle elever fik" stays text.
    """
    heading = normalise_heading(text).casefold()
    if not heading:
        return None
    best = None
    for pattern, words, section_field in PATTERNS:
        match = pattern.search(heading)
        if match and strict and (match.start() or 2 * len(words.split()) < len(heading.split())):
            continue
        if match:
            rank = (match.start(), -len(words))
            if best is None or rank < best[0]:
                best = (rank, section_field)
    return best[1] if best else None
