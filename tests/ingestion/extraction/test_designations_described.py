"""Regulators named by description, as wire items name them, and source attributions that are
no status. Every company and product name here is invented."""

import pytest

from apps.ingestion.extraction.designations import status_of
from tests.ingestion.extraction.designation_helpers import designation_tuples


def designations(body: str) -> list[tuple]:
    """The designations of a wire item whose body is `body`."""
    return designation_tuples(f"Markets brief\n\n{body}")


@pytest.mark.parametrize(
    ("regulator", "agency"),
    [
        ("China's medical products administrator", "NMPA"),
        ("the Chinese drug regulator", "NMPA"),
        ("Japan’s health ministry", "PMDA"),
        ("the U.S. drug regulator", "FDA"),
        ("Britain's medicines regulator", "MHRA"),
        ("the European drugs regulator", "EMA"),
        ("South Korea's drug regulator", "other"),
    ],
)
def test_a_regulator_named_by_what_it_is_and_whose_it_is_is_that_agency(regulator, agency):
    body = (
        f"{regulator[0].upper()}{regulator[1:]} cleared Wendmoor Bio's marketing application "
        "and approved plorvatinib for adults with gout on Monday."
    )
    assert ("plorvatinib", agency, "approval", "granted") in designations(body)


def test_a_description_of_a_regulator_that_approves_nothing_tells_no_designation():
    body = "Japan's health ministry said Wendmoor Bio's plorvatinib prices will be cut in April."
    assert designations(body) == []


def test_an_approved_application_reported_in_an_exchange_filing_is_granted():
    body = (
        "China's drug regulator approved Wendmoor Bio's (HKG:9876) supplemental new drug "
        "application for its plorvatinib drug in gout, according to a Wednesday filing with "
        "the Hong Kong bourse."
    )
    assert designations(body) == [("plorvatinib", "NMPA", "approval", "granted")]


def test_where_the_news_comes_from_is_no_status_and_a_filing_still_is():
    assert status_of(", according to a Tuesday filing with the Hong Kong bourse.") is None
    assert status_of(", the company said in a statement on Friday.") is None
    assert status_of(", and the company filed a marketing application in May.") == "applied"


def test_an_application_accepted_after_the_telling_keeps_its_status_beside_a_source():
    body = (
        "Wendmoor Bio's new drug application for plorvatinib in gout was accepted by China's "
        "drug regulator, according to a company statement."
    )
    assert ("plorvatinib", "NMPA", "approval", "accepted") in designations(body)


def test_an_approved_application_is_granted_whatever_the_clause_tells_of_its_filing_after():
    body = (
        "China's drug regulator approved Wendmoor Bio's supplemental new drug application for "
        "plorvatinib in gout, which the company had submitted in 2024."
    )
    assert ("plorvatinib", "NMPA", "approval", "granted") in designations(body)
