"""Bots and floods: a honeypot, a rate limit per client address, CSRF."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from wagtail.models import Page

from submissions.models import Submission
from tests.submissions.conftest import FORM_URL, RECEIPT_URL, submission_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def limits(settings):
    settings.RATELIMIT_ENABLE = True
    cache.clear()
    yield settings.RATELIMITS
    cache.clear()


def test_a_filled_honeypot_gets_a_receipt_page_but_nothing_is_saved(client, case_index, committed):
    pages_before = Page.objects.count()
    response = committed(client.post, FORM_URL, submission_data(hjemmeside="https://spam.example"))
    # The bot sees what a person sees, so it learns nothing about the trap.
    assert response.status_code == 302
    assert response.headers["Location"] == RECEIPT_URL
    html = client.get(RECEIPT_URL).content.decode()
    assert "Tak for dit praksiseksempel" in html
    assert "Sprogkufferter" not in html
    assert Page.objects.count() == pages_before
    assert not Submission.objects.exists()
    assert not mail.outbox


def test_the_honeypot_is_hidden_from_people(client):
    html = client.get(FORM_URL).content.decode()
    trap = html.split('<div class="submission-trap">', 1)[1].split("</div>", 1)[0]
    assert 'name="hjemmeside"' in trap and 'tabindex="-1"' in trap and 'autocomplete="off"' in trap
    css = b"".join(client.get("/static/css/submissions.css").streaming_content).decode()
    assert ".submission-trap { display: none; }" in css


def test_submissions_are_limited_per_client_address(client, case_index, limits):
    limits["submission"] = "3/h"
    statuses = [
        client.post(
            FORM_URL, submission_data(title=f"Forløb {n}"), REMOTE_ADDR="10.0.0.1"
        ).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 302]
    response = client.post(FORM_URL, submission_data(title="Forløb 4"), REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    html = response.content.decode()
    assert "Der er sendt mange praksiseksempler fra din adresse" in html
    # What was typed stays in the form.
    assert 'value="Forløb 4"' in html
    assert Submission.objects.count() == 3
    # Another address still gets through, and reading the form is never limited.
    assert (
        client.post(FORM_URL, submission_data(title="Forløb 5"), REMOTE_ADDR="10.0.0.2").status_code
        == 302
    )
    assert client.get(FORM_URL, REMOTE_ADDR="10.0.0.1").status_code == 200


def test_invalid_posts_count_too(client, case_index, limits):
    limits["submission"] = "2/h"
    assert client.post(FORM_URL, {}).status_code == 200
    assert client.post(FORM_URL, {}).status_code == 200
    assert client.post(FORM_URL, submission_data()).status_code == 429
    assert not Submission.objects.exists()


def test_a_post_without_the_csrf_token_is_refused_in_danish(case_index):
    client = Client(enforce_csrf_checks=True)
    response = client.post(FORM_URL, submission_data())
    assert response.status_code == 403
    assert "Formularen kunne ikke sendes" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_post_with_the_csrf_token_goes_through(case_index):
    client = Client(enforce_csrf_checks=True)
    client.get(FORM_URL)
    token = client.cookies["csrftoken"].value
    response = client.post(FORM_URL, submission_data(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert Submission.objects.count() == 1
