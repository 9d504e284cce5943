"""An editor of Vejle works on Vejle's cases only; Moderatorer work nationally.

Each action is tried through the admin view a browser would use (and the
admin API and the public API), never only through the permission tester, so
a view that skipped the check would fail here.
"""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.permissions import policy_registry

from casestudies.models import CaseStudyPage, Kommune
from editorial.kommune_scope import NATIONAL, case_kommuner_refusal, kommune_scope_for
from editorial.models import KommuneEditor
from tests.caseimport.documents import case_text
from tests.editorial.case_forms import case_form_data
from tests.factories import CaseStudyPageFactory, UserFactory

# What a new case needs besides its title, slug and kommuner.
CASE_FIELDS = {
    "omraade": "skole",
    "summary": "Et kort resumé.",
    "context": "<p>Kontekst.</p>",
    "practice": "<p>Praksis.</p>",
    "key_advice": "<p>Rådet.</p>",
    "contact_email": "kontakt@vejle.dk",
}


def kommuner(*names):
    return list(Kommune.objects.filter(name__in=names))


def kommune_editor(username, *names, national=False):
    user = UserFactory(username=username, groups=["Redaktører"])
    KommuneEditor.objects.create(user=user, national=national).kommuner.set(kommuner(*names))
    return user


@pytest.fixture
def vejle_editor(db):
    return kommune_editor("vejle", "Vejle")


@pytest.fixture
def moderator(db):
    return UserFactory(username="moderator", groups=["Moderatorer"])


@pytest.fixture
def vejle_draft(case_index):
    return CaseStudyPageFactory(title="Læsebånd i Vejle", kommuner=["Vejle"], live=False)


@pytest.fixture
def odense_draft(case_index):
    return CaseStudyPageFactory(title="Sprogvejledning i Odense", kommuner=["Odense"], live=False)


@pytest.fixture
def vejle_live(case_index):
    return CaseStudyPageFactory(title="Udeskole i Vejle", kommuner=["Vejle"])


@pytest.fixture
def odense_live(case_index):
    return CaseStudyPageFactory(title="Makkerlæsning i Odense", kommuner=["Odense"])


def admin_url(name, page):
    return reverse(f"wagtailadmin_pages:{name}", args=[page.pk])


def add_case_url(case_index):
    return reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", case_index.pk])


def explorer_titles(client, case_index):
    response = client.get(reverse("wagtailadmin_explore", args=[case_index.pk]))
    assert response.status_code == 200
    return response.content.decode()


def latest(page):
    """The page's newest revision, read afresh (the fixture's object is stale)."""
    return CaseStudyPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def workflow_in_progress(page):
    return (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .exists()
    )


def refused(response):
    """Wagtail answers a refused admin request with a redirect to the dashboard
    (an HTML view) or 403/404 (the API); never with the page."""
    return response.status_code in (302, 403, 404) and (
        response.status_code != 302 or response.headers["Location"] == reverse("wagtailadmin_home")
    )


# Seeing


@pytest.mark.django_db
def test_explorer_lists_only_the_editors_kommune(
    client, case_index, vejle_editor, vejle_draft, odense_draft
):
    client.force_login(vejle_editor)
    html = explorer_titles(client, case_index)
    assert vejle_draft.title in html
    assert odense_draft.title not in html


@pytest.mark.django_db
def test_page_policy_leaves_other_kommuners_cases_out_of_search_reports_and_api(
    vejle_editor, moderator, vejle_draft, odense_draft
):
    # Wagtail's page search, reports and admin API all read these two methods.
    policy = policy_registry.get_by_type(Page)
    for pages in (
        policy.explorable_instances(vejle_editor),
        policy.instances_user_has_any_permission_for(vejle_editor, {"change"}),
    ):
        assert pages.filter(pk=vejle_draft.pk).exists()
        assert not pages.filter(pk=odense_draft.pk).exists()
    assert policy.explorable_instances(moderator).filter(pk=odense_draft.pk).exists()


