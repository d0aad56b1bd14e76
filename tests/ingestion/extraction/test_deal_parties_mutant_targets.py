"""A mutant target written beside a product ("an oral KRAS G12D inhibitor") is never a party.

Invented releases only.
"""

import pytest

from apps.ingestion.extraction import extract

RELEASES = [
    "BOSTON, May 2, 2025 -- Harlow Oncology, Inc. (Nasdaq: HRLW) today announced that it has "
    "in-licensed exclusive global rights to HB-77, a selective EGFR C797S inhibitor, from Corrin "
    "Pharma Ltd. Harlow will pay Corrin $30 million upfront.",
    "LONDON, 3 March 2025 -- Teverin Bio plc said it has in-licensed rights to TV-5, an oral "
    "BRAF V600E degrader, from Osmund Therapeutics Co., Ltd. Teverin pays Osmund $12 million "
    "upfront.",
]


@pytest.mark.parametrize("text", RELEASES)
def test_the_licence_is_between_the_two_companies_and_no_target_is_a_party(text):
    facts = extract(text)
    assert all(not any(ch.isdigit() for ch in c["name"]) for c in facts["companies"])
    assert len(facts["deals"]) == 1
    roles = {p["role"]: p["company"] for p in facts["deals"][0]["parties"]}
    assert roles["licensee"].split()[0] in {"Harlow", "Teverin"}
    assert roles["licensor"].split()[0] in {"Corrin", "Osmund"}
