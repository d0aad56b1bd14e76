"""The analyst's path through the browsing pages in a real browser, on the seed data."""

import re

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails on CI) with the reason
    expect = None

from tests.browser.conftest import screenshot_dir

pytestmark = pytest.mark.browser

MAIN_PAGES = {
    "home": "/",
    "deals": "/deals/",
    "deal": None,  # filled from the flow
    "companies": "/companies/",
    "timeline": "/companies/ascentage-pharma-group-international/",
    "drug": "/drugs/olverembatinib/",
    "designations": "/designations/",
    "search": "/search/?q=HQP1351",
}

UNLABELLED_CONTROLS = """() => [...document.querySelectorAll('input, select, textarea')]
  .filter(el => el.type !== 'hidden' && el.labels.length === 0 && !el.getAttribute('aria-label'))
  .map(el => el.name || el.id)"""
HEADING_LEVELS = "() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])"


def _words(text: str) -> str:
    return " ".join(text.split())  # the release writes some spaces as no-break spaces


def _seed_document_url(prefix: str) -> str:
    from apps.sources.models import Document

    return Document.objects.get(file_name__startswith=prefix).get_absolute_url()


def _headings_in_order(levels: list[int]) -> bool:
    """One h1 first, and no level skipped on the way down."""
    return (
        levels[:1] == [1]
        and levels.count(1) == 1
        and all(later <= earlier + 1 for earlier, later in zip(levels, levels[1:], strict=False))
    )


def test_filter_deals_follow_one_to_its_source_then_narrow_a_company_timeline(
    seeded_live_server, page
):
    base = seeded_live_server.url
    page.goto(base + "/deals/")
    assert page.locator("#deal-results-heading").inner_text() == "3 deals"

    page.evaluate("window.samePage = true")  # survives only if htmx swaps the results in place
    page.get_by_label("Company", exact=True).fill("shanghai-jmt-bio-inc")  # a slug works too
    page.get_by_label("Collaboration").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"company=shanghai-jmt-bio-inc.*type=collaboration"))
    expect(page.locator("#deal-results-heading")).to_have_text("1 deal")
    rows = page.locator("table.rows tbody tr")
    expect(rows).to_have_count(1)
    assert page.evaluate("window.samePage === true")
    assert "AstraZeneca Investment (China)" in rows.first.inner_text()

    rows.first.get_by_role("link", name="Collaboration").click()
    page.wait_for_url(re.compile(r"/deals/\d+/$"))
    MAIN_PAGES["deal"] = page.url.removeprefix(base)
    assert "23 November 2023" in page.locator("main").inner_text()
    quote = page.locator(".quotes blockquote").first.inner_text()
    assert quote

    page.locator(".quote-source a").first.click()
    page.wait_for_url(re.compile(r"/documents/\d+/#quote-\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    highlighted = page.locator(f"#{anchor} ~ mark").first
    assert highlighted.is_visible()
    assert _words(highlighted.inner_text()) in _words(quote)
    assert "AstraZeneca" in page.locator(".document-text").inner_text()

    page.goto(base + "/companies/ascentage-pharma-group-international/")  # subsidiaries included
    years = page.locator(".timeline-year h3")
    expect(years).to_have_text(["2023", "2020", "2019", "Date not stated"])

    page.get_by_label("From", exact=True).fill("2020-05")
    page.get_by_label("To", exact=True).fill("2020")
    page.get_by_role("button", name="Filter timeline").click()
    page.wait_for_url(re.compile(r"date_after=2020-05.*date_before=2020"))
    expect(years).to_have_text(["2020"])
    dates = page.locator(".timeline .entry-date")
    expect(dates).to_have_text(["December 2020", "October 2020", "May 2020", "May 2020"])


def test_a_bad_date_in_the_timeline_filter_shows_a_message(seeded_live_server, page):
    page.goto(seeded_live_server.url + "/companies/akeso/")
    page.get_by_label("From").fill("last spring")
    page.get_by_role("button", name="Filter timeline").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Enter a date as YYYY, YYYY-MM or YYYY-MM-DD")


def test_filters_work_without_javascript(seeded_live_server, nojs_page):
    page = nojs_page
    page.goto(seeded_live_server.url + "/deals/")
    # A text box (a select of every company does not scale): the name as a reader types it.
    page.get_by_label("Company", exact=True).fill("Simcere Pharmaceutical Group")
    page.get_by_label("License", exact=True).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"company=Simcere.*type=license"))
    assert page.locator("#deal-results-heading").inner_text() == "1 deal"
    page.get_by_label("Announced from").fill("2022")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"date_after=2022"))
    assert page.locator("#deal-results-heading").inner_text() == "0 deals"


def test_the_deal_filters_are_reachable_with_the_keyboard(seeded_live_server, page):
    page.goto(seeded_live_server.url + "/deals/")
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate("() => document.activeElement.id || document.activeElement.textContent")
        )
        if reached[-1] == "id_company":
            break
    assert reached[0] == "Skip to content"
    assert reached[-1] == "id_company"


@pytest.mark.parametrize("name", [name for name in MAIN_PAGES if name != "deal"] + ["document"])
def test_main_pages_have_labelled_controls_ordered_headings_and_fit_a_phone(
    seeded_live_server, page, phone_page, name
):
    path = MAIN_PAGES.get(name) or _seed_document_url("003_")
    for tab, width in ((page, "desktop"), (phone_page, "phone")):
        response = tab.goto(seeded_live_server.url + path)
        assert response.status == 200
        assert tab.evaluate(UNLABELLED_CONTROLS) == []
        assert _headings_in_order(tab.evaluate(HEADING_LEVELS)), tab.evaluate(HEADING_LEVELS)
        overflow = tab.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways at {width} width"
        tab.screenshot(path=str(screenshot_dir() / f"{name}-{width}.png"), full_page=True)
