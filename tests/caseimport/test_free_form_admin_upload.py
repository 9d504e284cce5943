"""The admin upload with write-ups that are not in the template: drafts and a report that says so."""

import html

import pytest
from django.urls import reverse

from caseimport.report import NOT_IN_TEMPLATE
from casestudies.models import CaseStudyPage
from tests.caseimport import test_admin_upload
from tests.caseimport.free_form_documents import (
    MARKDOWN_MEMO,
    NEWS_ARTICLE_HTML,
    word_document_bytes,
)
from tests.caseimport.test_admin_upload import URL, upload

# The same editor as the template uploads use (a national Redaktør).
redaktoer = test_admin_upload.redaktoer


def report_text(response):
    return html.unescape(response.content.decode())


@pytest.mark.django_db
def test_upload_of_a_news_page_a_memo_and_a_word_file_gives_three_drafts(client, redaktoer):
    client.force_login(redaktoer)
    response = client.post(
        URL,
        {
            "files": [
                upload("nyhed.html", NEWS_ARTICLE_HTML),
                upload("notat.md", MARKDOWN_MEMO),
                upload("legeplads.docx", word_document_bytes()),
            ]
        },
    )

    assert response.status_code == 200
    text = report_text(response)
    assert "3 filer: 3 oprettet, 0 opdateret, 0 fejlede." in text
    assert text.count(NOT_IN_TEMPLATE) == 3
    assert text.count("(kladde, ikke i skabelonen)") == 3
    assert 'kommune: Vejle (fundet i "PPR i Vejle" ×2, "Vejle Kommunes", "@vejle.dk")' in text
    assert "<li>ingen kommune fundet – vælg i redigeringen</li>" in text
    assert 'kommune: Herning (fundet i "Herning Kommunes"' in text
    assert 'Kontekst og formål (fra "Baggrund")' in text
    assert (
        "mangler afsnit: Sammenhæng til kommunal politik og strategi, Hvis du vil vide mere" in text
    )

    memo = CaseStudyPage.objects.get(title="Erfaringer med udeliv i vuggestuen")
    assert not memo.live
    assert memo.get_latest_revision().user == redaktoer
    assert reverse("wagtailadmin_pages:edit", args=[memo.pk]) in text
    assert not CaseStudyPage.objects.filter(live=True).exists()


@pytest.mark.django_db
def test_uploading_the_same_news_page_again_updates_its_draft(client, redaktoer):
    client.force_login(redaktoer)
    client.post(URL, {"files": [upload("nyhed.html", NEWS_ARTICLE_HTML)]})
    response = client.post(URL, {"files": [upload("nyhed-gemt-igen.html", NEWS_ARTICLE_HTML)]})

    text = report_text(response)
    assert "1 fil: 0 oprettet, 1 opdateret, 0 fejlede." in text
    assert "Opdateret:" in text
    page = CaseStudyPage.objects.get()
    assert page.revisions.count() == 2
    assert not page.live


@pytest.mark.django_db
def test_upload_form_says_which_files_it_takes(client, redaktoer):
    client.force_login(redaktoer)
    text = report_text(client.get(URL))
    assert 'accept=".txt,.md,.docx,.html,.htm"' in text
    assert "(.txt, .md, .docx eller .html" in text
