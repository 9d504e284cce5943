"""Lines of a web page, news item or memo that are never part of the case.

A write-up copied from a kommune's website brings its navigation ("Forside >
Nyheder"), labels ("Nyhed", "Artikel"), calls to action ("Læs mere",
"Tilmeld nyhedsbrev"), sharing links and photo credits; a memo brings its
header ("Til:", "Fra:", "Dato:"). The free-form parser drops these before it
looks for the title, and reports what it dropped.
"""

import re

from caseimport.parsing import normalise_space

# Whole lines (lower case, without trailing punctuation) that are page furniture.
FURNITURE_LINES = frozenset(
    {
        "nyhed",
        "nyheder",
        "artikel",
        "artikler",
        "pressemeddelelse",
        "presse",
        "tema",
        "blog",
        "notat",
        "referat",
        "praksiseksempel",
        "læs mere",
        "læs også",
        "læs mere her",
        "se også",
        "relaterede artikler",
        "relaterede nyheder",
        "tilmeld nyhedsbrev",
        "del",
        "del artiklen",
        "del siden",
        "del denne side",
        "del på facebook",
        "del på linkedin",
        "facebook",
        "linkedin",
        "twitter",
        "instagram",
        "print",
        "udskriv",
        "udskriv siden",
        "til toppen",
        "tilbage",
        "tilbage til oversigten",
        "forside",
        "menu",
        "søg",
        "luk",
        "hjem",
        "gå til indhold",
        "spring til indhold",
        "cookies",
        "accepter cookies",
    }
)

FURNITURE_PATTERNS = (
    # Breadcrumbs: "Forside > Nyheder > 2024", "Du er her: Forside / Skole".
    re.compile(r"^du er her\b", re.IGNORECASE),
    re.compile(r"^(?:forside|hjem|startside)\s*[>›»/|]", re.IGNORECASE),
    re.compile(r"^[^.!?]{1,40}(?:\s[>›»]\s[^.!?]{1,40}){2,}$"),
    # Calls to action, however they continue ("Læs mere om PPR", "Tilmeld dig nyhedsbrevet").
    re.compile(r"^(?:læs mere|læs også|læs hele)\b.{0,80}$", re.IGNORECASE),
    re.compile(r"^tilmeld\b.{0,40}\bnyhedsbrev", re.IGNORECASE),
    re.compile(r"^(?:del|del artiklen|del siden) på\b", re.IGNORECASE),
    re.compile(r"^(?:foto|fotos|billede|fotograf|illustration)\s*:", re.IGNORECASE),
    # A collection header above a praksiseksempel names the collection, not the case.
    re.compile(r"^kommunale praksiseksempler\b", re.IGNORECASE),
)

# Header lines of a memo, and a web page's publishing line: they may carry the date.
DATE_LINE = re.compile(
    r"^(?:dato|publiceret|offentliggjort|opdateret|sidst opdateret|udgivet|oprettet)\b\s*:?",
    re.IGNORECASE,
)
MEMO_HEADER = re.compile(
    r"^(?:til|fra|cc|emne|sagsnr|sags nr|j\.\s?nr|journalnr|journalnummer)\.?\s*:", re.IGNORECASE
)


def line_key(line):
    return normalise_space(line).strip(" .:!–-").casefold()


def is_furniture(line):
    """Whether a line is page furniture or a memo header (the date lines are separate)."""
    text = normalise_space(line)
    if not text:
        return False
    if line_key(text) in FURNITURE_LINES or MEMO_HEADER.match(text):
        return True
    return any(pattern.match(text) for pattern in FURNITURE_PATTERNS)


def is_date_line(line, parse_date):
    """A publishing or memo date line, or a line that is only a date."""
    text = normalise_space(line)
    if not text or len(text) > 60:
        return False
    date = parse_date(text)
    if date is None:
        return False
    if DATE_LINE.match(text):
        return True
    # "12. marts 2024" or "Tirsdag 12. marts 2024 kl. 10.15": little besides the date.
    return len(re.findall(r"[a-zæøå]{3,}", text, re.IGNORECASE)) <= 2
