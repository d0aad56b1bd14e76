"""Writes on designations: find-or-create by natural key (drug, agency, type, indication).

As companies.services: no curation here; `may_create` lets the caller refuse a new row.
"""

from collections.abc import Callable

from apps.core.services import always
from apps.drugs.models import Drug

from .models import Designation


def designation_upsert(
    *,
    drug: Drug,
    agency: str,
    type: str,
    indication: str = "",
    may_create: Callable[[], bool] = always,
) -> tuple[Designation | None, bool]:
    """The drug's designation of this agency and type for this indication, else a new one.

    A recap without an indication is the same designation as one that names it (the first
    such), and one naming an indication matches a stored one without. Returns (designation,
    created), or (None, False) when nothing is found and `may_create()` says no.
    """
    same_kind = Designation.objects.filter(drug=drug, agency=agency, type=type)
    designation = same_kind.filter(indication=indication).first() or (
        same_kind.first() if not indication else same_kind.filter(indication="").first()
    )
    if designation is not None:
        return designation, False
    if not may_create():
        return None, False
    designation = Designation.objects.create(
        drug=drug, agency=agency, type=type, indication=indication
    )
    return designation, True
