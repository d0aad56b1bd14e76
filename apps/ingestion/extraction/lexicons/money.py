"""Money: currency markers and words, multipliers.

Patterns of the trade only: nothing here names a particular company or product.
"""

import re

CURRENCIES = [
    # (pattern before the number, ISO code), longest first so "US$" wins over "$".
    (r"US\$|USD\s*\$?|U\.S\.\s*\$", "USD"),
    (r"HK\$|HKD", "HKD"),
    (r"A\$|AU\$|AUD", "AUD"),
    (r"C\$|CA\$|CAD", "CAD"),
    (r"S\$|SGD", "SGD"),
    (r"RMB|CNY|¥|￥|人民币", "CNY"),  # "¥" is read as JPY in a Japanese release
    (r"€|EUR", "EUR"),
    (r"£|GBP", "GBP"),
    (r"CHF", "CHF"),
    (r"JPY", "JPY"),
    (r"DKK", "DKK"),
    (r"SEK", "SEK"),
    (r"KRW|₩", "KRW"),
    (r"\$", "USD"),
]


CURRENCY_WORDS = {
    "yuan": "CNY",
    "元": "CNY",
    "renminbi": "CNY",
    "euro": "EUR",
    "euros": "EUR",
    "dollars": "USD",
    "pounds": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "francs": "CHF",
    "swiss francs": "CHF",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "american dollars": "USD",
    "hong kong dollars": "HKD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "danish kroner": "DKK",
    "norwegian kroner": "NOK",
    "swedish kronor": "SEK",
}


MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "mil": 1e6,  # "$90 mil.": English copy's abbreviation of million
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "mln": 1e6,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "mio": 1e6,
    "mrd": 1e9,
    "万": 1e4,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
}

# Where a release is at home, for "¥": Japanese (JPY) or Chinese (CNY) words of place and money.
JAPANESE_CUES = re.compile(
    # "Japan" too: "rights in Japan, receiving ¥2 billion upfront"
    r"\b(?:Tokyo|Osaka|Kyoto|Yokohama|Kobe|Japan|Japan-based|Japanese|yen|JPY|Kabushiki Kaisha"
    r"|TSE|Prime Market)\b|\bK\.K\.|円|株式会社",
    re.IGNORECASE,
)
CHINESE_CUES = re.compile(
    r"\b(?:Shanghai|Beijing|Shenzhen|Suzhou|Hangzhou|Guangzhou|Nanjing|Wuhan|Chengdu"
    r"|China-based|Chinese|yuan|renminbi|RMB|CNY|HKEX|STAR Market)\b|人民币|元",
    re.IGNORECASE,
)


# A release that states its figures are in another dollar: (pattern, ISO code).
DOLLAR_STATEMENTS = [
    (
        rf"\b(?:expressed|stated|reported|presented|denominated|are|is) in {name} dollars"
        rf"|\b(?:all )?(?:dollar )?(?:amounts|figures) (?:are )?in {name} dollars"
        rf"|\bin {name} dollars unless otherwise"
        # a results table's caption: "(in thousands of Canadian dollars)"
        rf"|\bin (?:thousands|millions) of {name} dollars",
        code,
    )
    for name, code in (
        ("Canadian", "CAD"),
        ("Australian", "AUD"),
        ("Singapore", "SGD"),
        ("Hong Kong", "HKD"),
        ("New Zealand", "NZD"),
    )
]
