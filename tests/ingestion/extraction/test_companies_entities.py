"""Company mentions resolve to one entity per company, before any fact is read (invented names)."""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse


def entities_of(text: str):
    return find_entities(analyse(text))


def company(result: dict, name: str) -> dict:
    return next(c for c in result["companies"] if c["name"] == name)


def test_a_name_defined_in_brackets_and_its_short_form_are_one_company():
    # field case si01
    result = extract(
        "Tamsin Bio licenses TB-301 in Japan\n\n"
        "SEOUL, May 2, 2025 -- Tamsin Bio Co., Ltd. announced that it has entered into an "
        'agreement with Quillon Pharma Inc. ("Quillon"). Under the agreement, Quillon has obtained '
        "exclusive rights to develop and commercialize TB-301 in Japan. Tamsin will receive an "
        "upfront payment of RMB 80 million."
    )
    assert set(company(result, "Tamsin Bio Co., Ltd.")["aliases"]) == {"Tamsin Bio", "Tamsin"}


def test_a_defined_short_name_resolves_to_its_formal_name_in_other_wording():
    entities = entities_of(
        'Orrin update\n\nZURICH, June 3, 2024 -- Orrin Therapeutics AG ("Orrin") said that '
        "Orrin's partner will pay Orrin a fee."
    )
    orrin = entities.resolve("Orrin Therapeutics AG")
    assert orrin is not None
    assert entities.resolve("Orrin") is orrin
    assert entities.resolve("Orrin's") is orrin
    assert {m.company for m in entities.mentions} == {orrin}
    assert len(entities.mentions) == 5  # headline, name, defined name, possessive, object


def test_a_suffixless_name_that_acts_as_acquirer_is_a_company():
    # field case si02
    entities = entities_of(
        "Helvara to acquire Brindle AG\n\nBasel, March 4, 2024 – Helvara today announced that it "
        "has entered into an agreement to make a voluntary public takeover offer to acquire "
        "Brindle AG (FSE: BRN; NASDAQ: BRN), a Germany-based biopharmaceutical company. The offer "
        "values Brindle at EUR 1.5bn."
    )
    helvara = entities.resolve("Helvara")
    assert helvara is not None and helvara.name == "Helvara"
    brindle = entities.resolve("Brindle")
    assert brindle.name == "Brindle AG" and brindle.tickers == ["BRN.NASDAQ"]


def test_a_suffixless_name_signing_an_agreement_in_other_wording_is_a_company():
    entities = entities_of(
        "Update\n\nOSLO, May 6, 2025 -- Under the terms announced today, Norrby has signed a "
        "licence agreement with Castell Pharma Ltd. for CP-7."
    )
    assert entities.resolve("Norrby") is not None
    assert entities.resolve("Castell Pharma") is not None


def test_a_bare_generic_word_is_never_a_company():
    entities = entities_of(
        "Update\n\nBOSTON, May 6, 2025 -- Pharmaceuticals announced that the Group has entered "
        "into an agreement with Therapeutics."
    )
    assert list(entities) == []
    assert entities.resolve("Pharmaceuticals") is None
    assert entities.resolve("the Group") is None


def test_a_short_form_that_drops_a_place_word_is_an_alias():
    # field case si03
    result = extract(
        "Company update\n\nSHANGHAI, Sept. 2, 2024 /PRNewswire/ -- Shanghai Tamsin Biotech, Inc. "
        "(2999.HK) presented new data for TB-301, an anti-PD-1 monoclonal antibody. In 2023, "
        "Tamsin entered into an exclusive license agreement with Quillon Pharmaceuticals Limited "
        "for the development and commercialisation of TB-301 in Europe."
    )
    tamsin = company(result, "Shanghai Tamsin Biotech, Inc.")
    assert "Tamsin" in tamsin["aliases"]
    assert tamsin["tickers"] == ["2999.HK"]
    assert {c["name"] for c in result["companies"]} >= {"Quillon Pharmaceuticals Limited"}


def test_a_place_dropped_short_form_in_other_wording_resolves():
    entities = entities_of(
        "News\n\nSUZHOU, April 1, 2025 -- Suzhou Ferrow Medicines Co., Ltd. reported results. "
        "Ferrow's lead programme advanced."
    )
    ferrow = entities.resolve("Suzhou Ferrow Medicines Co., Ltd.")
    assert entities.resolve("Ferrow") is ferrow
    assert entities.resolve("Ferrow's") is ferrow


