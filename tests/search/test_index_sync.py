"""The index follows the page tree: publish, unpublish, delete, privacy, move,
and an outage of the search node loses nothing. Against the real node."""

import threading

import pytest
from django.core.management import call_command
from elasticsearch.helpers import BulkIndexError
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyPage
from search import connection, indexing, service
from search.connection import get_client, index_alias
from search.indexing import rebuild_index
from search.models import PendingIndexUpdate
from search.outbox import drain_outbox
from tests.factories import CaseStudyPageFactory
from tests.search.params_helpers import params

DEAD_NODE_URL = "http://127.0.0.1:9"  # discard port: nothing listens, connections are refused


def found(title):
    return title in {hit.title for hit in service.search_cases(params(q=title)).hits}


def indexed_ids():
    client = get_client()
    client.indices.refresh(index=index_alias())
    response = client.search(index=index_alias(), size=1000, source=False)
    return {int(hit["_id"]) for hit in response["hits"]["hits"]}


def test_publishing_makes_a_case_findable_and_drafts_never_are(indexed_case, committed):
    indexed_case(title="Trivselsgrupper i ungdomsskolen")
    committed(CaseStudyPageFactory, title="Kladde om trivselsgrupper", live=False)
    assert found("Trivselsgrupper i ungdomsskolen")
    assert not found("Kladde om trivselsgrupper")
    assert PendingIndexUpdate.objects.count() == 0


def test_unpublish_removes_from_the_index(indexed_case, committed):
    case = indexed_case(title="Brobygning til udskolingen")
    committed(case.unpublish)
    assert not found("Brobygning til udskolingen")


def test_delete_removes_from_the_index(indexed_case, committed):
    case = indexed_case(title="Tidlig indsats i sundhedsplejen")
    committed(case.delete)
    assert not found("Tidlig indsats i sundhedsplejen")
    assert indexed_ids() == set()


def test_privacy_restriction_removes_and_lifting_it_restores(indexed_case, committed):
    case = indexed_case(title="Forældresamarbejde i dagplejen")
    restriction = committed(
        PageViewRestriction.objects.create,
        page=case,
        restriction_type=PageViewRestriction.PASSWORD,
        password="hemmelig",
    )
    assert not found("Forældresamarbejde i dagplejen")
    committed(restriction.delete)
    assert found("Forældresamarbejde i dagplejen")


def test_restricting_a_parent_hides_its_cases(indexed_case, committed, case_index):
    indexed_case(title="Data i skoleledelsen")
    committed(
        PageViewRestriction.objects.create,
        page=case_index,
        restriction_type=PageViewRestriction.LOGIN,
    )
    assert not found("Data i skoleledelsen")


def test_slug_change_updates_the_url_in_the_index(indexed_case, committed):
    case = indexed_case(title="Læringsledelse på skolerne", slug="gammel-adresse")

    def rename():
        case.slug = "ny-adresse"
        case.save_revision().publish()

    committed(rename)
    hit = service.search_cases(params(q="Læringsledelse på skolerne")).hits[0]
    assert hit.url == "/praksiseksempler/ny-adresse/"


def test_outage_loses_nothing_and_the_outbox_drains_when_back(
    indexed_case, committed, search_node_url, settings
):
    connection.configure(DEAD_NODE_URL)
    titles = [f"Forløb nummer {n} under nedbrud" for n in range(5)]
    for title in titles:
        committed(CaseStudyPageFactory, title=title)
    # Every publish still succeeded, and each waits in the outbox.
    assert CaseStudyPage.objects.live().filter(title__in=titles).count() == 5
    assert PendingIndexUpdate.objects.count() >= 5
    assert PendingIndexUpdate.objects.filter(attempts__gte=1).exists()
    # Meanwhile the site answers from the database, with a notice.
    outcome = service.search_cases(params(q="nedbrud"))
    assert outcome.engine == "database"
    assert outcome.notice

    connection.configure(search_node_url)
    drain_outbox()
    assert PendingIndexUpdate.objects.count() == 0
    for title in titles:
        assert found(title), title
    assert indexed_ids() == set(CaseStudyPage.objects.live().values_list("pk", flat=True))


