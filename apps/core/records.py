"""Export rows as plain dicts from values(), with lists of related values, streamed.

A 10,000-row CSV built from model instances spent most of its time building the instances
and their prefetches; from values() it spends it writing cells. Each list of related values
(a deal's parties, a company's aliases) is read
- on PostgreSQL as an array in the row itself (`ARRAY(SELECT ... WHERE deal_id = deals.id)`),
  by index for each row streamed;
- elsewhere (SQLite) by one query per chunk of rows, the chunk's ids in one parameter.
"""

import itertools
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.fields import ArrayField
from django.db import connection
from django.db.models import CharField, F, Func, OuterRef, QuerySet
from django.db.models.expressions import RawSQL

from . import formats


@dataclass(frozen=True)
class RelatedList:
    """The related values each exported row lists, in `queryset`'s order.

    `to`: the field of the related model holding the exported row's id ("deal_id").
    `fields`: what one item is: one field gives its value; several give a list of their
    values (text: on PostgreSQL they travel as one text array per item).
    """

    queryset: QuerySet
    to: str
    fields: tuple[str, ...]


def id_list(ids: list[int]) -> RawSQL:
    """Ids for `column__in=id_list(ids)`: one parameter however many ids, an array on
    PostgreSQL (`IN (SELECT unnest(%s))`) and JSON on SQLite (`json_each`).

    A thousand-id `IN (%s, %s, ...)` cost Django and the driver a walk over every id, and led
    PostgreSQL to hash-join whole tables (50,000 companies per chunk of a CSV); unnest's small
    estimate leads it to index lookups instead.
    """
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [list(ids)])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(list(ids))])


def rows_with_lists(
    queryset: QuerySet,
    fields: tuple[str, ...],
    lists: dict[str, RelatedList],
    *,
    chunk: int | None = None,
    **expressions,
) -> Iterator[dict]:
    """queryset.values(*fields, **expressions) in the queryset's order, each row also holding
    under each name of `lists` the list of its related values. Streamed from a server-side
    cursor, `chunk` rows at a time."""
    chunk = chunk or formats.EXPORT_CHUNK_ROWS
    queryset = queryset.select_related(None).prefetch_related(None)
    if connection.vendor == "postgresql":
        return _with_arrays(queryset, fields, lists, chunk, expressions)
    return _by_chunk(queryset, fields, lists, chunk, expressions)


def _item(fields: tuple[str, ...]):
    if len(fields) == 1:
        return F(fields[0])
    # One text array per item: psycopg reads the two-dimensional array itself (JSON cost a
    # json.loads per item).
    return Func(
        *(F(name) for name in fields),
        function="ARRAY",
        template="%(function)s[%(expressions)s]",
        output_field=ArrayField(CharField()),
    )


def _with_arrays(queryset, fields, lists, chunk, expressions) -> Iterator[dict]:
    arrays = {
        f"_list_{name}": ArraySubquery(
            spec.queryset.filter(**{spec.to: OuterRef("pk")}).values(item=_item(spec.fields))
        )
        for name, spec in lists.items()
    }
    for row in queryset.values(*fields, **expressions, **arrays).iterator(chunk_size=chunk):
        for name in lists:
            row[name] = row.pop(f"_list_{name}")
        yield row


def _by_chunk(queryset, fields, lists, chunk, expressions) -> Iterator[dict]:
    rows = queryset.values(*fields, **expressions).iterator(chunk_size=chunk)
    while batch := list(itertools.islice(rows, chunk)):
        ids = id_list([row["id"] for row in batch])
        found = {}
        for name, spec in lists.items():
            grouped = defaultdict(list)
            items = spec.queryset.filter(**{f"{spec.to}__in": ids}).values_list(
                spec.to, *spec.fields
            )
            for owner, *values in items:
                grouped[owner].append(values[0] if len(values) == 1 else values)
            found[name] = grouped
        for row in batch:
            for name in lists:
                row[name] = found[name].get(row["id"], [])
            yield row
