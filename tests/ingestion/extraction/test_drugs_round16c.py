"""Round 16c (drugs and designations): an adverb of place after "the drug", a drug-class noun
that ends like an INN, the body's own amount of a substance, a code the bracket labels as a
development code, what a program brings to everyone, and "The drug" as the subject in an item
that names one product, on invented releases (every company, product and sentence here is made
up)."""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.drugs import DESIGNATED_BRAND
from apps.ingestion.extraction.text import fold
from tests.ingestion.extraction.designation_helpers import designation_tuples
from tests.ingestion.extraction.drug_helpers import DATELINE, all_names, release

# ---------------------------------------------------- an adverb of place is where, not what


@pytest.mark.parametrize(
    ("body", "adverb"),
    [
        (
            "Under the license, Marlow Bio gains exclusive rights to develop and commercialize the "
            "drug worldwide, excluding Japan. The drug, zorbatinib, is approved in Korea.",
            "worldwide",
        ),
        (
            "Keswick Pharma will market the product nationwide, while Tarn Labs keeps rights to "
            "its lead drug zorbatinib in Europe.",
            "nationwide",
        ),
        (
            "Tarn Labs may sell the drug elsewhere, and its partner keeps rights to zorbatinib "
            "in Japan.",
            "elsewhere",
        ),
    ],
)
def test_an_adverb_of_place_after_the_drug_is_no_product(body, adverb):
    names = all_names(release("Tarn Labs licenses zorbatinib", body))
    assert fold(adverb) not in names
    assert "zorbatinib" in names


# ---------------------------------------------------- a class noun that ends like an INN


@pytest.mark.parametrize(
    "body",
    [
        "Velmar Oncology said the FDA granted Orphan Drug Designation to zelvorubicin, a novel "
        "anthracycline and the first to cross the blood-brain barrier, for glioma.",
        "Velmar Oncology said the FDA granted Orphan Drug Designation to zelvorubicin, the "
        "first brain-penetrating Anthracycline, for glioma. Unlike other anthracyclines, "
        "zelvorubicin crosses the blood-brain barrier.",
    ],
)
def test_a_class_noun_that_ends_like_an_inn_is_no_product(body):
    names = all_names(release("Velmar Oncology receives Orphan Drug Designation", body))
    assert "anthracycline" not in names
    assert "zelvorubicin" in names


@pytest.mark.parametrize(
    "body",
    [
        "Kelvo Pharma said the FDA approved Zentrava, a once-weekly zorbaglutide, for obesity.",
        "Kelvo Pharma said Zentrava is a long-acting zorbaglutide that the FDA approved in May.",
    ],
)
def test_an_inn_that_describes_a_brand_is_still_a_product(body):
    assert "zorbaglutide" in all_names(release("FDA approves Zentrava", body))


def test_an_inn_told_of_as_itself_is_still_a_product():
    body = (
        "Velmar Oncology said the FDA approved zelvorubicin for glioma. Zelvorubicin is given "
        "once a week."
    )
    assert "zelvorubicin" in all_names(release("FDA approves zelvorubicin", body))


# ---------------------------------------------------- the body's own amount of a substance


@pytest.mark.parametrize(
    ("body", "substance"),
    [
        (
            "Orvane Pharma said the FDA approved Keltora for acromegaly. Acromegaly develops "
            "when a tumour of the pituitary gland produces too much growth hormone, leading to "
            "health problems and approval of new drugs is needed.",
            "growth hormone",
        ),
        (
            "Orvane Pharma said the FDA approved Keltora for Cushing disease, in which the "
            "adrenal glands release too much cortisol.",
            "cortisol",
        ),
    ],
)
def test_the_bodys_own_amount_of_a_substance_is_no_product(body, substance):
    assert fold(substance) not in all_names(release("FDA approves Keltora", body))


# ---------------------------------------------------- a bracket that labels a development code


@pytest.mark.parametrize(
    "bracket",
    [
        "(generic name, development code: KRX-214)",
        "(international nonproprietary name; company code KRX-214)",
    ],
)
def test_a_code_the_bracket_labels_is_the_products_alias(bracket):
    body = (
        "Hollin Pharma signed a licensing agreement with Saiki Co. for zorbatinib "
        f"{bracket} in Japan."
    )
    result = release("Hollin Pharma licenses zorbatinib", body)
    drugs = {d["name"]: d["aliases"] for d in result["drugs"]}
    assert drugs.get("zorbatinib") == ["KRX-214"]


