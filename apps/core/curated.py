"""The rule of the Reviewed base's `curated_fields` column: which fields a curator's edit covers.

Admin edits (apps/curation), spreadsheet imports (core.resources) and disagreements all
mark fields curated through curated_fields_merge, so a date and its precision, or an amount
and its currency, are always curated together.
"""

from collections.abc import Iterable

# Bookkeeping fields: editing them is not a correction of the fact.
NOT_CURATED = {"review_state", "reviewed_by", "reviewed_at", "curated_fields"}


def curated_fields_merge(*, current: list[str] | None, changed: Iterable[str]) -> list[str]:
    """The fields a curator has touched so far, plus these, bookkeeping left out.

    A date and its precision, an amount and its currency, are one value: curating one
    half curates both, so a re-ingest cannot pair the curator's date with its precision.
    """
    merged = list(current or [])
    for name in changed:
        for each in (name, *field_companions(name)):
            if each not in NOT_CURATED and each not in merged:
                merged.append(each)
    return merged


def field_companions(name: str) -> tuple[str, ...]:
    """The other half of a two-field value: a date's precision, an amount's currency."""
    if name.endswith("_on"):
        return (name.removesuffix("_on") + "_precision",)
    if name.endswith("_precision"):
        stem = name.removesuffix("_precision")
        return ("date",) if stem == "date" else (stem + "_on",)
    if name == "date":
        return ("date_precision",)
    if name.endswith("_amount"):
        return (name.removesuffix("_amount") + "_currency",)
    if name.endswith("_currency"):
        return (name.removesuffix("_currency") + "_amount",)
    return ()
