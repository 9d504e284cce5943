"""Anonymous visitors get a cached case page, and never a stale one after a publish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CaseStudyPageFactory


@pytest.mark.django_db
def test_second_visit_is_served_from_the_cache(client, case_index):
    case = CaseStudyPageFactory(title="Sprog i vuggestuen", tags=["sprogindsats"])
    with CaptureQueriesContext(connection) as first_queries:
        first = client.get(case.url)
    with CaptureQueriesContext(connection) as second_queries:
        second = client.get(case.url)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    # Only Wagtail's routing and privacy check remain: no relations are read.
    second_sql = " ".join(query["sql"] for query in second_queries.captured_queries)
    assert "casestudies_kommune" not in second_sql
    assert "taggit_tag" not in second_sql
    assert len(second_queries) < len(first_queries)


@pytest.mark.django_db
def test_publishing_a_change_shows_at_once(client, case_index):
    case = CaseStudyPageFactory(title="Sprog i vuggestuen")
    assert "Sprog i vuggestuen" in client.get(case.url).content.decode()
    case.title = "Sprog og leg i vuggestuen"
    case.save_revision().publish()
    html = client.get(case.url).content.decode()
    assert "Sprog og leg i vuggestuen" in html


@pytest.mark.django_db
def test_unpublished_and_private_pages_are_not_served_from_the_cache(
    client, case_index, make_private
):
    case = CaseStudyPageFactory(title="Trivsel i klubben")
    client.get(case.url)
    make_private(case)
    assert "Et kort resumé" not in client.get(case.url).content.decode()
    case.unpublish()
    assert client.get(case.url).status_code == 404


@pytest.mark.django_db
def test_logged_in_editors_get_a_fresh_page(client, case_index, admin_user):
    case = CaseStudyPageFactory(title="Trivsel i klubben")
    client.get(case.url)
    client.force_login(admin_user)
    html = client.get(case.url).content.decode()
    assert "wagtail-userbar" in html or "userbar" in html
