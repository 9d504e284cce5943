"""How typed words become a query: questions, compounds and the loosening steps."""

import pytest

from search.compounds import rewrites, split_compound
from search.free_text import BEST_WORDS, EXACT, MOST_WORDS, rare_word_limit, text_query
from search.question_words import content_words


@pytest.mark.parametrize(
    ("question", "content"),
    [
        (
            "Hvordan har andre kommuner arbejdet med skolevægring, og hvad kostede det?",
            "skolevægring og",
        ),
        ("Hvem har erfaringer med co-teaching i udskolingen?", "co-teaching i udskolingen"),
        ("Jeg leder efter gode eksempler på forældresamarbejde", "forældresamarbejde"),
        # "leder" alone is a school leader, not scaffolding.
        ("skoleleder trivsel", "skoleleder trivsel"),
        # Nothing but scaffolding: the words themselves are searched.
        ("Hvordan", "Hvordan"),
    ],
)
def test_questions_lose_their_scaffolding(question, content):
    assert content_words(question) == content


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("trivselsmåling", ("trivsel", "måling")),  # linking s
        ("skoleledelsen", ("skole", "ledelsen")),  # an ending on the last part
        ("matematikvejleder", ("matematik", "vejleder")),
        ("forældresamarbejde", ("forældre", "samarbejde")),
        ("vejleder", None),  # one word, not "vej" + "leder"
        ("skole", None),
        ("børnehave", None),  # "have" is a stop word: "børn" alone would match too much
    ],
)
def test_compounds_split_into_dictionary_words(word, parts):
    assert split_compound(word) == parts


def test_neighbouring_words_are_also_tried_joined_and_compounds_split():
    assert rewrites(["matematik", "vejleder"]) == ["matematikvejleder"]
    assert rewrites(["ude", "skole", "i", "aarhus"]) == ["udeskole i aarhus"]
    assert rewrites(["trivselsmåling"]) == ["trivsel måling"]
    assert rewrites([f"ord{n}" for n in range(7)]) == []  # long queries stay as written


def test_rewrites_weigh_less_than_the_words_as_written():
    query = text_query("trivselsmåling", EXACT).to_dict()["bool"]
    written, rewritten = query["should"]
    assert written["multi_match"]["query"] == "trivselsmåling"
    assert "boost" not in written["multi_match"]
    assert rewritten["multi_match"]["query"] == "trivsel måling"
    assert rewritten["multi_match"]["boost"] < 1
    assert query["minimum_should_match"] == 1


def test_most_words_lets_one_word_of_three_be_missing():
    written = text_query("inklusion motorik læsning", MOST_WORDS).to_dict()["bool"]["should"][0]
    assert written["bool"]["minimum_should_match"] == "2<-1 4<60%"
    assert len(written["bool"]["should"]) == 3  # one clause a word, each with typos allowed


def test_best_words_leaves_out_words_of_many_cases():
    query = text_query("kantineordning for personalet", BEST_WORDS, shard_cases=1000).to_dict()
    informative = query["bool"]["must"][0]["more_like_this"]
    assert informative["max_doc_freq"] == rare_word_limit(1000) == 100
    assert informative["like"][0] == "kantineordning for personalet"
    assert query["bool"]["should"]  # ranked by all the words
