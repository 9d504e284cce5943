"""The pieces of free-form reading on their own: headings, page furniture, kommune phrases."""

import pytest

from caseimport.boilerplate import is_furniture
from caseimport.heading_synonyms import section_for_heading
from caseimport.kommune_mentions import KommuneMentionFinder


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Formål", "context"),
        ("Baggrund", "context"),
        ("Formålet med forløbet:", "context"),
        ("Erfaringer", "experiences"),
        ("Det har vi lært", "experiences"),
        ("Erfaringer og gode råd", "experiences"),
        ("Næste skridt", "next_steps"),
        ("3. Ressourcer", "resources"),
        ("Hvad kræver det?", "resources"),
        ("Vores råd til andre", "key_advice"),
        ("Sådan gjorde vi", "practice"),
        ("Vil du vide mere?", "contact"),
        ("Kontakt", "contact"),
        ("Det vigtigste råd til andre", "key_advice"),  # the format's own heading
        ("Målgruppe", None),  # "mål" is a word of its own, not the start of one
        ("Tidsplan", None),
    ],
)
def test_heading_is_mapped_to_the_section_it_means(heading, section):
    assert section_for_heading(heading) == section


def test_strict_matching_keeps_a_sentence_that_starts_with_a_synonym_as_text():
    assert section_for_heading("Resultatet blev at alle elever fik", strict=True) is None
    assert section_for_heading("Det har vi lært", strict=True) == "experiences"


@pytest.mark.parametrize(
    "line",
    [
        "Nyhed",
        "Artikel",
        "Læs mere",
        "Læs mere om PPR",
        "Tilmeld nyhedsbrev",
        "Tilmeld dig vores nyhedsbrev",
        "Forside > Nyheder > Børn og unge",
        "Forside / Skole",
        "Del på Facebook",
        "Foto: Mette Holm",
        "Til: Skoleudvalget",
    ],
)
def test_page_furniture_is_dropped(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Læsevejledere i alle 1. klasser",
        "Lærere / pædagoger i indskolingen mødes hver uge",
        "Erfaringer",
    ],
)
def test_content_is_not_furniture(line):
    assert not is_furniture(line)


@pytest.fixture
def finder(db):
    return KommuneMentionFinder()


@pytest.mark.parametrize(
    ("text", "names", "phrase"),
    [
        ("Et forsøg fra PPR i Vejle.", ["Vejle"], "PPR i Vejle"),
        ("Odense Kommune har sat gang i et nyt forløb.", ["Odense"], "Odense Kommune"),
        ("Børn og Unge i Odense står bag.", ["Odense"], "Børn og Unge i Odense"),
        ("Københavns Kommune og skolerne", ["København"], "Københavns Kommune"),
        ("Bornholms Regionskommune", ["Bornholm"], "Bornholms Regionskommune"),
        ("i Lyngby Taarbæk Kommune", ["Lyngby-Taarbæk"], "Lyngby Taarbæk Kommune"),
        (
            "Syddjurs, Norddjurs og Favrskov Kommuner samarbejder.",
            ["Syddjurs", "Norddjurs", "Favrskov"],
            "Syddjurs, Norddjurs og Favrskov Kommuner",
        ),
        ("Skriv til lone@vejle.dk.", ["Vejle"], "@vejle.dk"),
    ],
)
def test_kommune_is_found_from_the_phrase_that_names_it(finder, text, names, phrase):
    detection = finder.detect(text)
    assert [kommune.name for kommune in detection.chosen] == names
    assert f'"{phrase}"' in detection.reason(detection.chosen[0])


@pytest.mark.parametrize(
    "text",
    [
        "Vi holdt en konference i Odense om læsning.",
        "En odder i åen ved skolen.",
        "børn og unge i Odense",  # a description, not the unit's name
    ],
)
def test_a_bare_place_name_names_no_kommune(finder, text):
    assert finder.detect(text).chosen == []


def test_a_kommune_named_in_passing_is_passed_over(finder):
    detection = finder.detect(
        "Vejle Kommune og PPR i Vejle står bag. Vejle Kommune har ... inspireret af Aarhus Kommune."
    )
    assert [kommune.name for kommune in detection.chosen] == ["Vejle"]
    assert [kommune.name for kommune in detection.passed_over] == ["Aarhus"]


def test_without_any_kommune_loaded_nothing_is_found():
    assert KommuneMentionFinder(kommuner=[]).detect("Odense Kommune og PPR i Vejle").chosen == []


def test_a_line_that_starts_like_a_date_line_but_has_no_date_is_kept():
    from caseimport.freeform import parse_free_form

    case = parse_free_form(
        [
            "Ny læseplan",
            "",
            "Opdateret plan for læsning i indskolingen er klar.",
            "",
            "Dato: 3. maj 2024",
        ]
    )
    assert case.title == "Ny læseplan"
    assert case.date.isoformat() == "2024-05-03"
    assert case.sections["practice"] == [
        ("p", "Opdateret plan for læsning i indskolingen er klar.")
    ]
    assert case.dropped == ["Dato: 3. maj 2024"]


def test_headings_with_no_text_under_them_are_kept_as_text():
    from caseimport.freeform import parse_free_form

    case = parse_free_form(["# Sprogløft", "", "## Tidsplan", "", "## Målgruppe"], {0, 2, 4})
    assert case.title == "Sprogløft"
    assert case.sections == {"practice": [("p", "Tidsplan"), ("p", "Målgruppe")]}


def test_a_styled_heading_far_down_is_not_taken_for_the_title():
    from caseimport.freeform import parse_free_form

    lines = [
        "Fælles skolestart i Ikast-Brande",
        "",
        "Alle skoler begynder nu skoleåret med en fælles uge for de nye elever.",
        "",
        "Baggrund",
        "",
        "Overgangen fra børnehave til skole var forskellig fra skole til skole.",
        "",
        "Tidsplan",
        "",
        "Ugen ligger i august.",
    ]
    case = parse_free_form(lines, headings={4, 8})
    assert case.title == "Fælles skolestart i Ikast-Brande"
    assert case.skipped_lines == 0
    assert case.sections["practice"][0] == (
        "p",
        "Alle skoler begynder nu skoleåret med en fælles uge for de nye elever.",
    )
    assert case.sections["practice"][1:] == [("h", "Tidsplan"), ("p", "Ugen ligger i august.")]
