"""Currencies are ISO 4217 codes: upper-cased as typed, checked against Babel's list."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from apps.core.money import ISO_CURRENCIES, validate_currency_code
from apps.deals.models import Deal
from tests.factories import make_deal

pytestmark = pytest.mark.django_db


def test_the_iso_list_comes_with_current_and_withdrawn_codes_and_no_symbols():
    assert {"USD", "EUR", "CNY", "JPY", "HKD", "CHF", "KRW", "DEM"} <= ISO_CURRENCIES
    assert not {"US$", "RMB", "usd", "ABC"} & ISO_CURRENCIES


@pytest.mark.parametrize("code", ["RMB", "ABC", "US$"])
def test_a_code_outside_iso_4217_is_a_validation_error_that_names_it(code):
    with pytest.raises(ValidationError, match="ISO 4217") as raised:
        validate_currency_code(code)
    assert code in raised.value.messages[0]


def test_full_clean_refuses_an_unknown_currency_and_an_undisclosed_amount_on_their_fields():
    deal = Deal(
        type=Deal.Type.LICENSE,
        upfront_amount=Decimal("5"),
        upfront_currency="RMB",
        upfront_disclosed=True,
        milestones_amount=Decimal("7"),
        milestones_currency="USD",
        milestones_disclosed=False,
    )
    with pytest.raises(ValidationError) as raised:
        deal.full_clean()
    errors = raised.value.message_dict
    assert "ISO 4217" in errors["upfront_currency"][0]
    assert "disclosed" in errors["milestones_disclosed"][0]
    assert "upfront_disclosed" not in errors


def test_a_valid_deal_passes_full_clean():
    make_deal(upfront_amount=Decimal("5"), upfront_currency="CHF").full_clean()
