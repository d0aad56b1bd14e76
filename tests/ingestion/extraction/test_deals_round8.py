"""Deal wording met on releases nobody developed on (round 8): who licenses from whom, money in
Japanese and Chinese and German notation, and deals recapped as market background.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.money import Money, find_money
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

# ---------------------------------------------------------------- licence direction


def test_a_headline_x_licenses_drug_from_y_makes_x_the_licensee():
    """ "X Licenses DRUG from Y" over a body that names no direction: X in-licenses."""
    deals = extract(
        "Merrow In-Licenses Pelvaxin Programme from Dunstan\n\n"
        "LEEDS, June 4, 2024 -- Merrow Pharma plc today said it signed an exclusive licence "
        "agreement with Dunstan Labs Inc. covering DX-417.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Merrow Pharma plc": "licensee", "Dunstan Labs Inc.": "licensor"}
    ]


def test_licensing_rights_to_another_companys_drug_and_paying_makes_the_payer_licensee():
    """ "X has licensed global rights to Y's DRUG, paying $N upfront": Y owns and grants."""
    deals = extract(
        "LEEDS, June 4, 2024 -- Merrow Pharma plc has licensed global rights to Dunstan Labs "
        "Inc.'s oral candidate DX-417, paying $80 million upfront.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Merrow Pharma plc": "licensee", "Dunstan Labs Inc.": "licensor"}
    ]


# ---------------------------------------------------------------- money in other notations


def test_yen_sign_in_a_japanese_release_is_jpy():
    """ "¥" in a release from Tokyo by a K.K. is the yen, not the yuan."""
    deal = only_deal(
        "OSAKA, May 2, 2025 -- Hinoderu Pharma K.K. will acquire Brisby Labs Inc. for "
        "¥42 billion in cash.\n"
    )
    assert deal["terms"]["total_value"] == money(42_000_000_000, "JPY")


def test_yen_sign_in_a_chinese_release_stays_cny():
    deal = only_deal(
        "SUZHOU, China, May 2, 2025 -- Lianhe Biologics Co., Ltd. will acquire Brisby Labs Inc. "
        "for ¥42 billion in cash.\n"
    )
    assert deal["terms"]["total_value"] == money(42_000_000_000, "CNY")


def test_chinese_and_german_scales_read_in_full():
    """ "人民币3亿元" is 300 million yuan; "1,6 Mrd." a decimal comma and a German billion."""
    assert find_money("支付人民币3亿元") == [Money(2, 8, 300_000_000, "CNY")]
    assert find_money("金额为2500万元") == [Money(3, 9, 25_000_000, "CNY")]
    assert [m.amount for m in find_money("Kaufpreis von EUR 1,6 Mrd. in bar")] == [1.6e9]
    assert [m.amount for m in find_money("insgesamt 2.450,5 Mio. Euro")] == []  # no "Euro" word
    assert [m.amount for m in find_money("a fee of $1,250 million")] == [1.25e9]


# ---------------------------------------------------------------- deals of others as background


def test_other_companies_deals_recapped_as_market_background_are_no_deals():
    """A results release that cites two deals between other companies to show the field's
    value: its company is no party and its lead names none of theirs."""
    deals = extract(
        "Quillon Reports Positive Phase 2 Data for QL-40 in Atopic Dermatitis\n\n"
        "LYON, France, March 12, 2025 -- Quillon Therapeutics SA today reported that QL-40 met "
        "its primary endpoint in a Phase 2 study of atopic dermatitis.\n\n"
        "Interest in the OX40 pathway is high. Last year Sandermill Pharma Inc. bought "
        "Ferrowick Bio Ltd. for $2.3 billion, while Halbrook Labs plc paid $300 million upfront "
        "to license a rival antibody from Dunmere Biologics GmbH.\n\n"
        "Quillon retains worldwide rights to QL-40.\n"
    )["deals"]
    assert deals == []


def test_the_companys_own_past_licence_recapped_in_a_results_release_stays():
    deals = extract(
        "Quillon Reports Positive Phase 2 Data for QL-40 in Atopic Dermatitis\n\n"
        "LYON, France, March 12, 2025 -- Quillon Therapeutics SA today reported that QL-40 met "
        "its primary endpoint in a Phase 2 study of atopic dermatitis.\n\n"
        "In 2023, Quillon Therapeutics SA granted Halbrook Labs plc an exclusive licence to "
        "QL-40 in Japan for $40 million upfront.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Quillon Therapeutics SA": "licensor", "Halbrook Labs plc": "licensee"}
    ]


def test_a_seller_after_a_coordinated_clause_is_another_deals_party():
    """ "A bought B for $N, while C paid $M to license X from D": D sold nothing to A."""
    deals = extract(
        "Market Watch: Dermatology Deals\n\n"
        "Torvane Pharma Inc. bought Ellisk Bio Ltd. for $2.3 billion, while Halbrook Labs plc "
        "paid $300 million upfront to license a rival antibody from Dunmere Biologics GmbH.\n"
    )["deals"]
    assert all(
        "Dunmere Biologics GmbH" not in roles(d) for d in deals if "Ellisk Bio Ltd." in roles(d)
    )
    assert {"Torvane Pharma Inc.": "acquirer", "Ellisk Bio Ltd.": "target"} in [
        roles(d) for d in deals
    ]


def test_an_acquisition_list_stops_at_a_company_that_owns_the_next_deal():
    """ "A's acquisition of B and C's licence of X from D": C is no target and D no seller."""
    deals = extract(
        "Market Watch: Dermatology Deals\n\n"
        "The field saw large transactions, among them Torvane Pharma Inc.'s purchase of Ellisk "
        "Bio Ltd. and Halbrook Labs plc's licence of a rival antibody from Dunmere Biologics "
        "GmbH.\n"
    )["deals"]
    acquisitions = [roles(d) for d in deals if d["type"] == "acquisition"]
    assert acquisitions == [{"Torvane Pharma Inc.": "acquirer", "Ellisk Bio Ltd.": "target"}]


def test_a_second_clause_without_a_comma_keeps_its_own_seller():
    deals = extract(
        "Market Watch: Dermatology Deals\n\n"
        "Torvane Pharma Inc. acquired Ellisk Bio Ltd. for $2.3 billion and Halbrook Labs plc "
        "licensed a rival antibody from Dunmere Biologics GmbH.\n"
    )["deals"]
    assert {"Torvane Pharma Inc.": "acquirer", "Ellisk Bio Ltd.": "target"} in [
        roles(d) for d in deals
    ]
    assert all(len(roles(d)) == 2 for d in deals)


# ---------------------------------------------------------------- takeovers by shares and offers


def test_buying_all_shares_in_a_company_is_its_acquisition():
    deal = only_deal(
        "HELSINKI, April 9, 2025 -- Kuusela Pharma Oyj has agreed to buy all the outstanding "
        "shares in Brannvik Therapeutics AB for EUR 410 million.\n"
    )
    assert roles(deal) == {"Kuusela Pharma Oyj": "acquirer", "Brannvik Therapeutics AB": "target"}


def test_a_public_offer_to_a_companys_shareholders_is_its_acquisition():
    deal = only_deal(
        "HELSINKI, April 9, 2025 -- Kuusela Pharma Oyj today launched a recommended public "
        "cash offer to the shareholders of Brannvik Therapeutics AB.\n"
    )
    assert roles(deal) == {"Kuusela Pharma Oyj": "acquirer", "Brannvik Therapeutics AB": "target"}


def test_a_reported_licensee_that_will_develop_under_an_agreement_is_a_party():
    """ "X said today that Y will develop and market DRUG in P under an exclusive licence
    agreement": Y is the licensee of X's drug, "under an" being the deal's action."""
    deal = only_deal(
        "OSAKA, May 2, 2025 -- Hinoderu Pharma K.K. said today that Gwangmyeong Bio Co., "
        "Ltd. will develop and market HD-71 in Korea under an exclusive license agreement. "
        "Hinoderu will receive ¥3 billion upfront.\n"
    )
    assert roles(deal) == {
        "Hinoderu Pharma K.K.": "licensor",
        "Gwangmyeong Bio Co., Ltd.": "licensee",
    }
    assert deal["terms"]["upfront"] == money(3_000_000_000, "JPY")


