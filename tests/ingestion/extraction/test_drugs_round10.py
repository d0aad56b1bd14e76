"""Round 10: drug names, codes, targets and indications in wording no rule was fitted to, on
invented releases (every company, product and sentence here is made up)."""

import pytest

from apps.ingestion.extraction.drugs import code_mentions, targets_in
from apps.ingestion.extraction.indications import indications_in
from apps.ingestion.extraction.text import fold
from tests.ingestion.extraction.drug_helpers import release


def drug_named(result: dict, name: str) -> dict | None:
    for drug in result["drugs"]:
        if fold(name) in {fold(n) for n in [drug["name"], *drug["aliases"]]}:
            return drug
    return None


def names(result: dict) -> list[str]:
    return [drug["name"] for drug in result["drugs"]]


# ---------------------------------------------------------------- regulatory slots


def test_a_headline_verb_and_the_dateline_below_it_are_no_slot():
    result = release(
        "Vantaris BLA accepted",
        "Vantaris Bio Inc. announced that the FDA accepted its BLA for elpratamig, a "
        "bispecific antibody, for small cell lung cancer.",
    )
    assert names(result) == ["elpratamig"]


def test_a_capitalised_target_in_a_slot_is_no_product():
    result = release(
        "Sotera gets IND clearance for KRAS inhibitor",
        "Sotera Therapeutics today announced that the FDA has cleared its IND for ST-1188, a "
        "KRAS G12C inhibitor, for patients with solid tumors.",
    )
    assert names(result) == ["ST-1188"]
    result = release(
        "Orphan designation for NRAS degrader",
        "Pellam Bio said the FDA granted Orphan Drug designation for NRAS degrader PB-3310 in "
        "melanoma.",
    )
    assert "NRAS" not in names(result)


# ---------------------------------------------------------------- INN stems of newer classes


@pytest.mark.parametrize(
    ("body", "inn"),
    [
        (
            "Marbury Pharmaceuticals said the FDA approved Elvestra (palacestrant), an oral "
            "selective estrogen receptor degrader, for ESR1-mutated advanced breast cancer.",
            "palacestrant",
        ),
        (
            "Seoul-based Hanmir Pharm. Co., Ltd. announced that Korea's MFDS approved "
            "tegovonprazan for erosive esophagitis.",
            "tegovonprazan",
        ),
        (
            "Lindqvist Pharma AB has acquired the European rights to oravigepant, an oral CGRP "
            "receptor antagonist for acute migraine, from Stellan Therapeutics for $20 million.",
            "oravigepant",
        ),
        (
            "Tarrow Oncology has licensed nuvasertib, an oral AKT inhibitor, to Ferrand Pharma "
            "for $15 million upfront.",
            "nuvasertib",
        ),
    ],
)
def test_inns_of_newer_classes_are_read_by_their_stem(body, inn):
    assert inn in names(release("Regulatory update", body))


def test_a_brand_takes_its_bracketed_inn_of_a_newer_class():
    result = release(
        "MHRA approves Neurova",
        "Orrel Pharma plc said the MHRA approved Neurova (zalvoxetine), a serotonin modulator, "
        "for major depressive disorder.",
    )
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [("zalvoxetine", ["Neurova"])]


def test_a_class_word_that_ends_like_a_stem_is_no_product():
    result = release(
        "FDA approves Quenzor",
        "The FDA approved Quenzor (kelvobactam), the first monobactam/beta-lactamase inhibitor "
        "combination from Dorrit Pharma, for complicated urinary tract infections.",
    )
    assert "monobactam" not in names(result)
    assert "kelvobactam" in names(result)


# ---------------------------------------------------------------- substances told as a mechanism


@pytest.mark.parametrize(
    "body",
    [
        "Orrel Pharma plc said the MHRA approved Neurova, a serotonin modulator, for depression.",
        "Corvine Bio has licensed KV-2210, a dopamine agonist, to Halberd Pharma for $5 million.",
    ],
)
def test_a_substance_before_a_mechanism_word_is_no_product(body):
    found = names(release("Update", body))
    assert "serotonin" not in found and "dopamine" not in found


# ---------------------------------------------------------------- biosimilars


@pytest.mark.parametrize(
    "body",
    [
        "Grenville Biologics Ltd announced that the EMA has accepted its marketing authorisation "
        "application for GB-1129, its proposed ustekinumab biosimilar.",
        "Grenville Biologics Ltd announced that the EMA has accepted its marketing authorisation "
        "application for its ustekinumab biosimilar GB-1129.",
    ],
)
def test_a_biosimilar_code_is_an_alias_of_its_reference_inn(body):
    result = release("EMA accepts MAA", body)
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [("ustekinumab", ["GB-1129"])]


