"""What the drug tests build and read: an invented release with a dateline, every drug name."""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.text import fold

DATELINE = "LEEDS, June 2, 2026 /PRNewswire/ -- "


def release(headline: str, body: str) -> dict:
    """The extraction of an invented release: `headline`, then `body` after a dateline."""
    return extract(f"{headline}\n{DATELINE}{body}")


def all_names(result: dict) -> set[str]:
    """Every drug name and alias of an extraction, folded."""
    return {fold(n) for drug in result["drugs"] for n in [drug["name"], *drug["aliases"]]}
