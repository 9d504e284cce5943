"""The content model: validation an editor relies on, and where pages may live."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from casestudies.models import (
    CaseIndexPage,
    CaseStudyPage,
    HomePage,
    Kommune,
    Maalgruppe,
    Region,
    StandardPage,
)
from tests.factories import CaseStudyPageFactory


@pytest.mark.django_db
def test_all_98_kommuner_in_five_regions_are_loaded():
    assert Kommune.objects.count() == 98
    assert Region.objects.count() == 5
    counts = {region.slug: region.kommuner.count() for region in Region.objects.all()}
    assert counts == {
        "hovedstaden": 29,
        "sjaelland": 17,
        "syddanmark": 22,
        "midtjylland": 19,
        "nordjylland": 11,
    }
    assert Kommune.objects.get(slug="koebenhavn").official_name == "Københavns Kommune"
    assert Kommune.objects.get(name="Ærø").region.slug == "syddanmark"


@pytest.mark.django_db
def test_maalgrupper_are_loaded():
    assert list(Maalgruppe.objects.values_list("slug", flat=True)) == [
        "ledere",
        "paedagoger",
        "laerere",
        "dagplejere",
        "ppr",
        "ressourcepersoner",
        "konsulenter",
        "forvaltning",
    ]


def publish_errors(page):
    with pytest.raises(ValidationError) as caught:
        page.validate_for_publishing()
    return caught.value.message_dict


@pytest.mark.django_db
def test_publishing_requires_kommune_omraade_summary_and_key_sections(case_index):
    page = CaseStudyPageFactory(live=False, kommuner=[])
    page.omraade = ""
    page.summary = ""
    page.context = ""
    page.practice = ""
    page.key_advice = ""
    errors = publish_errors(page)
    assert errors["kommuner"] == ["Vælg mindst én kommune."]
    assert errors["omraade"] == ["Vælg det område, praksiseksemplet handler om."]
    assert errors["summary"] == ["Skriv et kort resumé på højst 300 tegn."]
    assert "Kontekst og formål" in errors["context"][0]
    assert "Praksis og proces" in errors["practice"][0]
    assert "Det vigtigste råd til andre" in errors["key_advice"][0]


@pytest.mark.django_db
def test_optional_sections_may_be_empty(case_index):
    page = CaseStudyPageFactory(live=False)
    page.policy = page.experiences = page.next_steps = page.resources = page.contact = ""
    page.validate_for_publishing()


@pytest.mark.django_db
def test_summary_is_at_most_300_characters(case_index):
    page = CaseStudyPageFactory(live=False)
    page.summary = "x" * 301
    assert "summary" in publish_errors(page)
    page.summary = "x" * 300
    page.validate_for_publishing()


@pytest.mark.django_db
def test_contact_email_must_be_valid(case_index):
    page = CaseStudyPageFactory(live=False)
    page.contact_email = "ikke en adresse"
    assert publish_errors(page)["contact_email"] == [
        "Skriv en gyldig e-mailadresse, fx navn@kommune.dk."
    ]


@pytest.mark.django_db
def test_period_end_cannot_precede_start(case_index):
    page = CaseStudyPageFactory(live=False, period_start=2022, period_end=2020)
    assert publish_errors(page)["period_end"] == ["Slutåret kan ikke ligge før startåret."]


@pytest.mark.django_db
def test_draft_may_be_saved_incomplete(case_index):
    page = CaseStudyPageFactory(live=False, summary="", practice="", omraade="")
    page.save_revision(clean=False)
    assert CaseStudyPage.objects.get(pk=page.pk).has_unpublished_changes


def test_period_label():
    assert CaseStudyPage(period_start=2021, period_end=2023).period_label == "2021-2023"
    assert CaseStudyPage(period_start=2021).period_label == "2021-"
    assert CaseStudyPage(period_start=2021, period_end=2021).period_label == "2021"
    assert CaseStudyPage().period_label == ""


class PageTreeRulesTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_case_pages_live_under_the_case_index_only(self):
        self.assertCanCreateAt(CaseIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)
        self.assertAllowedSubpageTypes(CaseStudyPage, {})
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseIndexPage})
        self.assertAllowedSubpageTypes(HomePage, {CaseIndexPage, StandardPage})

    def test_editor_form_creates_a_case(self):
        from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

        index = CaseIndexPage.objects.get()
        aarhus = Kommune.objects.get(name="Aarhus")
        form_data = nested_form_data(
            {
                "title": "Læringsledelse i Aarhus",
                "slug": "laeringsledelse-i-aarhus",
                "date": "2024-03-01",
                "omraade": "skole",
                "summary": "Skoleledere arbejdede med læringsledelse.",
                "practice": rich_text("Vi mødtes hver måned."),
                "context": rich_text("Ledelsen ville styrke læringen."),
                "key_advice": rich_text("Giv det tid."),
                "contact_email": "laering@aarhus.dk",
                "attached_documents": inline_formset([]),
                "tags": "læringsledelse",
            }
        )
        # nested_form_data flattens lists into numbered keys; a multi-select posts
        # the same key once per chosen value.
        form_data["kommuner"] = [aarhus.pk]
        self.assertCanCreate(index, CaseStudyPage, form_data)
        created = CaseStudyPage.objects.get(slug="laeringsledelse-i-aarhus")
        self.assertEqual(list(created.kommuner.all()), [aarhus])
