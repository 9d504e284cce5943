"""The case index: its Danish analysis and its mapping.

Index-time analysis stems Danish ("læringsfællesskaberne" -> "læringsfællesskab")
and drops stop words; search-time analysis adds the synonyms of
search/synonyms/da.txt first, so "PLF" also finds "professionelle
læringsfællesskaber" without reindexing when a synonym is only used in queries.
Reads and writes go through an alias over versioned indices, so a rebuild can
fill a new index while search keeps answering from the old one.
"""

from functools import cache
from pathlib import Path

from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Text,
    analyzer,
    token_filter,
)

from casestudies.sections import SECTIONS

SYNONYMS_FILE = Path(__file__).parent / "synonyms" / "da.txt"


@cache
def synonym_rules():
    lines = SYNONYMS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


danish_stop = token_filter("danish_stop", "stop", stopwords="_danish_")
danish_stemmer = token_filter("danish_stemmer", "stemmer", language="danish")

# Stored and matched text: lowercase, stop words out, Danish stems.
danish_text = analyzer(
    "danish_text",
    tokenizer="standard",
    filter=["lowercase", danish_stop, danish_stemmer],
)
# Autocomplete matches the typed words as prefixes of words in titles and
# themes, so the index holds every word's prefixes (its edge n-grams) and the
# typed words are only split, lowercased and folded. Without stemming: a stem
# is not a prefix of what the user is typing ("aktionsl" of "aktionslæring").
# Folding makes "ae" find "æ" too, as a user without a Danish keyboard types it.
# Prefixes up to 20 letters, and the whole word besides (preserve_original),
# so that a long compound typed in full still matches.
# https://www.elastic.co/docs/reference/text-analysis/analysis-edgengram-tokenfilter
word_prefixes = token_filter(
    "word_prefixes", "edge_ngram", min_gram=1, max_gram=20, preserve_original=True
)
autocomplete_text = analyzer(
    "autocomplete_text", tokenizer="standard", filter=["lowercase", "asciifolding", word_prefixes]
)
autocomplete_words = analyzer(
    "autocomplete_words", tokenizer="standard", filter=["lowercase", "asciifolding"]
)


# The words as written, for "Mente du …?" (the phrase suggester): a stem is no
# spelling to suggest.
spelling_words = analyzer("spelling_words", tokenizer="standard", filter=["lowercase"])


def danish_search_analyzer():
    """Built on demand because the synonym list is read from the repository file."""
    synonyms = token_filter(
        "praksis_synonyms", "synonym_graph", synonyms=list(synonym_rules()), lenient=True
    )
    return analyzer(
        "danish_search",
        tokenizer="standard",
        filter=["lowercase", synonyms, danish_stop, danish_stemmer],
    )


SECTION_FIELDS = tuple(section.field for section in SECTIONS)


def danish_field(**kwargs):
    # Offsets in the postings let the unified highlighter find the matches
    # without analysing each hit's sections again at search time, which made
    # most of the cost of a free-text search at 100,000 cases (make bench).
    # https://www.elastic.co/docs/reference/elasticsearch/rest-apis/highlighting
    return Text(
        analyzer=danish_text, search_analyzer="danish_search", index_options="offsets", **kwargs
    )


def spelled_field(**kwargs):
    """A danish_field whose words also go to the spelling field."""
    return danish_field(copy_to="spelling", **kwargs)


def autocomplete_field():
    return Text(analyzer=autocomplete_text, search_analyzer=autocomplete_words)


class CaseDocument(Document):
    """One live, public case. The id is the page id."""

    title = spelled_field(
        fields={
            "autocomplete": autocomplete_field(),
            "raw": Keyword(),
        }
    )
    summary = spelled_field()
    practice = spelled_field()
    context = spelled_field()
    policy = danish_field()
    experiences = spelled_field()
    next_steps = danish_field()
    resources = danish_field()
    key_advice = spelled_field()
    contact = danish_field()
    # Only for suggestions: terms and their frequencies, no positions or norms.
    spelling = Text(analyzer=spelling_words, index_options="freqs", norms=False)

    # Facets: slugs for filtering and counting; labels come from the database.
    # Every search counts all six, so their global ordinals are built when the
    # index refreshes rather than by the first search after each publish.
    omraade = Keyword(eager_global_ordinals=True)
    maalgrupper = Keyword(eager_global_ordinals=True)
    kommuner = Keyword(eager_global_ordinals=True)
    regions = Keyword(eager_global_ordinals=True)
    tags = Keyword(eager_global_ordinals=True)
    partners = Keyword(eager_global_ordinals=True)
    year = Integer()
    # The newest-first order's last tiebreaker. Sorting on _id needs fielddata
    # on _id (deprecated, and a heap cost that grows with the index).
    page_id = Integer()

    # What a result card shows without touching the database.
    kommune_names = danish_field(fields={"raw": Keyword()})
    region_names = danish_field()
    tag_names = danish_field(fields={"autocomplete": autocomplete_field()})
    url = Keyword(index=False)
    date = Date()
    first_published_at = Date()

    class Index:
        # The real name is given per call (the alias, or a new versioned index).
        name = "praksisbank-cases"


def index_settings(shards=1, replicas=0):
    return {
        "number_of_shards": shards,
        "number_of_replicas": replicas,
        # Highlighting long sections needs more than the default offsets window.
        "highlight.max_analyzed_offset": 1_000_000,
    }


def index_body(shards=1, replicas=0):
    """Settings and mappings of a new versioned case index."""
    index = Index("praksisbank-cases-template")
    index.settings(**index_settings(shards, replicas))
    index.analyzer(danish_search_analyzer())
    index.document(CaseDocument)
    return index.to_dict()
