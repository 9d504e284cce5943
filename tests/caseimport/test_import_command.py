"""`manage.py import_cases`: documents as real files write them, imported the way editors rely on."""

import codecs

import pytest

from caseimport.models import ImportRecord
from casestudies.models import CaseIndexPage, CaseStudyPage
from tests.caseimport.documents import SECTION_TEXTS, case_text, docx_bytes


def latest(page):
    return page.get_latest_revision_as_object()


def only_case():
    return latest(CaseStudyPage.objects.get())


@pytest.mark.django_db
def test_document_becomes_a_draft_with_every_section_in_its_field(tmp_path, run_import):
    path = tmp_path / "viborg.txt"
    path.write_text(case_text(), encoding="utf-8")

    status, report = run_import(path)

    assert status == 0
    assert f'{path}: oprettet: "Fælles sprog om læringsmiljøer i dagplejen" (kladde)' in report
    assert "1 fil: 1 oprettet, 0 opdateret, 0 fejlede." in report
    stored = CaseStudyPage.objects.get()
    assert not stored.live
    assert stored.get_parent().specific_class is CaseIndexPage
    case = latest(stored)
    assert case.title == "Fælles sprog om læringsmiljøer i dagplejen"
    assert [k.name for k in case.kommuner.all()] == ["Viborg"]
    assert case.date.isoformat() == "2022-02-04"
    # Wrapped lines join into one escaped paragraph.
    assert case.practice == (
        "<p>Alle 140 dagplejere deltog i fire temaaftener over et halvt år. Mellem aftenerne "
        "afprøvede legestuegrupperne små forandringer og filmede dem i dagplejen.</p>"
    )
    assert case.policy == "<p>Indsatsen understøtter kommunens børne- og ungepolitik.</p>"
    assert case.next_steps.startswith("<p>Legestuegrupperne fortsætter")
    assert case.resources.startswith("<p>Fire aftener med vikardækning")
    assert case.experiences.startswith("<p>Videoerne gav")
    assert case.key_advice.startswith("<p>Start i det små")
    assert case.contact == (
        "<p>Dagplejen, Mette Holm</p><p>dagplejen@viborg.dk, tlf. 87 87 12 34</p>"
    )
    assert case.contact_email == "dagplejen@viborg.dk"
    assert case.contact_phone == "87 87 12 34"
    assert case.omraade == "dagtilbud"
    assert [m.slug for m in case.maalgrupper.all()] == ["dagplejere"]
    assert list(case.tags.all()) == []  # temaer are left for the editor
    # The summary is generated from "Kontekst og formål" and said to be so.
    assert case.summary.startswith("Dagplejen manglede et fælles sprog")
    assert 'resumé: genereret fra "Kontekst og formål"' in report
    assert "område: Dagtilbud (dagplejen ×" in report
    assert "målgrupper: Dagplejere (dagplejerne ×" in report


@pytest.mark.django_db
def test_text_is_escaped_into_rich_text(tmp_path, run_import):
    sections = dict(SECTION_TEXTS, **{"Praksis og proces": 'Vi brugte <script> & "citater".'})
    (tmp_path / "a.txt").write_text(case_text(sections=sections), encoding="utf-8")
    run_import(tmp_path / "a.txt")
    assert only_case().practice == "<p>Vi brugte &lt;script&gt; &amp; &quot;citater&quot;.</p>"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
        pytest.param(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("cp1252"), id="windows-1252"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16-bom"),
    ],
)
def test_encodings_and_line_ends_give_the_same_case(tmp_path, run_import, encode):
    text = case_text(
        title_line="Ærø Kommune: Sprogløft på øen", date_line="Ærø Kommune den 3. marts 2021"
    )
    (tmp_path / "aeroe.txt").write_bytes(encode(text))

    status, report = run_import(tmp_path / "aeroe.txt")

    assert status == 0, report
    case = only_case()
    assert case.title == "Sprogløft på øen"
    assert [k.name for k in case.kommuner.all()] == ["Ærø"]
    assert case.date.isoformat() == "2021-03-03"
    assert "vikardækning" in case.resources
    assert "\r" not in case.practice


