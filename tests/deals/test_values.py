"""Comparable values: a headline value per deal and its USD equivalent at the ECB rate."""

import datetime as dt
import importlib
from decimal import Decimal

import pytest
from django.apps import apps as django_apps

from apps.core.fx import NoRate, usd_rate
from apps.core.money import Money
from apps.deals.filters import DealFilter
from apps.deals.models import Deal
from apps.deals.selectors import deals_for_listing
from apps.deals.values import headline_value
from tests.factories import make_company, make_deal

# ECB reference rates on Tuesday 5 March 2024 (EUR 1 = USD 1.0849 = CNY 7.8104).
CNY_USD_2024_03_05 = Decimal("1.0849") / Decimal("7.8104")


def test_the_total_is_the_headline_value_when_it_is_stated():
    basis, value, _ = headline_value(
        upfront=Money(Decimal(10), "USD"),
        milestones=Money(Decimal(90), "USD"),
        total=Money(Decimal(250), "USD"),
    )
    assert (basis, value) == ("total", Money(Decimal(250), "USD"))


def test_without_a_total_upfront_plus_milestones_is_the_headline_value():
    basis, value, _ = headline_value(
        upfront=Money(Decimal(10), "EUR"), milestones=Money(Decimal(90), "EUR"), total=None
    )
    assert (basis, value) == ("biobucks", Money(Decimal(100), "EUR"))


def test_upfront_and_milestones_in_two_currencies_make_no_headline_value():
    basis, value, why = headline_value(
        upfront=Money(Decimal(10), "EUR"), milestones=Money(Decimal(90), "USD"), total=None
    )
    assert (basis, value) == ("", None)
    assert "different currencies" in why


def test_a_weekend_uses_the_rate_published_on_the_friday_before():
    rate = usd_rate(currency="CNY", on=dt.date(2024, 3, 9))  # a Saturday
    assert rate.on == dt.date(2024, 3, 8)


def test_the_rate_is_the_ecb_cross_rate_of_that_day():
    rate = usd_rate(currency="CNY", on=dt.date(2024, 3, 5))
    assert rate.on == dt.date(2024, 3, 5)
    assert abs(rate.rate - CNY_USD_2024_03_05) < Decimal("0.0000000001")


def test_no_date_and_unknown_currencies_have_no_rate():
    with pytest.raises(NoRate, match="no announcement date"):
        usd_rate(currency="CNY", on=None)
    with pytest.raises(NoRate, match="XQQ"):
        usd_rate(currency="XQQ", on=dt.date(2024, 3, 5))
    with pytest.raises(NoRate, match="run from"):  # after the bundled history: no guess
        usd_rate(currency="CNY", on=dt.date(2999, 1, 1))


@pytest.mark.django_db
def test_saving_a_deal_stores_its_value_rate_and_rate_date():
    deal = make_deal(
        announced_on=dt.date(2024, 3, 5),
        upfront_amount=Decimal("100000000"),
        upfront_currency="CNY",
        upfront_disclosed=True,
        milestones_amount=Decimal("900000000"),
        milestones_currency="CNY",
        milestones_disclosed=True,
    )
    deal.refresh_from_db()
    assert deal.value_basis == "biobucks"
    assert deal.value == Money(Decimal("1000000000.00"), "CNY")
    assert deal.usd_rate_on == dt.date(2024, 3, 5)
    assert deal.value_usd == (Decimal(1_000_000_000) * deal.usd_rate).quantize(Decimal("0.01"))
    assert abs(deal.value_usd - 1_000_000_000 * CNY_USD_2024_03_05) < 1


@pytest.mark.django_db
def test_changing_the_amount_or_the_date_recomputes_the_usd_value():
    deal = make_deal(
        announced_on=dt.date(2024, 3, 5),
        total_value_amount=Decimal(1000),
        total_value_currency="CNY",
    )
    first = deal.value_usd
    deal.total_value_amount = Decimal(2000)
    deal.save(update_fields=["total_value_amount"])
    deal.refresh_from_db()
    assert deal.value_usd == (Decimal(2000) * deal.usd_rate).quantize(Decimal("0.01"))
    assert deal.value_usd != first
    deal.announced_on = dt.date(2020, 1, 6)
    deal.save()
    deal.refresh_from_db()
    assert deal.usd_rate_on == dt.date(2020, 1, 6)


@pytest.mark.django_db
def test_a_deal_without_a_date_says_so_and_gets_no_usd_value(client):
    deal = make_deal(total_value_amount=Decimal(5_000_000), total_value_currency="EUR")
    assert deal.value_usd is None and deal.usd_rate is None
    assert deal.usd_missing == "no announcement date, so no rate to convert at"
    page = client.get(deal.get_absolute_url()).content.decode()
    assert "Not converted: no announcement date" in page


@pytest.mark.django_db
def test_a_currency_the_ecb_does_not_publish_gets_no_usd_value():
    deal = make_deal(
        announced_on=dt.date(2024, 3, 5),
        upfront_amount=Decimal(7),
        upfront_currency="TWD",
        upfront_disclosed=True,
    )
    assert deal.value_usd is None
    assert deal.usd_missing == "the ECB publishes no TWD rate"


@pytest.mark.django_db
def test_sorting_by_value_compares_usd_not_bare_numbers(client):
    # CNY 500 million is about USD 70 million: less than USD 100 million though more digits.
    cny = make_deal(
        announced_on=dt.date(2024, 3, 5),
        total_value_amount=Decimal(500_000_000),
        total_value_currency="CNY",
    )
    usd = make_deal(
        announced_on=dt.date(2024, 3, 5),
        total_value_amount=Decimal(100_000_000),
        total_value_currency="USD",
    )
    undated = make_deal(total_value_amount=Decimal(900_000_000), total_value_currency="CNY")
    deals = DealFilter({"sort": "value"}, queryset=deals_for_listing())
    assert list(deals.qs) == [usd, cny, undated]
    page = client.get("/deals/", {"sort": "value"}).content.decode()
    assert page.index("USD 100 million") < page.index("CNY 500 million")
    assert "≈ USD 69." in page  # the CNY deal shows its USD value with the CNY beside it
    assert "CNY 900 million" in page and "no USD value: no announcement date" in page


@pytest.mark.django_db
def test_the_usd_filters_keep_deals_in_any_currency_by_their_usd_value():
    cny = make_deal(
        announced_on=dt.date(2024, 3, 5),
        total_value_amount=Decimal(500_000_000),
        total_value_currency="CNY",
    )
    usd = make_deal(
        announced_on=dt.date(2024, 3, 5),
        total_value_amount=Decimal(100_000_000),
        total_value_currency="USD",
    )
    assert list(DealFilter({"usd_min": "80"}, queryset=Deal.objects.all()).qs) == [usd]
    assert list(DealFilter({"usd_max": "80"}, queryset=Deal.objects.all()).qs) == [cny]


@pytest.mark.django_db
def test_the_data_migration_fills_deals_saved_before_the_fields_existed():
    deal = make_deal(
        parties=[make_company()],
        roles=["partner"],
        announced_on=dt.date(2024, 3, 5),
        upfront_amount=Decimal(40),
        upfront_currency="USD",
        upfront_disclosed=True,
    )
    Deal.objects.filter(pk=deal.pk).update(value_basis="", value_amount=None, value_currency="")
    fill = importlib.import_module("apps.deals.migrations.0004_deal_headline_value_fill").fill
    fill(django_apps, None)
    deal.refresh_from_db()
    assert (deal.value_basis, deal.value_usd) == ("upfront", Decimal("40.00"))
