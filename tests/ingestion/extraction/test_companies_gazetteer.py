"""Companies the trade's gazetteer names, found when a release writes them once and bare.

Invented releases; the counterparties are real names because the gazetteer lists real names.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.gazetteer import known_spans


def names(result: dict) -> set[str]:
    return {c["name"] for c in result["companies"]}


def test_a_bare_counterparty_named_once_is_a_party_of_the_deal():
    result = extract(
        "Kestrel Bio update\n\n"
        "OSLO, April 2, 2025 -- Kestrel Bio ASA announced that it has granted Takeda an "
        "exclusive license to develop and commercialize KB-220 in Japan. Kestrel will receive "
        "an upfront payment of USD 15 million."
    )
    assert "Takeda" in names(result)
    (deal,) = result["deals"]
    assert {(p["company"], p["role"]) for p in deal["parties"]} == {
        ("Kestrel Bio ASA", "licensor"),
        ("Takeda", "licensee"),
    }


def test_the_fuller_form_in_the_text_stays_the_name():
    result = extract(
        "Partnership\n\nBASEL, May 6, 2025 -- Tollan Therapeutics AG and Novartis Pharma AG "
        "today announced a research collaboration. Novartis will fund the work."
    )
    assert "Novartis Pharma AG" in names(result)
    assert "Novartis" not in names(result)


def test_a_name_inside_a_longer_run_or_a_persons_name_is_not_taken():
    text = (
        "Jane Abbott, Chief Medical Officer of Orla Bio, spoke. Shanghai Hengrui Medicine "
        "Co., Ltd. was also present."
    )
    assert [name for _, _, name in known_spans(text)] == []


def test_a_title_case_headline_keeps_the_name():
    text = "Kestrel Bio And AbbVie Sign Option Pact\n\nBody text."
    assert [name for _, _, name in known_spans(text)] == ["AbbVie"]


def test_a_word_of_the_gazetteer_inside_another_word_is_not_taken():
    assert known_spans("Rocheville Pharma and the Pfizerish plan; GSK-branded kits.") == []


def test_a_name_that_opens_a_longer_name_is_left_to_the_general_rules():
    # "Bayer Prize Committee" is not Bayer; before a legal form the bare name still counts
    text = "The jury of the Bayer Prize Committee met today, and staff from Sanofi Inc. attended."
    assert [name for _, _, name in known_spans(text)] == ["Sanofi"]
