"""Drug owners in the extraction's output: each clause of a partner list gives its own product's
owner (pipeline.stated_owner falls back to entities.Entities.clause_owner).

Every company and product name here is invented.
"""

from apps.ingestion.extraction import extract

PARTNER_UPDATE = (
    "Ashby Royalty Fund reports partner progress\n\n"
    "NEW YORK, Feb. 18, 2026 -- Ashby Royalty Fund, Inc. today reported partner progress.\n\n"
    "Partner news: Kelso Bio received Fast Track designation from the FDA for AB-101; "
    "the FDA accepted Merrin Pharma's application for AB-202; Tolland Therapeutics received "
    "orphan drug designation from the FDA for AB-303.\n"
)


def test_each_clause_of_a_partner_list_owns_its_product_in_the_output():
    result = extract(PARTNER_UPDATE)
    owners = {d["name"]: d["owner"] for d in result["drugs"]}

    assert owners == {
        "AB-101": "Kelso Bio",
        "AB-202": "Merrin Pharma",
        "AB-303": "Tolland Therapeutics",
    }
    # an owner is a listed company
    assert {"Kelso Bio", "Tolland Therapeutics"} <= {c["name"] for c in result["companies"]}
