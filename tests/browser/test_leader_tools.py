"""What a leader takes to a meeting, in Chromium: the comparison list kept while
browsing, the overview, print-outs of a case and a comparison as PDF, and axe-core
finding no WCAG violations on the new pages."""

import io

import pytest
from pypdf import PdfReader

from casestudies.sections import SECTIONS
from tests.browser.cases import publish_action_learning_cases
from tests.browser.test_accessibility import describe
from tests.factories import CaseStudyPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def cases(site):
    return publish_action_learning_cases()


@pytest.fixture
def full_case(site):
    """A case with every section written, as a print-out must show them all."""
    return CaseStudyPageFactory(
        title="Sprogpakken i Viborgs vuggestuer",
        omraade="dagtilbud",
        kommuner=["Viborg"],
        **{section.field: f"<p>Tekst om {section.heading.lower()}.</p>" for section in SECTIONS},
        contact_name="Mette Sørensen",
        contact_email="mette@viborg.dk",
        period_start=2022,
        scope="Alle vuggestuer",
        participants=85,
    )


def pdf_text(page):
    page.emulate_media(media="print")
    document = page.pdf(format="A4", print_background=False)
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(document)).pages
    )


def test_the_comparison_list_is_kept_while_browsing(site, cases, browser_page, screenshot):
    page = browser_page
    page.goto(site + "/soeg/?q=aktionsl%C3%A6ring&omraade=skole")
    add_links = page.locator("a[data-compare-add]")
    assert add_links.count() == 3
    add_links.nth(0).click()
    assert add_links.nth(0).get_attribute("aria-pressed") == "true"
    assert page.url.startswith(site + "/soeg/"), "the enhanced link stays on the page"
    bar = page.locator(".compare-bar a")
    assert "1 praksiseksempel" in bar.inner_text()

    # Another page: the list is still there, and one more case joins it.
    page.goto(site + cases["dagpleje"].url)
    page.locator(".case__header a[data-compare-add]").click()
    assert "2 praksiseksempler" in bar.inner_text()
    bar.click()
    page.wait_for_url("**/sammenlign/?sager=*")
    headings = page.locator(".compare-table thead th").all_inner_texts()
    assert any(cases["dagpleje"].title in heading for heading in headings)
    assert len(headings) == 2
    page.locator(".compare-remove").first.click()
    assert page.locator(".compare-table thead th").count() == 1


def test_the_comparison_works_without_javascript(site, cases, open_browser):
    page = open_browser(java_script_enabled=False)
    for name in ("matematik", "laesning"):
        page.goto(site + cases[name].url)
        page.locator(".case__header a[data-compare-add]").click()
    assert "/sammenlign/?sager=" in page.url
    titles = page.locator(".compare-table thead th > a:first-child").all_inner_texts()
    assert titles == [cases["matematik"].title, cases["laesning"].title]
    assert page.locator("[data-print-fallback]").is_visible()


def test_new_pages_have_no_wcag_violations(site, cases, browser_page, wcag_violations, screenshot):
    ids = ",".join(str(cases[name].pk) for name in ("matematik", "laesning", "dagpleje"))
    pages = {
        "sammenligning": f"/sammenlign/?sager={ids}",
        "sammenligning med ét praksiseksempel": f"/sammenlign/?sager={cases['klub'].pk}",
        "sammenligning med en forkert liste": "/sammenlign/?sager=abc",
        "overblik": "/overblik/",
        "overblik sorteret efter antal": "/overblik/?sort=antal",
    }
    found = {}
    for name, path in pages.items():
        browser_page.goto(site + path)
        if violations := wcag_violations(browser_page):
            found[f"{name} ({path})"] = violations
        if name == "sammenligning":
            screenshot(browser_page, "sammenligning")
        if name == "overblik":
            screenshot(browser_page, "overblik")
    report = "\n".join(f"{page}:\n{describe(violations)}" for page, violations in found.items())
    assert not found, f"axe-core found WCAG 2.1 A/AA violations:\n{report}"


def test_a_bar_of_the_overview_leads_to_the_filtered_search(site, cases, browser_page):
    page = browser_page
    page.goto(site + "/overblik/")
    page.locator('svg a[href="/soeg/?omraade=skole"]').click()
    page.wait_for_url("**/soeg/?omraade=skole")
    assert "3 praksiseksempler" in page.locator(".result-count").inner_text()


def test_a_printed_case_holds_its_title_every_section_and_the_contact(
    site, full_case, browser_page
):
    page = browser_page
    page.goto(site + full_case.url)
    text = pdf_text(page)
    assert full_case.title in text
    for section in SECTIONS:
        assert section.heading in text, section.heading
    assert "Mette Sørensen" in text and "mette@viborg.dk" in text
    # No navigation or buttons on paper; links carry their full address.
    assert "Hovedmenu" not in text and "Tilføj til sammenligning" not in text
    assert "Lignende praksiseksempler" not in text
    assert f"({site}/praksiseksempler/kommune/viborg/)" in "".join(text.split())


def test_a_printed_comparison_holds_every_case_and_contact(site, cases, full_case, browser_page):
    page = browser_page
    page.goto(site + f"/sammenlign/?sager={cases['matematik'].pk},{full_case.pk}")
    text = pdf_text(page)
    assert cases["matematik"].title in text and full_case.title in text
    for heading in ("Nødvendige ressourcer", "Det vigtigste råd til andre", "Kontakt"):
        assert heading in text
    assert "mette@viborg.dk" in text
    assert "Hent som CSV" not in text and "Fjern" not in text
