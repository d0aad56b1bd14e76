"""Company names found by trying new invented sentences (round 9).

Every text here is invented (company names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Deal news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def test_a_company_word_before_and_ends_the_first_of_two_names():
    """ "X Medicines and Y Inc.": two companies, not one name like "Research and Development
    Co."."""
    deal = only_deal(DATELINE + "Ostrava Medicines and Pellam Inc. signed a licence agreement.\n")
    assert set(roles(deal)) == {"Ostrava Medicines", "Pellam Inc."}


def test_a_name_joined_by_and_without_a_company_word_is_not_split():
    """ "Research and Development Co.": "Research" is no company word, so "Development Co." is
    not a company of its own."""
    names = [
        c["name"]
        for c in extract(
            DATELINE + "Tarrow Research and Development Co. signed a licence agreement with "
            "Pellam Inc.\n"
        )["companies"]
    ]
    assert "Pellam Inc." in names
    assert "Development Co." not in names


def test_a_weekday_opens_no_company_name():
    deal = only_deal(
        DATELINE + "Brindle Capital Markets said Monday Corvane Bio had agreed to license "
        "AX-9 from Ellory Pharma.\n"
    )
    assert set(roles(deal)) == {"Corvane Bio", "Ellory Pharma"}
