"""Curation writes shared by every reviewed fact: review decisions and hand-edited fields."""

from collections.abc import Iterable

from django.db import models, transaction
from django.utils import timezone

from apps.core.models import ReviewState

# Bookkeeping fields: editing them is not a correction of the fact.
NOT_CURATED = {"review_state", "reviewed_by", "reviewed_at", "curated_fields"}


def fact_review(*, fact: models.Model, state: str, user) -> models.Model:
    """Record a curator's decision on one fact, with who and when, in its history."""
    if state not in ReviewState.values:
        raise ValueError(f"unknown review state {state!r}")
    fact.review_state = state
    fact.reviewed_by = user if state != ReviewState.UNREVIEWED else None
    fact.reviewed_at = timezone.now() if state != ReviewState.UNREVIEWED else None
    fact._change_reason = f"review: {state}"
    if user is not None:
        fact._history_user = user
    fact.save()
    return fact


def facts_review(*, facts: Iterable[models.Model], state: str, user) -> int:
    """Review several facts in one transaction; saved one by one so each gets a history row."""
    count = 0
    with transaction.atomic():
        for fact in facts:
            fact_review(fact=fact, state=state, user=user)
            count += 1
    return count


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


# -- merging duplicates ------------------------------------------------------

# Rows that point at a fact through (content_type, object_id), with what makes each unique
# besides the fact itself. A merge must move them, or they would point at a deleted id.
GENERIC_ROWS = {
    "sources.Provenance": ("document_id",),
    "ingestion.Disagreement": ("field", "document_id"),
}


def generic_rows_move(*, source: models.Model, target: models.Model) -> int:
    """Re-point provenance and disagreements from one fact to another of its kind.

    A row the target already has (same document, same field) is dropped, not doubled.
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(type(target))
    moved = 0
    for label, unique in GENERIC_ROWS.items():
        model = apps.get_model(label)
        rows = model.objects.filter(content_type=content_type, object_id=source.pk)
        for row in rows:
            clash = model.objects.filter(
                content_type=content_type,
                object_id=target.pk,
                **{name: getattr(row, name) for name in unique},
            )
            if clash.exists():
                row.delete()
            else:
                row.object_id = target.pk
                row.save(update_fields=["object_id"])
                moved += 1
    return moved


def merge_record(*, survivor: models.Model, others: list, user) -> str:
    """Note a merge in the survivor's history and in the admin log; returns the message."""
    from django.contrib.admin.models import CHANGE, LogEntry

    names = ", ".join(f"{other} (id {other.pk})" for other in others)
    message = f"Merged {names} into this {survivor._meta.verbose_name}."
    survivor._change_reason = message[:100]  # simple-history's change_reason column
    if user is not None:
        survivor._history_user = user
    survivor.save()
    if user is not None:
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=[survivor],
            action_flag=CHANGE,
            change_message=message,
            single_object=True,
        )
    return message


def merged_delete(*, obj: models.Model, survivor: models.Model, user) -> None:
    """Delete a merged duplicate, its history saying where it went."""
    obj._change_reason = f"merged into {survivor} (id {survivor.pk})"[:100]
    if user is not None:
        obj._history_user = user
    obj.delete()
