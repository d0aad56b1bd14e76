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
