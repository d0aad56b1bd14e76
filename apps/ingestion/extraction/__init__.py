"""Press-release extractor: text in, the extraction contract's facts out (no Django here).

from apps.ingestion.extraction import extract, EXTRACTOR_VERSION
facts = extract(text, title=None)  # dict valid against extraction.schema.json

Speed: a lexicon pattern searched once per sentence is best compiled with
prefilter.prefiltered(pattern, flags) instead of re.compile: the same answers, and the regex
is skipped for a sentence that holds none of the literals every match needs.
"""

from .pipeline import extract
from .text import MAX_TEXT_CHARS, ExtractionInputTooLarge

EXTRACTOR_VERSION = "2026.12.02.1"

__all__ = ["EXTRACTOR_VERSION", "MAX_TEXT_CHARS", "ExtractionInputTooLarge", "extract"]
