"""Someone without an account sends in a case through "Indsend et praksiseksempel":
with the keyboard alone, with mistakes, and as a bot; a Moderator then publishes it.
The form, its errors and the receipt are axe-clean."""

import json

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from submissions.models import Submission
from tests.browser.test_accessibility import STRUCTURE_JS, describe
from tests.browser.test_search_journeys import FOCUSED_JS, TABBABLE_JS
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Sprogkufferter i dagplejen"
# What a person types, field by field, in the order Tab reaches the fields.
TYPED = {
    "id_title": TITLE,
    "id_kommune": "Vejle",
    "id_omraade": "Dagtilbud",
    "id_summary": "Dagplejere låner sprogkufferter med bøger og spil til små grupper.",
    "id_practice": "Hver dagplejer lånte en kuffert i seks uger.\n\nVi mødtes hver måned.",
    "id_context": "Mange af de yngste børn havde brug for mere sprog i hverdagen.",
    "id_key_advice": "Start med få kufferter, og lad dagplejerne vælge indholdet.",
    "id_period_start": "2023",
    "id_contact_name": "Mette Hansen",
    "id_contact_email": "mette.hansen@vejle.dk",
    "id_submitter_name": "Jonas Holm",
    "id_submitter_role": "Pædagogisk konsulent",
    "id_submitter_email": "jonas.holm@vejle.dk",
}
ACTIVE_ID_JS = "() => document.activeElement.id"
SELECTED_LABEL_JS = "() => document.activeElement.selectedOptions[0].text"


