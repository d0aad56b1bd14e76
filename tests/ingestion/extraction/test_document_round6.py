"""Round 6 document title: a page that opens with the body has no title (issue 8).

Every text here is invented."""

from apps.ingestion.extraction.text import headline


def test_a_short_opening_sentence_in_sentence_case_is_no_title():
    text = (
        "Pellion Therapeutics Inc. has entered into a supply agreement with Marrowind.\n\n"
        "The agreement runs for five years."
    )
    assert headline(text) is None


def test_an_opening_with_a_defined_term_or_a_lower_case_apposition_is_no_title():
    defined = 'Pellion Therapeutics, Inc. ("Pellion") will present new data at a meeting\n\nMore.'
    apposition = (
        "Pellion Therapeutics, Inc., a clinical-stage biotech company, will present data at a "
        "meeting\n\nMore."
    )
    announced = "Pellion Therapeutics announced today the pricing of its offering\n\nMore."
    assert headline(defined) is None
    assert headline(apposition) is None
    assert headline(announced) is None


def test_a_title_case_headline_with_a_full_stop_stays_the_title():
    text = (
        "Pellion Therapeutics Secures Exclusive Rights to Novel Vector for Treating Rare "
        "Diseases.\n\nBOSTON, May 2, 2025 -- Pellion Therapeutics, Inc. secured rights."
    )
    assert headline(text).startswith("Pellion Therapeutics Secures")
    assert headline("Pellion signs deal with Marrowind for PX-1 in Japan\n\nMore.") == (
        "Pellion signs deal with Marrowind for PX-1 in Japan"
    )
