"""The case index: its Danish analysis, its mapping, its creation, and the
documents made from case pages (the only code that reads pages for the index).

Index-time analysis stems Danish ("læringsfællesskaberne" -> "læringsfællesskab")
and drops stop words; search-time analysis adds the synonyms of
search/synonyms/da.txt first, so "PLF" also finds "professionelle
læringsfællesskaber" without reindexing when a synonym is only used in queries.
Reads and writes go through an alias over versioned indices, so a rebuild can
fill a new index while search keeps answering from the old one.
"""

import re
import time
from functools import cache
from pathlib import Path

from django.utils.html import strip_tags
from elasticsearch import NotFoundError
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

from casestudies.models import CaseStudyPage
from casestudies.sections import SECTIONS
from search.connection import get_client, index_alias

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


# --- Creating indices -------------------------------------------------------


def new_index_name():
    return f"{index_alias()}-{time.time_ns() // 1_000_000}"


def indices_behind_alias(client):
    try:
        return sorted(client.indices.get_alias(name=index_alias()).keys())
    except NotFoundError:
        return []


def create_index(client, name, shards=1, replicas=0):
    client.indices.create(index=name, **index_body(shards, replicas))
    client.cluster.health(index=name, wait_for_status="yellow")


def ensure_index():
    """Create the first index and alias if there is none (a fresh node)."""
    client = get_client()
    if indices_behind_alias(client):
        return False
    name = new_index_name()
    create_index(client, name)
    client.indices.put_alias(index=name, name=index_alias())
    return True


# --- Documents from case pages ----------------------------------------------

BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain(html):
    """Section rich text as plain text: highlights are built from it and escaped.
    Block ends become spaces, so two paragraphs never run into one word."""
    text = strip_tags(BLOCK_END.sub(" ", html or "")).replace("&nbsp;", " ")
    return " ".join(text.split())


def case_document(page):
    """The _source of one case; relations must be prefetched (with_card_data)."""
    kommuner = list(page.kommuner.all())
    tags = list(page.tags.all())
    return {
        "page_id": page.pk,
        "title": page.title,
        "summary": page.summary,
        **{field: plain(getattr(page, field)) for field in SECTION_FIELDS},
        "omraade": page.omraade,
        "maalgrupper": [m.slug for m in page.maalgrupper.all()],
        "kommuner": [k.slug for k in kommuner],
        "regions": sorted({k.region.slug for k in kommuner}),
        "tags": [t.slug for t in tags],
        "partners": [p.slug for p in page.partners.all()],
        "year": page.date.year if page.date else None,
        "kommune_names": [k.official_name for k in kommuner],
        # "PPR Nordjylland" names the region, not a kommune.
        "region_names": sorted({k.region.name for k in kommuner}),
        "tag_names": [t.name for t in tags],
        "url": page.url,
        "date": page.date,
        "first_published_at": page.first_published_at,
    }


def indexable_cases():
    """Live, public cases with everything a document needs, in a fixed number of queries."""
    return CaseStudyPage.objects.visible().with_card_data().order_by("pk")


def document_actions(index_name, pages):
    """Bulk index actions for these pages, into `index_name` (an index or the alias)."""
    for page in pages:
        yield {
            "_op_type": "index",
            "_index": index_name,
            "_id": str(page.pk),
            "_source": case_document(page),
        }
