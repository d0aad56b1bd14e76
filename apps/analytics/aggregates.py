"""Median as an SQL aggregate: PostgreSQL's percentile_cont, and the same on SQLite.

PostgreSQL computes `percentile_cont(0.5) WITHIN GROUP (ORDER BY x)` in the GROUP BY query
itself. SQLite has no ordered-set aggregates, so each SQLite connection registers
DEALTRACKER_MEDIAN, a user-defined aggregate with percentile_cont's answer (the middle value,
or the mean of the two middle values; NULLs ignored; NULL for an empty group). Django's own
SQLite backend registers STDDEV_POP and VAR_POP the same way.
"""

from django.db.models import Aggregate, FloatField

SQLITE_MEDIAN = "DEALTRACKER_MEDIAN"


class Median(Aggregate):
    """The median of an expression per group, as a float (None for a group of NULLs)."""

    function = "percentile_cont"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function=SQLITE_MEDIAN,
            template="%(function)s(%(expressions)s)",
            **extra_context,
        )


class _SqliteMedian:
    """sqlite3 aggregate protocol: step() per row, finalize() once per group."""

    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(float(value))

    def finalize(self):
        if not self.values:
            return None
        ordered = sorted(self.values)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2


def register_sqlite_median(sender, connection, **kwargs):
    """connection_created receiver: add DEALTRACKER_MEDIAN to each SQLite connection."""
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate(SQLITE_MEDIAN, 1, _SqliteMedian)
