"""Median: percentile_cont on PostgreSQL, the registered DEALTRACKER_MEDIAN on SQLite; both
must give percentile_cont's answer (the mean of the two middle values for an even count)."""

import datetime as dt
import statistics
from decimal import Decimal

import pytest
from django.db import connection

from apps.analytics.aggregates import Median, _SqliteMedian
from apps.analytics.selectors import value_per_year
from apps.deals.models import Deal
from tests.factories import make_deal


@pytest.mark.parametrize(
    "values, expected",
    [
        ([5, 1, 3], 3.0),
        ([4, 1, 3, 2], 2.5),
        ([None, 7, None], 7.0),
        ([None], None),
        ([], None),
    ],
)
def test_sqlite_median_aggregate_is_percentile_cont(values, expected):
    median = _SqliteMedian()
    for value in values:
        median.step(value)
    assert median.finalize() == expected


def test_median_per_group_in_sql_on_this_database(db):
    amounts = {2021: [10, 40, 20, 30], 2022: [7, 1, 100], 2023: []}
    for year, millions in amounts.items():
        for amount in millions:
            make_deal(
                announced_on=dt.date(year, 6, 1),
                total_value_amount=Decimal(amount * 1_000_000),
                total_value_currency="USD",
            )
        make_deal(announced_on=dt.date(year, 7, 1))  # undisclosed: not in the median
    rows = {row["year"]: row for row in value_per_year(Deal.objects.all())}
    assert rows[2021]["median_usd"] == statistics.median([10, 40, 20, 30]) * 1_000_000
    assert rows[2022]["median_usd"] == 7_000_000
    assert rows[2023]["median_usd"] is None and rows[2023]["disclosed"] == 0
    assert rows[2021]["sum_usd"] == Decimal(100_000_000) and rows[2021]["deals"] == 5


def test_median_compiles_to_the_databases_own_function(db):
    sql = str(Deal.objects.values("type").annotate(m=Median("value_usd")).query)
    if connection.vendor == "postgresql":
        assert "percentile_cont(0.5) WITHIN GROUP (ORDER BY" in sql
    else:
        assert "DEALTRACKER_MEDIAN(" in sql
