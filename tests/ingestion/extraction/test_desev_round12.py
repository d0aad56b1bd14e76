"""Drugs and designations, round 12: wordings found on new real releases, tested on invented
ones (every product, person and sentence here is made up; a company is real only where the
rule is about the trade's gazetteer of companies)."""

import pytest

from apps.ingestion.extraction.drugs import brand_mentions, find_drugs
from apps.ingestion.extraction.text import analyse, fold
from tests.ingestion.extraction.drug_helpers import DATELINE, release


def names(result: dict) -> list[str]:
    return [drug["name"] for drug in result["drugs"]]


def found_names(text: str) -> list[str]:
    """Every product the drug rules read, listed in the output or not."""
    return [drug.name for drug in find_drugs(analyse(text))]


def designations(result: dict) -> list[tuple[str, str, str, str]]:
    return [(d["drug"], d["agency"], d["type"], d["status"]) for d in result["designations"]]


# ---------------------------------------------------------------- drugs: a gazetteer company


@pytest.mark.parametrize(
    "body",
    [
        "Corvane Bio, an oncology company backed by drugmakers Celgene and Tallis Capital, "
        "closed its $40 million initial public offering on Friday.",
        "Alphamab paid $5 million for about 300,000 shares of Kestrel Bio in the offering.",
    ],
)
def test_a_gazetteer_company_ending_like_an_inn_is_no_product(body):
    assert found_names(DATELINE + body) == []


# ---------------------------------------------------------------- drugs: a code of three parts


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Tarnwell Medical today announced FDA clearance of an Investigational New Drug "
            "application to initiate a Phase 1 trial of KRV-TX-014, its first targeted product.",
            "KRV-TX-014",
        ),
        (
            "Osmund Bio dosed the first patient with BLM-QR-2207 in its Phase 2 study in gastric "
            "cancer.",
            "BLM-QR-2207",
        ),
    ],
)
def test_a_code_with_two_letter_groups_is_read_whole(body, code):
    assert found_names(DATELINE + body) == [code]


# ---------------------------------------------------------------- drugs: a headline's word


@pytest.mark.parametrize(
    "text",
    [
        "Regulator Approves Zeltriva® for Chronic Migraine\n"
        + DATELINE
        + "Kelvarin Bio said the agency approved Zeltriva® for migraine.",
        "The Topical Analgesic Drug Dermavex(R) Patch Receives Approval in Japan\n"
        + DATELINE
        + "Norrisk Pharma said Dermavex(R) Patch is the first drug of its kind.",
    ],
)
def test_a_title_cased_common_word_before_a_marked_brand_is_not_part_of_it(text):
    assert found_names(text) == [next(n for n in ("Zeltriva", "Dermavex") if n in text)]


def test_a_capitalised_brand_word_before_the_mark_stays_part_of_it():
    text = DATELINE + "Halden Bio launched Corvix Velora® in Germany in May."
    assert [m.surface for m in brand_mentions(text)] == ["Corvix Velora"]


# ---------------------------------------------------------------- drugs: a generic name told


@pytest.mark.parametrize(
    "body",
    [
        "Norrisk Pharma received approval for Dermavex(R) Patch 40mg/80mg (generic name: "
        "tolvaprazole sodium) from the health ministry.",
        "Norrisk Pharma received approval for Dermavex® tablets 20 mg (nonproprietary name "
        "tolvaprazole) from the health ministry.",
    ],
)
def test_a_brand_with_form_and_strength_before_its_generic_name_is_one_product(body):
    drugs = find_drugs(analyse(DATELINE + body))
    assert len(drugs) == 1
    assert {"tolvaprazole", "dermavex"} <= {fold(m.surface).split()[0] for m in drugs[0].mentions}


# ---------------------------------------------------------------- drugs: what an approval permits


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Norrisk Pharma received an approval for manufacture and marketing of the patch, "
            "Dermavex(R), from the health ministry.",
            "Dermavex",
        ),
        (
            "Osmund Bio obtained an authorisation for import and distribution of KX-4410 in "
            "Brazil.",
            "KX-4410",
        ),
    ],
)
def test_the_activity_an_approval_permits_is_no_product(body, product):
    assert found_names(DATELINE + body) == [product]