@pytest.mark.django_db
@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(str.upper, id="capitals"),
        pytest.param(lambda heading: f"{heading}:", id="trailing-colon"),
        pytest.param(lambda heading: f"  {heading.replace(' ', '   ')} :  ", id="extra-spaces"),
        pytest.param(lambda heading: f"{heading.lower()}:", id="lower-case-colon"),
    ],
)
def test_headings_are_recognised_in_the_forms_real_files_use(tmp_path, run_import, heading):
    (tmp_path / "a.txt").write_text(case_text(heading=heading), encoding="utf-8")

    status, report = run_import(tmp_path / "a.txt")

    assert status == 0, report
    assert "mangler afsnit" not in report
    case = only_case()
    for field in ("practice", "context", "policy", "experiences", "next_steps", "resources"):
        assert getattr(case, field).startswith("<p>"), field
    assert case.key_advice.startswith("<p>Start i det små")
    assert case.contact_email == "dagplejen@viborg.dk"


@pytest.mark.django_db
def test_collection_header_line_before_the_title_is_skipped(tmp_path, run_import):
    text = case_text(header="Kommunale praksiseksempler om læringsmiljøer i dagtilbud")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")

    status, _ = run_import(tmp_path / "a.txt")

    assert status == 0
    assert only_case().title == "Fælles sprog om læringsmiljøer i dagplejen"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("title_line", "kommuner"),
    [
        (
            "Syddjurs, Norddjurs og Favrskov Kommune: Fælles PPR",
            ["Favrskov", "Norddjurs", "Syddjurs"],
        ),
        ("Københavns Kommune: Sprog i vuggestuen", ["København"]),
        ("Bornholms Regionskommune: Klub på øen", ["Bornholm"]),
        ("Lyngby-Taarbæk Kommune: Overgange", ["Lyngby-Taarbæk"]),
        ("Aarhus Kommune og Odder Kommune: Fælles forløb", ["Aarhus", "Odder"]),
        ("AARHUS KOMMUNE: Store bogstaver", ["Aarhus"]),
    ],
)
def test_kommuner_in_the_title_line_are_matched(tmp_path, run_import, title_line, kommuner):
    (tmp_path / "a.txt").write_text(case_text(title_line=title_line), encoding="utf-8")

    status, report = run_import(tmp_path / "a.txt")

    assert status == 0, report
    assert sorted(k.name for k in only_case().kommuner.all()) == kommuner


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("Viborg Kommune den 3. marts 2021", "2021-03-03"),
        ("Viborg Kommune den 12. december 2019", "2019-12-12"),
        ("Viborg Kommune den 1. maj 2020", "2020-05-01"),
        ("Viborg Kommune den 30. juni 2023", "2023-06-30"),
    ],
)
def test_danish_long_dates_are_parsed(tmp_path, run_import, date_line, iso):
    (tmp_path / "a.txt").write_text(case_text(date_line=date_line), encoding="utf-8")
    run_import(tmp_path / "a.txt")
    assert only_case().date.isoformat() == iso


@pytest.mark.django_db
def test_missing_section_is_imported_empty_and_reported(tmp_path, run_import):
    text = case_text(omit=("De næste skridt", "Nødvendige ressourcer"))
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")

    status, report = run_import(tmp_path / "a.txt")

    assert status == 0
    assert "mangler afsnit: De næste skridt, Nødvendige ressourcer" in report
    case = only_case()
    assert case.next_steps == ""
    assert case.resources == ""
    assert case.practice.startswith("<p>Alle 140")


