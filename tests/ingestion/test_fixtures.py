"""Seed fixtures = pipeline extraction + recorded curator corrections."""

import copy
import json

import pytest

from apps.ingestion.corrections import (
    CorrectionMismatch,
    canonical,
    corrections_derive,
    corrections_path,
    extraction_correct,
    extraction_differences,
    seed_rebuild,
)
from apps.ingestion.seeds import FIXTURES_DIR, seed_pairs
from tests.ingestion.conftest import license_extraction


def curated_version() -> dict:
    """What a curator made of license_extraction(): renamed, fixed, pruned and completed."""
    curated = license_extraction()
    curated["document"]["title"] = "Acme and Beta sign a license"
    acme, beta = curated["companies"]
    beta["name"] = "Beta Pharma Incorporated"  # the same company, spelt in full
    beta["aliases"] = ["Beta Pharma Inc.", "Beta"]
    beta["tickers"] = ["BETA.NASDAQ"]
    deal = curated["deals"][0]
    deal["parties"][1]["company"] = "Beta Pharma Incorporated"
    deal["terms"]["milestones"] = {"amount": 400000000, "currency": "USD"}
    deal["terms"]["milestones_disclosed"] = True
    curated["drugs"][0]["aliases"] = ["ACM-101"]
    curated["designations"] = [
        {
            "drug": "examplimab",
            "agency": "FDA",
            "type": "orphan_drug",
            "status": "granted",
            "indication": None,
            "date": "2020-05",
            "quote": "In May 2020 examplimab was granted Orphan Drug Designation by the FDA",
        }
    ]
    return curated


def with_extra_facts() -> dict:
    """An extraction with facts the curator removed: a background drug and a partner event."""
    extracted = license_extraction()
    extracted["drugs"].append({"name": "pembrolizumab", "aliases": [], "quote": "pembrolizumab"})
    extracted["events"].append(
        {
            "company": "Acme",
            "type": "financing",
            "date": None,
            "summary": "Series B",
            "amount": None,
            "quote": "Acme raised a Series B",
        }
    )
    return extracted


def test_applying_the_derived_corrections_gives_the_curated_extraction():
    extracted, curated = with_extra_facts(), curated_version()
    corrections = corrections_derive(extracted=extracted, curated=curated)
    rebuilt = extraction_correct(extraction=extracted, corrections=corrections)
    assert canonical(rebuilt) == canonical(curated)
    assert extraction_differences(rebuilt, curated) == []


def test_corrections_name_facts_by_identity_not_by_position():
    corrections = corrections_derive(extracted=with_extra_facts(), curated=curated_version())
    assert corrections["drugs"] == {
        "remove": ["pembrolizumab"],
        "set": {"examplimab": {"aliases": ["ACM-101"]}},
    }
    assert corrections["events"] == {"remove": ["acme biotherapeutics|financing|"]}
    # The renamed company is still the same company, and its deal is still the same deal.
    assert set(corrections["companies"]["set"]["beta pharma"]) == {"name", "aliases", "tickers"}
    assert "remove" not in corrections["companies"]
    assert list(corrections["deals"]["set"]) == ["license|acme biotherapeutics|beta pharma"]
    assert corrections["designations"]["add"][0]["type"] == "orphan_drug"
    assert corrections["document"] == {"title": "Acme and Beta sign a license"}


def test_corrections_still_apply_when_the_extractor_lists_facts_in_another_order():
    extracted, curated = with_extra_facts(), curated_version()
    corrections = corrections_derive(extracted=extracted, curated=curated)
    reordered = copy.deepcopy(extracted)
    for kind in ("companies", "drugs", "events"):
        reordered[kind].reverse()
    reordered["companies"][0]["aliases"].reverse()
    rebuilt = extraction_correct(extraction=reordered, corrections=corrections)
    assert extraction_differences(rebuilt, curated) == []


def test_no_corrections_are_needed_when_the_extraction_is_already_curated():
    curated = curated_version()
    shuffled = copy.deepcopy(curated)
    shuffled["companies"].reverse()
    assert corrections_derive(extracted=shuffled, curated=curated) == {}


def test_setting_fields_on_a_fact_the_extraction_lacks_is_reported():
    corrections = {"deals": {"set": {"option|acme biotherapeutics": {"exclusive": True}}}}
    with pytest.raises(CorrectionMismatch, match="deals 'option|acme biotherapeutics'"):
        extraction_correct(extraction=license_extraction(), corrections=corrections)


def test_corrections_survive_an_extractor_that_improved_since_they_were_recorded():
    extracted, curated = with_extra_facts(), curated_version()
    corrections = corrections_derive(extracted=extracted, curated=curated)
    improved = copy.deepcopy(extracted)
    improved["drugs"].pop()  # no longer takes the background drug for a fact
    found = copy.deepcopy(curated["designations"][0])
    found["quote"] = "examplimab was granted Orphan Drug Designation"
    improved["designations"].append(found)  # finds the designation the curator had added
    rebuilt = extraction_correct(extraction=improved, corrections=corrections)
    assert extraction_differences(rebuilt, curated) == []


def test_differences_name_the_fact_and_field_that_differ():
    extracted, curated = license_extraction(), curated_version()
    differences = extraction_differences(extracted, curated)
    assert "designations: missing 'examplimab|FDA|orphan_drug'" in differences
    assert any(line.startswith("drugs 'examplimab': aliases is []") for line in differences)


def test_facts_with_the_same_identity_are_told_apart():
    extracted = license_extraction()
    event = {"company": "Acme", "type": "facility", "date": None, "summary": "Plant A"}
    extracted["events"] = [event, {**event, "summary": "Plant B"}]
    curated = copy.deepcopy(extracted)
    curated["events"][1]["summary"] = "Plant B, Suzhou"
    corrections = corrections_derive(extracted=extracted, curated=curated)
    assert corrections["events"] == {
        "set": {"acme biotherapeutics|facility|#2": {"summary": "Plant B, Suzhou"}}
    }
    rebuilt = extraction_correct(extraction=extracted, corrections=corrections)
    assert extraction_differences(rebuilt, curated) == []


@pytest.mark.parametrize("pair", seed_pairs(FIXTURES_DIR), ids=lambda pair: pair[0].stem)
def test_each_seed_fixture_is_rebuilt_from_the_pipeline_and_its_recorded_corrections(pair):
    text_path, extraction_path = pair
    assert corrections_path(text_path).exists(), "run `manage.py seed_fixtures --record`"
    curated = json.loads(extraction_path.read_text(encoding="utf-8"))
    differences = extraction_differences(seed_rebuild(text_path), curated)
    assert differences == [], (
        "the extractor's output changed since the corrections were recorded; "
        "if on purpose, run `manage.py seed_fixtures --record`:\n" + "\n".join(differences)
    )
