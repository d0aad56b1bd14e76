"""Deal mechanisms of round 16c: agreements with partners the release leaves unnamed, past deals
told by an informal noun ("its buy of Y"), reported deeds ("said late Monday it signed").

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Company update\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


# ---------------------------------------------------------------- unnamed partners


def test_collaboration_with_other_partners_is_with_no_named_company():
    """ "compounds developed in collaboration with other partners" names no counterparty: the
    other company of the sentence is not it."""
    deals = extract(
        DATELINE + "Corvane Therapeutics Inc. agreed to be bought by Aldermoor Pharma Ltd. for "
        "$300 million.\n\nCorvane's pipeline includes several antibodies being developed in "
        "collaboration with other partners, and will complement Aldermoor's own programmes.\n"
    )["deals"]
    assert [d["type"] for d in deals] == ["acquisition"], deals


def test_partnership_with_several_undisclosed_companies_is_no_deal():
    deals = extract(
        DATELINE + "Brenmoor Pharma Plc has entered into collaborations with several undisclosed "
        "companies on its gene therapy platform, Tessaly Biotech Co. said.\n"
    )["deals"]
    assert deals == [], deals


# ---------------------------------------------------------- past deals told by an informal noun


def test_a_buy_of_a_described_company_is_its_acquisition():
    """ "the $300-million buy of drugmaker Y": news copy's noun for a purchase."""
    deals = extract(
        DATELINE + "Aldermoor Pharma Ltd. has done deals abroad before, the largest being the "
        "$300-million buy of Danish drugmaker Corvane Therapeutics.\n"
    )["deals"]
    assert [(d["type"], roles(d)) for d in deals] == [
        (
            "acquisition",
            {"Aldermoor Pharma Ltd.": "acquirer", "Corvane Therapeutics": "target"},
        )
    ], deals


def test_its_buy_of_a_company_names_the_buyer_by_the_subject():
    deal = only_deal(
        DATELINE + "Brenmoor Pharma Plc completed its buy of Tessaly Biotech Co. in 2023, "
        "the company said.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Brenmoor Pharma Plc": "acquirer", "Tessaly Biotech Co.": "target"}


def test_its_merger_of_a_company_is_a_merger_absorbing_it():
    """ "X closed its $2 billion merger of drug company Y": a merger, Y absorbed."""
    deal = only_deal(
        DATELINE + "Last year Aldermoor Pharma Ltd. closed its $2 billion merger of struggling "
        "drug company Corvane Therapeutics Inc.\n"
    )
    assert deal["type"] == "merger"
    assert roles(deal) == {
        "Aldermoor Pharma Ltd.": "acquirer",
        "Corvane Therapeutics Inc.": "target",
    }


def test_their_merger_of_a_company_after_the_subject_is_a_merger():
    deal = only_deal(
        DATELINE + "Brenmoor Pharma Plc and its shareholders approved their 2024 merger of "
        "Tessaly Biotech Co. in a vote on Friday.\n"
    )
    assert deal["type"] == "merger"
    assert roles(deal) == {"Brenmoor Pharma Plc": "acquirer", "Tessaly Biotech Co.": "target"}


def test_a_merger_of_two_companies_told_by_a_third_is_not_its_merger():
    """Precision: "the merger of A and B" has no possessive; the teller is no party."""
    deals = extract(
        DATELINE + "Brenmoor Pharma Plc said the merger of Tessaly Biotech Co. and Corvane "
        "Therapeutics Inc. would not affect its supply deal.\n"
    )["deals"]
    assert not any(d["type"] == "merger" and "Brenmoor Pharma Plc" in roles(d) for d in deals), (
        deals
    )


# ---------------------------------------------------------------- unnamed assets from named sellers


def test_counted_brands_bought_from_two_sellers_is_an_asset_purchase():
    """ "acquired 9 prescription brands from A and B": no product named, the sellers partners."""
    deal = only_deal(
        DATELINE + "Aldermoor Pharma Ltd. has acquired 9 established prescription brands from "
        "Corvane Therapeutics Inc. and Corvane Pharma GmbH in Brazil for $120 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {
        "Aldermoor Pharma Ltd.": "acquirer",
        "Corvane Therapeutics Inc.": "partner",
        "Corvane Pharma GmbH": "partner",
    }


def test_products_bought_from_a_seller_is_an_asset_purchase():
    deal = only_deal(
        DATELINE + "Brenmoor Pharma Plc bought four over-the-counter products from Tessaly "
        "Biotech Co. for an undisclosed sum.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Brenmoor Pharma Plc": "acquirer", "Tessaly Biotech Co.": "partner"}


# ---------------------------------------------------------------- reported deeds told with a time