def test_two_group_members_sharing_a_word_stay_two_companies():
    entities = entities_of(
        "Note\n\nAlder (Beijing) Biotech Co., Ltd. and Alder Pharmaceutical Group Limited signed."
    )
    assert len(entities) == 2
    assert entities.resolve("Alder") is None  # ambiguous: either member


def test_hkex_cover_issuer_has_its_stock_code_chinese_name_and_subsidiaries():
    # field case si09
    result = extract(
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take "
        "no responsibility for the contents of this announcement.\n\n"
        "Quillon Pharmaceutical Group Company Limited\n\n奎隆製藥集團有限公司\n\n"
        "(Stock Code: 4321)\n\n"
        "LICENSE AGREEMENT WITH VERANT\n\n"
        "This announcement is made by Quillon Pharmaceutical Group Company Limited (the "
        '"Company", together with its subsidiaries, the "Group").\n\n'
        "The board of directors of the Company is pleased to announce that on May 4, 2021, "
        "Quillon (Shanghai) Biotech Co., Ltd. (奎隆(上海)生物科技有限公司) and Jiangsu Quillon "
        'Pharmaceutical Co., Ltd. (江蘇奎隆製藥有限公司) (collectively, the "Licensors"), each a '
        "wholly-owned subsidiary of the Group, entered into a license agreement with Verant, Inc. "
        '("Verant"), pursuant to which the Licensors grant an exclusive license to Verant to '
        'develop and commercialize QP-77 outside of the People\'s Republic of China ("PRC").'
    )
    issuer = company(result, "Quillon Pharmaceutical Group Company Limited")
    assert issuer["tickers"] == ["4321.HK"]
    assert company(result, "Verant, Inc.")["aliases"] == ["Verant"]
    assert "奎隆製藥集團有限公司" in issuer["aliases"]
    for name in (
        "Quillon (Shanghai) Biotech Co., Ltd.",
        "Jiangsu Quillon Pharmaceutical Co., Ltd.",
    ):
        assert company(result, name)["parent"] == "Quillon Pharmaceutical Group Company Limited"
    assert company(result, "Quillon (Shanghai) Biotech Co., Ltd.")["aliases"] == [
        "奎隆(上海)生物科技有限公司"
    ]
    assert company(result, "Jiangsu Quillon Pharmaceutical Co., Ltd.")["aliases"] == [
        "江蘇奎隆製藥有限公司"
    ]  # the defined term "Licensors" is a role, not a name


def test_an_undefined_the_company_resolves_to_the_cover_issuer_in_other_wording():
    text = (
        "Marlow Biologics Holdings Limited\n(Incorporated in the Cayman Islands with limited "
        "liability)\n(Stock Code: 8765)\n\nVOLUNTARY ANNOUNCEMENT\n\n"
        "The board is pleased to announce that the Company has completed a placing."
    )
    entities = entities_of(text)
    issuer = entities.resolve("Marlow Biologics Holdings Limited")
    assert issuer.tickers == ["8765.HK"]
    assert entities.resolve("the Company") is issuer
    assert entities.resolve((text.index("the Company"), text.index("the Company") + 11)) is issuer


def test_a_ticker_listed_on_two_exchanges_is_kept():
    # field case si22
    result = extract(
        "Tamsin and Quillon sign licence\n\nLYON, France, March 9, 2022 -- Tamsin SA (Euronext: "
        "TMS) and Quillon SA (Nasdaq and Euronext: QLN) have entered into an exclusive licensing "
        "agreement for QL-55. Quillon receives €50m upfront."
    )
    assert company(result, "Quillon SA")["tickers"] == ["QLN.NASDAQ"]
    assert {c["name"] for c in result["companies"]} == {"Tamsin SA", "Quillon SA"}


def test_a_ticker_on_two_exchanges_in_other_wording():
    entities = entities_of(
        "News\n\nPARIS, May 6, 2025 -- Vesper SE (Euronext Paris / NYSE: VSPR) today announced "
        "results."
    )
    assert entities.resolve("Vesper").tickers == ["VSPR.NYSE"]


def test_a_headline_subject_without_legal_form_is_a_company():
    entities = entities_of(
        "Velmir Raises EUR 20 Million in Series A\n\nLEEDS, May 6, 2025 -- The company closed "
        "its round."
    )
    assert entities.resolve("Velmir").name == "Velmir"


