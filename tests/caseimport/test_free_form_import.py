"""`manage.py import_cases` on write-ups that are not in the praksiseksempel format.

Each becomes a draft for an editor to finish, with a report that says how it
was read. The documents are in tests/caseimport/free_form_documents.py.
"""

import pytest

from caseimport.models import ImportRecord
from caseimport.report import FREE_FORM_NOT_PUBLISHED, NO_KOMMUNE, NOT_IN_TEMPLATE
from casestudies.models import CaseStudyPage, Kommune
from tests.caseimport.free_form_documents import (
    MARKDOWN_MEMO,
    NEWS_ARTICLE_HTML,
    PROGRAMME_PAGE_TXT,
    word_document_bytes,
)


def latest(page):
    return page.get_latest_revision_as_object()


def import_file(tmp_path, run_import, name, content, *args):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    status, report = run_import(path, *args)
    assert status == 0, report
    return path, report


@pytest.mark.django_db
def test_news_article_saved_as_a_web_page(tmp_path, run_import):
    path, report = import_file(tmp_path, run_import, "nyhed.html", NEWS_ARTICLE_HTML)

    title = "PPR i Vejle giver lærerne et fælles blik på de yngste læsere"
    assert f'{path}: oprettet: "{title}" (kladde, ikke i skabelonen)' in report
    assert NOT_IN_TEMPLATE in report
    assert f'titel: fra overskriften "{title}"' in report
    assert 'kommune: Vejle (fundet i "PPR i Vejle" ×2, "Vejle Kommunes", "@vejle.dk")' in report
    # Named in passing ("inspireret af ... Aarhus Kommune"): reported, not chosen.
    assert 'kommune nævnt, men ikke valgt: Aarhus ("Aarhus Kommune")' in report
    assert (
        'afsnit udfyldt: Praksis og proces (fra "Sådan foregår det" og resten af teksten); '
        'Kontekst og formål (fra "Baggrund"); '
        'Erfaringer og opmærksomhedspunkter (fra "Det har vi lært"); '
        'De næste skridt (fra "Næste skridt"); Hvis du vil vide mere (fra "Kontakt")'
    ) in report
    assert (
        "mangler afsnit: Sammenhæng til kommunal politik og strategi, Nødvendige ressourcer, "
        "Det vigtigste råd til andre"
    ) in report
    assert '"Nyhed", "Publiceret 14. marts 2024", "Læs mere om PPR", "Del på Facebook"' in report

    stored = CaseStudyPage.objects.get()
    assert not stored.live
    case = latest(stored)
    assert case.title == title
    assert [k.name for k in case.kommuner.all()] == ["Vejle"]
    assert case.date.isoformat() == "2024-03-14"
    assert case.practice.startswith("<p>Fra august sidder en læsevejleder med")
    assert "<li>Et fælles skema til elevernes læsespor</li>" in case.practice
    assert case.context.startswith("<p>Vejle Kommunes læsetest viste i 2022")
    assert case.experiences.startswith("<p>Møderne virker kun")
    assert case.next_steps == (
        "<p>Fra skoleåret 2024/25 får alle 32 skoler en læsevejleder tilknyttet 1. klasse.</p>"
    )
    assert case.contact == "<p>Psykolog Lone Kjær, PPR</p><p>lokjae@vejle.dk, tlf. 76 81 23 45</p>"
    assert case.contact_email == "lokjae@vejle.dk"
    assert case.policy == case.resources == case.key_advice == ""
    # Page furniture is in no section.
    sections = "".join(
        getattr(case, name)
        for name in ("practice", "context", "experiences", "next_steps", "contact")
    )
    for furniture in ("Borger", "Tilmeld nyhedsbrev", "Del på Facebook", "Læs mere", "Skolegade"):
        assert furniture not in sections
    assert case.omraade == "skole"


