"""Redaktører write and submit cases, Moderatorer approve and publish them."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Workflow, WorkflowState

from casestudies.models import Kommune
from casestudies.sections import SECTIONS
from editorial.models import KommuneEditor
from tests.editorial.case_forms import case_form_data
from tests.factories import CaseStudyPageFactory, UserFactory

WORKFLOW_NAME = "Godkendelse af praksiseksempler"


@pytest.fixture
def redaktoer(db):
    """A Redaktør for Aarhus, the kommune of every case CaseStudyPageFactory makes."""
    user = UserFactory(groups=["Redaktører"])
    KommuneEditor.objects.create(user=user).kommuner.set(Kommune.objects.filter(name="Aarhus"))
    return user


@pytest.fixture
def moderator(db):
    return UserFactory(groups=["Moderatorer"])


@pytest.fixture
def draft_case(case_index):
    return CaseStudyPageFactory(title="Sprog i dagplejen", live=False)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.mark.django_db
def test_groups_get_their_page_permissions_on_the_case_index(case_index):
    def codenames(group_name):
        return set(
            GroupPagePermission.objects.filter(group__name=group_name, page=case_index).values_list(
                "permission__codename", flat=True
            )
        )

    assert codenames("Redaktører") == {"add_page", "change_page"}
    assert {"add_page", "change_page", "publish_page"} <= codenames("Moderatorer")
    for name in ("Redaktører", "Moderatorer"):
        group_permissions = Group.objects.get(name=name).permissions.values_list(
            "codename", flat=True
        )
        assert "access_admin" in group_permissions


@pytest.mark.django_db
def test_workflow_with_moderator_approval_applies_to_every_case(case_index, draft_case):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    assert [group.name for group in tasks[0].groups.all()] == ["Moderatorer"]
    assert case_index.get_workflow() == workflow
    assert draft_case.get_workflow() == workflow


@pytest.mark.django_db
def test_redaktoer_can_edit_but_not_publish(draft_case, redaktoer):
    permissions = draft_case.permissions_for_user(redaktoer)
    assert permissions.can_edit()
    assert not permissions.can_publish()


@pytest.mark.django_db
def test_moderator_can_publish(draft_case, moderator):
    assert draft_case.permissions_for_user(moderator).can_publish()


@pytest.mark.django_db
def test_redaktoer_posting_publish_does_not_publish(client, draft_case, redaktoer):
    client.force_login(redaktoer)
    revisions_before = draft_case.revisions.count()
    response = client.post(edit_url(draft_case), case_form_data(draft_case, "action-publish"))

    # The edit is saved as a draft revision, and nothing goes live.
    assert response.status_code == 302
    assert draft_case.revisions.count() == revisions_before + 1
    draft_case.refresh_from_db()
    assert not draft_case.live


@pytest.mark.django_db
def test_moderator_posting_publish_publishes(client, draft_case, moderator):
    client.force_login(moderator)
    response = client.post(edit_url(draft_case), case_form_data(draft_case, "action-publish"))

    assert response.status_code == 302
    draft_case.refresh_from_db()
    assert draft_case.live


@pytest.mark.django_db
def test_redaktoer_submits_and_moderator_approves(client, draft_case, redaktoer, moderator):
    client.force_login(redaktoer)
    response = client.post(edit_url(draft_case), case_form_data(draft_case, "action-submit"))
    assert response.status_code == 302
    state = WorkflowState.objects.for_instance(draft_case).get()
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    draft_case.refresh_from_db()
    assert not draft_case.live

    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[draft_case.pk, "approve", state.current_task_state.pk],
    )
    # The Redaktør cannot approve their own submission.
    client.post(approve, {"comment": "Godkendt af mig selv"})
    draft_case.refresh_from_db()
    assert not draft_case.live

    client.force_login(moderator)
    response = client.post(approve, {"comment": "Fint"})
    assert response.status_code == 302
    draft_case.refresh_from_db()
    assert draft_case.live


@pytest.mark.django_db
def test_edit_form_explains_each_section(client, draft_case, redaktoer):
    client.force_login(redaktoer)
    response = client.get(edit_url(draft_case))

    assert response.status_code == 200
    html = response.content.decode()
    for section in SECTIONS:
        assert section.help_text in html, section.heading


@pytest.mark.django_db
def test_workflow_scheduling_and_revisions_have_danish_labels(client, draft_case, redaktoer):
    client.force_login(redaktoer)
    edit_page = client.get(edit_url(draft_case)).content.decode()
    assert f"Send til {WORKFLOW_NAME}" in edit_page
    assert "Planlæg udgivelse" in edit_page
    assert "Submit to" not in edit_page

    client.post(edit_url(draft_case), case_form_data(draft_case, "action-submit"))
    history = client.get(reverse("wagtailadmin_pages:history", args=[draft_case.pk]))
    assert "Sammenlign" in history.content.decode()
