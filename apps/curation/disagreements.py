"""Resolving a disagreement: the curator keeps their value, or takes the extracted one."""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction

from apps.core.curated import field_companions
from apps.curation.models import Disagreement
from apps.curation.services import history_note


def disagreement_accept(*, disagreement: Disagreement, user=None) -> None:
    """Put the extracted value into the fact and mark the disagreement resolved.

    A date comes with its precision and an amount with its currency when the same
    re-ingest disagreed on both. Only plain fields (text, numbers, dates, flags) can be
    taken; a relation (a parent, an owner, parties, drugs) is corrected on the fact's page.
    """
    fact = disagreement.fact
    if fact is None:
        raise ValidationError("the fact no longer exists")
    rows = [disagreement, *_companion_rows(disagreement)]
    with transaction.atomic():
        for row in rows:
            field = _plain_field(fact, row.field)
            setattr(fact, field.attname, _value(field, row.extracted_value))
        names = {row.field for row in rows}
        fact.full_clean(exclude=[f.name for f in fact._meta.fields if f.name not in names])
        _decision_record(fact, rows, "took the extracted", user)


def disagreements_resolve(*, disagreements, user=None) -> int:
    """Mark disagreements resolved, keeping the curators' values; returns how many.

    Each fact concerned gets one history row saying which fields its curator kept (and
    who decided), as taking the extracted value does, so the decision shows in its history.
    Disagreements whose fact is gone are just marked resolved.
    """
    rows = [row for row in disagreements if not row.resolved]
    by_fact: dict = {}
    for row in rows:
        by_fact.setdefault((row.content_type_id, row.object_id), []).append(row)
    with transaction.atomic():
        for fact_rows in by_fact.values():
            _decision_record(fact_rows[0].fact, fact_rows, "kept the curator's", user)
    return len(rows)


def _decision_record(fact, rows: list[Disagreement], decision: str, user) -> None:
    """Save the fact with one history row naming the decision, its fields and who made it
    ("kept the curator's name, country"), then mark the rows resolved. A fact that is gone
    (None) gets no history row; its disagreements are still resolved."""
    if fact is not None:
        history_note(fact, f"{decision} {', '.join(sorted({row.field for row in rows}))}", user)
        fact.save()
    for row in rows:
        row.resolved = True
        row.save(update_fields=["resolved"])


def _companion_rows(disagreement: Disagreement) -> list[Disagreement]:
    return list(
        Disagreement.objects.filter(
            content_type=disagreement.content_type,
            object_id=disagreement.object_id,
            document=disagreement.document,
            field__in=field_companions(disagreement.field),
            resolved=False,
        )
    )


def _plain_field(fact, name: str):
    try:
        field = fact._meta.get_field(name)
    except FieldDoesNotExist as error:
        raise ValidationError(f"{name} is not a field of {fact}") from error
    if field.is_relation or not field.concrete:
        raise ValidationError(f"{name} links to other rows: edit it on the fact")
    return field


def _value(field, text: str):
    """The stored string back as the field's value; the loader wrote it with str()."""
    if text == "None":
        return None
    if field.get_internal_type() in ("BooleanField", "NullBooleanField"):
        return {"True": True, "False": False}.get(text, text)
    return field.to_python(text)
