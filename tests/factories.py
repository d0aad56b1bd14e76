"""Small builders for test data: make_company(name="Akeso"), make_deal(parties=[a, b])."""

import itertools

from apps.companies.models import Company, CompanyAlias, CompanyEvent
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Drug, DrugAlias
from apps.regulatory.models import Designation
from apps.sources.models import Document, Provenance

_numbers = itertools.count(1)


def make_company(name: str | None = None, **overrides) -> Company:
    name = name or f"Company {next(_numbers)} Ltd."
    company = Company.objects.create(
        name=name, slug=overrides.pop("slug", None) or _slug(name), **overrides
    )
    CompanyAlias.objects.create(company=company, name=name)
    return company


def make_drug(name: str | None = None, **overrides) -> Drug:
    name = name or f"drugumab-{next(_numbers)}"
    drug = Drug.objects.create(
        name=name, slug=overrides.pop("slug", None) or _slug(name), **overrides
    )
    DrugAlias.objects.create(drug=drug, name=name)
    return drug


def make_deal(*, parties=None, roles=None, drugs=(), **overrides) -> Deal:
    """parties: companies (made if omitted); roles: one per party, licensor/licensee by default."""
    parties = parties if parties is not None else [make_company(), make_company()]
    roles = roles or (["licensor", "licensee"] + ["partner"] * len(parties))[: len(parties)]
    overrides.setdefault("type", Deal.Type.LICENSE)
    for term in ("upfront", "milestones"):  # a priced term is a disclosed one (a check says so)
        if overrides.get(f"{term}_amount") is not None:
            overrides.setdefault(f"{term}_disclosed", True)
    deal = Deal.objects.create(**overrides)
    for company, role in zip(parties, roles, strict=True):
        DealParty.objects.create(deal=deal, company=company, role=role)
    deal.drugs.add(*drugs)
    return deal


def make_designation(*, drug=None, **overrides) -> Designation:
    overrides.setdefault("agency", Designation.Agency.FDA)
    overrides.setdefault("type", Designation.Type.ORPHAN_DRUG)
    overrides.setdefault("status", Designation.Status.GRANTED)
    return Designation.objects.create(drug=drug or make_drug(), **overrides)


def make_event(*, company=None, **overrides) -> CompanyEvent:
    overrides.setdefault("type", CompanyEvent.Type.FACILITY)
    overrides.setdefault("summary", "Opened a plant")
    return CompanyEvent.objects.create(company=company or make_company(), **overrides)


def make_document(text: str | None = None, **overrides) -> Document:
    document = Document(title=overrides.pop("title", f"Release {next(_numbers)}"), **overrides)
    document.set_text(text or f"Press release number {next(_numbers)}.")
    document.save()
    return document


def cite(fact, document: Document, quote: str) -> Provenance:
    """Give a fact a provenance row in a document (the quote should stand in its text)."""
    start = document.text.find(quote)
    return Provenance.objects.create(
        document=document,
        fact=fact,
        quote=quote,
        start=start if start >= 0 else None,
        end=start + len(quote) if start >= 0 else None,
    )


def _slug(name: str) -> str:
    from django.utils.text import slugify

    return f"{slugify(name) or 'item'}-{next(_numbers)}"


def make_staff(username: str, group: str, *, password: str = "pw-for-tests-only"):
    """A staff user in the Curator or Viewer group (made again if a test flushed them)."""
    import importlib

    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    if not Group.objects.filter(name=group).exists():
        importlib.import_module("apps.core.migrations.0001_groups").groups_create(apps, None)
    user = get_user_model().objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user
