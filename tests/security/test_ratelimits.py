"""Rate limits per client address on search, autocomplete and similar cases.

The test settings turn limits off (the suite searches a lot from one address);
these tests turn them on with a clean cache. Periods are an hour rather than a
minute, so a counting window cannot end in the middle of a test.
"""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from security.ratelimits import TOO_MANY_REQUESTS, client_ip
from tests.factories import CaseStudyPageFactory


@pytest.fixture
def limits(settings):
    settings.RATELIMIT_ENABLE = True
    settings.ELASTICSEARCH_URL = ""  # the database answers: these tests are about counting
    cache.clear()
    yield settings.RATELIMITS
    cache.clear()


@pytest.mark.django_db
def test_the_61st_search_in_the_window_gets_a_danish_429(client, limits):
    limits["search_page"] = "60/h"
    for _ in range(60):
        assert client.get("/soeg/", {"q": "trivsel"}).status_code == 200
    response = client.get("/soeg/", {"q": "trivsel"})
    assert response.status_code == 429
    assert response.headers["Content-Type"].startswith("text/html")
    assert TOO_MANY_REQUESTS in response.content.decode()
    assert 'lang="da"' in response.content.decode()
    assert int(response.headers["Retry-After"]) > 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "path", "params"),
    [
        ("search_api", "/api/search/", {"q": "trivsel"}),
        ("autocomplete", "/api/search/autocomplete/", {"q": "tr"}),
    ],
)
def test_json_endpoints_answer_429_in_json(client, limits, name, path, params):
    limits[name] = "3/h"
    for _ in range(3):
        assert client.get(path, params).status_code == 200
    response = client.get(path, params)
    assert response.status_code == 429
    assert response.json() == {"error": TOO_MANY_REQUESTS}


@pytest.mark.django_db
def test_similar_cases_and_plan_search_are_limited(client, limits, case_index):
    case = CaseStudyPageFactory()
    limits["similar_cases"] = "2/h"
    limits["plan_search"] = "2/h"
    statuses = [client.get(f"/api/cases/{case.pk}/similar/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    statuses = [
        client.get("/soeg/lignende/", {"beskrivelse": "sprog"}).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.django_db
def test_limits_are_per_client_address_and_per_endpoint(client, limits):
    limits["search_page"] = "2/h"
    for _ in range(2):
        client.get("/soeg/", REMOTE_ADDR="10.0.0.1")
    assert client.get("/soeg/", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get("/soeg/", REMOTE_ADDR="10.0.0.2").status_code == 200
    # Another endpoint counts on its own.
    assert client.get("/api/search/", REMOTE_ADDR="10.0.0.1").status_code == 200
    # Pages that are not searches are never limited.
    assert client.get("/praksiseksempler/", REMOTE_ADDR="10.0.0.1").status_code == 200


@pytest.mark.django_db
def test_without_proxy_setting_a_forwarded_header_cannot_dodge_the_limit(client, limits):
    limits["search_page"] = "2/h"
    statuses = [
        client.get("/soeg/", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code for n in range(3)
    ]
    assert statuses == [200, 200, 429]


def request_from(remote_addr, forwarded_for=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/soeg/", **extra)


def test_client_ip_behind_a_proxy_is_the_entry_the_proxy_added(settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    settings.RATELIMIT_TRUSTED_PROXIES = 1
    # The proxy appends the address it saw; what the client sent before it is not trusted.
    assert client_ip(request_from("10.0.0.9", "203.0.113.7")) == "203.0.113.7"
    assert client_ip(request_from("10.0.0.9", "1.2.3.4, 203.0.113.7")) == "203.0.113.7"
    settings.RATELIMIT_TRUSTED_PROXIES = 2
    assert client_ip(request_from("10.0.0.9", "203.0.113.7, 10.0.0.8")) == "203.0.113.7"
    # Missing or malformed headers fall back to the connection's address.
    assert client_ip(request_from("10.0.0.9")) == "10.0.0.9"
    assert client_ip(request_from("10.0.0.9", "ikke-en-adresse")) == "10.0.0.9"


def test_client_ip_groups_an_ipv6_client_by_its_64_prefix(settings):
    settings.RATELIMIT_IP_META_KEY = None
    assert client_ip(request_from("2001:db8:1:2:aaaa::1")) == "2001:db8:1:2::"
    assert client_ip(request_from("2001:db8:1:2:bbbb::9")) == "2001:db8:1:2::"


@pytest.mark.django_db
def test_an_unreachable_cache_does_not_take_search_down(client, limits, settings):
    # Nothing listens on port 1: every cache call fails, and search must still answer.
    settings.RATELIMIT_USE_CACHE = "unreachable"
    settings.CACHES = {
        **settings.CACHES,
        "unreachable": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        },
    }
    limits["search_page"] = "1/h"
    assert [client.get("/soeg/").status_code for _ in range(3)] == [200, 200, 200]
