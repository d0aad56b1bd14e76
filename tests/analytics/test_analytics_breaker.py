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


def test_league_never_rolls_a_subsidiary_up_under_a_rejected_parent(client, db):
    """A hidden parent reads as no parent (as on the company page): the league names the
    subsidiary itself, never the rejected company, and its link counts the same deals."""
    top = make_company("Visible Top Ltd.")
    rejected = make_company("Rejected Holdco Ltd.", parent=top, review_state="rejected")
    child = make_company("Child Bio Ltd.", parent=rejected)
    make_deal(parties=[child, make_company()], announced_on=dt.date(2022, 3, 1))
    body = client.get(reverse("analytics:analytics")).content.decode()
    assert "Rejected Holdco" not in body and "Visible Top" not in body
    league = [r for r in _csv(client, "league") if r["role"] == "licensor"]
    assert [(r["company"], r["deals"]) for r in league] == [("Child Bio Ltd.", "1")]
    listed = client.get(
        reverse("deals:deal_list"), {"company": top.slug, "subsidiaries": "on", "format": "json"}
    )
    assert listed.json()["count"] == 0
