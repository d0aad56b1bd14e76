"""Saved searches in a real browser: a non-staff analyst logs in, saves a filtered list, sees
what is new in My searches, reads the private feed, revokes it (apps/alerts)."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips (or fails on CI) with the reason
    expect = None

from apps.deals.models import Deal
from tests.factories import cite, make_company, make_deal, make_document

pytestmark = pytest.mark.browser
ATOM = "{http://www.w3.org/2005/Atom}"
PASSWORD = "an-analysts-long-passphrase"


def test_an_analyst_saves_a_search_sees_whats_new_reads_its_feed_and_revokes_it(
    live_server, transactional_db, page
):
    get_user_model().objects.create_user("ana", "ana@example.org", PASSWORD)
    make_deal(parties=[make_company("Acme Bio"), make_company("Beta Pharma")])
    make_deal(type=Deal.Type.ACQUISITION)
    base = live_server.url

    page.goto(base + "/deals/?type=license")
    page.get_by_role("link", name="Log in to save this search").click()
    page.get_by_label("Username").fill("ana")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/deals/\?type=license$"))  # back where the analyst was

    page.locator("summary", has_text="Save this search").click()
    page.get_by_label("Name this search").fill("Licences")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(re.compile(r"/searches/$"))
    row = page.locator("tr", has_text="Licences")
    expect(row.locator(".new-count")).to_have_text("0 new")

    later = make_deal(parties=[make_company("Gamma Tx"), make_company("Delta Labs")])
    quote = "Gamma Tx licensed its antibody to Delta Labs."
    cite(later, make_document(quote), quote)
    page.reload()
    expect(row.locator(".new-count")).to_have_text("1 new")

    row.get_by_role("button", name="Get feed URL").click()
    feed_url = page.get_by_label("Feed URL").input_value()
    assert re.fullmatch(re.escape(base) + r"/searches/feed/[\w-]{40,}/", feed_url)
    feed = page.request.get(feed_url)
    assert feed.status == 200
    root = ET.fromstring(feed.body())
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert len(titles) == 2 and any("Gamma Tx" in title for title in titles)
    assert quote in feed.text()
    page.goto(feed_url)  # the browser opens it too
    assert "Gamma Tx" in page.content()

    page.goto(base + "/searches/")
    page.locator("tr", has_text="Licences").get_by_role("button", name="Revoke feed URL").click()
    page.wait_for_url(re.compile(r"/searches/$"))
    assert page.request.get(feed_url).status == 404

    # Opening the search shows its list and starts the count again.
    page.get_by_role("link", name="Licences").click()
    page.wait_for_url(re.compile(r"/deals/\?type=license$"))
    expect(page.locator("#deal-results-heading")).to_have_text("2 deals")
    page.goto(base + "/searches/")
    expect(page.locator("tr", has_text="Licences").locator(".new-count")).to_have_text("0 new")
