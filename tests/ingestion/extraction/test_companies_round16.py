"""Company names found by trying new invented sentences (round 16).

Every text here is invented (company, person and product names included). Names are checked
through the entities found before any fact is read and, where a fact depends on them,
through the extraction.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse

DATELINE = "Company news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def entities(text: str):
    return find_entities(analyse(text, None))


def entity_names(text: str) -> set[str]:
    return {c.name for c in entities(text)}


def listed_names(text: str) -> set[str]:
    return {c["name"] for c in extract(text)["companies"]}


def test_a_name_glued_to_the_wire_dateline_by_dashes_is_whole():
    """ "BOSTON--(BUSINESS WIRE)--Tessaly Bio (NASDAQ: TSLY)": the name starts after the
    double hyphen, so its first word is not lost (before: "Bio" with the ticker)."""
    text = (
        "Tessaly Update\n\nBOSTON--(BUSINESS WIRE)--Tessaly Bio (NASDAQ: TSLY), a clinical-stage "
        "company, today announced that it will acquire Helmic Labs for $20 million.\n"
    )
    found = {c.name: c for c in entities(text)}
    assert "Tessaly Bio" in found and found["Tessaly Bio"].tickers == ["TSLY.NASDAQ"]
    assert "Bio" not in found
    other = (
        "News\n\nOSLO—(Nordic Wire)—Quorvant Therapeutics, Inc. (NYSE: QRVT) said today that "
        "it licensed QV-12 to Orrin Labs.\n"
    )
    assert "Quorvant Therapeutics, Inc." in entity_names(other)
    assert "Therapeutics, Inc." not in entity_names(other)
