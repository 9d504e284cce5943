"""What a leader relies on when searching: Danish words, abbreviations, typos,
facets that add up, highlights, similar cases. Against the real search node."""

import pytest

from search import service
from search.params import SearchParams
from tests.search.params_helpers import params


@pytest.fixture
def corpus(indexed_case):
    return {
        "plf_skole": indexed_case(
            title="Professionelle læringsfællesskaber i udskolingen",
            kommuner=["Aarhus"],
            omraade="skole",
            maalgrupper=["laerere", "ledere"],
            tags=["professionelle læringsfællesskaber"],
            partners=["VIA University College"],
            date="2022-03-01",
            practice="<p>Lærerne mødtes i faste teams og arbejdede med data om elevernes læring.</p>",
        ),
        "plf_dagtilbud": indexed_case(
            title="Læringsfællesskaberne i vores daginstitutioner",
            kommuner=["Odder"],
            omraade="dagtilbud",
            maalgrupper=["paedagoger"],
            tags=["professionelle læringsfællesskaber", "læringsmiljøer"],
            date="2023-06-01",
            practice="<p>Pædagogerne undersøgte læringsmiljøet i garderoben.</p>",
        ),
        "aktion_skole": indexed_case(
            title="Aktionslæring i matematik",
            kommuner=["Roskilde"],
            omraade="skole",
            tags=["aktionslæring"],
            date="2021-09-01",
            practice="<p>Matematiklærerne gennemførte aktionslæringsforløb med observation.</p>",
        ),
        "aktion_dagtilbud": indexed_case(
            title="Aktionslæring om hverdagens rutiner",
            kommuner=["Sønderborg"],
            omraade="dagtilbud",
            tags=["aktionslæring"],
            date="2024-01-15",
            practice="<p>Børnehaverne brugte aktionslæring til at ændre rutinerne ved frokosten.</p>",
        ),
        "sprog": indexed_case(
            title="Sprog i vuggestuen",
            kommuner=["København"],
            omraade="dagtilbud",
            tags=["sprogindsats"],
            date="2020-02-01",
            practice="<p>Vuggestuerne arbejdede med dialogisk læsning i små grupper.</p>",
            key_advice="<p>Læs højt hver dag, også for de mindste.</p>",
        ),
    }


def titles(outcome):
    return {hit.title for hit in outcome.hits}


def test_stemming_finds_inflected_forms(corpus):
    outcome = service.search_cases(params(q="læringsfællesskab"))
    assert outcome.engine == "elasticsearch"
    assert {
        "Professionelle læringsfællesskaber i udskolingen",
        "Læringsfællesskaberne i vores daginstitutioner",
    } <= titles(outcome)
    assert "Sprog i vuggestuen" not in titles(outcome)


def test_abbreviation_synonym_plf(corpus):
    outcome = service.search_cases(params(q="PLF"))
    assert "Professionelle læringsfællesskaber i udskolingen" in titles(outcome)


def test_synonym_dagtilbud_finds_daginstitution(corpus):
    outcome = service.search_cases(params(q="daginstitution"))
    assert "Læringsfællesskaberne i vores daginstitutioner" in titles(outcome)
    outcome = service.search_cases(params(q="dagtilbud", omraade=["skole"]))
    assert "Sprog i vuggestuen" not in titles(outcome)


def test_one_typo_per_word_still_finds(corpus):
    assert {"Aktionslæring i matematik", "Aktionslæring om hverdagens rutiner"} <= titles(
        service.search_cases(params(q="aktionslæming"))
    )
    assert "Sprog i vuggestuen" in titles(service.search_cases(params(q="vugestuen")))


def test_a_correctly_spelled_word_does_not_pull_in_near_spellings(corpus, indexed_case):
    indexed_case(
        title="En fælles løsning på overgangen til skole",
        kommuner=["Odense"],
        omraade="skole",
        practice="<p>Skolen og børnehaven fandt en løsning sammen.</p>",
    )
    # "læsning" and "løsning" are one letter apart: the exact word wins alone.
    assert titles(service.search_cases(params(q="læsning"))) == {"Sprog i vuggestuen"}
    assert titles(service.search_cases(params(q="løsning"))) == {
        "En fælles løsning på overgangen til skole"
    }


def test_title_outweighs_a_passing_mention(corpus):
    outcome = service.search_cases(params(q="aktionslæring"))
    assert outcome.hits[0].title.startswith("Aktionslæring")


def test_highlights_come_from_the_matching_section_and_are_escaped(corpus):
    outcome = service.search_cases(params(q="dialogisk læsning"))
    hit = next(hit for hit in outcome.hits if hit.title == "Sprog i vuggestuen")
    assert any("<mark>dialogisk</mark>" in fragment for fragment in hit.highlights)


def test_facet_counts_respect_the_other_facets(corpus):
    outcome = service.search_cases(params(q="aktionslæring", omraade=["dagtilbud"]))
    assert titles(outcome) == {"Aktionslæring om hverdagens rutiner"}
    omraade = {value.value: (value.count, value.selected) for value in outcome.facets["omraade"]}
    # The område facet ignores its own filter: choosing "skole" too would add one more.
    assert omraade == {"skole": (1, False), "dagtilbud": (1, True)}
    regions = {value.value: value.count for value in outcome.facets["region"]}
    assert regions == {"syddanmark": 1}  # Sønderborg; Roskilde (sjaelland) is a skole case


