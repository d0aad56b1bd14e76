"""What the designation tests read from an extraction."""

from apps.ingestion.extraction import extract


def designation_tuples(text: str) -> list[tuple]:
    """(drug, agency, type, status) of each designation extracted from `text`, in order."""
    result = extract(text)
    return [(d["drug"], d["agency"], d["type"], d["status"]) for d in result["designations"]]
