"""A leader's question without its scaffolding, so the content words decide.

"Hvordan har andre kommuner arbejdet med skolevægring, og hvad kostede det?"
is searched as "skolevægring": words like "hvordan", "andre kommuner" and
"erfaringer med" appear in nearly every case (or in none) and only pull the
ranking towards long texts. Danish stop words ("og", "har", "det") are already
left out by the index's analysis; these are the words of asking, which are not
stop words in general Danish.

The node and the database fallback both search the stripped text, so the two
agree on what a question means.
"""

import re

# Whole phrases first: "leder efter" is scaffolding, "leder" alone is a school leader.
SCAFFOLDING_PHRASES = (
    r"hvem har (?:gode |nogen )?erfaring(?:er)? med",
    r"hvordan (?:har|kan|gør|griber) (?:andre|man|vi|i)(?: kommuner)?"
    r"(?: (?:arbejdet|gjort|grebet|haft succes|fået))?(?: det)?(?: an)?(?: med)?",
    r"hvad (?:kostede|koster|kræver|krævede) det",
    r"(?:jeg|vi) (?:søger|leder efter|vil gerne|vil|skal|planlægger)(?: at)?",
    r"er der nogen(?: der)?(?: som)?(?: har)?",
    r"andre kommuner(?:s)?",
    r"(?:gode )?eksempler på",
    r"erfaring(?:er)? med",
    r"i gang med",
)
SCAFFOLDING_WORDS = frozenset(
    """
    hvordan hvorfor hvem hvilke hvilken hvilket hvornår
    nogen nogle andre andres steder sted
    gjort gør gøre prøvet prøve sikrer sikre bruger bruge
    arbejdet kostede koster kræver
    gerne mon
    """.split()
)

_PHRASES = re.compile(r"\b(?:" + "|".join(SCAFFOLDING_PHRASES) + r")\b", re.IGNORECASE | re.UNICODE)
_WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)


def content_words(text):
    """The text without question scaffolding; the text itself if nothing else is left."""
    stripped = _PHRASES.sub(" ", text)
    words = [word for word in _WORD.findall(stripped) if word.casefold() not in SCAFFOLDING_WORDS]
    return " ".join(words) if words else text
