"""A valid submission becomes a draft in the moderation workflow; a Moderator's
approval publishes it, and only then can anyone find it."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from casestudies.models import CaseStudyPage
from submissions.models import Submission
from tests.submissions.conftest import FORM_URL, RECEIPT_URL, submission_data

WORKFLOW_NAME = "Godkendelse af praksiseksempler"


def submit(client, **overrides):
    return client.post(FORM_URL, submission_data(**overrides))


@pytest.fixture
def submitted(client, case_index, moderator, committed):
    """One complete submission, its transaction committed (so the receipt is sent)."""
    response = committed(submit, client)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Submission.objects.select_related("page").get()


@pytest.mark.django_db
def test_submission_becomes_a_draft_in_the_workflow(submitted, case_index):
    page = CaseStudyPage.objects.get(pk=submitted.page.pk)
    assert not page.live
    assert page.has_unpublished_changes
    assert page.get_parent().pk == case_index.pk
    assert page.title == "Sprogkufferter i dagplejen"
    assert page.slug == "sprogkufferter-i-dagplejen"
    assert [k.name for k in page.kommuner.all()] == ["Kolding", "Vejle"]
    assert page.omraade == "dagtilbud"
    assert page.practice == (
        "<p>Hver dagplejer lånte en kuffert i seks uger.</p>"
        "<p>Vi mødtes hver måned og delte erfaringer.</p>"
    )
    assert page.key_advice.startswith("<p>Start med få kufferter")
    assert page.policy == ""
    assert (page.period_start, page.period_end) == (2023, 2024)
    assert (page.contact_name, page.contact_email) == ("Mette Hansen", "mette.hansen@vejle.dk")
    # Complete enough to publish as it is.
    page.validate_for_publishing()

    state = WorkflowState.objects.for_instance(page).get()
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    assert [group.name for group in state.current_task_state.task.specific.groups.all()] == [
        "Moderatorer"
    ]
    assert page.revisions.count() == 1


@pytest.mark.django_db
def test_draft_records_who_submitted_it_and_when(submitted):
    assert submitted.submitter_name == "Jonas Holm"
    assert submitted.submitter_role == "Pædagogisk konsulent i Vejle Kommune"
    assert submitted.submitter_email == "jonas.holm@vejle.dk"
    assert submitted.submitted_at is not None
    actions = list(
        PageLogEntry.objects.filter(page=submitted.page)
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == ["wagtail.create", "praksisbank.submission", "wagtail.workflow.start"]
    entry = PageLogEntry.objects.get(page=submitted.page, action="praksisbank.submission")
    assert "Jonas Holm" in entry.message and "jonas.holm@vejle.dk" in entry.message


@pytest.mark.django_db
def test_moderators_get_wagtails_notification_and_submitter_a_danish_receipt(submitted, moderator):
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {(moderator.email,), ("jonas.holm@vejle.dk",)}
    notification = by_recipient[(moderator.email,)]
    assert "Sprogkufferter i dagplejen" in notification.subject
    assert f"/admin/pages/{submitted.page.pk}/edit/" in notification.body

    receipt = by_recipient[("jonas.holm@vejle.dk",)]
    assert receipt.subject == "Kvittering: Vi har modtaget “Sprogkufferter i dagplejen”"
    assert receipt.body.startswith("Kære Jonas Holm")
    assert "Kommune: Kolding, Vejle" in receipt.body
    assert "ikke offentligt endnu" in receipt.body


@pytest.mark.django_db
def test_receipt_page_is_danish_and_names_the_case(client, submitted):
    response = client.get(RECEIPT_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tak for dit praksiseksempel" in html
    assert "“Sprogkufferter i dagplejen”" in html
    assert "jonas.holm@vejle.dk" in html
    assert "ikke offentligt endnu" in html


@pytest.mark.django_db
def test_receipt_page_without_a_submission_only_thanks(client):
    html = client.get(RECEIPT_URL).content.decode()
    assert "Vi har modtaget dit praksiseksempel." in html
    assert "Vi har sendt en kvittering" not in html


@pytest.mark.django_db
def test_moderators_see_the_submitter_in_the_admin(client, submitted, moderator):
    client.force_login(moderator)
    listing = client.get("/admin/snippets/submissions/submission/")
    assert listing.status_code == 200
    html = listing.content.decode()
    for text in ("Sprogkufferter i dagplejen", "Jonas Holm", "jonas.holm@vejle.dk"):
        assert text in html
    assert f"/admin/pages/{submitted.page.pk}/edit/" in html
    # Read-only: no way to add or edit a submission by hand.
    assert "/admin/snippets/submissions/submission/add/" not in html
    edit = client.get(f"/admin/snippets/submissions/submission/edit/{submitted.pk}/")
    assert edit.status_code in (302, 403)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.page.pk]))
    assert editor.status_code == 200
    assert "Indsendt via formularen" in editor.content.decode()
    assert "Jonas Holm (Pædagogisk konsulent i Vejle Kommune, jonas.holm@vejle.dk)" in (
        editor.content.decode()
    )
    history = client.get(reverse("wagtailadmin_pages:history", args=[submitted.page.pk]))
    assert "Indsendt via formularen" in history.content.decode()


@pytest.mark.django_db
def test_redaktoerer_do_not_get_the_submissions_listing(client, submitted, redaktoer):
    client.force_login(redaktoer)
    response = client.get("/admin/snippets/submissions/submission/")
    assert response.status_code in (302, 403)


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_moderator_approval_makes_it_live_and_findable(
    client, submitted, moderator, search_index, committed
):
    page = submitted.page
    assert (
        "Ingen praksiseksempler passede"
        in client.get("/soeg/", {"q": "sprogkufferter"}).content.decode()
    )
    assert client.get("/api/search/", {"q": "sprogkufferter"}).json()["count"] == 0

    state = WorkflowState.objects.for_instance(page).get()
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    client.force_login(moderator)
    response = committed(client.post, approve, {"comment": "Fint, tak"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live

    client.logout()
    assert client.get(page.url).status_code == 200
    answer = client.get("/api/search/", {"q": "sprogkufferter"}).json()
    assert answer["engine"] == "elasticsearch"
    assert [hit["title"] for hit in answer["results"]] == ["Sprogkufferter i dagplejen"]
    html = client.get("/soeg/", {"q": "sprogkufferter dagplejen"}).content.decode()
    assert "Sprogkufferter i dagplejen" in html
    # The submitter is not published with the case.
    assert "jonas.holm" not in client.get(page.url).content.decode()
