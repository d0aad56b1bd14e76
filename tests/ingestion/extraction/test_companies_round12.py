"""Company names found by trying new invented sentences (round 12).

Every text here is invented (company, person and product names included). Names are checked
through the entities found before any fact is read and, where a fact depends on them,
through the extraction.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse

DATELINE = "Company news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def entity_names(text: str) -> set[str]:
    return {c.name for c in find_entities(analyse(text, None))}


def listed_names(text: str) -> set[str]:
    return {c["name"] for c in extract(text)["companies"]}


def test_a_first_name_with_a_middle_initial_is_a_person():
    """ "Tobin R. Hale, Ph.D." makes "Tobin" a first name, so "Tobin's experience" names no
    company (before, only "Tobin Hale, Ph.D." did)."""
    text = (
        DATELINE + "Quorvane Biologics, Inc. today announced that Tobin R. Hale, Ph.D., has "
        "been named Chief Executive Officer. Tobin's experience will guide Quorvane. Tobin's "
        "record at Quorvane is long, and Tobin's team grew threefold.\n"
    )
    assert "Tobin" not in entity_names(text)
    other = (
        DATELINE + "Ellory Pharma, Inc. named Wendell J. K. Marsh, Chief Operating Officer, "
        "to its board. Wendell's leadership helped Ellory. Wendell's work on EL-4 and "
        "Wendell's deals were praised.\n"
    )
    assert "Wendell" not in entity_names(other)


def test_a_partner_with_a_firm_is_a_persons_post_not_a_deal():
    """ "Mara Lind, a general partner with Velmir": her firm; neither it nor the person named
    after it in the list is a party."""
    text = (
        DATELINE + "Pellcrest Therapeutics Inc. closed a $40 million Series B financing. Jorun "
        "Falk, a partner with Brassmoor, and Ilse Varga, a general partner with Ketterby, "
        "have joined Pellcrest's board.\n"
    )
    names = entity_names(text)
    assert not {"Brassmoor", "Ilse Varga", "Ketterby"} & names
    assert "Pellcrest Therapeutics Inc." in names
    other = (
        DATELINE + "Dorrant Bio Inc. appointed Hugo Senn, a managing partner at Calloway, to "
        "its board.\n"
    )
    assert "Calloway" not in entity_names(other)
    # a company that partners with another is still read
    deal = DATELINE + "Dorrant Bio Inc. partnered with Calloway to develop DB-7 in Europe.\n"
    assert "Calloway" in entity_names(deal)


def test_a_possessive_that_ends_a_longer_name_is_no_company():
    """ "Zentavir XR's role", "Imbrola PGX's activity": the last word of a product's name is
    no owner, however often the product is named."""
    text = (
        DATELINE + "Scientists will present data on Zentavir QRT. Zentavir QRT's role in "
        "priming cells is shown. Zentavir QRT enhances T cells. Zentavir QRT was well "
        "tolerated.\n"
    )
    assert "QRT" not in entity_names(text)
    other = (
        DATELINE + "Imbrola Kappa's activity was confirmed. Imbrola Kappa reduced tumours and "
        "Imbrola Kappa's safety was good.\n"
    )
    assert "Kappa" not in entity_names(other)
    # an opening word before the owner leaves it a company
    owner = (
        DATELINE + "Under Halvorne's plan, Halvorne's team will grow. In Halvorne's view the "
        "market is large.\n"
    )
    assert "Halvorne" in entity_names(owner)
