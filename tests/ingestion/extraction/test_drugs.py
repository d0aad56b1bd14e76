"""Drugs: brand-only names, code shapes, the text's own INN, partner and background drugs.

Field cases si10, si18, si30 and si13 (owners), each with a second, differently worded
invented sentence of the same kind. Every company and product name here is invented.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.drugs import (
    DrugMention,
    choose_names,
    code_mentions,
    find_drugs,
    inn_mentions,
    slot_mentions,
)
from apps.ingestion.extraction.text import analyse


def drug_named(result: dict, name: str) -> dict:
    return next(d for d in result["drugs"] if d["name"] == name)


def drug_names(result: dict) -> list[str]:
    return [d["name"] for d in result["drugs"]]


def release(body: str) -> str:
    return f"Melwood Bio regulatory update\n\nOSLO, May 6, 2025 /PRNewswire/ -- {body}\n"


# ---------------------------------------------------------------- si10: brand-only products

SI10 = (
    "Tamsin Bio Announces NMPA Approval of RENOVAX\n\n"
    "HONG KONG, June 2, 2025 - (ACN Newswire) - Tamsin Bio (HKEX: 9999.HK) today announced that "
    "the China National Medical Products Administration (NMPA) has approved RENOVAX for adult "
    "patients with membranous nephropathy."
)


def test_si10_a_brand_with_no_inn_in_the_text_is_the_drugs_name():
    result = extract(SI10)
    drug = drug_named(result, "RENOVAX")
    assert drug["owner"] == "Tamsin Bio"
    assert drug["indications"] == ["membranous nephropathy"]


def test_a_brand_only_product_in_a_designation_slot_is_found_in_other_wording():
    result = extract(
        "Corlan update\n\nPARIS, March 3, 2025 -- Corlan Therapeutics SA today announced that "
        "the U.S. Food and Drug Administration granted Fast Track designation to VELQUADRA for "
        "the treatment of idiopathic pulmonary fibrosis."
    )
    assert drug_names(result) == ["VELQUADRA"]
    assert result["designations"][0]["drug"] == "VELQUADRA"


def test_a_lower_case_inn_unknown_to_any_dictionary_is_found_in_its_designation_slot():
    result = extract(
        "Brisk Bio update\n\nBOSTON, May 6, 2025 -- Brisk Bio said the FDA granted orphan drug "
        "designation to zorvaletant, its lead candidate, for the treatment of Fabry disease."
    )
    assert drug_names(result) == ["zorvaletant"]


# ---------------------------------------------------------------- si30: codes with suffixes

SI30 = (
    "Tamsin Bio licenses TC41-E in Japan\n\n"
    "SEOUL, May 2, 2025 -- Tamsin Bio Co., Ltd. announced that it has entered into an agreement "
    "with Quillon Pharma Inc. Under the agreement, Quillon has obtained exclusive rights to "
    "develop and commercialize TC41-E, a VEGF/FGF dual-target fusion protein, in Japan. Tamsin "
    "will receive an upfront payment of RMB 80 million."
)


def test_si30_a_code_with_a_hyphenated_letter_suffix_is_a_drug():
    result = extract(SI30)
    drug = drug_named(result, "TC41-E")
    assert drug["owner"] == "Tamsin Bio Co., Ltd."
    assert drug["modality"] == "protein"
    assert drug["targets"] == ["VEGF", "FGF"]


def test_codes_with_letter_suffixes_in_other_shapes_are_drug_codes():
    text = "Dosing began with QX17-B, while AB604c and the ARO-KLM7 program follow."
    assert [m.surface for m in code_mentions(text)] == ["QX17-B", "AB604c", "ARO-KLM7"]


# ---------------------------------------------------------------- si18: exhibit numbers

SI18 = (
    "EX-99.1 2 d123456dex991.htm EX-99.1 EX-99.1\n\nExhibit 99.1\n\n"
    "Verant Reports Second Quarter 2025 Results\n\n"
    "EMERYVILLE, Calif., August 13, 2025 (GLOBE NEWSWIRE) -- Verant Royalty Corporation "
    "(NASDAQ: VRNT) reported its second quarter results."
)


def test_si18_an_edgar_exhibit_header_is_not_a_drug():
    assert extract(SI18)["drugs"] == []


def test_a_numbered_exhibit_or_rule_is_never_a_code_name():
    text = "See EX-10.2 and Rule LR-13.09, filed with the AB-1201 results."
    assert [m.surface for m in code_mentions(text)] == ["AB-1201"]


# ---------------------------------------------------------------- the text's own INN


def mention(surface, kind, canonical=None, brand=False, start=0):
    return DrugMention(surface, start, start + len(surface), canonical, kind, brand)


def test_the_texts_own_inn_is_the_name_not_the_dictionarys_synonym():
    # "Chidamide" is listed by the dictionary under another generic name
    name, aliases = choose_names([mention("Chidamide", "dictionary", "tucidinostat")])
    assert (name, aliases) == ("chidamide", [])


def test_a_salt_form_gives_the_inn_it_starts_with_and_stays_an_alias():
    name, aliases = choose_names([mention("imatinib mesylate", "dictionary", "imatinib")])
    assert (name, aliases) == ("imatinib", ["imatinib mesylate"])


def test_a_brand_alone_keeps_the_brand_and_never_the_dictionarys_inn():
    name, aliases = choose_names([mention("Zentrova", "dictionary", "examplinib", brand=True)])
    assert (name, aliases) == ("Zentrova", [])


def test_a_salt_form_in_a_release_is_an_alias_of_the_inn():
    result = extract(
        "Corlan update\n\nPARIS, March 3, 2025 -- Corlan Therapeutics SA today announced that "
        "the European Commission approved imatinib mesylate tablets from Corlan for chronic "
        "myeloid leukemia."
    )
    drug = drug_named(result, "imatinib")
    assert drug["aliases"] == ["imatinib mesylate"]


def test_a_fixed_combination_named_by_two_inns_is_one_product():
    result = extract(
        "Corlan update\n\nPARIS, March 3, 2025 -- Corlan Therapeutics SA today announced that "
        "the FDA has approved ZERVALO (ceftazidime and avibactam) for complicated urinary tract "
        "infections."
    )
    assert drug_names(result) == ["ceftazidime and avibactam"]
    assert drug_named(result, "ceftazidime and avibactam")["aliases"] == ["ZERVALO"]


def test_a_combination_partner_is_not_the_approved_product():
    result = extract(
        "Corlan update\n\nPARIS, March 3, 2025 -- Corlan Therapeutics SA today announced that "
        "the FDA approved CRL-204 in combination with cisplatin for bladder cancer."
    )
    assert [d["drug"] for d in result["designations"]] == ["CRL-204"]
    assert "cisplatin" not in drug_names(result)


# ---------------------------------------------------------------- code shapes, stems, brands


def test_codes_with_a_two_digit_lower_case_suffix_or_a_one_letter_prefix_are_products():
    text = "Melwood Bio doses the first patient with MW-24b; D-RQ71 follows next year."
    assert [m.surface for m in code_mentions(text)] == ["MW-24b", "D-RQ71"]


def test_an_inn_by_a_newer_who_stem_is_a_drug_without_the_dictionary():
    text = "Data on dorvarasib, tenvoclax and mirelinib will be shown; the nib of a pen is not."
    assert [m.canonical for m in inn_mentions(text)] == ["dorvarasib", "tenvoclax", "mirelinib"]


def test_a_trademarked_brand_named_by_an_approval_is_a_drug():
    result = extract(
        release("Melwood Bio welcomed the FDA's approval of Quinelta™ for chronic cough in adults.")
    )
    assert drug_named(result, "Quinelta")["indications"] == ["chronic cough"]


def test_a_capitalised_brand_that_is_the_subject_of_a_passive_approval_is_a_drug():
    result = extract(release("ORVANTIS has been approved in Canada for adults with hidradenitis."))
    assert "ORVANTIS" in drug_names(result)


def test_a_company_in_capitals_that_receives_an_approval_is_not_a_drug():
    result = extract(release("MELWOOD has received approval from the FDA for MW-881 in gout."))
    assert drug_names(result) == ["MW-881"]


def test_a_brand_described_by_its_inn_formulation_is_an_alias_of_the_inn():
    result = extract(
        release(
            "Melwood Bio submitted a New Drug Application to the U.S. Food and Drug "
            "Administration for PELVANCE, its extended-release oral dolatinib tablets, in "
            "chronic myeloid leukemia."
        )
    )
    assert drug_named(result, "dolatinib")["aliases"] == ["PELVANCE"]


def test_a_brand_marked_with_a_bracketed_r_is_an_alias_of_the_inn_beside_it():
    result = extract(release("Ostavel(R) (pirlotinib) was approved by the FDA for myelofibrosis."))
    assert drug_named(result, "pirlotinib")["aliases"] == ["Ostavel"]


def test_a_letters_only_code_described_as_a_product_is_a_drug():
    result = extract(
        release(
            "Melwood Bio started a Phase 2 study of MW-TRX, its investigational siRNA, in "
            "adults with gout. The EMA granted PRIME eligibility to MW-TRX last month."
        )
    )
    assert "MW-TRX" in drug_names(result)


def test_a_company_in_capitals_described_by_its_business_is_not_a_drug():
    text = "MELWOOD, a cell therapy company, and MW-RXT, a gene therapy for gout, were shown."
    assert [m.surface for m in slot_mentions(text)] == ["MW-RXT"]


def test_a_brand_marked_once_is_the_same_product_when_written_without_the_mark():
    result = extract(
        release(
            "Melwood Bio markets Dravelta® (sunetimab) in Europe. Dravelta was approved by the "
            "FDA in June 2024 for generalized pustular psoriasis."
        )
    )
    assert [(d["drug"], d["agency"]) for d in result["designations"]] == [("sunetimab", "FDA")]


def test_an_inn_and_a_code_alone_in_one_bracket_are_one_product():
    result = extract(release("The FDA approved Hestra (velotuzumab, MW-380) for gastric cancer."))
    assert drug_named(result, "velotuzumab")["aliases"] == ["Hestra", "MW-380"]


# ---------------------------------------------------------------- short codes, marked brands


def test_a_short_code_told_in_a_regulatory_sentence_is_a_product_and_not_a_target():
    result = extract(
        release(
            "Melwood Bio said the FDA cleared its investigational new drug application for "
            "KRX-7, a PD-1 inhibitor, in solid tumours."
        )
    )
    assert "KRX-7" in drug_names(result)
    assert "PD-1" not in drug_names(result)
    assert [(d["drug"], d["type"]) for d in result["designations"]] == [("KRX-7", "ind_clearance")]


def test_a_short_code_named_by_an_apposition_is_a_product():
    result = extract(
        release(
            "Melwood Bio completed enrollment in its Phase 1 study of TQ12. TQ12 is a "
            "low-density lipoprotein receptor agonist with potential to repair nerves."
        )
    )
    assert "TQ12" in drug_names(result)


def test_a_short_code_that_the_text_targets_is_no_product():
    found = find_drugs(
        analyse(
            release(
                "The FDA cleared the IND for MLW-204, a bispecific antibody targeting IL-4Rα and "
                "KX2. Separately, KX2 was approved as a biomarker panel by the NMPA."
            )
        )
    )
    assert [d.name for d in found] == ["MLW-204"]


def test_a_trademark_told_as_designated_is_a_product_with_its_designation():
    result = extract(
        release(
            "Pelvora® has been granted fast track designation from the Food and Drug "
            "Administration for the treatment of nerve pain. The Pelvora® designation is its first."
        )
    )
    assert drug_names(result) == ["Pelvora"]
    assert [(d["agency"], d["type"]) for d in result["designations"]] == [("FDA", "fast_track")]
    text = release("The Pelvora® approval in Japan follows the Pelvora® approval in Europe.")
    assert [d.name for d in find_drugs(analyse(text))] == ["Pelvora"]


def test_a_trademark_alone_outside_a_regulatory_sentence_stays_out():
    result = extract(release("Melwood Bio expanded its Clarvex® platform to two new sites."))
    assert "Clarvex" not in drug_names(result)


def test_a_code_with_its_inn_given_after_a_label_is_one_product():
    result = extract(
        release(
            "The FDA granted orphan drug designation to MLW-301 (INN: dorantamab) for "
            "myasthenia gravis."
        )
    )
    assert drug_named(result, "dorantamab")["aliases"] == ["MLW-301"]


def test_its_drug_belongs_to_the_sentence_subject_not_the_announcer():
    result = extract(
        "Hunan Velmora Pharmaceutical unit gets FDA nod\n\n"
        "Hunan Velmora Pharmaceutical said its subsidiary, Kestrel Biotech, received FDA approval "
        "for a Phase II clinical trial of its peptide drug KSB-1225 in adults with obesity.\n"
    )
    assert drug_named(result, "KSB-1225")["owner"] == "Kestrel Biotech"


def test_a_regulator_written_with_a_region_is_never_a_drugs_owner():
    result = extract(
        release(
            "Melwood Bio said that the UK Medicines and Healthcare Products Regulatory Agency "
            "(MHRA) granted marketing authorization for its kidney imaging agent, Renaview."
        )
    )
    assert drug_named(result, "Renaview")["owner"] == "Melwood Bio"
    assert "UK Medicines" not in [c["name"] for c in result["companies"]]


def test_a_code_described_as_a_formulation_of_an_inn_is_one_product():
    result = extract(
        release(
            "Melwood Bio, a late-stage company advancing MLW-104, a clinical-stage, novel, "
            "injectable formulation of nimodipine, today announced it raised $15 million in a "
            "private placement to advance MLW-104."
        )
    )
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [("nimodipine", ["MLW-104"])]


def test_a_drug_a_financing_is_raised_for_is_listed():
    result = extract(
        release(
            "Melwood Bio has received a grant of EUR 800,000 from the Nordic Innovation Fund to "
            "support the clinical development of MLW-301 in glioma."
        )
    )
    assert drug_names(result) == ["MLW-301"]


def test_a_code_with_a_digit_led_prefix_is_a_code_and_half_years_are_not():
    text = "Data for 4K-150 in 2H-2024 came from a 3D-printed device and the 12A-1234 lot."
    assert [m.surface for m in code_mentions(text)] == ["4K-150"]


def test_an_organism_in_a_list_of_susceptible_bacteria_is_no_drug():
    text = release(
        "The FDA approved MELVIX for infections caused by the following susceptible "
        "microorganisms: Escherichia coli and Klebsiella pneumoniae."
    )
    assert "escherichia coli" not in [d.name for d in find_drugs(analyse(text))]


def test_a_substance_word_naming_an_enzyme_is_no_drug():
    text = release(
        "Melwood Bio will test MLW-397 in methylthioadenosine phosphorylase-deleted tumours."
    )
    assert [d.name for d in find_drugs(analyse(text))] == ["MLW-397"]


def test_a_code_closing_a_bracket_of_target_notes_is_the_drugs_code():
    result = extract(
        release(
            "The FDA granted Breakthrough Therapy designation to ivorazumab (PD-1/VEGF, MLW112) "
            "for lung cancer."
        )
    )
    assert drug_named(result, "ivorazumab")["aliases"] == ["MLW112"]
