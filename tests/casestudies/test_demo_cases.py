"""The demo cases are documents imported through the importer, with their facts beside them."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from casestudies.demo_cases import demo_documents, demo_facts, parse_demo_document
from casestudies.models import CaseStudyPage
from casestudies.sections import REQUIRED_SECTION_FIELDS


def test_every_document_reads_as_a_praksiseksempel_with_a_fact_block():
    documents = demo_documents()
    assert len(documents) == 16
    for path in documents:
        front_matter, parsed = parse_demo_document(path)
        assert front_matter is not None and front_matter.omraade, path.name
        assert front_matter.maalgrupper and front_matter.temaer, path.name
        assert parsed.kommune_names and parsed.date, path.name
        assert all(parsed.sections.get(field) for field in REQUIRED_SECTION_FIELDS), path.name
        assert parsed.skipped_lines == 0, path.name


def test_the_facts_file_has_one_table_per_document_and_no_other():
    assert set(demo_facts()) == {path.stem for path in demo_documents()}


@pytest.mark.django_db
def test_load_demo_publishes_every_document_with_its_facts(case_index):
    call_command("load_demo", "--no-admin")
    facts = demo_facts()
    pages = CaseStudyPage.objects.live()
    assert pages.count() == len(facts) == 16
    for path in demo_documents():
        front_matter, parsed = parse_demo_document(path)
        page = pages.get(title=parsed.title)
        assert not page.has_unpublished_changes
        for name, value in facts[path.stem].items():
            assert getattr(page, name) == value, (path.name, name)
        assert page.participants == front_matter.deltagere
        assert sorted(p.name for p in page.partners.all()) == sorted(front_matter.partnere)
        assert sorted(t.name for t in page.tags.all()) == sorted(front_matter.temaer)
        assert sorted(m.slug for m in page.maalgrupper.all()) == sorted(front_matter.maalgrupper)
        assert page.kommuner.count() == len(parsed.kommune_names)
        for field, blocks in parsed.sections.items():
            assert getattr(page, field).count("<p>") == len(blocks), (path.name, field)
        # "Newest" on the demo follows the dates the cases were written.
        first = timezone.localtime(page.first_published_at)
        assert first == timezone.make_aware(
            datetime.datetime.combine(parsed.date, datetime.time(9))
        )
