"""Round 16 (drugs and designations): a regulator named only by a term of its own law, a
committee's opinion on a program or plan, a brand whose bracket labels its substance, and two
names alone in one bracket, on invented releases (every company, product and sentence here is
made up)."""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.indications import indications_in
from apps.ingestion.extraction.text import fold
from tests.ingestion.extraction.designation_helpers import designation_tuples
from tests.ingestion.extraction.drug_helpers import DATELINE, release

# ---------------------------------------------------- a regulator's own term names it


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kestrel Bio Inc. said it filed an Investigational New Drug application for KST-101 "
            "in solid tumors.",
            ("KST-101", "FDA", "ind_clearance", "applied"),
        ),
        (
            "Marrow Labs is advancing MRW-55, an oncolytic virus for sarcoma, following a "
            "recently submitted investigational new drug application.",
            ("MRW-55", "FDA", "ind_clearance", "applied"),
        ),
        (
            "Hoshino Yakuhin Co., Ltd. has obtained manufacturing and sales approval for Velorin "
            "tablets (generic name: zapotinib) for chronic urticaria.",
            ("zapotinib", "PMDA", "approval", "granted"),
        ),
        (
            "Sakaguchi Pharma acquired manufacturing and marketing approval for Dorelta "
            "(brisutrelin) injection on May 12.",
            ("brisutrelin", "PMDA", "approval", "granted"),
        ),
    ],
)
def test_a_term_of_one_regulators_law_names_it_when_the_release_names_none(body, expected):
    assert expected in designation_tuples(f"Company Update\n{DATELINE}{body}\n")


def test_a_named_regulator_wins_over_the_term_and_a_term_with_no_step_tells_nothing():
    named = (
        f"Company Update\n{DATELINE}Kestrel Bio Inc. said the NMPA accepted its "
        "Investigational New Drug application for KST-101 in solid tumors.\n"
    )
    assert designation_tuples(named) == [("KST-101", "NMPA", "ind_clearance", "accepted")]
    # a transfer of the application tells no step of the regulator's
    transfer = (
        f"Company Update\n{DATELINE}Kestrel Bio Inc. completed the Investigational New Drug "
        "application transition of KST-101 to Norvale Pharma.\n"
    )
    assert designation_tuples(transfer) == []
    # a plain approval, with no term of a regulator's own, still names no one
    plain = (
        f"Company Update\n{DATELINE}Hoshino Yakuhin Co., Ltd. has obtained approval for Velorin "
        "tablets (generic name: zapotinib).\n"
    )
    assert designation_tuples(plain) == []


# ---------------------------------------------------- an opinion on a program, a plan's advice


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Quillon Therapeutics said the COMP adopted a positive opinion recommending orphan "
            "designation for QLN-8 in Wilson disease.",
            ("QLN-8", "EMA", "orphan_drug", "recommended"),
        ),
        (
            "Brackwater Bio announced that the EMA issued a positive opinion on Orphan Drug "
            "Designation for BRW-310 for the treatment of alkaptonuria.",
            ("BRW-310", "EMA", "orphan_drug", "recommended"),
        ),
    ],
)
def test_a_positive_opinion_on_a_program_recommends_the_program_and_no_approval(body, expected):
    assert designation_tuples(f"Company Update\n{DATELINE}{body}\n") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ferngate Pharma announced that the Paediatric Committee of the European Medicines "
            "Agency adopted a positive opinion on the Paediatric Investigation Plan for FGP-12 "
            "in spinal muscular atrophy.",
            ("FGP-12", "EMA", "other"),
        ),
        (
            "Ostrel Biologics has received positive Scientific Advice from the EMA for OST-4, a "
            "vaccine against hantavirus.",
            ("OST-4", "EMA", "other"),
        ),
        (
            "Lindqvist Bio received a positive opinion from the EMA on the PIP for LQ-77 in "
            "pediatric epilepsy.",
            ("LQ-77", "EMA", "other"),
        ),
    ],
)
def test_a_regulators_agreement_on_a_development_plan_is_its_own_step_not_an_approval(
    body, expected
):
    told = [t[:3] for t in designation_tuples(f"Company Update\n{DATELINE}{body}\n")]
    assert told == [expected]


def test_a_positive_opinion_on_the_marketing_authorisation_stays_an_approval():
    body = (
        "Ferngate Pharma said the CHMP adopted a positive opinion recommending marketing "
        "authorisation of FGP-12 for spinal muscular atrophy."
    )
    told = designation_tuples(f"Company Update\n{DATELINE}{body}\n")
    assert told == [("FGP-12", "EMA", "approval", "recommended")]


# ---------------------------------------------------- a brand whose bracket labels its substance