def test_a_deal_of_others_that_the_release_company_helped_fund_stays():
    """ "Y completed its purchase of Z, financed partly by X": X's release tells a deal it had
    a hand in, not market background."""
    deals = extract(
        "Marwick Capital plc: Annual Results 2024\n\n"
        "LONDON, 3 March 2025 -- Marwick Capital plc (LSE: MWC) today reported its results.\n\n"
        "Highlights\n"
        "- Tolland Biotherapeutics closed its purchase of Ashgrove Therapeutics, financed "
        "partly by Marwick\n"
    )["deals"]
    assert {"Tolland Biotherapeutics": "acquirer", "Ashgrove Therapeutics": "target"} in [
        roles(d) for d in deals
    ]


def test_the_owner_of_an_acquisition_noun_stands_before_its_price_or_adjective():
    """ "Observers praised X's $3 billion / proposed acquisition of Y": X buys, never the
    capitalised word that opens the sentence."""
    for middle in ("$3 billion", "proposed"):
        deals = extract(
            f"Observers praised Torvane Pharma Inc.'s {middle} acquisition of Ellisk Bio Ltd.\n"
        )["deals"]
        assert all("Observers" not in roles(d) for d in deals)
    deal = only_deal(
        "Observers praised Torvane Pharma Inc.'s proposed acquisition of Ellisk Bio Ltd.\n"
    )
    assert roles(deal) == {"Torvane Pharma Inc.": "acquirer", "Ellisk Bio Ltd.": "target"}


def test_a_roundup_item_told_as_news_of_its_own_stays_a_deal():
    """A news roundup opens on one company's story; another item is news in its own right."""
    deals = extract(
        "Biotech Briefs: Quillon Data and More\n\n"
        "Quillon Therapeutics SA said QL-40 met its primary endpoint in a Phase 2 study of atopic "
        "dermatitis, sending its shares up 12%. The company plans a Phase 3 trial next year. "
        "Quillon did not give further details.\n\n"
        "Sandermill Pharma Inc. has agreed to buy Ferrowick Bio Ltd. for $2.3 billion in cash.\n"
    )["deals"]
    assert [(d["type"], {p["company"] for p in d["parties"]}) for d in deals] == [
        ("acquisition", {"Sandermill Pharma Inc.", "Ferrowick Bio Ltd."})
    ]