def tab_until(page, is_there, limit=200):
    """Press Tab until is_there(page) holds; fail if the keyboard never gets there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if is_there(page):
            return
    pytest.fail("Not reachable with Tab")


def focused_text(page):
    return page.evaluate("() => document.activeElement.innerText || ''")


def fill_with_keyboard(page, typed):
    """Tab through the whole form, typing into the fields in `typed`, ticking the
    confirmation with Space, and send it with Enter on the button."""
    page.locator("main").focus()
    while True:
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused["tag"] == "BUTTON" and "Indsend" in focused["html"]:
            page.keyboard.press("Enter")
            return
        assert focused["tag"] != "BODY", "the submit button cannot be reached with Tab"
        assert focused["id"] != "id_hjemmeside", "the honeypot is reachable with Tab"
        if focused["id"] == "id_accept_criteria":
            if not page.locator("#id_accept_criteria").is_checked():
                page.keyboard.press("Space")
        elif focused["id"] in typed and focused["tag"] == "SELECT":
            # Arrow keys rather than typeahead, whose one-second window a slow
            # machine can miss between keystrokes.
            for _ in range(120):
                if page.evaluate(SELECTED_LABEL_JS) == typed[focused["id"]]:
                    break
                page.keyboard.press("ArrowDown")
            else:
                pytest.fail(f"{typed[focused['id']]} cannot be chosen with the arrow keys")
        elif focused["id"] in typed:
            page.keyboard.press("Control+A")
            page.keyboard.type(typed[focused["id"]])


@pytest.fixture
def people(db):
    return {
        "moderator": UserFactory(
            username="moderator", groups=["Moderatorer"], email="moderator@praksisbanken.dk"
        )
    }


def test_keyboard_alone_from_the_home_page_to_a_published_case(
    site, people, open_browser, screenshot
):
    mail.outbox.clear()
    page = open_browser()
    page.goto(site + "/")
    tab_until(page, lambda p: "Indsend et praksiseksempel" in focused_text(p))
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/indsend/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Indsend et praksiseksempel")

    # Sent with only a title: the error summary gets focus, and its links lead to the fields.
    fill_with_keyboard(page, {"id_title": TITLE})
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Vælg mindst én kommune.")
    expect(page).to_have_title("Fejl: Indsend et praksiseksempel · Praksisbanken")
    page.keyboard.press("Tab")
    expect(summary.get_by_role("link").first).to_be_focused()
    expect(summary.get_by_role("link").first).to_have_text("Vælg mindst én kommune.")
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE_ID_JS) == "id_kommune"
    expect(page.locator("#id_title")).to_have_value(TITLE)
    expect(page.locator("#id_kommune")).to_have_attribute("aria-invalid", "true")
    assert not Submission.objects.exists()

    fill_with_keyboard(page, TYPED)
    expect(page).to_have_url(site + "/indsend/tak/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tak for dit praksiseksempel")
    expect(page.locator("main")).to_contain_text(f"Vi har modtaget “{TITLE}”")
    expect(page.locator("main")).to_contain_text("jonas.holm@vejle.dk")
    screenshot(page, "submission-receipt")

    submission = Submission.objects.select_related("page").get()
    case = submission.page
    assert not case.live
    assert [k.name for k in case.kommuner.all()] == ["Vejle"]
    assert case.omraade == "dagtilbud"
    assert (
        case.practice
        == "<p>Hver dagplejer lånte en kuffert i seks uger.</p><p>Vi mødtes hver måned.</p>"
    )
    assert WorkflowState.objects.for_instance(case).get().status == WorkflowState.STATUS_IN_PROGRESS
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["jonas.holm@vejle.dk", "moderator@praksisbanken.dk"]

    public = open_browser()
    assert public.goto(site + case.url).status == 404

    # The Moderator sees who sent it, and approves it.
    moderator = open_browser()
    moderator.goto(site + "/admin/login/")
    moderator.locator("#id_username").fill("moderator")
    moderator.locator("#id_password").fill("adgangskode")
    moderator.get_by_role("button", name="Log ind").click()
    moderator.get_by_role("link", name="Indsendelser").click()
    row = moderator.locator("tbody tr").filter(has_text=TITLE)
    expect(row).to_contain_text("Jonas Holm")
    expect(row).to_contain_text("jonas.holm@vejle.dk")
    row.get_by_role("link", name=TITLE).click()
    expect(moderator.locator(".messages")).to_contain_text(
        "af Jonas Holm (Pædagogisk konsulent, jonas.holm@vejle.dk)"
    )
    moderator.locator("footer [data-w-dropdown-target=toggle]").last.click()
    moderator.get_by_role("button", name="Godkend og Publicér").click()
    expect(moderator.locator(".messages")).to_contain_text(TITLE)
    case.refresh_from_db()
    assert case.live

    public.goto(site + "/soeg/?q=sprogkufferter")
    expect(public.locator(".search-results li").filter(has_text=TITLE)).to_have_count(1)
    public.goto(site + case.url)
    expect(public.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(public.locator("main")).not_to_contain_text("jonas.holm")


def test_form_errors_and_receipt_are_axe_clean_and_navigable(site, open_browser, wcag_violations):
    page = open_browser()
    found, problems = {}, {}

    def check(name):
        if violations := wcag_violations(page):
            found[name] = violations
        if structure := page.evaluate(STRUCTURE_JS):
            problems[name] = structure

    page.goto(site + "/indsend/")
    check("form")
    page.get_by_role("button", name="Indsend praksiseksemplet").click()
    expect(page.locator(".error-summary")).to_be_visible()
    page.locator("summary").click()  # the other kommuner, open
    check("form with errors")
    page.goto(site + "/indsend/tak/")
    check("receipt")
    report = "\n".join(f"{name}:\n{describe(v)}" for name, v in found.items())
    assert not found, f"axe-core found WCAG 2.1 A/AA violations:\n{report}"
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=2)


def test_every_control_of_the_form_has_visible_focus(site, browser_page):
    page = browser_page
    page.goto(site + "/indsend/")
    tabbable = page.evaluate(TABBABLE_JS)
    page.keyboard.press("Tab")
    reached = []
    for _ in range(len(tabbable) + 5):
        focused = page.evaluate(FOCUSED_JS)
        if focused["tag"] == "BODY":
            break
        visible_focus = (
            focused["outline"] not in ("none", "") and focused["outlineWidth"] >= 2
        ) or focused["boxShadow"] != "none"
        assert visible_focus, f"No visible focus on {focused['html']}"
        reached.append(focused["html"])
        page.keyboard.press("Tab")
    # The other kommuner wait in a closed <details>, which Tab passes over
    # (the selector above counts them as laid out).
    assert reached == [html for html in tabbable if 'name="andre_kommuner"' not in html]
    assert not any("hjemmeside" in html for html in reached)


def test_mistakes_keep_what_was_typed_and_a_bot_saves_nothing(site, open_browser, settings):
    page = open_browser()
    page.goto(site + "/indsend/")
    page.get_by_label("Titel").fill(TITLE)
    page.get_by_label("Kommune", exact=False).first.select_option(label="Vejle")
    page.locator("summary").click()
    page.get_by_role("group", name="Andre kommuner, der var med").get_by_label("Kolding").check()
    page.get_by_label("Område").select_option(label="Dagtilbud")
    page.locator("#id_summary").fill(TYPED["id_summary"])
    page.locator("#id_practice").fill(TYPED["id_practice"])
    page.locator("#id_context").fill(TYPED["id_context"])
    page.locator("#id_key_advice").fill(TYPED["id_key_advice"])
    page.locator("#id_submitter_name").fill("Jonas Holm")
    page.locator("#id_submitter_role").fill("Pædagogisk konsulent")
    page.locator("#id_submitter_email").fill("jonas.holm@")
    page.locator("#id_accept_criteria").check()
    page.get_by_role("button", name="Indsend praksiseksemplet").click()

    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Skriv en gyldig e-mailadresse")
    expect(summary.get_by_role("link")).to_have_count(1)
    for field in ("id_title", "id_summary", "id_practice", "id_context", "id_key_advice"):
        expect(page.locator(f"#{field}")).to_have_value(TYPED[field])
    expect(page.locator("#id_submitter_role")).to_have_value("Pædagogisk konsulent")
    expect(page.locator("#id_kommune option:checked")).to_have_text("Vejle")
    expect(page.locator("#id_omraade")).to_have_value("dagtilbud")
    expect(page.locator("details#andre-kommuner")).to_have_attribute("open", "")
    expect(page.get_by_label("Kolding")).to_be_checked()
    expect(page.locator("#id_submitter_email")).to_have_value("jonas.holm@")
    expect(page.locator("#id_accept_criteria")).to_be_checked()
    assert not Submission.objects.exists()

    # A bot fills in every input it finds, the hidden one too: it gets a receipt, nothing is saved.
    page.locator("#id_submitter_email").fill("jonas.holm@vejle.dk")
    page.evaluate(
        "() => { document.getElementById('id_hjemmeside').value = 'https://spam.example'; }"
    )
    page.get_by_role("button", name="Indsend praksiseksemplet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tak for dit praksiseksempel")
    assert not Submission.objects.exists()

    # Past the limit for one address, the form comes back with the text still in it.
    settings.RATELIMIT_ENABLE = True
    settings.RATELIMITS = {**settings.RATELIMITS, "submission": "1/h"}
    cache.clear()
    try:
        page.goto(site + "/indsend/")
        page.get_by_label("Titel").fill("Første")
        page.get_by_role("button", name="Indsend praksiseksemplet").click()
        expect(page.locator(".error-summary")).to_be_visible()
        page.get_by_role("button", name="Indsend praksiseksemplet").click()
        expect(page.locator("main")).to_contain_text(
            "Der er sendt mange praksiseksempler fra din adresse"
        )
        expect(page.get_by_label("Titel")).to_have_value("Første")
    finally:
        cache.clear()
