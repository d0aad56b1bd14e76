"""Round 14: a co-formulated product's name, a product named by its generic name and dosage
form, and a drug's owner, on invented releases (every company, product and sentence here is
made up)."""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.text import fold

DATELINE = "LEEDS, June 2, 2026 /PRNewswire/ -- "


def release(headline: str, body: str) -> dict:
    return extract(f"{headline}\n{DATELINE}{body}")


def all_names(result: dict) -> set[str]:
    return {fold(n) for drug in result["drugs"] for n in [drug["name"], *drug["aliases"]]}


def drug_named(result: dict, name: str) -> dict:
    wanted = fold(name)
    return next(d for d in result["drugs"] if wanted in all_names({"drugs": [d]}))


# ---------------------------------------------------------------- co-formulated names


@pytest.mark.parametrize(
    ("headline", "body", "name", "brand"),
    [
        (
            "Quillon Bio Wins FDA Approval for Velorix",
            "Quillon Bio announced that the FDA approved Velorix® (velotamab and "
            "hyaluronidase-qxrt) for adults with severe asthma. Velorix is given under the skin.",
            "velotamab and hyaluronidase-qxrt",
            "Velorix",
        ),
        (
            "Harrowgate Receives Approval of Trenzio SC",
            "Harrowgate Therapeutics said the U.S. Food and Drug Administration has approved "
            "TRENZIO (pertuzumab, renotuzumab-kmqa, and hyaluronidase-zzxf) to treat breast "
            "cancer.",
            "pertuzumab, renotuzumab-kmqa, and hyaluronidase-zzxf",
            "TRENZIO",
        ),
    ],
)
def test_co_formulated_generic_name_in_a_bracket_stays_one_name(headline, body, name, brand):
    result = release(headline, body)
    drug = drug_named(result, name)
    assert fold(drug["name"]) == fold(name)
    assert fold(brand) in {fold(a) for a in drug["aliases"]}
    assert len(result["drugs"]) == 1  # no ingredient listed on its own


def test_a_lone_inn_with_the_fda_suffix_keeps_its_inn_as_name():
    result = release(
        "Harrowgate Receives Approval",
        "Harrowgate Therapeutics said the FDA has approved TRENZIO (renotuzumab-kmqa) to treat "
        "breast cancer.",
    )
    assert [d["name"] for d in result["drugs"]] == ["renotuzumab"]
