"""Resolving a disagreement: the curator keeps their value, or takes the extracted one."""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction

from apps.core.services import field_companions
from apps.ingestion.models import Disagreement


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
        fact._change_reason = f"took the extracted {', '.join(sorted(names))}"[:100]
        if user is not None:
            fact._history_user = user
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