# ---------------------------------------------------------------- drugs: capitals and a word


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Quillon Ltd has received FDA IND approval for KX2-Vaxx to start a Phase 1 trial in "
            "lung cancer.",
            "KX2-Vaxx",
        ),
        (
            "The FDA granted Orphan Drug Designation to TRV-Neuro for amyotrophic lateral "
            "sclerosis, Travan Bio said.",
            "TRV-Neuro",
        ),
    ],
)
def test_capitals_and_a_word_in_a_regulatory_slot_is_a_product(body, product):
    assert names(release("Company Update", body)) == [product]


def test_capitals_and_a_word_that_heads_a_company_name_is_no_product():
    body = (
        "The agency granted approval for KAN-Fite to start the trial. KAN-Fite Pharma is based in "
        "Leeds."
    )
    assert found_names(DATELINE + body) == []


# ---------------------------------------------------------------- designations: a date ahead


@pytest.mark.parametrize(
    "body",
    [
        "The FDA has accepted the biologics license application for KX-3301 and granted "
        "priority review status with a Prescription Drug User Fee Act date set for the second "
        "quarter of 2027.",
        "Osmund Bio said the FDA granted Priority Review to KX-3301, with a PDUFA goal set for "
        "March 2027.",
    ],
)
def test_a_review_granted_with_a_decision_date_set_ahead_is_told(body):
    told = designations(release("Company Update", body))
    assert ("KX-3301", "FDA", "priority_review", "granted") in told


# ---------------------------------------------------------------- designations: made possible


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "The Fast Track designation provides Osmund Bio with more FDA meetings and the "
            "opportunity for a rolling submission of a Biologics License Application (BLA) for "
            "KX-3301.",
            ("KX-3301", "FDA", "approval", "applied"),
        ),
        (
            "Osmund Bio met the FDA in May to align on the content of a future New Drug "
            "Application (NDA) for KX-3301.",
            ("KX-3301", "FDA", "approval", "granted"),
        ),
        (
            "The designation brings more FDA meetings and eligibility for accelerated approval "
            "of KX-3301.",
            ("KX-3301", "FDA", "accelerated_approval", "granted"),
        ),
    ],
)
def test_a_filing_or_program_the_designation_makes_possible_is_no_telling(body, told):
    assert told not in designations(release("Company Update", body))


# ---------------------------------------------------------------- designations: a registration


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "Norrisk Pharma said Australia's Therapeutic Goods Administration (TGA) has "
            "registered KX-77 to treat iron deficiency in adults.",
            ("KX-77", "TGA", "approval", "granted"),
        ),
        (
            "Swissmedic registered NRX-410 for the treatment of chronic migraine, Norrisk "
            "Pharma said.",
            ("NRX-410", "other", "approval", "granted"),
        ),
    ],
)
def test_a_regulator_that_registers_a_product_approves_it(body, told):
    assert designations(release("Company Update", body)) == [told]


def test_a_site_a_regulator_registered_is_no_approval():
    body = "Norrisk Pharma's TGA registered facility in Perth will make KX-77 from 2027."
    assert designations(release("Company Update", body)) == []


# ---------------------------------------------------------------- drugs: a prodrug's ester


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Pharma has received tentative approval from the FDA for Dabigatran Etexilate "
        "Capsules, 75 mg and 150 mg.",
        "Kestrel Pharma launched its generic dabigatran etexilate in Canada in May.",
    ],
)
def test_an_ester_the_inn_names_whole_stays_in_the_name(body):
    assert found_names(DATELINE + body) == ["dabigatran etexilate"]


def test_a_salt_after_the_inn_still_gives_the_inn_alone():
    body = "Kestrel Pharma received FDA approval for its Amlodipine Besylate tablets."
    assert found_names(DATELINE + body) == ["amlodipine"]


# ---------------------------------------------------------------- drugs: a biosimilar's brand


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Harlow Biologics has received a notice of compliance from Health Canada for its "
            "biosimilar Ostrevia, indicated for patients with osteoporosis.",
            "Ostrevia",
        ),
        (
            "Health Canada approved the biosimilar Velgrast for patients with neutropenia, "
            "Harlow Biologics said.",
            "Velgrast",
        ),
    ],
)
def test_a_name_after_its_biosimilar_is_a_product(body, product):
    assert found_names(DATELINE + body) == [product]


def test_a_biosimilar_business_word_is_no_product():
    body = "Health Canada approved two products from its biosimilar portfolio, Harlow said."
    assert found_names(DATELINE + body) == []


