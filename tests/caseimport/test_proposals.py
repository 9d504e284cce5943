"""The område/målgruppe/tema proposal rule (caseimport/rules.py), as the report explains it."""

import pytest

from caseimport.proposals import (
    count_words,
    propose_maalgrupper,
    propose_omraade,
    propose_temaer,
)


@pytest.mark.parametrize(
    ("text", "omraade"),
    [
        ("Vuggestuen og børnehaven arbejdede med dagplejen og dagtilbuddets ledelse.", "dagtilbud"),
        ("Eleverne og lærerne på folkeskolen fik mere undervisning i klassen.", "skole"),
        ("PPR og skolepsykologen gav psykologfaglig sparring.", "ppr"),
        ("Klubben og ungdomsskolen åbnede fritidsklubben om aftenen.", "fritid"),
        # Several områder with a fair share each point to tværgående.
        (
            "Dagplejen, vuggestuen, skolen og eleverne fik hjælp fra PPR og psykologen.",
            "tvaergaaende",
        ),
    ],
)
def test_omraade_follows_the_words_of_the_text(text, omraade):
    assert propose_omraade(count_words(text)).value == omraade


def test_omraade_reason_names_the_words_that_matched():
    proposal = propose_omraade(count_words("Dagplejen og dagplejen og vuggestuen. En elev."))
    assert proposal.value == "dagtilbud"
    assert proposal.reason() == "dagplejen ×2, vuggestuen ×1"


def test_compound_words_count_for_the_longest_keyword():
    # "ungdomsskolen" contains "skole" but is fritid; "skolepsykologen" is PPR.
    proposal = propose_omraade(count_words("ungdomsskolen ungdomsskolen skolepsykologen"))
    assert proposal.value == "fritid"
    assert dict(proposal.evidence) == {"ungdomsskolen": 2}


def test_no_keywords_no_omraade():
    assert propose_omraade(count_words("Et møde om budgettet.")) is None


def test_short_keywords_match_only_the_start_of_a_word():
    # "opprioritere" contains "ppr" but is no PPR word.
    assert propose_omraade(count_words("Vi ville opprioritere det.")) is None


def test_maalgrupper_need_two_mentions_and_ignore_neutral_words():
    words = count_words(
        "Lærerne og lærerteamet mødtes med pædagogisk leder og ledelsen. "
        "Pædagogisk udvikling og pædagogik."
    )
    assert [proposal.value for proposal in propose_maalgrupper(words)] == ["ledere", "laerere"]


def test_temaer_are_proposed_with_their_words():
    words = count_words("Aktionslæring og aktionslæringsforløb styrkede trivsel og trivslen.")
    temaer = propose_temaer(words)
    assert [tema.value for tema in temaer] == ["aktionslæring"]
    assert temaer[0].reason() == "aktionslæring ×1, aktionslæringsforløb ×1"
