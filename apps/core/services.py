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
    """The fields a curator has touched so far, plus these, bookkeeping left out."""
    merged = list(current or [])
    for name in changed:
        if name not in NOT_CURATED and name not in merged:
            merged.append(name)
    return merged
