"""Headless Chromium against the live server: fixtures shared by every browser test.

Chromium comes from the Debian packages (chromium, chromium-driver); Playwright's own
browser download does not work here, so we point it at /usr/bin/chromium.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; Django's ORM would refuse to run
# beside it without this, although every call here is still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("DEALTRACKER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def _services_required() -> bool:
    return os.environ.get("DEALTRACKER_REQUIRE_SERVICES") == "1"


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole run; skipped (or failed on CI) when it is not installed."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver"
        if _services_required():
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed: pip install -e '.[dev]'"
        if _services_required():
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh desktop-sized tab; closed after the test."""
    context = browser.new_context(viewport=DESKTOP)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def phone_page(browser):
    """A fresh tab as wide as a small phone (375 px)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def nojs_page(browser):
    """A desktop tab with JavaScript off: every page must work without it."""
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def seeded_live_server(live_server, transactional_db):
    """The live server with the five seed releases loaded (flushed again after the test)."""
    call_command("load_seeds", verbosity=0)
    return live_server


def screenshot_dir() -> Path:
    """Where screenshots go: outside the repository."""
    path = Path(os.environ.get("DEALTRACKER_SCREENSHOTS", "/tmp/dealtracker-screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    return path