# ---------------------------------------------------------------- short codes as a deal's object


@pytest.mark.parametrize(
    "body",
    [
        "Harrowgate Bio Ltd has licensed HB-5 from Quenton Pharma AG for all territories outside "
        "Japan. Harrowgate will pay $20 million upfront.",
        "Beijing Yuanheng Pharma said Arborlane Therapeutics had in-licensed HB-5 from it for $30 "
        "million upfront.",
    ],
)
def test_a_short_code_a_deal_verb_takes_is_a_product(body):
    assert "HB-5" in names(release("Licence", body))


# ---------------------------------------------------------------- code shapes


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Shanghai Xinmai Biotech Co., Ltd. announced that the FDA has cleared the IND "
            "application for 7XM2821, a Nectin-4 ADC, for urothelial carcinoma.",
            "7XM2821",
        ),
        (
            "Corvina Vaccines Inc. said the FDA granted Fast Track designation to mRNA-2290, its "
            "investigational vaccine against human metapneumovirus.",
            "mRNA-2290",
        ),
    ],
)
def test_digit_led_and_lower_case_led_codes(body, code):
    assert code in names(release("Regulatory update", body))


def test_a_half_year_or_quarter_is_no_digit_led_code():
    text = "Fast Track designation to KB-4410; data are expected in 2H2027 or 4Q2027"
    assert [m.surface for m in code_mentions(text)] == ["KB-4410"]


# ---------------------------------------------------------------- targets


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("7XM2821, a Nectin-4 ADC, for", ["Nectin-4"]),
        ("a humanized HER2 antibody", ["HER2"]),
        ("its BCMA CAR-T", ["BCMA"]),
        ("an EGFR/cMET bispecific antibody", ["EGFR", "cMET"]),
        ("a CD19/CD20 bispecific CAR-T", ["CD19", "CD20"]),
        ("an APOC3 siRNA", ["APOC3"]),
    ],
)
def test_symbols_before_a_modality_head_are_targets(window, expected):
    assert targets_in(window) == expected


@pytest.mark.parametrize(
    "window", ["its IgG1 antibody", "an HBV siRNA", "the US ADC market", "a KX-101 antibody"]
)
def test_isotypes_viruses_places_and_codes_before_a_head_are_no_targets(window):
    assert targets_in(window) == []


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("HX-301, a CLDN18.2-targeted ADC,", ["CLDN18.2"]),
        ("targeting Claudin 18.2 in gastric cancer", ["Claudin 18.2"]),
        ("a bispecific targeting CLDN18.2 and PD-L1.", ["CLDN18.2", "PD-L1"]),
        ("KS-3301, a selective NaV1.8 blocker", ["NaV1.8"]),
        ("an anti-FcRn antibody", ["FcRn"]),
        ("a c-Met inhibitor", ["c-Met"]),
    ],
)
def test_isoform_numbers_and_mixed_case_symbols_stay_whole(window, expected):
    assert targets_in(window) == expected


def test_a_t_cell_engager_is_a_bispecific():
    result = release(
        "Palvane licenses engager",
        "Palvane Oncology has licensed HX-505, a GPRC5D x CD3 T-cell engager, from Tianjin "
        "Huaxi Pharma for $45 million upfront.",
    )
    drug = drug_named(result, "HX-505")
    assert drug["modality"] == "bispecific"
    assert drug["targets"] == ["GPRC5D", "CD3"]


# ---------------------------------------------------------------- background drugs


@pytest.mark.parametrize(
    ("body", "drug", "indication"),
    [
        (
            "Halden Pharmaceuticals Inc. today announced that the FDA approved Selvara "
            "(tozenacept) in combination with carboplatin and paclitaxel for the treatment of "
            "advanced ovarian cancer.",
            "tozenacept",
            "advanced ovarian cancer",
        ),
        (
            "Morvane Biosciences said its Phase 3 trial of MV-4410 met its primary endpoint versus "
            "pembrolizumab in patients with melanoma.",
            "MV-4410",
            "melanoma",
        ),
    ],
)
def test_a_partner_or_comparator_named_nearer_does_not_take_the_indication(body, drug, indication):
    result = release("Update", body)
    assert drug_named(result, drug)["indications"] == [indication]


