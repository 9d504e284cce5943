"""Bad input gets Danish field errors, keeps everything typed, saves nothing,
and never becomes an error page; submitted HTML is cut to the rich-text subset."""

import pytest
from django.core import mail
from wagtail.models import Page, WorkflowState

from casestudies.models import CaseStudyPage
from submissions.forms import SECTION_MAX_CHARS
from submissions.models import Submission
from tests.factories import CaseStudyPageFactory
from tests.submissions.conftest import FORM_URL, submission_data

pytestmark = pytest.mark.django_db


def assert_nothing_saved(pages_before):
    assert Page.objects.count() == pages_before
    assert not Submission.objects.exists()
    assert not WorkflowState.objects.exists()
    assert not mail.outbox


def test_empty_form_lists_every_missing_field_at_the_top(client, case_index):
    pages_before = Page.objects.count()
    response = client.post(FORM_URL, {})
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    for field, message in [
        ("title", "Skriv en titel på praksiseksemplet."),
        ("kommune", "Vælg mindst én kommune."),
        ("omraade", "Vælg det område, praksiseksemplet handler om."),
        ("summary", "Skriv et kort resumé på 1-2 sætninger."),
        ("context", "Udfyld afsnittet “Kontekst og formål”."),
        ("practice", "Udfyld afsnittet “Praksis og proces”."),
        ("key_advice", "Udfyld afsnittet “Det vigtigste råd til andre”."),
        ("submitter_name", "Skriv dit navn."),
        ("submitter_email", "Skriv din e-mailadresse, så vi kan sende en kvittering."),
        ("accept_criteria", "Bekræft, at teksten ikke indeholder personoplysninger."),
    ]:
        assert f'<a href="#id_{field}">{message}</a>' in summary, field
        # The field itself shows the message and is marked invalid for screen readers.
        assert f'id="id_{field}_error"' in html
    assert 'aria-invalid="true"' in html
    assert "<title>Fejl: Indsend et praksiseksempel" in html
    assert_nothing_saved(pages_before)


def test_an_error_keeps_everything_typed(client, case_index):
    pages_before = Page.objects.count()
    data = submission_data(
        submitter_email="ikke-en-adresse", policy="Vores <b>børnepolitik</b> & strategi"
    )
    response = client.post(FORM_URL, data)
    html = response.content.decode()
    assert (
        '<a href="#id_submitter_email">Skriv en gyldig e-mailadresse, fx navn@kommune.dk.</a>'
        in html
    )
    form = response.context["form"]
    for name, value in data.items():
        if name == "andre_kommuner":
            assert form[name].value() == value
        elif name == "accept_criteria":
            assert form[name].value() is True
        else:
            assert str(form[name].value() or "") == value, name
    # What was typed is shown again, escaped.
    assert "Vores &lt;b&gt;børnepolitik&lt;/b&gt; &amp; strategi</textarea>" in html
    assert 'value="ikke-en-adresse"' in html
    assert 'name="accept_criteria" required id="id_accept_criteria" checked' in html or (
        'id="id_accept_criteria" checked' in html
    )
    # The chosen other kommune keeps the <details> open and stays checked.
    assert '<details class="form-field" id="andre-kommuner" open>' in html
    assert_nothing_saved(pages_before)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": "x" * 201}, "title", "højst 200 tegn"),
        ({"summary": "x" * 301}, "summary", "højst 300 tegn"),
        (
            {"practice": "x" * (SECTION_MAX_CHARS + 1)},
            "practice",
            f"højst {SECTION_MAX_CHARS} tegn",
        ),
        ({"kommune": "99999"}, "kommune", "Vælg en kommune fra listen."),
        ({"kommune": "Vejle"}, "kommune", "Vælg en kommune fra listen."),
        ({"andre_kommuner": ["x"]}, "andre_kommuner", "Vælg kommuner fra listen."),
        ({"omraade": "rumfart"}, "omraade", "Vælg et område fra listen."),
        ({"period_start": "to tusind"}, "period_start", "Skriv et årstal med fire cifre"),
        ({"period_start": "1200"}, "period_start", "fra 1970 til 2100"),
        (
            {"period_start": "2024", "period_end": "2020"},
            "period_end",
            "Slutåret kan ikke ligge før startåret.",
        ),
        ({"contact_email": "mette@"}, "contact_email", "Skriv en gyldig e-mailadresse"),
        (
            {"context": "<script>alert(1)</script>"},
            "context",
            "Udfyld afsnittet “Kontekst og formål”.",
        ),
        ({"title": "<b></b>"}, "title", "Skriv en titel"),
    ],
)
def test_invalid_values_get_a_field_error(client, case_index, overrides, field, message):
    pages_before = Page.objects.count()
    response = client.post(FORM_URL, submission_data(**overrides))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert_nothing_saved(pages_before)


