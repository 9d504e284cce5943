"""Production settings pass Django's deployment checklist."""

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import certifi

ROOT = Path(__file__).resolve().parent.parent


def production_environment():
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE belongs to the test process only.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "praksisbank.settings.production",
        "SECRET_KEY": "a-long-random-production-like-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "praksisbanken.dk",
    }


def run(argv, env):
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def test_check_deploy_is_clean_with_production_settings():
    result = run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        production_environment(),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "praksisbank.settings.production"
    result = run([sys.executable, "manage.py", "check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_gunicorn_loads_its_config_and_the_app():
    """The command the README gives production (and the benchmark runs)."""
    gunicorn = Path(sys.executable).parent / "gunicorn"
    result = run(
        [str(gunicorn), "--check-config", "--config=praksisbank/gunicorn.conf.py"],
        production_environment(),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_workers_keep_start_up_objects_out_of_the_garbage_collector():
    """Each worker freezes what it loaded and collects young objects less often
    (praksisbank/gunicorn.conf.py); run in a process of its own, as a worker is."""
    script = (
        "import gc, runpy\n"
        "config = runpy.run_path('praksisbank/gunicorn.conf.py')\n"
        "before = gc.get_freeze_count()\n"
        "config['post_worker_init'](None)\n"
        "print(before, gc.get_freeze_count(), gc.get_threshold()[0])\n"
    )
    result = run([sys.executable, "-c", script], production_environment())
    assert result.returncode == 0, result.stderr
    before, frozen, threshold = map(int, result.stdout.split())
    assert before == 0 and frozen > 0
    assert threshold == 20_000


SEARCH_CLIENT_SCRIPT = """
import json
import django
django.setup()
from wagtail.search.backends import get_search_backend
from search.connection import get_client
answer = {}
for name, client in [("cases", get_client()), ("wagtail", get_search_backend().es)]:
    node = client.transport.node_pool.all()[0].config
    answer[name] = {
        "authorization": client._headers.get("authorization"),
        "scheme": node.scheme,
        "ca_certs": node.ca_certs,
    }
print(json.dumps(answer))
"""


def search_environment(**variables):
    """Production's environment with only these ELASTICSEARCH_* variables."""
    env = {k: v for k, v in production_environment().items() if not k.startswith("ELASTICSEARCH_")}
    return {**env, **variables}


def test_search_clients_take_credentials_and_ca_from_the_environment():
    """Elastic Cloud or any secured https cluster: both the case index's client
    and Wagtail's backend send the API key and trust the given CA bundle."""
    env = search_environment(
        ELASTICSEARCH_URL="https://search.example.invalid:9243",
        ELASTICSEARCH_API_KEY="aWQ6a2V5",
        ELASTICSEARCH_CA_CERTS=certifi.where(),
    )
    result = run([sys.executable, "-c", SEARCH_CLIENT_SCRIPT], env)
    assert result.returncode == 0, result.stderr
    for name, client in json.loads(result.stdout).items():
        assert client == {
            "authorization": "ApiKey aWQ6a2V5",
            "scheme": "https",
            "ca_certs": certifi.where(),
        }, name

    env = search_environment(
        ELASTICSEARCH_URL="https://search.example.invalid:9243",
        ELASTICSEARCH_USERNAME="praksisbanken",
        ELASTICSEARCH_PASSWORD="hemmelig",
    )
    result = run([sys.executable, "-c", SEARCH_CLIENT_SCRIPT], env)
    assert result.returncode == 0, result.stderr
    basic = "Basic " + base64.b64encode(b"praksisbanken:hemmelig").decode()
    for name, client in json.loads(result.stdout).items():
        assert client["authorization"] == basic, name


def test_search_credentials_must_be_complete_and_of_one_kind():
    for extra in (
        {"ELASTICSEARCH_USERNAME": "praksisbanken"},
        {
            "ELASTICSEARCH_API_KEY": "aWQ6a2V5",
            "ELASTICSEARCH_USERNAME": "a",
            "ELASTICSEARCH_PASSWORD": "b",
        },
    ):
        env = search_environment(ELASTICSEARCH_URL="https://x.invalid", **extra)
        result = run([sys.executable, "manage.py", "check"], env)
        assert result.returncode != 0
        assert "ImproperlyConfigured" in result.stderr and "ELASTICSEARCH_" in result.stderr
