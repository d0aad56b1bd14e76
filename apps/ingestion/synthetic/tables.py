"""What the generator writes: every model it fills, and each table's columns in row order."""

from django.db import models

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.deals.models import VALUE_FIELDS, Deal, DealParty
from apps.drugs.models import Drug, DrugAlias, Indication, Target
from apps.regulatory.models import Designation
from apps.sources.models import Document, Provenance

MODELS = [
    Company,
    CompanyAlias,
    Listing,
    Drug,
    DrugAlias,
    Target,
    Indication,
    Deal,
    DealParty,
    Designation,
    CompanyEvent,
    Document,
    Provenance,
]
# The headline value and its USD equivalent, as Deal.save() computes them.
DEAL_VALUE_FIELDS = list(VALUE_FIELDS)
THROUGH = [
    Drug.targets.through,
    Drug.indications.through,
    Deal.drugs.through,
    Deal.indications.through,
]
REVIEWED = [
    "review_state",
    "reviewed_by",
    "reviewed_at",
    "curated_fields",
    "created_at",
    "updated_at",
]
# Per table: the Catalogue method that gives its rows, the model, and its columns in the order
# the rows give them. The order is the order of writing (and of drawing from the generator).
TABLES: list[tuple[str, type[models.Model], list[str]]] = [
    ("companies", Company, ["id", "name", "slug", "parent", "country", "website", *REVIEWED]),
    ("company_aliases", CompanyAlias, ["id", "company", "name", "key"]),
    ("listings", Listing, ["id", "company", "symbol", "exchange"]),
    ("targets", Target, ["id", "name", "key"]),
    ("indications", Indication, ["id", "name", "key"]),
    ("drugs", Drug, ["id", "name", "slug", "owner", "modality", *REVIEWED]),
    ("drug_aliases", DrugAlias, ["id", "drug", "name", "key"]),
    ("drug_targets", Drug.targets.through, ["id", "drug", "target"]),
    ("drug_indications", Drug.indications.through, ["id", "drug", "indication"]),
    (
        "deals",
        Deal,
        [
            "id",
            "type",
            "exclusive",
            "territory",
            "announced_on",
            "announced_precision",
            "signed_on",
            "signed_precision",
            "has_terms",
            "upfront_amount",
            "upfront_currency",
            "upfront_disclosed",
            "milestones_amount",
            "milestones_currency",
            "milestones_disclosed",
            "royalties_disclosed",
            "total_value_amount",
            "total_value_currency",
            *REVIEWED,
            *DEAL_VALUE_FIELDS,
        ],
    ),
    ("deal_parties", DealParty, ["id", "deal", "company", "role"]),
    ("deal_drugs", Deal.drugs.through, ["id", "deal", "drug"]),
    ("deal_indications", Deal.indications.through, ["id", "deal", "indication"]),
    (
        "designations",
        Designation,
        [
            "id",
            "drug",
            "agency",
            "type",
            "indication",
            "status",
            "date",
            "date_precision",
            *REVIEWED,
        ],
    ),
    (
        "events",
        CompanyEvent,
        [
            "id",
            "company",
            "type",
            "date",
            "date_precision",
            "summary",
            "amount_amount",
            "amount_currency",
            *REVIEWED,
        ],
    ),
    (
        "documents_rows",
        Document,
        [
            "id",
            "title",
            "published_on",
            "published_precision",
            "language",
            "source_url",
            "file_name",
            "media_type",
            "text",
            "content_hash",
            "status",
            "error",
            "extraction",
            "extractor_version",
            "ingested_hash",
            "ingested_at",
            "created_at",
        ],
    ),
    (
        "provenance",
        Provenance,
        ["id", "document", "content_type", "object_id", "quote", "start", "end", "created_at"],
    ),
]
