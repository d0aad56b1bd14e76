"""The extractor on small synthetic releases: facts, fields, and what must stay out."""

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from apps.ingestion.extraction import EXTRACTOR_VERSION, extract
from apps.ingestion.extraction.dates import find_dates, published_on, resolve
from apps.ingestion.extraction.money import find_money
from apps.ingestion.extraction.text import is_clean_name

ROOT = Path(__file__).resolve().parents[2]
# Inside the repository only: a test must not pass or fail on what lies beside a checkout.
SCHEMA_PATH = ROOT / "apps" / "ingestion" / "extraction.schema.json"
SEED_FOLDER = ROOT / "fixtures" / "seeds"

LICENSE_RELEASE = """Northwind Biologics and Halcyon Pharma Enter into License for NWB-2041

BOSTON, March 3, 2024 /PRNewswire/ -- Northwind Biologics, Inc. (NASDAQ: NWBX) ("Northwind") \
and Halcyon Pharma Co., Ltd. (hereinafter "Halcyon") today announced that they have entered into \
an exclusive license agreement for NWB-2041, a bispecific antibody targeting PD-L1 and 4-1BB.
Under the agreement, Halcyon will obtain exclusive rights to develop and commercialize NWB-2041 \
in Greater China. Northwind will receive a $50M upfront payment and up to $400 million in \
milestones, for a total deal value of up to US$1.2 billion, plus tiered royalties.
NWB-2041 is being studied in combination with pembrolizumab, the standard of care.

About Northwind Biologics
Northwind has a strategic collaboration with Contoso Therapeutics, Inc. for its platform.
"""

DESIGNATION_RELEASE = """Verdant Bio Receives Designations for VRD-118

SAN DIEGO, Jan. 15, 2025 (GLOBE NEWSWIRE) -- Verdant Bio, Inc. ("Verdant"), a clinical-stage \
biotechnology company, today announced that the U.S. Food and Drug Administration (FDA) has \
granted Fast Track designation to VRD-118 for the treatment of idiopathic pulmonary fibrosis.
In May 2020, VRD-118 was granted Orphan Drug Designation by the FDA.
The Center for Drug Evaluation (CDE) of China's National Medical Products Administration \
recommended VRD-118 for Breakthrough Therapy Designation on November 6.
VRD-118 has also received PRIME eligibility from the European Medicines Agency.
VRD-118 may receive Accelerated Approval if the trial succeeds.
"""


def load_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def seed_texts() -> list[str]:
    paths = sorted(SEED_FOLDER.glob("*.txt"))
    assert paths, f"no seed releases in {SEED_FOLDER}"
    return [p.read_text(encoding="utf-8") for p in paths]


def test_extractor_version_is_a_dated_string():
    assert EXTRACTOR_VERSION.startswith("20")


def test_month_phrases_keep_month_precision():
    assert resolve("May 2020") == "2020-05"
    assert [m.value for m in find_dates("In May 2020, it was granted.")] == ["2020-05"]


def test_day_without_year_resolves_against_the_release_date():
    mentions = find_dates("signed on November 6 at the expo", date(2023, 11, 23))
    assert [m.value for m in mentions] == ["2023-11-06"]


def test_dateline_gives_the_release_date_and_a_body_date_does_not():
    assert published_on("Title\n\nHONG KONG, Feb. 13, 2025 /PRNewswire/ -- X said.") == "2025-02-13"
    assert published_on("Title\n\nIn the afternoon of September 15th, 2021, it passed.") is None


@pytest.mark.parametrize(
    ("phrase", "amount", "currency"),
    [
        ("RMB850 million", 850_000_000, "CNY"),
        ("US$1.2 billion", 1_200_000_000, "USD"),
        ("$50M upfront", 50_000_000, "USD"),
        ("A$40.0 million", 40_000_000, "AUD"),
        ("HK$3 billion", 3_000_000_000, "HKD"),
        ("£150,000", 150_000, "GBP"),
        ("€20 million", 20_000_000, "EUR"),
        ("850 million yuan", 850_000_000, "CNY"),
    ],
)
def test_money_phrases_give_full_amount_and_iso_currency(phrase, amount, currency):
    assert [m.as_json() for m in find_money(phrase)] == [{"amount": amount, "currency": currency}]


def test_per_share_prices_are_not_money_terms():
    assert find_money("$1.16 per share in cash") == []


def test_license_terms_land_in_their_fields():
    deal = extract(LICENSE_RELEASE)["deals"][0]
    assert deal["type"] == "license"
    assert deal["terms"]["upfront"] == {"amount": 50_000_000, "currency": "USD"}
    assert deal["terms"]["milestones"] == {"amount": 400_000_000, "currency": "USD"}
    assert deal["terms"]["total_value"] == {"amount": 1_200_000_000, "currency": "USD"}
    assert deal["terms"]["royalties_disclosed"] is True


def test_license_roles_exclusivity_territory_and_date():
    deal = extract(LICENSE_RELEASE)["deals"][0]
    roles = {p["company"]: p["role"] for p in deal["parties"]}
    assert roles == {
        "Northwind Biologics, Inc.": "licensor",
        "Halcyon Pharma Co., Ltd.": "licensee",
    }
    assert deal["exclusive"] is True
    assert deal["territory"] == "Greater China"
    assert deal["announced_on"] == "2024-03-03"
    assert deal["drugs"] == ["NWB-2041"]


