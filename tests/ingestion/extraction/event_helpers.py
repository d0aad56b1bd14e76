"""What the event tests read from the event step alone."""

from apps.ingestion.extraction.events import find_events
from apps.ingestion.extraction.text import analyse


def events(text: str) -> dict:
    """The events `find_events` reads in `text` (no companies given, published 2025-03-03),
    by type; a later event of a type replaces an earlier one."""
    return {e.type: e for e in find_events(analyse(text), None, "2025-03-03")}