@pytest.mark.django_db
def test_admin_api_lists_and_shows_only_the_editors_kommune(
    client, case_index, vejle_editor, vejle_draft, odense_draft
):
    client.force_login(vejle_editor)
    listing = client.get("/admin/api/main/pages/", {"child_of": case_index.pk})
    assert listing.status_code == 200
    ids = {item["id"] for item in listing.json()["items"]}
    assert vejle_draft.pk in ids
    assert odense_draft.pk not in ids

    assert client.get(f"/admin/api/main/pages/{vejle_draft.pk}/").status_code == 200
    assert client.get(f"/admin/api/main/pages/{odense_draft.pk}/").status_code == 404


@pytest.mark.django_db
def test_public_api_gives_no_edit_access_and_no_drafts(
    client, vejle_editor, vejle_live, odense_live, odense_draft
):
    client.force_login(vejle_editor)
    detail = f"/api/v2/cases/{odense_live.pk}/"
    for method in (client.put, client.patch, client.delete):
        response = method(detail, {"title": "Overtaget"}, content_type="application/json")
        assert response.status_code == 405
    assert client.post("/api/v2/cases/", {"title": "Ny"}).status_code == 405
    assert client.get(f"/api/v2/cases/{odense_draft.pk}/").status_code == 404

    odense_live.refresh_from_db()
    assert odense_live.title == "Makkerlæsning i Odense"
    assert odense_live.live


# Another kommune's case: every action is refused


@pytest.mark.django_db
def test_editor_cannot_open_or_edit_another_kommunes_case(client, vejle_editor, odense_draft):
    client.force_login(vejle_editor)
    assert refused(client.get(admin_url("edit", odense_draft)))

    revisions_before = odense_draft.revisions.count()
    data = case_form_data(odense_draft, "action-save")
    data["title"] = "Overtaget af Vejle"
    assert refused(client.post(admin_url("edit", odense_draft), data))
    assert odense_draft.revisions.count() == revisions_before
    assert latest(odense_draft).title == "Sprogvejledning i Odense"


@pytest.mark.django_db
def test_editor_cannot_submit_another_kommunes_case(client, vejle_editor, odense_draft):
    client.force_login(vejle_editor)
    response = client.post(
        admin_url("edit", odense_draft), case_form_data(odense_draft, "action-submit")
    )
    assert refused(response)
    assert not workflow_in_progress(odense_draft)


@pytest.mark.django_db
def test_editor_cannot_delete_another_kommunes_case(client, vejle_editor, odense_draft):
    client.force_login(vejle_editor)
    assert refused(client.get(admin_url("delete", odense_draft)))
    assert refused(client.post(admin_url("delete", odense_draft)))
    assert CaseStudyPage.objects.filter(pk=odense_draft.pk).exists()


@pytest.mark.django_db
def test_editor_cannot_unpublish_another_kommunes_case(client, vejle_editor, odense_live):
    client.force_login(vejle_editor)
    assert refused(client.post(admin_url("unpublish", odense_live)))
    odense_live.refresh_from_db()
    assert odense_live.live


@pytest.mark.django_db
def test_editor_cannot_copy_move_preview_or_read_history_of_another_kommunes_case(
    client, case_index, vejle_editor, odense_live
):
    client.force_login(vejle_editor)
    for name in ("copy", "move", "history", "preview_on_edit"):
        assert refused(client.get(admin_url(name, odense_live))), name
    assert refused(client.post(admin_url("lock", odense_live)))
    assert not CaseStudyPage.objects.get(pk=odense_live.pk).locked
    revision = odense_live.get_latest_revision()
    compare = reverse("wagtailadmin_pages:revisions_view", args=[odense_live.pk, revision.pk])
    assert refused(client.get(compare))
    copies = {"new_title": "Kopi", "new_slug": "kopi", "new_parent_page": case_index.pk}
    assert refused(client.post(admin_url("copy", odense_live), copies))
    assert not CaseStudyPage.objects.filter(slug="kopi").exists()


