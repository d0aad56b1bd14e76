"""What a designation row holds in CSV and JSON (documented in docs/exports.md)."""

from collections.abc import Iterator
from operator import itemgetter

from django.db.models import F
from django.urls import reverse

from apps.core import formats
from apps.core.dates import partial_date
from apps.core.exports import Column, FilteredFeed, InvalidFilters
from apps.core.tables import TableColumn, table
from apps.sources.selectors import quotes_attach

from .filters import DesignationFilter
from .selectors import designations_for_listing

# One definition of a designation row for the CSV, XLSX and JSON exports; each column reads a
# plain dict from designation_records (values(), never model instances).
DESIGNATION_COLUMNS = [
    Column("id", itemgetter("id")),
    Column("url", itemgetter("url")),
    Column("drug", itemgetter("drug_name")),
    Column("drug_slug", itemgetter("drug_slug")),
    Column("owner", itemgetter("owner")),
    Column("agency", itemgetter("agency")),
    Column("type", itemgetter("type")),
    Column("status", itemgetter("status")),
    Column("indication", itemgetter("indication")),
    Column("date", lambda row: partial_date(row["date"], row["date_precision"])),
    Column("review_state", itemgetter("review_state")),
]
DESIGNATION_FIELDS = (
    "id",
    "agency",
    "type",
    "status",
    "indication",
    "date",
    "date_precision",
    "review_state",
)


def designation_records(designations, *, chunk: int | None = None) -> Iterator[dict]:
    """The designations (a queryset, in its order) as dicts DESIGNATION_COLUMNS read,
    streamed from a server-side cursor with their drug's name and slug and its owner's name
    (None for no owner) joined in the same query."""
    url = reverse("drugs:drug_detail", args=["-"])[: -len("-/")] + "{}/#designation-{}"
    rows = (
        designations.select_related(None)
        .values(
            *DESIGNATION_FIELDS,
            drug_name=F("drug__name"),
            drug_slug=F("drug__slug"),
            owner=F("drug__owner__name"),
        )
        .iterator(chunk_size=chunk or formats.EXPORT_CHUNK_ROWS)
    )
    for row in rows:
        row["url"] = url.format(row["drug_slug"], row["id"])
        yield row


class DesignationFeed(FilteredFeed):
    title = "dealtracker: regulatory designations"
    description = "Designations matching the filters, newest first."

    def get_object(self, request):
        designations = DesignationFilter(
            request.GET, queryset=designations_for_listing(), request=request
        )
        if not designations.is_valid():
            raise InvalidFilters(designations.errors)
        return designations

    def link(self, designations):
        return self.page_link(reverse("regulatory:designation_list"), designations.data)

    def items(self, designations):
        return quotes_attach(designations.qs[: self.limit])

    def item_title(self, item):
        return f"{item.drug.name}: {item.agency} {item.get_type_display()}"

    def item_headline(self, item):
        parts = [self.item_title(item), item.get_status_display(), item.indication]
        return " · ".join(part for part in parts if part)

    def item_date(self, item):
        return item.when


DESIGNATION_TABLE = table(
    DESIGNATION_COLUMNS,
    TableColumn("Date", "regulatory/cells/date.html", ("date",), nowrap=True),
    TableColumn("Agency", "regulatory/cells/agency.html", ("agency",)),
    TableColumn(
        "Designation",
        "regulatory/cells/designation.html",
        ("type", "url", "review_state", "indication"),
    ),
    TableColumn("Drug", "regulatory/cells/drug.html", ("drug", "drug_slug")),
    TableColumn("Owner", "regulatory/cells/owner.html", ("owner",)),
    TableColumn("Status", "regulatory/cells/status.html", ("status",)),
    export_only=("id",),
)
