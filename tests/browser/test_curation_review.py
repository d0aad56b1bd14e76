"""A curator approves an extracted deal from the review queue; the public page shows it."""

import re

import pytest

from apps.deals.models import Deal
from tests.factories import make_staff

pytestmark = pytest.mark.browser

PASSWORD = "a-curators-long-passphrase"


def test_a_curator_approves_a_deal_from_the_queue_and_the_deal_page_shows_it_approved(
    seeded_live_server, page
):
    from playwright.sync_api import expect

    make_staff("ana", "Curator", password=PASSWORD)
    deal = Deal.objects.unreviewed().order_by("pk").first()
    assert deal is not None, "the seeds load extracted deals as unreviewed"
    deal_page = seeded_live_server.url + deal.get_absolute_url()

    page.goto(deal_page)
    expect(page.locator("h1")).to_contain_text("unreviewed")

    page.goto(seeded_live_server.url + "/admin/")
    page.fill("#id_username", "ana")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.get_by_role("link", name="Review queue").click()

    row = page.locator(f'tr[data-key="deals.deal:{deal.pk}"]')
    expect(row).to_contain_text(str(deal.sources.first().quote)[:40])
    row.locator("input[type=checkbox]").check()
    page.get_by_role("button", name="Approve selected").click()
    expect(page.locator(".messagelist")).to_contain_text("Approved: 1")
    expect(page.locator(f'tr[data-key="deals.deal:{deal.pk}"]')).to_have_count(0)

    page.goto(deal_page)
    heading = page.locator("h1")
    expect(heading).to_contain_text("approved")
    expect(heading).not_to_contain_text(re.compile("unreviewed"))
    deal.refresh_from_db()
    assert deal.review_state == "approved" and deal.reviewed_by.username == "ana"
