"""The case index uses only what every Elasticsearch has, checked without a node.

The local node is Elastic's minimal distribution plus our analysis plugin, which
registers a few analysis-common names with Elastic's own parameters; Elastic
Cloud has analysis-common built in. An index made only of these names runs
unchanged on both, so anything else must be added here on purpose (and to the
plugin, for the local node).
"""

from search.documents import index_body

# Core: the standard tokenizer, lowercase and stop filters; analysis-common (our
# plugin locally): the rest.
ALLOWED_TOKENIZERS = {"standard", "edge_ngram", "ngram"}
ALLOWED_TOKEN_FILTERS = {
    "lowercase",
    "stop",
    "stemmer",
    "synonym_graph",
    "asciifolding",
    "edge_ngram",
    "ngram",
    "shingle",
}
# Field types of Elasticsearch's core: none from mapper-extras (search_as_you_type,
# rank_feature, ...), which the local node does not have.
CORE_FIELD_TYPES = {"text", "keyword", "integer", "long", "date", "boolean", "completion"}


def analysis():
    return index_body()["settings"]["analysis"]


def component_type(definitions, name, allowed):
    """The type of a component named in an analyzer: its own definition's, or
    the name itself when it is a built-in one."""
    if isinstance(name, dict):
        return name["type"]
    if name in definitions:
        return definitions[name]["type"]
    assert name in allowed, f"{name!r} is neither defined in the index nor a built-in one"
    return name


def test_every_analyzer_is_custom_and_made_of_allowed_components():
    settings = analysis()
    filters, tokenizers = settings.get("filter", {}), settings.get("tokenizer", {})
    for name, analyzer in settings["analyzer"].items():
        assert analyzer["type"] == "custom", name
        tokenizer = component_type(tokenizers, analyzer["tokenizer"], ALLOWED_TOKENIZERS)
        assert tokenizer in ALLOWED_TOKENIZERS, (name, tokenizer)
        for filter_name in analyzer.get("filter", []):
            kind = component_type(filters, filter_name, ALLOWED_TOKEN_FILTERS)
            assert kind in ALLOWED_TOKEN_FILTERS, (name, filter_name, kind)
        assert not analyzer.get("char_filter"), name


def test_every_defined_filter_and_tokenizer_has_an_allowed_type():
    settings = analysis()
    for name, definition in settings.get("filter", {}).items():
        assert definition["type"] in ALLOWED_TOKEN_FILTERS, (name, definition["type"])
    for name, definition in settings.get("tokenizer", {}).items():
        assert definition["type"] in ALLOWED_TOKENIZERS, (name, definition["type"])
    assert not settings.get("char_filter")
    assert not settings.get("normalizer")


def mapped_fields(properties, prefix=""):
    for name, field in properties.items():
        yield prefix + name, field
        yield from mapped_fields(field.get("fields", {}), f"{prefix}{name}.")
        yield from mapped_fields(field.get("properties", {}), f"{prefix}{name}.")


def test_fields_have_core_types_and_analyzers_the_index_defines():
    analyzers = set(analysis()["analyzer"])
    for name, field in mapped_fields(index_body()["mappings"]["properties"]):
        assert field["type"] in CORE_FIELD_TYPES, (name, field["type"])
        for key in ("analyzer", "search_analyzer"):
            if key in field:
                assert field[key] in analyzers, (name, key, field[key])


def test_autocomplete_fields_index_word_prefixes_and_search_whole_words():
    settings = analysis()
    fields = dict(mapped_fields(index_body()["mappings"]["properties"]))
    for name in ("title.autocomplete", "tag_names.autocomplete"):
        index_filters = settings["analyzer"][fields[name]["analyzer"]]["filter"]
        search_filters = settings["analyzer"][fields[name]["search_analyzer"]]["filter"]
        kinds = [settings["filter"].get(f, {"type": f})["type"] for f in index_filters]
        assert kinds == ["lowercase", "asciifolding", "edge_ngram"], name
        # The typed words are folded alike but never cut into prefixes themselves.
        assert search_filters == ["lowercase", "asciifolding"], name
