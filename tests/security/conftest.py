"""Fixtures for the security tests: the browser ones (headless Chromium, the seeded live
server) and the curator/viewer clients of tests/curation."""

from tests.browser.conftest import browser, page, seeded_live_server  # noqa: F401
from tests.curation.conftest import curator, curator_client, viewer, viewer_client  # noqa: F401
