"""Drugs and designations, round 12: wordings found on new real releases, tested on invented
ones (every product, person and sentence here is made up; a company is real only where the
rule is about the trade's gazetteer of companies)."""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.drugs import brand_mentions, find_drugs
from apps.ingestion.extraction.text import analyse, fold

DATELINE = "LEEDS, June 2, 2026 /PRNewswire/ -- "


def release(headline: str, body: str) -> dict:
    return extract(f"{headline}\n{DATELINE}{body}")


def all_names(result: dict) -> set[str]:
    return {fold(n) for drug in result["drugs"] for n in [drug["name"], *drug["aliases"]]}


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