@pytest.mark.django_db
def test_permission_tester_grants_nothing_on_another_kommunes_case(vejle_editor, odense_live):
    permissions = odense_live.permissions_for_user(vejle_editor)
    assert not permissions.can_edit()
    assert not permissions.can_delete()
    assert not permissions.can_unpublish()
    assert not permissions.can_copy()
    assert not permissions.can_move()
    assert not permissions.can_lock()
    assert not permissions.can_submit_for_moderation()
    # Through a plain Page (as the explorer and the API hold it) as well.
    assert not Page.objects.get(pk=odense_live.pk).permissions_for_user(vejle_editor).can_edit()


# The editor's own kommune: everything a Redaktør may do


@pytest.mark.django_db
def test_editor_opens_edits_and_submits_their_kommunes_case(client, vejle_editor, vejle_draft):
    client.force_login(vejle_editor)
    assert client.get(admin_url("edit", vejle_draft)).status_code == 200

    data = case_form_data(vejle_draft, "action-submit")
    data["title"] = "Læsebånd i hele Vejle"
    assert client.post(admin_url("edit", vejle_draft), data).status_code == 302
    assert workflow_in_progress(vejle_draft)
    assert latest(vejle_draft).title == "Læsebånd i hele Vejle"


@pytest.mark.django_db
def test_editor_deletes_a_draft_of_their_kommune(client, vejle_editor, vejle_draft):
    client.force_login(vejle_editor)
    assert client.get(admin_url("delete", vejle_draft)).status_code == 200
    assert client.post(admin_url("delete", vejle_draft)).status_code == 302
    assert not CaseStudyPage.objects.filter(pk=vejle_draft.pk).exists()


@pytest.mark.django_db
def test_unpublishing_stays_with_moderators_also_in_the_editors_kommune(
    client, vejle_editor, vejle_live
):
    # Redaktører never publish or unpublish; the kommune does not change that.
    client.force_login(vejle_editor)
    assert refused(client.post(admin_url("unpublish", vejle_live)))
    vejle_live.refresh_from_db()
    assert vejle_live.live
    assert vejle_live.permissions_for_user(vejle_editor).can_edit()


@pytest.mark.django_db
def test_a_case_shared_with_another_kommune_is_editable_and_keeps_both(
    client, vejle_editor, case_index
):
    shared = CaseStudyPageFactory(title="Fælles PPR", kommuner=["Vejle", "Odense"], live=False)
    client.force_login(vejle_editor)
    assert shared.title in explorer_titles(client, case_index)
    response = client.post(admin_url("edit", shared), case_form_data(shared, "action-save"))
    assert response.status_code == 302
    saved = latest(shared)
    assert sorted(kommune.name for kommune in saved.kommuner.all()) == ["Odense", "Vejle"]


# Creating


@pytest.mark.django_db
def test_editor_creates_a_case_for_their_kommune(client, case_index, vejle_editor):
    client.force_login(vejle_editor)
    new = CaseStudyPage(title="Læseløft i Vejle", slug="laeseloeft-i-vejle", **CASE_FIELDS)
    response = client.post(
        add_case_url(case_index), case_form_data(new, "action-save", kommuner("Vejle"))
    )
    assert response.status_code == 302
    created = CaseStudyPage.objects.get(slug="laeseloeft-i-vejle")
    assert [kommune.name for kommune in created.kommuner.all()] == ["Vejle"]
    assert created.permissions_for_user(vejle_editor).can_edit()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "names", [("Odense",), ("Vejle", "Odense"), ()], ids=["odense", "vejle-og-odense", "ingen"]
)
def test_editor_cannot_create_a_case_for_another_kommune(client, case_index, vejle_editor, names):
    client.force_login(vejle_editor)
    new = CaseStudyPage(title="Læseløft i Odense", slug="laeseloeft-i-odense", **CASE_FIELDS)
    response = client.post(
        add_case_url(case_index), case_form_data(new, "action-save", kommuner(*names))
    )

    # The form comes back with a Danish error on the kommune field, and nothing is saved.
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vejle Kommune" in html
    expected = {
        ("Odense",): "Du kan kun tilføje dine egne kommuner (Vejle Kommune).",
        ("Vejle", "Odense"): "Du kan kun tilføje dine egne kommuner (Vejle Kommune).",
        (): "Vælg mindst én af dine kommuner (Vejle Kommune).",
    }
    assert expected[names] in html
    assert not CaseStudyPage.objects.filter(slug="laeseloeft-i-odense").exists()