def drug_groups(result: dict) -> list[set[str]]:
    """Each drug's name and aliases, folded."""
    return [{fold(n) for n in [d["name"], *d["aliases"]]} for d in result["drugs"]]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Harrowgate Bio, Inc. licensed VELTRA (active ingredient: zorbitinib) to Pellmoor "
            "Pharma Ltd. for Brazil.",
            {"veltra", "zorbitinib"},
        ),
        (
            "Tomida Seiyaku obtained approval for Corvessa 20 mg tablets (generic name: "
            "pelarotinib hydrochloride) for chronic urticaria.",
            {"corvessa", "pelarotinib", "pelarotinib hydrochloride"},
        ),
        (
            "Sunwoo Pharm licensed P-ZOL (ingredient: fexoprazan), a reflux drug, to Pellmoor "
            "Pharma Ltd. for Latin America.",
            {"p zol", "fexoprazan"},
        ),
    ],
)
def test_a_name_before_a_bracket_labelling_its_substance_is_the_same_products_brand(body, names):
    result = release("Company Update", body)
    assert names in drug_groups(result)


def test_a_dosage_form_before_a_labelled_bracket_is_no_brand():
    result = release(
        "Company Update",
        "Tomida Seiyaku obtained approval for Tablets (generic name: pelarotinib) in Japan.",
    )
    assert {"tablets"} & {n for group in drug_groups(result) for n in group} == set()


# ---------------------------------------------------- two names alone in one bracket


@pytest.mark.parametrize(
    "body",
    [
        "The NMPA granted priority review to the NDA for VELTRA (zorbitinib, or KS-2306) for "
        "ovarian cancer, Harrowgate Bio, Inc. said.",
        "Harrowgate Bio, Inc. said the FDA approved zorbitinib tablets (zorbitinib; KS-2306) for "
        "ovarian cancer.",
    ],
)
def test_two_names_alone_in_one_bracket_joined_by_or_or_a_semicolon_are_one_product(body):
    result = release("Company Update", body)
    assert any({"zorbitinib", "ks 2306"} <= group for group in drug_groups(result))
    assert not any(group == {"ks 2306"} for group in drug_groups(result))


# ---------------------------------------------------- the product named after the lead's telling


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Corlis Bio shares jump on licensing deal\n"
            "Corlis Bio Ltd. said it would license an antibody against solid tumours to Norvale "
            "Pharma plc in a deal worth up to $200 million.\n"
            "The novel bispecific antibody, known as CRL-4410, is in preclinical testing.\n",
            "CRL-4410",
        ),
        (
            "Biotech starts first human study\n"
            "Halden Therapeutics said on Monday it has dosed the first patient with its new "
            "cancer drug in a Phase 1 trial.\n"
            "The drug, called HLD-27, was given at a hospital in Ohio.\n",
            "HLD-27",
        ),
    ],
)
def test_a_product_introduced_right_after_the_leads_telling_is_listed(text, name):
    assert name in [d["name"] for d in extract(text)["drugs"]]


def test_a_product_a_later_sentence_introduces_after_no_telling_is_not_listed():
    text = (
        "Corlis Bio names new chair\n"
        "Corlis Bio Ltd. said its board met in London on Monday.\n"
        "The novel antibody, known as CRL-4410, was discussed.\n"
    )
    assert [d["name"] for d in extract(text)["drugs"]] == []


# ---------------------------------------------------- a title-cased headline's disease


@pytest.mark.parametrize(
    ("title", "disease"),
    [
        (
            "Quillon Bio Gets FDA Fast Track Designation for QLN-8 in Primary Sclerosing "
            "Cholangitis; Shares Rise",
            "Primary Sclerosing Cholangitis",
        ),
        (
            "Brackwater Wins Orphan Drug Designation for BRW-310 for Limb-Girdle Muscular "
            "Dystrophy",
            "Limb-Girdle Muscular Dystrophy",
        ),
    ],
)
def test_a_title_cased_disease_after_a_bare_cue_is_the_indication(title, disease):
    assert indications_in(title) == [disease]


@pytest.mark.parametrize(
    "title",
    [
        "Quillon Bio Licenses QLN-8 for Brackwater Pharma Inc",
        # a disease word inside a name that ends on a name's word
        "Ostrel Opens Laboratory in Harbour Myeloma Research Park",
        "Quillon Bio Sponsors Fellowship for Brackwater Lupus Foundation",
    ],
)
def test_a_run_of_capitalised_words_ending_on_a_name_is_no_indication(title):
    assert indications_in(title) == []


# ---------------------------------------------------- a regulator's misspelt name


@pytest.mark.parametrize(
    "regulator", ["the Paul Erlich Institute", "Germany's Paul-Erlich-Institut"]
)
def test_the_common_misspelling_of_a_regulators_name_still_names_it(regulator):
    body = (
        f"Ostrel Biologics said {regulator} approved its clinical trial application for OST-4 "
        "in hantavirus infection."
    )
    told = designation_tuples(f"Company Update\n{DATELINE}{body}\n")
    assert [t[:3] for t in told] == [("OST-4", "other", "ind_clearance")]
