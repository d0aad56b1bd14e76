"""Document title and published_on: the headline is never furniture or body (invented texts)."""

from apps.ingestion.extraction.dates import published_on
from apps.ingestion.extraction.text import PhraseIndex, analyse


def title_of(text: str) -> str | None:
    return analyse(text).title


def test_an_edgar_exhibit_header_is_not_the_title():
    # field case si18
    text = (
        "EX-99.1 2 d123456dex991.htm EX-99.1 EX-99.1\n\nExhibit 99.1\n\n"
        "Verant Reports Second Quarter 2025 Results\n\n"
        "EMERYVILLE, Calif., August 13, 2025 (GLOBE NEWSWIRE) -- Verant Royalty Corporation "
        "(NASDAQ: VRNT) reported its second quarter results."
    )
    assert title_of(text) == "Verant Reports Second Quarter 2025 Results"
    assert published_on(text) == "2025-08-13"


def test_an_edgar_document_header_in_other_wording_is_skipped():
    text = "EX-99.2\nExhibit 99.2\nnorrby-ex992.htm\nNorrby Bio Opens Plant\n\nBody text follows."
    assert title_of(text) == "Norrby Bio Opens Plant"


def test_a_date_line_above_the_headline_is_not_the_title():
    # field case si19
    text = (
        "November 3, 2021\n\nHalvard Licenses CX-210 from Corvex\n\nBOSTON, Nov. 3, 2021 -- "
        "Halvard Biosciences, Inc. (Nasdaq: HALV) today announced that it has entered into an "
        "exclusive license agreement with Corvex Therapeutics, Inc. (NYSE: CRVX) for CX-210."
    )
    assert title_of(text) == "Halvard Licenses CX-210 from Corvex"
    assert published_on(text) == "2021-11-03"


def test_a_wire_time_stamp_line_is_not_the_title():
    text = (
        "4.3.2025 09:15:00 CET | Acme Wire | Press release\n"
        "Velmir Bio plc (LSE: VLM) today announced the opening of a plant in Leeds, which will "
        "employ two hundred people and make its lead product for European markets from 2026."
    )
    assert title_of(text) is None  # the next line is the body
    assert published_on(text) == "2025-03-04"


def test_a_headline_run_into_the_body_gives_no_title_but_its_dateline_date():
    # field case si20
    text = (
        "TB-301 is the first anti-PD-1 antibody for small cell lung cancer - TB-301 has already "
        "been approved in China SHANGHAI, Sept. 2, 2024 /PRNewswire/ -- Tamsin Biotech, Inc. "
        "(2999.HK) announced that the Committee for Medicinal Products for Human Use (CHMP) of "
        "the European Medicines Agency (EMA) issued a positive opinion recommending approval of "
        "TB-301 for small cell lung cancer."
    )
    assert title_of(text) is None
    assert published_on(text) == "2024-09-02"


def test_a_reported_sentence_as_first_line_is_body_not_title():
    text = (
        "Korvel Pharma has announced the acquisition of Dutch biotech Zanmir for EUR 90m.\n\n"
        "The deal adds a platform to Korvel's pipeline."
    )
    assert title_of(text) is None


def test_a_headline_ending_with_a_legal_form_is_kept():
    assert title_of("Korvel Signs Licence With Zanmir Pharma Inc.\n\nBody.") == (
        "Korvel Signs Licence With Zanmir Pharma Inc."
    )


def test_an_exchange_disclaimer_and_cover_are_not_the_title():
    # field case si09
    text = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take "
        "no responsibility for the contents of this announcement.\n\n"
        "Quillon Pharmaceutical Group Company Limited\n\n奎隆製藥集團有限公司\n\n"
        "(Stock Code: 4321)\n\n"
        "LICENSE AGREEMENT WITH VERANT\n\nThis announcement is made by the Company."
    )
    assert title_of(text) == "LICENSE AGREEMENT WITH VERANT"


def test_a_cover_in_other_wording_and_a_generic_label_are_skipped():
    text = (
        "Marlow Biologics Holdings Limited\n(Incorporated in the Cayman Islands with limited "
        "liability)\n(Stock Code: 8765)\n\nVOLUNTARY ANNOUNCEMENT\n\nPLACING OF NEW SHARES\n\n"
        "The board is pleased to announce a placing."
    )
    assert title_of(text) == "PLACING OF NEW SHARES"


def test_a_dateline_with_a_bracketed_country_and_semicolon_parses():
    # field case si21a
    text = (
        "Tamsin and Quillon sign licence\n\nLyon (France); March 9, 2022, Tamsin SA (Euronext: "
        "TMS) and Quillon SA (Nasdaq: QLN) have entered into an exclusive licensing agreement."
    )
    assert title_of(text) == "Tamsin and Quillon sign licence"
    assert published_on(text) == "2022-03-09"


def test_datelines_with_dashes_and_two_places_parse():
    assert published_on("X\n\nGHENT (Belgium); 4 June 2024 – Korvel NV today said.") == (
        "2024-06-04"
    )
    assert published_on("X\n\nLEEDS, UK - October 8, 2025 (ACME WIRE) - Velmir plc said.") == (
        "2025-10-08"
    )
    assert published_on("X\n\nOslo, Norway/Austin, USA – July 1st 2025 – Norrby AS said.") == (
        "2025-07-01"
    )


def test_a_date_in_a_sentence_is_not_a_dateline():
    assert published_on("X\n\nIn March 9, 2022, the company signed a lease.") is None


def sentences_of(text: str) -> list[str]:
    return [s.text for s in analyse(text).sentences]


