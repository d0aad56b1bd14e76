"""Tombstones: what a curator deleted stays deleted when its document is re-ingested.

A tombstone stores the natural key the loader finds a fact by, so the loader can tell
"new fact" from "fact a curator threw away". A deleted company or drug gets one per name
it went by; facts naming it are then not loaded either. (A duplicate is merged, not
deleted: its names then resolve to the survivor.)
"""

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from apps.core.names import fold, name_key


def name_tombstone_key(model: type[models.Model], name: str) -> str:
    """A deleted company or drug is known by each of its names, folded as the loader folds."""
    return f"{model._meta.model_name}|{name_key(name)}"


def names_tombstoned(model: type[models.Model], names) -> bool:
    from apps.ingestion.models import Tombstone

    keys = [name_tombstone_key(model, name) for name in names if name]
    return Tombstone.objects.filter(
        content_type=ContentType.objects.get_for_model(model), key__in=keys
    ).exists()


def deal_key(*, type: str, company_ids) -> str:
    return "deal|{}|{}".format(type, ",".join(str(pk) for pk in sorted(set(company_ids))))


def designation_key(*, drug_id: int, agency: str, type: str, indication: str) -> str:
    return f"designation|{drug_id}|{agency}|{type}|{fold(indication or '')}"


def event_key(*, company_id: int, type: str, date: dt.date | None, precision: str, summary: str):
    if date is not None:
        return f"event|{company_id}|{type}|{date.isoformat()}|{precision}"
    return f"event|{company_id}|{type}||{fold(summary or '')}"


def fact_keys(fact: models.Model) -> list[str]:
    """The tombstone keys of a fact: its natural key, or one per name for companies and drugs."""
    label = fact._meta.label
    if label == "deals.Deal":
        parties = fact.parties.values_list("company_id", flat=True)
        return [deal_key(type=fact.type, company_ids=parties)]
    if label == "regulatory.Designation":
        return [
            designation_key(
                drug_id=fact.drug_id, agency=fact.agency, type=fact.type, indication=fact.indication
            )
        ]
    if label == "companies.CompanyEvent":
        return [
            event_key(
                company_id=fact.company_id,
                type=fact.type,
                date=fact.date,
                precision=fact.date_precision,
                summary=fact.summary,
            )
        ]
    if label in ("companies.Company", "drugs.Drug"):
        names = {fact.name, *fact.aliases.values_list("name", flat=True)}
        return sorted({name_tombstone_key(type(fact), name) for name in names})
    return []


def is_tombstoned(model: type[models.Model], key: str, *, prefix: bool = False) -> bool:
    """Has a curator deleted this fact? prefix=True matches any key that starts with it."""
    from apps.ingestion.models import Tombstone

    rows = Tombstone.objects.filter(content_type=ContentType.objects.get_for_model(model))
    return rows.filter(key__startswith=key).exists() if prefix else rows.filter(key=key).exists()


def designation_tombstoned(drug_id: int, agency: str, type: str, indication: str) -> bool:
    """Matched the way the loader matches designations: a blank indication is a recap."""
    from apps.regulatory.models import Designation

    key = designation_key(drug_id=drug_id, agency=agency, type=type, indication=indication)
    blank = designation_key(drug_id=drug_id, agency=agency, type=type, indication="")
    if not indication:
        return is_tombstoned(Designation, blank, prefix=True)
    return is_tombstoned(Designation, key) or is_tombstoned(Designation, blank)


def fact_delete(*, fact: models.Model, user=None) -> None:
    """Delete a fact for a curator, leaving a tombstone so a re-ingest does not revive it."""
    from apps.ingestion.models import Tombstone
    from apps.sources.models import Provenance

    with transaction.atomic():
        for key in fact_keys(fact):
            Tombstone.objects.get_or_create(
                content_type=ContentType.objects.get_for_model(fact),
                key=key,
                defaults={"label": str(fact)[:500], "deleted_by": user},
            )
        if hasattr(fact, "sources"):
            # A generic relation would cascade anyway; explicit so no quote dangles.
            Provenance.objects.for_fact(fact).delete()
        if user is not None:
            fact._history_user = user
        fact._change_reason = "deleted by curator"
        fact.delete()


def tombstones_repoint(*, model: type[models.Model], old_id: int, new_id: int) -> int:
    """After a merge, tombstones that named the duplicate name the survivor instead.

    `model` is Company or Drug. Without this a deleted fact of the duplicate would come
    back on re-ingest, now found under the survivor's id.
    """
    from apps.ingestion.models import Tombstone

    moved = 0
    for prefix, rewrite in _KEY_REWRITES[model._meta.label]:
        for tombstone in Tombstone.objects.filter(key__startswith=prefix + "|"):
            key = rewrite(tombstone.key.split("|"), str(old_id), str(new_id))
            if key == tombstone.key:
                continue
            clash = Tombstone.objects.filter(content_type=tombstone.content_type, key=key)
            if clash.exists():
                tombstone.delete()
            else:
                tombstone.key = key
                tombstone.save(update_fields=["key"])
                moved += 1
    return moved


def _deal_parties(parts: list[str], old: str, new: str) -> str:
    ids = {new if pk == old else pk for pk in parts[2].split(",") if pk}
    return "|".join([*parts[:2], ",".join(sorted(ids, key=int))])


def _second(parts: list[str], old: str, new: str) -> str:
    if parts[1] == old:
        parts[1] = new
    return "|".join(parts)


# model: the kinds of tombstone whose key holds its id, and how to swap the id.
_KEY_REWRITES = {
    "companies.Company": [("deal", _deal_parties), ("event", _second)],
    "drugs.Drug": [("designation", _second)],
}
