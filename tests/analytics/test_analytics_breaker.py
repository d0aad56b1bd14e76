"""Analytics CSVs give money to the cent, as the deal list does: a float sum or median
(SQLite's SUM of decimals, PostgreSQL's percentile_cont) must not print 0.15000000000000002."""

import csv
import datetime as dt
import io
from decimal import Decimal

from django.urls import reverse

from tests.factories import make_company, make_deal


def _csv(client, key):
    response = client.get(reverse("analytics:chart_csv", args=[key]))
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_value_and_league_csv_money_is_exact_cents(client, db):
    licensor = make_company()
    for amount in ("0.10", "0.20"):
        make_deal(
            parties=[licensor, make_company()],
            announced_on=dt.date(2022, 3, 1),
            total_value_amount=Decimal(amount),
            total_value_currency="USD",
        )
    (year,) = _csv(client, "value")
    assert (year["sum_usd"], year["median_usd"]) == ("0.30", "0.15")
    league = [r for r in _csv(client, "league") if r["role"] == "licensor"]
    assert [r["sum_usd"] for r in league] == ["0.30"]
