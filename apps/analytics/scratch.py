"""The filtered deal ids, computed once per page into a temporary table.

Every chart reads the same filtered, visible deals. As a subquery, the visibility rules
(anti-joins over parties and drugs, which PostgreSQL estimates at one row) ran again in each
of the page's aggregates and pushed each into nested loops; evaluated once into a table that
is then ANALYZEd, the aggregates hash-join on true row counts (about half the page's time at
1/10 size; benchmarks/analytics_benchmark.py). The table lives inside one transaction: it is
dropped at the end, and a failure rolls its creation back. SQLite runs the same statements.
A PostgreSQL hot standby cannot create temporary tables: serve this page from the primary.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.lookups import In

from apps.deals.models import Deal

TABLE = "analytics_deal_ids"
IDS_SQL = f"SELECT deal_id FROM {TABLE}"


@contextmanager
def deals_in_scratch(deals: QuerySet) -> Iterator[QuerySet]:
    """Yield a Deal queryset of exactly `deals`' rows, read from a temporary table (3 queries:
    create, analyze, drop)."""
    sql, params = deals.order_by().values("pk").query.sql_with_params()
    pk = connection.ops.quote_name("pk")  # values("pk") names its column "pk"
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE {TABLE} AS SELECT chosen.{pk} AS deal_id FROM ({sql}) chosen",
            params,
        )
        cursor.execute(f"ANALYZE {TABLE}")
        yield Deal.objects.filter(pk__in=RawSQL(IDS_SQL, []))
        cursor.execute(f"DROP TABLE {TABLE}")


def deal_ids(deals: QuerySet) -> QuerySet | RawSQL:
    """`deals`' ids as a subquery for `__in` (or its SQL). For the scratch table's queryset,
    unchanged, the table itself: an aggregate that needs only the ids (indications, targets,
    league) then never joins back to deals_deal to read them again (at a million facts that
    join was about half of the indications query). Any other queryset: its own ids."""
    query = deals.query
    where = query.where
    if (
        deals.model is Deal
        and not query.is_sliced
        and not where.negated
        and len(where.children) == 1
        and isinstance(where.children[0], In)
        and isinstance(where.children[0].rhs, RawSQL)
        and where.children[0].rhs.sql == IDS_SQL
    ):
        return where.children[0].rhs
    return deals.order_by().values("pk")


def subquery_sql(ids: QuerySet | RawSQL) -> tuple[str, tuple]:
    """(sql, params) of deal_ids()' answer, for raw SQL."""
    if isinstance(ids, RawSQL):
        return ids.sql, tuple(ids.params)
    return ids.query.sql_with_params()
