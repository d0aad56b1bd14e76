"""Company names in news wording and Chinese releases (round 16, second pass).

Every text here is invented (company, person and product names included): a place or a
description written before a company the reporter names, a headline's short form of the
body's registered name, a Chinese or Japanese registered name in brackets, and a legal form
cut in half by its full stop.
"""

import pytest

from apps.ingestion.extraction import extract
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
