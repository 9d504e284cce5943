"""The site stays up when search does not, and the index catches up afterwards.

These tests stop and start real search nodes of their own (ports 9250 and
9260-9262), so the node the rest of the suite uses is never disturbed.
"""

import threading
import uuid

import pytest
from elasticsearch import ApiError
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from search import connection, engine, service
from search.connection import get_client, index_alias
from search.documents import ensure_index
from search.indexing import rebuild_index
from search.models import PendingIndexUpdate
from search.outbox import drain_outbox
from tests.factories import CaseStudyPageFactory
from tests.index_cleanup import delete_indices_matching
from tests.reliability import nodes
from tests.search.params_helpers import params

SINGLE_PORT = 9250
CLUSTER_PORT = 9260


@pytest.fixture
def own_alias(settings):
    settings.SEARCH_INDEX_ALIAS = f"test-outage-{uuid.uuid4().hex[:8]}"
    return settings.SEARCH_INDEX_ALIAS


@pytest.fixture
def single_node(settings, own_alias):
    url = nodes.start(SINGLE_PORT)
    settings.ELASTICSEARCH_URL = url
    connection.configure(url)
    yield url
    nodes.start(SINGLE_PORT)
    delete_indices_matching(get_client(), f"{own_alias}-*")
    nodes.stop(SINGLE_PORT)


def index_matches_database():
    client = get_client()
    client.indices.refresh(index=index_alias())
    hits = client.search(index=index_alias(), size=1000, source=False)
    indexed = sorted(int(hit["_id"]) for hit in hits["hits"]["hits"])
    visible = sorted(CaseStudyPage.objects.visible().values_list("pk", flat=True))
    return indexed == visible, indexed, visible


@pytest.mark.django_db
def test_node_stopped_while_serving(client, single_node, committed, case_index):
    ensure_index()
    case = committed(CaseStudyPageFactory, title="Sprogindsats før nedbruddet", kommuner=["Vejle"])
    assert service.search_cases(params(q="sprogindsats")).engine == "elasticsearch"

    nodes.stop(SINGLE_PORT)

    # Every public page answers, search from the database with its notice.
    for path in [
        "/",
        "/praksiseksempler/",
        case.url,
        "/praksiseksempler/kommune/vejle/",
        "/feeds/praksiseksempler.rss",
        "/api/v2/cases/",
        f"/api/cases/{case.pk}/similar/",
        "/api/search/autocomplete/?q=spr",
        "/soeg/lignende/?beskrivelse=sprog",
    ]:
        assert client.get(path).status_code == 200, path
    page = client.get("/soeg/", {"q": "sprogindsats"}).content.decode()
    assert "resultaterne er forenklede" in page
    assert "Sprogindsats før nedbruddet" in page

    # Publishing works, and every update waits in the outbox.
    titles = [f"Udgivet under nedbrud {n}" for n in range(5)]
    for title in titles:
        committed(CaseStudyPageFactory, title=title)
    committed(case.unpublish)
    assert PendingIndexUpdate.objects.values("page_id").distinct().count() == 6

    nodes.start(SINGLE_PORT)
    connection.configure(single_node)
    drain_outbox()

    assert PendingIndexUpdate.objects.count() == 0
    matches, indexed, visible = index_matches_database()
    assert matches, (indexed, visible)
    found = {hit.title for hit in service.search_cases(params(q="nedbrud")).hits}
    assert set(titles) <= found
    assert "Sprogindsats før nedbruddet" not in found


@pytest.fixture
def three_node_cluster(settings, own_alias):
    url = nodes.start(CLUSTER_PORT, nodes=3)
    settings.ELASTICSEARCH_URL = url
    connection.configure(url)
    yield url
    nodes.start_node(CLUSTER_PORT, 3, 2)
    delete_indices_matching(get_client(), f"{own_alias}-*")
    nodes.stop(CLUSTER_PORT, nodes=3)


