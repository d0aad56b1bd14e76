"""One query string, many formats: the page, its CSV, its JSON and its feed read the same filters.

JSON shape (documented in docs/exports.md):
    {"count": 123, "next": url | null, "previous": url | null, "page": 1, "pages": 3,
     "results": [{...one record per row...}]}
"""

import csv
import datetime as dt
import io
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.syndication.views import Feed
from django.core.paginator import EmptyPage, Page
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.feedgenerator import Atom1Feed
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .dates import PartialDate
from .money import Money
from .pagination import CappedPaginator

PAGE_SIZE = 50
EXPORT_FORMATS = ("csv", "json", "xlsx")
# CSV starts with a UTF-8 byte order mark, always: without it Excel reads UTF-8 as the local
# code page and garbles 亞盛醫藥集團. Scripts read it with encoding "utf-8-sig" (docs/exports.md).
CSV_BOM = "\ufeff"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Rows fetched (and prefetched) per query while streaming a CSV, and rows per piece sent.
EXPORT_CHUNK_ROWS = 1000
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


class BadPage(ValueError):
    """A page number that is not a number or points past the end."""


def page_get(items, raw_number, *, per_page: int = PAGE_SIZE) -> Page:
    """The requested page of `items`; BadPage says in words what was wrong."""
    paginator = CappedPaginator(items, per_page)
    try:
        number = int(raw_number or 1)
    except (TypeError, ValueError):
        raise BadPage(f"“{raw_number}” is not a page number.") from None
    try:
        if number < 1:
            raise EmptyPage
        return paginator.page(number)
    except EmptyPage:
        raise BadPage(
            f"There is no page {number}: this list has {paginator.num_pages} page(s)."
        ) from None


def page_or_error(items, raw_number, *, per_page: int = PAGE_SIZE) -> tuple[Page | None, str]:
    """For HTML pages: (the page, "") or, for a bad page number, (None, why) to answer 400
    with, as the JSON export does: page=999999 is no page, not silently the first."""
    try:
        return page_get(items, raw_number, per_page=per_page), ""
    except BadPage as error:
        return None, str(error)


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
    if value is None:
        return ""
    kind = type(value)
    if kind is str:  # most cells: no isinstance chain (a 10,000-row CSV has 200,000 cells)
        text = value
    elif kind is int or kind is Decimal:
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


def record(row: Any, columns: Iterable[Column]) -> dict:
    return {column.name: json_value(column.value(row)) for column in columns}


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
    for row in export_rows(rows):
        piece.append(
            writer.writerow(
                [
                    csv_text(column.text(row) if column.text else column.value(row))
                    for column in columns
                ]
            )
        )
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


def absolute_urls(request, columns: list[Column]) -> list[Column]:
    """The columns with `url` (a page of this site) made absolute: "https://host/deals/12/"."""

    # The site's root once, not build_absolute_uri per row (a third of a 10,000-row CSV).
    root = request.build_absolute_uri("/")[:-1]

    def absolute(column: Column) -> Column:
        def value(row):
            url = column.value(row)
            if url and url.startswith("/") and not url.startswith("//"):
                return root + url
            return request.build_absolute_uri(url) if url else url

        return Column(column.name, value)

    return [absolute(column) if column.name == "url" else column for column in columns]


