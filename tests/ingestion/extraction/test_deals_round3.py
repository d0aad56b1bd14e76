"""Round 3 deal kinds, each read from an invented release."""

from apps.ingestion.extraction import extract

from .deal_helpers import only_deal, roles

HEAD = "BOSTON, March 3, 2026 -- "


def test_won_contracts_with_a_partner_is_a_deal():
    """'has won two licence contracts with Y' tells a deal like 'signed'."""
    deal = only_deal(
        HEAD + "Quellix Bio, a private start-up, has won two exclusive licence and "
        "collaboration contracts with Swiss drugmaker Dravon Pharma AG for its siRNA programmes."
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Quellix Bio": "licensor", "Dravon Pharma AG": "licensee"}


def test_won_an_award_or_a_government_contract_is_no_deal():
    """'won' tells no deal unless an agreement with a party follows it."""
    for sentence in (
        "Quellix Bio won the Best Partnership award with Dravon Pharma AG.",
        "Quellix Bio has won a $12 million contract from the Defense Threat Reduction Agency.",
    ):
        assert extract(HEAD + sentence)["deals"] == []


def test_partners_listed_with_their_countries_are_one_deal_each():
    """'partnerships with the UK's A, India's B and Singapore's C': a place's possessive opens
    a list item, so each partner has its own collaboration with the subject."""
    deals = extract(
        "SHANGHAI, March 3, 2026 -- Quorin Bio has reached partnerships with the UK's Tavelle "
        "Pharma, India's Marsk Labs, and Singapore's Obrin Biotech over QR-7 in other regional "
        "markets covering 40 countries."
    )["deals"]
    assert sorted(sorted(roles(d).items()) for d in deals) == [
        [("Marsk Labs", "partner"), ("Quorin Bio", "partner")],
        [("Obrin Biotech", "partner"), ("Quorin Bio", "partner")],
        [("Quorin Bio", "partner"), ("Tavelle Pharma", "partner")],
    ]
    assert all(d["type"] == "collaboration" for d in deals)


def test_a_buyout_offer_from_a_bidder_is_an_acquisition_of_the_company_named_first():
    """'X shares jumped after a buyout offer from Y': Y acquires X."""
    deal = only_deal(
        "Tarnell Therapeutics shares jumped this morning after a $640 million all-cash buyout "
        "offer from the eye-care giant Vossberg Pharmaceuticals (VSBG)."
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Vossberg Pharmaceuticals": "acquirer", "Tarnell Therapeutics": "target"}


def test_a_refused_or_hostile_bid_is_no_deal():
    for sentence in (
        "Tarnell Therapeutics shares fell this morning after its board rejected a $640 million "
        "all-cash takeover bid from Vossberg Pharmaceuticals (VSBG).",
        "Tarnell Therapeutics shares fell this morning after an unsolicited $640 million "
        "all-cash takeover bid from Vossberg Pharmaceuticals (VSBG).",
    ):
        assert extract(sentence)["deals"] == []


def test_a_licensed_product_owned_by_the_company_referred_back_to():
    """'the company's announcement that its licensed product X, obtained from Y, ...': the
    licensee is the company the news is about, named in the sentence before."""
    deal = only_deal(
        "HONG KONG, March 3, 2026 -- Shares of Pelmora Biosciences Ltd. surged over 9% in late "
        "trading.\nThe rally follows the company's announcement late last month that its "
        "licensed product QX-350, obtained from clinical-stage oncology firm Varrick "
        "Therapeutics, has been granted Fast Track designation by the FDA."
    )
    assert deal["type"] == "license"
    assert roles(deal) == {
        "Varrick Therapeutics": "licensor",
        "Pelmora Biosciences Ltd.": "licensee",
    }
