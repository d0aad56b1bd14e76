"""Drug kinds missed on unseen releases (round 6): a product described, not named, that a
collaboration or a clinical result is about; a product introduced as "D, X's ... product";
a partner drug's description read from the words after it only. Every company, product and
sentence here is invented."""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.drugs import find_drugs, subject_drugs_in
from apps.ingestion.extraction.indications import indications_in
from apps.ingestion.extraction.text import analyse


def release(body: str) -> dict:
    return extract("Update\n\nOSLO, May 6, 2025 -- " + body)


def drug(result: dict, name: str) -> dict:
    return next(d for d in result["drugs"] if d["name"] == name)


COMBINATION = (
    "Shanghai Kelvar-Bio Inc., a subsidiary of Brevik, signed a research cooperation agreement "
    "with Tundra Pharma Investment (Nordic) Co., Ltd. for a joint study in gastric cancer "
    "on May 2, 2025.\n\n"
    "Last year encouraging results were seen in gastric cancer with a fully human CLDN18 "
    "monoclonal antibody developed by Brevik in combination with velorafenib, Tundra Pharma's "
    "leading product in the field. The parties will now run a confirmatory study together.\n"
)


def test_a_described_product_combined_with_the_partners_drug_is_listed_with_its_owner():
    result = release(COMBINATION)
    described = drug(result, "fully human CLDN18 monoclonal antibody")
    assert described["owner"] == "Brevik"  # the party's parent, as the text tells
    assert described["modality"] == "antibody"
    assert described["targets"] == ["CLDN18"]


def test_a_partner_drug_introduced_as_the_other_partys_product_is_that_partys():
    partner = drug(release(COMBINATION), "velorafenib")
    assert partner["owner"] == "Tundra Pharma"
    assert partner["modality"] is None  # "monoclonal antibody" before the cue is the other's


def test_a_background_combination_of_one_companys_drugs_stays_out():
    result = release(
        "Kelvar Bio Inc. signed a research cooperation agreement with Tundra Pharma Investment "
        "(Nordic) Co., Ltd. for a joint study in gastric cancer on May 2, 2025.\n\n"
        "Physicians often give a fully human CLDN18 monoclonal antibody developed by "
        "Kelvar Bio in combination with velorafenib, Kelvar Bio's oral product.\n"
    )
    names = [d["name"] for d in result["drugs"]]
    assert "velorafenib" not in names
    assert "fully human CLDN18 monoclonal antibody" not in names


def test_a_described_product_a_clinical_result_is_about_is_listed():
    result = release(
        "Skarvik Therapeutics Ltd. announces that the first patient treated with an allogeneic "
        "GPRC5D CAR-T therapy developed on its Nordlys platform achieved a complete response."
    )
    described = drug(result, "allogeneic GPRC5D CAR-T therapy")
    assert described["modality"] == "cell_therapy"
    assert described["targets"] == ["GPRC5D"]
    assert described["owner"] == "Skarvik Therapeutics Ltd."


def test_a_description_without_a_developer_is_no_product():
    result = release(
        "Skarvik Therapeutics Ltd. announces that the first patient treated with an allogeneic "
        "GPRC5D CAR-T therapy achieved a complete response."
    )
    assert result["drugs"] == []


def test_a_described_product_a_collaboration_sentence_names_is_its_asset():
    result = release(
        "Kelvar Bio Inc. and Tundra Pharma AG entered into a research collaboration to study a "
        "novel bispecific PD-L1/VEGF antibody developed by Kelvar Bio in lung cancer."
    )
    described = drug(result, "bispecific PD-L1/VEGF antibody")
    assert described["owner"] == "Kelvar Bio Inc."
    assert described["targets"] == ["PD-L1", "VEGF"]


def test_a_described_background_product_outside_any_fact_stays_out():
    result = release(
        "Kelvar Bio Inc. and Tundra Pharma AG entered into a research collaboration in lung "
        "cancer.\n\nPhysicians today mostly use a humanized EGFR monoclonal antibody developed "
        "by Orrin Biologics Ltd. in this setting."
    )
    assert result["drugs"] == []


def found(sentence: str) -> list:
    return find_drugs(analyse("Update\n\nOSLO, May 6, 2025 -- " + sentence))


def test_a_mutant_target_and_two_sites_sharing_one_tumour_noun():
    (product,) = found(
        "Orrin Biologics dosed the first patient with ORB-4410, a KRAS G12V inhibitor for "
        "pancreatic and biliary cancer."
    )
    assert product.targets == ["KRAS G12V"]
    assert product.indications == ["pancreatic cancer", "biliary cancer"]


