"""Finding things as an analyst does, in a real browser: pickers, roll-ups, USD ranking,
the documents list and the filter panel on a phone. Invented companies and releases."""

import datetime as dt
import re
from decimal import Decimal

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails on CI) with the reason
    expect = None

from apps.companies.models import CompanyAlias, Listing
from tests.factories import cite, make_company, make_deal, make_document

pytestmark = pytest.mark.browser


@pytest.fixture
def market(live_server, transactional_db):
    """A listed company with a subsidiary, a CNY deal and a USD deal, and two releases."""
    parent = make_company("Brightmoor Pharma Co., Ltd.", slug="brightmoor")
    CompanyAlias.objects.create(company=parent, name="明湖製藥")
    Listing.objects.create(company=parent, symbol="7781", exchange="HK")
    child = make_company("Brightmoor Biologics (Suzhou)", slug="brightmoor-suzhou", parent=parent)
    cny = make_deal(
        parties=[child, make_company("Ostrava Health")],
        announced_on=dt.date(2024, 3, 5),
        total_value_amount=Decimal(500_000_000),
        total_value_currency="CNY",
    )
    make_deal(
        parties=[make_company("Pellucid Therapeutics"), make_company("Quarry Bio")],
        announced_on=dt.date(2023, 6, 1),
        total_value_amount=Decimal(100_000_000),
        total_value_currency="USD",
    )
    untitled = make_document(
        "Brightmoor Biologics signs a regional licence with Ostrava Health. Terms follow.",
        title="",
        file_name="5d41402abc4b2a76b9719d911017c592.txt",
    )
    cite(cny, untitled, "Brightmoor Biologics signs a regional licence with Ostrava Health.")
    make_document("Another release body.", title="Quarry Bio year in review")
    return live_server


def test_typing_part_of_a_company_name_and_picking_a_suggestion_filters_the_deals(market, page):
    page.goto(market.url + "/deals/")
    expect(page.locator("#deal-results-heading")).to_have_text("2 deals")
    box = page.get_by_label("Company", exact=True)
    box.press_sequentially("brightm", delay=30)
    option = page.locator(".suggestions button.suggestion", has_text="Brightmoor Pharma Co., Ltd.")
    expect(option).to_be_visible()
    option.click()
    expect(box).to_have_value("brightmoor")
    page.wait_for_url(re.compile(r"company=brightmoor"))
    expect(page.locator("#deal-results-heading")).to_have_text("1 deal")
    assert "Ostrava Health" in page.locator("table.rows tbody").inner_text()  # a subsidiary's
    expect(page.locator("#deal-filters-heading")).to_have_text("Filters (1 active)")


def test_a_ticker_in_the_company_box_finds_the_company(market, page):
    page.goto(market.url + "/deals/")
    page.get_by_label("Company", exact=True).fill("7781.HK")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#deal-results-heading")).to_have_text("1 deal")
    expect(page.locator("table.rows tbody tr")).to_have_count(1)


def test_a_partial_name_that_names_no_company_says_which_one_it_might_be(market, page):
    page.goto(market.url + "/deals/?company=Brightmoor")
    expect(page.get_by_role("alert")).to_contain_text(
        "no company matches 'Brightmoor' — did you mean: Brightmoor Pharma Co., Ltd. or "
        "Brightmoor Biologics (Suzhou)?"
    )


def test_a_parent_companys_page_shows_its_subsidiarys_deal(market, page):
    page.goto(market.url + "/companies/brightmoor/")
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("Ostrava Health")
    expect(timeline).to_contain_text("Brightmoor Biologics (Suzhou)")
    page.get_by_role("link", name="this company alone").click()
    page.wait_for_url(re.compile(r"subsidiaries=off"))
    expect(page.locator("main")).to_contain_text("Nothing on this timeline matches the filters.")


def test_sorting_by_value_ranks_cny_and_usd_deals_by_their_usd_value(market, page):
    page.goto(market.url + "/deals/")
    rows = page.locator("table.rows tbody tr")
    expect(rows.first).to_contain_text("Ostrava Health")  # newest first: the CNY deal
    page.get_by_label("Sort by").select_option("value")
    page.wait_for_url(re.compile(r"sort=value"))
    # USD 100 million beats CNY 500 million (about USD 69 million on 5 March 2024).
    expect(rows.first).to_contain_text("Pellucid Therapeutics")
    expect(rows.nth(1)).to_contain_text("≈ USD 69.")
    expect(rows.nth(1)).to_contain_text("CNY 500 million")


def test_the_documents_list_is_linked_from_home_and_labels_untitled_releases(market, page):
    page.goto(market.url + "/")
    page.get_by_role("link", name=re.compile(r"2\s+press releases")).click()
    page.wait_for_url(re.compile(r"/documents/$"))
    expect(page.locator("#document-results-heading")).to_have_text("2 press releases")
    rows = page.locator("table.rows tbody tr")
    expect(rows).to_have_count(2)
    untitled = rows.filter(has_text="Brightmoor Biologics signs a regional licence")
    expect(untitled).to_contain_text("1 deal")
    assert "5d41402abc" not in page.locator("main").inner_text()
    page.get_by_label("Title or text contains").fill("year in review")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#document-results-heading")).to_have_text("1 press release")


def test_on_a_phone_the_filters_collapse_behind_a_button_and_results_come_first(market, phone_page):
    page = phone_page
    page.goto(market.url + "/deals/?type=license&exclusive=false&company=brightmoor")
    toggle = page.locator("summary.filter-toggle")
    expect(toggle).to_have_text("Filters (3 active)")
    panel = page.locator("details.filter-panel")
    assert panel.evaluate("el => el.open") is False
    assert page.locator("form.filters").evaluate("el => el.checkVisibility()") is False
    first_row = page.locator("table.rows tbody tr").first
    viewport_height = page.viewport_size["height"]
    assert first_row.bounding_box()["y"] < viewport_height  # the first result without scrolling
    assert "Hold Ctrl" not in page.content()
    toggle.click()
    expect(page.get_by_label("Company", exact=True)).to_be_visible()
    expect(page.get_by_label("Company", exact=True)).to_have_value("brightmoor")
