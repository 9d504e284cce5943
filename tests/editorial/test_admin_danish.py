"""The admin speaks Danish on every screen an editor or a moderator uses.

Wagtail's own Danish catalogue leaves many strings in English; ours
(editorial/locale, in LOCALE_PATHS) fills the gaps. Each screen is rendered
as a Redaktør and as a Moderator, and searched for English UI strings. The
same screens rendered without our catalogue must show every one of those
strings, so the list only holds strings Wagtail really shows in English.
"""

import gettext as gettext_module
import html
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import WorkflowState

from casestudies.models import Kommune
from editorial.models import KommuneEditor
from tests.editorial.case_forms import case_form_data
from tests.factories import CaseStudyPageFactory, UserFactory

OUR_LOCALE = Path(settings.BASE_DIR) / "editorial" / "locale"
CATALOGUES = OUR_LOCALE / "da" / "LC_MESSAGES"

# Strings Wagtail 8 shows in English on these screens without our catalogue
# (the test below checks that they really appear then).
ENGLISH_UI_STRINGS = [
    # main menu and dashboard
    "Dashboard",
    "Images",
    "Documents",
    "Reports",
    "Help",
    "Editor Guide",
    "Search all pages…",
    "Keyboard shortcuts",
    "Toggle sidebar",
    # page explorer and editor
    "The page title as you'd like it to be seen by the public",
    "Privacy and access",
    "Show filters",
    "Date updated",
    "Content metrics",
    # workflow
    "Submit to",
    "Approve",
    "Request changes",
    "Awaiting my review",
    "Workflow progress",
    # images and documents
    "Add an image",
    "Add a document",
    "Drag and drop images into this area to upload immediately.",
    "Drag and drop documents into this area to upload immediately.",
    "Latest images",
    # reports
    "Aging pages",
    "Locked pages",
    "Site history",
    "No locked pages found.",
    "Last published",
    # account and login
    "Notifications",
    "Forgotten password?",
    "Remember me",
]

# Shown in Danish exactly as in English, so a lookup that returns the msgid
# unchanged is right for them.
SAME_IN_DANISH = {
    ":",
    "…",
    "%s MB",
    "%s KB",
    "Alias",
    "Link",
    "Status",
    "status",
    "Status: ",
    "Status %(status)s",
    "Type",
    "Upload",
    "slug",
    "system",
    ("%(size)d byte", "%(size)d bytes"),
}


@pytest.fixture
def admin_screens(db, case_index, client):
    """The admin URLs an editor and a moderator use, with something on each
    to show: a draft, a live case, a case awaiting approval, an image, a
    document. Returns (user, urls) pairs."""
    editor = UserFactory(groups=["Redaktører"])
    KommuneEditor.objects.create(user=editor).kommuner.set(Kommune.objects.filter(name="Aarhus"))
    moderator = UserFactory(groups=["Moderatorer"])
    draft = CaseStudyPageFactory(title="Kladde", live=False)
    live = CaseStudyPageFactory(title="Udgivet")
    submitted = CaseStudyPageFactory(title="Indsendt", live=False)
    client.force_login(editor)
    client.post(f"/admin/pages/{submitted.pk}/edit/", case_form_data(submitted, "action-submit"))
    client.logout()
    workflow_state = WorkflowState.objects.for_instance(submitted).get()
    task_state = workflow_state.current_task_state
    image = Image.objects.create(
        title="Billede", file=get_test_image_file(), uploaded_by_user=editor
    )
    document = Document.objects.create(
        title="Notat", file=ContentFile(b"Notat", name="notat.txt"), uploaded_by_user=editor
    )
    shared = [
        "/admin/",
        f"/admin/pages/{case_index.pk}/",
        f"/admin/pages/add/casestudies/casestudypage/{case_index.pk}/",
        f"/admin/pages/{draft.pk}/edit/",
        f"/admin/pages/{live.pk}/edit/",
        f"/admin/pages/{submitted.pk}/edit/",
        f"/admin/pages/{submitted.pk}/history/",
        f"/admin/pages/{submitted.pk}/workflow_history/",
        f"/admin/pages/{submitted.pk}/workflow_history/detail/{workflow_state.pk}/",
        f"/admin/pages/{live.pk}/revisions/compare/earliest...latest/",
        f"/admin/choose-page/{case_index.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        f"/admin/images/{image.pk}/",
        "/admin/images/chooser/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        f"/admin/documents/edit/{document.pk}/",
        "/admin/documents/chooser/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/account/",
    ]
    moderator_only = [
        "/admin/reports/locked/",
        "/admin/laaste-logins/",
        f"/admin/pages/{live.pk}/unpublish/",
        f"/admin/pages/workflow/action/{submitted.pk}/approve/{task_state.pk}/",
        f"/admin/pages/workflow/action/{submitted.pk}/reject/{task_state.pk}/",
    ]
    return [(editor, shared), (moderator, shared + moderator_only), (None, ["/admin/login/"])]


