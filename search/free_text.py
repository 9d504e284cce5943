"""How the words someone types become a query, and how it loosens when it
finds nothing.

A search is tried in up to four steps, each only when the one before found
nothing (search/engine.py), so a query that has answers is never diluted:

1. EXACT: the words as written, with synonyms and stems; up to three words
   all count, of more words three in four.
2. TYPO: the same words with one typo each.
3. MOST_WORDS: all words but one (of five or more, three in five), typos allowed:
   one word the perfect case does not use no longer hides it.
4. BEST_WORDS: the query's informative words alone (more_like_this over the
   query text), ranked by all of them. Words found in more than
   RARE_WORD_SHARE of the cases cannot make a hit by themselves here: they are
   the relevance floor, so "kantineordning for personalet" finds nothing in a
   corpus without canteens instead of every case that mentions its staff.

Every step searches the question without its scaffolding
(search/question_words.py) and tries Danish compounds joined and split
(search/compounds.py) beside the words as written.

Free text goes into match queries only (never query_string), so no user
input can cause a query-syntax error.
"""

import re

from elasticsearch.dsl import Q

from search.compounds import DANISH_STOP_WORDS, rewrites
from search.documents import SECTION_FIELDS
from search.question_words import content_words

EXACT = "exact"
TYPO = "typo"
MOST_WORDS = "most_words"
BEST_WORDS = "best_words"
# While nothing is found: each step after the one before.
STEPS = (EXACT, TYPO, MOST_WORDS, BEST_WORDS)
# When the words as written find only a few cases: the same words, all but one
# required, no typos (a correctly spelled word keeps its exact meaning).
WIDER = "wider"
FEW_RESULTS = 3

# What the page says when a later step answered (search/engine.py).
NOTICES = {
    TYPO: "Ingen sager indeholder ordene, som de er stavet – her er dem med lignende stavning.",
    MOST_WORDS: "Ingen sager indeholder alle ordene – her er dem, der passer bedst.",
    BEST_WORDS: "Ingen sager indeholder alle ordene – her er dem, der passer bedst.",
    WIDER: "Kun få sager indeholder alle ordene – her er også dem, der passer næsten.",
}

# Title, summary and key advice weigh most; the other sections count as well.
TEXT_FIELDS = [
    "title^4",
    "summary^3",
    "key_advice^3",
    "tag_names^2",
    "kommune_names^2",
    "region_names^2",
    *[field for field in SECTION_FIELDS if field != "key_advice"],
]
MINIMUM_SHOULD_MATCH = {
    EXACT: "3<75%",
    TYPO: "3<75%",
    MOST_WORDS: "2<-1 4<60%",
    WIDER: "1<-1 4<60%",
    BEST_WORDS: "1",
}
# A rewritten spelling (compound joined or split) counts less than the words
# as written, so the user's own spelling ranks first.
REWRITE_BOOST = 0.7
# A word in more than this share of the cases cannot make a best-words hit alone.
RARE_WORD_SHARE = 0.1
MIN_RARE_WORD_LIMIT = 2

WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)


# Typos allowed: exact below 4 letters, else 1 edit; the first letter is
# taken as typed (it is rarely the wrong one, and it keeps the expansion small).
FUZZY = {"fuzziness": "AUTO:4,100", "prefix_length": 1}
TYPO_STEPS = (TYPO, MOST_WORDS, BEST_WORDS)
SPLIT_STEPS = (EXACT, TYPO)


def _multi_match(text, step, boost=None):
    """The words over all fields together: they may be spread over them ("PPR"
    in the text, "Nordjylland" in the region), which cross_fields counts and
    best_fields, matching within one field, does not."""
    options = {
        "query": text,
        "fields": TEXT_FIELDS,
        "minimum_should_match": MINIMUM_SHOULD_MATCH[step],
    }
    if boost is not None:
        options["boost"] = boost
    return Q("multi_match", type="cross_fields", **options)


def _word_with_typos(word):
    """One word as written (with its synonyms) or with a typo.

    Fuzzy matching needs the index analyzer (synonym graphs and fuzziness do
    not mix, and cross_fields takes no fuzziness), so the word is asked both
    ways and the better match counts: a typo elsewhere in the query no longer
    costs "dagtilbud" its synonyms.
    """
    return Q(
        "dis_max",
        queries=[
            Q("multi_match", type="cross_fields", query=word, fields=TEXT_FIELDS),
            Q(
                "multi_match",
                type="best_fields",
                query=word,
                fields=TEXT_FIELDS,
                analyzer="danish_text",
                **FUZZY,
            ),
        ],
    )


def _words_with_typos(text, step, boost=None):
    """Each content word with typos allowed; `step` says how many must match."""
    words = [word for word in WORD.findall(text) if word.casefold() not in DANISH_STOP_WORDS]
    options = {"boost": boost} if boost is not None else {}
    return Q(
        "bool",
        should=[_word_with_typos(word) for word in words or [text]],
        minimum_should_match=MINIMUM_SHOULD_MATCH[step],
        **options,
    )


def compound_variants(text, step):
    """The text's compounds joined or split, as far as `step` allows them."""
    if step == BEST_WORDS:
        return []
    # Compounds are split only while every word counts: a split compound is two
    # words, so with one allowed missing, "ældre pleje" would let "ældre" alone
    # make a hit.
    return rewrites(WORD.findall(text), split=step in SPLIT_STEPS)


def words_query(text, step=EXACT):
    """The words and their compound rewrites, at the strictness of `step`."""
    build = _words_with_typos if step in TYPO_STEPS else _multi_match
    variants = compound_variants(text, step)
    main = build(text, step)
    if not variants:
        return main
    return Q(
        "bool",
        should=[main, *(build(variant, step, REWRITE_BOOST) for variant in variants)],
        minimum_should_match=1,
    )


def highlight_queries(text, step, fields):
    """{field: query} marking, in each field, the words of the query as this
    step matched them: as written (with synonyms), as rewritten compounds, and
    with typos where the step allows them.

    One plain match per field instead of the search's own query: given the
    whole cross_fields query, the highlighter took 40-50 ms for a page of ten
    cases at 100,000 cases, against 5-7 ms with per-field matches (make bench).
    """
    text = content_words(text)
    variants = [text, *compound_variants(text, step)]

    def marks(field):
        should = [Q("match", **{field: variant}) for variant in variants]
        if step in TYPO_STEPS:
            should.append(
                Q("match", **{field: {"query": text, "analyzer": "danish_text", **FUZZY}})
            )
        return Q("bool", should=should)

    return {field: marks(field) for field in fields}


def rare_word_limit(shard_cases):
    """more_like_this's max_doc_freq for the best-words step (per shard)."""
    return max(MIN_RARE_WORD_LIMIT, int(shard_cases * RARE_WORD_SHARE))


def text_query(text, step=EXACT, shard_cases=0):
    """The query for the free text `text` at one step of the loosening."""
    text = content_words(text)
    if step != BEST_WORDS:
        return words_query(text, step)
    informative = Q(
        "more_like_this",
        fields=[field.split("^")[0] for field in TEXT_FIELDS],
        # The words as written only: a rewrite's part ("vej" + "vedligeholdelse")
        # must not make a hit that the query's own words cannot.
        like=[text],
        min_term_freq=1,
        min_doc_freq=1,
        max_doc_freq=rare_word_limit(shard_cases),
        max_query_terms=25,
        minimum_should_match="1",
        analyzer="danish_text",
    )
    return Q("bool", must=[informative], should=[words_query(text, BEST_WORDS)])
