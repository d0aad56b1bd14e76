"""Company names in news wording and Chinese releases (round 16, second pass).

Every text here is invented (company, person and product names included): a place or a
description written before a company the reporter names, a headline's short form of the
body's registered name, a Chinese or Japanese registered name in brackets, and a legal form
cut in half by its full stop.
"""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.companies import cuts_legal_form
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse


def entities(text: str):
    return find_entities(analyse(text, None))


def deal_parties(result: dict) -> list[set[str]]:
    return [{p["company"] for p in d["parties"]} for d in result["deals"]]


def owners(result: dict) -> dict[str, str | None]:
    return {d["name"]: d["owner"] for d in result["drugs"]}


# ---------------------------------------------------------------- C1: where a company is from


@pytest.mark.parametrize(
    "described",
    ["Japan's", "South Korea’s", "the UK's", "Swiss drugmaker", "Osaka-based", "U.S.-based"],
)
def test_a_reported_payer_described_by_its_place_is_still_the_deal_party(described):
    """ "X said Japan's Y will pay it $20 million": the reported deed names Y whatever the
    news item writes before it (before: no deal, and X's drug given to Y)."""
    text = (
        "Tovrin shares rise on licensing deal\n\nLONDON (Newsdesk) - Tovrin Therapeutics shares "
        f"rose 12% on Monday after the company said {described} Kasumara Pharma will pay it $15 "
        "million upfront under a licensing deal for Asian rights to its lung drug TV-310.\n"
    )
    result = extract(text)
    assert {"Tovrin Therapeutics", "Kasumara Pharma"} in deal_parties(result)
    assert owners(result)["TV-310"] == "Tovrin Therapeutics"


def test_a_reported_buyer_with_a_nationality_and_a_noun_is_the_deal_party():
    """A second wording: "said Danish biotech firm Y has agreed to buy ..."."""
    text = (
        "Halvern update\n\nLONDON (Newsdesk) - Halvern Bio said on Tuesday Danish biotech firm "
        "Ostrava Labs has agreed to pay $8 million upfront to license its eye drug HB-77 in "
        "Europe.\n"
    )
    result = extract(text)
    assert {"Halvern Bio", "Ostrava Labs"} in deal_parties(result)


@pytest.mark.parametrize("place", ["South Korea's", "Hong Kong’s", "New Zealand's"])
def test_a_possessive_place_of_several_words_opens_no_company_name(place):
    """ "South Korea's Kasumara Pharma": the place of two words is not part of the name."""
    text = (
        "Deal news\n\nSEOUL (Newsdesk) - "
        f"{place} Kasumara Pharma will pay Tovrin Therapeutics $15 million for rights to the "
        "lung drug TV-310, the companies said on Monday.\n"
    )
    names = {c.name for c in entities(text)}
    assert "Kasumara Pharma" in names
    assert not any(place.split()[0] in n for n in names)


# ---------------------------------------------------------------- C2: one company, two names

CHINESE_BODY = (
    "SHANGHAI, May 5, 2025 /PRNewswire/ -- Quanhe Biopharmaceutical (Hangzhou) Co., Ltd. "
    '(全和生物医药（杭州）有限公司, "Quanhe", SSE: 688777) today announced that it has entered '
    'into an exclusive license agreement with Morvant Therapeutics Ltd. ("Morvant") for QH-19 '
    "outside Greater China. Quanhe will receive an upfront payment of US$30 million.\n"
)


@pytest.mark.parametrize(
    "headline",
    ["Quanhe Biopharma Licenses QH-19 to Morvant", "Quanhe licenses QH-19 outside China"],
)
def test_a_headline_short_form_of_the_registered_name_is_the_same_company(headline):
    """A headline's "Quanhe Biopharma" or "Quanhe" for the body's "Quanhe Biopharmaceutical
    (Hangzhou) Co., Ltd.": one company, the deal's terms kept (before: a second company, or
    the short form made the parent, and the terms lost)."""
    result = extract(headline + "\n\n" + CHINESE_BODY)
    names = [c["name"] for c in result["companies"]]
    assert names.count("Quanhe Biopharmaceutical (Hangzhou) Co., Ltd.") == 1
    assert not [n for n in names if n.startswith("Quanhe") and "Hangzhou" not in n]
    company = next(c for c in result["companies"] if c["name"].startswith("Quanhe"))
    assert company["parent"] is None
    assert result["deals"][0]["terms"]["upfront"]["amount"] == 30_000_000


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Quanhe licenses QH-19 outside China",
            "SHANGHAI, May 5, 2025 -- Quanhe Biopharmaceutical (Hangzhou) Co., Ltd. "
            "(全和生物医药（杭州）有限公司) today announced an exclusive license agreement with "
            "Morvant Therapeutics Ltd. for QH-19. Quanhe will receive US$30 million upfront.\n",
        ),
        (
            "Velmora licenses VM-4 in China",
            "SHANGHAI, May 5, 2025 -- Velmora Pharmaceutical (China) Co., Ltd. today announced a "
            "license agreement with Harlan Medical Ltd. for VM-4 in China.\n",
        ),
    ],
)
def test_a_bare_headline_name_is_the_registered_company_not_its_parent(headline, body):
    """ "Quanhe" in the headline, "Quanhe Biopharmaceutical (Hangzhou) Co., Ltd." in the body:
    the name, company words and the place it is registered in make one company (before: the
    bare headline name was listed as the parent of its own registered name)."""
    result = extract(headline + "\n\n" + body)
    names = [c["name"] for c in result["companies"]]
    lead = headline.split()[0]
    assert [n for n in names if n.startswith(lead)] == [
        next(n for n in names if n.startswith(lead) and "Co., Ltd." in n)
    ]
    assert all(c["parent"] is None for c in result["companies"])


