"""Round 16b: document and sentence mechanisms found by a breaker's invented releases, tested
on other invented ones. Every company, person, product and sentence here is made up.

- the headline is never a "FOR IMMEDIATE RELEASE", contact, e-mail or telephone line, and a
  contact heading above the headline ends no body (the facts under it are still read);
- common abbreviations ("mil.", "approx.", "i.e.", "Jan.") end no sentence, "$90 mil." is
  90 million, and "rights in the U.S. to X" names the U.S. as the territory;
- a word broken by a hyphen at a line's end ("an-\nnounced", "PB-\n17") is read whole,
  while every quote stays verbatim in the text as given;
- a bulleted list under a lead-in line ending in ":" ("has been granted:") tells one
  designation per bullet, of the drug the lead-in names.
"""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.money import find_money
from apps.ingestion.extraction.text import analyse, headline, rejoined
from apps.ingestion.readers import read_document, unwrap_hard_breaks

from .deal_helpers import money, only_deal, roles
from .designation_helpers import designation_tuples

DATELINE = "OMAHA, Neb., March 4, 2026 -- "


# ---------------------------------------------------------------- T1 headline under contacts


@pytest.mark.parametrize(
    "top",
    [
        "FOR IMMEDIATE RELEASE\n\nContact: press@quillonbio.example\n\n",
        "FOR IMMEDIATE RELEASE\nMedia Contacts:\nDana Ferrow\n+1 (402) 555-0187\n"
        "dferrow@quillonbio.example\n\n",
        "Investor Relations:\nTel: +44 20 7946 0321\n\n",
    ],
)
def test_the_headline_is_never_a_contact_line(top):
    title = "Quillon Bio Receives Fast Track Designation for QB-512"
    text = (
        f"{top}{title}\n\n{DATELINE}Quillon Bio, Inc. today announced that the U.S. FDA "
        "has granted Fast Track Designation to QB-512 for the treatment of Alport syndrome.\n"
    )
    assert headline(text) == title
    doc = analyse(text)
    assert doc.title == title
    # the contact heading above the headline ends no body: the telling is a body sentence
    assert doc.body_end == len(text)
    assert designation_tuples(text) == [("QB-512", "FDA", "fast_track", "granted")]


def test_a_contact_heading_under_the_body_still_ends_it():
    text = (
        "Quillon Bio Names New Chief Financial Officer\n\n"
        f"{DATELINE}Quillon Bio, Inc. today named Ames Tolbert its finance chief.\n\n"
        "Contact:\nDana Ferrow\n"
    )
    doc = analyse(text)
    assert doc.title == "Quillon Bio Names New Chief Financial Officer"
    assert doc.body_end == text.index("Contact:")


# ---------------------------------------------------------------- T2 abbreviations


@pytest.mark.parametrize(
    "sentence",
    [
        "Marrowind will pay up to $75 mil. in milestones and approx. $8 million at signing.",
        "Marrowind will pay approx. $8 million upfront, i.e. at closing, plus up to $75 mil. "
        "in development milestones, e.g. on approval.",
    ],
)
def test_abbreviations_end_no_sentence(sentence):
    text = f"Marrowind news\n\n{DATELINE}{sentence} The deal closed on Feb. 12, 2026.\n"
    bodies = [s.text for s in analyse(text).body_sentences()]
    assert sentence in bodies[-2], bodies
    assert bodies[-1] == "The deal closed on Feb. 12, 2026."


@pytest.mark.parametrize(
    ("written", "amount"),
    [("up to $75 mil. in milestones", 75_000_000), ("a $4.5 Mil upfront fee", 4_500_000)],
)
def test_mil_is_million(written, amount):
    found = find_money(written)
    assert [m.amount for m in found] == [amount]


@pytest.mark.parametrize(
    "rights",
    [
        "Ostrava Bio has granted Marrowind exclusive rights in the U.S. to OB-31.",
        "Ostrava Bio has granted Marrowind exclusive development rights in the U.S. for OB-31, "
        "with Ostrava keeping the rest of the world.",
    ],
)
def test_mil_milestones_and_us_territory_in_a_licence(rights):
    text = (
        "Ostrava Bio and Marrowind sign licence\n\n"
        f"{DATELINE}Marrowind Pharmaceuticals Inc. and Ostrava Bio Ltd. announced today that "
        f"{rights[:-1]}. Marrowind will pay approx. $8 million upfront, i.e. on signing, and "
        "up to $75 mil. in milestones. The agreement was signed on Feb. 27, 2026.\n"
    )
    deal = only_deal(text)
    assert deal["territory"] == "the U.S."
    assert deal["terms"]["upfront"] == money(8_000_000)
    assert deal["terms"]["milestones"] == money(75_000_000)
    assert deal["signed_on"] == "2026-02-27"