# ---------------------------------------------------------------- designations: under review


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "Harlow Bio said KX-12 is under review by Health Canada.",
            ("KX-12", "Health Canada", "approval", "accepted"),
        ),
        (
            "Harlow Bio developed KX-30 for migraine. The product is currently under regulatory "
            "review with the TGA.",
            ("KX-30", "TGA", "approval", "accepted"),
        ),
    ],
)
def test_a_product_under_review_by_a_regulator_is_an_accepted_filing(body, told):
    assert designations(release("Company Update", body)) == [told]


def test_a_transaction_under_review_by_a_regulator_is_no_filing():
    body = "The merger is under review by the FDA, Harlow Bio said of KX-12."
    assert designations(release("Company Update", body)) == []


# ---------------------------------------------------------------- designations: granted it


@pytest.mark.parametrize(
    "body",
    [
        "Harlow Bio said the NMPA accepted the New Drug Application for its cancer drug KX-503. "
        "The drug treats nasopharyngeal cancer. The Food and Drug Administration (FDA) "
        "previously granted it Fast Track Designation.",
        "Harlow Bio said the NMPA accepted the New Drug Application for KX-503. In 2024 the U.S. "
        "Food and Drug Administration also awarded it Fast Track status.",
    ],
)
def test_a_designation_granted_to_it_is_the_product_told_before(body):
    told = designations(release("Company Update", body))
    assert ("KX-503", "FDA", "fast_track", "granted") in told


# ---------------------------------------------------------------- designations: next act


@pytest.mark.parametrize(
    "body",
    [
        "Harlow Bio announced that the FDA has accepted for review its supplemental Biologics "
        "License Application for zorvelimab in gastric cancer and set a PDUFA date of March 3, "
        "2027.",
        "The FDA accepted the New Drug Application for KX-310 in gastric cancer and assigned a "
        "target action date in the first quarter of 2027, Harlow Bio said.",
    ],
)
def test_the_agencys_next_act_is_no_part_of_the_indication(body):
    indications = [d["indication"] for d in release("Company Update", body)["designations"]]
    assert indications == ["gastric cancer"]


# ---------------------------------------------------------------- drugs: an INN in title case


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Harlow Bio received approval from the NMPA for its innovative drug Zervatinib "
            "Mesylate Tablets for lung cancer.",
            "zervatinib",
        ),
        ("Harlow Bio launched Kelvoprazole Injection in China in May.", "kelvoprazole"),
    ],
)
def test_an_inn_before_a_capitalised_salt_or_dosage_form_is_a_product(body, product):
    assert found_names(DATELINE + body) == [product]


# ---------------------------------------------------------------- designations: a deal's date


@pytest.mark.parametrize(
    "body",
    [
        "Harlow Bio said the FDA had granted Breakthrough Therapy designation to KX-71, a drug "
        "the company acquired from Tessen Pharma in 2023.",
        "The FDA granted Fast Track designation to KX-71, which Harlow Bio in-licensed from "
        "Tessen Pharma in March 2022.",
    ],
)
def test_the_date_a_product_was_acquired_is_not_its_designations(body):
    dates = [d["date"] for d in release("Company Update", body)["designations"]]
    assert dates == [None]


# ---------------------------------------------------------------- designations: "may proceed"


@pytest.mark.parametrize(
    "body",
    [
        'Harlow Bio has received a "may proceed" letter from the FDA for its IND application '
        "for HB-40 in melanoma.",
        "Harlow Bio said the FDA issued a “may proceed” notification for the Investigational "
        "New Drug application for HB-40.",
    ],
)
def test_a_may_proceed_letter_clears_the_ind(body):
    told = designations(release("Company Update", body))
    assert told == [("HB-40", "FDA", "ind_clearance", "granted")]


def test_an_unquoted_may_still_hedges_the_ind():
    body = "Harlow Bio said the FDA may clear the IND application for HB-40 later this year."
    assert designations(release("Company Update", body)) == []


# ---------------------------------------------------------------- designations: a certificate


@pytest.mark.parametrize(
    "body",
    [
        "Harlow Bio secured the Drug Registration Certificate from the NMPA for velotinib "
        "capsules in lung cancer.",
        "Harlow Bio said China's NMPA issued an Import Drug License for velotinib, its lung "
        "cancer drug.",
    ],
)
def test_a_chinese_registration_certificate_is_an_approval(body):
    told = designations(release("Company Update", body))
    assert told == [("velotinib", "NMPA", "approval", "granted")]
