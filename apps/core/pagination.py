"""Pages and counts that cost the same at a thousand rows and at a million.

A list counts its rows only up to COUNT_CAP: past it the count reads "10,000+" and no request
counts a million rows. `?page=N` keeps working past the cap (the page is read with OFFSET
from an index in the list's order; it is empty, and refused, only when the rows run out).
"""

import math

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connection
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 10_000


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