# ---------------------------------------------------- what a program brings to everyone


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Companies that receive this designation are eligible for benefits including more "
        "frequent meetings with the FDA, eligibility for accelerated approval and priority "
        "review, and rolling review of the new drug application.",
        "Therapies that receive the designation get more frequent meetings and written "
        "communication with the FDA, plus accelerated approval and priority review where "
        "criteria are met.",
        "A product with this designation gets earlier meetings with the FDA, accelerated "
        "approval and priority review.",
    ],
)
def test_what_a_program_brings_to_everyone_is_no_grant(boilerplate):
    text = (
        f"Kellin Bio Receives Fast Track Designation\n{DATELINE}Kellin Bio, Inc. today announced "
        "the U.S. Food and Drug Administration (FDA) has granted Fast Track designation to "
        f"KLN-330 for the treatment of Fabry disease.\n{boilerplate}\n"
    )
    told = designation_tuples(text)
    assert ("KLN-330", "FDA", "fast_track", "granted") in told
    assert {t[2] for t in told} == {"fast_track"}


def test_the_products_own_sentence_after_its_noun_still_tells():
    text = (
        f"Kellin Bio Receives Approval\n{DATELINE}Kellin Bio, Inc. said its lead drug KLN-330 "
        "is in a Phase 3 trial.\nThe drug that Kellin developed, KLN-330, was approved by the "
        "FDA in May 2026 for Fabry disease.\n"
    )
    assert ("KLN-330", "FDA", "approval", "granted") in designation_tuples(text)


# ---------------------------------------------------- "The drug" in an item naming one product


@pytest.mark.parametrize(
    ("telling", "agency"),
    [
        ("The drug was approved in Japan in March to treat advanced gastric cancer.", "PMDA"),
        ("This therapy received approval in China last year for gastric cancer.", "NMPA"),
    ],
)
def test_the_drug_as_subject_refers_to_the_one_product_named(telling, agency):
    text = (
        "(Wire) - Tosa Pharma said on Monday it has agreed to license its cancer drug "
        "velotuzumab to Brenner AG for Europe.\nBrenner will pay $20 million upfront and up to "
        "$300 million in milestones.\nThe deal gives Brenner rights to sell the drug across "
        f"the region.\n{telling}\n"
    )
    assert ("velotuzumab", agency, "approval", "granted") in designation_tuples(text)


def test_the_drug_as_subject_stays_unread_when_two_products_are_named():
    text = (
        "(Wire) - Tosa Pharma said on Monday it has agreed to license its cancer drugs "
        "velotuzumab and KRX-214 to Brenner AG for Europe.\nBrenner will pay $20 million "
        "upfront.\nThe deal gives Brenner rights to sell the drugs across the region.\n"
        "The drug was approved in Japan in March to treat advanced gastric cancer.\n"
    )
    result = extract(text)
    assert not [d for d in result["designations"] if d["type"] == "approval"]


# ---------------------------------------------------- a brand a designation names, described


@pytest.mark.parametrize(
    "telling",
    [
        "the FDA has granted Breakthrough Therapy Designation (BTD) for Velqorex, an inhaled "
        "formulation of a recombinant cytokine, for a rare lung disease.",
        "the EMA granted orphan designation to Velqorex, its investigational antibody for a "
        "rare lung disease.",
    ],
)
def test_a_brand_a_designation_names_and_describes_is_a_product(telling):
    result = release("Ostrava Bio shares rise", f"Ostrava Bio said {telling}")
    assert "velqorex" in all_names(result)
    assert result["designations"] and result["designations"][0]["drug"] == "Velqorex"


@pytest.mark.parametrize(
    "telling",
    [
        "granted Fast Track designation to Velmirra, a biotech company developing a drug for",
        "granted orphan designation to Velmirra, a company that makes a drug for lung disease.",
    ],
)
def test_a_company_a_designation_names_is_no_described_brand(telling):
    assert DESIGNATED_BRAND.search(telling) is None


# ---------------------------------------------------- a brand's formulation letters


@pytest.mark.parametrize(
    ("body", "brand"),
    [
        (
            "Norvik Eye named a new CFO as it prepares for the launch of ZELVORA PF, its lead "
            "candidate for the treatment of dry eye.",
            "ZELVORA PF",
        ),
        (
            "Norvik Eye has filed an NDA for KELTRAN XR, an extended-release tablet for "
            "chronic pain, the company said.",
            "KELTRAN XR",
        ),
    ],
)
def test_a_brand_keeps_its_formulation_letters(body, brand):
    result = release("Norvik Eye update", body)
    assert brand in [d["name"] for d in result["drugs"]]
