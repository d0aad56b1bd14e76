"""Tombstones: what a curator deleted stays deleted when its document is re-ingested.

A tombstone stores the natural key the loader finds a fact by (each fact model's
`tombstone_key`/`tombstone_keys()`), so the loader can tell "new fact" from "fact a curator
threw away". A deleted company or drug gets one per name it went by; facts naming it are
then not loaded either. (A duplicate is merged, not deleted: its names then resolve to the
survivor.)
"""

from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from apps.curation.models import Tombstone
from apps.regulatory.models import Designation
from apps.sources.models import Provenance

# (key split on "|", old id, new id) -> the key naming the new id instead.
KeyRewrite = Callable[[list[str], str, str], str]


def names_tombstoned(model: type[models.Model], names) -> bool:
    """Was a company or drug known by any of these names deleted by a curator?"""
    keys = [model.name_tombstone_key(name) for name in names if name]
    return Tombstone.objects.filter(
        content_type=ContentType.objects.get_for_model(model), key__in=keys
    ).exists()


def is_tombstoned(model: type[models.Model], key: str, *, prefix: bool = False) -> bool:
    """Has a curator deleted this fact? prefix=True matches any key that starts with it."""
    rows = Tombstone.objects.filter(content_type=ContentType.objects.get_for_model(model))
    return rows.filter(key__startswith=key).exists() if prefix else rows.filter(key=key).exists()


def designation_tombstoned(drug_id: int, agency: str, type: str, indication: str) -> bool:
    """Matched the way the loader matches designations: a blank indication is a recap."""
    same = {"drug_id": drug_id, "agency": agency, "type": type}
    key = Designation.tombstone_key(**same, indication=indication)
    blank = Designation.tombstone_key(**same, indication="")
    if not indication:
        return is_tombstoned(Designation, blank, prefix=True)
    return is_tombstoned(Designation, key) or is_tombstoned(Designation, blank)


def fact_delete(*, fact: models.Model, user=None) -> None:
    """Delete a fact for a curator, leaving a tombstone so a re-ingest does not revive it.

    Facts without `tombstone_keys()` (aliases, listings) are deleted without a tombstone.
    """
    keys = fact.tombstone_keys() if hasattr(fact, "tombstone_keys") else []
    with transaction.atomic():
        for key in keys:
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


def tombstones_repoint(*, rewrites: list[tuple[str, KeyRewrite]], old_id: int, new_id: int) -> int:
    """After a merge, tombstones that named the duplicate name the survivor instead.

    `rewrites`: the key prefixes that hold the merged kind's id, each with how to swap it
    (see merges.MergeKind). Without this a deleted fact of the duplicate would come back on
    re-ingest, now found under the survivor's id. Returns how many keys changed.
    """
    moved = 0
    for prefix, rewrite in rewrites:
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


def deal_parties_rewrite(parts: list[str], old: str, new: str) -> str:
    """deal|type|1,2,3: the party ids, one swapped, kept sorted and unique."""
    ids = {new if pk == old else pk for pk in parts[2].split(",") if pk}
    return "|".join([*parts[:2], ",".join(sorted(ids, key=int))])


def second_part_rewrite(parts: list[str], old: str, new: str) -> str:
    """event|company id|... and designation|drug id|...: the id is the second part."""
    if parts[1] == old:
        parts[1] = new
    return "|".join(parts)
