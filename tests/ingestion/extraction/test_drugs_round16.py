"""Round 16 (drugs and designations): a regulator named only by a term of its own law, on invented
releases (every company, product and sentence here is made up)."""

import pytest

from tests.ingestion.extraction.designation_helpers import designation_tuples
from tests.ingestion.extraction.drug_helpers import DATELINE

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
