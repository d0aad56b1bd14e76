"""Curation writes shared by every reviewed fact: review decisions, resolved disagreements."""

from collections.abc import Iterable

from django.db import models, transaction
from django.utils import timezone

from apps.core.models import ReviewState


def history_note(obj: models.Model, reason: str, user) -> None:
    """What the next save of `obj` writes into its history: why (at most 100 characters,
    simple-history's column), and who when a user is given."""
    obj._change_reason = reason[:100]
    if user is not None:
        obj._history_user = user


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
