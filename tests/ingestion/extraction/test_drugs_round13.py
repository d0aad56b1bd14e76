"""Round 13: a clinical trial's name is no drug, and a two-word INN keeps its Greek word, on
invented releases (every company, product, trial and sentence here is made up)."""

import pytest

from apps.ingestion.extraction.text import fold
from tests.ingestion.extraction.drug_helpers import all_names, release

# ---------------------------------------------------------------- trial names


@pytest.mark.parametrize(
    ("headline", "body", "product", "trial"),
    [
        (
            "Quillon Bio to Present New ZEPHYR-301 Data",
            "Quillon Bio announced that new data from the Phase II ZEPHYR-301 trial of "
            "velotamab in adults with severe asthma will be presented in May. ZEPHYR-301 Oral "
            "Presentation: results in 140 patients.",
            "velotamab",
            "ZEPHYR-301",
        ),
        (
            "Harrowgate Presents KESTREL-401 Results",
            "Harrowgate Therapeutics said a Phase 2 study (KESTREL-401) in patients with chronic "
            "cough investigating HRG-5512 met its primary endpoint. The KESTREL-401 study "
            "enrolled 210 patients across Europe.",
            "HRG-5512",
            "KESTREL-401",
        ),
        (
            "Pellam Starts ORCA-22 Trial",
            "Pellam Pharma dosed the first patient in the pivotal ORCA-22 trial evaluating "
            "the oral inhibitor PLM-880 in gout. Topline ORCA-22 data are expected in 2027, "
            "and the ORCA-23 study will follow.",
            "PLM-880",
            "ORCA-23",
        ),
    ],
)
def test_a_code_named_as_a_trial_of_another_product_is_no_drug(headline, body, product, trial):
    result = release(headline, body)
    names = all_names(result)
    assert fold(product) in names
    assert fold(trial) not in names


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Ardent Bio reported results from the ARD-101 trial in Prader-Willi syndrome. "
            "ARD-101 is an oral small molecule being developed by Ardent Bio.",
            "ARD-101",
        ),
        (
            "Ardent Bio reported topline results from the Phase 2 ARD-202 trial in "
            "Prader-Willi syndrome, with full data due in 2027.",
            "ARD-202",
        ),
        (
            "Tolvane Pharma dosed the first patient in the Phase 1 TLV-42 study evaluating "
            "TLV-42 in combination with pembrolizumab in solid tumours.",
            "TLV-42",
        ),
        (
            "Merrow Bio licensed MRW-17 from a university. The MRW-17 trial of velotamab and "
            "MRW-17 in lupus begins this year.",
            "MRW-17",
        ),
        (
            "Selby Bio opened the SLB-310 trial of patients receiving pembrolizumab for "
            "melanoma, its first Phase 2 trial.",
            "SLB-310",
        ),
        (
            "Patients in the Phase 2 trial took the SLB-420 study drug with ibrutinib, Selby "
            "Bio said; the trial of ibrutinib-treated patients ran for a year.",
            "SLB-420",
        ),
    ],
)
def test_a_product_named_in_its_own_trial_stays_a_drug(body, code):
    assert fold(code) in all_names(release("Trial update", body))


# ---------------------------------------------------------------- Greek second words


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Corvane Bio is developing pelinogimod alpha, a soluble receptor protein, in "
            "combination with chemotherapy for pancreatic cancer.",
            "pelinogimod alpha",
        ),
        (
            "The FDA accepted Brisk Pharma's filing for tavestimod alpha in chronic hepatitis "
            "B after a Phase 3 trial.",
            "tavestimod alpha",
        ),
    ],
)
def test_a_two_word_inn_keeps_its_greek_word(body, name):
    result = release("Programme update", body)
    assert fold(name) in all_names(result)


# ---------------------------------------------------------------- brands and allergens


@pytest.mark.parametrize(
    ("body", "brand"),
    [
        (
            "Kelso Pharma signed a license agreement with Varden Bio for the rights to "
            "commercialize VELMIRA®, Varden's allergen immunotherapy tablet, in Korea.",
            "VELMIRA",
        ),
        (
            "Under the agreement, Ostrava Pharma will commercialize Tolquin® Oral Sublingual "
            "Tablets, owned by Brenner Labs, across Scandinavia.",
            "Tolquin",
        ),
    ],
)
def test_a_trademark_told_as_a_product_by_the_words_after_it_is_a_drug(body, brand):
    result = release("Agreement signed", body)
    assert fold(brand) in all_names(result)


@pytest.mark.parametrize(
    "body",
    [
        "Kelso Pharma has marketed sublingual tablets for house dust mite allergy since 2015 "
        "and will now develop KLS-220 for this indication after approval of its IND.",
        "Kelso said the Phase 2 trial of KLS-330 in adults allergic to House Dust met its "
        "endpoint, and approval of KLS-330 is expected in 2028.",
    ],
)
def test_an_allergen_source_is_no_drug(body):
    names = all_names(release("Allergy programme", body))
    assert not names & {"house dust", "house dust mite", "grass pollen"}
    assert names & {fold("KLS-220"), fold("KLS-330")}


@pytest.mark.parametrize(
    ("body", "brand", "inn"),
    [
        (
            "Harlow Seiyaku acquired marketing approval for Zorivel® tablets (generic name: "
            "lorazitide fumarate). Zorivel® is indicated for allergic rhinitis.",
            "Zorivel",
            "lorazitide",
        ),
        (
            "The ministry approved Quentor® capsules (nonproprietary name: bravatinib) for "
            "adults with insomnia, Harlow said.",
            "Quentor",
            "bravatinib",
        ),
    ],
)
def test_a_brand_and_the_generic_name_after_its_dosage_form_are_one_drug(body, brand, inn):
    result = release("Approval received", body)
    group = [
        d for d in result["drugs"] if fold(inn) in {fold(n) for n in [d["name"], *d["aliases"]]}
    ]
    assert len(group) == 1
    assert fold(brand) in {fold(n) for n in [group[0]["name"], *group[0]["aliases"]]}


# ---------------------------------------------------------------- another company's partner


@pytest.mark.parametrize(
    "body",
    [
        "Tamsin Bio announced a Phase 3 trial evaluating TMB-410 in combination with Norvik's "
        "novel investigational CDK2 inhibitor selvaciclib in breast cancer.",
        "Tamsin Bio will start a combination trial with Norvik's antibody, selvaciclib, and "
        "TMB-410 after approval of its IND.",
    ],
)
def test_another_companys_product_given_with_the_subject_is_a_partner(body):
    names = all_names(release("Trial plans", body))
    assert fold("TMB-410") in names
    assert "selvaciclib" not in names


# ---------------------------------------------------------------- known companies


@pytest.mark.parametrize(
    "body",
    [
        "Varden Bio, a cell therapy company backed by Celgene and two venture funds, said the "
        "FDA cleared its IND for VRD-118.",
        "Celgene paid $12 million for shares of Varden Bio, which will use the funds to start "
        "a Phase 2 trial of VRD-118 after approval of its IND.",
    ],
)
def test_a_known_company_that_ends_like_an_inn_is_no_drug(body):
    names = all_names(release("Financing", body))
    assert fold("VRD-118") in names
    assert "celgene" not in names
