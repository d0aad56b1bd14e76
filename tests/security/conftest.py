"""The browser fixtures (headless Chromium, the seeded live server) for the CSP page tests."""

from tests.browser.conftest import browser, page, seeded_live_server  # noqa: F401
