"""Merging duplicates: one service, configured per kind of fact (companies, drugs).

`fact_merge` does what every merge does, in one transaction: each duplicate's names become
aliases of the survivor, its kind-specific rows move (`MergeKind.absorb`), its quotes and
disagreements move, tombstones that named it name the survivor, the merge is written into
the survivor's history and the admin log, and the duplicates are deleted.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from apps.companies.models import Company, CompanyAlias
from apps.curation.models import Disagreement
from apps.curation.services import history_note
from apps.curation.tombstones import (
    KeyRewrite,
    deal_parties_rewrite,
    second_part_rewrite,
    tombstones_repoint,
)
from apps.drugs.models import Drug, DrugAlias
from apps.sources.models import Provenance

# Rows that point at a fact through (content_type, object_id), with what makes each unique
# besides the fact itself. A merge must move them, or they would point at a deleted id.
GENERIC_ROWS = {
    Provenance: ("document_id",),
    Disagreement: ("field", "document_id"),
}


@dataclass(frozen=True)
class MergeKind:
    """How one kind of fact is merged.

    model: Company or Drug; alias_model: its alias model, whose `owner_field` points at it;
    absorb(survivor, other, reason, user): moves the rows only this kind has;
    finish(survivor, other_ids): fixes the survivor itself before it is saved;
    tombstone_rewrites: the tombstone key prefixes that hold this kind's id, and how to swap it.
    """

    model: type[models.Model]
    alias_model: type[models.Model]
    owner_field: str
    absorb: Callable
    finish: Callable = lambda survivor, other_ids: None
    tombstone_rewrites: list[tuple[str, KeyRewrite]] = field(default_factory=list)


def fact_merge(*, kind: MergeKind, survivor, others: Iterable, user=None):
    """Fold duplicates of one kind into `survivor`, in one transaction; returns the survivor."""
    others = [other for other in others if other.pk != survivor.pk]
    if not others:
        return survivor
    other_ids = {other.pk for other in others}
    with transaction.atomic():
        survivor = kind.model.objects.select_for_update().get(pk=survivor.pk)
        for other in others:
            reason = f"merged into {survivor} (id {survivor.pk})"[:100]
            _aliases_move(kind, survivor=survivor, other=other, reason=reason, user=user)
            kind.absorb(survivor, other, reason, user)
            generic_rows_move(source=other, target=survivor)
            tombstones_repoint(
                rewrites=kind.tombstone_rewrites, old_id=other.pk, new_id=survivor.pk
            )
        kind.finish(survivor, other_ids)
        merge_record(survivor=survivor, others=others, user=user)
        for other in kind.model.objects.filter(pk__in=other_ids):
            merged_delete(obj=other, survivor=survivor, user=user)
    return survivor


def _aliases_move(kind: MergeKind, *, survivor, other, reason: str, user) -> None:
    """The duplicate's aliases and its own name become the survivor's aliases, once each."""
    names = set(survivor.aliases.values_list("name", flat=True))
    for alias in other.aliases.all():
        history_note(alias, reason, user)
        if alias.name in names:
            alias.delete()
        else:
            setattr(alias, kind.owner_field, survivor)
            alias.save()
            names.add(alias.name)
    if other.name not in names:
        kind.alias_model.objects.create(**{kind.owner_field: survivor, "name": other.name})


def rows_repoint(rows, *, field_name: str, survivor, reason: str, user) -> None:
    """Point each row's `field_name` at the survivor, each change in the row's history."""
    for row in rows:
        history_note(row, reason, user)
        setattr(row, field_name, survivor)
        row.save()


def generic_rows_move(*, source: models.Model, target: models.Model) -> int:
    """Re-point provenance and disagreements from one fact to another of its kind.

    A row the target already has (same document, same field) is dropped, not doubled.
    """
    content_type = ContentType.objects.get_for_model(type(target))
    moved = 0
    for model, unique in GENERIC_ROWS.items():
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
    names = ", ".join(f"{other} (id {other.pk})" for other in others)
    message = f"Merged {names} into this {survivor._meta.verbose_name}."
    history_note(survivor, message[:100], user)  # simple-history's change_reason column
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
    history_note(obj, f"merged into {survivor} (id {survivor.pk})"[:100], user)
    obj.delete()


# -- companies ---------------------------------------------------------------


def _company_absorb(survivor: Company, other: Company, reason: str, user) -> None:
    moves = {"survivor": survivor, "reason": reason, "user": user}
    rows_repoint(other.listings.all(), field_name="company", **moves)
    for party in other.deal_parties.all():
        history_note(party, reason, user)
        if party.deal.parties.filter(company=survivor, role=party.role).exists():
            party.delete()
        else:
            party.company = survivor
            party.save()
    rows_repoint(other.drugs.all(), field_name="owner", **moves)
    rows_repoint(other.events.all(), field_name="company", **moves)
    rows_repoint(other.subsidiaries.exclude(pk=survivor.pk), field_name="parent", **moves)


def _company_finish(survivor: Company, other_ids: set[int]) -> None:
    if survivor.parent_id in other_ids:
        # Its parent was a duplicate: the duplicate's own parent is the real one.
        parent_id = Company.objects.get(pk=survivor.parent_id).parent_id
        survivor.parent_id = None if parent_id in other_ids | {survivor.pk} else parent_id


COMPANY = MergeKind(
    model=Company,
    alias_model=CompanyAlias,
    owner_field="company",
    absorb=_company_absorb,
    finish=_company_finish,
    tombstone_rewrites=[("deal", deal_parties_rewrite), ("event", second_part_rewrite)],
)


def company_merge(*, survivor: Company, others: Iterable[Company], user=None) -> Company:
    """Fold duplicate companies into one, in one transaction.

    Names, listings, deal parties, owned drugs, events, subsidiaries and quotes move to the
    survivor; the duplicates are deleted and the merge is written into its history.
    """
    return fact_merge(kind=COMPANY, survivor=survivor, others=others, user=user)


# -- drugs -------------------------------------------------------------------


def _drug_absorb(survivor: Drug, other: Drug, reason: str, user) -> None:
    if survivor.owner_id is None and other.owner_id is not None:
        survivor.owner_id = other.owner_id
    survivor.targets.add(*other.targets.all())
    survivor.indications.add(*other.indications.all())
    for designation in other.designations.all():
        history_note(designation, reason, user)
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


DRUG = MergeKind(
    model=Drug,
    alias_model=DrugAlias,
    owner_field="drug",
    absorb=_drug_absorb,
    tombstone_rewrites=[("designation", second_part_rewrite)],
)


def drug_merge(*, survivor: Drug, others: Iterable[Drug], user=None) -> Drug:
    """Fold duplicate drugs into one, in one transaction.

    Code names, targets, indications, designations, deals and quotes move to the survivor;
    the duplicates are deleted and the merge is written into its history.
    """
    return fact_merge(kind=DRUG, survivor=survivor, others=others, user=user)