@pytest.mark.django_db
def test_one_node_of_three_stopped_during_a_search_loop(three_node_cluster, case_index):
    for number in range(12):
        CaseStudyPageFactory(title=f"Kapacitetsopbygning i PPR nummer {number}")
    result = rebuild_index(shards=3, replicas=1)
    assert result.documents == 12
    # The rebuild loads without replicas and moves the alias only once the
    # copies asked for are ready: every shard already survives a lost node.
    client = get_client()
    assert client.cluster.health(index=result.index)["status"] == "green"
    replicas = client.indices.get_settings(index=result.index, name="index.number_of_replicas")
    assert replicas[result.index]["settings"]["index"]["number_of_replicas"] == "1"
    # The copies were made from the loaded shards' files, not by indexing the
    # cases again from the translog.
    recoveries = client.indices.recovery(index=result.index)[result.index]["shards"]
    replayed = [copy["translog"]["total"] for copy in recoveries if copy["type"] == "PEER"]
    assert len(replayed) == 3
    assert replayed == [0, 0, 0]

    errors, counts = [], []
    stop = threading.Event()

    def search_loop():
        while not stop.is_set():
            try:
                outcome = service.search_cases(params(q="kapacitetsopbygning"))
                counts.append((outcome.engine, outcome.count))
            except Exception as error:  # any error fails the test below
                errors.append(error)

    searcher = threading.Thread(target=search_loop)
    searcher.start()
    try:
        while len(counts) < 5:
            pass
        nodes.stop_node(CLUSTER_PORT, 3, 2)
        before = len(counts)
        while len(counts) < before + 20:
            pass
    finally:
        stop.set()
        searcher.join()

    assert errors == []
    # Every search during the loop was answered by the cluster itself, complete.
    assert set(counts) == {("elasticsearch", 12)}
    assert get_client().count(index=index_alias())["count"] == 12
    assert Page.objects.type(CaseStudyPage).count() == 12


def queries_per_node(client):
    """How many shard query phases each node of the cluster has run, by name."""
    stats = client.nodes.stats(metric="indices", index_metric="search")
    return {
        node["name"]: node["indices"]["search"]["query_total"] for node in stats["nodes"].values()
    }


@pytest.mark.django_db
def test_with_a_copy_on_every_node_the_node_asked_answers_from_its_own(
    three_node_cluster, case_index
):
    """The layout docs/search.md recommends: one shard, a copy on each node.
    Searches sent to one node never make the second hop to another node's copy
    (search/queries.py, SHARD_COPY); the client spreads them over the nodes."""
    for number in range(3):
        CaseStudyPageFactory(title=f"Læringsledelse i dagtilbud nummer {number}")
    rebuild_index(shards=1, replicas=2)
    third_node = three_node_cluster.split(",")[2]
    connection.configure(third_node)
    before = queries_per_node(get_client())

    # Different words each time, so no answer comes from the node's cache.
    for words in ("læringsledelse", "dagtilbud", "dagtilbuddet", "nummer", "dagtilbud nummer"):
        outcome = service.search_cases(params(q=words))
        assert (outcome.engine, outcome.count) == ("elasticsearch", 3)
    assert engine.suggestions("lærings")
    case = CaseStudyPage.objects.first()
    assert engine.similar_cases(case.pk) is not None

    after = queries_per_node(get_client())
    asked = {name for name in after if after[name] > before[name]}
    assert asked == {"node-3"}


@pytest.mark.django_db
def test_a_failed_search_inside_a_multi_search_is_retried_like_a_single_search(
    search_index, caplog
):
    """A multi-search answers 200 with a 503 inside when shards are unavailable.

    That is what a search in flight meets while a cluster node goes away (the
    three-node test above). The transport retries a single search's 503 but
    cannot see one inside a multi-search, so the engine must retry it itself.
    An index whose shards may live on no node gives that 503 every time.
    """
    client = get_client()
    unallocatable = f"{search_index}-unallocatable"
    client.indices.create(
        index=unallocatable,
        # Its shards never start, so don't wait for them.
        wait_for_active_shards=0,
        settings={
            "number_of_replicas": 0,
            "index.routing.allocation.include._name": "no-such-node",
        },
    )
    client.indices.update_aliases(
        actions=[
            {"remove": {"index": f"{search_index}-*", "alias": search_index}},
            {"add": {"index": unallocatable, "alias": search_index}},
        ]
    )

    # The transport logs each request it sends at INFO.
    caplog.set_level("INFO", logger="elastic_transport.transport")
    with pytest.raises(ApiError) as failure:
        engine.search(params(q="kapacitetsopbygning"))

    assert failure.value.status_code == 503
    attempts = [r for r in caplog.records if "_msearch" in r.getMessage()]
    assert len(attempts) == 1 + connection.MAX_RETRIES
    # Search as users see it still answers, from the database.
    assert service.search_cases(params(q="kapacitetsopbygning")).engine == "database"
