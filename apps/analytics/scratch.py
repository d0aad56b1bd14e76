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

from apps.deals.models import Deal

TABLE = "analytics_deal_ids"


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
        yield Deal.objects.filter(pk__in=RawSQL(f"SELECT deal_id FROM {TABLE}", []))
        cursor.execute(f"DROP TABLE {TABLE}")
