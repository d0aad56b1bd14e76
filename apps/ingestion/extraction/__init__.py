"""Press-release extractor: text in, the extraction contract's facts out (no Django here).

from apps.ingestion.extraction import extract, EXTRACTOR_VERSION
facts = extract(text, title=None)  # dict valid against extraction.schema.json
"""

from .pipeline import extract
from .text import MAX_TEXT_CHARS, ExtractionInputTooLarge

EXTRACTOR_VERSION = "2026.12.01.3"

__all__ = ["EXTRACTOR_VERSION", "MAX_TEXT_CHARS", "ExtractionInputTooLarge", "extract"]