def _page_url(request, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def json_response(request, page: Page, columns: list[Column]) -> JsonResponse:
    return JsonResponse(
        {
            # At most COUNT_CAP (apps/core/pagination.py); count_capped says the list is longer.
            "count": int(page.paginator.count),
            "count_capped": page.paginator.count.capped,
            "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
            "previous": _page_url(request, page.previous_page_number())
            if page.has_previous()
            else None,
            "page": page.number,
            "pages": int(page.paginator.num_pages),
            "results": [record(row, columns) for row in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def requested_format(request) -> str:
    """ "html" unless `?format=` asks for an export."""
    return request.GET.get("format", "") or "html"


def export_response(
    request,
    *,
    filename: str,
    columns: list[Column],
    rows,
    per_page: int = PAGE_SIZE,
    records: Callable[[QuerySet], Iterable[dict]] | None = None,
) -> HttpResponse | StreamingHttpResponse | None:
    """The CSV or JSON the query string asks for, a 400 for a bad request, None for HTML.

    CSV holds every filtered row (a download); JSON is paged so scripts can follow `next`.
    `records`, when given, turns the queryset (in its order) into the plain rows `columns`
    read, streamed from values() instead of model instances (apps.deals.exports.deal_records).
    """
    wanted = requested_format(request)
    if wanted == "html":
        return None
    columns = absolute_urls(request, columns)
    if wanted == "csv":
        return csv_response(f"{filename}.csv", columns, records(rows) if records else rows)
    if wanted == "xlsx":
        return xlsx_response(filename, columns, records(rows) if records else rows)
    if wanted == "json":
        # With records, the page reads ids only; its rows are then read as records.
        items = rows.values_list("pk", flat=True) if records else rows
        try:
            page = page_get(items, request.GET.get("page"), per_page=per_page)
        except BadPage as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        if records:
            page.object_list = list(records(rows.filter(pk__in=list(page.object_list))))
        return json_response(request, page, columns)
    return HttpResponseBadRequest(
        f"Unknown format “{wanted}”: use csv, json or xlsx.",
        content_type="text/plain; charset=utf-8",
    )


def invalid_filters_response(errors) -> HttpResponseBadRequest:
    """What an export answers to bad filters: the reasons, not a full dump."""
    lines = [f"{field}: {' '.join(messages)}" for field, messages in errors.items()]
    return HttpResponseBadRequest(
        "Invalid filters.\n" + "\n".join(lines), content_type="text/plain; charset=utf-8"
    )


class InvalidFilters(Exception):
    """Raised by a feed's get_object: the feed answers 400 with the reasons."""

    def __init__(self, errors):
        super().__init__(str(errors))
        self.errors = errors


class FilteredFeed(Feed):
    """An Atom feed of a filtered list: the page's URL and query string, newest rows first."""

    feed_type = Atom1Feed
    limit = 50

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except InvalidFilters as error:
            return invalid_filters_response(error.errors)

    @staticmethod
    def page_link(url: str, query) -> str:
        """The HTML page this feed follows, with the same filters (a QueryDict).

        The feed object serves every request, so the query travels with get_object's result.
        """
        query = query.copy()
        query.pop("page", None)
        return f"{url}?{query.urlencode()}" if query else url

    def item_pubdate(self, item):
        when = self.item_date(item)
        if when is None:
            return None
        return dt.datetime.combine(when.date, dt.time(), tzinfo=dt.UTC)

    def item_updateddate(self, item):
        return getattr(item, "updated_at", None)

    def item_date(self, item) -> PartialDate | None:
        return None

    def item_description(self, item) -> str:
        """The Atom summary: the fact's headline and the quote that states it.

        Feeds give `item_headline`; `items` sets `first_quote` on each fact (or entry.fact)
        with apps.sources.selectors.quotes_attach.
        """
        headline = self.item_headline(item)
        fact = getattr(item, "fact", item)
        quote = getattr(fact, "first_quote", "")
        return f"{headline}\n“{quote}”" if quote else headline

    def item_headline(self, item) -> str:
        return self.item_title(item)


def list_response(
    request,
    *,
    filterset,
    template: str,
    filename: str,
    columns: list[Column],
    context: dict | None = None,
    per_page: int = PAGE_SIZE,
    records: Callable[[QuerySet], Iterable[dict]] | None = None,
) -> HttpResponse:
    """One FilterSet, every format: the HTML page, `?format=csv` or `?format=json`.

    Bad filters or a page past the end: the page with the messages (400), or a 400 listing them
    for exports.
    """
    context = {"filter": filterset, **(context or {})}
    if not filterset.is_valid():
        if requested_format(request) != "html":
            return invalid_filters_response(filterset.errors)
        return render(request, template, {**context, "page": None}, status=400)
    export = export_response(
        request,
        filename=filename,
        columns=columns,
        rows=filterset.qs,
        per_page=per_page,
        records=records,
    )
    if export is not None:
        return export
    page, page_error = page_or_error(filterset.qs, request.GET.get("page"), per_page=per_page)
    return render(
        request,
        template,
        {**context, "page": page, "page_error": page_error},
        status=400 if page is None else 200,
    )