def test_us_closing_a_sentence_is_no_territory():
    # a sentence's closing "in the U.S." tells where a product sells, not where rights run
    text = (
        "Ostrava Bio earns milestone\n\n"
        f"{DATELINE}Ostrava Bio Ltd. said it will receive a $9 million milestone payment from "
        "Marrowind Pharmaceuticals Inc. under their 2021 license agreement for OB-31, tied to "
        "its first commercial sale in the U.S.\n"
    )
    territories = [d["territory"] for d in extract(text)["deals"]]
    assert "the U.S." not in territories


# ---------------------------------------------------------------- T4 bulleted designations


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        (
            "Tarnwell Therapeutics, Inc. today listed the designations granted to TW-88, its "
            "investigational enzyme therapy for Fabry disease:",
            [
                "- Orphan Drug Designation from the U.S. FDA (May 2022)",
                "- Fast Track Designation from the U.S. FDA (October 2022)",
                "- PRIME designation from the European Medicines Agency (January 2024)",
            ],
        ),
        (
            "Tarnwell Therapeutics, Inc. today announced that TW-88, its investigational enzyme "
            "therapy for Fabry disease, has been granted:",
            [
                "• Orphan Drug Designation by the U.S. FDA in May 2022;",
                "• Fast Track Designation by the U.S. FDA in October 2022; and",
                "• PRIME designation by the European Medicines Agency in January 2024.",
            ],
        ),
    ],
)
def test_a_bulleted_list_under_a_lead_in_gives_one_designation_per_bullet(lead, items):
    bullets = "\n".join(items)
    text = f"Tarnwell designations\n\n{DATELINE}{lead}\n\n{bullets}\n"
    found = extract(text)["designations"]
    assert [(d["drug"], d["agency"], d["type"], d["date"]) for d in found] == [
        ("TW-88", "FDA", "orphan_drug", "2022-05"),
        ("TW-88", "FDA", "fast_track", "2022-10"),
        ("TW-88", "EMA", "prime", "2024-01"),
    ]
    assert [d["quote"] for d in found] == items


def test_a_bulleted_list_under_a_hedged_lead_in_gives_none():
    text = (
        "Tarnwell plans\n\n"
        f"{DATELINE}Tarnwell Therapeutics, Inc. said TW-88 may qualify for:\n\n"
        "- Orphan Drug Designation from the U.S. FDA\n"
        "- Fast Track Designation from the U.S. FDA\n"
    )
    assert designation_tuples(text) == []


# ---------------------------------------------------------------- T3 words broken at line ends

WRAPPED_LICENCE = (
    "Pellinor Bio Licenses PB-\n"
    "17 to Varrow Pharma\n"
    "DENVER, June 2, 2026 -- Pellinor Bio, Inc. (Nasdaq: PLNB) today an-\n"
    "nounced an exclusive license agreement with Varrow Pharma AG for PB-\n"
    "17, a bispecific antibody for multiple mye-\n"
    "loma. Varrow will pay Pellinor an upfront payment of $25 million and\n"
    "Pellinor is eligible for up to $310 million in milestone payments.\n"
)
WRAPPED_COLLABORATION = (
    "Pellinor Bio and Varrow Pharma Enter Collaboration\n"
    "DENVER, June 2, 2026 -- Varrow Pharma AG and Pellinor Bio, Inc. have en-\n"
    "tered into a collaboration and license agreement under which Varrow ob-\n"
    "tains exclusive worldwide rights to PB-17, a small-molecule inhibitor,\n"
    "and Varrow will pay Pellinor an upfront payment of $25 million in cash.\n"
)


@pytest.mark.parametrize("text", [WRAPPED_LICENCE, WRAPPED_COLLABORATION])
def test_words_broken_at_line_ends_are_read_whole_and_quotes_stay_verbatim(text):
    read = read_document(text.encode())
    result = extract(read.text, title=read.title or None)
    deal = only_deal(read.text)
    assert set(roles(deal)) == {"Pellinor Bio, Inc.", "Varrow Pharma AG"}
    assert deal["drugs"] == ["PB-17"]
    assert deal["terms"]["upfront"] == money(25_000_000)
    flat = " ".join(text.split())
    quotes = [i["quote"] for items in result.values() if isinstance(items, list) for i in items]
    assert quotes and all(" ".join(q.split()) in flat for q in quotes), quotes


def test_a_compound_broken_at_its_hyphen_keeps_the_hyphen():
    joined, _ = rejoined("a small-\nmolecule drug; the molecule binds, and a PB-\n17 dose")
    assert joined == "a small-molecule drug; the molecule binds, and a PB-17 dose"
    joined, _ = rejoined("Velo Bio has an-\nnounced a deal")
    assert joined == "Velo Bio has announced a deal"


def test_the_reader_keeps_the_line_break_of_a_broken_word():
    lines = [
        "Velo Bio said on Monday that its board has approved a plan to expand its work on",
        "two programmes in oncology and has today an-",
        "nounced that the company will hire forty new staff at its site near the river.",
        "The company expects the new staff to start work on the programmes during 2027.",
    ]
    text = unwrap_hard_breaks("\n".join(lines))
    assert "today an-\nnounced that" in text
    assert "work on two programmes" in text