def test_combined_filters_without_text(corpus):
    outcome = service.search_cases(
        params(omraade=["dagtilbud"], tema=["professionelle-læringsfællesskaber"])
    )
    assert titles(outcome) == {"Læringsfællesskaberne i vores daginstitutioner"}
    outcome = service.search_cases(params(region=["midtjylland"]))
    assert titles(outcome) == {
        "Professionelle læringsfællesskaber i udskolingen",
        "Læringsfællesskaberne i vores daginstitutioner",
    }
    outcome = service.search_cases(params(partner=["via-university-college"]))
    assert titles(outcome) == {"Professionelle læringsfællesskaber i udskolingen"}
    outcome = service.search_cases(params(maalgruppe=["paedagoger"]))
    assert titles(outcome) == {"Læringsfællesskaberne i vores daginstitutioner"}
    labels = {value.value: value.label for value in outcome.facets["kommune"]}
    assert labels["odder"] == "Odder Kommune"


def test_year_range(corpus):
    outcome = service.search_cases(params(year_from="2022", year_to="2023"))
    assert titles(outcome) == {
        "Professionelle læringsfællesskaber i udskolingen",
        "Læringsfællesskaberne i vores daginstitutioner",
    }


def test_sort_newest(corpus):
    outcome = service.search_cases(params(q="aktionslæring", sort="newest"))
    first_published = [hit.title for hit in outcome.hits]
    # Factories publish in creation order, so the later one is newer.
    assert first_published.index("Aktionslæring om hverdagens rutiner") < first_published.index(
        "Aktionslæring i matematik"
    )


@pytest.mark.parametrize("page", ["999", "-4", "abc", "1e9", ""])
def test_page_out_of_range_gives_first_or_last_page(corpus, page):
    outcome = service.search_cases(SearchParams.from_query(query(page=page)))
    assert outcome.page in (1, outcome.num_pages)
    assert outcome.hits


def test_similar_cases_share_the_topic(corpus):
    similar = service.similar_cases(corpus["aktion_skole"].pk)
    assert similar
    assert similar[0].title == "Aktionslæring om hverdagens rutiner"
    assert corpus["aktion_skole"].pk not in {hit.id for hit in similar}


def test_plan_description_finds_similar_cases(corpus):
    hits = service.cases_like_plan(
        "Vi vil arbejde med dialogisk læsning og sprog for de mindste børn i vuggestuerne"
    )
    assert hits[0].title == "Sprog i vuggestuen"


def test_autocomplete_suggests_titles_and_kommuner(corpus):
    labels = [suggestion["label"] for suggestion in service.autocomplete("aktionsl")]
    assert "Aktionslæring i matematik" in labels
    labels = [suggestion["label"] for suggestion in service.autocomplete("Søn")]
    assert "Sønderborg Kommune" in labels


def query(**values):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, value in values.items():
        data[key] = value
    return data


def test_a_compound_written_apart_finds_it_written_together(corpus):
    # "matematik lærerne" is written together in the case: "Matematiklærerne".
    assert "Aktionslæring i matematik" in titles(service.search_cases(params(q="matematiklærere")))
    assert "Aktionslæring i matematik" in titles(
        service.search_cases(params(q="matematik lærerne observation"))
    )


def test_a_region_named_in_the_query_finds_its_kommuners_cases(corpus):
    # Aarhus and Odder are in Region Midtjylland; no case text names it.
    assert titles(service.search_cases(params(q="læringsfællesskaber Midtjylland"))) == {
        "Professionelle læringsfællesskaber i udskolingen",
        "Læringsfællesskaberne i vores daginstitutioner",
    }


def test_a_question_is_searched_by_its_content_words(corpus):
    outcome = service.search_cases(
        params(q="Hvordan har andre kommuner arbejdet med aktionslæring, og hvad kostede det?")
    )
    assert titles(outcome) == {"Aktionslæring i matematik", "Aktionslæring om hverdagens rutiner"}
    assert not outcome.notice


def test_a_word_no_case_has_loosens_the_query_and_says_so(corpus):
    outcome = service.search_cases(params(q="aktionslæring matematik kantine"))
    assert outcome.hits[0].title == "Aktionslæring i matematik"
    assert outcome.notice == "Ingen sager indeholder alle ordene – her er dem, der passer bedst."


def test_a_query_without_an_answer_stays_empty(corpus):
    for q in ("kantineordning for personalet", "vejvedligeholdelse", "byggetilladelse carport"):
        assert service.search_cases(params(q=q)).count == 0, q


def test_a_misspelt_query_offers_a_correction(corpus):
    outcome = service.search_cases(params(q="vugestuen"))
    assert "Sprog i vuggestuen" in titles(outcome)
    assert outcome.suggestion == "vuggestuen"


def test_a_misspelt_query_that_finds_nothing_still_offers_a_correction(corpus):
    # No case is about a canteen, so nothing is found; the typo is still corrected.
    outcome = service.search_cases(params(q="vugestuen kantinne"))
    assert outcome.count == 0
    assert outcome.suggestion.startswith("vuggestuen")
