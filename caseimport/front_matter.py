"""Facts above a praksiseksempel that its eight sections cannot carry.

Documents kept in the repository (the evaluation set, demo content) state
their område, målgrupper, temaer and partners in a short block before the
title line, so that they import exactly as an editor would have filed them:

    ---
    omraade: skole
    maalgrupper: laerere, ledere
    temaer: aktionslæring, matematik
    partnere: VIA University College
    deltagere: 24 lærere på 3 skoler
    ---
    Viborg Kommune: Aktionslæring i matematik

Values the block states win over the importer's proposals. Documents from the
wild have no such block; a document without one imports as before.
"""

from dataclasses import dataclass, field

from caseimport.reading import DocumentError
from casestudies.models.taxonomy import OMRAADE_LABELS

FENCE = "---"
LIST_KEYS = {"maalgrupper", "temaer", "partnere"}
KNOWN_KEYS = {"omraade", "deltagere", *LIST_KEYS}


@dataclass
class FrontMatter:
    omraade: str = ""
    maalgrupper: list = field(default_factory=list)
    temaer: list = field(default_factory=list)
    partnere: list = field(default_factory=list)
    deltagere: int | None = None


def split_front_matter(lines):
    """(FrontMatter or None, the document's own lines)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != FENCE:
        return None, lines
    end = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == FENCE), None)
    if end is None:
        raise DocumentError(f'faktaboksen øverst slutter ikke med en linje med "{FENCE}"')
    return parse_block(lines[first + 1 : end]), lines[end + 1 :]


def parse_block(lines):
    facts = FrontMatter()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if not colon or key not in KNOWN_KEYS:
            raise DocumentError(
                f'faktaboksens linje {number} ("{line.strip()[:60]}") er ikke et af felterne '
                + ", ".join(sorted(KNOWN_KEYS))
            )
        if key in LIST_KEYS:
            setattr(facts, key, [item.strip() for item in value.split(",") if item.strip()])
        elif key == "omraade":
            if value not in OMRAADE_LABELS:
                raise DocumentError(
                    f'ukendt område "{value}" i faktaboksen; brug et af '
                    + ", ".join(OMRAADE_LABELS)
                )
            facts.omraade = value
        elif key == "deltagere":
            # "24" or "24 lærere på 3 skoler": the count comes first.
            count = value.split(" ", 1)[0]
            if not count.isdigit():
                raise DocumentError(
                    f'"deltagere" i faktaboksen skal begynde med et tal, ikke "{value[:40]}"'
                )
            facts.deltagere = int(count)
    return facts