@pytest.mark.django_db
def test_editor_cannot_add_another_kommune_to_their_case(client, vejle_editor, vejle_draft):
    client.force_login(vejle_editor)
    data = case_form_data(vejle_draft, "action-save", kommuner("Vejle", "Odense"))
    response = client.post(admin_url("edit", vejle_draft), data)
    assert response.status_code == 200
    assert "Du kan kun tilføje dine egne kommuner (Vejle Kommune)." in response.content.decode()
    assert [kommune.name for kommune in latest(vejle_draft).kommuner.all()] == ["Vejle"]


@pytest.mark.django_db
def test_refusal_rules_for_code_that_saves_cases_without_the_form(vejle_editor):
    scope = kommune_scope_for(vejle_editor)
    vejle = Kommune.objects.get(name="Vejle").pk
    odense = Kommune.objects.get(name="Odense").pk
    assert case_kommuner_refusal(scope, {vejle}) is None
    assert case_kommuner_refusal(scope, {vejle, odense}, already_named_ids={odense}) is None
    assert case_kommuner_refusal(scope, {vejle, odense}) is not None
    # Keeping only the other kommune would take the case out of the editor's reach.
    assert case_kommuner_refusal(scope, {odense}, already_named_ids={odense}) is not None
    assert case_kommuner_refusal(NATIONAL, {odense}) is None


@pytest.mark.django_db
def test_create_form_offers_only_the_editors_kommuner_and_says_why(
    client, case_index, vejle_editor
):
    client.force_login(vejle_editor)
    html = client.get(add_case_url(case_index)).content.decode()
    assert "Du er redaktør for Vejle Kommune." in html
    assert ">Vejle Kommune</option>" in html
    assert ">Odense Kommune</option>" not in html


# Moderators, national editors and editors without a kommune


@pytest.mark.django_db
def test_moderator_does_everything_in_every_kommune(
    client, case_index, moderator, odense_draft, odense_live
):
    client.force_login(moderator)
    html = explorer_titles(client, case_index)
    assert odense_draft.title in html and odense_live.title in html
    assert client.get(admin_url("edit", odense_draft)).status_code == 200
    response = client.post(
        admin_url("edit", odense_draft), case_form_data(odense_draft, "action-publish")
    )
    assert response.status_code == 302
    odense_draft.refresh_from_db()
    assert odense_draft.live

    assert client.post(admin_url("unpublish", odense_live)).status_code == 302
    odense_live.refresh_from_db()
    assert not odense_live.live
    assert client.post(admin_url("delete", odense_live)).status_code == 302
    assert not CaseStudyPage.objects.filter(pk=odense_live.pk).exists()
    assert client.get(f"/admin/api/main/pages/{odense_draft.pk}/").status_code == 200


@pytest.mark.django_db
def test_national_editor_edits_every_kommune(client, vejle_draft, odense_draft):
    client.force_login(kommune_editor("landsdaekkende", national=True))
    for case in (vejle_draft, odense_draft):
        assert client.get(admin_url("edit", case)).status_code == 200


