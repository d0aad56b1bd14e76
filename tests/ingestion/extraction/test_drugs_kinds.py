"""Drug kinds missed on unseen releases: a disease in a product slot, a combination named after
one of its INNs. Every company, product and sentence here is invented."""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.drugs import find_drugs
from apps.ingestion.extraction.text import analyse


def names(text: str) -> list[str]:
    return [d.name for d in find_drugs(analyse(text))]


def test_a_disease_in_a_designation_slot_is_no_drug():
    text = (
        "Update\n\nOSLO, May 6, 2025 -- Melwood Bio Inc. said the FDA granted Orphan Drug "
        "Designation for hypophosphatasia to its lead candidate MW-12. The agency had earlier "
        "granted Rare Pediatric Disease designation for craniosynostosis."
    )
    found = names(text)
    assert "hypophosphatasia" not in found
    assert "craniosynostosis" not in found
    designations = extract(text)["designations"]
    assert {d["drug"] for d in designations} <= {"MW-12", None}


def test_an_unknown_lower_case_product_in_a_slot_is_still_a_drug():
    found = names(
        "Update\n\nOSLO, May 6, 2025 -- Melwood Bio Inc. said the FDA granted fast track "
        "designation to velnorapam, for adults with Dravet syndrome."
    )
    assert "velnorapam" in found


def test_a_combination_named_after_one_inn_is_one_product_under_its_whole_name():
    # an INN the dictionary knows, in a combination name the text writes twice
    result = extract(
        "Melwood Bio reports approval\n\nOSLO, May 6, 2025 -- Melwood Bio Inc. announced that the "
        "FDA approved Pravelo (vanzacaftor triple) for cystic fibrosis. The company filed the "
        "vanzacaftor triple in Canada as well."
    )
    assert "vanzacaftor triple" in [d["name"] for d in result["drugs"]]
    assert "vanzacaftor" not in [d["name"] for d in result["drugs"]]


def test_a_stem_inn_doublet_is_one_product():
    assert "lotorasib doublet" in names(
        "Update\n\nOSLO, May 6, 2025 -- Melwood Bio Inc. started a trial of the lotorasib doublet "
        "in lung cancer."
    )


def targets_of(text: str, name: str) -> list[str]:
    return next(d.targets for d in find_drugs(analyse(text)) if d.name == name)


def test_a_symbol_with_a_number_before_agonist_or_blocker_is_the_target():
    text = (
        "Update\n\nMelwood Bio Inc. said MW-301 is a selective KV 7.2 opener, and MW-302 is an "
        "oral TRPA1 antagonist for chronic cough. MW-303 is a NaV 1.8 blocker."
    )
    assert targets_of(text, "MW-302") == ["TRPA1"]
    assert targets_of(text, "MW-303") == ["NaV 1.8"]


def test_targets_in_a_bracket_after_the_name_are_its_targets():
    text = (
        "Update\n\nMelwood Bio Inc. licensed its bispecific antibody, dovalimab (TIGIT/LAG-3, "
        "MW-88), to Orrin AG."
    )
    assert targets_of(text, "dovalimab") == ["TIGIT", "LAG-3"]


def test_targeting_the_lettered_protein_of_a_virus_names_it_whole():
    text = "Update\n\nMW-610 is an oral antiviral targeting the HMPV F-protein in infants."
    assert targets_of(text, "MW-610") == ["HMPV F-protein"]


def test_a_disease_a_spelled_out_name_and_a_partners_target_are_no_targets():
    text = (
        "Update\n\nMelwood Bio Inc. develops MW-7, a vaccine targeting Mpox. MW-9 is a cell "
        "therapy targeting Cluster of Differentiation 22, or CD22. MW-11 is studied in "
        "combination with a PD-L1 inhibitor in bladder cancer."
    )
    assert targets_of(text, "MW-7") == []
    assert "Cluster" not in targets_of(text, "MW-9")
    assert targets_of(text, "MW-11") == []


def test_a_code_written_with_a_space_twice_is_a_product():
    found = names(
        "Update\n\nCorlan Pharmaceuticals acquired a license to KLT 412, a microtubule inhibitor. "
        "Corlan plans to move KLT 412 into a registration study."
    )
    assert "KLT 412" in found


def test_years_standards_and_single_spaced_codes_are_no_products():
    found = names(
        "Update\n\nCorlan presented at ASCO 2024 and again at ASCO 2024 satellite events. Its "
        "shares joined the FTSE 250 and stay in the FTSE 250 index. It filed KLT 412 once."
    )
    assert not any(name.startswith(("ASCO", "FTSE", "KLT")) for name in found)


def test_a_brand_a_product_noun_introduces_is_a_product():
    found = names(
        "Update\n\nCorlan will co-sell the new migraine treatment Velqara with Tamsin. A trial "
        "of the multiple sclerosis drug Orvenza failed in 2023."
    )
    assert {"Velqara", "Orvenza"} <= set(found)


def test_a_brand_described_as_a_treatment_is_a_product():
    found = names(
        "Update\n\nCorlan agreed to buy Tamsin Bio. Tamsin makes Velqara, an FDA-approved "
        "treatment for a rare nerve disease."
    )
    assert "Velqara" in found


def test_a_capitalised_word_after_a_product_noun_that_runs_on_is_no_brand():
    found = names(
        "Update\n\nThe Food and Drug Administration accepted the filing. The therapy Review "
        "Board met. Its drug Hallmark Bio unit grew."
    )
    assert found == []


