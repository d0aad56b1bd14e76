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
