"""Parties written in ways the company finder used to miss (invented names and sentences)."""

from apps.ingestion.extraction.companies import (
    head_noun_candidates,
    is_plausible_name,
    trim_name,
)
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse


def names_of(text: str) -> dict:
    return {c.name: c for c in find_entities(analyse(text))}


def test_a_name_with_an_ampersand_acting_as_a_party_is_kept_whole():
    found = names_of(
        "Update\n\nOSLO, May 6, 2025 -- Brindle Labs, Inc. today signed a licence agreement with "
        "Harlow & Finch for BRL-101. Harlow & Finch will pay $20 million upfront."
    )
    assert "Harlow & Finch" in found
    assert "Harlow" not in found


def test_an_ampersand_name_as_a_sentence_subject_is_kept_whole():
    found = names_of("Update\n\nMerrow & Stone has acquired the rights to QX-4 from Tamsin Bio.")
    assert "Merrow & Stone" in found


def test_x_a_y_company_makes_y_a_company_and_the_parent_of_x():
    found = names_of(
        "Velmir halts trial\n\nVelmir said it would stop its phase 2 trial of VLM-3. The program "
        "was run in partnership with Orrin Biologics, a Harlow & Finch company, since 2021."
    )
    assert found["Orrin Biologics"].parent is found["Harlow & Finch"]


def test_a_description_in_place_of_a_company_word_names_no_owner():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Acme Inc., a Danish company, and Brill Labs, a "
        "Nasdaq-listed company, today announced a collaboration for AC-5."
    )
    assert set(found) == {"Acme Inc.", "Brill Labs"}
    assert found["Acme Inc."].parent is None


def test_a_nationality_and_a_field_word_are_never_a_company_name():
    for description in ("British AI", "Danish biotech", "South Korean", "Swiss Gene Therapy"):
        assert not is_plausible_name(description), description
    assert is_plausible_name("Quorra")
    assert is_plausible_name("Nordic Halden")  # a distinctive word makes it a name


def test_a_foundation_written_with_the_is_a_party():
    found = names_of(
        "Grant news\n\nBOSTON, May 6, 2025 -- Brindle Labs, Inc. today announced a collaboration "
        "with the Marlow Foundation to develop BRL-101 for malaria."
    )
    assert "Marlow Foundation" in found


def test_the_with_an_ordinary_capitalised_run_stays_out():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Brindle Labs, Inc. today announced an agreement with "
        "the Steering Panel on trial design."
    )
    assert set(found) == {"Brindle Labs, Inc."}


def test_a_bare_name_that_pays_or_invests_is_a_company():
    found = names_of(
        "Update\n\nSTOCKHOLM, May 6, 2025 -- Under the licence, Corvath will pay Halden Pharma "
        "Inc. $50 million upfront. Separately, Tide Lab invested $5 million in Halden."
    )
    assert "Corvath" in found
    assert "Tide Lab" in found


def test_people_who_invest_are_no_company():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Halden Pharma Inc. opened its share plan. Employees "
        "invested $2 million in it."
    )
    assert set(found) == {"Halden Pharma Inc."}


def test_every_name_of_a_list_a_party_cue_opens_is_a_company():
    found = names_of(
        "Results\n\nBOSTON, Feb 6, 2025 -- Halden Pharma Inc. reported results. Revenue came from "
        "our collaborations with Corvath, Brindle and Marrow Bio."
    )
    assert {"Corvath", "Brindle", "Marrow Bio"} <= set(found)


def test_a_list_that_is_not_closed_by_and_names_one_party():
    found = names_of(
        "Update\n\nBOSTON, Feb 6, 2025 -- Halden Pharma Inc. signed an agreement with Corvath, "
        "Selby Norrington, its chief executive, said."
    )
    assert "Corvath" in found
    assert "Selby Norrington" not in found


def test_a_list_holding_a_place_is_no_list_of_companies():
    found = names_of(
        "Update\n\nBOSTON, Feb 6, 2025 -- Halden Pharma Inc. signed agreements with Corvath, "
        "Brindle and Basel."
    )
    assert "Brindle" not in found


