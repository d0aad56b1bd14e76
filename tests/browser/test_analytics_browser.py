"""The analytics page in a real browser: every chart draws (ECharts, vendored, under the CSP),
and clicking a bar opens the list behind it. Invented market (tests/analytics/conftest.py)."""

import re

import pytest
from django.core.cache import cache

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails on CI) with the reason
    expect = None

from tests.analytics.conftest import build_market
from tests.browser.test_csp_browser import RECORD_VIOLATIONS, violations

pytestmark = pytest.mark.browser
CHARTS = ["per-year", "value", "flow", "designations", "indications", "targets"]
# Painted (non-transparent) pixels of a chart's canvas: axes and bars, not a blank box.
PAINTED = """(id) => {
  const canvas = document.querySelector('#' + id + ' canvas');
  if (!canvas || !canvas.width || !canvas.height) return 0;
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return painted;
}"""
# The centre of one bar on the page, from ECharts' own layout of the drawn chart.
BAR_CENTRE = """([id, series, index]) => {
  const element = document.getElementById(id);
  const chart = window.echarts.getInstanceByDom(element);
  const rect = chart.getModel().getSeriesByIndex(series).getData().getItemLayout(index);
  const box = element.getBoundingClientRect();
  return {x: box.left + rect.x + rect.width / 2, y: box.top + rect.y + rect.height / 2};
}"""


@pytest.fixture
def analytics_server(live_server, transactional_db):
    cache.clear()  # the analytics cache: no figures left from an earlier test's market
    build_market()
    return live_server


def test_every_chart_draws_under_the_policy(analytics_server, page):
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(analytics_server.url + "/analytics/")
    for key in CHARTS:
        chart = page.locator(f"#chart-{key}")
        expect(chart).to_have_class(re.compile("chart-drawn"))
        assert page.evaluate(PAINTED, f"chart-{key}") > 500, key
    assert violations(page) == []


def test_clicking_the_2023_licence_bar_opens_those_deals(analytics_server, page):
    page.goto(analytics_server.url + "/analytics/")
    expect(page.locator("#chart-per-year")).to_have_class(re.compile("chart-drawn"))
    # Series 0 is License; categories are 2022, 2023.
    centre = page.evaluate(BAR_CENTRE, ["chart-per-year", 0, 1])
    page.mouse.click(centre["x"], centre["y"])
    page.wait_for_url(re.compile(r"/deals/\?date_after=2023&date_before=2023&type=license$"))
    expect(page.locator("#deal-results-heading")).to_have_text("3 deals")
    rows = page.locator("#deal-results tbody tr")
    expect(rows).to_have_count(3)
    for name in ("Lotus River Group", "Lotus River Biologics", "Lotus River Suzhou"):
        expect(page.locator("#deal-results tbody", has_text=name)).to_have_count(1)


def test_without_javascript_the_tables_carry_the_figures(analytics_server, nojs_page):
    nojs_page.goto(analytics_server.url + "/analytics/")
    for key in CHARTS:
        expect(nojs_page.locator(f"#table-{key}")).to_be_visible()
    link = nojs_page.locator('#table-per-year a[href$="type=license"]', has_text="3")
    link.click()
    expect(nojs_page.locator("#deal-results-heading")).to_have_text("3 deals")
