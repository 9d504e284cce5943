"""The admin page "Importér praksiseksempler": editors upload documents and get the report."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caseimport.views import MAX_UPLOAD_SIZE
from casestudies.models import CaseStudyPage
from editorial.models import KommuneEditor
from tests.caseimport.documents import case_text, docx_bytes
from tests.factories import UserFactory

URL = "/admin/import/"


def upload(name, content):
    return SimpleUploadedFile(name, content if isinstance(content, bytes) else content.encode())


@pytest.fixture
def redaktoer(db):
    """A national Redaktør: the documents come from several kommuner."""
    user = UserFactory(groups=["Redaktører"])
    KommuneEditor.objects.create(user=user, national=True)
    return user


def test_url_is_under_the_admin():
    assert reverse("caseimport:import_cases") == URL


@pytest.mark.django_db
def test_redaktoer_uploads_documents_and_gets_a_report_with_links_to_the_drafts(client, redaktoer):
    client.force_login(redaktoer)
    page = client.get(URL)
    assert page.status_code == 200
    assert 'type="file"' in page.content.decode()
    assert "multiple" in page.content.decode()

    response = client.post(
        URL,
        {
            "files": [
                upload("viborg.txt", case_text()),
                upload("odder.docx", docx_bytes([("Odder Kommune: Klub for alle", None)])),
                upload("ukendt.txt", case_text(title_line="Gotham Kommune: Batman")),
            ]
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "3 filer: 2 oprettet, 0 opdateret, 1 fejlede." in html
    assert 'ukendt kommune "Gotham"' in html or "ukendt kommune &quot;Gotham&quot;" in html
    assert "mangler afsnit: Praksis og proces" in html  # the almost empty Word file
    viborg = CaseStudyPage.objects.get(title="Fælles sprog om læringsmiljøer i dagplejen")
    assert not viborg.live
    assert viborg.get_latest_revision().user == redaktoer
    assert reverse("wagtailadmin_pages:edit", args=[viborg.pk]) in html
    assert CaseStudyPage.objects.filter(title="Klub for alle").exists()


@pytest.mark.django_db
def test_uploading_the_same_document_again_updates_the_page(client, redaktoer):
    client.force_login(redaktoer)
    client.post(URL, {"files": [upload("viborg.txt", case_text())]})
    response = client.post(URL, {"files": [upload("viborg-rettet.txt", case_text())]})

    assert "Opdateret:" in response.content.decode()
    page = CaseStudyPage.objects.get()
    assert page.revisions.count() == 2


@pytest.mark.django_db
def test_oversized_file_gets_its_own_error_and_creates_nothing(client, redaktoer):
    client.force_login(redaktoer)
    too_big = case_text() + "x" * MAX_UPLOAD_SIZE

    response = client.post(URL, {"files": [upload("stor.txt", too_big)]})

    assert response.status_code == 200
    assert "filen er større end 5 MB" in response.content.decode()
    assert not CaseStudyPage.objects.exists()


@pytest.mark.django_db
def test_posting_without_files_asks_for_files(client, redaktoer):
    client.force_login(redaktoer)
    response = client.post(URL, {})
    assert response.status_code == 200
    assert "Vælg mindst én fil at importere." in response.content.decode()


@pytest.mark.django_db
def test_menu_item_is_shown_to_a_redaktoer(client, redaktoer):
    client.force_login(redaktoer)
    html = client.get("/admin/").content.decode()
    # The sidebar is rendered from JSON, where "é" is escaped.
    assert '"label": "Import\\u00e9r praksiseksempler"' in html
    assert f'"url": "{URL}"' in html


@pytest.mark.django_db
def test_anonymous_user_is_sent_to_the_login_page_and_nothing_is_created(client):
    response = client.post(URL, {"files": [upload("viborg.txt", case_text())]})

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert not CaseStudyPage.objects.exists()


@pytest.mark.django_db
def test_user_without_add_permission_is_refused(client):
    from django.contrib.auth.models import Group, Permission

    readers = Group.objects.create(name="Læsere")
    readers.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(UserFactory(groups=["Læsere"]))

    response = client.post(URL, {"files": [upload("viborg.txt", case_text())]}, follow=True)

    assert response.redirect_chain[0][1] == 302
    assert "Beklager, du har ikke rettigheder til at tilgå dette område" in (
        response.content.decode()
    )
    assert not CaseStudyPage.objects.exists()
    assert f'"url": "{URL}"' not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_binary_file_and_broken_word_file_get_clear_errors(client, redaktoer):
    client.force_login(redaktoer)
    response = client.post(
        URL,
        {
            "files": [
                upload("billede.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x10IHDR" * 50),
                upload("rapport.docx", case_text()),
            ]
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "filen ligner ikke en tekstfil" in html
    assert "filen er ikke et gyldigt Word-dokument (.docx)" in html
    assert "2 filer: 0 oprettet, 0 opdateret, 2 fejlede." in html
    assert not CaseStudyPage.objects.exists()
