"""Write one extraction (the contract's JSON shape) for one document into the database.

One transaction per document. Companies and drugs are resolved by every name they go by,
so a fact seen in two releases becomes one row with two provenance rows. Loading the same
extraction twice changes nothing. A field a curator edited (`curated_fields`) is never
overwritten: a differing extracted value is recorded as a Disagreement instead, and
so is any change to a fact a curator approved or rejected. A fact a curator deleted has
a tombstone (tombstones.py) and is not created again.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jsonschema
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, models, transaction
from django.utils.text import slugify

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.core.dates import PartialDate
from apps.core.money import Money
from apps.core.names import fold, name_key
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Drug, DrugAlias, Indication, Target
from apps.ingestion.tombstones import (
    deal_key,
    designation_tombstoned,
    event_key,
    is_tombstoned,
    names_tombstoned,
)
from apps.regulatory.models import Designation
from apps.sources.models import Document, Provenance

SCHEMA_PATH = Path(__file__).with_name("extraction.schema.json")


class ExtractionError(ValueError):
    """The extraction breaks the contract; nothing was written."""


@dataclass
class LoadSummary:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    disagreements: int = 0

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed or self.disagreements)

    def __str__(self) -> str:
        parts = [f"{n} {kind} new" for kind, n in sorted(self.created.items())]
        parts += [f"{n} {kind} updated" for kind, n in sorted(self.updated.items())]
        parts += [f"{n} {kind} gone" for kind, n in sorted(self.removed.items())]
        if self.disagreements:
            parts.append(f"{self.disagreements} curator disagreements")
        return ", ".join(parts) or "no change"


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def extraction_validate(extraction: dict) -> None:
    """Raise ExtractionError naming the first problem: schema, dates or money."""
    errors = sorted(_validator().iter_errors(extraction), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        raise ExtractionError(f"extraction breaks the contract at {where}: {error.message}")
    for path, value in _walk_dates(extraction):
        try:
            PartialDate.parse(value)
        except ValueError as error:
            raise ExtractionError(f"{path}: {error}") from error


def _walk_dates(extraction: dict):
    yield "document/published_on", extraction["document"].get("published_on")
    for i, deal in enumerate(extraction["deals"]):
        yield f"deals/{i}/announced_on", deal.get("announced_on")
        yield f"deals/{i}/signed_on", deal.get("signed_on")
    for i, designation in enumerate(extraction["designations"]):
        yield f"designations/{i}/date", designation.get("date")
    for i, event in enumerate(extraction["events"]):
        yield f"events/{i}/date", event.get("date")


def quote_span(text: str, quote: str | None) -> tuple[int, int] | None:
    """Where the quote stands in the text, whitespace collapsed; None if it is not there."""
    if not quote or not quote.strip():
        return None
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def unique_slug(model: type[models.Model], name: str) -> str:
    base = slugify(name)[:280] or model._meta.model_name
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


SLUG_ATTEMPTS = 5


def named_create(model: type[models.Model], *, name: str) -> models.Model:
    """A new company or drug under a free slug.

    Two names with different keys can still slug alike ("Quorn+Bel", "QuornBel"); when a
    concurrent load takes the slug between our check and our insert, the next one is tried.
    """
    for attempt in range(1, SLUG_ATTEMPTS + 1):
        slug = unique_slug(model, name)
        try:
            with transaction.atomic():  # a savepoint: the document's transaction goes on
                return model.objects.create(name=name, slug=slug)
        except IntegrityError:
            if attempt == SLUG_ATTEMPTS or not model.objects.filter(slug=slug).exists():
                raise  # not a slug taken meanwhile, or taken every time
    raise AssertionError("unreachable")


def names_lock(extraction: dict) -> None:
    """Make loads that name the same company or drug take turns (PostgreSQL advisory locks).

    A name is resolved by its folded key (`name_key`), and a load that finds no company for
    a key creates one. Two loads doing that at once would both miss the other's uncommitted
    company and create two. So, inside the document's transaction and before any lookup,
    each load takes one transaction-scoped lock per company and drug key it names, in sorted
    order (no deadlock between two loads); the second load waits for the first to commit
    and then finds its rows. Loads naming nothing in common still run side by side.
    SQLite needs none: it lets one writer at a time into the database.
    """
    if connection.vendor != "postgresql":
        return
    lock_ids = sorted({_lock_id(kind, name) for kind, name in _names_in(extraction)})
    if not lock_ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(id)"
            " FROM (SELECT id FROM unnest(%s::bigint[]) AS id ORDER BY id) AS ids",
            [lock_ids],
        )


def _lock_id(kind: str, name: str) -> int:
    """A signed 64-bit advisory lock id for one folded name (a collision only waits)."""
    digest = hashlib.blake2b(f"{kind}:{name_key(name)}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _names_in(extraction: dict):
    """(kind, name) for every company and drug name the extraction resolves."""
    for item in extraction["companies"]:
        for name in [item["name"], *item.get("aliases", []), item.get("parent")]:
            if name:
                yield "company", name
    for item in extraction["drugs"]:
        for name in [item["name"], *item.get("aliases", [])]:
            yield "drug", name
        if item.get("owner"):
            yield "company", item["owner"]
    for item in extraction["deals"]:
        for party in item["parties"]:
            yield "company", party["company"]
        for name in item.get("drugs", []):
            yield "drug", name
    for item in extraction["designations"]:
        yield "drug", item["drug"]
    for item in extraction["events"]:
        yield "company", item["company"]


def _confidence(value) -> float | None:
    """An extractor's confidence as stored: a number in [0, 1], else None (never an error)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 <= value <= 1 else None


