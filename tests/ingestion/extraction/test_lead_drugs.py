"""A release's lead names its subject: products the headline or first sentences tell something
about are listed even when no fact about them was read (rule drug.lead_mention).

Every company and product name here is invented.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.drugs import find_drugs
from apps.ingestion.extraction.pipeline import LEAD_MENTION_CONFIDENCE, lead_drugs
from apps.ingestion.extraction.text import analyse

# A wire item whose wording no designation or deal rule reads: its product is still its subject.
SHORT_ITEM = (
    "Quellar Bio shares climb\n\n"
    "Shares of Quellar Bio jumped 14% on Tuesday after the drugmaker said its candidate "
    "QB-5521 moved into a registration study in adults with gout, the company said in a "
    "filing.\nThe stock closed at its highest level this year."
)


def names(result: dict) -> list[str]:
    return [d["name"] for d in result["drugs"]]


def test_a_product_the_lead_tells_about_is_listed_with_its_own_rule_and_confidence():
    result = extract(SHORT_ITEM)

    item = next(d for d in result["drugs"] if d["name"] == "QB-5521")
    assert item["rule"] == "drug.lead_mention"
    assert item["confidence"] == LEAD_MENTION_CONFIDENCE < 0.8
    assert "registration study" in item["quote"]


def test_a_combination_partner_in_the_lead_is_not_listed():
    text = SHORT_ITEM.replace(
        "its candidate QB-5521", "its candidate QB-5521 given in combination with plivotinib"
    )
    doc = analyse(text)

    listed = [d.name for d in lead_drugs(doc, find_drugs(doc))]

    assert "QB-5521" in listed
    assert "plivotinib" not in listed


def test_a_product_named_without_a_regulatory_clinical_or_deal_word_is_not_listed():
    text = SHORT_ITEM.replace(
        "its candidate QB-5521 moved into a registration study in adults with gout",
        "sales of QB-5521 beat forecasts",
    )

    assert "QB-5521" not in names(extract(text))


def test_in_a_long_release_only_the_lead_counts():
    filler = " ".join(
        f"Quellar Bio reported revenue growth in region {n} during the quarter." for n in range(40)
    )
    text = (
        "Quellar Bio reports third-quarter results\n\n"
        f"OSLO, May 6, 2025 -- {filler}\n"
        "Separately, its candidate QB-5521 moved into a registration study in adults with gout.\n"
    )
    doc = analyse(text)

    assert len(text) > 2000
    assert [d.name for d in lead_drugs(doc, find_drugs(doc))] == []
    assert "QB-5521" not in names(extract(text))
    # the same sentence in the lead does count
    lead_first = text.replace(
        "OSLO, May 6, 2025 -- ",
        "OSLO, May 6, 2025 -- Its candidate "
        "QB-5521 moved into a registration study in adults with gout. ",
    )
    assert "QB-5521" in names(extract(lead_first))