@pytest.mark.django_db
def test_programme_page_with_many_short_headed_sections_is_never_published(tmp_path, run_import):
    path, report = import_file(
        tmp_path, run_import, "sprogloeft.txt", PROGRAMME_PAGE_TXT, "--publish"
    )

    assert f'{path}: oprettet: "Sprogløft 0-6 år" (kladde, ikke i skabelonen)' in report
    assert (
        'kommune: Odense (fundet i "Børn og Unge i Odense" ×2, "Odense Kommunes", "Odense Kommune")'
    ) in report
    assert (
        'Praksis og proces (fra resten af teksten, med underoverskrifterne "Målgruppe", '
        '"Varighed", "Sådan deltager I")'
    ) in report
    assert 'Nødvendige ressourcer (fra "Økonomi")' in report
    assert 'Det vigtigste råd til andre (fra "Gode råd")' in report
    assert "mangler afsnit" not in report
    assert FREE_FORM_NOT_PUBLISHED in report
    assert "1 fil: 1 oprettet, 0 opdateret, 0 fejlede (0 udgivet, 1 kladder)." in report

    stored = CaseStudyPage.objects.get()
    assert not stored.live
    case = latest(stored)
    assert [k.name for k in case.kommuner.all()] == ["Odense"]
    # Headings that mean no section stay as subheadings in "Praksis og proces".
    assert case.practice.startswith(
        "<p>Sprogløft er et program for alle dagtilbud i Børn og Unge i Odense. Det samler "
    )
    assert (
        "<h3>Målgruppe</h3><p>Børn i alderen 0-6 år i kommunale og selvejende dagtilbud "
        "og deres pædagoger.</p><h3>Varighed</h3>"
    ) in case.practice
    assert "<ul><li>Sprogvurdering af alle børn ved 3 år</li>" in case.practice
    assert case.context == (
        "<p>At alle børn har et alderssvarende sprog, når de begynder i skole.</p>"
    )
    assert case.policy.startswith("<p>Programmet er en del af Odense Kommunes børne-")
    assert case.resources.startswith("<p>Programmet er finansieret med 2,1 mio. kr.")
    assert case.experiences.startswith("<p>Efter første år")
    assert case.key_advice.startswith("<p>Giv sprogvejlederne tid i kalenderen")
    assert case.next_steps == "<p>I 2025 udvides programmet til dagplejen.</p>"
    assert case.contact_email == "anmo@odense.dk"
    assert case.contact_phone == "65 51 12 34"
    assert "Tilmeld nyhedsbrev" not in case.contact


@pytest.mark.django_db
def test_markdown_memo_without_a_kommune_still_becomes_a_draft(tmp_path, run_import):
    path, report = import_file(tmp_path, run_import, "notat.md", MARKDOWN_MEMO)

    title = "Erfaringer med udeliv i vuggestuen"
    assert f'{path}: oprettet: "{title}" (kladde, ikke i skabelonen)' in report
    assert "    ingen kommune fundet – vælg i redigeringen\n" in report
    assert NO_KOMMUNE == "ingen kommune fundet – vælg i redigeringen"
    assert '"Notat", "Til: Dagtilbudsledergruppen"' in report
    assert "dato: 2. oktober 2023" in report
    assert (
        "mangler afsnit: Sammenhæng til kommunal politik og strategi, Hvis du vil vide mere"
        in report
    )

    case = latest(CaseStudyPage.objects.get())
    assert case.title == title
    assert list(case.kommuner.all()) == []
    assert case.date.isoformat() == "2023-10-02"
    assert case.practice == (
        "<p>Tre vuggestuer har i et halvt år flyttet en stor del af dagen udendørs. Dette "
        "notat samler erfaringerne til dagtilbudsledernes møde.</p>"
        "<p>Hver stue lagde to faste ture om ugen ind i ugeplanen:</p>"
        "<ul><li>en tur til skoven med de ældste børn</li>"
        "<li>en formiddag i legepladsens køkkenhave med de yngste</li></ul>"
    )
    assert case.context.startswith("<p>Vuggestuerne havde mange børn på små stuer")
    assert case.resources == (
        "<p>Regntøj til stuen, en ladcykel og en fast vikartime om ugen pr. stue.</p>"
    )
    assert case.key_advice.startswith("<p>Start med én fast tur om ugen")
    assert "Dagtilbudsledergruppen" not in case.practice + case.context


