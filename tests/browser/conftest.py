"""Fixtures for the browser tests: Debian's Chromium driven by Playwright against
pytest-django's live server, with the real search node behind it.

Every browser test module marks its tests `browser` and transactional (the live server
runs in another thread and must see committed data) with a serialized rollback,
because the flush after a transactional test would otherwise delete what the
migrations created (the 98 kommuner, the page tree, the editorial groups and
workflow) for every later test.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.db import connections
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an asyncio event loop in the test thread, so Django
# sees a running loop and refuses ORM calls from that thread (SynchronousOnlyOperation).
# The tests only use the ORM between browser steps, never concurrently with the
# loop, so the guard has nothing to protect here.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"  # Debian's package; Playwright's own download cannot work here.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
STEP_TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium chromium-driver")
    test_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # From here on the test thread has a (marked) running event loop, so asgiref
        # would hand Django new connection objects, kept per context instead of per
        # thread. Keep the ones the test database was set up with: they carry the
        # snapshot of the migrated data that the serialized rollback restores, and
        # on SQLite the live server shares them (two connections to the shared
        # in-memory database lock each other's tables).
        for alias, connection in test_connections.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def site(live_server, search_index):
    """The live server's base URL, searching a fresh index of its own."""
    return live_server.url


@pytest.fixture
def open_browser(chromium):
    """Open a new browser window (own cookies) with the given viewport."""
    contexts = []

    def open_window(width=1280, height=900, **options):
        context = chromium.new_context(
            viewport={"width": width, "height": height}, locale="da-DK", **options
        )
        context.set_default_timeout(STEP_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_window
    for context in contexts:
        context.close()


@pytest.fixture
def browser_page(open_browser):
    return open_browser()


@pytest.fixture
def screenshot(request):
    """Save a full-page screenshot of a journey's last page under test-artifacts/."""

    def save(page, name=None):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name or request.node.name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save


@pytest.fixture
def wcag_violations():
    """axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now."""
    axe = Axe()

    def run(page):
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        return result.response["violations"]

    return run
