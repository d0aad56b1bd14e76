"""Keyset (cursor) pages: every row once, in the list's order, both ways; bad cursors are 400s."""

import base64
import datetime as dt
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from apps.core import keyset, pagination
from apps.core.pagination import BadPage, list_page
from apps.deals.filters import SORTS
from apps.deals.models import Deal
from apps.deals.selectors import deals_for_listing
from tests.factories import make_company, make_deal

pytestmark = pytest.mark.django_db

DATES = [dt.date(2021, 5, 1), dt.date(2020, 1, 1), None]
VALUES = [Decimal("5000000.00"), Decimal("1000000.00"), None]


@pytest.fixture
def tied_deals():
    """17 deals whose dates, USD values and upfronts tie and are missing in every mix."""
    for number in range(17):
        deal = make_deal(parties=[])
        Deal.objects.filter(pk=deal.pk).update(
            announced_on=DATES[number % 3],
            announced_precision="day" if DATES[number % 3] else "",
            value_usd=VALUES[(number // 3) % 3],
            upfront_amount=VALUES[number % 2],
            upfront_currency="USD" if VALUES[number % 2] else "",
            upfront_disclosed=True if VALUES[number % 2] else None,
        )


def walk(queryset, per_page, direction="after"):
    """Every page from the first by Next (after) links, or from the last by Previous."""
    pages, query = [], QueryDict(mutable=True)
    if direction == "before":  # start from the end: the page before a cursor past the last row
        keys = keyset.order_keys(queryset)
        last = list(keyset.ordered(queryset, keys))[-1]
        query["after"] = keyset.cursor_of(last, keys)
        with pytest.raises(BadPage):  # nothing after the last row
            list_page(queryset, query, per_page=per_page)
        first = list_page(queryset, QueryDict(), per_page=len(keyset.ordered(queryset, keys)))
        assert first.object_list[-1] == last
        query = QueryDict(mutable=True)
        query["before"] = keyset.cursor_of(last, keys)
        pages.append([last.pk])
    while True:
        page = list_page(queryset, query, per_page=per_page)
        pages.append([row.pk for row in page.object_list])
        link = page.next_link if direction == "after" else page.previous_link
        if link is None:
            break
        query = QueryDict(mutable=True)
        for key, value in link.items():
            if value is not None:
                query[key] = str(value)
    if direction == "before":
        pages.reverse()
    return [pk for page in pages for pk in page]


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("per_page", [1, 2, 5])
def test_cursor_pages_list_every_deal_once_in_each_sort_order(
    tied_deals, monkeypatch, sort, per_page
):
    monkeypatch.setattr(pagination, "NUMBERED_PAGES", 1)  # Next from page 1 is a cursor
    deals = deals_for_listing().order_by(*SORTS[sort])
    expected = list(deals.values_list("pk", flat=True))
    assert len(expected) == 17
    assert walk(deals, per_page) == expected
    assert walk(deals, per_page, "before") == expected


def test_numbered_pages_turn_to_cursors_after_the_first_ones(tied_deals, monkeypatch):
    monkeypatch.setattr(pagination, "NUMBERED_PAGES", 2)
    deals = deals_for_listing()
    first = list_page(deals, QueryDict("page=1"), per_page=3)
    assert first.number == 1 and first.next_link["page"] == 2 and first.previous_link is None
    second = list_page(deals, QueryDict("page=2"), per_page=3)
    assert second.next_link["after"] and second.next_link["page"] is None
    third = list_page(deals, QueryDict(f"after={second.next_link['after']}"), per_page=3)
    assert third.number is None
    expected = list(deals.values_list("pk", flat=True))
    assert [row.pk for row in third.object_list] == expected[6:9]
    back = list_page(deals, QueryDict(f"before={third.previous_link['before']}"), per_page=3)
    assert [row.pk for row in back.object_list] == expected[3:6]


def _cursor(values) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


BAD_CURSORS = [
    "abc",  # not base64 of JSON
    "!!!!",
    _cursor({"a": 1}),  # not a list
    _cursor(["2020-01-01"]),  # too few values
    _cursor(["2020-01-01", 5, 7]),  # too many
    _cursor(["2020-13-45", 5]),  # no such date
    _cursor(["2020-01-01", "five"]),  # not an id
    _cursor(["2020-01-01", None]),  # an id is never NULL
    _cursor(["2020-01-01", True]),
    _cursor([["2020"], 5]),
    _cursor(["2020-01-01", 10**30]),  # past any id column
    "x" * 5000,
    base64.urlsafe_b64encode(b"\xff\xfe").decode(),  # not UTF-8
    base64.urlsafe_b64encode(b"[" * 1400).decode(),  # nested past the JSON parser's depth
]


@pytest.mark.parametrize("cursor", BAD_CURSORS)
@pytest.mark.parametrize("name", ["after", "before"])
def test_a_tampered_cursor_is_a_400_with_a_reason_on_the_page_and_in_json(client, cursor, name):
    make_deal()
    page = client.get("/deals/", {name: cursor})
    assert page.status_code == 400
    assert "is not a position in this list" in page.content.decode()
    data = client.get("/deals/", {name: cursor, "format": "json"})
    assert data.status_code == 400
    assert "is not a position in this list" in data.content.decode()


# The company list orders by name: a text key's value goes to the database as written.
BAD_TEXT_CURSORS = [
    _cursor(["Acme\u0000", 1]),  # PostgreSQL text holds no NUL
    _cursor(["\ud800", 1]),  # a lone surrogate is no UTF-8
]


@pytest.mark.parametrize("cursor", BAD_TEXT_CURSORS)
@pytest.mark.parametrize("fmt", ["html", "json"])
def test_a_text_cursor_the_database_cannot_hold_is_a_400(client, cursor, fmt):
    make_company("Acme")
    response = client.get("/companies/", {"after": cursor, "format": fmt})
    assert response.status_code == 400
    assert "is not a position in this list" in response.content.decode()


def test_page_and_cursor_together_are_refused(client):
    make_deal()
    response = client.get("/deals/", {"page": "2", "after": _cursor(["2020-01-01", 1])})
    assert response.status_code == 400
    assert "not both" in response.content.decode()


def test_page_numbers_stop_at_the_counted_rows(client, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 3)
    monkeypatch.setattr("apps.core.exports.PAGE_SIZE", 2)
    for _ in range(9):
        make_deal(parties=[])
    assert client.get("/deals/", {"page": "3"}).status_code == 200  # "Page 3 of 3+"
    response = client.get("/deals/", {"page": "4", "format": "json"})
    assert response.status_code == 400
    assert "follow the Next link" in response.content.decode()


def test_json_next_links_read_every_deal_through_cursors(client, monkeypatch):
    monkeypatch.setattr(pagination, "NUMBERED_PAGES", 1)
    monkeypatch.setattr("apps.core.exports.PAGE_SIZE", 2)
    deals = [make_deal(parties=[make_company()]) for _ in range(5)]
    seen, url, pages = [], "/deals/?format=json", []
    while url:
        data = client.get(url).json()
        pages.append(data["page"])
        seen.extend(row["id"] for row in data["results"])
        url = data["next"]
    assert seen == sorted((deal.pk for deal in deals), reverse=True)  # undated: newest id first
    assert pages == [1, None, None]
    assert "after=" in client.get("/deals/?format=json").json()["next"]


def test_a_deep_cursor_page_costs_what_the_first_costs_and_shows_its_rows(client, monkeypatch):
    monkeypatch.setattr(pagination, "NUMBERED_PAGES", 1)
    monkeypatch.setattr("apps.core.exports.PAGE_SIZE", 2)
    names = [f"Keyset Partner {n}" for n in range(6)]
    for name in names:  # ascending ids: newest first lists the last made first
        make_deal(parties=[make_company(name), make_company()], announced_on=dt.date(2022, 1, 1))
    first = client.get("/deals/")
    cursor = first.context["page"].next_link["after"]
    with CaptureQueriesContext(connection) as first_queries:
        client.get("/deals/")
    with CaptureQueriesContext(connection) as deep_queries:
        deep = client.get("/deals/", {"after": cursor})
    assert len(deep_queries) <= len(first_queries)
    html = deep.content.decode()
    assert names[3] in html and names[2] in html
    assert names[5] not in html and names[1] not in html
    assert 'rel="prev"' in html and 'rel="next"' in html and "First page" in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_a_cursor_page_reads_an_index_range_not_every_row_before_it():
    for number in range(30):
        make_deal(parties=[], announced_on=dt.date(2020, 1, 1) + dt.timedelta(days=number))
    deals = deals_for_listing()
    keys = keyset.order_keys(deals)
    middle = list(keyset.ordered(deals, keys))[15]
    condition = keyset.segments_after(
        keys, keyset.cursor_values(keyset.cursor_of(middle, keys), keys)
    )[0]
    sql, params = keyset.ordered(deals.filter(condition), keys)[:51].query.sql_with_params()
    with connection.cursor() as cursor:
        # 30 rows: the planner would rather sort them; with sorts and scans off, what is left
        # is an index scan in the list's order that starts at the position (an Index Cond).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Cond: (ROW(announced_on, id) < ROW(" in plan, plan
    assert "deals_deal_listing_order" in plan, plan
