"""Fixtures shared by the whole suite.

The page tree (home, case index, accessibility statement) and the 98 kommuner
come from the migrations, so every test database already has them.
"""

import os
import threading
import uuid

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from casestudies.models import CaseIndexPage, HomePage
from search import connection
from search.documents import ensure_index
from tests.index_cleanup import delete_indices_matching


@pytest.fixture
def case_index(db):
    return CaseIndexPage.objects.get()


@pytest.fixture
def home_page(db):
    return HomePage.objects.get()


@pytest.fixture
def make_private():
    """Put a page behind a password, as an editor does under 'Privacy'."""

    def restrict(page: Page):
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
        )

    return restrict


@pytest.fixture
def search_node_url():
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.fail("ELASTICSEARCH_URL is not set: run the suite with `make test`.")
    return url


@pytest.fixture
def search_index(db, settings, search_node_url):
    """A fresh, empty case index behind its own alias, removed afterwards."""
    settings.ELASTICSEARCH_URL = search_node_url
    settings.SEARCH_INDEX_ALIAS = f"test-cases-{uuid.uuid4().hex[:10]}"
    client = connection.configure(search_node_url)
    ensure_index()
    yield settings.SEARCH_INDEX_ALIAS
    connection.configure(search_node_url)
    delete_indices_matching(client, f"{settings.SEARCH_INDEX_ALIAS}-*")


@pytest.fixture
def wagtail_backend(settings, search_node_url):
    """Wagtail's default backend on the node, with indices of this test's own."""
    prefix = f"test-wagtail-{uuid.uuid4().hex[:8]}-"
    backends = {name: dict(config) for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    backends["default"].update(URLS=[search_node_url.split(",")[0]], INDEX_PREFIX=prefix)
    settings.WAGTAILSEARCH_BACKENDS = backends
    backend = get_search_backend("default")
    yield backend
    delete_indices_matching(backend.es, f"{prefix}*")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run an action as if its transaction committed, so the outbox task runs
    (the test's own transaction never commits)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, answering one request at a time while its
    threads share the test thread's database connection.

    On SQLite the test database lives in memory, so the live server's request
    threads all use the one connection the test thread holds (Django's
    LiveServerThread shares it; a second connection would lock its tables).
    Two requests at once then run their transactions and savepoints
    interleaved on that single connection: Wagtail's autosave and the editor's
    own save of a case with a new tag made the second INSERT of the tag see
    the first one's row (IntegrityError on taggit_tag.slug), and rolling back
    to a savepoint the other request had already released gave "no such
    savepoint" and a TransactionManagementError: a 500 by chance. No real
    server shares one connection between requests, so the live server takes
    them in turn, each with its response read and closed (request_finished
    runs on close) before the next starts.

    After django_db_setup: the live server decides whether to share the
    connection when it starts, from the database it sees then.
    """
    shared = any(
        connection.vendor == "sqlite"
        for connection in live_server.thread.connections_override.values()
    )
    if shared:
        server = live_server.thread.httpd
        application = server.get_app()
        one_at_a_time = threading.Lock()

        def serialized(environ, start_response):
            with one_at_a_time:
                response = application(environ, start_response)
                try:
                    return [b"".join(response)]
                finally:
                    if hasattr(response, "close"):
                        response.close()

        server.set_app(serialized)
    return live_server


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached case pages and rate-limit
    counters never carry over from another test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def hidden_cases(db, make_private):
    """A draft, an unpublished and a privacy-restricted case: what no public
    channel may show."""
    from tests.factories import CaseStudyPageFactory

    draft = CaseStudyPageFactory(title="Kladde", live=False)
    unpublished = CaseStudyPageFactory(title="Afpubliceret")
    unpublished.unpublish()
    private = CaseStudyPageFactory(title="Privat")
    make_private(private)
    return [draft, unpublished, private]