def test_said_late_monday_it_signed_reports_the_deal():
    """ "X said late Monday it signed ...": an attribution with its time, not an opinion."""
    deal = only_deal(
        "Brief\n\nBrenmoor Pharma Plc said late Monday it signed a licensing agreement with "
        "Tessaly Biotech Co. for its kidney drug.\n"
    )
    assert deal["type"] == "license"
    assert set(roles(deal)) == {"Brenmoor Pharma Plc", "Tessaly Biotech Co."}


def test_said_early_on_tuesday_that_it_agreed_reports_the_deal():
    deal = only_deal(
        "Brief\n\nAldermoor Pharma Ltd. said early on Tuesday that it has agreed to acquire "
        "Corvane Therapeutics Inc. for $410 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {
        "Aldermoor Pharma Ltd.": "acquirer",
        "Corvane Therapeutics Inc.": "target",
    }


def test_said_wednesday_evening_it_signed_reports_the_deal():
    deal = only_deal(
        "Brief\n\nBrenmoor Pharma Plc said Wednesday evening it signed a collaboration "
        "agreement with Tessaly Biotech Co. on antibody discovery.\n"
    )
    assert deal["type"] == "collaboration"


# ---------------------------------------------------------------- a unit named by its parent first


def test_licence_to_the_unit_of_a_parent_then_named_is_one_deal_with_the_unit():
    """ "to the Swiss unit of Y Pharma" then "from Y Specialty AG": one licence, the unit's."""
    deals = extract(
        "Brief\n\nBrenmoor Pharma Plc has agreed to grant a paid license for its cancer drug "
        "velorimab to the Swiss unit of India's Corvane Pharmaceuticals Ltd.\n\n"
        "Under the agreement, Brenmoor will receive an upfront payment of $20 million and "
        "milestone payments of up to $900 million from Corvane Specialty AG.\n"
    )["deals"]
    assert [(d["type"], set(roles(d))) for d in deals] == [
        ("license", {"Brenmoor Pharma Plc", "Corvane Specialty AG"})
    ], deals


def test_licence_to_the_arm_of_a_parent_then_named_in_the_terms_is_the_arms():
    deals = extract(
        "Brief\n\nCorvane Therapeutics Inc. has licensed its antibody ostrelimab to the "
        "Japanese arm of Aldermoor Group Ltd. for $30 million upfront.\n\nUnder the agreement, "
        "Corvane will receive $5 million in milestones from Aldermoor Pharma Japan Co., Ltd.\n"
    )["deals"]
    assert [(d["type"], roles(d)) for d in deals] == [
        (
            "license",
            {
                "Corvane Therapeutics Inc.": "licensor",
                "Aldermoor Pharma Japan Co., Ltd.": "licensee",
            },
        )
    ], deals


def test_a_parent_named_plainly_keeps_its_own_deal_beside_its_units():
    """Precision: without "unit of", a parent's deal and its unit's are two deals."""
    deals = extract(
        "Brief\n\nBrenmoor Pharma Plc signed a licence agreement with Corvane Pharmaceuticals "
        "for velorimab in Europe.\n\nBrenmoor Pharma Plc also signed a licence agreement with "
        "Corvane Specialty AG for ostrelimab in Japan.\n"
    )["deals"]
    assert len(deals) == 2, deals


# ---------------------------------------------------------------- a SPAC's business combination


def test_completed_business_combination_with_a_spac_is_a_merger():
    """ "completed its business combination with Y, a special purpose acquisition company"."""
    deal = only_deal(
        "Brief\n\nCastrel Therapeutics Inc. has completed its business combination with Orlent "
        "Acquisition Corp., a special purpose acquisition company.\n"
    )
    assert deal["type"] == "merger"
    assert set(roles(deal)) == {"Castrel Therapeutics Inc.", "Orlent Acquisition Corp."}


def test_business_combination_agreement_signed_by_two_companies_is_a_merger():
    deal = only_deal(
        "Brief\n\nVelmora Bio Ltd. and Quintar Capital Acquisition Corp. entered into a "
        "definitive business combination agreement on Monday.\n"
    )
    assert deal["type"] == "merger"
    assert set(roles(deal)) == {"Velmora Bio Ltd.", "Quintar Capital Acquisition Corp."}


def test_business_combination_with_a_parents_unnamed_unit_names_no_parent():
    """Precision: "with Y's oncology subsidiary" merges the unit, not Y."""
    deals = extract(
        "Brief\n\nOrlent Acquisition Corp. entered into a business combination agreement with "
        "Castrel Therapeutics Inc.'s oncology subsidiary.\n"
    )["deals"]
    assert deals == [], deals
