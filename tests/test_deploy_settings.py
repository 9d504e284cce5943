"""Production settings pass Django's deployment checklist."""

import os
import subprocess
import sys
from pathlib import Path

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
