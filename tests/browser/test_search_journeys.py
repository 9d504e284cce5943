"""A leader looking for what other kommuner did: with a mouse, with the keyboard
alone and on a phone."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.cases import publish_action_learning_cases

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Everything a keyboard user can Tab to, as the browser decides (visible, enabled).
TABBABLE_JS = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'
)].filter(el => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]')
    && (el.offsetWidth || el.offsetHeight || el.getClientRects().length)
    && getComputedStyle(el).visibility !== 'hidden'
).map(el => el.outerHTML.slice(0, 160))"""

FOCUSED_JS = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        html: el.outerHTML.slice(0, 160),
        tag: el.tagName,
        id: el.id,
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        boxShadow: style.boxShadow,
        inViewport: el.getBoundingClientRect().right > 0,
    };
}"""

NO_HORIZONTAL_SCROLL_JS = (
    "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
)


@pytest.fixture
def cases(site):
    return publish_action_learning_cases()


def result_titles(page):
    return page.locator(".search-results .case-card__title").all_inner_texts()


def test_leader_narrows_search_by_facets_and_follows_a_similar_case(
    site, cases, browser_page, screenshot
):
    page = browser_page
    page.goto(site + "/")
    page.get_by_label("Hvad planlægger I?").fill("aktionslæring")
    page.get_by_role("button", name="Søg").last.click()

    expect(page.locator(".result-count")).to_contain_text("4 praksiseksempler")
    assert "Trivsel i fritidsklubben" not in result_titles(page)

    facets = page.locator("form.facets")
    facets.get_by_role("group", name="Område").get_by_label("Skole").check()
    facets.get_by_role("button", name="Opdatér resultater").click()
    expect(page.locator(".result-count")).to_contain_text("3 praksiseksempler")

    facets.get_by_role("group", name="Region").get_by_label("Region Midtjylland").check()
    facets.get_by_role("button", name="Opdatér resultater").click()
    expect(page.locator(".result-count")).to_contain_text("2 praksiseksempler")
    assert sorted(result_titles(page)) == [
        "Aktionslæring i læseundervisningen",
        "Aktionslæring i matematik på mellemtrinnet",
    ]
    # The state lives in the URL, so the narrowed search can be shared.
    assert "omraade=skole" in page.url and "region=" in page.url
    expect(page.get_by_role("link", name="Fjern filter Område: Skole")).to_be_visible()

    page.get_by_role("link", name="Aktionslæring i matematik på mellemtrinnet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Aktionslæring i matematik på mellemtrinnet"
    )
    facts = page.get_by_role("complementary", name="Fakta")
    expect(facts).to_contain_text("Aarhus Kommune")
    expect(facts).to_contain_text("Region Midtjylland")
    expect(facts.get_by_role("link", name="Skole")).to_be_visible()
    expect(facts).to_contain_text("Tre aktionslæringscyklusser over et skoleår")
    expect(facts).to_contain_text("42")

    similar = page.get_by_role("region", name="Lignende praksiseksempler")
    similar.get_by_role("link", name="Aktionslæring i læseundervisningen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aktionslæring i læseundervisningen")
    expect(page.get_by_role("complementary", name="Fakta")).to_contain_text("Randers Kommune")
    screenshot(page)


def test_keyboard_alone_reaches_every_control_with_visible_focus(
    site, cases, browser_page, screenshot
):
    page = browser_page
    page.goto(site + "/soeg/?q=aktionsl%C3%A6ring")
    tabbable = page.evaluate(TABBABLE_JS)
    assert len(tabbable) > 20  # header, search box, facet checkboxes, results, footer

    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED_JS)
    assert "skip-link" in first["html"] and first["inViewport"], first

    reached = []
    for _ in range(len(tabbable) + 5):
        focused = page.evaluate(FOCUSED_JS)
        if focused["tag"] == "BODY":  # past the last control, focus leaves the page
            break
        visible_focus = (
            focused["outline"] not in ("none", "") and focused["outlineWidth"] >= 2
        ) or focused["boxShadow"] != "none"
        assert visible_focus, f"No visible focus on {focused['html']}"
        reached.append(focused["html"])
        page.keyboard.press("Tab")
    missing = [html for html in tabbable if html not in reached]
    assert not missing, f"Not reachable with Tab: {missing}"
    assert len(reached) == len(tabbable), "Tab order visits some controls twice or skips some"

    # A new search: Tab to the search box, type, Enter submits.
    page.goto(site + "/soeg/")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "q":
            break
    else:
        pytest.fail("The search box cannot be reached with Tab")
    page.keyboard.type("aktionslæring")
    page.keyboard.press("Enter")
    status = page.locator("[aria-live=polite]").filter(has_text="praksiseksempler")
    expect(status).to_contain_text("4 praksiseksempler for “aktionslæring”")
    assert status.get_attribute("role") == "status"

    # Narrow with Space on a facet checkbox and Enter on the submit button.
    skole = page.get_by_role("group", name="Område").get_by_label("Skole")
    for _ in range(40):
        page.keyboard.press("Tab")
        if skole.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("The Skole checkbox cannot be reached with Tab")
    page.keyboard.press("Space")
    update = page.get_by_role("button", name="Opdatér resultater")
    for _ in range(40):
        page.keyboard.press("Tab")
        if update.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("The update button cannot be reached with Tab")
    page.keyboard.press("Enter")
    expect(status).to_contain_text("3 praksiseksempler")
    screenshot(page)


@pytest.mark.parametrize(
    "path",
    ["/", "/praksiseksempler/", "/soeg/?q=aktionsl%C3%A6ring", "/praksiseksempler/kommuner/"],
)
def test_phone_viewport_never_scrolls_sideways(site, cases, open_browser, path):
    page = open_browser(width=375, height=740, is_mobile=True, has_touch=True)
    page.goto(site + path)
    assert page.evaluate(NO_HORIZONTAL_SCROLL_JS), path


def test_phone_case_page_and_collapsible_facets(site, cases, open_browser, screenshot):
    page = open_browser(width=375, height=740, is_mobile=True, has_touch=True)
    page.goto(site + cases["matematik"].url)
    assert page.evaluate(NO_HORIZONTAL_SCROLL_JS)

    page.goto(site + "/soeg/?q=aktionsl%C3%A6ring")
    assert page.evaluate(NO_HORIZONTAL_SCROLL_JS)
    details = page.locator("form.facets details")
    summary = details.locator("summary")
    skole = page.get_by_role("group", name="Område").get_by_label("Skole")
    # On a phone the facets start folded, so the results come first.
    expect(details).not_to_have_attribute("open", re.compile(".*"))
    expect(skole).to_be_hidden()
    summary.tap()
    expect(skole).to_be_visible()
    summary.tap()
    expect(skole).to_be_hidden()
    summary.tap()
    expect(skole).to_be_visible()
    skole.tap()
    page.get_by_role("button", name="Opdatér resultater").tap()
    expect(page.locator(".result-count")).to_contain_text("3 praksiseksempler")
    assert page.evaluate(NO_HORIZONTAL_SCROLL_JS)
    screenshot(page)
