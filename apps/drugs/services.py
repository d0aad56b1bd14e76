"""Writes on drugs, targets and indications: find-or-create by natural key.

As companies.services: no curation here; `may_create` lets the caller refuse a new row.
"""

from collections.abc import Callable, Sequence

from apps.core.names import fold
from apps.core.services import always, named_upsert

from .models import Drug, Indication, Target


def drug_upsert(
    *,
    name: str,
    aliases: Sequence[str] = (),
    record_names: bool = True,
    may_create: Callable[[], bool] = always,
) -> tuple[Drug | None, bool]:
    """The drug known by `name` or any of `aliases` (folded, the first found wins), else a
    new one named `name`; returns (drug, created), or (None, False) when nothing is found
    and `may_create()` says no. Names are recorded as aliases as in company_upsert."""
    return named_upsert(
        Drug, name=name, aliases=aliases, record_names=record_names, may_create=may_create
    )


def target_upsert(*, name: str) -> tuple[Target, bool]:
    """The target known by this name (folded), else a new one; (target, created)."""
    # get_or_create retries the get when a concurrent load inserted the key first.
    return Target.objects.get_or_create(key=fold(name), defaults={"name": name})


def indication_upsert(*, name: str) -> tuple[Indication, bool]:
    """The indication known by this name (folded), else a new one; (indication, created)."""
    return Indication.objects.get_or_create(key=fold(name), defaults={"name": name})
