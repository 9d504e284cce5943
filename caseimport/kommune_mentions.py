"""Finds the kommune(r) a free-form document is about, and the phrases that say so.

A write-up outside the praksiseksempel format has no title line naming its
kommune; it says so in running text. Only phrases that name a kommune as an
organisation count, so a bare place name ("en konference i Odense", or
"odder" the animal) never does:
- "<Navn> Kommune", "Københavns Kommune", "Bornholms Regionskommune", and lists
  such as "Syddjurs, Norddjurs og Favrskov Kommuner";
- a kommunal unit in the kommune: "PPR i Vejle", "Børn og Unge i Odense";
- an e-mail address at the kommune's own domain, when it is the kommune's
  slug ("@vejle.dk").

A document often names other kommuner in passing ("inspireret af Aarhus
Kommune"). The kommuner chosen are those mentioned at least half as often as
the most mentioned one; the others are reported as passed over.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from casestudies.models import Kommune

DASH_OR_SPACE = r"[\s\-‐‑–—]+"
# Kommunal units whose "<unit> i <Navn>" names the kommune (capitalised: the unit's name).
UNITS = (
    r"PPR",
    r"Pædagogisk Psykologisk Rådgivning",
    r"Børn og Unge",
    r"Børn og Familie",
    r"Børn, Unge og Familie",
    r"Børne- og Ungeforvaltningen",
    r"Børn og Ungeforvaltningen",
    r"Skole og Dagtilbud",
    r"Dagtilbud og Skole",
    r"Dagtilbud",
    r"Skoleafdelingen",
    r"Dagtilbudsafdelingen",
    r"Skoletjenesten",
    r"Ungdomsskolen",
    r"Sundhedsplejen",
    r"Familieafdelingen",
    r"Center for [A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ]?[\w-]+)?",
)
KOMMUNE_WORD = re.compile(r"\s+(?:regions)?kommuner?$", re.IGNORECASE)
KOMMUNE_NOUN = r"(?:[Rr]egions)?[Kk]ommune(?:rne|ns|r|s)?(?!\w)"
EMAIL_DOMAIN = re.compile(r"@(?:[\w-]+\.)*([\w-]+)\.dk\b", re.IGNORECASE)
CHOSEN_SHARE = 0.5


@dataclass
class KommuneDetection:
    """The chosen kommuner and, per kommune, the phrases found and how often."""

    chosen: list = field(default_factory=list)
    evidence: dict = field(default_factory=dict)  # Kommune -> Counter(phrase: count)

    @property
    def passed_over(self):
        return [kommune for kommune in self.evidence if kommune not in self.chosen]

    def reason(self, kommune, limit=3):
        phrases = self.evidence[kommune].most_common(limit)
        return ", ".join(
            f'"{phrase}"' + (f" ×{count}" if count > 1 else "") for phrase, count in phrases
        )


class KommuneMentionFinder:
    """Built once per import run from the 98 Kommune snippets."""

    def __init__(self, kommuner=None):
        kommuner = list(kommuner if kommuner is not None else Kommune.objects.all())
        self.by_variant = {}
        for kommune in kommuner:
            for variant in self.variants(kommune):
                self.by_variant.setdefault(self.variant_key(variant), kommune)
        self.by_slug = {kommune.slug: kommune for kommune in kommuner}
        names = sorted(
            {variant for kommune in kommuner for variant in self.variants(kommune)},
            key=len,
            reverse=True,
        )
        name = "(?:" + "|".join(DASH_OR_SPACE.join(map(re.escape, n.split())) for n in names) + ")"
        self.name = re.compile(rf"(?<![\w-]){name}(?![\w-])")
        name_list = rf"{name}(?:\s*,\s*{name})*(?:\s+(?:og|samt|&)\s+{name})?"
        self.kommune_phrase = re.compile(rf"(?<![\w-]){name_list}\s+{KOMMUNE_NOUN}")
        self.unit_phrase = re.compile(rf"(?<![\w-])(?:{'|'.join(UNITS)})\s+i\s+{name}(?![\w-])")

    @staticmethod
    def variants(kommune):
        official = KOMMUNE_WORD.sub("", kommune.official_name)
        genitive = kommune.name if kommune.name.endswith("s") else f"{kommune.name}s"
        return {variant.replace("-", " ") for variant in (kommune.name, official, genitive)}

    @staticmethod
    def variant_key(text):
        return re.sub(DASH_OR_SPACE, " ", text).casefold().strip()

    def detect(self, text):
        if not self.by_variant:
            # No kommuner loaded (an empty database): an empty name pattern would match anywhere.
            return KommuneDetection()
        text = " ".join(text.split())
        evidence = {}

        def found(kommune, phrase):
            evidence.setdefault(kommune, Counter())[phrase] += 1

        for pattern in (self.kommune_phrase, self.unit_phrase):
            for match in pattern.finditer(text):
                for name in self.name.findall(match.group(0)):
                    found(self.by_variant[self.variant_key(name)], match.group(0))
        for match in EMAIL_DOMAIN.finditer(text):
            kommune = self.by_slug.get(match.group(1).casefold())
            if kommune is not None:
                found(kommune, f"@{match.group(1).casefold()}.dk")

        detection = KommuneDetection(evidence=evidence)
        if evidence:
            totals = {kommune: sum(counter.values()) for kommune, counter in evidence.items()}
            most = max(totals.values())
            detection.chosen = [
                kommune for kommune, total in totals.items() if total >= CHOSEN_SHARE * most
            ]
        return detection