@pytest.mark.django_db
def test_markdown_headings_emphasis_and_lists(tmp_path, run_import):
    text = case_text(
        title_line="# Viborg Kommune: Fælles sprog om læringsmiljøer i dagplejen",
        date_line="*Viborg Kommune den 4. februar 2022*",
        heading=lambda heading: f"## {heading}",
        sections=dict(
            SECTION_TEXTS,
            **{
                "Praksis og proces": (
                    "Vi gjorde **tre** ting i _dagplejen_:\n\n- temaaftener\n- video\n- sparring"
                )
            },
        ),
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")

    status, report = run_import(tmp_path / "a.md")

    assert status == 0, report
    case = only_case()
    assert case.title == "Fælles sprog om læringsmiljøer i dagplejen"
    assert case.date.isoformat() == "2022-02-04"
    assert case.practice == (
        "<p>Vi gjorde tre ting i dagplejen:</p>"
        "<ul><li>temaaftener</li><li>video</li><li>sparring</li></ul>"
    )
    assert case.contact_email == "dagplejen@viborg.dk"


@pytest.mark.django_db
def test_word_document_with_styled_and_plain_headings(tmp_path, run_import):
    paragraphs = [
        ("Kommunale praksiseksempler om dagtilbud", None),
        ("Viborg Kommune: Fælles sprog om læringsmiljøer i dagplejen", "Title"),
        ("Viborg Kommune den 4. februar 2022", None),
    ]
    for number, (heading, text) in enumerate(SECTION_TEXTS.items()):
        # Half the headings styled, half typed as plain paragraphs in capitals.
        paragraphs.append((heading, "Heading 1") if number % 2 else (heading.upper() + ":", None))
        paragraphs += [(line, None) for line in text.split("\n")]
    paragraphs += [("Det vigtigste råd til andre", "Heading 2"), ("Filmen!", "List Bullet")]
    (tmp_path / "viborg.docx").write_bytes(docx_bytes(paragraphs))

    status, report = run_import(tmp_path / "viborg.docx")

    assert status == 0, report
    assert "mangler afsnit" not in report
    case = only_case()
    assert case.title == "Fælles sprog om læringsmiljøer i dagplejen"
    assert case.date.isoformat() == "2022-02-04"
    # Each Word paragraph stays a paragraph (they are not wrapped lines).
    assert case.practice.count("<p>") == 2
    assert case.key_advice.endswith("<ul><li>Filmen!</li></ul>")
    assert case.contact_email == "dagplejen@viborg.dk"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("tom.txt", b"", "filen er tom"),
        ("blank.md", b"  \r\n\r\n ", "filen er tom"),
        ("rapport.pdf", b"%PDF-1.4 ...", "filtypen .pdf understøttes ikke"),
        ("gammel.doc", b"\xd0\xcf\x11\xe0", "filtypen .doc understøttes ikke"),
        ("billede.txt", bytes(range(256)) * 40, "filen ligner ikke en tekstfil"),
        ("png.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x10IHDR" * 50, "filen ligner ikke en tekstfil"),
        ("ikke-word.docx", b"Viborg Kommune: Titel\n", "filen er ikke et gyldigt Word-dokument"),
        ("zip.docx", b"PK\x03\x04" + b"\x00" * 100, "filen er ikke et gyldigt Word-dokument"),
        (
            "kun-navigation.txt",
            b"Forside > Nyheder\n\nNyhed\n\nL\xc3\xa6s mere\n",
            "dokumentet indeholder ingen tekst at importere",
        ),
        (
            "ukendt.txt",
            case_text(title_line="Gotham Kommune: Batman i SFO").encode(),
            'ukendt kommune "Gotham"',
        ),
        (
            "ukendt-af-flere.txt",
            case_text(title_line="Aarhus og Atlantis Kommune: Fælles").encode(),
            'ukendt kommune "Atlantis"',
        ),
    ],
)
def test_bad_file_fails_with_its_reason_and_creates_nothing(
    tmp_path, run_import, name, content, reason
):
    (tmp_path / name).write_bytes(content)

    status, report = run_import(tmp_path / name)

    assert status == 1
    assert f"{tmp_path / name}: fejlede: {reason}" in report
    assert "1 fil: 0 oprettet, 0 opdateret, 1 fejlede." in report
    assert not CaseStudyPage.objects.exists()
    assert not ImportRecord.objects.exists()


@pytest.mark.django_db
def test_one_bad_file_never_stops_the_others(tmp_path, run_import):
    (tmp_path / "1-god.txt").write_text(case_text(), encoding="utf-8")
    (tmp_path / "2-ukendt.txt").write_text(
        case_text(title_line="Gotham Kommune: Batman"), encoding="utf-8"
    )
    (tmp_path / "3-god.txt").write_text(
        case_text(title_line="Odder Kommune: Klub for alle"), encoding="utf-8"
    )

    status, report = run_import(tmp_path)

    assert status == 1
    assert "3 filer: 2 oprettet, 0 opdateret, 1 fejlede." in report
    assert sorted(CaseStudyPage.objects.values_list("title", flat=True)) == [
        "Fælles sprog om læringsmiljøer i dagplejen",
        "Klub for alle",
    ]


@pytest.mark.django_db
def test_reimport_updates_the_same_page_with_a_new_revision(tmp_path, run_import):
    path = tmp_path / "viborg.txt"
    path.write_text(case_text(), encoding="utf-8")
    run_import(path)
    page = CaseStudyPage.objects.get()

    edited = dict(SECTION_TEXTS, **{"De næste skridt": "Nu også i vuggestuerne."})
    # Edited body, saved under another name and format: still the same document.
    (tmp_path / "viborg-v2.md").write_text(case_text(sections=edited), encoding="utf-8")
    status, report = run_import(tmp_path / "viborg-v2.md")

    assert status == 0
    assert "opdateret" in report
    assert "1 fil: 0 oprettet, 1 opdateret, 0 fejlede." in report
    assert CaseStudyPage.objects.get().pk == page.pk
    assert page.revisions.count() == 2
    assert only_case().next_steps == "<p>Nu også i vuggestuerne.</p>"
    record = ImportRecord.objects.get()
    assert record.page_id == page.pk
    assert record.source_name.endswith("viborg-v2.md")


