"""Realistic made-up cases: Danish text, and the spread of kommuner, områder,
målgrupper, temaer and lengths that real praksiseksempler have.

Sentences come from the demo cases in casestudies/demo/ (real Danish prose in
the format's own voice), mixed per section and per case, with a few words
swapped per case so the index sees a varied vocabulary, not 16 texts repeated. Deterministic for a
given seed, so two runs index the same corpus.
"""

import random
import re
from dataclasses import dataclass
from datetime import date

from casestudies.demo_cases import demo_documents, section_paragraphs
from casestudies.sections import TEXT_SECTION_FIELDS

SECTION_KEYS = TEXT_SECTION_FIELDS
REQUIRED_SECTIONS = {"practice", "context", "key_advice"}
# How often an optional section is missing in real documents.
OPTIONAL_SECTION_MISSING = 0.15

# Område: most cases come from schools and daycare, few from cross-cutting work.
OMRAADE_WEIGHTS = {
    "skole": 34,
    "dagtilbud": 30,
    "ppr": 10,
    "fritid": 9,
    "forvaltning": 9,
    "tvaergaaende": 8,
}
MAALGRUPPE_WEIGHTS = {
    "ledere": 12,
    "paedagoger": 9,
    "laerere": 7,
    "konsulenter": 5,
    "ressourcepersoner": 4,
    "ppr": 3,
    "forvaltning": 3,
    "dagplejere": 1,
}
# Population in thousands (Danmarks Statistik, 2024, rounded) for the large
# kommuner; the others share the rest. Larger kommuner write more cases.
KOMMUNE_POPULATION = {
    "koebenhavn": 660,
    "aarhus": 370,
    "aalborg": 222,
    "odense": 207,
    "vejle": 122,
    "esbjerg": 115,
    "frederiksberg": 104,
    "randers": 99,
    "viborg": 98,
    "silkeborg": 99,
    "kolding": 95,
    "horsens": 97,
    "herning": 90,
    "roskilde": 90,
    "naestved": 84,
    "slagelse": 80,
    "gentofte": 75,
    "laesoe": 2,
    "fanoe": 3,
    "samsoe": 4,
    "aeroe": 6,
    "dragoer": 14,
}
OTHER_KOMMUNE_POPULATION = 45
PARTNERS = {
    "VIA University College": 8,
    "Professionshøjskolen Absalon": 6,
    "UC SYD": 6,
    "Københavns Professionshøjskole": 6,
    "UCL Erhvervsakademi og Professionshøjskole": 5,
    "Professionshøjskolen UCN": 5,
    "Danmarks Evalueringsinstitut (EVA)": 4,
    "Komponent": 3,
    "KL": 3,
    "Aalborg Universitet": 2,
    "Aarhus Universitet": 2,
    "Danmarks Pædagogiske Universitet": 2,
    "Rambøll": 1,
    "Nationalt Videncenter for Læsning": 1,
}
TAGS = {
    "læringsmiljøer": 14,
    "kapacitetsopbygning": 12,
    "faglig ledelse": 10,
    "inklusion": 10,
    "professionelle læringsfællesskaber": 9,
    "data og evaluering": 8,
    "sammenhængende børnesyn": 8,
    "læringsledelse": 7,
    "forældresamarbejde": 7,
    "tidlig indsats": 7,
    "trivsel": 7,
    "aktionslæring": 5,
    "sprogindsats": 5,
    "overgange": 5,
    "skolefravær": 4,
    "motorik og bevægelse": 3,
    "digital dannelse": 3,
    "relationskompetence": 3,
    "pædagogisk tilsyn": 2,
    "udeskole": 2,
    "medborgerskab": 2,
    "lokalsamfund": 1,
    "naturfag": 1,
    "matematik": 2,
    "læsning": 3,
}
# Title = a theme phrase + a setting; the settings follow the område.
TITLE_THEMES = [
    "Professionelle læringsfællesskaber",
    "Aktionslæring",
    "Læringsledelse",
    "Sprogindsats",
    "Trivselshold",
    "Tidlig indsats",
    "Fælles læringsmiljøer",
    "Kapacitetsopbygning",
    "Datainformeret dialog",
    "Pædagogisk tilsyn som læringssamtale",
    "Forældresamarbejde",
    "Inkluderende fællesskaber",
    "Bevægelse i hverdagen",
    "Brobygning",
    "Sammenhængende overgange",
    "Faglig sparring",
    "Legebaseret læring",
    "Relationsarbejde",
]
TITLE_SETTINGS = {
    "skole": [
        "i udskolingens fagteams",
        "på mellemtrinnet",
        "i indskolingen",
        "i matematikundervisningen",
        "i dansk i 3. klasse",
        "på specialskolen",
        "i skolens ressourcecenter",
    ],
    "dagtilbud": [
        "i daginstitutionerne",
        "i vuggestuerne",
        "i dagplejens legestuegrupper",
        "i børnehavens hverdag",
        "i hverdagens rutiner",
        "i de private institutioner",
    ],
    "ppr": ["i PPR", "mellem PPR og skolerne", "i PPR's konsultationer"],
    "fritid": ["i ungdomsskolen", "i fritidsklubberne", "i SFO'en", "i klubtilbuddet"],
    "forvaltning": [
        "mellem forvaltning og skoleledelser",
        "i forvaltningens kvalitetsdialog",
        "i dagtilbudsafdelingen",
    ],
    "tvaergaaende": [
        "for børn og unge fra 0 til 18 år",
        "på tværs af dagtilbud og skole",
        "i det tværfaglige samarbejde",
    ],
}
# Words swapped into sentences so each case carries some vocabulary of its own.
SWAPS = {
    "pædagoger": ["pædagoger", "pædagogiske assistenter", "medhjælpere"],
    "lærere": ["lærere", "faglærere", "vejledere"],
    "ledere": ["ledere", "afdelingsledere", "souschefer"],
    "børnene": ["børnene", "eleverne", "de unge"],
    "forældre": ["forældre", "familier", "forældrebestyrelser"],
    "team": ["team", "fagteam", "årgangsteam"],
}


