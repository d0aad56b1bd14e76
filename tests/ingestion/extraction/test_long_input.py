"""Long texts are read whole; over the extractor's limit, a clear error and nothing extracted."""

import pytest

from apps.ingestion.extraction import ExtractionInputTooLarge, extract
from apps.ingestion.extraction import text as text_module

SENTENCE = (
    "Orrin Therapeutics AG signed an agreement with Castell Pharma Ltd. for CP-7 in Japan. "
    "The weather was calm and nothing else happened on the day. "
)


def test_a_single_line_text_of_a_million_characters_is_split_into_its_sentences(monkeypatch):
    monkeypatch.setattr(text_module, "MAX_TEXT_CHARS", 2_000_000)  # the splitter, not the limit
    text = "Update\n\nBOSTON, May 6, 2025 -- " + SENTENCE * 7_000  # one 1 MB line
    doc = text_module.analyse(text)
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert len([s for s in doc.sentences if "signed an agreement" in s.text]) == 7_000
    assert len(text) > 1_000_000


def test_a_long_release_still_finds_its_parties():
    text = "Update\n\nBOSTON, May 6, 2025 -- " + SENTENCE * 200
    result = extract(text + "Later, Velmir Bio plc announced a partnership with Orrin.")
    assert {c["name"] for c in result["companies"]} >= {"Orrin Therapeutics AG"}


def test_a_text_over_the_extractors_limit_gets_a_clear_error(monkeypatch):
    monkeypatch.setattr(text_module, "MAX_TEXT_CHARS", 1_000)
    with pytest.raises(ExtractionInputTooLarge, match="over the extractor's limit of 1,000"):
        extract(SENTENCE * 20)


def test_a_text_with_no_stops_for_pages_is_read_in_bounded_pieces():
    from apps.ingestion.extraction.text import MAX_SENTENCE_CHARS, sentence_spans

    clause = "Orla Bio ASA licensed OB-12 to Tarn Therapeutics Inc. for EUR 5 million, "
    text = clause * 200  # 15,000 characters and no full stop
    spans = sentence_spans(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert "".join(text[s:e] for s, e in spans) == text  # the pieces still cover the text
    assert all(text[e - 1] == "," for _, e in spans[:-1])  # cut after a clause


def test_a_text_over_half_a_million_characters_is_refused_with_its_size():
    with pytest.raises(ExtractionInputTooLarge, match="500,000"):
        extract("Update\n\nBOSTON, May 6, 2025 -- " + SENTENCE * 4_000)  # about 580,000


def test_a_spaceless_run_of_capitals_is_read_in_linear_time():
    """A hex or id dump in capitals made name patterns quadratic (20,000 letters took 56 s)."""
    import time

    text = "Update\n\nBOSTON, May 6, 2025 -- Orrin Therapeutics AG said " + "A" * 40_000 + ".\n"
    started = time.process_time()
    extract(text)
    assert time.process_time() - started < 10  # measured 1 s; quadratic was minutes