@pytest.mark.django_db
def test_word_file_with_every_section_is_still_a_draft_with_publish(tmp_path, run_import):
    path, report = import_file(
        tmp_path, run_import, "legeplads.docx", word_document_bytes(), "--publish"
    )

    assert f'{path}: oprettet: "Legepladsen som læringsmiljø" (kladde, ikke i skabelonen)' in report
    assert (
        'kommune: Herning (fundet i "Herning Kommunes", "Herning Kommune", "Dagtilbud i Herning")'
    ) in report
    assert (
        'Sammenhæng til kommunal politik og strategi (fra "Sammenhæng med Herning Kommunes '
        'børne- og ungepolitik")'
    ) in report
    assert 'Hvis du vil vide mere (fra "Vil du vide mere")' in report
    assert "mangler afsnit" not in report
    assert FREE_FORM_NOT_PUBLISHED in report

    stored = CaseStudyPage.objects.get()
    case = latest(stored)
    # Complete by the publishing checks, yet a reading by meaning waits for an editor.
    case.validate_for_publishing()
    assert not stored.live
    assert "<h3>Kort fortalt</h3>" in case.practice
    assert "<li>Pædagogerne fordelte sig i zonerne efter en fast plan.</li>" in case.practice
    assert case.context.startswith("<p>Børnene tilbragte op til halvdelen af dagen")
    assert case.key_advice == (
        "<p>Lad børnene tegne legepladsen først; de ser steder, de voksne overser.</p>"
    )
    assert case.contact_email == "dagjb@herning.dk"


@pytest.mark.django_db
def test_reimport_updates_the_same_draft_and_keeps_the_editors_work(tmp_path, run_import):
    path, _ = import_file(tmp_path, run_import, "notat.md", MARKDOWN_MEMO)
    page = CaseStudyPage.objects.get()
    draft = latest(page)
    draft.kommuner = [Kommune.objects.get(name="Skanderborg")]
    draft.key_advice = "<p>Redaktørens eget råd.</p>"
    draft.save_revision(clean=False)

    status, report = run_import(path)

    assert status == 0
    assert f'{path}: opdateret: "Erfaringer med udeliv i vuggestuen"' in report
    assert "kommune: beholdt (valgt af redaktør)" in report
    assert "afsnit beholdt (rettet af redaktør): Det vigtigste råd til andre" in report
    assert CaseStudyPage.objects.get().pk == page.pk
    assert ImportRecord.objects.count() == 1
    assert page.revisions.count() == 3
    case = latest(CaseStudyPage.objects.get())
    assert [k.name for k in case.kommuner.all()] == ["Skanderborg"]
    assert case.key_advice == "<p>Redaktørens eget råd.</p>"
    assert case.next_steps.startswith("<p>Ledergruppen beslutter i november")


@pytest.mark.django_db
def test_reimport_of_an_unchanged_document_changes_nothing_but_the_revision(tmp_path, run_import):
    path, _ = import_file(tmp_path, run_import, "sprogloeft.txt", PROGRAMME_PAGE_TXT)
    first = latest(CaseStudyPage.objects.get())

    status, report = run_import(path)

    assert status == 0
    assert "1 fil: 0 oprettet, 1 opdateret, 0 fejlede." in report
    assert "beholdt" not in report
    again = latest(CaseStudyPage.objects.get())
    for name in ("title", "practice", "context", "key_advice", "contact", "summary", "omraade"):
        assert getattr(again, name) == getattr(first, name)
    assert [k.pk for k in again.kommuner.all()] == [k.pk for k in first.kommuner.all()]


@pytest.mark.django_db
def test_document_without_any_heading_takes_its_title_from_the_file_name(tmp_path, run_import):
    path, report = import_file(
        tmp_path,
        run_import,
        "udeliv_i_vuggestuen.txt",
        "Vi har flyttet dagen udendørs i tre vuggestuer, og børnene sover bedre.\n",
    )

    assert f'{path}: oprettet: "Udeliv i vuggestuen" (kladde, ikke i skabelonen)' in report
    assert "titel: fra filnavnet (ingen overskrift fundet)" in report
    assert NO_KOMMUNE in report
    assert latest(CaseStudyPage.objects.get()).practice.startswith("<p>Vi har flyttet dagen")


@pytest.mark.django_db
def test_template_title_line_without_the_template_headings_is_read_as_free_text(
    tmp_path, run_import
):
    text = (
        "Odder Kommune: Klub for alle\n\nKlubben åbnede i 2023 for alle unge i 6.-9. klasse.\n\n"
        "Erfaringer\n\nFlere piger kommer, når klubben har egne pigeaftener.\n"
    )
    path, report = import_file(tmp_path, run_import, "klub.txt", text)

    assert f'{path}: oprettet: "Klub for alle" (kladde, ikke i skabelonen)' in report
    assert 'kommune: Odder (fundet i "Odder Kommune")' in report
    case = latest(CaseStudyPage.objects.get())
    assert case.practice == "<p>Klubben åbnede i 2023 for alle unge i 6.-9. klasse.</p>"
    assert case.experiences.startswith("<p>Flere piger kommer")
