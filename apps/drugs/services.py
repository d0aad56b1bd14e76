"""Curation writes on drugs."""

from collections.abc import Iterable

from django.db import transaction

from apps.core.services import generic_rows_move, merge_record, merged_delete

from .models import Drug, DrugAlias


def drug_merge(*, survivor: Drug, others: Iterable[Drug], user=None) -> Drug:
    """Fold duplicate drugs into one, in one transaction.

    Code names, targets, indications, designations, deals and quotes move to the survivor;
    the duplicates are deleted and the merge is written into its history.
    """
    others = [other for other in others if other.pk != survivor.pk]
    if not others:
        return survivor
    with transaction.atomic():
        survivor = Drug.objects.select_for_update().get(pk=survivor.pk)
        for other in others:
            _drug_absorb(survivor=survivor, other=other, user=user)
        merge_record(survivor=survivor, others=others, user=user)
        for other in Drug.objects.filter(pk__in=[other.pk for other in others]):
            merged_delete(obj=other, survivor=survivor, user=user)
    return survivor


def _drug_absorb(*, survivor: Drug, other: Drug, user) -> None:
    reason = f"merged into {survivor} (id {survivor.pk})"[:100]
    names = set(survivor.aliases.values_list("name", flat=True))
    for alias in other.aliases.all():
        _history(alias, reason, user)
        if alias.name in names:
            alias.delete()
        else:
            alias.drug = survivor
            alias.save()
            names.add(alias.name)
    if other.name not in names:
        DrugAlias.objects.create(drug=survivor, name=other.name)
    if survivor.owner_id is None and other.owner_id is not None:
        survivor.owner_id = other.owner_id
    survivor.targets.add(*other.targets.all())
    survivor.indications.add(*other.indications.all())
    for designation in other.designations.all():
        _history(designation, reason, user)
        twin = survivor.designations.filter(
            agency=designation.agency, type=designation.type, indication=designation.indication
        ).first()
        if twin is None:
            designation.drug = survivor
            designation.save()
        else:
            # The same designation under both names: one row, both quotes.
            generic_rows_move(source=designation, target=twin)
            designation.delete()
    for deal in other.deals.all():
        deal.drugs.add(survivor)
        deal.drugs.remove(other)
    generic_rows_move(source=other, target=survivor)
    # Lazy: ingestion depends on this app, not the other way round, except for this hook.
    from apps.ingestion.tombstones import tombstones_repoint

    tombstones_repoint(model=Drug, old_id=other.pk, new_id=survivor.pk)


def _history(obj, reason: str, user) -> None:
    obj._change_reason = reason
    if user is not None:
        obj._history_user = user
