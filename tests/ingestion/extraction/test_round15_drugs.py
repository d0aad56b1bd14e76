"""Round 15: a short or lower-case code in a deal's product slot, an INN the text names as the
generic name, and an indication's lead-in, territory, cause and capitals, on invented releases
(every company, product and sentence here is made up)."""

import pytest

from apps.ingestion.extraction.indications import indications_in
from apps.ingestion.extraction.text import fold
from tests.ingestion.extraction.drug_helpers import all_names, release

# ---------------------------------------------------- a code in a deal's product slot


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Harrowgate Bio, Inc. signed an exclusive licence agreement with Pellmoor Pharma "
            "Ltd. for QK-7 in Germany; Harrowgate will receive $12 million upfront.",
            "QK-7",
        ),
        (
            "Vestry Biosciences AS entered into an option agreement with Calder Therapeutics "
            "S.p.A. for RT-4, under which Calder may take Italian rights.",
            "RT-4",
        ),
    ],
)
def test_short_code_an_agreement_is_signed_for_is_a_product(body, code):
    result = release("Company Update", body)
    assert fold(code) in all_names(result)
    assert any(code in deal["drugs"] for deal in result["deals"])


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Exclusive rights to kelo-204, an inhaled therapy for bronchiectasis, were "
            "licensed to Pellmoor Pharma by Kelo Bio, the companies said on Monday.",
            "kelo-204",
        ),
        (
            "Harrowgate Bio, Inc. signed a license agreement with Pellmoor Pharma Ltd. for "
            "lumi-22 in Canada. Harrowgate keeps rights elsewhere.",
            "lumi-22",
        ),
    ],
)
def test_lower_case_code_in_a_deal_slot_is_a_product(body, code):
    assert fold(code) in all_names(release("Company Update", body))


@pytest.mark.parametrize(
    "body",
    [
        "Harrowgate Bio signed an agreement with Pellmoor Pharma Ltd. for covid-19 testing "
        "services in Canada.",
        "Harrowgate Bio acquired exclusive rights to sars-19 antigen assays from Pellmoor "
        "Diagnostics Ltd.",
    ],
)
def test_lower_case_word_with_a_number_is_no_product(body):
    assert release("Company Update", body)["drugs"] == []


# ---------------------------------------------------- an INN named as the generic name


@pytest.mark.parametrize(
    ("body", "inn", "code"),
    [
        (
            "Harrowgate Pharma obtained approval from the Ministry of Health for HGP-311 "
            "(generic name: sorvadrine), a receptor agonist, for the treatment of cataplexy.",
            "sorvadrine",
            "HGP-311",
        ),
        (
            "The regulator approved VELQARA (INN: tarmelizun) for the treatment of "
            "chronic insomnia, Harrowgate Pharma said.",
            "tarmelizun",
            "VELQARA",
        ),
    ],
)
def test_word_the_text_names_as_generic_name_is_the_inn(body, inn, code):
    result = release("Company Update", body)
    drug = next(d for d in result["drugs"] if d["name"] == inn)
    assert code in drug["aliases"]


# ---------------------------------------------------- indications: lead-in, place, cause, caps


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Pellmoor will co-develop QX-118 for the treatment of advanced solid tumours "
            "worldwide.",
            ["advanced solid tumours"],
        ),
        (
            "Pellmoor holds rights to QX-118 for lupus nephritis in Latin America.",
            ["lupus nephritis"],
        ),
        (
            "QX-118 is approved for the prevention of attacks of familial cold urticaria.",
            ["familial cold urticaria"],
        ),
        (
            "QX-118 is indicated for the treatment of recurrent episodes of cluster headache.",
            ["cluster headache"],
        ),
        (
            "QX-118 is approved for the treatment of anemia caused by chronic kidney disease "
            "in adults.",
            ["anemia caused by chronic kidney disease"],
        ),
        (
            "QX-118 is studied for the treatment of neutropenia induced by chemotherapy.",
            ["neutropenia induced by chemotherapy"],
        ),
    ],
)
def test_indication_drops_lead_in_and_territory_keeps_cause(sentence, wanted):
    assert indications_in(sentence) == wanted