def render_all(client, admin_screens):
    """{(role, url): page text with entities decoded}, every page a 200."""
    texts = {}
    for user, urls in admin_screens:
        if user:
            client.force_login(user)
        else:
            client.logout()
        role = user.groups.get().name if user else "anonym"
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (role, url, response.status_code)
            texts[role, url] = html.unescape(response.content.decode())
    return texts


def shows(text, english):
    """True when the English string stands on its own in the page (not as part
    of a longer word, a class name or a URL)."""
    return re.search(rf"(?<![\w/.-]){re.escape(english)}(?![\w-])", text) is not None


def reset_translations():
    # What Django itself does when LOCALE_PATHS changes (django.test.signals).
    trans_real._translations = {}
    trans_real._default = None
    trans_real._active = trans_real.Local()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def without_our_catalogue(monkeypatch):
    """Wagtail's and Django's Danish only: our catalogue reads as empty."""
    original = trans_real.DjangoTranslation._new_gnu_trans

    def new_gnu_trans(self, localedir, use_null_fallback=True):
        if Path(localedir).resolve() == OUR_LOCALE.resolve():
            return gettext_module.NullTranslations()
        return original(self, localedir, use_null_fallback)

    monkeypatch.setattr(trans_real.DjangoTranslation, "_new_gnu_trans", new_gnu_trans)
    reset_translations()
    yield
    monkeypatch.undo()
    reset_translations()


@pytest.mark.django_db
def test_no_english_ui_strings_on_editor_and_moderator_screens(client, admin_screens):
    texts = render_all(client, admin_screens)

    english = sorted(
        f"{role} {url}: {string!r}"
        for (role, url), text in texts.items()
        for string in ENGLISH_UI_STRINGS
        if shows(text, string)
    )
    assert english == []


@pytest.mark.django_db
def test_the_english_strings_are_shown_without_our_catalogue(
    client, admin_screens, without_our_catalogue
):
    texts = render_all(client, admin_screens)

    never_shown = [
        string
        for string in ENGLISH_UI_STRINGS
        if not any(shows(text, string) for text in texts.values())
    ]
    assert never_shown == []


@pytest.fixture
def untranslated(monkeypatch):
    """Every msgid looked up while rendering that came back unchanged."""
    found = set()
    real_gettext, real_ngettext = trans_real.gettext, trans_real.ngettext

    def gettext(message):
        result = real_gettext(message)
        if result == message and message not in SAME_IN_DANISH:
            found.add(message)
        return result

    def ngettext(singular, plural, number):
        result = real_ngettext(singular, plural, number)
        if result in (singular, plural) and (singular, plural) not in SAME_IN_DANISH:
            found.add((singular, plural))
        return result

    # django.utils.translation caches the functions it takes from trans_real
    # on first use, so both places are patched.
    for target in (trans_real, translation._trans):
        monkeypatch.setattr(target, "gettext", gettext, raising=False)
        monkeypatch.setattr(target, "ngettext", ngettext, raising=False)
    return found


@pytest.mark.django_db
def test_every_string_on_these_screens_has_danish(client, admin_screens, untranslated):
    """Catches what a Wagtail upgrade adds: translate new strings in
    editorial/locale/da/LC_MESSAGES/django.po."""
    render_all(client, admin_screens)

    assert sorted(map(str, untranslated)) == []


@pytest.mark.django_db
def test_admin_javascript_strings_are_danish(admin_client):
    catalog = admin_client.get("/admin/jsi18n/").content.decode()

    assert '"Main menu": "Hovedmenu"' in catalog
    assert '"Toggle sidebar": "Vis/skjul sidemenuen"' in catalog


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_committed_catalogue_is_compiled_from_its_source(domain):
    """Django reads the .mo; make sure nobody edited the .po and forgot
    `manage.py compilemessages` (or msgfmt) before committing."""

    def translations(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
            for entry in catalogue
            if entry.msgid
        }

    source = polib.pofile(str(CATALOGUES / f"{domain}.po"))
    compiled = polib.mofile(str(CATALOGUES / f"{domain}.mo"))
    assert translations(compiled) == translations(source)
