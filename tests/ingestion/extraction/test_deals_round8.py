"""Deal wording met on releases nobody developed on (round 8): who licenses from whom, money in
Japanese and Chinese and German notation, and deals recapped as market background.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import roles

# ---------------------------------------------------------------- licence direction


def test_a_headline_x_licenses_drug_from_y_makes_x_the_licensee():
    """ "X Licenses DRUG from Y" over a body that names no direction: X in-licenses."""
    deals = extract(
        "Merrow In-Licenses Pelvaxin Programme from Dunstan\n\n"
        "LEEDS, June 4, 2024 -- Merrow Pharma plc today said it signed an exclusive licence "
        "agreement with Dunstan Labs Inc. covering DX-417.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Merrow Pharma plc": "licensee", "Dunstan Labs Inc.": "licensor"}
    ]


def test_licensing_rights_to_another_companys_drug_and_paying_makes_the_payer_licensee():
    """ "X has licensed global rights to Y's DRUG, paying $N upfront": Y owns and grants."""
    deals = extract(
        "LEEDS, June 4, 2024 -- Merrow Pharma plc has licensed global rights to Dunstan Labs "
        "Inc.'s oral candidate DX-417, paying $80 million upfront.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Merrow Pharma plc": "licensee", "Dunstan Labs Inc.": "licensor"}
    ]
