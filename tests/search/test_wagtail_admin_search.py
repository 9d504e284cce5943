"""Wagtail's own search (the admin's page search) on the Elasticsearch node.

Wagtail's Elasticsearch 9 backend creates its index with ngram and edge_ngram
analysis, which the local node has through our plugin, and it must work on a
node without `GET /` (no rest-root module).
"""

import io

import pytest
from django.core.management import call_command

from tests.factories import CaseStudyPageFactory

pytestmark = pytest.mark.elasticsearch


def test_editor_finds_a_case_in_the_admin_page_search(wagtail_backend, admin_client, case_index):
    case = CaseStudyPageFactory(title="Aktionslæring i udskolingen", parent=case_index)
    CaseStudyPageFactory(title="Sprogindsats i dagtilbud", parent=case_index)
    call_command("update_index", backend_name="default", stdout=io.StringIO())

    found = wagtail_backend.search("aktionslæring", case.__class__)
    assert [page.pk for page in found] == [case.pk]
    # Partial words too (the backend's edge n-grams, from our plugin on this
    # node), Danish letters included.
    for prefix in ("aktions", "aktionslæ", "Aktionslæring"):
        matches = wagtail_backend.autocomplete(prefix, case.__class__)
        assert case.pk in [page.pk for page in matches], prefix

    response = admin_client.get("/admin/pages/search/", {"q": "aktionslæring"})
    assert response.status_code == 200
    assert "Aktionslæring i udskolingen" in response.content.decode()
    assert "Sprogindsats i dagtilbud" not in response.content.decode()