def test_a_headline_possessive_of_a_place_led_name_is_a_company():
    entities = entities_of(
        "Hunan Brevik Biologics's Vaccine Trial Cleared\n\nThe trial will start soon."
    )
    assert entities.resolve("Hunan Brevik Biologics") is not None
    assert entities.resolve("Hunan") is None


def test_a_name_ending_and_co_and_a_kk_form_are_formal_names():
    entities = entities_of(
        "Note\n\nTwo drugs came from Sorrel Brothers and Co. and Tanaka Korvel Pharma KK; a "
        "third from Velmir Corp."
    )
    names = {c.name for c in entities}
    assert names == {"Sorrel Brothers and Co.", "Tanaka Korvel Pharma KK", "Velmir Corp."}


def test_a_public_funder_is_not_a_company():
    entities = entities_of(
        "Note\n\nOSLO, May 6, 2025 -- Norrby AS received an award. BARDA's award funds BARDA "
        "work and BARDA staff."
    )
    assert entities.resolve("BARDA") is None


def test_each_listed_company_carries_its_rule_and_confidence():
    result = extract(
        "Helvara to acquire Brindle AG\n\nBasel, March 4, 2024 – Helvara today announced that it "
        "will acquire Brindle AG."
    )
    rules = {c["name"]: (c["rule"], c["confidence"]) for c in result["companies"]}
    assert rules["Helvara"][0] == "company.agent"
    assert rules["Brindle AG"][0] == "company.legal_suffix"
    assert all(0 < confidence <= 1 for _, confidence in rules.values())


def test_a_bracketed_chinese_name_is_an_alias_in_other_wording():
    entities = entities_of(
        "Note\n\nOn June 1, 2024, Brevik (Hangzhou) Medicines Co., Ltd. "
        "(布雷维克(杭州)医药有限公司), "
        'the "Seller", sold an asset to Korvel Inc.'
    )
    brevik = entities.resolve("Brevik (Hangzhou) Medicines Co., Ltd.")
    assert brevik.names == ["Brevik (Hangzhou) Medicines Co., Ltd.", "布雷维克(杭州)医药有限公司"]
    assert entities.resolve("布雷维克(杭州)医药有限公司") is brevik


def test_a_venture_arm_is_its_own_company_with_its_parent():
    entities = entities_of(
        "Note\n\nMay 6, 2025 -- Korvel Ventures, the venture arm of global healthcare leader "
        "Velmir, led the round. Velmir Inc. said little."
    )
    arm = entities.resolve("Korvel Ventures")
    assert arm.parent is entities.resolve("Velmir Inc.")
    assert entities.resolve("Korvel") is None  # the lead word names no arm


def test_a_subsidiary_named_after_its_owner_possessive_or_its_has_that_parent():
    entities = entities_of(
        "Note\n\nOrrin AG is based in Zug, with its wholly-owned U.S. subsidiary, Orrin "
        "Therapeutics, Inc., and labs in Boston. Orrin Therapeutics hires."
    )
    parent, child = entities.resolve("Orrin AG"), entities.resolve("Orrin Therapeutics, Inc.")
    assert parent is not child and child.parent is parent
    assert entities.resolve("Orrin Therapeutics") is child


def test_two_registered_names_in_different_legal_forms_are_two_companies():
    entities = entities_of("Note\n\nBrevik SE and Brevik Inc. met. Velmir GmbH's unit, Korvel plc.")
    assert entities.resolve("Brevik SE") is not entities.resolve("Brevik Inc.")


def test_the_listed_china_entity_and_its_unlisted_namesake_are_one_company():
    entities = entities_of(
        "Note\n\nMay 6, 2025 -- Velmir (China) Limited (Nasdaq: VLMR, HKEX: 77) today announced "
        "a licence. Velmir Limited will receive US$40 million."
    )
    assert len(entities) == 1
    velmir = entities.resolve("Velmir Limited")
    assert velmir is entities.resolve("Velmir (China) Limited")
    assert velmir.tickers == ["VLMR.NASDAQ", "77.HK"] and velmir.parent is None


def test_a_subsidiary_whose_name_extends_its_parents_is_another_company():
    entities = entities_of(
        "Note\n\nBrevik Inc. (the “Company”) said that the Company’s subsidiary Brevik Labs "
        "Inc., entered into an agreement."
    )
    parent, child = entities.resolve("Brevik Inc."), entities.resolve("Brevik Labs Inc.")
    assert parent is not child and child.parent is parent


