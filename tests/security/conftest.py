"""Fixtures for the security tests: the curator/viewer clients of tests/curation.

The CSP browser test lives in tests/browser, beside the one session-wide Chromium (a second
sync Playwright in the same process fails).
"""

from tests.curation.conftest import curator, curator_client, viewer, viewer_client  # noqa: F401
