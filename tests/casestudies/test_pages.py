"""The public pages render for anonymous visitors and never show unpublished work."""

import pytest
from django.core.management import call_command

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory


@pytest.fixture
def published_case(case_index):
    return CaseStudyPageFactory(
        title="Aktionslæring i matematik",
        kommuner=["Aarhus", "Odder"],
        omraade="skole",
        tags=["aktionslæring", "faglig ledelse"],
        partners=["VIA University College"],
        period_start=2021,
        period_end=2023,
        scope="8 undervisningsdage over 10 måneder",
        participants=42,
        contact_name="Mette Holm, pædagogisk konsulent",
        policy="<p>Understøtter børne- og ungepolitikken.</p>",
    )


@pytest.mark.django_db
def test_case_page_shows_facts_sections_in_order_and_contact(client, published_case):
    response = client.get(published_case.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="da">' in html
    assert html.count("<h1") == 1
    for fact in [
        "Aarhus Kommune",
        "Odder Kommune",
        "Region Midtjylland",
        "Skole",
        "Lærere",
        "2021-2023",
        "8 undervisningsdage over 10 måneder",
        "42",
        "VIA University College",
        "aktionslæring",
    ]:
        assert fact in html, fact
    positions = [
        html.index(f'id="{anchor}-overskrift"')
        for anchor in ("praksis", "kontekst", "politik", "raad", "kontakt")
    ]
    assert positions == sorted(positions)
    assert 'href="#praksis"' in html  # table of contents
    assert "mailto:kontakt@kommune.dk" in html
    assert "Mette Holm" in html
    # Empty optional sections are left out rather than shown as empty headings.
    assert "De næste skridt" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/praksiseksempler/",
        "/praksiseksempler/?omraade=skole&region=midtjylland&tema=aktionslæring&aar=2023",
        "/praksiseksempler/kommuner/",
        "/praksiseksempler/kommune/aarhus/",
        "/praksiseksempler/temaer/",
        "/tilgaengelighed/",
    ],
)
def test_public_pages_render(client, published_case, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1


@pytest.mark.django_db
def test_listing_and_kommune_and_tema_pages_list_the_case(client, published_case):
    for path in [
        "/",
        "/praksiseksempler/",
        "/praksiseksempler/?omraade=skole&region=midtjylland",
        "/praksiseksempler/kommune/odder/",
        "/praksiseksempler/tema/aktionslæring/",
    ]:
        response = client.get(path)
        assert "Aktionslæring i matematik" in response.content.decode(), path


@pytest.mark.django_db
def test_listing_filters_exclude_other_cases(client, published_case):
    CaseStudyPageFactory(title="Sprog i vuggestuen", omraade="dagtilbud", kommuner=["Aalborg"])
    html = client.get("/praksiseksempler/?omraade=dagtilbud").content.decode()
    assert "Sprog i vuggestuen" in html
    assert "Aktionslæring i matematik" not in html
    html = client.get("/praksiseksempler/?region=nordjylland").content.decode()
    assert "Sprog i vuggestuen" in html
    assert "Aktionslæring i matematik" not in html


@pytest.mark.django_db
def test_listing_filters_by_kommune_and_tema_and_lists_a_case_once(client, published_case):
    CaseStudyPageFactory(title="Sprog i vuggestuen", kommuner=["Aalborg"], tags=["sprog"])
    for query in ("kommune=odder", "tema=aktionslæring", "region=midtjylland&tema=faglig-ledelse"):
        html = client.get(f"/praksiseksempler/?{query}").content.decode()
        # Two of its kommuner and both its temaer match: still one card.
        assert html.count("Aktionslæring i matematik") == 1, query
        assert "Sprog i vuggestuen" not in html, query
    html = client.get("/praksiseksempler/?kommune=aalborg&tema=sprog").content.decode()
    assert "Sprog i vuggestuen" in html
    assert "Aktionslæring i matematik" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["page=999", "page=-1", "page=abc", "aar=abc", "kommune=findes-ikke", "omraade=<script>"],
)
def test_listing_survives_bad_parameters(client, published_case, query):
    response = client.get(f"/praksiseksempler/?{query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.django_db
def test_unknown_kommune_and_tema_are_404(client, case_index):
    assert client.get("/praksiseksempler/kommune/findes-ikke/").status_code == 404
    assert client.get("/praksiseksempler/tema/findes-ikke/").status_code == 404


@pytest.mark.django_db
def test_drafts_unpublished_and_private_cases_are_hidden(client, case_index, make_private):
    draft = CaseStudyPageFactory(title="Kladde om trivsel", live=False)
    unpublished = CaseStudyPageFactory(title="Tilbagetrukket forløb")
    unpublished.unpublish()
    private = CaseStudyPageFactory(title="Fortroligt forløb")
    make_private(private)

    for page in (draft, unpublished, private):
        page = CaseStudyPage.objects.get(pk=page.pk)
        response = client.get(page.url or f"/praksiseksempler/{page.slug}/")
        assert response.status_code in (404, 200)
        if response.status_code == 200:
            # A privacy-restricted page answers with the password form, never its content.
            assert "Et kort resumé" not in response.content.decode()
    for path in ["/", "/praksiseksempler/", "/praksiseksempler/kommune/aarhus/"]:
        html = client.get(path).content.decode()
        for title in ("Kladde om trivsel", "Tilbagetrukket forløb", "Fortroligt forløb"):
            assert title not in html, (path, title)


@pytest.mark.django_db
def test_draft_case_url_is_404_for_anonymous(client, case_index):
    draft = CaseStudyPageFactory(title="Kladde", slug="kladde", live=False)
    assert client.get("/praksiseksempler/kladde/").status_code == 404
    assert draft.pk


@pytest.mark.django_db
def test_load_demo_is_idempotent(case_index):
    call_command("load_demo", "--no-admin")
    count = CaseStudyPage.objects.live().count()
    revisions = sum(page.revisions.count() for page in CaseStudyPage.objects.all())
    call_command("load_demo", "--no-admin")
    assert CaseStudyPage.objects.live().count() == count >= 12
    assert sum(page.revisions.count() for page in CaseStudyPage.objects.all()) == revisions
    kommuner = {k.name for page in CaseStudyPage.objects.all() for k in page.kommuner.all()}
    regions = {k.region.slug for page in CaseStudyPage.objects.all() for k in page.kommuner.all()}
    omraader = set(CaseStudyPage.objects.values_list("omraade", flat=True))
    assert len(kommuner) >= 8
    assert len(regions) == 5
    assert omraader == {"dagtilbud", "skole", "ppr", "fritid", "forvaltning", "tvaergaaende"}
    assert all(page.tags.exists() for page in CaseStudyPage.objects.all())


@pytest.mark.django_db
def test_load_demo_creates_admin_once(case_index, monkeypatch):
    from django.contrib.auth import get_user_model

    monkeypatch.setenv("DEMO_ADMIN_USERNAME", "demoadmin")
    call_command("load_demo")
    call_command("load_demo")
    user = get_user_model().objects.get(username="demoadmin")
    assert user.is_superuser
    assert user.check_password("praksisbanken")
