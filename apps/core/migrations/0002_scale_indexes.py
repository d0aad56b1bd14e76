"""Indexes that keep every page's cost flat at a million facts (issue 10). PostgreSQL only.

- pg_trgm GIN indexes on UPPER(name) of companies, company aliases, drugs, drug aliases and on
  deal territories: Django's `icontains` on PostgreSQL is `UPPER(col::text) LIKE UPPER(%s)`,
  which these serve, so search resolves matching names in a few index reads.
- Date-descending indexes in each list's own order ((date DESC NULLS LAST, id DESC), also per
  company, drug, agency and deal type): the home page, the lists and the timelines read their
  newest rows from an index instead of sorting the table.
- The value sort, the name order of the company and drug lists, and documents by creation
  (the home page's "new this week").

SQLite keeps its plain indexes and the same queries (LIKE scans): correct, and fast enough at
the embedded default's size. Kept out of Meta.indexes (as deals 0002): SQLite refuses NULLS
LAST and operator classes in an index. The expressions must equal the queries' ORDER BY.
"""

from django.db import migrations

INDEXES = {
    "companies_company_name_trgm": "companies_company USING gin (UPPER(name) gin_trgm_ops)",
    "companies_alias_name_trgm": "companies_companyalias USING gin (UPPER(name) gin_trgm_ops)",
    "drugs_drug_name_trgm": "drugs_drug USING gin (UPPER(name) gin_trgm_ops)",
    "drugs_alias_name_trgm": "drugs_drugalias USING gin (UPPER(name) gin_trgm_ops)",
    "deals_deal_territory_trgm": "deals_deal USING gin (UPPER(territory) gin_trgm_ops)",
    "companies_company_name_order": "companies_company (name, id)",
    "drugs_drug_name_order": "drugs_drug (name, id)",
    "companies_event_listing_order": ("companies_companyevent (date DESC NULLS LAST, id DESC)"),
    "companies_event_company_order": (
        "companies_companyevent (company_id, date DESC NULLS LAST, id DESC)"
    ),
    "regulatory_designation_listing_order": (
        "regulatory_designation (date DESC NULLS LAST, id DESC)"
    ),
    "regulatory_designation_agency_order": (
        "regulatory_designation (agency, date DESC NULLS LAST, id DESC)"
    ),
    "regulatory_designation_drug_order": (
        "regulatory_designation (drug_id, date DESC NULLS LAST, id DESC)"
    ),
    "deals_deal_type_order": "deals_deal (type, announced_on DESC NULLS LAST, id DESC)",
    "deals_deal_value_order": (
        "deals_deal (value_usd DESC NULLS LAST, announced_on DESC NULLS LAST, id DESC)"
    ),
    "sources_document_created": "sources_document (created_at)",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, definition in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_groups"),
        ("companies", "0003_company_event_currency_code"),
        ("deals", "0007_deal_headline_value_refill"),
        ("drugs", "0001_initial"),
        ("regulatory", "0001_initial"),
        ("sources", "0002_document_search_index"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
