"""Writes on deals: find-or-create by natural key (type and party set).

As companies.services: no curation here; `may_create` lets the caller refuse a new row.
"""

from collections.abc import Callable, Iterable

from django.db import models

from apps.core.services import always

from .models import Deal, DealParty


def deal_upsert(
    *, type: str, company_ids: Iterable[int], may_create: Callable[[], bool] = always
) -> tuple[Deal | None, bool]:
    """The deal of this type whose parties are exactly these companies, else a new one
    (with no parties yet: the caller adds them, see deal_parties_add). Returns (deal,
    created), or (None, False) when nothing is found and `may_create()` says no."""
    deal = deal_find(type, set(company_ids))
    if deal is not None:
        return deal, False
    if not may_create():
        return None, False
    return Deal.objects.create(type=type), True


def deal_find(deal_type: str, company_ids: set[int]) -> Deal | None:
    """A deal is known by its type and the set of companies party to it.

    One query: deals with a party row for each of these companies and no other company.
    (Reading the parties of every deal that shares one company made a release with N
    deals for one licensor cost N^2 queries.)
    """
    deals = Deal.objects.filter(type=deal_type)
    for company_id in sorted(company_ids):
        deals = deals.filter(
            pk__in=DealParty.objects.filter(company_id=company_id).values("deal_id")
        )
    return (
        deals.annotate(companies=models.Count("parties__company", distinct=True))
        .filter(companies=len(company_ids))
        .order_by("pk")
        .first()
    )


def deal_parties_add(*, deal: Deal, parties: Iterable[tuple[int, str]]) -> int:
    """Add the (company id, role) parties the deal lacks; returns how many were added."""
    have = set(deal.parties.values_list("company_id", "role"))
    missing = sorted(set(parties) - have)
    for company_id, role in missing:
        DealParty.objects.create(deal=deal, company_id=company_id, role=role)
    return len(missing)