@pytest.mark.django_db
def test_editor_without_kommune_reaches_no_case_and_is_told_why(client, case_index, vejle_draft):
    client.force_login(UserFactory(username="ny", groups=["Redaktører"]))
    assert vejle_draft.title not in explorer_titles(client, case_index)
    assert refused(client.get(admin_url("edit", vejle_draft)))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Du er endnu ikke knyttet til en kommune" in dashboard
    new = CaseStudyPage(title="Uden kommune", slug="uden-kommune", **CASE_FIELDS)
    response = client.post(
        add_case_url(case_index), case_form_data(new, "action-save", kommuner("Vejle"))
    )
    assert response.status_code == 200
    assert not CaseStudyPage.objects.filter(slug="uden-kommune").exists()


@pytest.mark.django_db
def test_dashboard_names_the_editors_kommuner(client, vejle_editor):
    client.force_login(vejle_editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Dine kommuner" in html
    assert "Du er redaktør for Vejle Kommune." in html


# Managing who edits which kommune


@pytest.mark.django_db
def test_moderator_ties_an_editor_to_kommuner(client, moderator):
    editor = UserFactory(username="fredericia", groups=["Redaktører"])
    client.force_login(moderator)
    # The Settings menu offers the list to Moderatorer.
    assert (
        reverse("kommune_editors:index")
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert client.get(reverse("kommune_editors:index")).status_code == 200
    response = client.post(
        reverse("kommune_editors:add"),
        {"user": editor.pk, "kommuner": [kommune.pk for kommune in kommuner("Fredericia")]},
    )
    assert response.status_code == 302
    record = KommuneEditor.objects.get(user=editor)
    assert not record.national
    assert [kommune.name for kommune in record.kommuner.all()] == ["Fredericia"]


@pytest.mark.django_db
def test_editors_cannot_change_their_own_kommuner(client, vejle_editor):
    client.force_login(vejle_editor)
    assert (
        reverse("kommune_editors:index")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert refused(client.get(reverse("kommune_editors:index")))
    record = vejle_editor.kommune_editor
    response = client.post(
        reverse("kommune_editors:edit", args=[record.pk]),
        {"user": vejle_editor.pk, "national": "on"},
    )
    assert refused(response)
    record.refresh_from_db()
    assert not record.national


@pytest.mark.django_db
def test_migration_keeps_existing_redaktoerer_national_and_lets_moderators_manage_ties():
    migration = importlib.import_module("editorial.migrations.0003_existing_editors_national")
    existing = UserFactory(username="gammel", groups=["Redaktører"])
    migration.keep_existing_editors_national(django_apps, schema_editor=None)

    assert KommuneEditor.objects.get(user=existing).national
    assert kommune_scope_for(existing).national
    moderator_permissions = set(
        Group.objects.get(name="Moderatorer").permissions.values_list("codename", flat=True)
    )
    assert set(migration.KOMMUNE_EDITOR_PERMISSIONS) <= moderator_permissions


@pytest.mark.django_db
def test_admin_import_creates_cases_only_for_the_editors_kommuner(client, case_index, vejle_editor):
    client.force_login(vejle_editor)

    def upload(kommune, title):
        text = case_text(
            title_line=f"{kommune} Kommune: {title}",
            date_line=f"{kommune} Kommune den 4. februar 2022",
        )
        document = SimpleUploadedFile(f"{kommune}.txt", text.encode())
        return client.post(reverse("caseimport:import_cases"), {"files": [document]})

    refused_import = upload("Odense", "Sprogkufferter")
    assert refused_import.status_code == 200
    assert "Du kan kun tilføje dine egne kommuner (Vejle Kommune)." in (
        refused_import.content.decode()
    )
    assert not CaseStudyPage.objects.filter(title="Sprogkufferter").exists()

    assert upload("Vejle", "Læseløft").status_code == 200
    created = CaseStudyPage.objects.get(title="Læseløft")
    assert [kommune.name for kommune in created.kommuner.all()] == ["Vejle"]
