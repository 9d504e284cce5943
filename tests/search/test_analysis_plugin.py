"""The analysis plugin of services/elasticsearch/, through `_analyze` on the real node.

Each test checks a token filter or tokenizer that the plugin registers under
Elastic's own name, with the parameters and defaults Elastic documents, so an
index that works on the local node works unchanged where analysis-common is
built in. https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-indices-analyze
"""

import os

import pytest
from elasticsearch import BadRequestError, Elasticsearch

pytestmark = pytest.mark.elasticsearch


@pytest.fixture(scope="module")
def client():
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.fail("ELASTICSEARCH_URL is not set: run the suite with `make test`.")
    return Elasticsearch(url.split(",")[0])


def tokens(client, text, tokenizer="standard", filters=()):
    answer = client.indices.analyze(tokenizer=tokenizer, filter=list(filters), text=text)
    return [token["token"] for token in answer["tokens"]]


def test_the_node_is_elasticsearch_9_with_our_plugin(client):
    nodes = client.nodes.info(metric="plugins")["nodes"].values()
    assert all(node["version"].startswith("9.") for node in nodes)
    assert all(
        "praksisbanken-analysis" in {plugin["name"] for plugin in node["plugins"]} for node in nodes
    )


def test_danish_stemmer_reduces_inflected_forms(client):
    stemmer = {"type": "stemmer", "language": "danish"}
    assert tokens(client, "læringsfællesskaberne skolerne", filters=["lowercase", stemmer]) == [
        "læringsfællesskab",
        "skol",
    ]


def test_stemmer_defaults_to_english(client):
    assert tokens(client, "running", filters=[{"type": "stemmer"}]) == ["run"]


def test_stemmer_refuses_a_language_it_does_not_have(client):
    with pytest.raises(BadRequestError, match="klingon"):
        tokens(client, "x", filters=[{"type": "stemmer", "language": "klingon"}])


def test_synonym_graph_rules_are_read_through_the_filters_before_it(client):
    synonyms = {
        "type": "synonym_graph",
        "synonyms": ["PLF, professionelle læringsfællesskaber"],
    }
    # "PLF" in the rule meets "plf" in the text because lowercase runs first.
    assert tokens(client, "plf", filters=["lowercase", synonyms]) == [
        "professionelle",
        "plf",
        "læringsfællesskaber",
    ]


def test_synonym_graph_expand_false_maps_to_the_first_form(client):
    synonyms = {"type": "synonym_graph", "synonyms": ["ppr, pædagogisk psykologisk rådgivning"]}
    assert tokens(client, "ppr", filters=["lowercase", {**synonyms, "expand": False}]) == ["ppr"]
    assert tokens(client, "ppr", filters=["lowercase", synonyms]) == [
        "pædagogisk",
        "ppr",
        "psykologisk",
        "rådgivning",
    ]


def test_synonym_graph_lenient_skips_a_rule_the_analyzer_removes(client):
    stop = {"type": "stop", "stopwords": ["og"]}
    rule = {"type": "synonym_graph", "synonyms": ["og, samt", "sfo, fritidsordning"]}
    with pytest.raises(BadRequestError):
        tokens(client, "sfo", filters=["lowercase", stop, rule])
    lenient = {**rule, "lenient": True}
    assert sorted(tokens(client, "sfo", filters=["lowercase", stop, lenient])) == [
        "fritidsordning",
        "sfo",
    ]


def test_synonym_graph_needs_rules(client):
    with pytest.raises(BadRequestError, match="synonyms"):
        tokens(client, "x", filters=[{"type": "synonym_graph"}])


def test_asciifolding_folds_and_can_keep_the_original(client):
    assert tokens(client, "Ærø smørrebrød", filters=["lowercase", "asciifolding"]) == [
        "aero",
        "smorrebrod",
    ]
    keep = {"type": "asciifolding", "preserve_original": True}
    assert tokens(client, "ø", filters=[keep]) == ["o", "ø"]


def test_edge_ngram_filter_defaults_and_sizes(client):
    assert tokens(client, "skole", filters=["edge_ngram"]) == ["s", "sk"]
    sized = {"type": "edge_ngram", "min_gram": 2, "max_gram": 4, "preserve_original": True}
    assert tokens(client, "skole", filters=[sized]) == ["sk", "sko", "skol", "skole"]


def test_ngram_filter_is_bounded_by_max_ngram_diff(client):
    assert tokens(client, "abc", filters=["ngram"]) == ["a", "ab", "b", "bc", "c"]
    with pytest.raises(BadRequestError, match="max_ngram_diff"):
        tokens(client, "abc", filters=[{"type": "ngram", "min_gram": 1, "max_gram": 5}])


def test_edge_ngram_tokenizer_splits_on_token_chars(client):
    tokenizer = {"type": "edge_ngram", "min_gram": 2, "max_gram": 3, "token_chars": ["letter"]}
    assert tokens(client, "ab-cde", tokenizer=tokenizer) == ["ab", "cd", "cde"]


def test_ngram_tokenizer_keeps_every_character_without_token_chars(client):
    assert tokens(client, "a b", tokenizer={"type": "ngram"}) == ["a", "a ", " ", " b", "b"]
    with pytest.raises(BadRequestError, match="Unknown token type"):
        tokens(client, "x", tokenizer={"type": "ngram", "token_chars": ["emoji"]})


def test_wagtails_own_index_settings_are_accepted(client):
    """Wagtail's Elasticsearch backend declares ngram and edge_ngram filters and
    tokenizers in every index it creates; the node must accept them."""
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

    name = "test-wagtail-analysis"
    client.indices.delete(index=name, ignore_unavailable=True)
    try:
        client.indices.create(
            index=name, settings=ElasticsearchBaseSearchBackend.settings["settings"]
        )
        answer = client.indices.analyze(index=name, analyzer="edgengram_analyzer", text="Ærø")
        assert [token["token"] for token in answer["tokens"]] == ["a", "ae", "aer", "aero"]
    finally:
        client.indices.delete(index=name, ignore_unavailable=True)
