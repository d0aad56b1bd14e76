"""The Content-Security-Policy blocks nothing our pages and the admin use, in a real browser.

Chromium reports each blocked script, style or request as a `securitypolicyviolation` event;
every page below is loaded, and used (htmx filtering, the admin login and forms), with a
listener that records them.
"""

import pytest

from apps.deals.models import Deal
from tests.factories import make_staff

pytestmark = pytest.mark.browser
PASSWORD = "a-curators-long-passphrase"
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def violations(page) -> list[str]:
    return page.evaluate("window.__violations || []")


def test_public_pages_and_htmx_run_under_the_policy(seeded_live_server, page):
    page.add_init_script(RECORD_VIOLATIONS)
    base = seeded_live_server.url
    deal = Deal.objects.order_by("pk").first()
    for path in ["/", "/companies/", "/drugs/", "/designations/", "/search/?q=HQP1351"]:
        page.goto(base + path)
        assert violations(page) == [], path
        assert page.evaluate("typeof window.htmx") == "object", path  # vendored htmx ran
    page.goto(base + deal.get_absolute_url())
    assert violations(page) == []

    page.goto(base + "/deals/")
    # The inline script (allowed by its nonce) opens the filter panel on wide screens.
    assert page.evaluate("document.querySelector('details[data-filter-panel]').open") is True
    page.evaluate("window.samePage = true")  # survives only if htmx swaps the results in place
    page.locator("input[name=type]").first.check()
    page.wait_for_function("() => location.search.includes('type=')")
    assert page.evaluate("window.samePage") is True
    assert violations(page) == []


def test_the_admin_logs_in_and_edits_under_the_policy(seeded_live_server, page):
    from playwright.sync_api import expect

    page.add_init_script(RECORD_VIOLATIONS)
    make_staff("ana", "Curator", password=PASSWORD)
    base = seeded_live_server.url
    page.goto(base + "/admin/")
    page.fill("#id_username", "ana")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.get_by_role("link", name="Review queue").click()
    deal = Deal.objects.order_by("pk").first()
    for path in [
        "/admin/deals/deal/",
        f"/admin/deals/deal/{deal.pk}/change/",
        "/admin/companies/company/",
    ]:
        page.goto(base + path)
        assert page.locator("#content").count() == 1, path
        assert violations(page) == [], path
    page.goto(base + f"/admin/deals/deal/{deal.pk}/change/")
    page.fill("#id_territory", "Greater China and Macau")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert violations(page) == []
    deal.refresh_from_db()
    assert deal.territory == "Greater China and Macau"
