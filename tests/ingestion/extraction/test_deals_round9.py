"""Deal wording found by trying new invented sentences (round 9): the progressive ("are
expanding a collaboration"), rights handed to a party, a hyphenated technology-transfer
agreement, and a deal that a news item reports another company to have made.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Deal news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def test_a_collaboration_told_in_the_progressive_is_a_deal():
    deal = only_deal(
        DATELINE + "Harlow Bio and Quenby Therapeutics are broadening a discovery "
        "collaboration that began in 2020.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {"Harlow Bio": "partner", "Quenby Therapeutics": "partner"}


def test_a_deal_giving_a_party_rights_to_a_product_is_a_licence_to_that_party():
    deal = only_deal(
        DATELINE + "Ostrava Medicines struck a deal with Pellam Inc. that gives Pellam the "
        "commercial rights to OM-52 in Brazil.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Ostrava Medicines": "licensor", "Pellam Inc.": "licensee"}
    assert deal["territory"] == "Brazil"


def test_rights_given_to_shareholders_are_no_licence():
    """Lower-case holders after "grant" are no party: the cue wants a capitalised name."""
    assert (
        extract(
            DATELINE + "The spin-off will grant Ostrava Medicines shareholders the right to "
            "receive new shares, the company said.\n"
        )["deals"]
        == []
    )


def test_a_hyphenated_technology_transfer_agreement_is_a_licence():
    deal = only_deal(
        DATELINE + "Harlow Bio has signed a technology-transfer agreement with Quenby "
        "Therapeutics covering its bispecific platform.\n"
    )
    assert deal["type"] == "license"
    assert set(roles(deal)) == {"Harlow Bio", "Quenby Therapeutics"}


def test_a_reporter_naming_another_companys_deal_is_no_party():
    """ "X said Y has licensed ... from Z": Y and Z made the deal; X only reports it."""
    deal = only_deal(
        DATELINE + "Brindle Pharma said Tuesday Corvane Bio has licensed AX-9 from "
        "Ellory Pharma for an undisclosed sum.\n"
    )
    assert roles(deal) == {"Corvane Bio": "licensee", "Ellory Pharma": "licensor"}


def test_a_reporter_that_is_paid_stays_a_party():
    """ "X said Y will pay it ...": with one other company named, X is the counterparty."""
    deal = only_deal(
        DATELINE + "Ellory Pharma said Corvane Bio will pay it $12 million to license AX-9.\n"
    )
    assert roles(deal) == {"Ellory Pharma": "licensor", "Corvane Bio": "licensee"}
