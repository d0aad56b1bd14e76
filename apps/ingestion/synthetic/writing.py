"""Bulk writing: COPY on PostgreSQL, executemany on SQLite; then parents and id sequences."""

import itertools
import json
from collections.abc import Callable, Iterable

from django.core.management.color import no_style
from django.db import connection

from apps.companies.models import Company

from .catalogue import Catalogue
from .tables import MODELS, TABLES, THROUGH

BATCH_ROWS = 20_000


def catalogue_write(
    catalogue: Catalogue, *, content_types: dict, progress: Callable, announce: Callable
) -> int:
    """Write every table of the catalogue in TABLES order, then the parent links; returns how
    many companies got a parent. content_types: model -> ContentType id, for Provenance rows;
    progress(rows) after each batch; announce(name) before each table."""
    for method, model, fields in TABLES:
        announce(method)
        rows = (
            catalogue.provenance(content_types)
            if method == "provenance"
            else getattr(catalogue, method)()
        )
        table_write(model, fields, rows, progress=progress)
    links = catalogue.parent_links()
    parents_set(links)
    sequences_reset()
    return len(links)


def _defaults(model, fields: list[str]) -> tuple[list[str], tuple]:
    """The model's other columns and their defaults: fields added later still get a value."""
    names, values = [], []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)} LIMIT 0")
        present = {column[0] for column in cursor.description}
    for field in model._meta.concrete_fields:
        if field.name in fields or field.attname in fields or field.column not in present:
            continue
        value = field.get_default()
        if isinstance(value, dict | list):
            value = json.dumps(value)
        names.append(field.name)
        values.append(value)
    return names, tuple(values)


def table_write(model, fields: list[str], rows: Iterable[tuple], *, progress: Callable) -> int:
    """Write the rows into the model's table in bulk; returns how many were written."""
    table = model._meta.db_table
    extra_fields, extra_values = _defaults(model, fields)
    if extra_values:
        rows = (row + extra_values for row in rows)
    columns = [model._meta.get_field(name).column for name in [*fields, *extra_fields]]
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    written = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor  # psycopg 3: COPY ... FROM STDIN, one row at a time
            with raw.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    written += 1
                    if written % BATCH_ROWS == 0:
                        progress(BATCH_ROWS)
        else:
            marks = ", ".join(["%s"] * len(columns))
            sql = f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES ({marks})"
            rows = iter(rows)
            while batch := list(itertools.islice(rows, BATCH_ROWS)):
                cursor.executemany(sql, batch)
                written += len(batch)
                progress(len(batch))
    progress(written % BATCH_ROWS if connection.vendor == "postgresql" else 0)
    return written


def parents_set(links: list[tuple[int, int]]) -> None:
    """Set each (subsidiary, parent) link in one statement (PostgreSQL) or one executemany."""
    table = connection.ops.quote_name(Company._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"UPDATE {table} SET parent_id = link.parent FROM "
                "unnest(%s::bigint[], %s::bigint[]) AS link(child, parent) "
                f"WHERE {table}.id = link.child",
                [[child for child, _ in links], [parent for _, parent in links]],
            )
        else:
            cursor.executemany(
                f"UPDATE {table} SET parent_id = %s WHERE id = %s",
                [(parent, child) for child, parent in links],
            )


def sequences_reset() -> None:
    """Move every id sequence past the rows written with explicit ids."""
    statements = connection.ops.sequence_reset_sql(no_style(), [*MODELS, *THROUGH])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
