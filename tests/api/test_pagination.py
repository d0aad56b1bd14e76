"""Cursor pages: every row once, newest stored first, while rows are added between pages."""

from tests.api.conftest import results
from tests.factories import make_company, make_deal


def _walk(client, url):
    seen, pages = [], 0
    while url:
        body = client.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url, pages = body["next"], pages + 1
    return seen, pages


def test_following_next_lists_every_row_once_by_id_newest_first(client, db):
    parties = [make_company(), make_company()]
    deals = [make_deal(parties=parties) for _ in range(7)]

    seen, pages = _walk(client, "/api/v1/deals/?page_size=3")

    assert seen == sorted((deal.pk for deal in deals), reverse=True)
    assert pages == 3


def test_a_row_added_while_paging_neither_repeats_nor_skips_a_row(client, db):
    parties = [make_company(), make_company()]
    old = [make_deal(parties=parties) for _ in range(5)]
    first = client.get("/api/v1/deals/?page_size=2").json()
    make_deal(parties=parties)  # lands before the cursor: not on the later pages

    rest, _pages = _walk(client, first["next"])

    assert [row["id"] for row in first["results"]] + rest == [d.pk for d in reversed(old)]


def test_previous_goes_back_to_the_same_rows(client, db):
    parties = [make_company(), make_company()]
    for _ in range(4):
        make_deal(parties=parties)
    first = client.get("/api/v1/deals/?page_size=2").json()
    second = client.get(first["next"]).json()

    back = client.get(second["previous"]).json()

    assert [row["id"] for row in back["results"]] == [row["id"] for row in first["results"]]
    assert first["previous"] is None


def test_page_size_defaults_to_the_setting_and_stops_at_the_maximum(client, db, settings):
    settings.API_PAGE_SIZE = 2
    settings.API_MAX_PAGE_SIZE = 3
    parties = [make_company(), make_company()]
    for _ in range(4):
        make_deal(parties=parties)

    assert len(results(client.get("/api/v1/deals/"))) == 2
    assert len(results(client.get("/api/v1/deals/?page_size=3"))) == 3
    too_many = client.get("/api/v1/deals/?page_size=4")
    assert too_many.status_code == 400
    assert "1 to 3" in too_many.json()["page_size"][0]
