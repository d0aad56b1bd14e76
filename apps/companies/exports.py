"""What a company row holds in CSV, JSON and XLSX (documented in docs/exports.md)."""

from collections.abc import Iterator
from operator import itemgetter

from django.db.models import OuterRef, Subquery
from django.urls import reverse

from apps.core.exports import Column
from apps.core.records import RelatedList, rows_with_lists
from apps.core.tables import TableColumn, table

from .models import Company, CompanyAlias, Listing

# One definition of a company row for the exports; each column reads a plain dict from
# company_records (values(), never model instances).
COMPANY_COLUMNS = [
    Column("id", itemgetter("id")),
    Column("url", itemgetter("url")),
    Column("name", itemgetter("name")),
    Column("slug", itemgetter("slug")),
    Column("aliases", itemgetter("aliases")),
    Column("tickers", itemgetter("tickers")),
    Column("parent", itemgetter("parent_slug")),
    Column("country", itemgetter("country")),
    Column("deal_count", itemgetter("deal_count")),
    Column("review_state", itemgetter("review_state")),
]
COMPANY_FIELDS = ("id", "name", "slug", "country", "deal_count", "review_state")
COMPANY_LISTS = {
    "aliases": RelatedList(CompanyAlias.objects.order_by("name"), "company_id", ("name",)),
    "tickers": RelatedList(
        Listing.objects.order_by("exchange", "symbol"), "company_id", ("symbol", "exchange")
    ),
}


def company_records(companies, *, chunk: int | None = None) -> Iterator[dict]:
    """The companies (a queryset of companies_for_listing, in its order) as dicts
    COMPANY_COLUMNS read, streamed: aliases by name, tickers as SYMBOL.EXCHANGE, the parent's
    slug only when the parent is shown (a hidden parent reads as none, as on the page)."""
    url = reverse("companies:company_detail", args=["-"])[: -len("-/")] + "{}/"
    parent = Company.objects.visible().filter(pk=OuterRef("parent_id")).values("slug")[:1]
    rows = rows_with_lists(
        companies, COMPANY_FIELDS, COMPANY_LISTS, chunk=chunk, parent_slug=Subquery(parent)
    )
    for row in rows:
        row["url"] = url.format(row["slug"])
        row["tickers"] = [f"{symbol}.{exchange}" for symbol, exchange in row["tickers"]]
        yield row


COMPANY_TABLE = table(
    COMPANY_COLUMNS,
    TableColumn("Name", "companies/cells/name.html", ("name", "url", "slug", "review_state")),
    TableColumn("Also known as", "companies/cells/aliases.html", ("aliases",)),
    TableColumn("Tickers", "companies/cells/tickers.html", ("tickers",)),
    TableColumn("Parent", "companies/cells/parent.html", ("parent",)),
    TableColumn("Deals", "companies/cells/deals.html", ("deal_count",)),
    export_only=("id", "country"),
)