@pytest.mark.django_db
def test_reimport_keeps_what_the_editor_chose(tmp_path, run_import):
    path = tmp_path / "viborg.txt"
    path.write_text(case_text(), encoding="utf-8")
    run_import(path)
    page = CaseStudyPage.objects.get()
    draft = latest(page)
    draft.omraade = "tvaergaaende"
    draft.summary = "Redaktørens eget resumé."
    draft.save_revision(clean=False)

    status, report = run_import(path)

    assert status == 0
    case = only_case()
    assert case.omraade == "tvaergaaende"
    assert case.summary == "Redaktørens eget resumé."
    assert "område: beholdt Tværgående 0-18 år (valgt af redaktør)" in report
    assert [m.slug for m in case.maalgrupper.all()] == ["dagplejere"]


@pytest.mark.django_db
def test_publish_publishes_complete_cases_and_keeps_incomplete_ones_as_drafts(tmp_path, run_import):
    (tmp_path / "komplet.txt").write_text(case_text(), encoding="utf-8")
    (tmp_path / "uden-raad.txt").write_text(
        case_text(
            title_line="Odder Kommune: Dagplejen filmer", omit=("Det vigtigste råd til andre",)
        ),
        encoding="utf-8",
    )

    status, report = run_import(tmp_path, "--publish")

    assert status == 0
    complete = CaseStudyPage.objects.get(title="Fælles sprog om læringsmiljøer i dagplejen")
    assert complete.live
    incomplete = CaseStudyPage.objects.get(title="Dagplejen filmer")
    assert not incomplete.live
    assert (
        "ikke udgivet, gemt som kladde: Udfyld afsnittet “Det vigtigste råd til andre” før udgivelse."
        in report
    )
    assert "2 filer: 2 oprettet, 0 opdateret, 0 fejlede (1 udgivet, 1 kladder)." in report


@pytest.mark.django_db
def test_long_context_gives_a_summary_of_at_most_300_characters(tmp_path, run_import):
    long_sentence = "Dagplejen " + " ".join(["manglede et fælles sprog"] * 30) + "."
    sections = dict(SECTION_TEXTS, **{"Kontekst og formål": long_sentence})
    (tmp_path / "a.txt").write_text(case_text(sections=sections), encoding="utf-8")

    run_import(tmp_path / "a.txt")

    summary = only_case().summary
    assert len(summary) <= 300
    # Cut at a word boundary, and marked as cut.
    assert summary.endswith("…")
    kept = summary[:-1]
    assert long_sentence.startswith(kept)
    assert long_sentence[len(kept)] == " "


@pytest.mark.django_db
def test_folder_of_200_documents_imports_in_one_run(tmp_path, run_import):
    kommuner = ["Aarhus", "Viborg", "Odder", "Ærø", "Lyngby-Taarbæk", "Københavns"]
    for number in range(200):
        folder = tmp_path / f"samling-{number % 4}"
        folder.mkdir(exist_ok=True)
        title_line = f"{kommuner[number % len(kommuner)]} Kommune: Praksiseksempel nummer {number}"
        text = case_text(title_line=title_line)
        suffix = ".md" if number % 5 == 0 else ".txt"
        (folder / f"eksempel-{number:03}{suffix}").write_text(text, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")  # not a document: left out

    status, report = run_import(tmp_path)

    assert status == 0, report[-2000:]
    assert report.strip().endswith("200 filer: 200 oprettet, 0 opdateret, 0 fejlede.")
    assert report.count(": oprettet: ") == 200
    assert CaseStudyPage.objects.count() == 200
    assert ImportRecord.objects.count() == 200


@pytest.mark.django_db
def test_reimport_of_a_published_case_makes_a_draft_and_leaves_the_live_version(
    tmp_path, run_import
):
    path = tmp_path / "viborg.txt"
    path.write_text(case_text(), encoding="utf-8")
    run_import(path, "--publish")
    edited = dict(SECTION_TEXTS, **{"De næste skridt": "Nu også i vuggestuerne."})
    path.write_text(case_text(sections=edited), encoding="utf-8")

    status, report = run_import(path)

    assert status == 0
    assert "opdateret" in report
    assert "(ny kladde, den udgivne version er uændret)" in report
    page = CaseStudyPage.objects.get()
    assert page.live
    assert page.has_unpublished_changes
    assert page.next_steps.startswith("<p>Legestuegrupperne")  # what visitors see
    assert only_case().next_steps == "<p>Nu også i vuggestuerne.</p>"
