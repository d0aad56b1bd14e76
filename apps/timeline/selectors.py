"""Cross-app reads: a company's timeline, the home page and search."""

from dataclasses import dataclass
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import F, Prefetch, Q

from apps.companies.models import Company, CompanyEvent
from apps.companies.selectors import companies_for_listing, company_ids_matching
from apps.core.dates import PartialDate
from apps.core.filters import last_day
from apps.core.templatetags.browse import fact_url
from apps.deals.models import Deal
from apps.deals.selectors import deal_ids_matching, deals_for_listing
from apps.drugs.models import Drug
from apps.drugs.selectors import drug_ids_matching, drugs_for_listing
from apps.regulatory.models import Designation
from apps.regulatory.selectors import designations_for_listing
from apps.sources.models import Document

# The GIN index on this expression is created by sources migration 0002_document_search_index.
DOCUMENT_VECTOR = SearchVector("title", "text", config="simple")
SEARCH_LIMIT = 20


@dataclass(frozen=True)
class TimelineEntry:
    """One fact on a timeline: a deal, a designation of one of the company's drugs, an event."""

    kind: str  # deal | designation | event
    fact: Any
    when: PartialDate | None
    title: str
    type_label: str

    @property
    def url(self) -> str:
        return fact_url(self.fact)

    @property
    def year(self):
        return self.when.date.year if self.when else None

    @property
    def sort_key(self):
        # Newest first; facts without a date go last.
        return (self.when is not None, self.when.date if self.when else None, self.fact.pk)


def _dated(queryset, field: str, data: dict):
    if data.get("date_after"):
        queryset = queryset.filter(**{f"{field}__gte": data["date_after"].date})
    if data.get("date_before"):
        queryset = queryset.filter(**{f"{field}__lte": last_day(data["date_before"])})
    return queryset


def _deal_entries(company_ids, data):
    deals = deals_for_listing().with_company(company_ids)
    if data.get("deal_type"):
        deals = deals.filter(type__in=data["deal_type"])
    deals = _dated(deals, "announced_on", data)
    return [
        TimelineEntry("deal", deal, deal.announced, _deal_title(deal), deal.get_type_display())
        for deal in deals
    ]


def _deal_title(deal: Deal) -> str:
    parties = " · ".join(
        f"{party.company.name} ({party.get_role_display().lower()})" for party in deal.parties.all()
    )
    return f"{deal.get_type_display()}: {parties}" if parties else deal.get_type_display()


def _designation_entries(company_ids, data):
    designations = designations_for_listing().filter(drug__owner_id__in=company_ids)
    if data.get("agency"):
        designations = designations.filter(agency__in=data["agency"])
    if data.get("designation_type"):
        designations = designations.filter(type__in=data["designation_type"])
    designations = _dated(designations, "date", data)
    return [
        TimelineEntry(
            "designation",
            item,
            item.when,
            f"{item.agency} {item.get_type_display().lower()}: {item.drug.name}",
            f"{item.agency} {item.get_type_display()}",
        )
        for item in designations
    ]


def _event_entries(company_ids, data):
    events = (
        CompanyEvent.objects.visible()
        .for_companies(company_ids)
        .select_related("company")
        .order_by(F("date").desc(nulls_last=True), "-id")
    )
    if data.get("event_type"):
        events = events.filter(type__in=data["event_type"])
    events = _dated(events, "date", data)
    return [
        TimelineEntry(
            "event",
            event,
            event.when,
            event.summary or event.get_type_display(),
            event.get_type_display(),
        )
        for event in events
    ]


def timeline_entries(*, company: Company, data: dict) -> list[TimelineEntry]:
    """The company's deals, its drugs' designations and its events, newest first.

    `data` is TimelineFilterForm.cleaned_data; three queries (plus prefetches) whatever the size.
    """
    company_ids = company.family_ids() if data.get("subsidiaries") else [company.pk]
    kinds = set(data.get("kind") or ["deal", "designation", "event"])
    entries = []
    if "deal" in kinds:
        entries += _deal_entries(company_ids, data)
    if "designation" in kinds:
        entries += _designation_entries(company_ids, data)
    if "event" in kinds:
        entries += _event_entries(company_ids, data)
    return sorted(entries, key=lambda entry: entry.sort_key, reverse=True)


def company_for_page(slug: str) -> Company:
    """A visible company with its profile: aliases, listings, parent, subsidiaries, drugs."""
    return (
        Company.objects.visible()
        .select_related("parent")
        .prefetch_related(
            "aliases",
            "listings",
            Prefetch("subsidiaries", queryset=Company.objects.visible().order_by("name")),
            Prefetch("drugs", queryset=Drug.objects.visible().order_by("name")),
        )
        .get(slug=slug)
    )


@dataclass
class HomeSummary:
    counts: dict[str, int]
    deals: list
    designations: list
    events: list


def home_summary(*, latest: int = 8) -> HomeSummary:
    """Counts of what is visible and the latest of each kind of fact."""
    counts = {
        "deals": Deal.objects.visible().count(),
        "companies": Company.objects.visible().count(),
        "drugs": Drug.objects.visible().count(),
        "designations": Designation.objects.visible().count(),
        "documents": Document.objects.count(),
    }
    events = (
        CompanyEvent.objects.visible()
        .select_related("company")
        .order_by(F("date").desc(nulls_last=True), "-id")
    )
    return HomeSummary(
        counts=counts,
        deals=list(deals_for_listing()[:latest]),
        designations=list(designations_for_listing()[:latest]),
        events=list(events[:latest]),
    )


@dataclass
class SearchResults:
    query: str
    companies: list
    drugs: list
    deals: list
    documents: list

    @property
    def total(self) -> int:
        return len(self.companies) + len(self.drugs) + len(self.deals) + len(self.documents)


def documents_matching(query: str):
    """Documents whose title or text matches: full-text with an index on PostgreSQL.

    PostgreSQL's parser keeps a run of Chinese characters as one word, so a query in such a
    script falls back to a substring match (as on SQLite).
    """
    if connection.vendor == "postgresql" and query.isascii():
        return Document.objects.alias(search_vector=DOCUMENT_VECTOR).filter(
            search_vector=SearchQuery(query, config="simple", search_type="websearch")
        )
    return Document.objects.filter(Q(title__icontains=query) | Q(text__icontains=query))


def search_everything(query: str, *, limit: int = SEARCH_LIMIT) -> SearchResults:
    """One box across companies (any alias, any script, tickers), drugs, deals and documents."""
    query = query.strip()
    if not query:
        return SearchResults(query, [], [], [], [])
    return SearchResults(
        query=query,
        companies=list(companies_for_listing().filter(pk__in=company_ids_matching(query))[:limit]),
        drugs=list(drugs_for_listing().filter(pk__in=drug_ids_matching(query))[:limit]),
        deals=list(deals_for_listing().filter(pk__in=deal_ids_matching(query))[:limit]),
        documents=list(
            documents_matching(query)
            .defer("text", "extraction")
            .order_by("-published_on", "-id")[:limit]
        ),
    )