def test_tickers_and_defined_aliases_are_read():
    companies = {c["name"]: c for c in extract(LICENSE_RELEASE)["companies"]}
    assert companies["Northwind Biologics, Inc."]["tickers"] == ["NWBX.NASDAQ"]
    assert "Halcyon" in companies["Halcyon Pharma Co., Ltd."]["aliases"]


def test_about_section_partners_and_background_drugs_are_not_facts():
    result = extract(LICENSE_RELEASE)
    names = [c["name"] for c in result["companies"]]
    assert not any("Contoso" in name for name in names)
    assert len(result["deals"]) == 1
    assert [d["name"] for d in result["drugs"]] == ["NWB-2041"]


def test_drug_modality_and_targets_come_from_explicit_wording():
    drug = extract(LICENSE_RELEASE)["drugs"][0]
    assert drug["modality"] == "bispecific"
    assert drug["owner"] == "Northwind Biologics, Inc."


def test_designation_lexicon_variants_map_to_agency_and_type():
    result = extract(DESIGNATION_RELEASE)
    found = {(d["agency"], d["type"]): d for d in result["designations"]}
    assert set(found) == {
        ("FDA", "fast_track"),
        ("FDA", "orphan_drug"),
        ("NMPA", "breakthrough_therapy"),
        ("EMA", "prime"),
    }
    assert found[("FDA", "fast_track")]["date"] is None  # "today announced"
    assert found[("FDA", "fast_track")]["indication"] == "idiopathic pulmonary fibrosis"
    assert found[("FDA", "orphan_drug")]["date"] == "2020-05"
    assert found[("NMPA", "breakthrough_therapy")]["status"] == "recommended"
    assert found[("NMPA", "breakthrough_therapy")]["date"] == "2024-11-06"


def test_hedged_designations_are_left_out():
    types = {d["type"] for d in extract(DESIGNATION_RELEASE)["designations"]}
    assert "accelerated_approval" not in types


def test_mojibake_never_becomes_a_company_or_drug():
    garbled = "ᖹۜൗ̅၍ଣ፬ج'(਷࢕̹ఙ္ຖ"
    assert not is_clean_name(garbled)
    text = (
        'Acme Bio Announcement\n\nAcme Bio Co., Ltd. (the "Company") announces that the NMPA '
        f"granted approval for AB-1234 ({garbled} Co., Ltd.) in China. ({garbled}ᐼ҅˿ୋ27໮)\n"
    )
    result = extract(text)
    for item in result["companies"] + result["drugs"]:
        assert all(is_clean_name(name) for name in [item["name"], *item["aliases"]])


def test_facility_event_with_planned_investment():
    text = (
        "Groundbreaking\n\nThe groundbreaking ceremony for the Orion Biotech Suzhou R&D Center was "
        "held. Orion Biotech's new centre is its largest. Orion Biotech's plans grow. "
        "The planned investment for the project is RMB850 million.\n"
    )
    events = extract(text)["events"]
    assert [(e["company"], e["type"]) for e in events] == [("Orion Biotech", "facility")]
    assert events[0]["amount"] == {"amount": 850_000_000, "currency": "CNY"}


def test_title_defaults_to_the_first_non_empty_line():
    assert extract("\n\nA Headline\n\nBody text.")["document"]["title"] == "A Headline"
    assert extract("Body", title="Given")["document"]["title"] == "Given"


def test_output_validates_and_quotes_are_verbatim():
    schema = load_schema()
    texts = [LICENSE_RELEASE, DESIGNATION_RELEASE, "", "No facts here at all."] + seed_texts()
    for text in texts:
        result = extract(text)
        jsonschema.validate(result, schema)
        flat = " ".join(text.split())
        for key in ("companies", "drugs", "deals", "designations", "events"):
            for item in result[key]:
                if item.get("quote"):
                    assert " ".join(item["quote"].split()) in flat


def test_output_is_deterministic():
    assert extract(LICENSE_RELEASE) == extract(LICENSE_RELEASE)
    assert json.dumps(extract(DESIGNATION_RELEASE)) == json.dumps(extract(DESIGNATION_RELEASE))


def test_work_done_in_collaboration_is_no_deal_but_acquired_rights_are_a_license():
    text = (
        "Orbit Bio Presents Data\n\nBOSTON, May 2, 2024 /PRNewswire/ -- Orbit Bio, Inc. today "
        "announced results from a trial of ORB-221 conducted in collaboration with Stellar Pharma "
        "Ltd. at 20 sites.\nOrbit Bio acquired worldwide rights to ORB-221 from Nova "
        "Therapeutics, Inc. in 2021.\n"
    )
    deals = extract(text)["deals"]
    assert [d["type"] for d in deals] == ["license"]
    roles = {p["company"]: p["role"] for p in deals[0]["parties"]}
    assert roles == {"Orbit Bio, Inc.": "licensee", "Nova Therapeutics, Inc.": "licensor"}
    assert deals[0]["announced_on"] is None  # a recap, not this release's news


def test_designation_told_in_an_about_section_counts_for_a_body_drug():
    text = (
        "Zeta Receives Approval\n\nZeta Bio, Inc. today announced that the European Commission "
        "granted marketing authorisation for ZB-500.\n\nAbout ZB-500\nZB-500 was granted Orphan "
        "Drug Designation by the FDA in March 2019.\n"
    )
    found = {(d["agency"], d["type"], d["date"]) for d in extract(text)["designations"]}
    assert found == {("EMA", "approval", None), ("FDA", "orphan_drug", "2019-03")}
