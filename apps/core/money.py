"""Money is a Decimal amount with an ISO 4217 currency: never a float, never a bare number."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies
from django.core.exceptions import ValidationError

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "JPY": "¥", "HKD": "HK$"}
# Every ISO 4217 code CLDR knows (Babel's copy), withdrawn ones included: an old deal priced in
# DEM is still a real price.
ISO_CURRENCIES = frozenset(list_currencies())


def currency_normalise(text: str) -> str:
    """What a curator typed, as a code is written: " usd " -> "USD"."""
    return text.strip().upper()


def validate_currency_code(value: str) -> None:
    """Raise ValidationError unless `value` is empty or an ISO 4217 code ("USD", not "US$")."""
    if value and value not in ISO_CURRENCIES:
        raise ValidationError(
            "“%(value)s” is not an ISO 4217 currency code: write three letters such as USD, "
            "EUR or CNY.",
            code="currency",
            params={"value": value},
        )


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def from_contract(cls, value: dict | None) -> "Money | None":
        """Read {"amount": 850000000, "currency": "CNY"}; None stays None."""
        if value is None:
            return None
        try:
            amount = Decimal(str(value["amount"]))
        except (KeyError, InvalidOperation, TypeError) as error:
            raise ValueError(f"money needs a numeric amount: {value!r}") from error
        currency = str(value.get("currency") or "")
        if amount < 0:
            raise ValueError(f"money cannot be negative: {value!r}")
        if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
            raise ValueError(f"money needs an ISO 4217 currency code: {value!r}")
        return cls(amount, currency)

    def to_contract(self) -> dict:
        amount = (
            int(self.amount) if self.amount == self.amount.to_integral() else float(self.amount)
        )
        return {"amount": amount, "currency": self.currency}

    def display(self) -> str:
        """Short and readable: "USD 1.2 billion", "CNY 850 million"."""
        for size, word in ((Decimal(10**9), "billion"), (Decimal(10**6), "million")):
            if self.amount >= size:
                scaled = (self.amount / size).quantize(Decimal("0.01")).normalize()
                return f"{self.currency} {scaled:f} {word}"
        return f"{self.currency} {self.amount.quantize(Decimal('1')):,}"

    def __str__(self) -> str:
        return self.display()


def money(amount: Decimal | None, currency: str) -> Money | None:
    """The Money a model's pair of fields holds, or None."""
    if amount is None:
        return None
    return Money(amount, currency)
