"""Rows into CSV, XLSX and JSON values: cells written cheaply, rows streamed in chunks.

apps.core.exports chooses the format a request asks for; this module writes it.
"""

import csv
import datetime as dt
import io
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import HttpResponse, StreamingHttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .dates import PartialDate
from .money import Money

# CSV starts with a UTF-8 byte order mark, always: without it Excel reads UTF-8 as the local
# code page and garbles 亞盛醫藥集團. Scripts read it with encoding "utf-8-sig" (docs/exports.md).
CSV_BOM = "\ufeff"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Rows fetched (and prefetched) per query while streaming a CSV, and rows per piece sent.
EXPORT_CHUNK_ROWS = 2000
CSV_PIECE_ROWS = 200
# Spreadsheet programs run cells that start like a formula; a quote keeps them text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    """One field of an export: its name and how to read it from a row."""

    name: str
    value: Callable[[Any], Any]
    # How the CSV writes it when a plain str() would not do (lists of parties, say).
    text: Callable[[Any], str] | None = None


def json_value(value: Any) -> Any:
    """Plain JSON for our value types: partial dates as written in ISO, money as a dict."""
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {key: json_value(item) for key, item in value.items()}
    return value


def csv_text(value: Any, *, formula_guard: bool = True) -> str:
    """One CSV cell: empty for None, lists joined with "; ", never a live formula (a leading
    quote, unless `formula_guard` is off: a spreadsheet cell typed as text needs none)."""
    kind = type(value)
    if kind is str:  # most cells: no isinstance chain (a 10,000-row CSV has 200,000 cells)
        if not value.startswith(_FORMULA_STARTS) or not formula_guard:
            return value
        return "'" + value
    if value is None:
        return ""
    if kind is int or kind is Decimal:
        text = str(value)
    elif kind is bool:
        text = "true" if value else "false"
    elif isinstance(value, PartialDate):
        text = value.isoformat()
    elif isinstance(value, Money):
        text = f"{value.amount} {value.currency}"
    elif isinstance(value, list | tuple):
        text = "; ".join(csv_text(item, formula_guard=formula_guard) for item in value)
    else:
        text = str(value)
    if formula_guard and text.startswith(_FORMULA_STARTS):
        text = "'" + text
    return text


class _Lines:
    """A file for csv.writer that hands each written line back instead of keeping it."""

    def write(self, line: str) -> str:
        return line


def export_rows(rows: Iterable[Any]) -> Iterable[Any]:
    """Rows read in chunks: a queryset is never loaded whole (its prefetches run per chunk)."""
    if isinstance(rows, QuerySet):
        return _chunked_with_prefetches(rows, EXPORT_CHUNK_ROWS)
    return rows


def _chunked_with_prefetches(queryset: QuerySet, chunk: int) -> Iterator[Any]:
    """The queryset from a server-side cursor, its one-level prefetches loaded per chunk.

    Same rows and the same `row.<relation>.all()` as `.iterator(chunk_size=...)`, without its
    cost: Django's prefetch clones a queryset for every row and relation (three per deal, 83%
    of a 10,000-row CSV). Loading each relation `to_attr` (a plain list) and handing that list
    to the relation's cache skips the clones.
    """
    lookups = []
    for lookup in queryset._prefetch_related_lookups:
        lookup = lookup if isinstance(lookup, Prefetch) else Prefetch(lookup)
        if "__" in lookup.prefetch_through or lookup.to_attr:
            return queryset.iterator(chunk_size=chunk)  # nested: Django's own way
        lookups.append(lookup)
    if not lookups:
        return queryset.iterator(chunk_size=chunk)
    return _chunks(queryset, lookups, chunk)


def _chunks(queryset: QuerySet, lookups: list[Prefetch], chunk: int) -> Iterator[Any]:
    names = [lookup.prefetch_through for lookup in lookups]
    as_lists = [
        Prefetch(name, queryset=lookup.queryset, to_attr=f"_export_{name}")
        for name, lookup in zip(names, lookups, strict=True)
    ]
    # A forward foreign key (a company's parent) prefetches one object or None, kept where
    # the field reads it: a filtered Prefetch (visible parents) must not load hidden ones.
    single = {}
    for name in names:
        field = next((f for f in queryset.model._meta.get_fields() if f.name == name), None)
        if field is not None and (field.many_to_one or field.one_to_one) and field.concrete:
            single[name] = field
    rows = queryset.prefetch_related(None).iterator(chunk_size=chunk)
    while batch := list(itertools.islice(rows, chunk)):
        prefetch_related_objects(batch, *as_lists)
        for row in batch:
            cache = row.__dict__.setdefault("_prefetched_objects_cache", {})
            for name in names:
                value = row.__dict__.pop(f"_export_{name}")
                if name in single:  # a foreign key reads its own cache, else it loads the row
                    single[name].set_cached_value(row, value)
                else:
                    cache[name] = value
        yield from batch


def csv_chunks(columns: list[Column], rows: Iterable[Any]) -> Iterator[str]:
    """The CSV text, header first, a few hundred rows per piece (one write per row is slow)."""
    writer = csv.writer(_Lines())
    piece = [CSV_BOM, writer.writerow([column.name for column in columns])]
    cells = [column.text or column.value for column in columns]  # chosen once, not per cell
    write = writer.writerow
    for row in export_rows(rows):
        piece.append(write([csv_text(cell(row)) for cell in cells]))
        if len(piece) >= CSV_PIECE_ROWS:
            yield "".join(piece)
            piece = []
    if piece:
        yield "".join(piece)


def csv_response(
    filename: str, columns: list[Column], rows: Iterable[Any]
) -> StreamingHttpResponse:
    """Every row, streamed: memory stays flat and the first bytes leave at once."""
    response = StreamingHttpResponse(
        csv_chunks(columns, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_value(value: Any) -> Any:
    """One spreadsheet cell: numbers stay numbers, dates dates; the rest as CSV writes it."""
    if value is None or isinstance(value, bool | int | Decimal | dt.date):
        return value
    text = csv_text(value, formula_guard=False)  # the cell is typed as text instead
    return ILLEGAL_CHARACTERS_RE.sub("", text)  # control characters make the file invalid


def xlsx_response(filename: str, columns: list[Column], rows: Iterable[Any]) -> HttpResponse:
    """Every row as an Excel workbook (openpyxl, write-only: rows are not kept as cells).

    Text cells are stored as text, never as formulas, whatever they start with.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=filename[:31])
    sheet.append([column.name for column in columns])
    for row in export_rows(rows):
        cells = []
        for column in columns:
            value = xlsx_value(column.text(row) if column.text else column.value(row))
            cell = WriteOnlyCell(sheet, value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl would read "=..." as a formula
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
