"""One query string, many formats: the page, its CSV, its JSON and its feed read the same filters.

JSON shape (documented in docs/exports.md):
    {"count": 123, "count_capped": false, "next": url | null, "previous": url | null,
     "page": 1 | null, "pages": 3, "results": [{...one record per row...}]}
`next` and `previous` of a list lead by page number for the first pages, then by cursor
(`after=` / `before=`, apps.core.keyset); `page` is null on a page read from a cursor.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from django.contrib.syndication.views import Feed
from django.core.paginator import Page
from django.db.models import QuerySet
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.feedgenerator import Atom1Feed

from .dates import PartialDate
from .formats import Column, csv_response, json_value, xlsx_response
from .pagination import BadPage, ListPage, list_page, page_get

PAGE_SIZE = 50
EXPORT_FORMATS = ("csv", "json", "xlsx")
# Query keys that choose a page, not rows: exports and feeds of "these rows" drop them.
PAGE_KEYS = ("page", "after", "before")


def record(row: Any, columns: Iterable[Column]) -> dict:
    return {column.name: json_value(column.value(row)) for column in columns}


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


def _page_url(request, link: dict | None) -> str | None:
    """The absolute URL of this request with the page parameters of `link` (None: no link)."""
    if link is None:
        return None
    query = request.GET.copy()
    for key, value in link.items():
        query.pop(key, None)
        if value is not None:
            query[key] = str(value)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _links(page: Page | ListPage) -> tuple[dict | None, dict | None]:
    if isinstance(page, ListPage):
        return page.previous_link, page.next_link
    previous = {"page": page.previous_page_number()} if page.has_previous() else None
    following = {"page": page.next_page_number()} if page.has_next() else None
    return previous, following


def json_response(request, page: Page | ListPage, columns: list[Column]) -> JsonResponse:
    previous, following = _links(page)
    return JsonResponse(
        {
            # At most COUNT_CAP (apps/core/pagination.py); count_capped says the list is longer.
            "count": int(page.paginator.count),
            "count_capped": page.paginator.count.capped,
            "next": _page_url(request, following),
            "previous": _page_url(request, previous),
            "page": page.number,
            "pages": int(page.paginator.num_pages),
            "results": [record(row, columns) for row in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def any_page(items, query, *, per_page: int | None = None) -> Page | ListPage:
    """A queryset's page by number or cursor (list_page); other rows (a timeline) by number."""
    if isinstance(items, QuerySet):
        return list_page(items, query, per_page=per_page or PAGE_SIZE)
    return page_get(items, query.get("page"), per_page=per_page or PAGE_SIZE)


def page_or_error(items, raw_number, *, per_page: int | None = None) -> tuple[Page | None, str]:
    """For HTML pages by number: (the page, "") or, for a bad page number, (None, why) to
    answer 400 with, as the JSON export does: page=999999 is no page, not silently the first."""
    try:
        return page_get(items, raw_number, per_page=per_page or PAGE_SIZE), ""
    except BadPage as error:
        return None, str(error)


def requested_format(request) -> str:
    """ "html" unless `?format=` asks for an export."""
    return request.GET.get("format", "") or "html"


def export_response(
    request,
    *,
    filename: str,
    columns: list[Column],
    rows,
    per_page: int | None = None,
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
        # With records, the page reads bare rows (no prefetches); they are then read as records.
        items = rows.prefetch_related(None) if records else rows
        try:
            page = any_page(items, request.GET, per_page=per_page)
        except BadPage as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        if records:
            ids = [row.pk for row in page.object_list]
            page.object_list = list(records(rows.filter(pk__in=ids))) if ids else []
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
        for key in PAGE_KEYS:
            query.pop(key, None)
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
    per_page: int | None = None,
    records: Callable[[QuerySet], Iterable[dict]] | None = None,
) -> HttpResponse:
    """One FilterSet, every format: the HTML page, `?format=csv` or `?format=json`.

    Bad filters, a page past the end or a bad cursor: the page with the messages (400), or a
    400 listing them for exports. Pages past the first ones are read from cursors (list_page).
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
    try:
        page = list_page(filterset.qs, request.GET, per_page=per_page or PAGE_SIZE)
        page_error = ""
    except BadPage as error:
        page, page_error = None, str(error)
    return render(
        request,
        template,
        {**context, "page": page, "page_error": page_error},
        status=400 if page is None else 200,
    )