@pytest.mark.parametrize(
    "body",
    [
        "Calder Bio said the FDA granted Orphan Drug designation to CB-012 for glioblastoma, a "
        "cancer for which temozolomide remains the standard of care.",
        "Calder Bio said the FDA granted Orphan Drug designation to CB-012 for glioblastoma, "
        "where the current standard of care, temozolomide, offers limited benefit.",
        "Calder Bio said the FDA granted Orphan Drug designation to CB-012 for glioblastoma. In "
        "a Phase 2 trial, CB-012 was superior to temozolomide.",
    ],
)
def test_the_standard_of_care_is_no_product_of_the_release(body):
    result = release("Orphan designation", body)
    assert "temozolomide" not in names(result)
    assert "CB-012" in names(result)


# ---------------------------------------------------------------- indication boundaries


@pytest.mark.parametrize(
    ("body", "indication"),
    [
        (
            "Fennick Pharma Inc. announced FDA approval of Dorvalin (lumetidine hydrochloride) "
            "injection for postoperative nausea and vomiting (PONV).",
            "postoperative nausea and vomiting",
        ),
        (
            "Fennick Pharma Inc. said the FDA approved FN-2201 for chemotherapy-induced "
            "neutropenia.",
            "chemotherapy-induced neutropenia",
        ),
    ],
)
def test_symptoms_and_blood_counts_are_indications(body, indication):
    result = release("Approval", body)
    assert result["drugs"][0]["indications"] == [indication]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tolvane is approved to treat complicated skin infections including those caused by "
            "resistant strains.",
            ["complicated skin infections"],
        ),
        ("KX-7 showed activity in NSCLC despite the rise of immunotherapy.", ["NSCLC"]),
        (
            "KX-7 is approved for IV infusion to address the unmet need in subarachnoid "
            "hemorrhage.",
            ["subarachnoid hemorrhage"],
        ),
        ("KX-7 is formulated for IV administration to treat chronic pain.", ["chronic pain"]),
        (
            "The poster covers data for Phase 3 ORBIT Trial of KX-7 in sickle cell disease.",
            ["sickle cell disease"],
        ),
    ],
)
def test_an_indication_ends_before_examples_concessions_and_purposes(sentence, expected):
    assert indications_in(sentence) == expected


# ---------------------------------------------------------------- brands before a bracketed INN


@pytest.mark.parametrize(
    ("body", "inn", "brand"),
    [
        (
            "Pellucid Pharma has licensed the Japanese rights to Zelquor (relmacabtagene "
            "autoleucel) from Norvik Bio. Pellucid will pay $25 million upfront.",
            "relmacabtagene autoleucel",
            "Zelquor",
        ),
        (
            "Ledgerline Royalty Partners LP has agreed to buy part of the royalties Ombrix "
            "Therapeutics plc receives on net sales of Caltrenza (deravoxetine) for $90 million.",
            "deravoxetine",
            "Caltrenza",
        ),
    ],
)
def test_a_capitalised_word_before_a_bracketed_inn_is_its_brand(body, inn, brand):
    drug = drug_named(release("Deal", body), inn)
    assert drug["name"] == inn and brand in drug["aliases"]


def test_a_company_word_before_a_bracketed_inn_is_no_brand():
    result = release(
        "Deal",
        "Halvorsen Pharma has licensed rights to velotinib from Quenton Bio. The deal makes "
        "Halvorsen (velotinib) a partner in Asia; Halvorsen will pay $5 million upfront.",
    )
    assert drug_named(result, "velotinib")["aliases"] == []


# ---------------------------------------------------------------- more target shapes


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (
            "a once-weekly GLP-1 and amylin receptor dual agonist",
            ["GLP-1 receptor", "amylin receptor"],
        ),
        ("CRN-501, a glucagon receptor antagonist, for", ["glucagon receptor"]),
        ("an oral orexin 2 receptor agonist", ["orexin 2 receptor"]),
        ("a mu-opioid receptor agonist", ["mu-opioid receptor"]),
        ("a next-generation FGFR2b antibody", ["FGFR2b"]),
        ("an allogeneic CD7-targeting CAR-T", ["CD7"]),
    ],
)
def test_receptors_named_by_their_ligand_and_splice_variants(window, expected):
    assert targets_in(window) == expected


@pytest.mark.parametrize(
    "window", ["a selective receptor modulator", "a nuclear receptor agonist", "targeting CAR-T"]
)
def test_describing_words_before_receptor_and_modalities_are_no_targets(window):
    assert targets_in(window) == []


