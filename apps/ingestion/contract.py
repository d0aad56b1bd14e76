"""The extraction contract (../shared/extraction-contract.md) as the loader reads it: the
JSON schema check, and what an item says as model field values."""

import json
import re
from functools import cache
from pathlib import Path

import jsonschema

from apps.core.dates import PartialDate
from apps.core.money import Money

SCHEMA_PATH = Path(__file__).with_name("extraction.schema.json")


class ExtractionError(ValueError):
    """The extraction breaks the contract; nothing was written."""


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def extraction_validate(extraction: dict) -> None:
    """Raise ExtractionError naming the first problem: schema, dates or money."""
    errors = sorted(_validator().iter_errors(extraction), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        raise ExtractionError(f"extraction breaks the contract at {where}: {error.message}")
    for path, value in _walk_dates(extraction):
        try:
            PartialDate.parse(value)
        except ValueError as error:
            raise ExtractionError(f"{path}: {error}") from error


def _walk_dates(extraction: dict):
    yield "document/published_on", extraction["document"].get("published_on")
    for i, deal in enumerate(extraction["deals"]):
        yield f"deals/{i}/announced_on", deal.get("announced_on")
        yield f"deals/{i}/signed_on", deal.get("signed_on")
    for i, designation in enumerate(extraction["designations"]):
        yield f"designations/{i}/date", designation.get("date")
    for i, event in enumerate(extraction["events"]):
        yield f"events/{i}/date", event.get("date")


def quote_span(text: str, quote: str | None) -> tuple[int, int] | None:
    """Where the quote stands in the text, whitespace collapsed; None if it is not there."""
    if not quote or not quote.strip():
        return None
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def confidence_value(value) -> float | None:
    """An extractor's confidence as stored: a number in [0, 1], else None (never an error)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 <= value <= 1 else None


def deal_values(item: dict) -> dict:
    """A deal item's field values: dates, exclusivity, territory and terms (None: unsaid)."""
    values = {
        "exclusive": item.get("exclusive"),
        "territory": item.get("territory"),
        **partial_date_values("announced", item.get("announced_on")),
        **partial_date_values("signed", item.get("signed_on")),
    }
    terms = item.get("terms")
    if terms:
        values["has_terms"] = True
        for term in ("upfront", "milestones", "total_value"):
            amount = Money.from_contract(terms.get(term))
            if amount:
                values[f"{term}_amount"] = amount.amount
                values[f"{term}_currency"] = amount.currency
        for flag in ("upfront_disclosed", "milestones_disclosed", "royalties_disclosed"):
            values[flag] = terms.get(flag)
        for term in ("upfront", "milestones"):  # a priced term is disclosed (a CHECK says so)
            if values.get(f"{term}_amount") is not None:
                values[f"{term}_disclosed"] = True
    return values


def event_values(item: dict) -> dict:
    """An event item's field values: summary, (partial) date and amount (None: unsaid)."""
    amount = Money.from_contract(item.get("amount"))
    return {
        "summary": item.get("summary"),
        **partial_date_values("date", item.get("date"), precision_field="date_precision"),
        "amount_amount": amount.amount if amount else None,
        "amount_currency": amount.currency if amount else None,
    }


def partial_date_values(prefix: str, value: str | None, *, precision_field: str | None = None):
    """{prefix}_on and {prefix}_precision (or `precision_field`) for a partial date."""
    when = PartialDate.parse(value)
    date_field = prefix if precision_field else f"{prefix}_on"
    precision_field = precision_field or f"{prefix}_precision"
    if when is None:
        return {}
    return {date_field: when.date, precision_field: when.precision}
