"""Deals read from the verbs that make them: field cases and the same kinds in other wording.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, roles


def deal_of(result: dict, kind: str) -> dict:
    return next(d for d in result["deals"] if d["type"] == kind)


# ---------------------------------------------------------------- si01: bracket alias


def test_si01_licensee_named_by_its_bracket_alias_still_makes_the_licence():
    result = extract(
        "Tamsin Bio licenses TB-301 in Japan\n\n"
        "SEOUL, May 2, 2025 -- Tamsin Bio Co., Ltd. announced that it has entered into an "
        'agreement with Quillon Pharma Inc. ("Quillon"). Under the agreement, Quillon has '
        "obtained exclusive rights to develop and commercialize TB-301 in Japan. Tamsin will "
        "receive an upfront payment of RMB 80 million.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {
        "Tamsin Bio Co., Ltd.": "licensor",
        "Quillon Pharma Inc.": "licensee",
    }
    assert deal["drugs"] == ["TB-301"]
    assert deal["exclusive"] is True
    assert deal["territory"] == "Japan"
    assert deal["announced_on"] == "2025-05-02"
    assert deal["terms"]["upfront"] == money(80_000_000, "CNY")
    assert "RMB 80 million" in deal["quote"]  # the quote covers the money sentence
    assert deal["rule"] == "deal.agreement"
    assert 0 <= deal["confidence"] <= 1


def test_licensee_defined_in_brackets_and_granted_in_the_passive_voice():
    result = extract(
        "Orrin licence\n\n"
        "OSLO, June 3, 2024 -- Orrin Biologics GmbH and Vantor Medicines Ltd. "
        '("Vantor") today announced a licence agreement. Vantor was granted an exclusive '
        "licence to OB-12 in Canada by Orrin Biologics GmbH. Vantor will pay USD 5 million "
        "upfront.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Orrin Biologics GmbH": "licensor", "Vantor Medicines Ltd.": "licensee"}
    assert deal["territory"] == "Canada"
    assert deal["terms"]["upfront"] == money(5_000_000, "USD")


# ---------------------------------------------------------------- si02: suffixless acquirer


def test_si02_acquirer_without_legal_form_and_the_offer_value():
    result = extract(
        "Helvara to acquire Brindle AG\n\n"
        "Basel, March 4, 2024 – Helvara today announced that it has entered into an agreement "
        "to make a voluntary public takeover offer to acquire Brindle AG (FSE: BRN; NASDAQ: "
        "BRN), a Germany-based biopharmaceutical company. The offer values Brindle at EUR 1.5bn.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Helvara": "acquirer", "Brindle AG": "target"}
    assert deal["announced_on"] == "2024-03-04"
    assert deal["terms"]["total_value"] == money(1_500_000_000, "EUR")
    assert "Helvara" in {c["name"] for c in result["companies"]}


def test_bare_name_buyer_with_the_price_after_for():
    result = extract(
        "Corlith buys Pemberly\n\n"
        "DUBLIN, July 9, 2024 -- Corlith said today it has agreed to acquire Pemberly "
        "Therapeutics for $2.3 billion in cash.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Corlith": "acquirer", "Pemberly Therapeutics": "target"}
    assert deal["terms"]["total_value"] == money(2_300_000_000, "USD")
    assert deal["rule"] == "deal.acquire_verb"


# ---------------------------------------------------------------- si03: recapped licence


def test_si03_recapped_licence_has_its_year_and_no_announcement_date():
    result = extract(
        "Company update\n\n"
        "SHANGHAI, Sept. 2, 2024 /PRNewswire/ -- Shanghai Tamsin Biotech, Inc. (2999.HK) "
        "presented new data for TB-301, an anti-PD-1 monoclonal antibody. In 2023, Tamsin "
        "entered into an exclusive license agreement with Quillon Pharmaceuticals Limited for "
        "the development and commercialisation of TB-301 in Europe.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {
        "Shanghai Tamsin Biotech, Inc.": "licensor",
        "Quillon Pharmaceuticals Limited": "licensee",
    }
    assert deal["drugs"] == ["TB-301"]
    assert deal["territory"] == "Europe"
    assert deal["signed_on"] == "2023"
    assert deal["announced_on"] is None


def test_licence_signed_in_an_earlier_month_is_a_recap():
    result = extract(
        "Quarterly update\n\n"
        "ZURICH, November 4, 2025 -- Marwick Pharma AG reported progress. Marwick signed an "
        "exclusive license agreement with Tolland Bio Inc. in March 2025 for MW-7 in Japan.\n"
    )
    deal = deal_of(result, "license")
    assert deal["signed_on"] == "2025-03"
    assert deal["announced_on"] is None


# ---------------------------------------------------------------- si04: option exercises


def test_si04_option_exercise_for_two_programmes_is_one_option_deal():
    result = extract(
        "Halvard exercises options to two Corvex programs\n\n"
        "BOSTON, March 3, 2024 -- Halvard Biosciences, Inc. (Nasdaq: HALV) and Corvex "
        "Therapeutics, Inc. (NYSE: CRVX) today announced that Halvard has exercised its options "
        "to two programs in Corvex's clinical-stage portfolio, CX-210 and CX-308. Corvex will "
        "receive option payments totaling $300 million.\n"
    )
    deal = deal_of(result, "option")
    assert roles(deal) == {
        "Halvard Biosciences, Inc.": "licensee",
        "Corvex Therapeutics, Inc.": "licensor",
    }
    assert deal["drugs"] == ["CX-210", "CX-308"]
    assert deal["announced_on"] == "2024-03-03"
    assert deal["terms"]["upfront"] == money(300_000_000, "USD")


def test_option_exercised_by_the_partner_named_second():
    result = extract(
        "Option exercise\n\n"
        "LONDON, April 8, 2025 -- Fenwick Therapeutics plc announced that Brora Pharma Ltd. "
        "exercised its option to license FW-44 and FW-45. Fenwick is entitled to an option "
        "exercise fee of $25 million.\n"
    )
    deal = deal_of(result, "option")
    assert roles(deal) == {"Fenwick Therapeutics plc": "licensor", "Brora Pharma Ltd.": "licensee"}
    assert deal["terms"]["upfront"] == money(25_000_000, "USD")


# ---------------------------------------------------------------- si05: added collaboration


def test_si05_added_research_collaboration_between_the_announcing_companies():
    result = extract(
        "Halvard and Corvex expand partnership\n\n"
        "BOSTON, March 3, 2024 -- Halvard Biosciences, Inc. (Nasdaq: HALV) and Corvex "
        "Therapeutics, Inc. (NYSE: CRVX) today announced that the companies have added a "
        "research collaboration focused on fibrosis.\n"
    )
    deal = deal_of(result, "collaboration")
    assert set(roles(deal).values()) == {"partner"}
    assert len(deal["parties"]) == 2
    assert deal["announced_on"] == "2024-03-03"
    assert deal["terms"] is None


def test_expanded_partnership_in_other_words():
    result = extract(
        "Update\n\n"
        "PARIS, May 5, 2025 -- Selby Genomics SA and Ardent Cell Inc. today expanded their "
        "discovery partnership to a second target.\n"
    )
    deal = deal_of(result, "collaboration")
    assert set(roles(deal)) == {"Selby Genomics SA", "Ardent Cell Inc."}


# ---------------------------------------------------------------- si07: list of acquisitions


def test_si07_recapped_list_of_acquisitions_is_one_deal_per_target():
    result = extract(
        "Verant reports second quarter 2025 results\n\n"
        "EMERYVILLE, Calif., August 13, 2025 (GLOBE NEWSWIRE) -- Verant Royalty Corporation "
        "(NASDAQ: VRNT) reported its second quarter results.\n\n"
        "Company acquisitions: Announced Verant's acquisitions of Alder Biologics, Birch "
        "Therapeutics, and CedarVax; acted as structuring agent and provided financing for "
        "Dunmore Therapeutics' acquisition of Elmstead Pharma.\n"
    )
    pairs = {
        (
            next(p["company"] for p in d["parties"] if p["role"] == "acquirer"),
            next(p["company"] for p in d["parties"] if p["role"] == "target"),
        )
        for d in result["deals"]
        if d["type"] == "acquisition"
    }
    assert pairs == {
        ("Verant Royalty Corporation", "Alder Biologics"),
        ("Verant Royalty Corporation", "Birch Therapeutics"),
        ("Verant Royalty Corporation", "CedarVax"),
        ("Dunmore Therapeutics", "Elmstead Pharma"),
    }
    assert all(len(d["parties"]) == 2 for d in result["deals"])
    assert not any(d["terms"] and d["terms"]["royalties_disclosed"] for d in result["deals"])
    assert "CedarVax" in {c["name"] for c in result["companies"]}


def test_assets_of_two_companies_bought_with_amounts_given_respectively():
    result = extract(
        "Annual results\n\n"
        'TORONTO, June 2, 2025 -- Galloway Bio Corp. ("Galloway" or the "Company") today '
        "announced its annual results.\n\n"
        "On March 3, 2025, the Company completed the purchase of assets, acquiring the assets of "
        "Rendle Oncology AG and Rendle Vision AG for shares with a fair value of $4,100,000 "
        "and $2,700,000, respectively.\n"
    )
    acquisitions = [d for d in result["deals"] if d["type"] == "acquisition"]
    values = {
        next(p["company"] for p in d["parties"] if p["role"] == "target"): d["terms"]["total_value"]
        for d in acquisitions
    }
    assert values == {
        "Rendle Oncology AG": money(4_100_000, "USD"),
        "Rendle Vision AG": money(2_700_000, "USD"),
    }


# ---------------------------------------------------------------- si09: co-licensors


HKEX_COVER = (
    "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take "
    "no responsibility for the contents of this announcement.\n\n"
    "Quillon Pharmaceutical Group Company Limited\n\n(Stock Code: 4321)\n\n"
    "LICENSE AGREEMENT WITH VERANT\n\n"
    "This announcement is made by Quillon Pharmaceutical Group Company Limited (the "
    '"Company", together with its subsidiaries, the "Group").\n\n'
)


def test_si09_two_subsidiaries_defined_as_licensors_share_the_role_and_territory_is_outside_prc():
    result = extract(
        HKEX_COVER + "The board of directors of the Company is pleased to announce that on May "
        "4, 2021, Quillon (Shanghai) Biotech Co., Ltd. and Jiangsu Quillon Pharmaceutical Co., "
        'Ltd. (collectively, the "Licensors"), each a wholly-owned subsidiary of the Group, '
        'entered into a license agreement with Verant, Inc. ("Verant"), pursuant to which the '
        "Licensors grant an exclusive license to Verant to develop and commercialize QP-77 "
        'outside of the People\'s Republic of China ("PRC").\n'
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {
        "Quillon (Shanghai) Biotech Co., Ltd.": "licensor",
        "Jiangsu Quillon Pharmaceutical Co., Ltd.": "licensor",
        "Verant, Inc.": "licensee",
    }
    assert deal["drugs"] == ["QP-77"]
    assert deal["exclusive"] is True
    assert deal["territory"] == "outside the PRC"
    assert deal["signed_on"] == "2021-05-04"


def test_licensor_that_retains_rights_outside_a_region_gives_the_licensee_that_region():
    result = extract(
        "Northwind licence\n\n"
        "TAIPEI, Jan. 8, 2025 -- Northwind Biotech Co., Ltd. today announced an exclusive "
        "license agreement with Kestrel Pharma Inc. for NW-9. Kestrel obtains the rights to "
        "develop and commercialize NW-9, and Northwind retains all rights outside Greater "
        "China.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {
        "Northwind Biotech Co., Ltd.": "licensor",
        "Kestrel Pharma Inc.": "licensee",
    }
    assert deal["territory"] == "Greater China"


def test_rights_outside_a_region_are_worldwide_outside_it():
    result = extract(
        "Licence\n\n"
        "MUNICH, Feb. 4, 2025 -- Alder Hill GmbH granted Brightwater Inc. an exclusive license "
        "to AH-3 outside of Japan.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Alder Hill GmbH": "licensor", "Brightwater Inc.": "licensee"}
    assert deal["territory"] == "worldwide outside Japan"


# ---------------------------------------------------------------- si21a, si22: dates, dual listing


def test_si21a_dateline_with_country_in_brackets_dates_the_announcement_not_the_signing():
    result = extract(
        "Tamsin and Quillon sign licence\n\n"
        "Lyon (France); March 9, 2022, Tamsin SA (Euronext: TMS) and Quillon SA (Nasdaq: QLN) "
        "have entered into an exclusive licensing agreement for QL-55. Quillon receives €50m "
        "upfront.\n"
    )
    deal = deal_of(result, "license")
    assert deal["signed_on"] is None
    assert deal["announced_on"] == result["document"]["published_on"]


def test_signing_date_later_in_the_sentence_is_the_signed_on():
    result = extract(
        "Licence\n\n"
        "OSAKA, Japan, October 2, 2024 -- Hollin Pharma K.K. and Zeller Bio Inc. announced that "
        "they signed an exclusive license agreement for ZB-1 on September 30, 2024.\n"
    )
    deal = deal_of(result, "license")
    assert deal["signed_on"] == "2024-09-30"
    assert deal["announced_on"] == "2024-10-02"


def test_si22_party_with_two_exchanges_receives_the_upfront_so_is_the_licensor():
    result = extract(
        "Tamsin and Quillon sign licence\n\n"
        "LYON, France, March 9, 2022 -- Tamsin SA (Euronext: TMS) and Quillon SA (Nasdaq and "
        "Euronext: QLN) have entered into an exclusive licensing agreement for QL-55. Quillon "
        "receives €50m upfront.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Quillon SA": "licensor", "Tamsin SA": "licensee"}
    assert deal["drugs"] == ["QL-55"]
    assert deal["terms"]["upfront"] == money(50_000_000, "EUR")


def test_payer_is_the_licensee_when_it_pays_the_other():
    result = extract(
        "Licence\n\n"
        "MADRID, May 7, 2024 -- Ribera Farma S.A. (BME: RIB) and Osterly AB (Nasdaq Stockholm "
        "and Nasdaq: OST) entered into an exclusive license agreement for OS-8. Ribera will pay "
        "Osterly EUR 12 million upfront.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Osterly AB": "licensor", "Ribera Farma S.A.": "licensee"}


# ---------------------------------------------------------------- si30: codes with a suffix


def test_si30_code_with_a_letter_suffix_is_the_deal_drug():
    result = extract(
        "Tamsin Bio licenses TC41-E in Japan\n\n"
        "SEOUL, May 2, 2025 -- Tamsin Bio Co., Ltd. announced that it has entered into an "
        "agreement with Quillon Pharma Inc. Under the agreement, Quillon has obtained exclusive "
        "rights to develop and commercialize TC41-E, a VEGF/FGF dual-target fusion protein, in "
        "Japan. Tamsin will receive an upfront payment of RMB 80 million.\n"
    )
    assert deal_of(result, "license")["drugs"] == ["TC41-E"]


def test_out_licensed_code_with_a_letter_suffix():
    result = extract(
        "Licence\n\n"
        "BERLIN, May 6, 2025 -- Harlow Bio GmbH out-licensed HB12-C to Pellam Therapeutics Inc. "
        "for Europe.\n"
    )
    deal = deal_of(result, "license")
    assert deal["drugs"] == ["HB12-C"]
    assert roles(deal) == {"Harlow Bio GmbH": "licensor", "Pellam Therapeutics Inc.": "licensee"}


# ---------------------------------------------------------------- M2: milestones summed


def test_m2_development_regulatory_and_sales_milestones_are_summed():
    result = extract(
        "Tamsin Bio licenses TB-301 in Japan\n\n"
        "SEOUL, May 2, 2025 -- Tamsin Bio Co., Ltd. announced that it has entered into an "
        "agreement with Quillon Pharma Inc. Under the agreement, Quillon has obtained exclusive "
        "rights to develop and commercialize TB-301 in Japan. Tamsin will receive an upfront "
        "payment of RMB 80 million, development and regulatory milestone payments of up to RMB "
        "200 million, and sales milestone payments of up to RMB 300 million.\n"
    )
    terms = deal_of(result, "license")["terms"]
    assert terms["upfront"] == money(80_000_000, "CNY")
    assert terms["milestones"] == money(500_000_000, "CNY")


def test_milestones_that_break_down_a_total_are_not_added_again():
    result = extract(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Mossgiel Bio Inc. granted Tarbert Pharma Inc. an exclusive "
        "license to MB-2. Mossgiel is eligible for up to $90 million in milestones, including "
        "$30 million in sales milestones.\n"
    )
    assert deal_of(result, "license")["terms"]["milestones"] == money(90_000_000, "USD")


# ---------------------------------------------------------------- other kinds


def test_sale_of_a_subsidiary_makes_the_buyer_acquirer_and_the_seller_a_partner():
    result = extract(
        "Sale\n\n"
        "TOKYO, May 9, 2025 -- Kinsale Chemical Group said it will sell its pharmaceutical "
        "subsidiary, Tarrow Pharma, to Ashby Capital for about 90 billion yen.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {
        "Ashby Capital": "acquirer",
        "Tarrow Pharma": "target",
        "Kinsale Chemical Group": "partner",
    }
    assert deal["terms"]["total_value"] == money(90_000_000_000, "JPY")


def test_royalty_purchase_is_an_other_deal_with_the_seller_as_partner():
    result = extract(
        "Royalty\n\n"
        "NEW YORK, Nov. 4, 2024 -- Cobalt Royalty plc today announced that it will acquire a "
        "royalty on U.S. sales of Dunlin Corporation's DN-5 for $80 million in cash upfront.\n"
    )
    deal = deal_of(result, "other")
    assert roles(deal) == {"Cobalt Royalty plc": "acquirer", "Dunlin Corporation": "partner"}
    assert deal["terms"]["upfront"] == money(80_000_000, "USD")
    assert deal["terms"]["total_value"] == money(80_000_000, "USD")
    assert deal["rule"] == "deal.royalty_purchase"
    assert deal["territory"] == "U.S."


def test_equity_investment_beside_a_collaboration_is_its_own_deal_without_the_drug():
    result = extract(
        "Collaboration\n\n"
        "BOSTON, May 6, 2025 -- Ormond Pharma Inc. and Quarry Bio Inc. have entered into a "
        "collaboration and license agreement for QB-4.\n\n"
        "As part of the agreement, Quarry will receive a total of $40 million in upfront "
        "payments, which includes a $15 million equity investment.\n"
    )
    equity = deal_of(result, "equity_investment")
    assert roles(equity) == {"Ormond Pharma Inc.": "investor", "Quarry Bio Inc.": "investee"}
    assert equity["drugs"] == []
    assert equity["terms"]["total_value"] == money(15_000_000, "USD")
    main = next(d for d in result["deals"] if d["type"] != "equity_investment")
    assert main["terms"]["upfront"] == money(40_000_000, "USD")


def test_asset_bought_from_a_seller_names_the_seller_as_partner():
    result = extract(
        "Asset purchase\n\n"
        "AUSTIN, Texas, March 3, 2025 -- Pelham Pharmaceuticals Inc. entered into a definitive "
        "agreement to acquire TRELAVO (dexafenil) from Corwen Labs, LLC.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Pelham Pharmaceuticals Inc.": "acquirer", "Corwen Labs, LLC": "partner"}


def test_shares_and_rights_bought_are_no_acquisition():
    result = extract(
        "Update\n\n"
        "BOSTON, May 6, 2025 -- Hexley Bio Inc. acquired worldwide rights to HX-1 from Morrow "
        "Pharma Inc. in April. Separately, Hexley purchased shares of Tilbury Inc. on the market.\n"
    )
    assert "acquisition" not in {d["type"] for d in result["deals"]}
    deal = deal_of(result, "license")
    assert roles(deal) == {"Morrow Pharma Inc.": "licensor", "Hexley Bio Inc.": "licensee"}


def test_partner_list_in_an_about_section_is_no_deal():
    result = extract(
        "Update\n\n"
        "BOSTON, May 6, 2025 -- Hexley Bio Inc. reported data.\n\n"
        "About Hexley\n"
        "Hexley Bio Inc. has collaborations with Morrow Pharma Inc. and Tilbury Inc. and "
        "acquired Quenby Ltd. in 2019.\n"
    )
    assert result["deals"] == []


def test_partnership_to_co_develop_is_co_development_in_its_territory():
    result = extract(
        "Partnership\n\n"
        "MUMBAI, June 2, 2025 -- Tarnow Bio AG today formed a strategic partnership with Velloor "
        "Cell Therapies Private Limited to co-develop and co-commercialize TB-9 in India.\n"
    )
    deal = deal_of(result, "co_development")
    assert set(roles(deal).values()) == {"partner"}
    assert deal["territory"] == "India"


def test_about_section_on_the_collaboration_itself_is_a_recapped_deal():
    result = extract(
        "Quarterly results\n\n"
        "BOSTON, May 6, 2025 -- Hexley Bio Inc. reported its first quarter results.\n\n"
        "About the Hexley-Morrow Collaboration\n"
        "Hexley Bio Inc. and Morrow Pharma Inc. entered into a research collaboration in 2019.\n\n"
        "About Hexley\n"
        "Hexley Bio Inc. also has collaborations with Tilbury Inc. and others.\n"
    )
    deal = deal_of(result, "collaboration")
    assert set(roles(deal)) == {"Hexley Bio Inc.", "Morrow Pharma Inc."}
    assert deal["signed_on"] == "2019"
    assert deal["announced_on"] is None
    assert len(result["deals"]) == 1


def test_results_bullet_without_subject_is_the_issuers_deal_and_receipt_is_upfront():
    result = extract(
        "Calder Bio reports fiscal 2025 results\n\n"
        'PASADENA, Calif., Nov. 3, 2025 -- Calder Bio, Inc. ("Calder" or the "Company") today '
        "reported results.\n\n"
        "* Signed and closed a license agreement with Ormsby Therapeutics Inc. for CB-3. Upon "
        "closing, Calder receives $120 million.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Calder Bio, Inc.": "licensor", "Ormsby Therapeutics Inc.": "licensee"}
    assert deal["terms"]["upfront"] == money(120_000_000, "USD")


def test_strategic_investment_from_one_investor_leaves_the_rounds_other_investors_out():
    result = extract(
        "Investment\n\n"
        "DENVER, Oct. 1, 2025 -- Pellow Therapeutics, Inc. today announced a strategic "
        "investment from Harwick Ventures Inc. and funding from existing investors Colby "
        "Partners LLC and Dray Capital LLC.\n"
    )
    deal = deal_of(result, "equity_investment")
    assert roles(deal) == {
        "Pellow Therapeutics, Inc.": "investee",
        "Harwick Ventures Inc.": "investor",
    }


def test_headline_deal_of_a_results_release_is_announced_that_day():
    result = extract(
        "Tarnow reports third quarter results\n\n"
        "-Tarnow Bio AG and Velloor Pharma Ltd. establish a partnership to co-develop TB-9-\n\n"
        "ZUG, Switzerland, Nov. 5, 2025 -- Tarnow Bio AG reported results.\n\n"
        "* Tarnow Bio AG has formed a partnership with Velloor Pharma Ltd. to co-develop TB-9.\n"
    )
    assert deal_of(result, "co_development")["announced_on"] == "2025-11-05"


def test_deal_indications_come_from_the_deals_own_sentences_not_a_party_description():
    result = extract(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Ardley Bio Inc., a developer of treatments for rare skin "
        "disorders, granted Penrose Pharma Inc. an exclusive license to AB-77 for the treatment "
        "of chronic kidney disease in Canada.\n"
    )
    assert deal_of(result, "license")["indications"] == ["chronic kidney disease"]


def test_rights_for_all_indications():
    result = extract(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Ardley Bio Inc. and Penrose Pharma Inc. entered into a license "
        "agreement. Under the agreement, Penrose obtains exclusive rights to AB-77 for all "
        "indications in Japan.\n"
    )
    assert deal_of(result, "license")["indications"] == ["all indications"]


def test_terminated_collaborations_with_a_list_of_institutions_are_recapped_deals():
    result = extract(
        "Annual results\n\n"
        'TORONTO, June 2, 2025 -- Galloway Bio Corp. ("Galloway" or the "Company") today '
        "announced its annual results.\n\n"
        "* On May 9, 2025, the research collaborations with University of Exton, Germany, and "
        "Harlan Labs, Australia, respectively, were terminated.\n"
    )
    partners = {frozenset(roles(d)) for d in result["deals"] if d["type"] == "collaboration"}
    assert partners == {
        frozenset({"Galloway Bio Corp.", "University of Exton"}),
        frozenset({"Galloway Bio Corp.", "Harlan Labs"}),
    }
    assert all(d["announced_on"] is None for d in result["deals"])
    assert {d["rule"] for d in result["deals"]} == {"deal.recap_with"}


def test_recapped_licence_agreement_with_a_partner_in_a_results_release():
    result = extract(
        "Marwick reports first quarter results\n\n"
        "ZURICH, May 4, 2025 -- Marwick Pharma AG reported results. Revenue included royalties "
        "under our license agreement with Tolland Bio Inc. for MW-7.\n"
    )
    deal = deal_of(result, "license")
    assert set(roles(deal)) == {"Marwick Pharma AG", "Tolland Bio Inc."}
    assert deal["announced_on"] is None


def test_payment_received_under_an_existing_agreement_is_a_recap_not_an_announcement():
    result = extract(
        "Payment received\n\n"
        "AUSTIN, Texas, Oct. 8, 2025 -- Calder Bio, Inc. today announced that it has received a "
        "$2 million payment from Ormsby Therapeutics Inc. under their licensing agreement for "
        "CB-3.\n"
    )
    deal = deal_of(result, "license")
    assert deal["announced_on"] is None


def test_drug_of_another_clause_in_the_deal_sentence_is_not_the_deals():
    result = extract(
        "Calder Bio reports fiscal 2025 results\n\n"
        'PASADENA, Calif., Nov. 3, 2025 -- Calder Bio, Inc. ("Calder" or the "Company") today '
        "reported results.\n\n"
        "* Calder signed a licensing and collaboration agreement with Ormsby Therapeutics Inc. "
        "and submitted an NDA for CB-41.\n"
    )
    deal = deal_of(result, "license")  # the agreement's first word is "licensing"
    assert deal["drugs"] == []


def test_collaboration_and_licence_agreement_without_a_product_is_a_collaboration():
    result = extract(
        "Deal\n\n"
        "OSLO, June 3, 2024 -- Orrin Biologics GmbH and Vantor Medicines Ltd. today announced a "
        "collaboration and license agreement to discover new medicines.\n"
    )
    assert [d["type"] for d in result["deals"]] == ["collaboration"]


def test_global_licensing_agreement_gives_a_global_territory():
    result = extract(
        "Licence\n\n"
        "AUSTIN, Texas, Oct. 8, 2025 -- Calder Bio, Inc. has signed a global licensing agreement "
        "with Ormsby Therapeutics Inc. for CB-3.\n"
    )
    assert deal_of(result, "license")["territory"] == "global"


def test_subjectless_bullet_with_no_agreement_noun_is_still_the_issuers_deal():
    result = extract(
        "Calder Bio reports fiscal 2025 results\n\n"
        'PASADENA, Calif., Nov. 3, 2025 -- Calder Bio, Inc. ("Calder" or the "Company") today '
        "reported results.\n\n"
        "* Out-licensed CB-3 to Ormsby Therapeutics Inc. for Japan.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Calder Bio, Inc.": "licensor", "Ormsby Therapeutics Inc.": "licensee"}


def test_sold_subsidiary_sharing_its_parents_first_word_is_its_own_target():
    result = extract(
        "Sale\n\n"
        "TOKYO, May 9, 2025 -- Kinsale Chemical Group said it will sell its pharmaceutical "
        "subsidiary, Kinsale Pharma, to Ashby Capital for about 90 billion yen.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {
        "Ashby Capital": "acquirer",
        "Kinsale Pharma": "target",
        "Kinsale Chemical Group": "partner",
    }
    assert deal["rule"] == "deal.sale_verb"


def test_bulleted_exclusive_agreement_for_a_product_with_an_exercise_payment_is_an_option():
    result = extract(
        "BRIEF-Dorrance Labs signs exclusive agreement with Ellery Vaccines for EV-5\n\n"
        "March 4, 2015 (Newswire) - Ellery Vaccines A/S :\n\n"
        "* Dorrance Labs signs exclusive agreement with Ellery Vaccines for EV-5\n\n"
        "* Under terms of agreement, Ellery Vaccines will receive an upfront payment of $20 "
        "million\n\n"
        "* Ellery Vaccines to receive up to $400 million, inclusive of $20 million upfront and "
        "potential exercise payment; potential milestone payments\n"
    )
    deal = deal_of(result, "option")
    assert roles(deal) == {"Ellery Vaccines A/S": "licensor", "Dorrance Labs": "licensee"}
    assert deal["terms"]["upfront"] == money(20_000_000, "USD")
    assert deal["terms"]["total_value"] == money(400_000_000, "USD")


def test_bare_subject_that_opens_a_bullet_is_a_party():
    result = extract(
        "Deal brief\n\n"
        "March 4, 2015 (Newswire) - Ellery Vaccines A/S :\n\n"
        "* Quarrow signs an exclusive license agreement with Ellery Vaccines for EV-5\n"
    )
    deal = deal_of(result, "license")
    assert set(roles(deal)) == {"Quarrow", "Ellery Vaccines A/S"}


def test_buying_all_outstanding_shares_at_a_per_share_price_gives_the_equity_value():
    result = extract(
        "Deal\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio Inc. will acquire all outstanding shares "
        "of Penrose Pharma Inc. for $12.50 per share in cash, or approximately $1.1 billion.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Ardley Bio Inc.": "acquirer", "Penrose Pharma Inc.": "target"}
    assert deal["terms"]["total_value"] == money(1_100_000_000, "USD")
    assert deal["announced_on"] == "2025-05-06"
    assert deal["rule"] == "deal.acquire_verb"


def test_passive_acquired_by_makes_the_agent_the_acquirer():
    result = extract(
        "Deal\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio Inc. (Nasdaq: ARDL) has been acquired by "
        "Penrose Pharma Inc. for $700 million.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Penrose Pharma Inc.": "acquirer", "Ardley Bio Inc.": "target"}
    assert deal["terms"]["total_value"] == money(700_000_000, "USD")


def test_licence_acquired_in_an_earlier_year_is_dated_by_that_year():
    result = extract(
        "Data\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio Inc. reported data from the Phase 2 "
        "trial of ARD-512, which it in-licensed from Penrose Pharma Inc. in 2021.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Penrose Pharma Inc.": "licensor", "Ardley Bio Inc.": "licensee"}
    assert deal["signed_on"] == "2021"
    assert deal["announced_on"] is None


def test_technology_transfer_with_exclusive_global_rights_except_one_country_is_a_licence():
    result = extract(
        "Deal\n\n"
        "SEOUL, May 6, 2025 -- Hanul Bio Co., Ltd. said it has signed a technology transfer "
        "agreement with Penrose Pharma Inc. granting Penrose exclusive global rights to HB-77, "
        "excluding Korea. Hanul will receive $10 million upfront and up to $400 million in "
        "milestones.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Hanul Bio Co., Ltd.": "licensor", "Penrose Pharma Inc.": "licensee"}
    assert deal["territory"] == "worldwide excluding Korea"  # the text's own word
    assert deal["terms"]["upfront"] == money(10_000_000, "USD")
    assert deal["terms"]["milestones"] == money(400_000_000, "USD")


def test_terminated_licence_is_the_old_deal_not_a_new_announcement():
    result = extract(
        "Deal\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio Inc. announced that Penrose Pharma Inc. "
        "has terminated the license agreement for ARD-512, and all rights will revert to Ardley.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Ardley Bio Inc.": "licensor", "Penrose Pharma Inc.": "licensee"}
    assert deal["announced_on"] is None


def test_royalty_interest_sold_makes_the_buyer_acquirer_and_its_price_the_value():
    result = extract(
        "Deal\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio Inc. sold its royalty interest in "
        "ARD-512 to Quince Royalty Partners LLC for $150 million.\n"
    )
    deal = deal_of(result, "other")
    assert roles(deal) == {"Quince Royalty Partners LLC": "acquirer", "Ardley Bio Inc.": "partner"}
    assert deal["terms"]["total_value"] == money(150_000_000, "USD")


def test_joint_venture_partners_are_partners_and_the_venture_is_not_a_party():
    result = extract(
        "Deal\n\n"
        "TOKYO, May 6, 2025 -- Sakura Yakuhin K.K. and Penrose Pharma Inc. formed a joint "
        "venture, Sakura-Penrose Bio, to develop ARD-512 in Japan.\n"
    )
    deal = deal_of(result, "other")
    assert roles(deal) == {"Sakura Yakuhin K.K.": "partner", "Penrose Pharma Inc.": "partner"}


def test_news_item_with_an_attribution_tail_and_a_described_counterparty():
    result = extract(
        "Corlith signs distribution licence\n\n"
        "Corlith Pharma has signed a license and distribution agreement with Fiji Islands "
        "company Tavita, under which Tavita will sell the Corlisept spray in Fiji, the company "
        "said in a Tuesday exchange filing.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Corlith Pharma": "licensor", "Tavita": "licensee"}
    assert deal["territory"] == "Fiji"


def test_licensed_to_a_company_whose_name_begins_with_a_place():
    result = extract(
        "Licence\n\n"
        "LONDON, May 6, 2025 -- Ashby Labs Ltd. licensed AL-301 to Brazil Pharma Ltd., which will "
        "sell it in Brazil and Mexico.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Ashby Labs Ltd.": "licensor", "Brazil Pharma Ltd.": "licensee"}


def test_product_about_section_tells_its_co_development_with_the_releases_company():
    result = extract(
        "Approval\n\n"
        "CHICAGO, Feb. 7, 2025 /PRNewswire/ -- Marlow Pharma Inc. (NYSE: MRLW) today announced "
        "approval of ZENTRAVO (velomastat).\n\n"
        "About ZENTRAVO\n"
        "ZENTRAVO was jointly developed with Hollis Therapeutics Inc. Marlow holds the rights "
        "in the U.S.\n\n"
        "About Marlow\n"
        "Marlow Pharma Inc. has partnerships with Penrose Pharma Inc. and others.\n"
    )
    deal = deal_of(result, "co_development")
    assert roles(deal) == {"Marlow Pharma Inc.": "partner", "Hollis Therapeutics Inc.": "partner"}
    assert deal["announced_on"] is None
    assert len(result["deals"]) == 1


def test_option_granted_in_the_passive_is_announced_with_its_fee():
    # "has granted" alone does not announce: regulatory releases recap old licences that way
    result = extract(
        "Option\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Penrose Pharma, Inc. today announced that it has "
        "been granted an exclusive option to license ARD-512 from Ardley Bio, Inc. Penrose will "
        "pay Ardley an option fee of $5 million.\n"
    )
    deal = deal_of(result, "option")
    assert roles(deal) == {"Ardley Bio, Inc.": "licensor", "Penrose Pharma, Inc.": "licensee"}
    assert deal["announced_on"] == "2025-05-06"
    assert deal["terms"]["upfront"] == money(5_000_000, "USD")


def test_stake_the_investor_will_make_is_announced():
    result = extract(
        "Investment\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. will make a $50 million equity "
        "investment in Penrose Pharma, Inc.\n"
    )
    deal = deal_of(result, "equity_investment")
    assert roles(deal) == {"Ardley Bio, Inc.": "investor", "Penrose Pharma, Inc.": "investee"}
    assert deal["announced_on"] == "2025-05-06"
    assert deal["terms"]["total_value"] == money(50_000_000, "USD")


def test_passive_was_granted_by_names_the_licensee_first_and_the_licensor_after_by():
    result = extract(
        "Licence\n\n"
        "OSLO, June 3, 2024 -- Vantor Medicines Ltd. was granted an exclusive licence to OB-12 "
        "in Canada by Orrin Biologics GmbH.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Orrin Biologics GmbH": "licensor", "Vantor Medicines Ltd.": "licensee"}
    assert deal["territory"] == "Canada"


def test_rights_regained_after_a_termination_keep_the_original_roles():
    result = extract(
        "Update\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. today announced that it has "
        "regained worldwide rights to ARD-512 from Penrose Pharma, Inc. following the "
        "termination of their license agreement.\n"
    )
    deal = deal_of(result, "license")
    assert roles(deal) == {"Ardley Bio, Inc.": "licensor", "Penrose Pharma, Inc.": "licensee"}
    assert deal["announced_on"] is None


def test_option_exercised_under_an_earlier_agreement_is_announced_today():
    result = extract(
        "Deal\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Penrose Pharma, Inc. announced that it has "
        "exercised its option under its 2022 agreement with Ardley Bio, Inc. to obtain an "
        "exclusive license to ARD-512, triggering a $20 million option exercise payment to "
        "Ardley.\n"
    )
    deal = deal_of(result, "option")
    assert roles(deal) == {"Ardley Bio, Inc.": "licensor", "Penrose Pharma, Inc.": "licensee"}
    assert deal["announced_on"] == "2025-05-06"
    assert deal["terms"]["upfront"] == money(20_000_000, "USD")


def test_rights_to_a_drug_sold_to_a_buyer_are_an_asset_purchase():
    result = extract(
        "Deal\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. today announced that it has sold "
        "its rights to ARD-512 to Penrose Pharma, Inc. for $60 million upfront and up to $200 "
        "million in milestones.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Penrose Pharma, Inc.": "acquirer", "Ardley Bio, Inc.": "partner"}
    assert deal["drugs"] == ["ARD-512"]
    assert deal["terms"]["upfront"] == money(60_000_000, "USD")


def test_product_bought_with_a_regulator_in_its_description_is_an_asset_purchase():
    result = extract(
        "Deal\n\n"
        "AUSTIN, Texas, March 3, 2025 -- Pelham Pharmaceuticals Inc. entered into a definitive "
        "agreement to acquire ARD-512, a U.S. Food and Drug Administration (FDA) approved "
        "medicine for gout, from Corwen Labs, LLC.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Pelham Pharmaceuticals Inc.": "acquirer", "Corwen Labs, LLC": "partner"}
    assert deal["drugs"] == ["ARD-512"]


def test_product_bought_earlier_named_before_which():
    result = extract(
        "Approval\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- The FDA approved ARD-512, which Ardley Bio, Inc. "
        "acquired from Penrose Pharma, Inc. in 2020.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Ardley Bio, Inc.": "acquirer", "Penrose Pharma, Inc.": "partner"}
    assert deal["drugs"] == ["ARD-512"]
    assert deal["signed_on"] == "2020"
    assert deal["announced_on"] is None


def test_company_bought_with_its_lead_asset_lists_the_asset():
    result = extract(
        "Deal\n\n"
        'BOSTON, May 6, 2025 /PRNewswire/ -- Umber Pharma A/S ("Umber") today announced that it '
        'will acquire Vireo Bio B.V. ("Vireo"), including its lead asset UVB-101, for EUR 90m.\n'
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Umber Pharma A/S": "acquirer", "Vireo Bio B.V.": "target"}
    assert deal["drugs"] == ["UVB-101"]


def test_career_history_and_facility_purchases_are_no_acquisitions():
    result = extract(
        "Hire\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. appointed Jane Roe, who previously "
        "led business development at Penrose Pharma, Inc., where she negotiated the acquisition "
        "of Quince Bio Inc. Ardley also completed the acquisition of a manufacturing facility in "
        "Ohio from Penrose Pharma, Inc. for $30 million.\n"
    )
    assert result["deals"] == []


def test_a_regulator_is_never_a_deal_party():
    result = extract(
        "Update\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. signed a research collaboration "
        "agreement with U.S. Food and Drug Administration scientists to study ARD-512.\n"
    )
    assert result["deals"] == []


def test_territory_wordings_ex_us_territories_of_and_a_region_with_its_article():
    def territory_of(rights: str) -> str:
        result = extract(
            "Licence\n\n"
            "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. granted Penrose Pharma, Inc. an "
            f"exclusive license to ARD-512. Penrose obtains {rights} under the license.\n"
        )
        return deal_of(result, "license")["territory"]

    assert territory_of("ex-U.S. rights to ARD-512") == "worldwide outside U.S."
    assert (
        territory_of("rights to ARD-512 in the territories of China, Hong Kong and Macau")
        == "China, Hong Kong and Macau"
    )
    assert territory_of("rights to ARD-512 in the Greater China region") == "Greater China"


def test_money_of_another_partner_later_in_the_release_is_not_this_deals():
    result = extract(
        "Licence\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. granted Penrose Pharma, Inc. an "
        "exclusive license to ARD-512 in Japan.\n\n"
        "Separately, Ardley is eligible for up to $7 million in milestones from Quince Bio Inc. "
        "under an earlier program.\n"
    )
    terms = deal_of(result, "license")["terms"]
    assert terms is None or terms["milestones"] is None


def test_licence_granted_told_in_a_regulatory_release_is_not_announced_by_it():
    result = extract(
        "EC approval\n\n"
        "MUNICH, Feb. 13, 2025 -- Ardley Bio GmbH today announced the approval of ARD-512.\n\n"
        "* Under a licensing agreement, Ardley has granted Penrose Pharma Ltd. the exclusive "
        "rights to market ARD-512 across Europe\n"
    )
    deal = deal_of(result, "license")
    assert deal["announced_on"] is None
    assert deal["territory"] == "Europe"


def test_the_most_detailed_excluded_region_wins_over_a_short_headline_form():
    result = extract(
        "Ardley closes licence of ARD-512 to Penrose outside China\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. today closed the exclusive license "
        "agreement with Penrose Pharma, Inc. for ARD-512 outside China. Penrose is now "
        "responsible for ARD-512 in all territories worldwide excluding mainland China, Hong "
        "Kong and Macau.\n"
    )
    deal = deal_of(result, "license")
    assert deal["territory"] == "worldwide excluding mainland China, Hong Kong and Macau"


def test_asset_acquisition_by_a_buyer_makes_the_assets_owner_a_partner():
    result = extract(
        "CEO appointed\n\n"
        "TORONTO, April 10, 2025 -- Galloway Bio Corp. appointed Dr. Ann Lee as CEO. In 2019, "
        "she founded Rendle Oncology AG, a Swiss oncology company, whose asset acquisition by "
        "Galloway laid the foundations of the company's pipeline.\n"
    )
    deal = deal_of(result, "acquisition")
    assert roles(deal) == {"Galloway Bio Corp.": "acquirer", "Rendle Oncology AG": "partner"}
    assert deal["announced_on"] is None


def test_collaboration_territory_comes_from_the_collaborations_own_sentences():
    result = extract(
        "Results\n\n"
        "BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. reported results.\n\n"
        "Ardley Bio, Inc. and Penrose Pharma, Inc. entered into a research collaboration in "
        "2016. Under an amended collaboration agreement, Penrose leads development of ARD-512 "
        "and splits costs and profits worldwide with Ardley.\n"
    )
    deal = deal_of(result, "collaboration")
    assert deal["territory"] == "worldwide"
    assert deal["signed_on"] == "2016"


def test_deal_amounts_follow_the_releases_stated_dollar():
    result = extract(
        "Deal\n\n"
        "TORONTO, May 6, 2025 -- Galloway Bio Corp. will acquire Rendle Oncology Inc. for $40 "
        "million. All amounts are expressed in Canadian dollars.\n"
    )
    assert deal_of(result, "acquisition")["terms"]["total_value"] == money(40_000_000, "CAD")


def test_partnered_with_and_teamed_up_with_are_collaborations():
    for verb in ("has partnered with", "teamed up with"):
        result = extract(
            "Deal\n\n"
            f"BOSTON, May 6, 2025 /PRNewswire/ -- Ardley Bio, Inc. {verb} Penrose Pharma, Inc. "
            "to discover antibodies.\n"
        )
        deal = deal_of(result, "collaboration")
        assert set(roles(deal)) == {"Ardley Bio, Inc.", "Penrose Pharma, Inc."}