@pytest.mark.parametrize(
    "sentence",
    [
        "PELLMOOR WINS APPROVAL FOR QX-118 IN REFRACTORY MULTIPLE MYELOMA",
        "HARROWGATE RECEIVES CLEARANCE FOR QX-118 FOR CHRONIC MIGRAINE",
    ],
)
def test_shouted_headline_phrase_is_no_indication(sentence):
    assert indications_in(sentence) == []


def test_capital_abbreviations_stay_an_indication():
    assert indications_in("QX-118 for the treatment of KRAS G12C NSCLC.") == ["KRAS G12C NSCLC"]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Corvene capsules are approved for treating hot flushes in menopausal women.",
            ["hot flushes in menopausal women"],
        ),
        (
            "QX-118 is in development for preventing chronic migraine in adults.",
            ["chronic migraine"],
        ),
    ],
)
def test_gerund_cue_introduces_indication(sentence, wanted):
    assert indications_in(sentence) == wanted


@pytest.mark.parametrize(
    "sentence",
    [
        "QX-118 received orphan drug designation for two rare liver disorders.",
        "QX-118 is being developed for several autoimmune diseases.",
        "QX-118 is being developed for the treatment of multiple inflammatory conditions.",
    ],
)
def test_count_of_diseases_is_no_indication(sentence):
    assert indications_in(sentence) == []


def test_multiple_as_part_of_a_disease_name_stays():
    assert indications_in("QX-118 is being developed for multiple sclerosis.") == [
        "multiple sclerosis"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fast Track status speeds drugs meant to treat serious conditions and fill an unmet need.",
        "The pathway covers medicines to treat serious or life-threatening illnesses.",
    ],
)
def test_programme_wording_is_no_indication(sentence):
    assert indications_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "QX-118 holds orphan status for Tessler syndrome and intends to seek the same "
            "status in Japan.",
            ["Tessler syndrome"],
        ),
        (
            "Pellmoor licensed QX-118 for chronic pancreatitis and plans to start a trial.",
            ["chronic pancreatitis"],
        ),
        (
            "QX-118 is indicated for the relief of nausea related to chemotherapy in adult "
            "patients.",
            ["relief of nausea related to chemotherapy"],
        ),
    ],
)
def test_indication_ends_at_next_intention_and_population(sentence, wanted):
    assert indications_in(sentence) == wanted


@pytest.mark.parametrize(
    ("body", "product", "drug_class"),
    [
        (
            "The FDA cleared the IND for KX-401, which Harrowgate calls a novel anthracycline "
            "agent with less harm to the heart.",
            "KX-401",
            "anthracycline",
        ),
        (
            "Harrowgate Bio dosed the first patient with KX-402, a new member of the tetracycline "
            "class, for breast cancer.",
            "KX-402",
            "tetracycline",
        ),
    ],
)
def test_drug_class_word_is_no_product(body, product, drug_class):
    names = all_names(release("Company Update", body))
    assert fold(product) in names
    assert fold(drug_class) not in names


@pytest.mark.parametrize(
    "body",
    [
        "Harrowgate Bio a.s. entered into a license agreement with Pellmoor Pharma s.r.o. "
        "for HGB-210, receiving EUR 4 million upfront.",
        "Harrowgate Bio, Inc. signed a licence agreement with Pellmoor Pharma s.r.o. for "
        "HGB-210 in Central Europe.",
    ],
)
def test_czech_legal_form_ends_no_sentence_and_the_deal_keeps_its_drug(body):
    result = release("Company Update", body)
    assert fold("HGB-210") in all_names(result)
    assert any("HGB-210" in deal["drugs"] for deal in result["deals"])