def test_an_about_heading_run_into_its_paragraph_is_not_a_name():
    entities = entities_of(
        "Note\n\nBody.\n\nAbout Korvel Bio, Inc. Korvel Bio, Inc. (www.example.com), a "
        "subsidiary of Velmir Holdings, Inc., makes vaccines."
    )
    assert sorted(c.name for c in entities) == ["Korvel Bio, Inc.", "Velmir Holdings, Inc."]
    assert entities.resolve("Korvel Bio").parent is entities.resolve("Velmir Holdings")


def test_a_bare_name_after_a_role_noun_is_a_company():
    entities = entities_of(
        "Note\n\nMay 6, 2025 -- Korvel Ventures, the venture arm of global healthcare leader "
        "Velmir, led the round alongside its partner Brevik."
    )
    velmir = entities.resolve("Velmir")
    assert velmir is not None and entities.resolve("Korvel Ventures").parent is velmir
    assert entities.resolve("Brevik") is not None


def test_the_owner_named_after_a_unit_of_is_a_company_and_the_parent():
    entities = entities_of(
        "Korvel Gets Nod for Trial\n\nKorvel Biopharma Group , a unit of Velmir Medical Holdings "
        "Industry's , obtained the approval."
    )
    owner = entities.resolve("Velmir Medical Holdings Industry")
    assert owner is not None
    assert entities.resolve("Korvel Biopharma Group").parent is owner


def test_a_news_wire_named_in_the_dateline_and_the_copyright_line_is_no_company():
    result = extract(
        "Velmora Names New Chief Executive Officer\n\n"
        "OSLO, May 2, 2025 /CNW/ -- Velmora Biotech Inc. today announced that Ines Haug was "
        "appointed Chief Executive Officer.\n\nCopyright CNW Group 2025\n"
    )
    names = [c["name"] for c in result["companies"]]
    assert names == ["Velmora Biotech Inc."]
    assert [e["company"] for e in result["events"]] == ["Velmora Biotech Inc."]


def test_a_bare_name_heading_a_discontinuation_headline_is_a_company():
    result = extract(
        "Arvella Discontinues Kidney Vaccine Trial\n\n"
        "Arvella said it would discontinue its phase 3 trial of a kidney vaccine.\n"
    )
    assert [c["name"] for c in result["companies"]] == ["Arvella"]


def test_a_company_named_after_its_board_of_directors_is_found():
    names = [
        c.name
        for c in entities_of(
            "Velmora results\n\nTurin, March 3, 2025 – The Board of Directors of Velmora "
            "S.p.A. has approved the preliminary results for 2024.\n"
        )
    ]
    assert names == ["Velmora S.p.A."]


def test_a_brand_marked_with_a_trademark_sign_is_no_company():
    names = [
        c.name
        for c in entities_of(
            "Arvella update\n\nOSLO, May 2, 2025 -- Arvella Bio AG reported its results.\n\n"
            "In 2024, we completed the acquisition of Zorivel®. Zorivel® sales grew.\n"
        )
    ]
    assert names == ["Arvella Bio AG"]


def test_a_first_name_used_as_an_owner_is_no_company():
    names = [
        c.name
        for c in entities_of(
            "Arvella update\n\nOSLO, May 2, 2025 -- Arvella Bio AG said that Ines Haug, Ph.D., "
            "will step down. Ines's leadership shaped us. We thank Ines for Ines's work and "
            "Ines's vision.\n"
        )
    ]
    assert names == ["Arvella Bio AG"]


def test_a_former_name_is_an_alias_not_another_company():
    result = extract(
        "Arvella raises $10 million\n\nOSLO, May 2, 2025 -- Arvella Bio, Inc., formerly Delmont "
        "Pharma Inc. (Arvella or the Company), today announced it raised $10 million in a "
        "private placement. Its unit Kestrel Labs Inc. (“Kestrel”) (formerly, Brantley "
        "Nutrition Corp.) is a partner.\n"
    )
    companies = {c["name"]: c for c in result["companies"]}
    assert "Delmont Pharma Inc." in companies["Arvella Bio, Inc."]["aliases"]
    assert "Delmont Pharma Inc." not in companies
    entities = entities_of(
        "Arvella update\n\nOSLO, May 2, 2025 -- Kestrel Labs Inc. (“Kestrel”) (formerly, "
        "Brantley Nutrition Corp.) launched a drink.\n"
    )
    assert [(c.name, c.aliases()) for c in entities] == [
        ("Kestrel Labs Inc.", ["Kestrel", "Brantley Nutrition Corp."])
    ]