def test_a_place_unit_that_adds_no_company_word_stays_a_subsidiary():
    """ "Velmora (China) Co., Ltd." adds only its place to "Velmora AG": the China subsidiary,
    its parent linked (the registered-name reading needs a company word of its own)."""
    text = (
        "Velmora news\n\nBASEL, May 5, 2025 -- Velmora AG today announced that Velmora (China) "
        "Co., Ltd. has signed a distribution agreement with Harlan Medical Ltd. for VM-4 in "
        "China.\n"
    )
    found = {c.name: c for c in entities(text)}
    assert found["Velmora (China) Co., Ltd."].parent is found["Velmora AG"]


@pytest.mark.parametrize(
    "bracket",
    [
        '(全和生物医药（杭州）有限公司, "Quanhe", SSE: 688777)',
        "(全和生物医药（杭州）有限公司；SSE: 688777)",
    ],
)
def test_a_chinese_name_opening_a_bracket_is_an_alias(bracket):
    """The registered Chinese name first in the bracket, a short name or ticker after it."""
    text = (
        "Quanhe news\n\nSHANGHAI, May 5, 2025 -- Quanhe Biopharmaceutical (Hangzhou) Co., Ltd. "
        f"{bracket} today announced a license agreement with Morvant Therapeutics Ltd.\n"
    )
    quanhe = next(c for c in entities(text) if c.name.startswith("Quanhe"))
    assert "全和生物医药（杭州）有限公司" in quanhe.names


@pytest.mark.parametrize(
    ("name", "native"),
    [
        ("Kasumara Pharma Co., Ltd.", "かすまら製薬株式会社"),
        ("Tenrei Bio K.K.", "株式会社テンレイ"),
    ],
)
def test_a_japanese_registered_name_in_brackets_is_an_alias(name, native):
    text = (
        f"Deal news\n\nTOKYO, May 5, 2025 -- {name} ({native}, TSE: 4590) today announced a "
        "license agreement with Morvant Therapeutics Ltd. for QH-19.\n"
    )
    company = next(c for c in entities(text) if c.name == name)
    assert native in company.names


# ---------------------------------------------------------------- C3: a legal form cut in half


@pytest.mark.parametrize(
    ("name", "wording"),
    [
        (
            "Peldra Biosciences Co., Ltd.",
            'an exclusive license agreement with {name} ("Peldra") under which Morvant obtains '
            "rights to PB-12.",
        ),
        (
            "Orrin Pharma Co., Limited",
            "a collaboration with {name}. The partners will develop PB-12.",
        ),
    ],
)
def test_a_name_stopping_inside_its_legal_form_is_no_alias(name, wording):
    """ "Peldra Biosciences Co" read up to the full stop of "Co., Ltd.": no alias."""
    text = (
        "Deal news\n\nBOSTON, May 5, 2025 -- Morvant Therapeutics, Inc. today announced "
        + wording.format(name=name)
        + "\n"
    )
    company = next(c for c in extract(text)["companies"] if c["name"] == name)
    assert not [a for a in company["aliases"] if a.endswith(" Co")]


def test_cut_legal_forms_are_told_from_short_names():
    assert cuts_legal_form("Peldra Biosciences Co", "Peldra Biosciences Co., Ltd.")
    assert cuts_legal_form("Norvik Pty", "Norvik Pty Ltd")
    assert not cuts_legal_form("Peldra Biosciences", "Peldra Biosciences Co., Ltd.")
    assert not cuts_legal_form("Peldra", "Peldra Inc.")
