"""Writes on companies and their events: find-or-create by natural key.

The upserts know nothing of curation: a caller that must not create a row (a curator
deleted it) passes `may_create`, asked only when nothing is found. Field values are the
caller's to set (the loader keeps what curators edited).
"""

from collections.abc import Callable, Sequence

from apps.core.dates import DatePrecision, PartialDate
from apps.core.services import always, named_upsert

from .models import Company, CompanyEvent


def company_upsert(
    *,
    name: str,
    aliases: Sequence[str] = (),
    record_names: bool = True,
    may_create: Callable[[], bool] = always,
) -> tuple[Company | None, bool]:
    """The company known by `name` or any of `aliases` (folded, the first found wins), else
    a new one named `name`; returns (company, created), or (None, False) when nothing is
    found and `may_create()` says no.

    A new company gets every given name as an alias. A found one gets the names it lacks
    when `record_names` (a company's own entry in a release), not when it is only named
    (a deal party, an owner), so a passing mention adds no alias.
    """
    return named_upsert(
        Company, name=name, aliases=aliases, record_names=record_names, may_create=may_create
    )


def event_upsert(
    *,
    company: Company,
    type: str,
    when: PartialDate | None,
    summary: str = "",
    may_create: Callable[[], bool] = always,
) -> tuple[CompanyEvent | None, bool]:
    """The company's event of this type on this (partial) date, or, undated, with this
    summary; else a new one with that date and summary. Returns (event, created), or
    (None, False) when nothing is found and `may_create()` says no."""
    events = CompanyEvent.objects.filter(company=company, type=type)
    if when:
        event = events.filter(date=when.date, date_precision=when.precision).first()
    else:
        event = events.filter(date__isnull=True, summary=summary or "").first()
    if event is not None:
        return event, False
    if not may_create():
        return None, False
    event = CompanyEvent.objects.create(
        company=company,
        type=type,
        date=when.date if when else None,
        date_precision=when.precision if when else DatePrecision.DAY,
        summary=summary or "",
    )
    return event, True