def test_a_brand_with_a_two_word_description_in_brackets_is_a_product():
    found = names(
        "Update\n\nThe European Commission granted marketing authorization for Velqara (sealant "
        "powder) and Orvenza (tamsivir)."
    )
    assert "Velqara" in found


def test_a_capitalised_name_before_a_dosage_form_is_a_product():
    found = names(
        "Update\n\nMakara will sell the Velqara nasal spray in Fiji under a licence with Corlan. "
        "Corlan also filed CL-201 Maleate tablets."
    )
    assert "Velqara" in found
    assert "Maleate" not in found


def test_an_upper_case_name_described_as_a_product_at_a_line_end_is_a_product():
    found = names(
        "Update\n\n* Corlan signs exclusive agreement with Tamsin for VELQAVAC, a "
        "prostate-specific antigen-targeting cancer immunotherapy\n* Terms were not disclosed"
    )
    assert "VELQAVAC" in found


def test_the_arms_of_a_bispecific_written_with_x_are_its_targets():
    text = "Update\n\nCorlan licensed KV-330, a BCMAxCD3 bispecific T-cell engager, to Tamsin."
    assert targets_of(text, "KV-330") == ["BCMA", "CD3"]


def test_a_dual_agonist_of_two_receptors_targets_both():
    text = (
        "Update\n\nCorlan licensed tamvaglutide, a dual GLP-1 and GCGR receptor agonist peptide, "
        "from Tamsin."
    )
    assert targets_of(text, "tamvaglutide") == ["GLP-1 receptor", "GCGR"]


def test_an_anti_target_of_a_target_family_is_a_target_though_shaped_like_a_code():
    text = "Update\n\nKV-88, an anti-IL-23R monoclonal antibody, was licensed to Tamsin."
    assert targets_of(text, "KV-88") == ["IL-23R"]


def test_an_inhibitor_of_a_target_names_it():
    text = "Update\n\nThe first patient was dosed with KV9-D, an oral inhibitor of WRN, in Leeds."
    assert "KV9-D" in names(text)
    assert targets_of(text, "KV9-D") == ["WRN"]


def test_a_dictionary_entry_is_never_matched_across_a_currency_sign():
    found = names(
        "Update\n\nCorlan priced 4,000,000 shares at $10.00 per share, and 500,000 more at $10."
    )
    assert not any("$" in name for name in found)


def test_a_dosage_form_suffix_after_a_code_is_part_of_its_name():
    found = names(
        "Update\n\nCorlan plans to submit an NDA for KVX-102 SL, a sublingual tablet, this month."
    )
    assert "KVX-102 SL" in found


def test_an_anti_target_word_is_never_a_product_from_the_dictionary():
    found = names(
        "Update\n\nCorlan will study KVX-1500, its anti-CD40L monoclonal antibody candidate."
    )
    assert found == ["KVX-1500"]


def test_a_substance_named_before_an_enzyme_word_is_the_enzyme_not_the_substance():
    found = names("Update\n\nKVX-1300 (cocaine esterase) is in a Phase 2 trial.")
    assert "cocaine" not in found


def test_slashed_targets_before_a_described_kinase_inhibitor_are_all_targets():
    text = (
        "Update\n\nCorlan gets rights to KV2136c (a ROS1/NTRK/RET multiple target kinase "
        "inhibitor) in China."
    )
    assert targets_of(text, "KV2136c") == ["ROS1", "NTRK", "RET"]


def test_a_target_with_a_lower_case_prefix_or_in_brackets_is_a_target():
    text = (
        "Update\n\nThe trial tests varotinib, an mTOR inhibitor, and KV-12, a programmed "
        "death-ligand 1 (PD-L1) inhibitor."
    )
    assert targets_of(text, "KV-12") == ["PD-L1"]
    assert targets_of(text, "varotinib") == ["mTOR"]


def test_therapies_a_patient_had_before_give_no_modality():
    text = (
        "Update\n\nThe patient had failed three prior regimens, including CAR-T and bispecific "
        "antibody therapy, before responding after two cycles of KV-284, a next-generation "
        "acylfulvene."
    )
    assert next(d for d in find_drugs(analyse(text)) if d.name == "KV-284").modality is None


def test_a_salt_form_the_dictionary_lists_as_its_name_gives_the_inn():
    found = find_drugs(
        analyse("Update\n\nThe NMPA approved Roxatidine Acetate Hydrochloride for Injection.")
    )
    assert [d.name for d in found] == ["roxatidine"]
    assert "Roxatidine Acetate" in found[0].aliases


def test_what_trials_target_are_indications_not_targets():
    text = (
        "Update\n\nCorlan plans to advance KV-184 into Phase 2 studies targeting TNBC, NSCLC, and "
        "other cancers. KV-185 is an antibody targeting CD19."
    )
    assert targets_of(text, "KV-184") == []
    assert targets_of(text, "KV-185") == ["CD19"]


def test_a_common_word_in_a_product_slot_is_no_product():
    found = names(
        "Update\n\nCorlan expects $50M after the product launches. It is completing the vaccine "
        "vialing. The merger needs approvals of stockholders. The FDA granted fast track "
        "designation to tamzelpat for adults."
    )
    assert found == ["tamzelpat"]


def test_a_toxin_inn_ending_in_its_serotype_letter_is_the_name():
    found = find_drugs(
        analyse("Update\n\nCorlan develops KV-450 (velabotulinumtoxinA) injection for migraine.")
    )
    assert [(d.name, d.aliases) for d in found] == [("velabotulinumtoxinA", ["KV-450"])]
