"""Company names found by trying new invented sentences (round 10).

Every text here is invented (company names included). Bare names are checked both through
the deals they take part in and through the entities found before any fact is read.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Deal news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def entity_names(text: str) -> set[str]:
    return {c.name for c in find_entities(analyse(text, None))}


def test_a_description_before_a_bare_name_makes_it_a_company():
    """ "Swiss pharmaceutical group X", "Japanese pharma X", "Biotech company X": the words
    before the name say what it is."""
    text = (
        DATELINE + "Swiss pharmaceutical group Varnell has entered into a collaboration with "
        "Japanese pharma Mitsuhara to develop antibody-drug conjugates.\n"
    )
    assert {"Varnell", "Mitsuhara"} <= entity_names(text)
    assert "Vessora" in entity_names(
        DATELINE + "Biotech company Vessora licensed VS-4 to Altham Pharma Inc.\n"
    )


def test_a_sentence_opening_description_is_no_part_of_the_name():
    deal = only_deal(
        DATELINE + "Drugmaker Pemberly agreed to buy smaller rival Ostrander for $1.2 billion.\n"
    )
    assert set(roles(deal)) == {"Pemberly", "Ostrander"}
    names = entity_names(
        DATELINE + "Drugmaker Kestrane Therapeutics agreed to acquire Lomond Bio for $60 million.\n"
    )
    assert "Kestrane Therapeutics" in names
    assert not any(n.startswith("Drugmaker") for n in names)


def test_a_country_possessive_before_a_party_is_not_the_party():
    text = (
        DATELINE + "Korea's Hanul Pharm Co., Ltd. has signed a licence agreement with Mexico's "
        "Laboratorios Ortega for HN-2 in Latin America.\n"
    )
    assert set(roles(only_deal(text))) == {"Hanul Pharm Co., Ltd.", "Laboratorios Ortega"}
    names = {c["name"] for c in extract(text)["companies"]}
    assert "Mexico" not in names
    # a country the place list does not hold: the possessive alone tells
    other = DATELINE + "Tellmar Inc. signed a licence agreement with Peru's Ancash Bio.\n"
    assert "Peru" not in entity_names(other)
    assert "Ancash Bio" in entity_names(other)


def test_a_country_possessive_opens_no_formal_name():
    text = DATELINE + "Brazil's Ferraz Farma Ltda. has licensed FZ-3 to Tellmar Inc.\n"
    assert set(roles(only_deal(text))) == {"Ferraz Farma Ltda.", "Tellmar Inc."}
