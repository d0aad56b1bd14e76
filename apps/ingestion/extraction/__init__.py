"""Press-release extractor: text in, the extraction contract's facts out (no Django here).

from apps.ingestion.extraction import extract, EXTRACTOR_VERSION
facts = extract(text, title=None)  # dict valid against extraction.schema.json
"""

from .pipeline import extract

EXTRACTOR_VERSION = "2026.11.23.3"

__all__ = ["EXTRACTOR_VERSION", "extract"]
