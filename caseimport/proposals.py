"""Proposes område, målgrupper and temaer from a document's words (rules in caseimport/rules.py)."""

import re
from collections import Counter
from dataclasses import dataclass, field

from caseimport import rules
from casestudies.models.taxonomy import OMRAADE_CHOICES, OMRAADE_LABELS

WORD = re.compile(r"[0-9a-zæøåéü]+(?:-[0-9a-zæøåéü]+)*")
SHORT_KEYWORD = 5  # keywords shorter than this only match the start of a word


@dataclass
class Proposal:
    """What the importer would set, and the words that made it."""

    value: object
    evidence: Counter = field(default_factory=Counter)

    def reason(self, limit=5):
        return ", ".join(f"{word} ×{count}" for word, count in self.evidence.most_common(limit))


class Vocabulary:
    """Keywords mapped to targets; a word counts for the target of its longest keyword."""

    def __init__(self, keywords_by_target):
        self.keywords = sorted(
            (
                (keyword, target)
                for target, words in keywords_by_target.items()
                for keyword in words
            ),
            key=lambda pair: -len(pair[0]),
        )

    def target_of(self, word):
        for keyword, target in self.keywords:
            if word.startswith(keyword) or (len(keyword) >= SHORT_KEYWORD and keyword in word):
                return target, True
        return None, False

    def count(self, words):
        """{target: Counter(word: count)} for every target some word counted for."""
        hits = {}
        for word, count in words.items():
            target, matched = self.target_of(word)
            if matched and target is not None:
                hits.setdefault(target, Counter())[word] += count
        return hits


OMRAADER = Vocabulary(rules.OMRAADE_KEYWORDS)
MAALGRUPPER = Vocabulary(rules.MAALGRUPPE_KEYWORDS)
TEMAER = Vocabulary(rules.TEMA_KEYWORDS)
OMRAADE_ORDER = [code for code, _ in OMRAADE_CHOICES]


def count_words(text):
    return Counter(WORD.findall(text.casefold()))


def propose_omraade(words):
    """One Proposal (value = område code) or None when no keyword occurs."""
    hits = OMRAADER.count(words)
    if not hits:
        return None
    totals = {code: sum(counter.values()) for code, counter in hits.items()}
    core = [code for code in rules.CROSS_CANDIDATES if code in totals]
    leading_core = max((totals[code] for code in core), default=0)
    crossing = [
        code
        for code in core
        if totals[code] >= rules.CROSS_MIN_HITS and totals[code] >= rules.CROSS_SHARE * leading_core
    ]
    if len(crossing) >= 2:
        evidence = Counter()
        for code in crossing + (["tvaergaaende"] if "tvaergaaende" in hits else []):
            evidence.update(hits[code])
        return Proposal("tvaergaaende", evidence)
    best = max(totals, key=lambda code: (totals[code], -OMRAADE_ORDER.index(code)))
    return Proposal(best, hits[best])


def propose_maalgrupper(words):
    """Proposals (value = Maalgruppe slug), in the snippets' order."""
    hits = MAALGRUPPER.count(words)
    order = list(rules.MAALGRUPPE_KEYWORDS)
    return [
        Proposal(slug, hits[slug])
        for slug in sorted(hits, key=order.index)
        if sum(hits[slug].values()) >= rules.MAALGRUPPE_MIN_HITS
    ]


def propose_temaer(words):
    """Tema names, most evidence first; reported to the editor, never set."""
    hits = TEMAER.count(words)
    ranked = sorted(hits.items(), key=lambda item: -sum(item[1].values()))
    return [
        Proposal(name, counter)
        for name, counter in ranked
        if sum(counter.values()) >= rules.TEMA_MIN_HITS
    ][: rules.TEMA_MAX_PROPOSALS]


def omraade_label(code):
    return OMRAADE_LABELS.get(code, code)
