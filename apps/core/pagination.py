"""Pages and counts that cost the same at a thousand rows and at a million.

A list counts its rows only up to COUNT_CAP: past it the count reads "10,000+" and no request
counts a million rows. A list's pages (`list_page`) are numbered for the first rows,
`?page=N` up to the counted ones (OFFSET at most COUNT_CAP rows, what the count reads), and
read past them from cursors: `?after=` / `?before=` (apps.core.keyset) from the Next and
Previous links, so a deep page reads one index range instead of every row before it.
"""

import math
from dataclasses import dataclass
from typing import Any

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connection
from django.db.models import QuerySet
from django.utils.functional import cached_property

from . import keyset

COUNT_CAP = 10_000
# Pages linked by number (`page=N+1`) before Next links turn to cursors: OFFSET stays small.
NUMBERED_PAGES = 20


class CappedCount(int):
    """A row count that may be a lower bound: prints "10,000+" when the cap was reached.

    Still an int, so templates pluralize it and arithmetic works; `capped` says which.
    """

    capped = False

    def __str__(self) -> str:
        return f"{int(self):,}+" if self.capped else str(int(self))

    @classmethod
    def of(cls, value: int, *, capped: bool) -> "CappedCount":
        count = cls(value)
        count.capped = capped
        return count


def capped_count(rows, *, cap: int | None = None) -> CappedCount:
    """How many rows, counting at most cap + 1 of them (`SELECT COUNT(*) FROM (... LIMIT)`).

    `rows` is a QuerySet, anything with `count_upto(limit)`, or a sized sequence.
    """
    cap = COUNT_CAP if cap is None else cap
    if isinstance(rows, QuerySet):
        found = rows.order_by()[: cap + 1].count()
    elif hasattr(rows, "count_upto"):
        found = rows.count_upto(cap + 1)
    else:
        found = len(rows)
    if found > cap:
        return CappedCount.of(cap, capped=True)
    return CappedCount.of(found, capped=False)


def table_rows(models) -> dict:
    """Each model's table size as PostgreSQL last measured it (pg_class.reltuples), in one
    query; {} elsewhere. A table never analyzed is left out (-1 there)."""
    if connection.vendor != "postgresql":
        return {}
    tables = {model._meta.db_table: model for model in models}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' AND relname = ANY(%s)",
            [list(tables)],
        )
        return {tables[name]: int(rows) for name, rows in cursor.fetchall() if rows >= 0}


def estimated_count(
    queryset: QuerySet, *, cap: int | None = None, sizes: dict | None = None
) -> CappedCount:
    """Exact up to the cap; past it PostgreSQL's planner estimate (rounded), elsewhere "cap+".

    For summaries (the home page) where "about 190,000" says enough. `sizes` (table_rows) lets
    a big table skip the count: when its table holds more than twice the cap, the planner's
    estimate comes first, and a list it puts past twice the cap is not counted at all
    (counting the first 10,001 visible deals cost the home page 80 ms at 1/10 size).
    """
    cap = COUNT_CAP if cap is None else cap
    if connection.vendor != "postgresql":
        return capped_count(queryset, cap=cap)
    big_table = (sizes or {}).get(queryset.model, 0) > 2 * cap
    if big_table:
        estimate = _planner_rows(queryset)
        if estimate > 2 * cap:
            return _rounded(estimate)
    count = capped_count(queryset, cap=cap)
    if not count.capped:
        return count
    estimate = _planner_rows(queryset)
    return count if estimate <= cap else _rounded(estimate)


def _rounded(estimate: int) -> CappedCount:
    return CappedCount.of(round(estimate, -(len(str(estimate)) - 2)), capped=True)


def _planner_rows(queryset: QuerySet) -> int:
    sql, params = queryset.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):  # psycopg may hand back the JSON text
        import json

        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


class CappedPage(Page):
    """A page whose paginator may not know the total: it has a next page when it is full."""

    def has_next(self) -> bool:
        if self.paginator.count.capped:
            return len(self.object_list) == self.paginator.per_page
        return super().has_next()