def test_a_radionuclide_is_no_product_code():
    result = release(
        "IND cleared",
        "Lindell Radiopharma announced the FDA cleared its IND for LRP-177, a Lu-177-labelled "
        "radioligand targeting FAP, for pancreatic cancer.",
    )
    assert [(d["name"], d["targets"], d["indications"]) for d in result["drugs"]] == [
        ("LRP-177", ["FAP"], ["pancreatic cancer"])
    ]
    assert [m.surface for m in code_mentions("an Ac-225 or I-131 payload on KX-2201")] == [
        "KX-2201"
    ]


def test_a_short_lower_case_word_the_dictionary_lists_as_an_abbreviation_is_no_product():
    result = release(
        "Price caps",
        "Beckford Bio said its Phase 3 trial of BKF-330 in myasthenia gravis met its primary "
        "endpoint, despite price caps in Europe.",
    )
    assert names(result) == ["BKF-330"]


def test_a_first_approval_since_an_older_drug_leaves_the_older_drug_out():
    result = release(
        "FDA approves KORVEXA",
        "Salton Pharmaceuticals announced that the FDA has approved KORVEXA (sulvatinib) "
        "capsules for adults with GIST, the first new drug approved for them since imatinib.",
    )
    assert names(result) == ["sulvatinib"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Its Phase 3 trial of BKF-330 in generalized myasthenia gravis met its primary "
            "endpoint.",
            ["generalized myasthenia gravis"],
        ),
        ("SSK-301 is licensed for narcolepsy type 1 outside Asia.", ["narcolepsy type 1"]),
        (
            "the EC approved Delvira for plaque psoriasis and Health Canada approved Ostrel for "
            "type 2 diabetes.",
            ["plaque psoriasis", "type 2 diabetes"],
        ),
        ("Lorvex nasal spray for acute cluster headache", ["acute cluster headache"]),
    ],
)
def test_an_indication_ends_before_a_verb_a_territory_or_the_next_clause(sentence, expected):
    assert indications_in(sentence) == expected


# ---------------------------------------------------------------- other names, examples, trials


@pytest.mark.parametrize(
    "body",
    [
        "Kerrow Bio said the FDA granted Fast Track designation to KRW-88, also known as "
        "torazumab, for IgA nephropathy.",
        "Kerrow Bio said the FDA granted Fast Track designation to torazumab, formerly KRW-88, "
        "for IgA nephropathy.",
    ],
)
def test_another_name_told_without_a_bracket_is_an_alias(body):
    result = release("Fast Track", body)
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [("torazumab", ["KRW-88"])]


def test_a_brand_before_a_bracket_with_its_inn_and_code_takes_both():
    result = release(
        "EC approval",
        "Tavish Pharma said the EC approved Brandex (velotinib, VLT-101) for chronic myeloid "
        "leukemia.",
    )
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [
        ("velotinib", ["Brandex", "VLT-101"])
    ]


def test_drugs_given_as_examples_are_background():
    result = release(
        "FDA approval",
        "Orvane Bio received FDA approval for ORV-5, the first oral option for patients who "
        "today rely on injectable drugs such as adalimumab and ustekinumab, for Crohn's disease.",
    )
    assert names(result) == ["ORV-5"]


def test_a_trial_word_after_a_product_noun_is_no_product():
    result = release(
        "Update",
        "Geomar Vaccines said it expects readouts from its COVID-19 vaccine Phase 2 trials, and "
        "the FDA granted Fast Track designation to GMV-04.",
    )
    assert names(result) == ["GMV-04"]


# ---------------------------------------------------------------- brands told by form or trial


@pytest.mark.parametrize(
    "body",
    [
        "Marlin Pharma said its unit has received approval from the US regulator to market "
        "Tessaline, a nasal spray for the treatment of seasonal allergic rhinitis.",
        "Marlin Pharma said the MHRA has approved Tessaline, an ophthalmic gel for dry eye "
        "disease.",
    ],
)
def test_a_brand_described_as_a_dosage_form_is_a_product(body):
    assert names(release("Approval", body)) == ["Tessaline"]


@pytest.mark.parametrize(
    "body",
    [
        "Coravel Bio said Brenvox® is on track to advance into a Phase 2 clinical trial for "
        "recurrent glioblastoma in 2027.",
        "Coravel Bio said it dosed the first patient in a Phase 1 trial of Brenvox® in recurrent "
        "glioblastoma.",
    ],
)
def test_a_trademark_a_trial_is_told_of_is_a_product(body):
    assert "Brenvox" in names(release("Trial update", body))


