"""The API docs (Swagger UI from our own static files) run under the site's CSP in Chromium,
and "Try it out" reads a list with the logged-in user's session."""

import pytest
from django.contrib.auth import get_user_model

from tests.browser.test_csp_browser import RECORD_VIOLATIONS, violations

pytestmark = pytest.mark.browser
PASSWORD = "an-analysts-long-passphrase"


def test_the_docs_render_offline_under_the_policy_and_try_it_out_reads(
    seeded_live_server, page, settings
):
    from playwright.sync_api import expect

    settings.API_ANONYMOUS_READ = False  # so the read below succeeds by the session alone
    get_user_model().objects.create_user("ana", password=PASSWORD, is_staff=True)
    base = seeded_live_server.url
    outside = []
    page.on(
        "request",
        lambda request: outside.append(request.url) if not request.url.startswith(base) else None,
    )
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "ana")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")

    page.goto(base + "/api/v1/docs/")

    expect(page.locator(".swagger-ui .info .title")).to_contain_text("dealtracker API")
    operation = page.locator("#operations-deals-deals_list")
    expect(operation).to_be_visible()
    operation.locator(".opblock-summary").click()
    page.get_by_role("button", name="Try it out").click()
    page.locator(".execute").click()
    response = page.locator(".live-responses-table tbody .response-col_status")
    expect(response.first).to_contain_text("200")
    body = page.locator(".live-responses-table tbody .response-col_description pre")
    expect(body.first).to_contain_text('"results"')
    assert violations(page) == []
    assert outside == []  # Swagger UI, its CSS and the schema: all from this server
