"""WCAG 2.1 AA on the pages the public uses: axe-core finds no violations, and the
structure a screen reader user navigates by is sound on every one of them."""

import json

import pytest

from tests.browser.cases import publish_action_learning_cases

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# What axe-core leaves to "best practice" but the site requires: one h1, headings
# in order, landmarks, a working skip link, Danish, links and images described.
STRUCTURE_JS = """() => {
    const problems = [];
    const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
        || el.closest('.visually-hidden');
    if (document.documentElement.lang !== 'da') problems.push('html lang is not "da"');
    const h1s = document.querySelectorAll('h1');
    if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
    let previous = 0;
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const level = Number(heading.tagName[1]);
        if (level > previous + 1) problems.push(`heading skips a level: ${heading.outerHTML}`);
        previous = level;
    }
    for (const selector of ['header', 'nav', 'main', 'footer']) {
        if (!document.querySelector(selector)) problems.push(`no <${selector}> landmark`);
    }
    const skip = document.querySelector('a.skip-link');
    const target = skip && document.getElementById(skip.getAttribute('href').slice(1));
    if (!skip || skip !== document.querySelector('a[href], button, input, select, textarea'))
        problems.push('the skip link is not the first control');
    else if (!target || target.tagName !== 'MAIN') problems.push('the skip link misses <main>');
    const vague = /^(læs mere|klik her|her|link|mere|se mere)$/i;
    for (const link of document.querySelectorAll('a[href]')) {
        const name = (link.getAttribute('aria-label') || link.innerText || '').trim();
        if (!name) problems.push(`link without text: ${link.outerHTML}`);
        else if (vague.test(name)) problems.push(`vague link text: ${name}`);
    }
    for (const img of document.querySelectorAll('img')) {
        if (!img.hasAttribute('alt')) problems.push(`image without alt: ${img.outerHTML}`);
    }
    for (const control of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
        if (!control.labels.length && !control.getAttribute('aria-label'))
            problems.push(`control without label: ${control.outerHTML}`);
    }
    return problems;
}"""


@pytest.fixture
def cases(site):
    return publish_action_learning_cases()


def public_pages(cases):
    return {
        "forside": "/",
        "oversigt over praksiseksempler": "/praksiseksempler/",
        "søgning med resultater": "/soeg/?q=aktionsl%C3%A6ring&omraade=skole",
        "søgning uden resultater": "/soeg/?q=rumfartsteknik",
        "praksiseksempel": cases["matematik"].url,
        "kommuneside": "/praksiseksempler/kommune/aarhus/",
        "tilgængelighedserklæring": "/tilgaengelighed/",
    }


def describe(violations):
    return json.dumps(
        [
            {
                "rule": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "elements": [node["target"] for node in violation["nodes"]],
            }
            for violation in violations
        ],
        ensure_ascii=False,
        indent=2,
    )


def test_public_pages_have_no_wcag_violations(
    site, cases, browser_page, wcag_violations, screenshot
):
    found = {}
    for name, path in public_pages(cases).items():
        response = browser_page.goto(site + path)
        assert response.status == 200, path
        violations = wcag_violations(browser_page)
        if violations:
            found[f"{name} ({path})"] = violations
    report = "\n".join(f"{page}:\n{describe(violations)}" for page, violations in found.items())
    assert not found, f"axe-core found WCAG 2.1 A/AA violations:\n{report}"
    screenshot(browser_page)


def test_public_pages_have_a_navigable_structure(site, cases, browser_page):
    problems = {}
    for name, path in public_pages(cases).items():
        browser_page.goto(site + path)
        if found := browser_page.evaluate(STRUCTURE_JS):
            problems[name] = found
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=2)


def test_skip_link_moves_focus_to_the_main_content(site, cases, browser_page):
    page = browser_page
    page.goto(site + "/soeg/?q=aktionsl%C3%A6ring")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0, "the focused skip link is off screen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "indhold"
    # The next Tab lands inside the main content, past the header's links.
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('main')")
