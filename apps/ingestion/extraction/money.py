"""Money phrases: "RMB850 million", "US$1.2 billion", "$50M", "850 million yuan"."""

import re
from dataclasses import dataclass

from .lexicons.money import (
    CHINESE_CUES,
    CURRENCIES,
    CURRENCY_WORDS,
    DOLLAR_STATEMENTS,
    JAPANESE_CUES,
    MULTIPLIERS,
)

NUMBER = r"~?\s*(?:\d{1,3}(?:\.\d{3})+,\d+|\d[\d,]*(?:\.\d+)?)"  # "1.234,5" German
# Headlines capitalise the scale ("for $125 Million"); single letters keep their case rules.
# German "Mio."/"Mrd." and Chinese 万 (1e4) and 亿 (1e8), the latter often before 元 (yuan).
# Wire abbreviations in any case: "EUR 12 mln", "$1.2 bln", "KRW1.6tn", "$2.5 Bn", "$5MM".
# A hyphenated adjective keeps its scale: "a $150-million upfront payment". "$90 mil." is
# 90 million, as "mil" abbreviates "million" in English copy (the stop is the abbreviation's).
SCALE = (
    r"(?:\s*(?:(?i:thousand|million|billion|trillion|mn|bn|mm|mln|bln|tn|trn)|[kKmMbB])\b"
    r"|\s*(?i:mil)\b\.?"
    r"|-(?i:thousand|million|billion|trillion)\b"
    r"|\s*(?:Mio|Mrd)\b\.?"
    r"|\s*(?:[万亿]|百万|千万)(?:元|人民币)?)?"
)
PREFIXED = re.compile(
    "(?P<currency>" + "|".join(pattern for pattern, _ in CURRENCIES) + r")\s*"
    rf"(?P<number>{NUMBER})(?P<scale>{SCALE})",
)
SUFFIXED = re.compile(
    rf"(?<![\w$€£¥.])(?P<number>{NUMBER})"
    r"(?P<scale>\s*(?:(?i:thousand|million|billion|trillion|mn|mln|bln|bn|tn)|Mio\.?|Mrd\.?)?)\s+"
    # "150 million U.S. dollars", "50 million Swiss francs", "7 billion Danish kroner"
    r"(?P<currency>(?:(?:U\.S\.|US|American|Hong Kong|Canadian|Australian|Singapore|New Zealand)"
    r"\s+)?dollars|(?:Swiss\s+)?francs|(?:Danish|Norwegian)\s+kroner|Swedish\s+kronor"
    r"|yuan|renminbi|euros?|pounds|yen|won|RMB|USD|EUR|GBP|CHF|HKD|JPY)\b",
)
# "5亿元", "3000万元": a Chinese amount in yuan with no marker before it
CHINESE_SUFFIXED = re.compile(
    rf"(?<![A-Za-z0-9$€£¥.,])(?P<number>{NUMBER})(?P<scale>\s*(?:[万亿]|百万|千万)?)(?P<currency>元)"
)
# "1,2 Mrd.": a decimal comma (German, French) is followed by other than three digits
DECIMAL_COMMA = re.compile(r"^\d{1,3}(?:\.\d{3})*,(?!\d{3}$)\d+$")
# "$12.50 per share", "$60 in cash and 2.1 ADSs for each Alexa share": a price of one share
PER_UNIT = re.compile(
    r"^\s*(?:\(.*?\)\s*)?(?:in cash\s+)?(?:per\s+(?:share|unit|ADS)"
    r"|(?:in cash\s+)?(?:and\s+(?:[^$€£¥.;]|\.\d){0,80}?\s+)?(?:for|per)\s+each\s+"
    r"(?:[\w’'.\-]+\s+){0,3}?(?:ordinary\s+|common\s+)?(?:shares?|units?|ADSs?)\b)",
    re.IGNORECASE,
)


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
    word = " ".join(marker.lower().split())
    return CURRENCY_WORDS.get(word) or (marker.upper() if len(marker) == 3 else None)


def to_amount(number: str, scale: str) -> float | None:
    digits = number.replace("~", "").strip()
    if DECIMAL_COMMA.match(digits):
        digits = digits.replace(".", "").replace(",", ".")
    digits = digits.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    unit = scale.strip().lstrip("-").rstrip(".").removesuffix("元").removesuffix("人民币").lower()
    multiplier = MULTIPLIERS.get(unit, 1) if unit else 1
    return round(value * multiplier, 2)


def find_money(
    text: str, offset: int = 0, dollar: str = "USD", yen: str | None = None
) -> list[Money]:
    """Every priced amount in `text`, in order of position.

    Input: any text and the offset of its first character in the document. Output: Money with
    document offsets, the full amount ("RMB 80 million" -> 80000000.0) and an ISO 4217 code
    ("$" -> `dollar`, USD unless the release says its figures are in another dollar, see
    dollar_currency; "RMB"/"yuan" -> CNY, "HK$" -> HKD). Never: a per-share or per-unit price (the
    contract has no field for it), a number without a currency, an amount counted twice.
    "¥" is `yen` (see yen_currency; without it, read from `text` itself): JPY in a Japanese
    release, CNY otherwise. "RMB 5亿元" is 500 million, "EUR 1,2 Mrd." 1.2 billion.
    """
    found = []
    taken = []
    for pattern in (PREFIXED, SUFFIXED, CHINESE_SUFFIXED):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue
            if PER_UNIT.match(text[match.end() :]):
                continue
            code = currency_code(match.group("currency"))
            if match.group("currency").strip() == "$":
                code = dollar
            elif match.group("currency").strip() in ("¥", "￥"):
                code = yen or yen_currency(text)
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


def yen_currency(text: str) -> str:
    """What "¥" means in this release: JPY where Japan is the release's home (Tokyo, K.K.,
    "Japan-based", amounts in yen) more than China is, else CNY."""
    japanese = len(JAPANESE_CUES.findall(text))
    return "JPY" if japanese and japanese > len(CHINESE_CUES.findall(text)) else "CNY"