def test_a_protein_change_is_no_product():
    products = found("Orrin Biologics licensed ORB-4410, an EGFR L858R inhibitor, to Selvik AB.")
    assert [p.name for p in products] == ["ORB-4410"]
    assert products[0].targets == ["EGFR L858R"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "for thyroid, renal, and bladder cancers",
            ["thyroid cancer", "renal cancer", "bladder cancer"],
        ),
        ("for head and neck cancer", ["head and neck cancer"]),
        ("for BRAF-mutant thyroid and renal cancers", ["BRAF-mutant thyroid and renal cancers"]),
    ],
)
def test_sites_sharing_a_tumour_noun_are_one_disease_each(phrase, expected):
    assert indications_in(phrase) == expected


def indications_of(sentence: str) -> dict:
    return {p.name: p.indications for p in found(sentence)}


def test_a_sentence_referring_back_to_the_product_gives_it_its_indication():
    told = indications_of(
        "Orrin Biologics dosed the first patient in a Phase 1 trial of ORB-4410 in combination "
        "with letrozole. The candidate is currently being evaluated in triple-negative breast "
        "cancer."
    )
    assert told == {"ORB-4410": ["triple-negative breast cancer"], "letrozole": []}


def test_a_reference_back_to_two_products_or_another_paragraph_gives_none():
    assert indications_of(
        "Orrin Biologics dosed the first patient with ORB-4410 and ORB-12. It is being "
        "developed for gout."
    ) == {"ORB-4410": [], "ORB-12": []}
    assert indications_of(
        "Orrin Biologics dosed the first patient with ORB-4410.\n\nIt is being developed for gout."
    ) == {"ORB-4410": []}


def test_a_marker_status_opens_a_disease_not_a_name():
    assert indications_of(
        "Orrin Biologics dosed the first patient with ORB-4410 for HER2-low breast cancer."
    ) == {"ORB-4410": ["HER2-low breast cancer"]}


def test_every_name_in_a_list_of_partners_is_a_partner():
    text = (
        "Update\n\nOSLO, May 6, 2025 -- Orrin Biologics said ORB-4410 is being evaluated in "
        "combination with pembrolizumab, bevacizumab and docetaxel in a Phase 2 trial."
    )
    products = find_drugs(analyse(text))
    subjects = subject_drugs_in(text, products, 0, len(text))
    assert [p.name for p in subjects] == ["ORB-4410"]


def targets_of(sentence: str) -> dict:
    return {p.name: p.targets for p in found(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ORB-4410 is an antagonist of the melanocortin 4 receptor (MC4R), Orrin Bio said.",
            ["MC4R"],
        ),
        ("ORB-4410 targets sialic acid transferase 3 (“SAT3”), an enzyme in the gut.", ["SAT3"]),
        (
            "ORB-4410 is a selective inhibitor of fibroblast growth factor receptors (“FGFR”) "
            "-1, -2 and -3.",
            ["FGFR-1", "FGFR-2", "FGFR-3"],
        ),
        ("ORB-4410 is being studied for targeting spinal muscular atrophy (SMA).", []),
    ],
)
def test_a_target_spelled_out_after_its_mechanism_takes_its_bracketed_symbol(sentence, expected):
    assert targets_of(sentence) == {"ORB-4410": expected}


def test_targets_named_before_receptor_are_receptors():
    assert targets_of("ORB-4410 is an oral NPY2 and GLP-2 receptor dual agonist.") == {
        "ORB-4410": ["NPY2 receptor", "GLP-2 receptor"]
    }
    assert targets_of("ORB-4410 is a selective HER2 tyrosine kinase inhibitor.") == {
        "ORB-4410": ["HER2"]
    }


def modalities_of(sentence: str) -> dict:
    return {p.name: p.modality for p in found(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The regulator cleared the trial of Orrin Bio's innovative small molecular ORB-4410.",
            {"ORB-4410": "small_molecule"},
        ),
        (
            "Orrin Bio dosed the first patient with ORB-4410, its allogeneic CAR T product.",
            {"ORB-4410": "cell_therapy"},
        ),
        (
            "Doctors combine Orrin Bio's ORB-4410 and Selvik's bispecific antibody, ORB-77, "
            "in lung cancer.",
            {"ORB-4410": None, "ORB-77": "bispecific"},
        ),
    ],
)
def test_modality_wording_and_its_product(sentence, expected):
    assert modalities_of(sentence) == expected


def owner_in(body: str, name: str) -> str | None:
    return drug(release(body), name)["owner"]


def test_the_company_that_tells_of_its_filing_for_a_product_owns_it():
    body = (
        "Verant Royalty Corporation reported fourth-quarter royalty receipts of $310 million. "
        "In January, Tamsin Bio announced that the FDA accepted its New Drug Application (NDA) "
        "for velorafenib for the treatment of gout. Quillon Pharma said it had completed "
        "regulatory submissions in Europe for ORB-4410."
    )
    assert owner_in(body, "velorafenib") == "Tamsin Bio"
    assert owner_in(body, "ORB-4410") == "Quillon Pharma"
