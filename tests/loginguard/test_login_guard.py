"""Failed admin logins lock out a username and a client address (django-axes),
with a Danish lockout page, a log of the attempts and an unlock by moderators."""

import logging

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.urls import reverse

from loginguard.addresses import UNKNOWN_ADDRESS
from tests.factories import UserFactory

LOGIN_URL = "/admin/login/"
UNLOCK_URL = "/admin/laaste-logins/"
PASSWORD = "adgangskode"  # what UserFactory sets
LOCKOUT_TEXT = "For mange forkerte adgangskoder"


@pytest.fixture(autouse=True)
def guard_on(settings):
    """The test settings turn django-axes off (client.login has no request)."""
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(db):
    return UserFactory(username="redaktoer", groups=["Redaktører"])


@pytest.fixture
def moderator(db):
    return UserFactory(username="moderator", groups=["Moderatorer"])


def log_in(client, username, password, address="203.0.113.10", **headers):
    return client.post(
        LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def logged_in(response):
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_forty_wrong_passwords_lock_the_account_so_the_right_one_is_refused(
    client, editor, settings
):
    assert settings.AXES_FAILURE_LIMIT < 40  # LOGIN_FAILURE_LIMIT, 10 unless set
    for _ in range(40):
        response = log_in(client, "redaktoer", "forkert")
        assert not logged_in(response)

    response = log_in(client, "redaktoer", PASSWORD)

    assert response.status_code == 429
    assert LOCKOUT_TEXT in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_account_locks_at_the_limit_and_not_before(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        assert log_in(client, "redaktoer", "forkert").status_code == 200
    assert logged_in(log_in(client, "redaktoer", PASSWORD))
    client.logout()

    response = log_in(client, "redaktoer", "forkert")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Login midlertidigt spærret" in page
    assert "i 60 minutter" in page
    # The account stays locked from every address, not only the one that failed.
    assert log_in(client, "redaktoer", PASSWORD, address="198.51.100.7").status_code == 429


@pytest.mark.django_db
def test_one_address_guessing_many_usernames_is_locked_out(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for username in ("admin", "anna", "bo"):
        log_in(client, username, "forkert", address="203.0.113.66")

    assert log_in(client, "redaktoer", PASSWORD, address="203.0.113.66").status_code == 429
    assert logged_in(log_in(client, "redaktoer", PASSWORD, address="198.51.100.7"))


@pytest.mark.django_db
def test_behind_a_proxy_the_forwarded_client_address_is_locked(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    proxy = "10.0.0.2"
    for username in ("admin", "anna", "bo"):
        # Whatever the client puts further left in the header is not trusted.
        log_in(
            client, username, "forkert", address=proxy, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.66"
        )

    locked = log_in(
        client, "redaktoer", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="5.6.7.8, 203.0.113.66"
    )
    assert locked.status_code == 429
    other_client = log_in(
        client, "redaktoer", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert logged_in(other_client)


@pytest.mark.django_db
def test_failures_and_the_lockout_are_logged_and_stored(client, editor, settings, caplog):
    settings.AXES_FAILURE_LIMIT = 3
    with caplog.at_level(logging.WARNING, logger="loginguard"):
        for _ in range(3):
            log_in(client, "redaktoer", "forkert")

    messages = [
        record.getMessage() for record in caplog.records if record.name.startswith("loginguard")
    ]
    assert messages.count("Failed login for 'redaktoer' from 203.0.113.10") == 3
    assert "Login locked for 'redaktoer' from 203.0.113.10 after too many failures" in messages
    attempt = AccessAttempt.objects.get(username="redaktoer")
    assert (attempt.ip_address, attempt.failures_since_start) == ("203.0.113.10", 3)
    assert "forkert" not in attempt.post_data
    assert AccessFailureLog.objects.filter(username="redaktoer", locked_out=True).count() == 1


@pytest.mark.django_db
def test_a_moderator_unlocks_an_account_and_it_can_log_in_again(
    client, editor, moderator, settings, caplog
):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        log_in(client, "redaktoer", "forkert", address="203.0.113.10")
    assert log_in(client, "redaktoer", PASSWORD, address="198.51.100.7").status_code == 429

    client.force_login(moderator)
    listing = client.get(UNLOCK_URL)
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "Låste brugernavne" in page and "redaktoer" in page and "203.0.113.10" in page
    with caplog.at_level(logging.WARNING, logger="loginguard"):
        response = client.post(UNLOCK_URL, {"kind": "username", "value": "redaktoer"}, follow=True)
    assert "Brugernavnet redaktoer er låst op" in response.content.decode()
    assert "Login unlocked for username 'redaktoer' by moderator" in caplog.text
    client.logout()

    assert logged_in(log_in(client, "redaktoer", PASSWORD, address="198.51.100.7"))


@pytest.mark.django_db
def test_a_moderator_unlocks_an_address(client, editor, moderator, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for username in ("admin", "anna", "bo"):
        log_in(client, username, "forkert", address="203.0.113.66")

    client.force_login(moderator)
    client.post(UNLOCK_URL, {"kind": "ip_address", "value": "203.0.113.66"})
    client.logout()

    assert logged_in(log_in(client, "redaktoer", PASSWORD, address="203.0.113.66"))


@pytest.mark.django_db
def test_an_editor_can_neither_see_nor_unlock_locked_logins(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="kollega", groups=["Redaktører"])
    for _ in range(3):
        log_in(client, "kollega", "forkert")

    client.force_login(editor)
    assert client.get(UNLOCK_URL).status_code == 302  # Wagtail's "permission denied"
    client.post(UNLOCK_URL, {"kind": "username", "value": "kollega"})
    assert UNLOCK_URL not in client.get("/admin/").content.decode()  # no menu item
    client.logout()

    assert AccessAttempt.objects.filter(username="kollega").exists()
    assert log_in(client, "kollega", PASSWORD).status_code == 429


@pytest.mark.django_db
def test_moderators_find_the_unlock_page_in_the_menu(client, moderator):
    client.force_login(moderator)

    # The sidebar's menu is JSON in the page, with the item's URL.
    assert UNLOCK_URL in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_a_login_without_a_usable_address_is_stored_under_the_unspecified_address(client, editor):
    # axes stores the address in a GenericIPAddressField; PostgreSQL refused the
    # rate limits' "unknown" there, and the login answered 500.
    assert logged_in(log_in(client, "redaktoer", PASSWORD, address=""))
    assert AccessLog.objects.get().ip_address == UNKNOWN_ADDRESS

    log_in(client, "redaktoer", "forkert", address="ikke en adresse")
    assert AccessAttempt.objects.get().ip_address == UNKNOWN_ADDRESS