class _Loader:
    """Holds the per-document state of one load: names resolved so far, facts touched."""

    def __init__(self, document: Document, summary: LoadSummary):
        self.document = document
        self.summary = summary
        self.companies: dict[str, Company] = {}
        self.drugs: dict[str, Drug] = {}
        self.touched: set[tuple[int, int]] = set()  # (content type id, object id)
        self.new: set[tuple[str, int]] = set()  # facts created by this load

    def created(self, fact: models.Model, kind: str) -> None:
        self.new.add((fact._meta.label, fact.pk))
        self.summary.count(self.summary.created, kind)

    # -- provenance ---------------------------------------------------------

    def cite(self, fact: models.Model, item: dict) -> None:
        """The fact's provenance in this document: its quote, and the extractor's optional
        `rule` and `confidence` (a number in [0, 1]; anything else is not stored)."""
        content_type = ContentType.objects.get_for_model(fact)
        self.touched.add((content_type.pk, fact.pk))
        quote = item.get("quote")
        span = quote_span(self.document.text, quote)
        values = {
            "quote": quote or "",
            "start": span[0] if span else None,
            "end": span[1] if span else None,
            "rule": str(item.get("rule") or "")[:100],
            "confidence": _confidence(item.get("confidence")),
        }
        row, created = Provenance.objects.get_or_create(
            document=self.document, content_type=content_type, object_id=fact.pk, defaults=values
        )
        if not created and any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()

    # -- field updates that respect curators --------------------------------

    @staticmethod
    def kept(fact: models.Model, name: str) -> bool:
        """Is this field the curator's? Edited by hand, or the whole fact reviewed."""
        if name in (fact.curated_fields or []):
            return True
        return getattr(fact, "review_state", "unreviewed") != "unreviewed"

    def relate(self, fact: models.Model, name: str, wanted: list[models.Model]) -> None:
        """Add extracted related rows, unless the relation is the curator's."""
        from apps.ingestion.models import Disagreement

        have = list(getattr(fact, name).all())
        have_ids = {row.pk for row in have}
        missing = [row for row in wanted if row.pk not in have_ids]
        if not missing:
            # Nothing to add. Not even an empty .add(): django-simple-history writes a
            # history row for every m2m_changed signal, even one that adds nothing.
            return
        if not self.kept(fact, name):
            getattr(fact, name).add(*missing)
            return
        Disagreement.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(fact),
            object_id=fact.pk,
            field=name,
            document=self.document,
            defaults={
                "curator_value": "; ".join(sorted(str(row) for row in have)),
                "extracted_value": "; ".join(sorted(str(row) for row in {*have, *wanted})),
            },
        )
        self.summary.disagreements += 1

    def assign(self, fact: models.Model, values: dict, *, kind: str) -> None:
        """Set extracted values that are known; curated fields keep the curator's value."""
        from apps.ingestion.models import Disagreement

        changed = []
        for name, value in values.items():
            if value is None or value == "":
                continue  # a release that does not mention a term does not erase it
            current = getattr(fact, name)
            if current == value:
                continue
            if self.kept(fact, name):
                Disagreement.record(fact=fact, field=name, extracted=value, document=self.document)
                self.summary.disagreements += 1
                continue
            setattr(fact, name, value)
            changed.append(name)
        if changed:
            fact.save()
            if (fact._meta.label, fact.pk) not in self.new:
                self.summary.count(self.summary.updated, kind)

    # -- companies ----------------------------------------------------------

    def company_for(self, name: str) -> Company | None:
        """The company this name refers to: seen in this extraction, in the database, or new.

        None when a curator deleted the company: facts naming it are not loaded.
        """
        key = name_key(name)
        if key in self.companies:
            return self.companies[key]
        company = Company.objects.by_name(name).order_by("pk").first()
        if company is None and names_tombstoned(Company, [name]):
            self.companies[key] = None
            return None
        if company is None:
            company = named_create(Company, name=name)
            CompanyAlias.objects.create(company=company, name=name)
            self.created(company, "companies")
        self.companies[key] = company
        return company

    def load_company(self, item: dict) -> Company | None:
        names = [item["name"], *item.get("aliases", [])]
        company = None
        for name in names:
            key = name_key(name)
            company = (
                self.companies.get(key) or Company.objects.by_name(name).order_by("pk").first()
            )
            if company:
                break
        if company is None and names_tombstoned(Company, names):
            self.companies.update({name_key(name): None for name in names})
            return None  # a curator deleted it
        if company is None:
            company = named_create(Company, name=item["name"])
            self.created(company, "companies")
        elif len(item["name"]) > len(company.name) and not self.kept(company, "name"):
            # The fullest formal name wins; the shorter one stays as an alias.
            company.name = item["name"]
            company.save()
            self.summary.count(self.summary.updated, "companies")
        existing = set(company.aliases.values_list("name", flat=True))
        for name in names:
            if name not in existing:
                CompanyAlias.objects.create(company=company, name=name)
                existing.add(name)
        for ticker in item.get("tickers", []):
            self.load_listing(company, ticker)
        for name in names:
            self.companies[name_key(name)] = company
        self.cite(company, item)
        return company

    def load_listing(self, company: Company, ticker: str) -> None:
        try:
            symbol, exchange = Listing.split_ticker(ticker)
        except ValueError as error:
            raise ExtractionError(str(error)) from error
        Listing.objects.get_or_create(
            symbol=symbol, exchange=exchange, defaults={"company": company}
        )

    def link_parent(self, item: dict) -> None:
        if not item.get("parent"):
            return
        company = self.companies[name_key(item["name"])]
        parent = self.company_for(item["parent"])
        if company is None or parent is None:
            return  # one of them was deleted by a curator
        if parent.pk != company.pk:
            self.assign(company, {"parent": parent}, kind="companies")

    # -- drugs --------------------------------------------------------------

    def drug_for(self, name: str) -> Drug | None:
        """The drug this name refers to, or None when a curator deleted it."""
        key = name_key(name)
        if key in self.drugs:
            return self.drugs[key]
        drug = Drug.objects.by_name(name).order_by("pk").first()
        if drug is None and names_tombstoned(Drug, [name]):
            self.drugs[key] = None
            return None
        if drug is None:
            drug = named_create(Drug, name=name)
            DrugAlias.objects.create(drug=drug, name=name)
            self.created(drug, "drugs")
        self.drugs[key] = drug
        return drug

    def load_drug(self, item: dict) -> Drug | None:
        names = [item["name"], *item.get("aliases", [])]
        drug = None
        for name in names:
            drug = (
                self.drugs.get(name_key(name)) or Drug.objects.by_name(name).order_by("pk").first()
            )
            if drug:
                break
        if drug is None and names_tombstoned(Drug, names):
            self.drugs.update({name_key(name): None for name in names})
            return None  # a curator deleted it
        if drug is None:
            drug = named_create(Drug, name=item["name"])
            self.created(drug, "drugs")
        existing = set(drug.aliases.values_list("name", flat=True))
        for name in names:
            if name not in existing:
                DrugAlias.objects.create(drug=drug, name=name)
                existing.add(name)
            self.drugs[name_key(name)] = drug
        owner = self.company_for(item["owner"]) if item.get("owner") else None
        self.assign(drug, {"owner": owner, "modality": item.get("modality")}, kind="drugs")
        self.relate(drug, "targets", [self.target(name) for name in item.get("targets", [])])
        self.relate(
            drug, "indications", [self.indication(name) for name in item.get("indications", [])]
        )
        self.cite(drug, item)
        return drug

    @staticmethod
    def target(name: str) -> Target:
        # get_or_create retries the get when a concurrent load inserted the key first.
        return Target.objects.get_or_create(key=fold(name), defaults={"name": name})[0]

    @staticmethod
    def indication(name: str) -> Indication:
        return Indication.objects.get_or_create(key=fold(name), defaults={"name": name})[0]

    # -- deals --------------------------------------------------------------

    def load_deal(self, item: dict) -> Deal | None:
        named = [(self.company_for(p["company"]), p["role"]) for p in item["parties"]]
        # A party a curator deleted (None) stays out; the deal is kept with the others.
        parties = {(company.pk, role) for company, role in named if company is not None}
        if not parties:
            return None
        company_ids = {company_id for company_id, _ in parties}
        deal = self.find_deal(item["type"], company_ids)
        if deal is None:
            if is_tombstoned(Deal, deal_key(type=item["type"], company_ids=company_ids)):
                return None  # a curator deleted it
            deal = Deal.objects.create(type=item["type"])
            self.created(deal, "deals")
        have = set(deal.parties.values_list("company_id", "role"))
        if not parties <= have and self.kept(deal, "parties"):
            self.party_disagreement(deal, have, parties)
        elif not parties <= have:
            for company_id, role in sorted(parties - have):
                DealParty.objects.create(deal=deal, company_id=company_id, role=role)
        values = {
            "exclusive": item.get("exclusive"),
            "territory": item.get("territory"),
            **_partial_date_values("announced", item.get("announced_on")),
            **_partial_date_values("signed", item.get("signed_on")),
        }
        terms = item.get("terms")
        if terms:
            values["has_terms"] = True
            for term in ("upfront", "milestones", "total_value"):
                amount = Money.from_contract(terms.get(term))
                if amount:
                    values[f"{term}_amount"] = amount.amount
                    values[f"{term}_currency"] = amount.currency
            for flag in ("upfront_disclosed", "milestones_disclosed", "royalties_disclosed"):
                values[flag] = terms.get(flag)
            for term in ("upfront", "milestones"):  # a priced term is disclosed (a CHECK says so)
                if values.get(f"{term}_amount") is not None:
                    values[f"{term}_disclosed"] = True
        self.assign(deal, values, kind="deals")
        drugs = [self.drug_for(name) for name in item.get("drugs", [])]
        self.relate(deal, "drugs", [drug for drug in drugs if drug is not None])
        self.relate(
            deal, "indications", [self.indication(name) for name in item.get("indications", [])]
        )
        self.cite(deal, item)
        return deal

    def party_disagreement(self, deal: Deal, have: set, extracted: set) -> None:
        from apps.ingestion.models import Disagreement

        names = dict(
            Company.objects.filter(pk__in={c for c, _ in have | extracted}).values_list(
                "pk", "name"
            )
        )

        def text(parties):
            return "; ".join(sorted(f"{names[c]} ({role})" for c, role in parties))

        Disagreement.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(deal),
            object_id=deal.pk,
            field="parties",
            document=self.document,
            defaults={"curator_value": text(have), "extracted_value": text(have | extracted)},
        )
        self.summary.disagreements += 1

    @staticmethod
    def find_deal(deal_type: str, company_ids: set[int]) -> Deal | None:
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

    # -- designations -------------------------------------------------------

    def load_designation(self, item: dict) -> Designation | None:
        drug = self.drug_for(item["drug"])
        if drug is None:
            return None  # a curator deleted the drug
        indication = item.get("indication") or ""
        same_kind = Designation.objects.filter(drug=drug, agency=item["agency"], type=item["type"])
        # A recap without an indication is the same designation as one that names it.
        designation = same_kind.filter(indication=indication).first() or (
            same_kind.first() if not indication else same_kind.filter(indication="").first()
        )
        if designation is None:
            if designation_tombstoned(drug.pk, item["agency"], item["type"], indication):
                return None  # a curator deleted it
            designation = Designation.objects.create(
                drug=drug, agency=item["agency"], type=item["type"], indication=indication
            )
            self.created(designation, "designations")
        values = {
            "status": item.get("status"),
            "indication": indication,
            **_partial_date_values("date", item.get("date"), precision_field="date_precision"),
        }
        self.assign(designation, values, kind="designations")
        self.cite(designation, item)
        return designation

    # -- events -------------------------------------------------------------

    def load_event(self, item: dict) -> CompanyEvent | None:
        company = self.company_for(item["company"])
        if company is None:
            return None  # a curator deleted the company
        when = PartialDate.parse(item.get("date"))
        amount = Money.from_contract(item.get("amount"))
        events = CompanyEvent.objects.filter(company=company, type=item["type"])
        if when:
            event = events.filter(date=when.date, date_precision=when.precision).first()
        else:
            event = events.filter(date__isnull=True, summary=item.get("summary") or "").first()
        if event is None:
            key = event_key(
                company_id=company.pk,
                type=item["type"],
                date=when.date if when else None,
                precision=when.precision if when else "",
                summary=item.get("summary") or "",
            )
            if is_tombstoned(CompanyEvent, key):
                return None  # a curator deleted it
            event = CompanyEvent.objects.create(company=company, type=item["type"])
            self.created(event, "events")
        values = {
            "summary": item.get("summary"),
            **_partial_date_values("date", item.get("date"), precision_field="date_precision"),
            "amount_amount": amount.amount if amount else None,
            "amount_currency": amount.currency if amount else None,
        }
        self.assign(event, values, kind="events")
        self.cite(event, item)
        return event

    # -- what this document no longer says ----------------------------------

    def drop_stale(self) -> None:
        """Forget this document's provenance for facts it no longer states.

        A fact left with no source at all is removed, unless a curator has looked at it.
        """
        stale = [
            row
            for row in self.document.provenance.all()
            if (row.content_type_id, row.object_id) not in self.touched
        ]
        for row in stale:
            fact = row.fact
            row.delete()
            if fact is None or Provenance.objects.for_fact(fact).exists():
                continue
            if (
                getattr(fact, "review_state", "unreviewed") == "unreviewed"
                and not fact.curated_fields
            ):
                fact.delete()
                self.summary.count(self.summary.removed, fact._meta.verbose_name_plural)