def test_the_subject_of_a_subordinate_clause_is_a_party():
    found = names_of(
        "Halden news\n\nHalden Pharma Inc. shares rose after Corvath agreed to pay $40 million "
        "for rights to HP-5."
    )
    assert "Corvath" in found


def test_a_bare_word_after_a_city_lead_is_the_same_company():
    found = names_of(
        "Kyoto Senbara's SB-4 meets endpoint\n\nKYOTO, Japan, May 2, 2025 -- Kyoto Senbara "
        "Biologics Co., Ltd. said SB-4 met its endpoint. In 2024, Senbara granted Ostwick Bio, "
        "Inc. rights to SB-4 in Europe."
    )
    senbara = found["Kyoto Senbara Biologics Co., Ltd."]
    assert "Senbara" in senbara.names
    assert "Senbara" not in found


def test_two_group_companies_after_a_province_word_stay_two():
    found = names_of(
        "Update\n\nGuangdong Tamwell Pharmaceutical said its subsidiary, Tamwell Ruiyang Biotech, "
        "received clearance for TW-101."
    )
    assert found["Tamwell Ruiyang Biotech"] is not found["Guangdong Tamwell Pharmaceutical"]


def test_x_and_a_formal_name_are_two_parties_when_x_is_named_alone_elsewhere():
    found = names_of(
        "Update\n\nOSAKA, Japan, April 2, 2025 -- Osaka Kirrow Pharma Co., Ltd. gave an update. "
        "Kirrow and Dunmore Pharma plc signed a licence for KR-3 in 2023."
    )
    assert "Dunmore Pharma plc" in found


def test_a_capitalised_word_and_a_formal_name_stay_one_name_otherwise():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Tamsin Bio Inc. partnered with Ferris Research and "
        "Development Co., Ltd. on TB-4."
    )
    assert "Development Co., Ltd." not in found


def test_a_bare_name_and_a_formal_name_announcing_together_are_both_parties():
    found = names_of(
        "Licence\n\nBOSTON, May 6, 2025 -- Orlick and Tamsen Bio Inc. today announced a licence "
        "under which Tamsen grants Orlick rights to TS-4."
    )
    assert {"Orlick", "Tamsen Bio Inc."} <= set(found)


def test_a_plural_noun_inside_a_formal_name_stays_in_it():
    found = names_of(
        "Results\n\nNEW YORK, Nov. 5, 2025 -- Ardley Royalty Partners, Inc. (NYSE: ARDL) today "
        "reported results."
    )
    assert "Ardley Royalty Partners, Inc." in found


def test_a_results_heading_word_is_never_a_company():
    for heading in ("Third", "Key", "Recent", "Third quarter", "Full-year"):
        assert not is_plausible_name(heading), heading
    assert is_plausible_name("First Harrow Bio")


def test_an_owner_written_with_s_before_its_tickers_owns_the_unit_named_after():
    found = names_of(
        "Update\n\nShanghai Tamwick Pharmaceutical's (SHA:600111, HKG:2111) unit, Tamwick Lirong "
        "(Anhui) Pharmaceutical Group, has won approval for TW-330. Shares of Tamwick Pharma "
        "rose 2%."
    )
    owner = found["Shanghai Tamwick Pharmaceutical"]
    assert owner.tickers == ["600111.SH", "2111.HK"]
    assert found["Tamwick Lirong (Anhui) Pharmaceutical Group"].parent is owner
    assert "Tamwick Pharma" in owner.names  # the short company word is the same company


def test_group_members_under_different_places_stay_apart():
    found = names_of(
        "Update\n\nBeijing Orsang Pharmaceutical said its subsidiary Jiangsu Orsang "
        "Pharmaceutical received approval for OS-12."
    )
    assert found["Jiangsu Orsang Pharmaceutical"] is not found["Beijing Orsang Pharmaceutical"]