@dataclass
class GeneratedCase:
    title: str
    slug: str
    date: date
    omraade: str
    summary: str
    sections: dict
    kommuner: list
    maalgrupper: list
    partners: list
    tags: list
    contact_name: str
    contact_email: str
    contact_phone: str
    period_start: int
    period_end: int | None
    scope: str
    participants: int


def _sentences(paragraphs):
    return [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p) if len(s) > 20]


def _pools():
    """Sentences per section, and how many sentences each section has in real cases."""
    cases = [section_paragraphs(path) for path in demo_documents()]
    pools, lengths = {}, {}
    for key in SECTION_KEYS:
        pools[key] = sorted({s for case in cases for s in _sentences(case.get(key, []))})
        lengths[key] = [len(_sentences(case.get(key, []))) for case in cases]
    return pools, lengths


def _weighted(rng, weights, k=1):
    """k distinct choices by weight."""
    names, values = list(weights), list(weights.values())
    chosen = []
    while len(chosen) < min(k, len(names)):
        pick = rng.choices(names, values)[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


class CaseGenerator:
    def __init__(self, kommune_slugs, seed=2024):
        self.rng = random.Random(seed)
        self.pools, self.lengths = _pools()
        self.kommune_weights = {
            slug: KOMMUNE_POPULATION.get(slug, OTHER_KOMMUNE_POPULATION) for slug in kommune_slugs
        }

    def _swap(self, sentence):
        for word, options in SWAPS.items():
            if word in sentence:
                sentence = sentence.replace(word, self.rng.choice(options), 1)
        return sentence

    def _section(self, key):
        rng = self.rng
        if key not in REQUIRED_SECTIONS and rng.random() < OPTIONAL_SECTION_MISSING:
            return ""
        # Real cases vary: from half to twice the demo cases' typical length.
        typical = rng.choice(self.lengths[key])
        count = max(1, round(typical * rng.uniform(0.5, 2.0)))
        sentences = [self._swap(rng.choice(self.pools[key])) for _ in range(count)]
        # Paragraphs of 2-4 sentences, as editors write them.
        paragraphs, i = [], 0
        while i < len(sentences):
            step = rng.randint(2, 4)
            paragraphs.append(" ".join(sentences[i : i + step]))
            i += step
        return "".join(f"<p>{p}</p>" for p in paragraphs)

    def case(self, number):
        rng = self.rng
        omraade = _weighted(rng, OMRAADE_WEIGHTS)[0]
        title = f"{rng.choice(TITLE_THEMES)} {rng.choice(TITLE_SETTINGS[omraade])}"
        # Most cases come from one kommune, some from two or three together.
        kommune_count = rng.choices([1, 2, 3], [88, 8, 4])[0]
        kommuner = _weighted(rng, self.kommune_weights, kommune_count)
        year = rng.choices(range(2014, 2026), range(1, 13))[0]
        written = date(year, rng.randint(1, 12), rng.randint(1, 28))
        start = year - rng.randint(0, 3)
        sections = {key: self._section(key) for key in SECTION_KEYS}
        summary = self._swap(rng.choice(self.pools["context"]))[:300]
        main_kommune = kommuner[0]
        return GeneratedCase(
            title=title,
            slug=f"bench-{number}",
            date=written,
            omraade=omraade,
            summary=summary,
            sections=sections,
            kommuner=kommuner,
            maalgrupper=_weighted(rng, MAALGRUPPE_WEIGHTS, rng.randint(1, 3)),
            partners=_weighted(rng, PARTNERS, rng.choices([0, 1, 2], [40, 50, 10])[0]),
            tags=_weighted(rng, TAGS, rng.randint(2, 5)),
            contact_name=rng.choice(["Mette", "Lars", "Anne", "Søren", "Hanne", "Jens"])
            + " "
            + rng.choice(["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Kristensen"]),
            contact_email=f"praksis{number}@{main_kommune}.dk",
            contact_phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}",
            period_start=start,
            period_end=None if rng.random() < 0.3 else year,
            scope=f"{rng.randint(2, 12)} mødegange over {rng.randint(3, 24)} måneder",
            participants=rng.randint(8, 400),
        )
