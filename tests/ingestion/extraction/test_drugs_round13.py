"""Round 13: a clinical trial's name is no drug, and a two-word INN keeps its Greek word, on
invented releases (every company, product, trial and sentence here is made up)."""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.text import fold

DATELINE = "LEEDS, June 2, 2026 /PRNewswire/ -- "


def release(headline: str, body: str) -> dict:
    return extract(f"{headline}\n{DATELINE}{body}")


def all_names(result: dict) -> set[str]:
    return {fold(n) for drug in result["drugs"] for n in [drug["name"], *drug["aliases"]]}


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
