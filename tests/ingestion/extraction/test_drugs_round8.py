"""Round 8: targets written as Greek-letter subtypes and as dual-target lists, on invented
sentences (field cases si14 and si30 are asserted in test_indications.py and test_drugs.py)."""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.drugs import targets_in
from apps.ingestion.extraction.indications import indications_in


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("torvafibrate, a RAR alpha and gamma agonist, is", ["RARα", "RARγ"]),
        ("a dual RORα/γ inverse agonist", ["RORα", "RORγ"]),
        ("ZX-12 is an oral PPAR-beta/delta agonist", ["PPARβ", "PPARδ"]),
        ("a selective ERβ agonist", ["ERβ"]),
    ],
)
def test_greek_letter_subtypes_are_each_a_target(window, expected):
    assert targets_in(window) == expected


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("KQ-88, an ANG2/VEGF-A dual-targeting antibody, in Korea", ["ANG2", "VEGF-A"]),
        ("RT7-C is a TIGIT and PD-1 dual-target fusion protein", ["TIGIT", "PD-1"]),
        ("which inhibits PDGF and FGF signaling in fibroblasts", ["PDGF", "FGF"]),
        ("by blocking the IL-4 and IL-13 pathways", ["IL-4", "IL-13"]),
    ],
)
def test_targets_told_as_dual_targets_or_signalling(window, expected):
    assert targets_in(window) == expected


def test_a_greek_word_after_a_common_word_is_no_subtype():
    assert targets_in("the beta version of the Phase 2 alpha study") == []


# ---------------------------------------------------------------- indications end before a time


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("regulators cleared Talvora for nasal polyposis earlier this year.", ["nasal polyposis"]),
        ("Brenzo was approved for psoriasis last month, Kestrel said.", ["psoriasis"]),
        ("a filing for Brenzo for atopic dermatitis later in 2026", ["atopic dermatitis"]),
        ("Talvora for the treatment of gout in early 2027", ["gout"]),
        ("Talvora for hidradenitis suppurativa in Q3", ["hidradenitis suppurativa"]),
        ("Talvora for the treatment of earlier lines of myeloma", ["earlier lines of myeloma"]),
    ],
)
def test_an_indication_ends_before_a_time_adverb(sentence, expected):
    assert indications_in(sentence) == expected


# ---------------------------------------------------------------- target-family prefixed codes


def test_a_cd_code_with_three_digits_told_as_a_product_keeps_its_designation():
    result = extract(
        "Orphan status\n\nDENVER, June 3, 2025 -- Ardeni Therapeutics Inc. said the FDA granted "
        "Orphan Drug Designation to CD-774 for the treatment of Gaucher disease."
    )
    assert [d["name"] for d in result["drugs"]] == ["CD-774"]
    assert [d["drug"] for d in result["designations"]] == ["CD-774"]


def test_an_il_code_with_three_digits_under_licence_is_the_deal_drug():
    result = extract(
        "Licence\n\nOSLO, June 3, 2025 -- Fennick AS granted Morrow Bio Inc. an exclusive licence "
        "to IL-245 in Europe. Fennick receives USD 12 million upfront."
    )
    assert [d["drugs"] for d in result["deals"]] == [["IL-245"]]


def test_family_prefixed_targets_stay_targets():
    result = extract(
        "Approval\n\nDENVER, June 3, 2025 -- The FDA approved Quorvia, a CD-123 targeting "
        "antibody, and Ardeni said an IL-6 inhibitor and CD-3 follow."
    )
    assert not {d["name"] for d in result["drugs"]} & {"CD-123", "IL-6", "CD-3"}


# ---------------------------------------------------------------- one-digit codes at a sentence end


@pytest.mark.parametrize("code", ["VQ-3", "AB-7"])
def test_a_one_digit_code_licensed_at_a_sentence_end_is_the_deal_drug(code):
    result = extract(
        f"Licence\n\nOSLO, June 3, 2025 -- Fennick AS granted Morrow Bio Inc. an exclusive "
        f"licence to {code}. Fennick receives USD 12 million upfront."
    )
    assert [d["drugs"] for d in result["deals"]] == [[code]]


def test_a_short_code_called_the_company_s_product_is_a_drug():
    result = extract(
        "Update\n\nDENVER, June 3, 2025 -- Ardeni said ZQ-5, the company's lead antibody, "
        "entered a Phase 2 study."
    )
    assert [d["name"] for d in result["drugs"]] == ["ZQ-5"]
