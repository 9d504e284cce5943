"""Two requests saving a case with the same new tag at once both succeed.

Wagtail's autosave posts the edit form while the editor's own save does too,
so two requests meet in taggit's "look the tag up, create it if missing". A
fresh clone's browser test once answered 500 there (IntegrityError on
taggit_tag.slug, then "no such savepoint"): the live server's threads shared
one SQLite connection, so the two transactions ran interleaved on it (see
live_server in tests/conftest.py). Here both requests are held after the
lookup until the other has also looked, which is exactly that moment.
"""

import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from taggit.models import Tag, TagBase

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory

pytestmark = [
    # The live server's threads must see the cases: committed data, and the
    # migrated data restored afterwards (as the browser tests do).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.urls("tests.casestudies.tag_race_urls"),
]

TAG = "kollegial sparring"
# Long enough for the second request to reach the barrier when both run at
# once; when requests are taken in turn, the first waits this long and goes on.
MEET_SECONDS = 3


@pytest.fixture
def requests_meet_before_creating_a_tag(monkeypatch):
    """Each request that is about to create a tag waits until another one is too."""
    barrier = threading.Barrier(2, timeout=MEET_SECONDS)
    create = TagBase.save

    def save_when_both_are_here(tag, *args, **kwargs):
        if tag._state.adding:
            try:
                barrier.wait()
            except threading.BrokenBarrierError:
                pass
        return create(tag, *args, **kwargs)

    monkeypatch.setattr(TagBase, "save", save_when_both_are_here)


def post(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_two_saves_with_the_same_new_tag_at_once_both_succeed(
    live_server, requests_meet_before_creating_a_tag
):
    cases = [
        CaseStudyPageFactory(title="Makkerobservation"),
        CaseStudyPageFactory(title="Sparring"),
    ]
    urls = [f"{live_server.url}/gem/{case.pk}/?tag=kollegial+sparring" for case in cases]

    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = list(pool.map(post, urls))

    assert statuses == [200, 200]
    assert list(Tag.objects.filter(name=TAG).values_list("slug", flat=True)) == [
        "kollegial-sparring"
    ]
    for case in CaseStudyPage.objects.filter(pk__in=[case.pk for case in cases]):
        latest = case.get_latest_revision_as_object()
        assert [tag.name for tag in latest.tags.all()] == [TAG]