def test_an_upper_case_abbreviation_ending_a_sentence_is_no_part_of_the_next_name():
    found = names_of(
        "Update\n\nThe drug treats DMG. Corlan Pharmaceuticals noted it will seek guidance on "
        "CL-287 in DMG."
    )
    assert "Corlan Pharmaceuticals" in found
    assert not any(name.startswith("DMG") for name in found)


def test_a_unit_of_a_described_owner_has_that_owner_as_parent():
    found = names_of(
        "Update\n\nTamsin Bio will license TB-5 to Velmir Labs AG, a unit of Swiss-based biotech "
        "giant Velmir, in a deal worth $100 million."
    )
    assert found["Velmir Labs AG"].parent is found["Velmir"]


def test_a_located_word_before_a_name_is_no_part_of_it():
    found = names_of(
        "Update\n\nCorlan Bio signed an exclusive licensing deal with US-based Velmir "
        "Biotherapies for CL-1018."
    )
    assert "Velmir Biotherapies" in found
    assert not any(name.startswith("US-based") for name in found)


def test_the_payer_of_an_amount_is_a_party():
    found = names_of(
        "Update\n\nTamsin Bio said it expected to receive an upfront payment of US$100 million "
        "from Velmir, according to a filing."
    )
    assert "Velmir" in found


def test_a_countrys_possessive_opens_no_company_name():
    text = "Velmir signed with China's Tamwick Pharmaceutical Group Co., Ltd. on TW-9."
    assert trim_name(text, text.index("China"), text.index(" on")) == (
        text.index("Tamwick"),
        "Tamwick Pharmaceutical Group Co., Ltd.",
    )


def test_a_capitalised_run_ending_in_a_company_word_is_a_company():
    names = [c.name for c in head_noun_candidates("Shares of Velmir Biotherapies rose 3%.")]
    assert names == ["Velmir Biotherapies"]


def clause_owners(text: str) -> dict:
    from apps.ingestion.extraction.drugs import find_drugs

    doc = analyse(text)
    entities = find_entities(doc)
    owners = {}
    for drug in find_drugs(doc):
        owner = entities.clause_owner(doc, drug.mentions[0].start)
        owners[drug.name] = owner.name if owner else None
    return owners


def test_a_company_word_before_a_possessive_and_a_capital_ends_the_name():
    found = names_of(
        "Update\n\nThe FDA accepted Velmir Pharma's Biologics License Application for VX-12."
    )
    assert "Velmir Pharma" in found


def test_each_clause_of_a_partner_list_gives_its_products_owner():
    owners = clause_owners(
        "Results\n\nNEW YORK, Feb. 18, 2026 -- Ashby Royalty Fund, Inc. reported results.\n\n"
        "Partner news: Kelso Bio dosed the first patient in a Phase 2 trial of AB-101; the FDA "
        "accepted Merrin Pharma's application for AB-202; Tolland Therapeutics filed an NDA for "
        "AB-303.\n- Ruthven Genomics: the EMA validated its application for AB-404;\n"
    )
    assert owners == {
        "AB-101": "Kelso Bio",
        "AB-202": "Merrin Pharma",
        "AB-303": "Tolland Therapeutics",
        "AB-404": "Ruthven Genomics",
    }


def test_a_buyer_or_an_investor_named_in_the_clause_owns_nothing():
    owners = clause_owners(
        "Update\n\nBOSTON, May 6, 2025 -- Halden Pharma Inc. agreed a sale. Corvath Labs will gain "
        "AB-505 and AB-606. "
        "The round had support from Halden Capital to advance AB-707."
    )
    assert owners == {"AB-505": None, "AB-606": None, "AB-707": None}


HKEX_COVER = (
    "Neither Hong Kong Exchanges and Clearing Limited nor The Stock Exchange of Hong Kong "
    "Limited takes any responsibility for the contents of this announcement.\n\n"
    "TAMLIN BIOPHARMA GROUP CO., LTD.\n"
    "塔林生物製藥集團股份有限公司\n"
    "(a joint stock company incorporated in the People's Republic of China)\n"
    "(Stock Code: 9911)\n\n"
    "LICENSE AGREEMENT\n\n"
    'The board of directors of Tamlin Biopharma Group Co., Ltd. (the "Company") announces that '
    "Tamlin Biologics (Suzhou) Co., Ltd. and Tamlin Pharma (Hainan) Co., Ltd., both "
    "wholly-owned subsidiaries of the Company, entered into a license agreement with Orvell "
    "Pharma AG.\n"
)