def test_a_defined_short_name_beside_the_ticker_and_an_hkg_code():
    entities = entities_of(
        "Arvella update\n\nEMERYVILLE, Calif., Feb. 8, 2025 -- 7T Vision Therapeutics (Nasdaq: "
        "SVTX; 7TV or the Company) presented data. Brantley Therapeutics (Suzhou) (HKG:2788) "
        "raised HK$1 billion.\n"
    )
    found = {c.name: c for c in entities}
    assert "7TV" in found["7T Vision Therapeutics"].aliases()
    assert found["7T Vision Therapeutics"].tickers == ["SVTX.NASDAQ"]
    assert [c.tickers for c in entities if c.name.startswith("Brantley")] == [["2788.HK"]]


def test_an_owner_named_after_a_fronted_subsidiary_phrase_is_its_parent():
    entities = entities_of(
        "Arvella update\n\nOSLO, May 2, 2025 -- Through its wholly owned subsidiary, Kestrel "
        "Labs Inc. (“Kestrel”), Arvella Bio AG develops drinks.\n"
    )
    found = {c.name: c for c in entities}
    assert found["Kestrel Labs Inc."].parent is found["Arvella Bio AG"]


def test_a_headline_subject_ending_in_subsidiary_is_the_parent_company():
    names = [
        c.name
        for c in entities_of(
            "Hunan Velmora Pharmaceutical Subsidiary Receives FDA Clearance\n\n"
            "Hunan Velmora Pharmaceutical said its subsidiary, Kestrel Biotech, received "
            "clearance.\n"
        )
    ]
    assert "Hunan Velmora Pharmaceutical" in names
    assert not any(n.endswith("Subsidiary") for n in names)


def test_the_company_of_the_dateline_sentence_is_the_releases_own():
    result = extract(
        "VELMORA: RESULTS FOR 2024\n\n"
        "+ Acquisition of the rights to Zorivel® from Brandt Pharma AG closed; the Group "
        "announced it in November.\n\n"
        "Turin, February 13th, 2025 – The Board of Directors of Velmora S.p.A. has approved the "
        "results. The FDA granted orphan drug designation to VLM-201 in gout.\n"
    )
    assert [(d["name"], d["owner"]) for d in result["drugs"]] == [("VLM-201", "Velmora S.p.A.")]


def test_a_headline_name_stops_at_says():
    result = extract(
        "Corlan Therapeutics Says Zorivex Receives FDA Fast Track Status\n\n"
        "Corlan Therapeutics said Monday the FDA granted fast track designation to zorivex "
        "for liver cancer.\n"
    )
    assert [c["name"] for c in result["companies"]] == ["Corlan Therapeutics"]


def test_subsidiaries_listed_after_such_as_are_companies_with_their_parent():
    entities = entities_of(
        "Arvella update\n\nOSLO, May 2, 2025 -- Arvella Bio AG agreed to sell Kestrel Labs Inc. "
        "The sale covers Kestrel Labs Inc.'s subsidiaries, such as Brantwood and Orlo "
        "Diagnostics.\n"
    )
    found = {c.name: c for c in entities}
    assert found["Brantwood"].parent is found["Kestrel Labs Inc."]
    assert found["Orlo Diagnostics"].parent is found["Kestrel Labs Inc."]


def test_a_short_name_belongs_to_the_company_it_names_whole_not_its_subsidiary():
    entities = entities_of(
        "Brevora Pharmaceuticals Inc. Acquires ZELTRA\n\n"
        "OSLO, May 2, 2025 -- Brevora Inc. (OTCQB: BRVA) announced that its subsidiary Brevora "
        "Pharmaceuticals Inc. acquired ZELTRA. Brevora's board approved it. Brevora expects "
        "sales. Brevora thanks Brevora's staff.\n"
    )
    found = {c.name: c for c in entities}
    assert "Brevora" in found["Brevora Inc."].aliases()
    assert "Brevora" not in found["Brevora Pharmaceuticals Inc."].aliases()


