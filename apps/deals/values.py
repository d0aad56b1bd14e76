"""A deal's headline value and its USD equivalent: pure functions of its terms and date.

Kept apart from the model so the data migration that fills existing rows computes exactly what
`Deal.save()` computes.
"""

import datetime as dt
from decimal import Decimal

from apps.core.fx import NoRate, usd_rate
from apps.core.money import Money

CENT = Decimal("0.01")


def headline_value(
    *, upfront: Money | None, milestones: Money | None, total: Money | None
) -> tuple[str, Money | None, str]:
    """(basis, value, why not): the total when stated, else upfront plus milestones.

    basis is "total", "biobucks" (upfront + milestones), "upfront" or "milestones" (the only
    part priced), or "" with the reason when no value can be stated.
    """
    if total is not None:
        return "total", total, ""
    if upfront is not None and milestones is not None:
        if upfront.currency != milestones.currency:
            return (
                "",
                None,
                f"upfront ({upfront.currency}) and milestones ({milestones.currency}) "
                "are in different currencies",
            )
        return "biobucks", Money(upfront.amount + milestones.amount, upfront.currency), ""
    if upfront is not None:
        return "upfront", upfront, ""
    if milestones is not None:
        return "milestones", milestones, ""
    return "", None, "no priced term"


def deal_value(
    *,
    upfront: Money | None,
    milestones: Money | None,
    total: Money | None,
    announced_on: dt.date | None,
) -> dict:
    """The Deal fields value_basis, value_amount/_currency, value_usd, usd_rate, usd_rate_on
    and usd_missing (why there is no USD value, "" when there is one).

    The USD value is the headline value times the ECB rate in force on the announcement date
    (apps.core.fx.usd_rate); no date or no rate leaves it empty and says so, never a guess.
    """
    basis, value, missing = headline_value(upfront=upfront, milestones=milestones, total=total)
    fields = {
        "value_basis": basis,
        "value_amount": value.amount if value else None,
        "value_currency": value.currency if value else "",
        "value_usd": None,
        "usd_rate": None,
        "usd_rate_on": None,
        "usd_missing": missing,
    }
    if value is None:
        return fields
    try:
        rate = usd_rate(currency=value.currency, on=announced_on)
    except NoRate as error:
        fields["usd_missing"] = str(error)
        return fields
    fields.update(
        value_usd=(value.amount * rate.rate).quantize(CENT),
        usd_rate=rate.rate,
        usd_rate_on=rate.on,
    )
    return fields
