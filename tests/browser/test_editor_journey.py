"""A Redaktør writes a case in the admin and submits it; a Moderator approves and
publishes it; the public then finds it everywhere it should be."""

import re

import feedparser
import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from casestudies.models import CaseIndexPage, CaseStudyPage, Kommune
from casestudies.sections import SECTIONS
from editorial.models import KommuneEditor
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Makkerobservationer i indskolingen"
WORKFLOW_NAME = "Godkendelse af praksiseksempler"
SECTION_TEXT = {
    section.field: f"{section.heading}: lærerne i Horsens brugte makkerobservationer i {section.anchor}."
    for section in SECTIONS
}


def log_in(page, site, username):
    page.goto(site + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("adgangskode")
    page.get_by_role("button", name="Log ind").click()
    expect(page).to_have_url(site + "/admin/")


def type_rich_text(page, field, text):
    """Draftail editors are contenteditable elements, typed into like an editor does."""
    editor = page.locator(f"[data-contentpath={field}] [contenteditable=true]")
    editor.click()
    expect(editor).to_be_focused()
    page.keyboard.type(text)
    # Draftail saves to its hidden input after a short pause; submitting sooner loses text.
    expect(page.locator(f"#id_{field}")).to_have_value(re.compile(re.escape(text)))


def open_footer_actions(page):
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()


def write_case(page, site):
    index = CaseIndexPage.objects.get()
    page.goto(f"{site}/admin/pages/{index.pk}/add_subpage/")

    page.get_by_role("tab", name="Fakta").click()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_kommuner").select_option(label=["Horsens Kommune", "Hedensted Kommune"])
    page.locator("#id_omraade").select_option(label="Skole")
    page.get_by_label("Lærere").check()
    page.locator("#id_period_start").fill("2023")
    page.locator("#id_period_end").fill("2024")
    page.locator("#id_scope").fill("Seks observationsrunder over et skoleår")
    page.locator("#id_participants").fill("24")
    tags = page.locator("[data-contentpath=tags] input:visible")
    tags.fill("kollegial sparring")
    tags.press("Enter")

    page.get_by_role("tab", name="Indhold").click()
    page.locator("#id_summary").fill("Lærere observerede hinanden i makkerpar og gav feedback.")
    for section in SECTIONS:
        if section.field != "contact":
            type_rich_text(page, section.field, SECTION_TEXT[section.field])

    page.get_by_role("tab", name="Kontakt").click()
    page.locator("#id_contact_name").fill("Mette Skovgaard")
    page.locator("#id_contact_email").fill("mette.skovgaard@horsens.dk")
    page.locator("#id_contact_phone").fill("76 29 29 29")
    type_rich_text(page, "contact", SECTION_TEXT["contact"])

    # The slug is not filled in from the title (the title uses a plain FieldPanel).
    page.get_by_role("tab", name="Promovering").click()
    page.locator("#id_slug").fill("makkerobservationer-i-indskolingen")
    page.locator("#id_search_description").fill("Makkerobservationer blandt lærere.")


def test_redaktoer_writes_moderator_publishes_and_the_public_finds_it(
    site, open_browser, screenshot
):
    redaktoer = UserFactory(username="redaktoer", groups=["Redaktører"])
    # A kommune editor for the two kommuner the case is written for.
    KommuneEditor.objects.create(user=redaktoer).kommuner.set(
        Kommune.objects.filter(name__in=["Horsens", "Hedensted"])
    )
    UserFactory(username="moderator", groups=["Moderatorer"])

    editor = open_browser()
    log_in(editor, site, "redaktoer")
    write_case(editor, site)
    open_footer_actions(editor)
    # A Redaktør cannot publish, only submit to the workflow.
    expect(editor.get_by_role("button", name="Udgiv", exact=True)).to_have_count(0)
    editor.get_by_role("button", name=f"Send til {WORKFLOW_NAME}").click()
    expect(editor.locator(".messages")).to_contain_text(TITLE)

    case = CaseStudyPage.objects.get(title=TITLE)
    assert not case.live
    # Every section the Redaktør typed is in the revision sent for approval.
    submitted = case.get_latest_revision_as_object()
    for field, text in SECTION_TEXT.items():
        assert text in getattr(submitted, field), field
    assert WorkflowState.objects.for_instance(case).get().status == WorkflowState.STATUS_IN_PROGRESS
    public = open_browser()
    assert public.goto(site + "/praksiseksempler/makkerobservationer-i-indskolingen/").status == 404

    moderator = open_browser()
    log_in(moderator, site, "moderator")
    moderator.goto(f"{site}/admin/pages/{case.pk}/edit/")
    open_footer_actions(moderator)
    moderator.get_by_role("button", name="Godkend og Publicér").click()
    expect(moderator.locator(".messages")).to_contain_text(TITLE)

    case.refresh_from_db()
    assert case.live
    assert sorted(case.kommuner.values_list("name", flat=True)) == ["Hedensted", "Horsens"]

    # The case page shows every section and the facts the Redaktør gave.
    public.goto(site + case.url)
    expect(public.get_by_role("heading", level=1)).to_have_text(TITLE)
    for section in SECTIONS:
        expect(public.get_by_role("heading", name=section.heading, exact=True)).to_be_visible()
        expect(public.locator("main")).to_contain_text(SECTION_TEXT[section.field])
    facts = public.get_by_role("complementary", name="Fakta")
    expect(facts).to_contain_text("Horsens Kommune")
    expect(facts).to_contain_text("2023-2024")
    expect(facts).to_contain_text("kollegial sparring")

    public.goto(site + "/")
    expect(public.get_by_role("link", name=TITLE)).to_be_visible()

    public.goto(site + "/soeg/?q=makkerobservationer")
    hit = public.locator(".search-results li").filter(has_text=TITLE)
    expect(hit).to_have_count(1)
    expect(hit.locator("mark").first).to_contain_text("akkerobservation", ignore_case=True)

    feed = feedparser.parse(public.request.get(site + "/feeds/praksiseksempler.rss").body())
    assert [entry.title for entry in feed.entries] == [TITLE]

    today = timezone.localdate().isoformat()
    public.goto(f"{site}/nyhedsbrev/seneste/?since={today}")
    expect(public.locator("body")).to_contain_text(TITLE)
    screenshot(public)