def test_a_company_the_text_calls_anothers_subsidiary_stays_apart_with_its_parent():
    entities = entities_of(
        "Ostrel Therapeutics doses first patient\n\n"
        "Ostrel Therapeutics dosed the first patient in its Phase 1 trial. Ostrel Therapeutics "
        "is a subsidiary of Ostrel Cayman Limited, an oncology company founded in Suzhou.\n"
    )
    found = {c.name: c for c in entities}
    assert found["Ostrel Therapeutics"].parent is found["Ostrel Cayman Limited"]


def test_a_bare_counterparty_that_pays_sells_or_hands_over_rights_is_a_company():
    for sentence, name in (
        ("Revenue includes a milestone payment from Velmir for the approval of MLW-1.", "Velmir"),
        ("The regimen is sold by Ostrava in many countries.", "Ostrava"),
        ("Half of the royalties are paid to Kestrel through 2031.", "Kestrel"),
        (
            "The Group closed the acquisition of the global rights to Zorivel® from Brandt.",
            "Brandt",
        ),
    ):
        names = [
            c.name
            for c in entities_of(
                f"Arvella update\n\nOSLO, May 2, 2025 -- Arvella Bio AG reported. {sentence}\n"
            )
        ]
        assert name in names, sentence


def entity_names(text: str) -> set[str]:
    return {entity.name for entity in entities_of(text)}


def test_a_lone_upper_case_word_after_a_payment_cue_is_no_company_unless_described_as_one():
    plain = (
        "Results\n\nOSLO, June 3, 2025 -- Brennholt Therapeutics ASA reported results. Part of the "
        "royalties on Vexlira sales is sold by NORVEX under an older arrangement.\n"
    )
    described = plain.replace("NORVEX under", "NORVEX, a Danish pension fund, under")
    assert "NORVEX" not in entity_names(plain)
    assert "NORVEX" in entity_names(described)


def test_an_institution_named_as_a_counterparty_keeps_its_of_phrase():
    names = entity_names(
        "Licence\n\nLYON, June 3, 2025 -- Ostrava Gene SA obtained the worldwide rights to a "
        "capsid "
        "platform from Veterinary College of Ormond.\n"
    )
    assert "Veterinary College of Ormond" in names
    assert "Veterinary College" not in names


def test_a_contract_role_defined_for_several_companies_is_no_alias():
    result = extract(
        "Licence\n\nWUHAN, June 3, 2025 -- Orla Bio Ltd. and its affiliate Orla Bio (Suzhou) "
        'Co., Ltd. (together, the "Assignors") have assigned the rights to OB-12 to Tarn '
        'Therapeutics Inc. (the "Assignee") for an upfront payment of USD 5 million.'
    )
    aliases = {a for c in result["companies"] for a in c["aliases"]}
    assert not aliases & {"Assignors", "Assignee"}


def test_an_alias_keeps_the_prose_form_over_an_all_capitals_headline():
    result = extract(
        "The Stock Exchange of Hong Kong Limited takes no responsibility for this announcement."
        "\n\nOrla Bio Holdings Limited\n\n(Stock Code: 1234)\n\n"
        "VOLUNTARY ANNOUNCEMENT - OPTION AGREEMENT WITH BRAMWELL\n\n"
        "The Board is pleased to announce that on June 3, 2025 the Company entered into an "
        'option agreement with Bramwell, Inc. ("Bramwell") for OB-12 in Japan.'
    )
    assert company(result, "Bramwell, Inc.")["aliases"] == ["Bramwell"]


def test_a_subsidiary_of_the_company_named_with_its_chinese_name_gets_the_issuer_as_parent():
    result = extract(
        "The Stock Exchange of Hong Kong Limited takes no responsibility for this announcement."
        "\n\nKestrel Pharma Group Limited\n\n(Stock Code: 3377)\n\nVOLUNTARY ANNOUNCEMENT\n\n"
        'The board of directors of Kestrel Pharma Group Limited (the "Company") announces that '
        "Hexa Biologics (Suzhou) Co., Ltd. (赫克萨生物(蘇州)有限公司), an indirect wholly-owned "
        "subsidiary of the Company, has signed a supply agreement with Tarn Therapeutics Inc."
    )
    unit = company(result, "Hexa Biologics (Suzhou) Co., Ltd.")
    assert unit["parent"] == "Kestrel Pharma Group Limited"
