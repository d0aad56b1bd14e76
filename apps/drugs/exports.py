"""What a drug row holds in CSV, JSON and XLSX (documented in docs/exports.md)."""

from collections.abc import Iterator
from operator import itemgetter

from django.db.models import F
from django.urls import reverse

from apps.core.exports import Column
from apps.core.names import fold
from apps.core.records import RelatedList, rows_with_lists
from apps.core.tables import TableColumn, table

from .models import Drug, DrugAlias

# One definition of a drug row for the exports; each column reads a plain dict from
# drug_records (values(), never model instances).
DRUG_COLUMNS = [
    Column("id", itemgetter("id")),
    Column("url", itemgetter("url")),
    Column("name", itemgetter("name")),
    Column("slug", itemgetter("slug")),
    Column("code_names", itemgetter("code_names")),
    Column("owner", itemgetter("owner_slug")),
    Column("modality", itemgetter("modality")),
    Column("targets", itemgetter("targets")),
    Column("indications", itemgetter("indications")),
    Column("review_state", itemgetter("review_state")),
]
DRUG_FIELDS = ("id", "name", "slug", "modality", "review_state")
DRUG_LISTS = {
    "aliases": RelatedList(DrugAlias.objects.order_by("name"), "drug_id", ("name",)),
    "targets": RelatedList(
        Drug.targets.through.objects.order_by("target__name"), "drug_id", ("target__name",)
    ),
    "indications": RelatedList(
        Drug.indications.through.objects.order_by("indication__name"),
        "drug_id",
        ("indication__name",),
    ),
}


def drug_records(drugs, *, chunk: int | None = None) -> Iterator[dict]:
    """The drugs (a queryset, in its order) as dicts DRUG_COLUMNS read, streamed: code names
    (aliases other than the name, as Drug.code_names), the owner's slug (a shown drug has a
    shown owner, the visible() rule), targets and indications by name."""
    url = reverse("drugs:drug_detail", args=["-"])[: -len("-/")] + "{}/"
    rows = rows_with_lists(drugs, DRUG_FIELDS, DRUG_LISTS, chunk=chunk, owner_slug=F("owner__slug"))
    for row in rows:
        row["url"] = url.format(row["slug"])
        own = fold(row["name"])
        row["code_names"] = [alias for alias in row.pop("aliases") if fold(alias) != own]
        yield row


DRUG_TABLE = table(
    DRUG_COLUMNS,
    TableColumn("Name", "drugs/cells/name.html", ("name", "url", "slug", "review_state")),
    TableColumn("Code names", "drugs/cells/code_names.html", ("code_names",)),
    TableColumn("Owner", "drugs/cells/owner.html", ("owner",)),
    TableColumn("Modality", "drugs/cells/modality.html", ("modality",)),
    TableColumn("Targets", "drugs/cells/targets.html", ("targets",)),
    export_only=("id", "indications"),
)
