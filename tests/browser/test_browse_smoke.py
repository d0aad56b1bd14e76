import pytest

pytestmark = pytest.mark.browser


def test_the_home_page_opens_in_chromium_on_the_seed_data(seeded_live_server, page):
    page.goto(seeded_live_server.url + "/")
    assert page.locator("h1").first.is_visible()
    assert page.title()