def test_an_upper_case_cover_name_is_the_issuer_with_its_code():
    found = names_of(HKEX_COVER)
    issuer = found["Tamlin Biopharma Group Co., Ltd."]
    assert issuer.tickers == ["9911.HK"]
    assert "塔林生物製藥集團股份有限公司" in issuer.names


def test_subsidiaries_named_together_as_both_subsidiaries_of_the_company_get_the_issuer():
    found = names_of(HKEX_COVER)
    issuer = found["Tamlin Biopharma Group Co., Ltd."]
    assert found["Tamlin Biologics (Suzhou) Co., Ltd."].parent is issuer
    assert found["Tamlin Pharma (Hainan) Co., Ltd."].parent is issuer
    assert "Tamlin Biologics" not in issuer.names


def test_an_exchange_operator_named_with_and_is_never_a_company():
    assert not any("Clearing" in name for name in names_of(HKEX_COVER))


def test_an_indirect_wholly_owned_subsidiary_has_the_issuer_as_parent():
    found = names_of(
        'Update\n\nThe board of Orvane Holdings Limited (the "Company") announces that Suzhou '
        "Orvane Bio Co., Ltd. (蘇州奧文生物有限公司), an indirect wholly-owned subsidiary of the "
        "Company, signed a licence with Tamsin AG."
    )
    assert found["Suzhou Orvane Bio Co., Ltd."].parent is found["Orvane Holdings Limited"]


def test_a_bare_name_that_buys_or_holds_rights_is_a_party():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Under the 2023 deal, Corvath holds an option to "
        "license HP-5 from Halden Pharma Inc. Separately, Marlow gains worldwide rights to HP-7. "
        "Brisby bought the rights to HP-9 in 2022."
    )
    assert {"Corvath", "Marlow", "Brisby"} <= set(found)


def test_a_figure_that_gains_or_holds_is_no_company():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Halden Pharma Inc. reported results. Revenue gained "
        "5%, and Margin holds steady."
    )
    assert set(found) == {"Halden Pharma Inc."}


def test_a_name_with_its_symbol_and_share_move_in_brackets_is_a_company():
    found = names_of(
        "What happened\n\nShares of the clinical-stage oncology specialist VelmiGenics (VLMG "
        "-2.86%) ended the day higher after it signed a licensing deal with Tamsin Corp. "
        "(TMSN +0.89%)."
    )
    assert "VelmiGenics" in found
    assert "VLMG" in found["VelmiGenics"].names
    assert "Tamsin Corp." in found


def test_a_name_right_after_a_news_description_is_a_company():
    found = names_of(
        "Deal\n\nPrivate start-up Argo Bio has won two licence contracts with Swiss cancer giant "
        "Velmir. The Basel drugmaker Corvane was not involved, nor was biopharma firm Tamsin. In "
        "2015 Velmir bought lab equipment supplier Orrin-Wexford for $17 billion."
    )
    assert {"Velmir", "Corvane", "Tamsin", "Orrin-Wexford"} <= set(found)


def test_an_acronym_after_an_adjective_is_no_company():
    found = names_of(
        "Deal\n\nArgo Bio Inc. signed the first major RNAi out-licensing deal amid a wave of "
        "biotech IPOs."
    )
    assert set(found) == {"Argo Bio Inc."}


def test_every_licensee_in_a_list_of_income_sources_is_a_company():
    found = names_of(
        "Update\n\nBOSTON, July 24, 2025 -- Halden Pharma Inc. has recorded $1 million in "
        "licensing income from AiLuma, ForTecon, and Orvex."
    )
    assert {"AiLuma", "ForTecon", "Orvex"} <= set(found)