@pytest.mark.parametrize(
    "data",
    [
        {"kommune": ["1", "2"], "period_start": "9" * 400},
        {"title": "\x00", "summary": "\x00\x00"},
        {"andre_kommuner": [str(n) for n in range(2000)]},
        {"accept_criteria": "nej", "hjemmeside": "x" * 1000},
    ],
)
def test_garbage_is_never_an_error_page(client, case_index, data):
    response = client.post(FORM_URL, submission_data(**data))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Submission.objects.exists()


def test_bytes_that_are_not_utf8_are_never_an_error_page(client, case_index):
    response = client.post(
        FORM_URL,
        "title=%FF%FE&summary=%C3&kommune=%00&accept_criteria=on",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "kommune" in response.context["form"].errors
    assert not Submission.objects.exists()


def test_html_is_cut_to_the_rich_text_subset(client, case_index):
    practice = (
        '<p onclick="steal()">Vi brugte <strong>sprogkufferter</strong> og <em>dialogisk</em> læsning.'
        "<script>alert(1)</script><img src=x onerror=alert(1)></p>"
        '<ul><li>Bøger</li><li><a href="javascript:alert(1)">spil</a></li></ul>'
        '<h2 style="color:red">Om <a href="https://vejle.dk/sprog" title="x">Vejle</a></h2>'
        '<iframe src="https://example.com"></iframe><style>p{}</style>'
    )
    response = client.post(
        FORM_URL,
        submission_data(practice=practice, title="<i>Sprog</i> i dagplejen <script>x</script>"),
    )
    assert response.status_code == 302
    page = Submission.objects.get().page
    assert page.title == "Sprog i dagplejen"
    assert page.practice == (
        "<p>Vi brugte <b>sprogkufferter</b> og <i>dialogisk</i> læsning.</p>"
        "<ul><li>Bøger</li><li><a>spil</a></li></ul>"
        'Om <a href="https://vejle.dk/sprog">Vejle</a>'
    )


def test_plain_text_keeps_its_characters_escaped(client, case_index):
    response = client.post(
        FORM_URL, submission_data(key_advice="Mindre end 5 < 7 & vær tålmodig\nhele vejen")
    )
    assert response.status_code == 302
    assert Submission.objects.get().page.key_advice == (
        "<p>Mindre end 5 &lt; 7 &amp; vær tålmodig<br/>hele vejen</p>"
    )


def test_a_submission_never_changes_an_existing_case(client, case_index):
    existing = CaseStudyPageFactory(
        title="Sprogkufferter i dagplejen", summary="Den udgivne version."
    )
    revisions = existing.revisions.count()
    data = submission_data(
        id=str(existing.pk),
        pk=str(existing.pk),
        page=str(existing.pk),
        slug=existing.slug,
        live="on",
    )
    response = client.post(FORM_URL, data)
    assert response.status_code == 302
    existing.refresh_from_db()
    assert existing.summary == "Den udgivne version."
    assert existing.revisions.count() == revisions
    new = Submission.objects.get().page
    assert new.pk != existing.pk
    assert new.slug == "sprogkufferter-i-dagplejen-2"
    assert not new.live
    assert not CaseStudyPage.objects.filter(pk=new.pk, live=True).exists()


def test_a_failure_while_saving_leaves_nothing_half_saved(client, case_index, monkeypatch):
    from django.db import DatabaseError

    pages_before = Page.objects.count()

    # The page, its revision and the submission are saved before the workflow starts.
    def broken_start(self, page, user):
        raise DatabaseError("the database went away")

    monkeypatch.setattr("wagtail.models.Workflow.start", broken_start)
    response = client.post(FORM_URL, submission_data())
    assert response.status_code == 503
    assert "Vi kunne ikke gemme dit praksiseksempel lige nu" in response.content.decode()
    assert response.context["form"]["title"].value() == "Sprogkufferter i dagplejen"
    assert Page.objects.count() == pages_before
    assert not Submission.objects.exists()
    assert not mail.outbox
