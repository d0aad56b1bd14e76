"""The facts' version: a number that changes whenever a committed write touches a fact table.

The analytics cache (apps/analytics/cache.py) keys every entry by it, so a cached figure is
never served after a fact, a party, a company's review state or a provenance's confidence
changes, whoever wrote it: the loader, the generator's COPY, a curator in the admin, a
queryset.update() or a raw SQL statement. Database triggers record the writes, so no write
path can forget to.

- PostgreSQL: an AFTER ... FOR EACH STATEMENT trigger (INSERT, UPDATE, DELETE, TRUNCATE) on
  every watched table inserts one FactChange row per writing transaction (its txid; ON
  CONFLICT DO NOTHING). Only inserts of distinct keys: writers never wait on each other,
  unlike a counter row, whose lock would serialise the loader's transactions.
- SQLite: AFTER INSERT/UPDATE/DELETE ... FOR EACH ROW triggers insert a row per written row
  (SQLite has one writer at a time).

The version is (SUM(weight), MAX(id)) over FactChange. The sum grows by one with each commit
that wrote a watched table, in whatever order transactions commit (a MAX(id) alone would miss a
transaction that took its id first and committed last). MAX(id) changes when a write was rolled
back and another committed in its place (a test's rollback, a restored backup): ids are never
reused on PostgreSQL. A reader that reads the version before a commit and computes after it
stores newer figures under the older version, which no reader after the commit asks for.

Triggers are installed after every `migrate` (post_migrate), so a table a later migration adds
or remakes (SQLite copies a table to alter it, dropping its triggers) is watched too.
"""

from django.apps import apps as global_apps
from django.db import connections, transaction

from .models import FactChange

# The apps whose tables the analytics page reads, through its aggregates, the deal and
# designation FilterSets or the visibility rules (review state, hidden names, confidence).
WATCHED_APPS = ("companies", "drugs", "deals", "regulatory")
# And from sources only the provenance rows (confidence); documents change too often (fetch
# and ingest states) and no figure reads them.
WATCHED_MODELS = ("sources.Provenance",)
TRIGGER = "analytics_fact_change"
# Rows past this many are folded into one on the next read of the version.
COMPACT_AFTER = 1000


def watched_tables(apps=global_apps) -> list[str]:
    """Every table whose writes change the version: the watched apps' models, their
    many-to-many tables included, and WATCHED_MODELS. Sorted names."""
    models = [
        model
        for label in WATCHED_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]
    models += [apps.get_model(name) for name in WATCHED_MODELS]
    return sorted({model._meta.db_table for model in models if model._meta.managed})


def _postgresql_statements(table: str, quote) -> list[str]:
    return [
        f"CREATE OR REPLACE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
        f"ON {quote(table)} FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}()"
    ]


def _sqlite_statements(table: str, quote) -> list[str]:
    change = quote(FactChange._meta.db_table)
    return [
        f"CREATE TRIGGER IF NOT EXISTS {quote(f'{TRIGGER}_{table}_{event.lower()}')} "
        f"AFTER {event} ON {quote(table)} FOR EACH ROW "
        f"BEGIN INSERT INTO {change} (weight) VALUES (1); END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


def install_triggers(*, using: str = "default", apps=global_apps) -> int:
    """Create (or replace) the triggers on every watched table that exists; returns how many
    tables. Idempotent; other backends get none (and the analytics page is then uncached)."""
    connection = connections[using]
    if connection.vendor not in ("postgresql", "sqlite"):
        return 0
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        existing = set(connection.introspection.table_names(cursor))
        tables = [table for table in watched_tables(apps) if table in existing]
        if FactChange._meta.db_table not in existing:
            return 0
        if connection.vendor == "postgresql":
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN INSERT INTO {quote(FactChange._meta.db_table)} (txid, weight) "
                "VALUES (txid_current(), 1) ON CONFLICT (txid) DO NOTHING; RETURN NULL; END $$"
            )
            statements = _postgresql_statements
        else:
            statements = _sqlite_statements
        for table in tables:
            for statement in statements(table, quote):
                cursor.execute(statement)
    return len(tables)


def install_triggers_after_migrate(sender, using="default", apps=global_apps, **kwargs):
    """post_migrate receiver (sent once per app; this one is connected for analytics only)."""
    install_triggers(using=using)


def facts_version(*, using: str = "default") -> str:
    """ "<sum>.<max id>": changes with every committed write to a watched table (1 query; 3
    more, in one transaction, when past COMPACT_AFTER rows to fold them into one)."""
    connection = connections[using]
    table = connection.ops.quote_name(FactChange._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COALESCE(SUM(weight), 0), COALESCE(MAX(id), 0), COUNT(*) FROM {table}"
        )
        total, last, rows = cursor.fetchone()
    if rows > COMPACT_AFTER:
        facts_compact(using=using)
    return f"{total}.{last}"


def facts_compact(*, using: str = "default") -> None:
    """Fold every committed FactChange row into one of their summed weight: the sum, and so
    the version's first part, is kept. DELETE ... RETURNING reads exactly the rows it deletes,
    so a transaction committing meanwhile keeps its own row."""
    connection = connections[using]
    table = connection.ops.quote_name(FactChange._meta.db_table)
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} RETURNING weight")
        folded = sum(weight for (weight,) in cursor.fetchall())
        if folded:
            cursor.execute(f"INSERT INTO {table} (txid, weight) VALUES (NULL, %s)", [folded])
