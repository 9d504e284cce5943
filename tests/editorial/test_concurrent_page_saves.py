"""An autosave that is overtaken by the editor's own save cannot undo it.

Wagtail 8 autosaves the edit form in the background, overwriting its own
revision, and refuses when that revision is no longer the latest. The check
and the overwrite are two steps: an autosave that has checked, then waits
(a busy server), while the editor's save adds a newer revision, went on to
overwrite its old revision and make it the latest again. The editor's words
were gone from the draft: a browser test on PostgreSQL once found the contact
section they had just typed empty in the revision they had submitted.

Here the autosave is held right after its check until the editor's save has
answered (or HOLD_SECONDS have passed), which is exactly that moment. The
live server takes requests one at a time on SQLite (tests/conftest.py), so
the race needs PostgreSQL to happen; there, editorial/page_save_lock.py makes
the two saves take turns.
"""

import json
import threading
import urllib.request
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.admin.views.pages.edit import EditView
from wagtail.test.utils.form_data import rich_text

from tests.editorial.case_forms import case_form_data
from tests.factories import CaseStudyPageFactory, UserFactory

pytestmark = [
    # The live server's threads must see the case: committed data, and the
    # migrated data restored afterwards (as the browser tests do).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Long enough for the editor's save to finish while the autosave waits, when
# nothing makes it wait for the autosave; when something does, the autosave
# waits this long and goes on.
HOLD_SECONDS = 3
CSRF_TOKEN = "k" * 32
TYPED_CONTACT = "Ring til Mette Skovgaard, der ledede makkerobservationerne."


@pytest.fixture
def autosave_waits_after_its_check(monkeypatch):
    """The autosave, once it has found its revision the latest, waits for the editor's save.

    Returns two events: set when the autosave has checked, and to be set when
    the editor's save has answered.
    """
    checked, editor_saved = threading.Event(), threading.Event()
    check = EditView.is_out_of_date.func

    def check_then_wait(view):
        out_of_date = check(view)
        if view.expects_json_response:
            checked.set()
            editor_saved.wait(HOLD_SECONDS)
        return out_of_date

    monkeypatch.setattr(EditView, "is_out_of_date", property(check_then_wait))
    return checked, editor_saved


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    """Answer with the redirect itself: the edit view's 302 is its success."""

    def redirect_request(self, *args, **kwargs):
        return None


def admin_browser(client, user):
    """Posts as `user` would from the admin: their session, and a CSRF cookie sent as header too."""
    client.force_login(user)
    cookies = "; ".join(
        (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}",
            f"{settings.CSRF_COOKIE_NAME}={CSRF_TOKEN}",
        )
    )
    opener = urllib.request.build_opener(KeepRedirects())

    def post(url, data, accept):
        request = urllib.request.Request(  # noqa: S310 (the live server's http URL)
            url,
            data=urlencode(data, doseq=True).encode(),
            headers={"Accept": accept, "Cookie": cookies, "X-CSRFToken": CSRF_TOKEN},
        )
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    return post


def test_an_autosave_overtaken_by_the_editors_save_does_not_undo_it(
    live_server, client, case_index, autosave_waits_after_its_check
):
    checked, editor_saved = autosave_waits_after_its_check
    editor = UserFactory(groups=["Moderatorer"])
    case = CaseStudyPageFactory(title="Makkerobservationer i indskolingen", live=False)
    autosaved = case.save_revision(user=editor)
    post = admin_browser(client, editor)
    url = live_server.url + reverse("wagtailadmin_pages:edit", args=[case.pk])

    # The autosave took its copy of the form before the contact section was typed.
    stale = case_form_data(case, "action-save")
    stale["overwrite_revision_id"] = autosaved.pk
    autosave_answers = []
    autosave = threading.Thread(
        target=lambda: autosave_answers.append(post(url, stale, "application/json"))
    )
    autosave.start()
    try:
        assert checked.wait(30), "the autosave never reached its check"
        typed = case_form_data(case, "action-save")
        typed["contact"] = rich_text(TYPED_CONTACT)
        status, _ = post(url, typed, "text/html")
    finally:
        editor_saved.set()
        autosave.join(30)

    assert status == 302
    [(autosave_status, autosave_body)] = autosave_answers
    assert autosave_status == 200, autosave_body
    assert json.loads(autosave_body)["success"] is True
    case.refresh_from_db()
    draft = case.get_latest_revision_as_object()
    assert TYPED_CONTACT in draft.contact
    # The editor's save came after the autosave, as a revision of its own.
    assert case.latest_revision_id != autosaved.pk
