"""The fact block above a document: område, målgrupper, temaer and partners as stated."""

import pytest

from caseimport.importer import CaseImporter
from tests.caseimport.documents import case_text

FACTS = """---
omraade: skole
maalgrupper: laerere, ledere
temaer: aktionslæring, kollegial sparring
partnere: VIA University College
deltagere: 24 lærere på 3 skoler
---
"""


def import_text(text, publish=False):
    return CaseImporter(publish=publish).import_document("case.txt", text.encode("utf-8"))


@pytest.mark.django_db
def test_stated_facts_win_over_the_proposals():
    # case_text() is a dagpleje case: the importer alone proposes dagtilbud.
    result = import_text(FACTS + case_text(), publish=True)

    assert not result.failed, result.error
    assert result.published
    result.page.refresh_from_db()
    assert result.page.live
    case = result.page.get_latest_revision_as_object()
    assert case.omraade == "skole"
    assert sorted(m.slug for m in case.maalgrupper.all()) == ["laerere", "ledere"]
    assert sorted(tag.name for tag in case.tags.all()) == ["aktionslæring", "kollegial sparring"]
    assert [partner.name for partner in case.partners.all()] == ["VIA University College"]
    assert case.participants == 24
    assert case.title == "Fælles sprog om læringsmiljøer i dagplejen"


@pytest.mark.django_db
def test_a_document_without_facts_imports_as_before():
    result = import_text(case_text())
    assert not result.failed
    assert result.page.get_latest_revision_as_object().omraade == "dagtilbud"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("---\nomraade: kantine\n---\n", 'ukendt område "kantine"'),
        ("---\nmaalgrupper: elever\n---\n", "ukendt målgruppe i faktaboksen: elever"),
        ("---\nfarve: blå\n---\n", "faktaboksens linje 1"),
        ("---\ndeltagere: mange\n---\n", '"deltagere" i faktaboksen skal begynde med et tal'),
        ("---\nomraade: skole\n", "faktaboksen øverst slutter ikke"),
    ],
)
def test_a_bad_fact_block_is_a_clear_error_and_saves_nothing(block, message):
    from casestudies.models import CaseStudyPage

    result = import_text(block + case_text())

    assert result.failed
    assert message in result.error
    assert not CaseStudyPage.objects.exists()