def test_interrupted_batch_is_redone_without_duplicates(indexed_case, committed):
    first = indexed_case(title="Første forløb om sprog")
    # A worker that died before deleting its rows leaves them behind:
    PendingIndexUpdate.objects.create(page_id=first.pk)
    PendingIndexUpdate.objects.create(page_id=first.pk)
    drain_outbox()
    assert PendingIndexUpdate.objects.count() == 0
    assert get_client().count(index=index_alias())["count"] == 1


def test_rebuild_swaps_the_alias_while_search_keeps_answering(indexed_case):
    for n in range(6):
        indexed_case(title=f"Kapacitetsopbygning i PPR, del {n}")
    errors, counts = [], []
    stop = threading.Event()

    def search_loop():
        while not stop.is_set():
            try:
                counts.append(service.search_cases(params(q="kapacitetsopbygning")).count)
            except Exception as error:  # any error fails the test below
                errors.append(error)

    before = set(get_client().indices.get_alias(name=index_alias()))
    searcher = threading.Thread(target=search_loop)
    searcher.start()
    try:
        result = rebuild_index()
    finally:
        stop.set()
        searcher.join()
    after = set(get_client().indices.get_alias(name=index_alias()))
    assert errors == []
    assert counts and all(count == 6 for count in counts)
    assert result.documents == 6
    assert after == {result.index} and not (before & after)


def test_a_failed_rebuild_keeps_the_old_index_and_leaves_no_half_made_one(
    indexed_case, monkeypatch
):
    indexed_case(title="Læringsledelse i dagtilbud")
    client = get_client()
    before = set(client.indices.get_alias(name=index_alias()))
    cases = indexing.document_actions

    def cases_then_a_document_the_node_refuses(name, pages):
        yield from cases(name, pages)
        yield {"_index": name, "_id": "0", "_source": {"date": "ikke en dato"}}

    monkeypatch.setattr(indexing, "document_actions", cases_then_a_document_the_node_refuses)
    with pytest.raises(BulkIndexError):
        rebuild_index()
    assert set(client.indices.get_alias(name=index_alias())) == before
    assert set(client.indices.get(index=f"{index_alias()}-*")) == before
    assert found("Læringsledelse i dagtilbud")


def test_a_rebuild_asking_for_more_copies_than_nodes_finishes_without_waiting(indexed_case, caplog):
    indexed_case(title="Kapacitetsopbygning med én node")
    result = rebuild_index(replicas=1)  # the test node is a single node
    assert result.seconds < indexing.COPIES_TIMEOUT_SECONDS / 10
    assert set(get_client().indices.get_alias(name=index_alias())) == {result.index}
    assert "some copies stay unassigned" in caplog.text
    assert found("Kapacitetsopbygning med én node")


def test_status_command_reports_database_index_and_outbox(indexed_case, capsys):
    indexed_case(title="Status-eksempel")
    call_command("case_index_status")
    output = capsys.readouterr().out
    assert "Synlige praksiseksempler i databasen: 1" in output
    assert "stemmer overens" in output
    assert "Ventende opdateringer i udbakken: 0" in output


def test_rebuild_command_reports_documents(indexed_case, capsys):
    indexed_case(title="Genopbygget eksempel")
    call_command("rebuild_case_index", "--no-progress")
    assert "1 praksiseksempler" in capsys.readouterr().out
    assert found("Genopbygget eksempel")


def test_worker_updates_the_search_node_before_wagtails_own_index(
    settings, search_index, committed
):
    """With the database task backend a publish queues Wagtail's update of its
    database search index (the fallback's) beside the outbox task; the worker
    takes the outbox first, so the case is findable without waiting for it."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    committed(CaseStudyPageFactory, title="Først i køen")
    queued = [result.task_path for result in DBTaskResult.objects.ready()]
    assert "search.outbox.process_search_outbox" in queued
    assert len(queued) > 1  # Wagtail's own tasks wait behind it
    assert queued[0] == "search.outbox.process_search_outbox"
