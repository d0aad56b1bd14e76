"""A bullet list whose line breaks were lost runs its items together ("...runwayRevenue rose").

Invented releases only. Each item is read as its own sentence once the text runs long, so
facts are not paired across items.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.text import sentence_spans

HIGHLIGHTS = (
    "Quarter Highlights Tarnwell Bio drew a new US$60 million term loan provided by funds "
    "managed by Corvane Credit Partners, L.P. to extend its cash runway into 2028"
    "Revenue for the half was US$3.1 million, mostly royalties on sales of its licensed "
    "product in Korea, up 9% on the prior half"
    "Work toward the Biologics License Application for its lead cell therapy continued, "
    "with the filing planned for mid-2027 and manufacturing validation under way at its "
    "partner site in Ireland."
)


def pieces(text):
    return [text[start:end] for start, end in sentence_spans(text)]


def test_long_run_together_items_become_sentences_at_each_joint():
    got = pieces(HIGHLIGHTS)
    assert got[0].endswith("into 2028")
    assert got[1].startswith("Revenue for the half")
    assert got[1].endswith("prior half")
    assert got[2].startswith("Work toward")
    assert "".join(got) == HIGHLIGHTS


def test_a_camel_cased_name_in_an_ordinary_sentence_is_not_cut():
    text = "Pulsevia said its partner neuroStim will sell the device in Canada from next year."
    assert pieces(text) == [text]
    # three lower-case letters before the capital ("uniQure") never mark a joint
    long_text = "Investors " + "noted that " * 40 + "uniQure and bioMerix reported."
    assert len(pieces(long_text)) == 1


def test_a_lender_in_one_item_is_no_licensee_of_a_royalty_in_the_next():
    facts = extract(HIGHLIGHTS)
    assert facts["deals"] == []
    assert "Tarnwell Bio" in [c["name"] for c in facts["companies"]]


SHORT_HIGHLIGHTS = (
    "Highlights of the QuarterStarted a Phase 2 trial of KL-12 in psoriasisSigned an exclusive "
    "licence with Harrowgate Bio Ltd. for KL-30 in JapanNamed Ines Vale as Chief Operating "
    "Officer."
)


def test_an_item_opening_with_a_past_tense_is_cut_even_in_a_short_run():
    got = pieces(SHORT_HIGHLIGHTS)
    assert [p.split()[0] for p in got] == ["Highlights", "Started", "Signed", "Named"]
    # camel-cased names end in no "-ed": never cut
    assert pieces("Zorelle said AstraZeneca and SpringWorks agreed.") == [
        "Zorelle said AstraZeneca and SpringWorks agreed."
    ]
