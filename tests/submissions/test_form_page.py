"""The form is easy to find, states the acceptance criteria and follows the format."""

import pytest

from casestudies.sections import REQUIRED_SECTION_FIELDS, SECTIONS
from tests.submissions.conftest import FORM_URL


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/tilgaengelighed/", "/soeg/?q=rumfartsteknikzebra"])
def test_home_footer_and_no_results_link_to_the_form(client, path, settings):
    settings.ELASTICSEARCH_URL = ""  # the no-results page from the database is enough here
    html = client.get(path).content.decode()
    assert html.count('<a href="/indsend/">Indsend et praksiseksempel</a>') >= (
        2 if path != "/tilgaengelighed/" else 1
    )


@pytest.mark.django_db
def test_no_results_page_offers_the_form_inside_its_advice(client, settings):
    settings.ELASTICSEARCH_URL = ""
    html = client.get("/soeg/", {"q": "rumfartsteknikzebra"}).content.decode()
    empty_state = html.split('class="empty-state"', 1)[1].split("</div>", 1)[0]
    assert 'href="/indsend/"' in empty_state and "Indsend" in empty_state


@pytest.mark.django_db
def test_form_states_the_acceptance_criteria_above_the_form(client):
    html = client.get(FORM_URL).content.decode()
    criteria = html.index("Det skal et praksiseksempel opfylde")
    assert criteria < html.index('<form class="submission-form"')
    for criterion in (
        "Hele afsnit",
        "Klart sprog",
        "Ingen personoplysninger om børn eller borgere",
    ):
        assert criterion in html
    assert '<html lang="da">' in html


@pytest.mark.django_db
def test_form_has_the_eight_sections_in_order_with_their_help_texts(client):
    response = client.get(FORM_URL)
    html = response.content.decode()
    positions = [html.index(f'for="id_{section.field}"') for section in SECTIONS]
    assert positions == sorted(positions)
    for section in SECTIONS:
        assert section.heading in html
        assert (
            f'<p class="field-help" id="id_{section.field}_helptext">{section.help_text}</p>'
            in html
        )
    form = response.context["form"]
    required = {name for name, field in form.fields.items() if field.required}
    assert required == {
        "title",
        "kommune",
        "omraade",
        "summary",
        *REQUIRED_SECTION_FIELDS,
        "submitter_name",
        "submitter_role",
        "submitter_email",
        "accept_criteria",
    }


@pytest.mark.django_db
def test_form_offers_the_98_kommuner_and_every_field_has_a_label(client):
    response = client.get(FORM_URL)
    form = response.context["form"]
    assert form.fields["kommune"].queryset.count() == 98
    html = response.content.decode()
    assert html.count('name="andre_kommuner"') == 98
    for field in form:
        assert f'for="{field.id_for_label}"' in html or field.name == "andre_kommuner", field.name
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'method="post"' in html


@pytest.mark.django_db
def test_form_page_is_never_cached(client):
    response = client.get(FORM_URL)
    assert (
        "no-cache" in response.headers["Cache-Control"]
        or "max-age=0" in response.headers["Cache-Control"]
    )
