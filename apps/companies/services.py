"""Curation writes on companies."""

from collections.abc import Iterable

from django.db import transaction

from apps.core.services import generic_rows_move, merge_record, merged_delete

from .models import Company, CompanyAlias


def company_merge(*, survivor: Company, others: Iterable[Company], user=None) -> Company:
    """Fold duplicate companies into one, in one transaction.

    Names, listings, deal parties, owned drugs, events, subsidiaries and quotes move to the
    survivor; the duplicates are deleted and the merge is written into its history.
    """
    others = [other for other in others if other.pk != survivor.pk]
    if not others:
        return survivor
    other_ids = {other.pk for other in others}
    with transaction.atomic():
        survivor = Company.objects.select_for_update().get(pk=survivor.pk)
        for other in others:
            _company_absorb(survivor=survivor, other=other, user=user)
        if survivor.parent_id in other_ids:
            # Its parent was a duplicate: the duplicate's own parent is the real one.
            parent_id = Company.objects.get(pk=survivor.parent_id).parent_id
            survivor.parent_id = None if parent_id in other_ids | {survivor.pk} else parent_id
        merge_record(survivor=survivor, others=others, user=user)
        for other in Company.objects.filter(pk__in=other_ids):
            merged_delete(obj=other, survivor=survivor, user=user)
    return survivor


def _company_absorb(*, survivor: Company, other: Company, user) -> None:
    reason = f"merged into {survivor} (id {survivor.pk})"[:100]
    names = set(survivor.aliases.values_list("name", flat=True))
    for alias in other.aliases.all():
        _history(alias, reason, user)
        if alias.name in names:
            alias.delete()
        else:
            alias.company = survivor
            alias.save()
            names.add(alias.name)
    if other.name not in names:
        CompanyAlias.objects.create(company=survivor, name=other.name)
    for listing in other.listings.all():
        _history(listing, reason, user)
        listing.company = survivor
        listing.save()
    for party in other.deal_parties.all():
        _history(party, reason, user)
        taken = party.deal.parties.filter(company=survivor, role=party.role).exists()
        if taken:
            party.delete()
        else:
            party.company = survivor
            party.save()
    for drug in other.drugs.all():
        _history(drug, reason, user)
        drug.owner = survivor
        drug.save()
    for event in other.events.all():
        _history(event, reason, user)
        event.company = survivor
        event.save()
    for subsidiary in other.subsidiaries.exclude(pk=survivor.pk):
        _history(subsidiary, reason, user)
        subsidiary.parent = survivor
        subsidiary.save()
    generic_rows_move(source=other, target=survivor)
    # Lazy: ingestion depends on this app, not the other way round, except for this hook.
    from apps.ingestion.tombstones import tombstones_repoint

    tombstones_repoint(model=Company, old_id=other.pk, new_id=survivor.pk)


def _history(obj, reason: str, user) -> None:
    obj._change_reason = reason
    if user is not None:
        obj._history_user = user
