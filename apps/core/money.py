"""Money is a Decimal amount with an ISO 4217 currency: never a float, never a bare number."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "JPY": "¥", "HKD": "HK$"}


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