def test_an_abbreviation_inside_brackets_does_not_end_the_sentence():
    text = (
        "Headline\n"
        "Lund, Sweden, 3 March 2025 - Varnel Bio AB (Org. nr. 556677-8899) (OMX: VARN) and "
        "Ostrow Pharma (company no. 01234) signed a licence. The deal closes in May."
    )
    assert sentences_of(text)[1:] == [
        "Lund, Sweden, 3 March 2025 - Varnel Bio AB (Org. nr. 556677-8899) (OMX: VARN) and "
        "Ostrow Pharma (company no. 01234) signed a licence.",
        "The deal closes in May.",
    ]


def test_register_numbers_titles_and_initials_do_not_end_sentences():
    text = (
        "Headline\n"
        "Filing No. 12 / 2025 was made by Jane Q. Doe, Ph.D., Chief Executive of Tamsor Inc., "
        "in the U.S. and by Karl Sr. at Brell et al. in Mass. today. Then it ended."
    )
    assert len(sentences_of(text)) == 3  # the headline, the long sentence, "Then it ended."


def test_sentence_ends_keep_their_closing_punctuation_and_lines_always_end():
    text = (
        'Headline\nHe said "it works." The FDA. Then more!\nA bullet without a stop\nLast (2024).'
    )
    assert sentences_of(text) == [
        "Headline",
        'He said "it works."',
        "The FDA.",
        "Then more!",
        "A bullet without a stop",
        "Last (2024).",
    ]


def test_sentences_cover_the_text_and_quote_it_verbatim():
    text = "Title\n\n  Acme Ltd. grew.Then it paused. Initial A. Smith spoke.\n"
    doc = analyse(text)
    assert [s.text for s in doc.sentences] == [
        "Title",
        "Acme Ltd. grew.",
        "Then it paused.",
        "Initial A. Smith spoke.",
    ]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_phrase_index_matches_whole_words_longest_first_in_either_case():
    index = PhraseIndex()
    index.add("agency", "U.S. Food and Drug Administration", folded=True)
    index.add("agency", "FDA", folded=False)
    index.add("fast_track", "Fast Track", folded=True)
    text = "The U.S. food and drug administration (FDA) granted fast-track status; fda said. FDAX"
    found = [(label, text[start:end]) for label, start, end in index.find(text)]
    # a hyphen joins two words as a space does: "fast-track" is the phrase "Fast Track"
    assert found == [
        ("agency", "U.S. food and drug administration"),
        ("agency", "FDA"),
        ("fast_track", "fast-track"),
    ]
    assert [t for _, t in found if t.lower() in ("fda said", "fdax")] == []


def test_date_phrases_resolve_to_partial_iso_dates_relative_to_the_release():
    from datetime import date

    from apps.ingestion.extraction.dates import resolve

    assert resolve("Sept. 3rd, 2024") == "2024-09-03"
    assert resolve("3 September 2024") == resolve("03.09.2024") == "2024-09-03"
    assert resolve("09.23.2024") == "2024-09-23"  # only month-first reads
    assert resolve("May 2020") == "2020-05"
    assert resolve("2024-02-30") is None and resolve("32 May 2024") is None
    base = date(2025, 3, 15)
    assert resolve("November 6", base) == "2024-11-06"  # the latest one up to the release
    assert resolve("March 15", base) == "2025-03-15"
    assert resolve("January", base) == "2025-01"
    assert resolve("29 February", base) == "2024-02-29"
    assert resolve("November 6") is None  # no year and no release date


def test_a_footnote_number_after_a_full_stop_ends_the_sentence_but_a_section_number_does_not():
    from apps.ingestion.extraction.text import sentence_spans

    text = (
        "The FDA approved it for gout.3 The label is broad.4,7 These uses count. "
        "See No.1 Choice and EX-99.1 Exhibit."
    )
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "The FDA approved it for gout.3",
        "The label is broad.4,7",
        "These uses count.",
        "See No.1 Choice and EX-99.1 Exhibit.",
    ]


def test_a_long_sentence_in_lower_case_opening_the_text_is_body_not_the_title():
    from apps.ingestion.extraction import extract

    result = extract(
        "Corlan Biotech (Suzhou) (HKG:2788) raised HK$1.2 billion in net proceeds from its "
        "initial public offering in Hong Kong, with the final offer price set at HK$18.40 per "
        "share.\nThe company offered 65,000,000 H shares.\n"
    )
    assert result["document"]["title"] is None
    assert [e["type"] for e in result["events"]][:1] == ["financing"]


def test_a_title_case_headline_with_a_full_stop_stays_the_title():
    from apps.ingestion.extraction import extract

    headline = "Corlan Biotech Reports Full Year Results and Provides an Update on Its Pipeline."
    assert extract(f"{headline}\n\nBody text here.\n")["document"]["title"] == headline


def test_asian_legal_forms_with_a_stop_end_no_sentence_and_close_a_name():
    """ "Pte. Ltd." (Singapore), "Sdn. Bhd." (Malaysia), "Pvt. Ltd." (India): the stop after
    the first word is no sentence end, and the whole form closes the company's name."""
    from apps.ingestion.extraction import extract

    for form in ("Pte. Ltd.", "Sdn. Bhd.", "Pvt. Ltd."):
        result = extract(
            "Kallang deal\n\nSINGAPORE, May 2, 2025 -- Kallang Therapeutics "
            f"{form} has agreed to acquire Brindle Bio GmbH for $40 million in cash."
        )
        parties = [(p["company"], p["role"]) for d in result["deals"] for p in d["parties"]]
        assert parties == [
            (f"Kallang Therapeutics {form}", "acquirer"),
            ("Brindle Bio GmbH", "target"),
        ], form
