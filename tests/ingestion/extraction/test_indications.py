"""Indications: the disease phrase after its cue, with clean clause boundaries (si14 included).

Every sentence here is invented.
"""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.indications import indication_after, indications_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "approved CRL-204 for adult patients with membranous nephropathy.",
            "membranous nephropathy",
        ),
        (
            "CRL-204, an oral agonist, for the treatment of primary biliary cholangitis.",
            "primary biliary cholangitis",
        ),
        (
            "CRL-204 is indicated for the treatment of adults with plaque psoriasis who failed"
            " one line.",
            "plaque psoriasis",
        ),
        (
            "CRL-204 as a first-line treatment of small cell lung cancer, Corlan said.",
            "small cell lung cancer",
        ),
        (
            "a Phase 3 trial of CRL-204 to treat relapsed or refractory acute myeloid leukemia,"
            " a cancer.",
            "relapsed or refractory acute myeloid leukemia",
        ),
        ("designation to CRL-204 for Fabry disease in the U.S.", "Fabry disease"),
        (
            "for the treatment of hepatocellular carcinoma (HCC) that has spread",
            "hepatocellular carcinoma",
        ),
        ("for the treatment of gout in the PALADIN-2 study", "gout"),
        (
            "for patients with low- to intermediate-1 risk myelodysplastic syndromes (LR-MDS)"
            " with anemia",
            "low- to intermediate-1 risk myelodysplastic syndromes with anemia",
        ),
        # the people treated are not the disease, before it or after it
        ("approved CRL-204 for people living with Kessler syndrome.", "Kessler syndrome"),
        (
            "a new option for adults suffering from chronic cluster headache disorder",
            ("chronic cluster headache disorder"),
        ),
        ("CRL-204 for treating plaque psoriasis, Corlan said.", "plaque psoriasis"),
        # the patients' age, situation or group ends or opens no disease
        (
            "for the treatment of pediatric patients aged 2 years and older with Kessler syndrome",
            "Kessler syndrome",
        ),
        ("approved for adults with uremic pruritus undergoing hemodialysis.", "uremic pruritus"),
        (
            "for the prevention of lower respiratory tract disease in infants",
            ("lower respiratory tract disease"),
        ),
        # adjectives listed before their disease, a population list, a company's product
        (
            "approved for relapsed, refractory multiple myeloma, Corlan said",
            "relapsed, refractory multiple myeloma",
        ),
        ("for adults, adolescents and children with gout", "gout"),
        (
            "cleared in 2020 for acute myeloid leukemia and then in 2022",
            "acute myeloid leukemia",
        ),
        (
            "cleared to treat adult patients of advanced gastric cancer, it said",
            "advanced gastric cancer",
        ),
        (
            "for KRAS-mutant pancreatic, biliary, and gastric cancers",
            "KRAS-mutant pancreatic, biliary, and gastric cancers",
        ),
        ("the filing for Corlan's treatment of Kessler syndrome", "Kessler syndrome"),
        (
            "Fast Track status for CRL-204 in hormone-refractory, BRCA-mutated prostate cancer.",
            "hormone-refractory, BRCA-mutated prostate cancer",
        ),
        # a cue inside a cue, and a first-line cue without its article
        (
            "CRL-204 as a monotherapy for the treatment of adult patients with relapsed myeloma "
            "who had two prior therapies",
            "relapsed myeloma",
        ),
        (
            "CRL-204 with chemotherapy for first-line treatment of patients with gastric cancer",
            "gastric cancer",
        ),
        ("approved for metastatic gastric cancer patients in Europe.", "metastatic gastric cancer"),
    ],
)
def test_the_disease_phrase_ends_at_its_clause(sentence, expected):
    assert indications_in(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corlan will receive $50 million for the development of CRL-204 in Japan.",
        "The FDA granted the designation for CRL-204 in China.",
        "Corlan pays Quillon for its platform.",
    ],
)
def test_a_bare_for_without_a_disease_is_not_an_indication(sentence):
    assert indications_in(sentence) == []


def test_two_cues_in_one_sentence_give_two_indications():
    sentence = "one for Batten disease and one for Krabbe disease."
    assert indications_in(sentence) == ["Batten disease", "Krabbe disease"]


def test_indication_after_reads_only_from_its_start():
    sentence = "CRL-204 for gout received BTD for the treatment of tophaceous gout."
    assert indication_after(sentence, sentence.index("BTD"), len(sentence)) == "tophaceous gout"


def test_si14_drug_indications_and_targets_are_filled():
    result = extract(
        "Tamsin and Quillon enter licensing agreement\n\n"
        "LYON, France, March 9, 2022 -- Tamsin SA (Euronext: TMS) and Quillon SA (Nasdaq: QLN) "
        "have entered into an exclusive licensing agreement for elafibranor, a PPAR alpha and "
        "delta agonist, for the treatment of primary biliary cholangitis. Quillon receives €50m "
        "upfront."
    )
    drug = next(d for d in result["drugs"] if d["name"] == "elafibranor")
    assert drug["indications"] == ["primary biliary cholangitis"]
    assert drug["targets"] == ["PPARα", "PPARδ"]


def test_drug_indications_go_to_the_drug_named_before_them():
    result = extract(
        "Corlan update\n\nPARIS, March 3, 2025 /PRNewswire/ -- The FDA granted Fast Track "
        "designation to CRL-204 for gout and Orphan Drug designation to CRL-880 for Fabry "
        "disease, Corlan Therapeutics SA said."
    )
    indications = {d["name"]: d["indications"] for d in result["drugs"]}
    assert indications == {"CRL-204": ["gout"], "CRL-880": ["Fabry disease"]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("for type 2 diabetes and obesity", ["type 2 diabetes", "obesity"]),
        ("for head and neck cancer", ["head and neck cancer"]),
        ("for gastric cancer and lung cancer and gout", ["gastric cancer", "lung cancer", "gout"]),
        (
            "for relapsed or refractory multiple myeloma",
            ["relapsed or refractory multiple myeloma"],
        ),
    ],
)
def test_a_list_of_diseases_is_one_indication_each(sentence, expected):
    assert indications_in(sentence) == expected