class CappedPaginator(Paginator):
    """A Paginator whose count stops at COUNT_CAP; pages past it are read by OFFSET.

    `num_pages` is the pages the capped count covers (plus one when capped, so "Page 3 of
    201+" reads right); a page past the last row raises EmptyPage.
    """

    def __init__(self, object_list, per_page, *, cap: int | None = None, **kwargs):
        self.cap = COUNT_CAP if cap is None else cap
        super().__init__(object_list, per_page, **kwargs)

    @cached_property
    def count(self) -> CappedCount:
        return capped_count(self.object_list, cap=self.cap)

    @cached_property
    def num_pages(self):
        pages = max(1, math.ceil(int(self.count) / self.per_page))
        if self.count.capped:
            return CappedCount.of(pages + 1, capped=True)
        return pages

    def validate_number(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("That page number is not an integer") from None
        if number < 1:
            raise EmptyPage("That page number is less than 1")
        if number > self.num_pages and not self.count.capped:
            if number == 1 and self.allow_empty_first_page:
                return number
            raise EmptyPage("That page contains no results")
        return number

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if not self.count.capped:
            return super().page(number)
        rows = list(self.object_list[bottom : bottom + self.per_page])
        if not rows and number > 1:
            raise EmptyPage("That page contains no results")
        return CappedPage(rows, number, self)

    def _get_page(self, *args, **kwargs):
        return CappedPage(*args, **kwargs)


class BadPage(ValueError):
    """A page number or cursor that is not one, or points past the end: the reason in words."""


def page_get(items, raw_number, *, per_page: int, counted_only: bool = False) -> Page:
    """The requested page of `items` by number; BadPage says in words what was wrong.

    `counted_only`: a capped list is numbered only up to the rows it counted; a deeper page
    is read from the `next` cursor (list_page), not by OFFSET over every row before it.
    """
    paginator = CappedPaginator(items, per_page)
    try:
        number = int(raw_number or 1)
    except (TypeError, ValueError):
        raise BadPage(f"“{raw_number}” is not a page number.") from None
    try:
        if number < 1:
            raise EmptyPage
        if counted_only and paginator.count.capped and number > paginator.num_pages:
            raise BadPage(
                f"Pages are numbered up to {paginator.num_pages}; past the first "
                f"{int(paginator.count):,} rows follow the Next link (a cursor)."
            )
        return paginator.page(number)
    except EmptyPage:
        raise BadPage(
            f"There is no page {number}: this list has {paginator.num_pages} page(s)."
        ) from None


@dataclass
class ListPage:
    """One page of a list: its rows, the count, and where Previous and Next lead.

    `number` is None on a page read from a cursor. `previous_link` and `next_link` are the
    query parameters of those links ({"page": 3} or {"after": cursor}; None for no link),
    every one of page/after/before named so a link replaces the others.
    """

    object_list: list
    paginator: CappedPaginator
    number: int | None
    previous_link: dict | None = None
    next_link: dict | None = None

    def has_previous(self) -> bool:
        return self.previous_link is not None

    def has_next(self) -> bool:
        return self.next_link is not None


def _link(**parameters: Any) -> dict:
    return {"page": None, "after": None, "before": None, **parameters}


def list_page(queryset, query, *, per_page: int) -> ListPage:
    """The page of `queryset` that the query string (a QueryDict) asks for.

    `page=N` (default 1), `after=<cursor>` or `before=<cursor>`, one at a time. The rows are
    the queryset's, in its order (keyset.order_keys: columns of the row, the id last).
    BadPage for a bad number or cursor, or more than one of them.
    """
    asked = [name for name in ("page", "after", "before") if query.get(name)]
    if len(asked) > 1:
        raise BadPage(f"Ask for one of {' or '.join(asked)}, not both.")
    keys = keyset.order_keys(queryset)
    queryset = keyset.ordered(queryset, keys)
    paginator = CappedPaginator(queryset, per_page)
    if not asked or asked[0] == "page":
        page = page_get(queryset, query.get("page"), per_page=per_page, counted_only=True)
        rows, number = list(page.object_list), page.number
        previous = _link(page=number - 1) if number > 1 else None
        following = None
        if page.has_next():
            following = (
                _link(page=number + 1)
                if number < NUMBERED_PAGES
                else _link(after=keyset.cursor_of(rows[-1], keys))
            )
        paginator = page.paginator
        return ListPage(rows, paginator, number, previous, following)
    backwards = asked[0] == "before"
    try:
        values = keyset.cursor_values(query[asked[0]], keys)
    except keyset.BadCursor as error:
        raise BadPage(str(error)) from None
    read_keys = keyset.reversed_keys(keys) if backwards else keys
    rows = keyset.rows_after(queryset, read_keys, values, per_page + 1)
    more = len(rows) > per_page
    rows = rows[:per_page]
    if backwards:
        rows.reverse()
    if not rows:
        # Nothing on that side of the position: the list ends (or starts) there.
        raise BadPage("There are no rows past this position: go back to the first page.")
    earlier = more if backwards else True
    later = True if backwards else more
    previous = _link(before=keyset.cursor_of(rows[0], keys)) if earlier else None
    following = _link(after=keyset.cursor_of(rows[-1], keys)) if later else None
    return ListPage(rows, paginator, None, previous, following)
