"""What a deal row holds in CSV and JSON (documented in docs/exports.md)."""

from collections.abc import Iterator
from operator import itemgetter

from django.urls import reverse

from apps.core.dates import partial_date
from apps.core.exports import Column, FilteredFeed, InvalidFilters
from apps.core.money import money
from apps.core.records import RelatedList, rows_with_lists
from apps.core.tables import TableColumn, table
from apps.sources.selectors import quotes_attach

from .filters import DealFilter
from .models import Deal, DealParty
from .selectors import deals_for_listing


def _money(row: dict, term: str):
    return money(row[f"{term}_amount"], row[f"{term}_currency"])


# One definition of a deal row for the CSV, XLSX and JSON exports. Each reads a plain dict that
# deal_records builds from values() (never a model instance: 83% of a 10,000-row CSV was
# building instances and their prefetches).
DEAL_COLUMNS = [
    Column("id", itemgetter("id")),
    Column("url", itemgetter("url")),
    Column("type", itemgetter("type")),
    Column("announced", lambda row: partial_date(row["announced_on"], row["announced_precision"])),
    Column("signed", lambda row: partial_date(row["signed_on"], row["signed_precision"])),
    Column(
        "parties",
        itemgetter("parties"),
        text=lambda row: "; ".join(f"{p['name']} ({p['role']})" for p in row["parties"]),
    ),
    Column("drugs", itemgetter("drugs")),
    Column("indications", itemgetter("indications")),
    Column("territory", itemgetter("territory")),
    Column("exclusive", itemgetter("exclusive")),
    Column("upfront", lambda row: _money(row, "upfront")),
    Column("upfront_disclosed", itemgetter("upfront_disclosed")),
    Column("milestones", lambda row: _money(row, "milestones")),
    Column("milestones_disclosed", itemgetter("milestones_disclosed")),
    Column("royalties_disclosed", itemgetter("royalties_disclosed")),
    Column("total_value", lambda row: _money(row, "total_value")),
    Column("value", lambda row: _money(row, "value")),
    Column("value_basis", itemgetter("value_basis")),
    Column("value_usd", itemgetter("value_usd")),
    Column("usd_rate", itemgetter("usd_rate")),
    Column("usd_rate_on", itemgetter("usd_rate_on")),
    Column("usd_missing", itemgetter("usd_missing")),
    Column("review_state", itemgetter("review_state")),
]
# The deal columns values() reads; parties, drugs, indications and url are added to each.
DEAL_FIELDS = (
    "id",
    "type",
    "announced_on",
    "announced_precision",
    "signed_on",
    "signed_precision",
    "territory",
    "exclusive",
    "upfront_amount",
    "upfront_currency",
    "upfront_disclosed",
    "milestones_amount",
    "milestones_currency",
    "milestones_disclosed",
    "royalties_disclosed",
    "total_value_amount",
    "total_value_currency",
    "value_amount",
    "value_currency",
    "value_basis",
    "value_usd",
    "usd_rate",
    "usd_rate_on",
    "usd_missing",
    "review_state",
)
DEAL_LISTS = {
    "parties": RelatedList(
        DealParty.objects.order_by("id"), "deal_id", ("company__name", "company__slug", "role")
    ),
    "drugs": RelatedList(
        Deal.drugs.through.objects.order_by("drug__name"), "deal_id", ("drug__name",)
    ),
    "indications": RelatedList(
        Deal.indications.through.objects.order_by("indication__name"),
        "deal_id",
        ("indication__name",),
    ),
}


def deal_records(deals, *, chunk: int | None = None) -> Iterator[dict]:
    """The deals (a queryset, in its order) as dicts DEAL_COLUMNS read, streamed.

    Each with its parties ({name, slug, role}, in party order), drugs and indications (names,
    by name). A visible deal names no hidden party or drug (the visible() rule), so those
    reads need no visibility test of their own.
    """
    url = reverse("deals:deal_detail", args=[0])[: -len("0/")] + "{}/"
    rows = rows_with_lists(deals, DEAL_FIELDS, DEAL_LISTS, chunk=chunk)
    for row in rows:
        row["url"] = url.format(row["id"])
        row["parties"] = [
            {"name": name, "slug": slug, "role": role} for name, slug, role in row["parties"]
        ]
        yield row


class DealFeed(FilteredFeed):
    title = "dealtracker: deals"
    description = "Deals matching the filters, newest first."

    def get_object(self, request):
        deals = DealFilter(request.GET, queryset=deals_for_listing(), request=request)
        if not deals.is_valid():
            raise InvalidFilters(deals.errors)
        return deals

    def link(self, deals):
        return self.page_link(reverse("deals:deal_list"), deals.data)

    def items(self, deals):
        return quotes_attach(deals.qs[: self.limit])

    def item_title(self, deal):
        return str(deal)

    def item_headline(self, deal):
        """ "License: A / B · drugumab · Greater China · USD 1.2 billion (total stated)"."""
        value = (
            f"{deal.value.display()} ({deal.get_value_basis_display().lower()})"
            if deal.value
            else ""
        )
        if deal.value and deal.value_usd is not None and deal.value_currency != "USD":
            value += f", ≈ {deal.value_in_usd.display()}"
        drugs = ", ".join(drug.name for drug in deal.drugs.all())
        return " · ".join(part for part in (str(deal), drugs, deal.territory, value) if part)

    def item_date(self, deal):
        return deal.announced


# The deal list's table (and the home, search and drug pages' deal tables): what each column
# shows of the export's columns.
DEAL_TABLE = table(
    DEAL_COLUMNS,
    TableColumn("Announced", "deals/cells/announced.html", ("announced",), nowrap=True),
    TableColumn("Type", "deals/cells/type.html", ("type", "url", "review_state")),
    TableColumn("Parties", "deals/cells/parties.html", ("parties",)),
    TableColumn("Drugs", "deals/cells/drugs.html", ("drugs",)),
    TableColumn(
        "Terms",
        "deals/cells/terms.html",
        (
            "upfront",
            "upfront_disclosed",
            "milestones",
            "milestones_disclosed",
            "royalties_disclosed",
            "total_value",
            "value",
            "value_basis",
            "value_usd",
            "usd_rate_on",
            "usd_missing",
            "territory",
        ),
    ),
    export_only=("id", "signed", "indications", "exclusive", "usd_rate"),
)