def test_a_trademarked_platform_in_a_trial_sentence_is_no_product():
    result = release(
        "Trial update",
        "Coravel Bio said it dosed the first patient in a Phase 1 trial of Stratix® platform "
        "candidates in glioblastoma.",
    )
    assert "Stratix" not in names(result)


# ---------------------------------------------------------------- round 10, fourth set


@pytest.mark.parametrize(
    ("body", "substance"),
    [
        (
            "Chengdu Ruikang Biotech has licensed RK-106, a long-acting recombinant growth "
            "hormone fusion protein, to Nanjing Huaxin Pharma for $10 million upfront.",
            "growth hormone",
        ),
        (
            "Selwyn Neuro licensed SLW-301, an oral ketamine prodrug, to Arden Pharma for "
            "treatment-resistant depression for $15 million upfront.",
            "ketamine",
        ),
    ],
)
def test_what_a_product_is_made_from_is_no_product(body, substance):
    assert substance not in names(release("Licence", body))


def test_a_short_code_an_option_to_license_takes_is_a_product():
    result = release(
        "Option",
        "Adley Bio obtained an option to license ADL-3, a trispecific T-cell engager targeting "
        "CD3, CD19 and CD20, from Qingdao Ruixin Biotech for $5 million.",
    )
    drug = drug_named(result, "ADL-3")
    assert (drug["modality"], drug["targets"]) == ("bispecific", ["CD3", "CD19", "CD20"])


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("ING-8, a humanized IgG4 mAb against LAG-3, to", ["LAG-3"]),
        ("an antibody directed against CD40 and OX40L", ["CD40", "OX40L"]),
    ],
)
def test_an_antibody_against_a_symbol_targets_it(window, expected):
    assert targets_in(window) == expected


def test_a_code_before_a_disease_word_names_the_disease():
    result = release(
        "IND cleared",
        "Ravensworth Gene Therapies said the FDA cleared the IND for RGT-101, an AAV9-based gene "
        "therapy for GM1 gangliosidosis.",
    )
    assert [(d["name"], d["indications"]) for d in result["drugs"]] == [
        ("RGT-101", ["GM1 gangliosidosis"])
    ]


def test_a_capital_a_ending_a_disease_is_its_type():
    assert indications_in("approved for Sanfilippo syndrome type A (MPS IIIA).") == [
        "Sanfilippo syndrome type A"
    ]


def test_a_short_code_an_option_takes_without_a_description():
    result = release(
        "Option",
        "Adley Bio obtained an option to license ZT-4 from Qingdao Ruixin Biotech for $5 million.",
    )
    assert "ZT-4" in names(result)


def test_a_short_code_described_as_an_engager_is_a_product():
    result = release(
        "Collaboration",
        "Adley Bio and Qingdao Ruixin Biotech signed a collaboration agreement on ZT-4, a CD3 "
        "T-cell engager. Adley will pay $5 million upfront.",
    )
    assert "ZT-4" in names(result)


# ---------------------------------------------------------------- round 10, fifth set


def test_a_short_code_told_as_the_first_product_licensed_is_a_product():
    result = release(
        "Licence",
        "Arbor Pharma said that ARB-5 is the first product it licensed from Tianjin Kangda, for "
        "which it paid $3 million upfront.",
    )
    assert "ARB-5" in names(result)


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("a peripherally acting kappa opioid receptor agonist", ["kappa opioid receptor"]),
        ("a delta opioid receptor antagonist", ["delta opioid receptor"]),
    ],
)
def test_a_greek_letter_word_before_a_ligand_receptor_stays_with_it(window, expected):
    assert targets_in(window) == expected


# ---------------------------------------------------------------- round 10, sixth set: rivals