def test_a_short_name_defined_with_or_after_a_formal_name_is_its_alias():
    found = names_of(
        "Item 1.01\n\nOn May 2, 2025 we licensed KV-2 to Hangzhou Orvane Pharmaceutical Co., Ltd., "
        "or HO, through our subsidiary, Suzhou Tamlin Bio Co., Ltd., or ST. HO will pay ST $5 "
        "million."
    )
    assert "HO" in found["Hangzhou Orvane Pharmaceutical Co., Ltd."].names
    assert "ST" in found["Suzhou Tamlin Bio Co., Ltd."].names
    assert "HO" not in found


def test_a_unit_named_after_its_owners_possessive_has_the_owner_as_parent():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Halden Pharma Inc. today announced that Corvane's "
        "Velmir notified Halden that it has exercised its option to acquire Halden's unit."
    )
    assert found["Velmir"].parent is found["Corvane"]


def test_a_possessive_before_a_partners_deal_makes_no_parent():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Halden Pharma Inc. said Corvane's Velmir deal closed. "
        "Corvane's Velmir partnership started in 2023. Velmir Labs signed with Corvane Bio."
    )
    assert all(c.parent is None for c in found.values())


def test_nyse_american_and_nysemkt_tickers_are_nyse():
    found = names_of(
        "Update\n\nVelmirRx Ltd. (NYSE American: VLMX) signed a deal. Shares of Tamwick Cell "
        "Therapeutics (NYSEMKT: TMCX) rose."
    )
    assert found["VelmirRx Ltd."].tickers == ["VLMX.NYSE"]
    assert found["Tamwick Cell Therapeutics"].tickers == ["TMCX.NYSE"]


def test_a_product_obtained_from_a_company_is_that_companys():
    owners = clause_owners(
        "Update\n\nHALDEN-B (09999) rose 9% after its licensed product AB-350, obtained from "
        "oncology firm Corvane, won Fast Track designation."
    )
    assert owners == {"AB-350": "Corvane"}


def test_a_target_described_first_and_named_after_a_comma_is_a_company():
    found = names_of(
        "Corvane buys AI firm\n\nLONDON, May 6, 2025 -- Corvane plc today announced the "
        "acquisition of a British AI company, Quorrix, for an undisclosed sum."
    )
    assert "Quorrix" in found
    assert not any("British" in name for name in found)


def test_a_subsidiary_of_a_countrys_group_stays_apart_from_it():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Velmir Inc. today announced a licence with TMWK Jushi "
        "Biologics, a subsidiary of China's TMWK Pharmaceutical Group, for VX-1."
    )
    assert found["TMWK Jushi Biologics"].parent is found["TMWK Pharmaceutical Group"]


def test_two_group_members_sharing_a_lead_word_are_two_companies():
    found = names_of(
        "Update\n\nTMWK Pharmaceutical Group said its unit TMWK Jushi Biologics signed a licence "
        "for VX-1. Separately, Tamsin Bio said Tamsin Biotherapeutics will grow."
    )
    assert found["TMWK Jushi Biologics"] is not found["TMWK Pharmaceutical Group"]
    assert found["TMWK Jushi Biologics"].parent is found["TMWK Pharmaceutical Group"]
    assert "Tamsin Bio" in found["Tamsin Biotherapeutics"].names  # company words only: one


def test_a_university_in_a_party_list_or_a_partys_place_is_a_party():
    found = names_of(
        "Update\n\nBOSTON, May 6, 2025 -- Tamsin Bio today announced a research collaboration "
        "with the Marlow Foundation and Northfield University on TB-7, and a licence agreement "
        "with University of Westlake for TB-8."
    )
    assert {"Marlow Foundation", "Northfield University", "University of Westlake"} <= set(found)


def test_a_university_hospital_named_as_a_trial_site_is_no_party():
    assert names_of("Update\n\nPatients at Northfield University Hospital received TB-9.") == {}


def test_a_person_after_a_role_noun_is_no_company():
    found = names_of(
        "Update\n\nHalden Pharma Inc. hired key decision maker Mara Lind and industry peer Tom "
        "Brask to its board."
    )
    assert set(found) == {"Halden Pharma Inc."}
