"""Texts over spaCy's limit are read in chunks; over the extractor's limit, a clear error."""

import pytest

from apps.ingestion.extraction import ExtractionInputTooLarge, extract
from apps.ingestion.extraction import text as text_module

SENTENCE = (
    "Orrin Therapeutics AG signed an agreement with Castell Pharma Ltd. for CP-7 in Japan. "
    "The weather was calm and nothing else happened on the day. "
)


@pytest.fixture
def small_spacy_limit(monkeypatch):
    """spaCy's E088 limit (1,000,000 characters) scaled down so the test stays fast."""
    pipeline = text_module.nlp()
    monkeypatch.setattr(pipeline, "max_length", 5_000)
    monkeypatch.setattr(text_module, "CHUNK_CHARS", 2_000)
    return pipeline


def test_a_single_line_text_over_spacys_limit_is_extracted_in_chunks(small_spacy_limit):
    text = "Update\n\nBOSTON, May 6, 2025 -- " + SENTENCE * 200  # one 29 KB line
    result = extract(text + "Later, Velmir Bio plc announced a partnership with Orrin.")
    assert {c["name"] for c in result["companies"]} >= {"Orrin Therapeutics AG"}
    doc = text_module.analyse(text)
    assert doc.spacy_doc.text == text
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert len([s for s in doc.sentences if "signed an agreement" in s.text]) == 200


def test_chunks_end_at_sentence_ends_and_keep_every_character():
    text = SENTENCE * 100
    chunks = text_module.text_chunks(text, 1_000)
    assert "".join(chunks) == text
    assert all(len(c) <= 1_000 for c in chunks)
    assert all(c.endswith(". ") for c in chunks[:-1])


def test_an_unbroken_run_is_cut_anyway():
    chunks = text_module.text_chunks("x" * 2_500, 1_000)
    assert [len(c) for c in chunks] == [1_000, 1_000, 500]


def test_a_text_over_the_extractors_limit_gets_a_clear_error(monkeypatch):
    monkeypatch.setattr(text_module, "MAX_TEXT_CHARS", 1_000)
    with pytest.raises(ExtractionInputTooLarge, match="over the extractor's limit of 1,000"):
        extract(SENTENCE * 20)
