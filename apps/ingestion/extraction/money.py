"""Money phrases: "RMB850 million", "US$1.2 billion", "$50M", "850 million yuan"."""

import re
from dataclasses import dataclass

from .lexicons.money import CURRENCIES, CURRENCY_WORDS, DOLLAR_STATEMENTS, MULTIPLIERS

NUMBER = r"~?\s*\d[\d,]*(?:\.\d+)?"
# Headlines capitalise the scale ("for $125 Million"); single letters keep their case rules.
SCALE = r"(?:\s*(?:(?i:thousand|million|billion|trillion)|mn|bn|mm|[kKmMbB])\b)?"
PREFIXED = re.compile(
    "(?P<currency>" + "|".join(pattern for pattern, _ in CURRENCIES) + r")\s*"
    rf"(?P<number>{NUMBER})(?P<scale>{SCALE})",
)
SUFFIXED = re.compile(
    rf"(?<![\w$€£¥.])(?P<number>{NUMBER})(?P<scale>\s*(?i:thousand|million|billion)?)\s+"
    r"(?P<currency>yuan|renminbi|euros?|dollars|pounds|yen|won|francs|RMB|USD|EUR|GBP|CHF|HKD|JPY)\b",
)
PER_UNIT = re.compile(r"^\s*(?:\(.*?\)\s*)?(?:in cash\s+)?per\s+(?:share|unit|ADS)", re.IGNORECASE)


DOLLAR_PATTERNS = [
    (re.compile(pattern, re.IGNORECASE), code) for pattern, code in DOLLAR_STATEMENTS
]


@dataclass(frozen=True)
class Money:
    """An amount found in a text: document offsets [start, end), full amount, ISO 4217 code."""

    start: int
    end: int
    amount: float
    currency: str

    def as_json(self) -> dict:
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        return {"amount": amount, "currency": self.currency}


def currency_code(marker: str) -> str | None:
    marker = marker.strip()
    for pattern, code in CURRENCIES:
        if re.fullmatch(pattern, marker):
            return code
    return CURRENCY_WORDS.get(marker.lower()) or (marker.upper() if len(marker) == 3 else None)


def to_amount(number: str, scale: str) -> float | None:
    digits = number.replace("~", "").replace(",", "").strip()
    try:
        value = float(digits)
    except ValueError:
        return None
    multiplier = MULTIPLIERS.get(scale.strip().lower(), 1) if scale.strip() else 1
    return round(value * multiplier, 2)


def find_money(text: str, offset: int = 0, dollar: str = "USD") -> list[Money]:
    """Every priced amount in `text`, in order of position.

    Input: any text and the offset of its first character in the document. Output: Money with
    document offsets, the full amount ("RMB 80 million" -> 80000000.0) and an ISO 4217 code
    ("$" -> `dollar`, USD unless the release says its figures are in another dollar, see
    dollar_currency; "RMB"/"yuan" -> CNY, "HK$" -> HKD). Never: a per-share or per-unit price (the
    contract has no field for it), a number without a currency, an amount counted twice.
    """
    found = []
    taken = []
    for pattern in (PREFIXED, SUFFIXED):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue
            if PER_UNIT.match(text[match.end() :]):
                continue
            code = currency_code(match.group("currency"))
            if match.group("currency").strip() == "$":
                code = dollar
            amount = to_amount(match.group("number"), match.group("scale") or "")
            if code and amount is not None:
                taken.append((match.start(), match.end()))
                found.append(Money(match.start() + offset, match.end() + offset, amount, code))
    return sorted(found, key=lambda m: m.start)


def milestone_total(moneys: list[Money]) -> Money:
    """The sum of amounts in one currency (the first amount's); others are left out.

    Development, regulatory and sales milestones are reported as one `milestones` amount.
    """
    first = moneys[0]
    same = [m for m in moneys if m.currency == first.currency]
    total = round(sum(m.amount for m in same), 2)
    return Money(first.start, same[-1].end, total, first.currency)


def dollar_currency(text: str) -> str:
    """What a bare "$" means in this release: USD unless the release says its figures are in
    another dollar ("All amounts are expressed in Canadian dollars")."""
    if "dollars" not in text.lower():
        return "USD"  # every statement names its dollars; most releases never do
    for pattern, code in DOLLAR_PATTERNS:
        if pattern.search(text):
            return code
    return "USD"
