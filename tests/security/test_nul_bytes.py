"""A NUL character in a query string never reaches the database (on PostgreSQL
it was a DataError, a 500); it is dropped, as the search drops control characters."""

import pytest

from tests.factories import CaseStudyPageFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v2/cases/find/?html_path=a%00b", 404),
        ("/feeds/praksiseksempler.rss?tema=a%00", 200),
        ("/praksiseksempler/?kommune=%00", 200),
        ("/nyhedsbrev/seneste/?since=2024-01-01%00", 200),
        ("/api/v2/cases/?kommune=aarhus%00", 200),
    ],
)
def test_nul_in_the_query_string_is_dropped(client, case_index, path, status):
    assert client.get(path).status_code == status


@pytest.mark.django_db
def test_filter_values_work_without_their_nul(client, case_index):
    CaseStudyPageFactory(title="Sprog i vuggestuen", omraade="dagtilbud")
    html = client.get("/praksiseksempler/?omraade=dag%00tilbud").content.decode()
    assert "Sprog i vuggestuen" in html
