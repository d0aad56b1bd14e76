"""The widened gazetteer: a bare counterparty the trade knows, named once, is a party; a name
the trade writes in lower or mixed case ("argenx", "bluebird bio", "uniQure") is found as
written; a common word the gazetteer leaves out ("Summit", "Horizon") stays a word.

Invented releases, products and people; the counterparties are real gazetteer entries, which
is what is being tested.
"""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.gazetteer import known_spans


def names(result: dict) -> set[str]:
    return {c["name"] for c in result["companies"]}


def parties(result: dict) -> set[tuple[str, str]]:
    return {(p["company"], p["role"]) for deal in result["deals"] for p in deal["parties"]}


@pytest.mark.parametrize("partner", ["Hansoh", "Ipsen", "Daewoong", "Telix", "Zai Lab"])
def test_a_bare_known_name_signing_an_option_deal_is_a_party(partner):
    text = (
        "Tamsel Bio update\n\n"
        "OSLO, April 2, 2025 -- Tamsel Bio ASA today announced that it has entered into an "
        f"exclusive option agreement with {partner} for TMB-310. Tamsel will receive USD 15 "
        "million upfront."
    )
    # the gazetteer names it (the deal rules alone also take a capitalised counterparty here)
    assert [name for _, _, name in known_spans(text)] == [partner]
    result = extract(text)
    assert partner in names(result)
    assert parties(result) == {("Tamsel Bio ASA", "licensor"), (partner, "licensee")}


@pytest.mark.parametrize("partner", ["Alteogen", "Kyowa Kirin", "Immunocore"])
def test_a_bare_known_name_granted_a_licence_is_a_party(partner):
    text = (
        "Orwick update\n\n"
        "BOSTON, May 6, 2025 -- Orwick Therapeutics, Inc. announced that it has granted "
        f"{partner} an exclusive license to develop and commercialize ORW-77 in Asia. Orwick "
        "will receive an upfront payment of USD 20 million."
    )
    assert [name for _, _, name in known_spans(text)] == [partner]
    result = extract(text)
    assert parties(result) == {("Orwick Therapeutics, Inc.", "licensor"), (partner, "licensee")}


@pytest.mark.parametrize("partner", ["argenx", "bluebird bio", "uniQure", "iTeos", "bioMérieux"])
def test_a_lower_or_mixed_case_known_name_is_found_as_written(partner):
    granted = extract(
        "Orwick update\n\n"
        "BOSTON, May 6, 2025 -- Orwick Therapeutics, Inc. announced that it has granted "
        f"{partner} an exclusive license to develop and commercialize ORW-77 in Asia. Orwick "
        "will receive an upfront payment of USD 20 million."
    )
    assert partner in names(granted)
    assert (partner, "licensee") in parties(granted)
    leading = extract(
        "Licence\n\n"
        f"GHENT, June 3, 2025 -- {partner} has licensed TMB-310 from Tamsel Bio ASA. Tamsel "
        "will receive USD 15 million upfront."
    )
    assert partner in names(leading)
    assert (partner, "licensee") in parties(leading)


def test_a_lower_case_known_name_is_not_found_inside_a_longer_word():
    assert known_spans("The argenxian plan and uniQures are not names.") == []


def test_summit_and_horizon_as_plain_words_are_not_companies():
    result = extract(
        "Update\n\n"
        "BOSTON, May 6, 2025 -- Orwick Therapeutics, Inc. announced that it has granted "
        "Kestrel Bio ASA an exclusive license to ORW-77. Summit meetings on the horizon will "
        "follow. Horizon scanning, said Dr. Mara Voss, guided the choice. Orwick will receive "
        "an upfront payment of USD 20 million."
    )
    assert not {"Summit", "Horizon"} & names(result)
    assert known_spans("Summit talks are on the Horizon of the Apollo program.") == []
