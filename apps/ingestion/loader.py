"""Write one extraction (the contract's JSON shape) for one document into the database.

One transaction per document. facts_sync only orchestrates: each fact app's services.py
finds or creates a fact by its natural key (company_upsert, drug_upsert, deal_upsert,
designation_upsert, event_upsert), curating.py sets its values as curators allow, and this
module writes one Provenance row per fact and drops the rows the document no longer states.
Loading the same extraction twice changes nothing; a fact a curator deleted has a
tombstone (apps/curation) and is not created again.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from apps.companies.models import CompanyEvent
from apps.companies.services import event_upsert
from apps.core.dates import PartialDate
from apps.core.models import ReviewState
from apps.curation.tombstones import designation_tombstoned, is_tombstoned
from apps.deals.models import Deal
from apps.deals.services import deal_upsert
from apps.drugs.services import indication_upsert
from apps.regulatory.services import designation_upsert
from apps.sources.models import Document, Provenance

from .contract import (
    confidence_value,
    deal_values,
    event_values,
    extraction_validate,
    partial_date_values,
    quote_span,
)
from .curating import CuratedWrites, LoadSummary
from .locks import names_lock
from .resolving import Names


def facts_sync(*, document: Document, extraction: dict) -> LoadSummary:
    """Make the database hold what this extraction says about this document. Safe to repeat.

    Raises ExtractionError (and writes nothing) when the extraction breaks the contract.
    """
    extraction_validate(extraction)
    summary = LoadSummary()
    with transaction.atomic():
        names_lock(extraction)
        loader = _Loader(document, summary)
        _document_update(document, extraction["document"])
        for kind, load in [
            ("companies", loader.names.load_company),
            ("companies", loader.names.link_parent),
            ("drugs", loader.names.load_drug),
            ("deals", loader.load_deal),
            ("designations", loader.load_designation),
            ("events", loader.load_event),
        ]:
            for item in extraction[kind]:
                load(item)
        loader.drop_stale()
    return summary


class _Loader:
    """One load's state: the names it resolved (Names) and the facts it cited."""

    def __init__(self, document: Document, summary: LoadSummary):
        self.document = document
        self.summary = summary
        self.writes = CuratedWrites(document, summary)
        self.names = Names(self.writes, cite=self.cite)
        self.touched: set[tuple[int, int]] = set()  # (content type id, object id)

    def load_deal(self, item: dict) -> None:
        named = [(self.names.company_for(p["company"]), p["role"]) for p in item["parties"]]
        # A party a curator deleted (None) stays out; the deal is kept with the others.
        parties = {(company.pk, role) for company, role in named if company is not None}
        ids = {company_id for company_id, _ in parties}
        if not parties:
            return
        key = Deal.tombstone_key(type=item["type"], company_ids=ids)
        deal, created = deal_upsert(
            type=item["type"], company_ids=ids, may_create=lambda: not is_tombstoned(Deal, key)
        )
        if deal is None:
            return  # a curator deleted it
        if created:
            self.writes.created(deal, "deals")
        self.writes.parties(deal, parties)
        self.writes.assign(deal, deal_values(item), kind="deals")
        drugs = [self.names.drug_for(name) for name in item.get("drugs", [])]
        self.writes.relate(deal, "drugs", [drug for drug in drugs if drug is not None])
        indications = [indication_upsert(name=name)[0] for name in item.get("indications", [])]
        self.writes.relate(deal, "indications", indications)
        self.cite(deal, item)

    def load_designation(self, item: dict) -> None:
        drug = self.names.drug_for(item["drug"])
        if drug is None:
            return  # a curator deleted the drug
        agency, kind, indication = item["agency"], item["type"], item.get("indication") or ""
        designation, created = designation_upsert(
            drug=drug,
            agency=agency,
            type=kind,
            indication=indication,
            may_create=lambda: not designation_tombstoned(drug.pk, agency, kind, indication),
        )
        if designation is None:
            return  # a curator deleted it
        if created:
            self.writes.created(designation, "designations")
        values = {
            "status": item.get("status"),
            "indication": indication,
            **partial_date_values("date", item.get("date"), precision_field="date_precision"),
        }
        self.writes.assign(designation, values, kind="designations")
        self.cite(designation, item)

    def load_event(self, item: dict) -> None:
        company = self.names.company_for(item["company"])
        if company is None:
            return  # a curator deleted the company
        when = PartialDate.parse(item.get("date"))
        summary = item.get("summary") or ""
        key = CompanyEvent.tombstone_key(
            company_id=company.pk,
            type=item["type"],
            date=when.date if when else None,
            precision=when.precision if when else "",
            summary=summary,
        )
        event, created = event_upsert(
            company=company,
            type=item["type"],
            when=when,
            summary=summary,
            may_create=lambda: not is_tombstoned(CompanyEvent, key),
        )
        if event is None:
            return  # a curator deleted it
        if created:
            self.writes.created(event, "events")
        self.writes.assign(event, event_values(item), kind="events")
        self.cite(event, item)

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
            "confidence": confidence_value(item.get("confidence")),
        }
        row, created = Provenance.objects.get_or_create(
            document=self.document, content_type=content_type, object_id=fact.pk, defaults=values
        )
        if not created and any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()

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
            if fact.review_state == ReviewState.UNREVIEWED and not fact.curated_fields:
                fact.delete()
                self.summary.count(self.summary.removed, fact._meta.verbose_name_plural)


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