def _partial_date_values(prefix: str, value: str | None, *, precision_field: str | None = None):
    when = PartialDate.parse(value)
    date_field = prefix if precision_field else f"{prefix}_on"
    precision_field = precision_field or f"{prefix}_precision"
    if when is None:
        return {}
    return {date_field: when.date, precision_field: when.precision}


def facts_sync(*, document: Document, extraction: dict) -> LoadSummary:
    """Make the database hold what this extraction says about this document. Safe to repeat."""
    extraction_validate(extraction)
    summary = LoadSummary()
    with transaction.atomic():
        names_lock(extraction)
        loader = _Loader(document, summary)
        _document_update(document, extraction["document"])
        for item in extraction["companies"]:
            loader.load_company(item)
        for item in extraction["companies"]:
            loader.link_parent(item)
        for item in extraction["drugs"]:
            loader.load_drug(item)
        for item in extraction["deals"]:
            loader.load_deal(item)
        for item in extraction["designations"]:
            loader.load_designation(item)
        for item in extraction["events"]:
            loader.load_event(item)
        loader.drop_stale()
    return summary


def _document_update(document: Document, meta: dict) -> None:
    published = PartialDate.parse(meta.get("published_on"))
    if meta.get("title") and not document.title:
        document.title = meta["title"][:500]
    if published:
        document.published_on = published.date
        document.published_precision = published.precision
    if meta.get("language"):
        document.language = meta["language"]
    document.save()
