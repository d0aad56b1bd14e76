from decimal import Decimal

import pytest

from apps.core.money import Money


def test_money_reads_the_contract_shape_as_an_exact_decimal():
    amount = Money.from_contract({"amount": 850000000, "currency": "CNY"})
    assert amount == Money(Decimal("850000000"), "CNY")
    assert isinstance(amount.amount, Decimal)


def test_money_keeps_fractions_exactly_where_a_float_would_not():
    amount = Money.from_contract({"amount": 0.1, "currency": "USD"})
    assert amount.amount + Money.from_contract(
        {"amount": 0.2, "currency": "USD"}
    ).amount == Decimal("0.3")


@pytest.mark.parametrize(
    "bad",
    [
        {"amount": -1, "currency": "USD"},
        {"amount": 5, "currency": "usd"},
        {"amount": 5, "currency": "US$"},
        {"amount": 5},
        {"amount": "lots", "currency": "USD"},
    ],
)
def test_money_without_a_valid_amount_and_iso_currency_is_refused(bad):
    with pytest.raises(ValueError, match="money"):
        Money.from_contract(bad)


def test_money_displays_in_millions_and_billions():
    assert Money(Decimal("850000000"), "CNY").display() == "CNY 850 million"
    assert Money(Decimal("1200000000"), "USD").display() == "USD 1.2 billion"
    assert Money(Decimal("25000"), "EUR").display() == "EUR 25,000"
    assert Money.from_contract(None) is None
