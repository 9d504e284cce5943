"""The words that make the importer propose område, målgrupper and temaer.

Documents in the praksiseksempel format do not say which område, målgrupper or
temaer they belong to. The importer counts these words in the title and the
sections (not the contact section), proposes values and reports which words
made it choose; the editor checks and changes them in the admin.

How a word is matched (all in lower case):
- a keyword of 5 letters or more matches anywhere in a word, so "skole" finds
  "folkeskolen" and "dagpleje" finds "dagplejerne";
- a shorter keyword ("ppr", "elev", "sfo") only matches the start of a word;
- when several keywords match one word, the longest wins, so "ungdomsskolen"
  counts for fritid (not skole) and "skolepsykolog" for PPR;
- a keyword mapped to None is neutral: it claims words such as "pædagogisk"
  that would otherwise count for a målgruppe without meaning it.
"""

# --- Område: one per case --------------------------------------------------

OMRAADE_KEYWORDS = {
    "dagtilbud": [
        "dagtilbud",
        "daginstitution",
        "vuggestue",
        "børnehave",
        "dagpleje",
        "legestue",
        "småbørn",
    ],
    "skole": ["skole", "elev", "lærer", "undervisning", "klasse", "indskoling", "sfo"],
    "ppr": ["ppr", "psykolog", "talehørekonsulent", "tale-hørekonsulent"],
    "fritid": ["klub", "fritidsklub", "ungdomsklub", "ungdomsskole", "fritidstilbud"],
    "forvaltning": ["forvaltning", "ledelsesinformation", "kvalitetsrapport", "styringsmodel"],
    "tvaergaaende": ["tværgående", "tværfaglig", "0-18"],
}

# "Several of them point to tværgående": when two or more of these områder each
# have at least CROSS_MIN_HITS words and at least CROSS_SHARE of the leading
# område's count, the case is proposed as Tværgående 0-18 år.
CROSS_CANDIDATES = ("dagtilbud", "skole", "ppr", "fritid")
CROSS_MIN_HITS = 2
CROSS_SHARE = 0.5

# --- Målgrupper: any number per case (slugs of the Maalgruppe snippets) ---

MAALGRUPPE_KEYWORDS = {
    "ledere": ["leder", "ledelse"],
    "paedagoger": ["pædagog"],
    "laerere": ["lærer"],
    "dagplejere": ["dagplejer"],
    "ppr": ["ppr", "psykolog", "talehørekonsulent", "tale-hørekonsulent"],
    "ressourcepersoner": ["ressourceperson", "vejleder"],
    "konsulenter": ["konsulent"],
    "forvaltning": ["forvaltning", "direktør", "chef"],
    None: ["pædagogisk", "pædagogik", "ledelsesinformation"],
}
MAALGRUPPE_MIN_HITS = 2

# --- Temaer: reported as suggestions only; the editor sets the tags. ------

TEMA_KEYWORDS = {
    "professionelle læringsfællesskaber": ["læringsfællesskab", "plf"],
    "aktionslæring": ["aktionslæring"],
    "læringsmiljø": ["læringsmiljø"],
    "sprog": ["sprogudvikling", "sprogindsats", "sprogvurdering", "sproglig"],
    "inklusion": ["inklusion", "inkluderende"],
    "trivsel": ["trivsel"],
    "forældresamarbejde": ["forældresamarbejde", "forældre"],
    "overgange": ["overgang"],
    "evaluering": ["evaluering", "evaluere"],
    "data": ["data"],
    "kompetenceudvikling": ["kompetenceudvikling", "efteruddannelse", "uddannelsesforløb"],
    "digitalisering": ["digital", "teknologi"],
}
TEMA_MIN_HITS = 2
TEMA_MAX_PROPOSALS = 5