@pytest.mark.parametrize(
    ("body", "background"),
    [
        (
            "Ardent Bio said the FDA granted Breakthrough Therapy designation to ADB-12, which "
            "would compete with dupilumab in atopic dermatitis.",
            ["dupilumab"],
        ),
        (
            "Ferrow Pharma said the FDA approved FRW-3 for plaque psoriasis, a market led by "
            "secukinumab and ixekizumab.",
            ["secukinumab", "ixekizumab"],
        ),
        (
            "Halvard Bio dosed the first patient in a Phase 3 trial of HLV-9 in patients "
            "switching from tenofovir.",
            ["tenofovir"],
        ),
        (
            "Vernon Pharma received FDA approval for VRN-2 for adults whose disease is "
            "inadequately controlled on metformin.",
            ["metformin"],
        ),
        (
            "Cormack Bio said the FDA granted Fast Track designation to CMK-44 as an add-on to "
            "levetiracetam for focal seizures.",
            ["levetiracetam"],
        ),
        (
            "Pelham Oncology received FDA approval for PLM-7 in patients whose cancer progressed "
            "after treatment with osimertinib.",
            ["osimertinib"],
        ),
        (
            "Torbay Bio said the FDA cleared its IND for TRB-5, an oral alternative to injectable "
            "semaglutide, for obesity.",
            ["semaglutide"],
        ),
    ],
)
def test_rivals_and_background_therapies_are_not_listed(body, background):
    found = names(release("Update", body))
    assert len(found) == 1 and not set(background) & set(found)


def test_the_subject_keeps_the_indication_a_rival_stands_nearer_to():
    result = release(
        "IND",
        "Torbay Bio said the FDA cleared its IND for TRB-5, an oral alternative to injectable "
        "semaglutide, for obesity.",
    )
    assert result["drugs"][0]["indications"] == ["obesity"]


def test_a_biosimilar_to_an_inn_is_that_inns_product():
    result = release(
        "MAA",
        "Sarovar Biologics said the EMA accepted its MAA for SRV-410, a proposed biosimilar to "
        "aflibercept.",
    )
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [("aflibercept", ["SRV-410"])]


# ---------------------------------------------------------------- round 10, seventh set


@pytest.mark.parametrize(
    ("body", "inn", "aliases"),
    [
        (
            "Ulsan Pharma said the NMPA approved Corvana (ridaxetine besylate) tablets for major "
            "depressive disorder.",
            "ridaxetine",
            ["Corvana", "ridaxetine besylate"],
        ),
        (
            "Ulsan Pharma said the FDA has granted approval to Ravenza (quelorant) for chronic "
            "insomnia.",
            "quelorant",
            ["Ravenza"],
        ),
    ],
)
def test_the_bracketed_word_after_a_product_in_a_regulatory_slot_is_its_inn(body, inn, aliases):
    result = release("Approval", body)
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [(inn, aliases)]


def test_a_bracketed_english_word_after_a_slot_product_is_no_inn():
    result = release(
        "Approval",
        "Ulsan Pharma said the NMPA approved Corvana (tablets) for major depressive disorder.",
    )
    assert names(result) == ["Corvana"]


def test_an_abbreviated_salt_is_a_salt_form_alias():
    result = release(
        "Approval", "Daewon Bio said the MFDS approved veltoxetine HCl for generalized anxiety."
    )
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [
        ("veltoxetine", ["veltoxetine HCl"])
    ]


def test_small_interfering_rna_spelled_out_is_an_oligonucleotide():
    result = release(
        "Licence",
        "Busan Bio licensed BSB-4, a small interfering RNA, to Arrow Lake Pharma for $3 million "
        "upfront.",
    )
    assert drug_named(result, "BSB-4")["modality"] == "oligonucleotide"


def test_chronic_weight_management_is_an_indication():
    assert indications_in("the MHRA approved KX-1 for chronic weight management.") == [
        "chronic weight management"
    ]


# ---------------------------------------------------------------- spaced codes


def test_a_seven_digit_spaced_code_in_a_regulatory_slot_is_a_product():
    result = release(
        "Fast Track",
        "Kestrel Bio said the FDA granted Fast Track designation to BAY 2927088 for gastric "
        "cancer.",
    )
    assert names(result) == ["BAY 2927088"]


def test_a_regulatory_file_number_is_no_spaced_code():
    result = release(
        "Approval",
        "Kestrel Bio said the FDA approved its NDA 2145678 for KX-101 for gastric cancer. The "
        "approval under NDA 2145678 covers adults.",
    )
    assert names(result) == ["KX-101"]


def test_a_trial_number_after_a_code_is_no_part_of_it():
    assert [m.surface for m in code_mentions("its ATH434-201 Phase 2 trial of ATH434")] == [
        "ATH434",
        "ATH434",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Bio has licensed its KX-7 platform to Orvane Pharma for $5 million upfront.",
        "Kestrel Bio has licensed GPT-4 from a software vendor to speed discovery, paying $5 "
        "million.",
    ],
)
def test_a_licensed_platform_or_language_model_is_no_product(body):
    assert names(release("Deal", body)) == []
