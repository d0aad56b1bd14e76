"""Cross-app reads for the home page and search: newest facts, counts and matches of a query."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.cache import cache
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.companies.selectors import (
    companies_for_listing,
    company_ids_bounded,
)
from apps.core.pagination import estimated_count, table_rows
from apps.deals.models import Deal, DealParty
from apps.deals.selectors import SEARCH_ID_LIMIT, deals_for_listing
from apps.drugs.models import Drug
from apps.drugs.selectors import drug_ids_bounded, drug_ids_matching, drugs_for_listing
from apps.regulatory.models import Designation
from apps.regulatory.selectors import designations_for_listing
from apps.sources.models import Document

from .selectors import DEAL_ID_LIMIT

DOCUMENT_VECTOR = SearchVector("title", "text", config="simple")
SEARCH_LIMIT = 20


@dataclass
class HomeSummary:
    counts: dict[str, int]
    deals: list
    designations: list
    events: list


# How long the home page's counts are kept (seconds): they are estimates past 10,000 anyway,
# and a fact curated or added shows in them this much later (its list shows it at once).
HOME_COUNTS_SECONDS = 60


def home_summary(*, latest: int = 8) -> HomeSummary:
    """Counts of what is visible (kept HOME_COUNTS_SECONDS in the cache, per visibility
    setting) and the latest of each kind of fact."""
    key = f"home-counts:{settings.SHOW_UNREVIEWED_FACTS}:{settings.PUBLIC_MIN_CONFIDENCE}"
    counts = cache.get(key)
    if counts is None:
        counts = _home_counts()
        cache.set(key, counts, HOME_COUNTS_SECONDS)
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


def _home_counts() -> dict[str, int]:
    # Exact up to 10,000, then the planner's estimate: no request counts a million rows.
    sizes = table_rows([Deal, Company, Drug, Designation, Document])
    return {
        "deals": estimated_count(Deal.objects.visible(), sizes=sizes),
        "companies": estimated_count(Company.objects.visible(), sizes=sizes),
        "drugs": estimated_count(Drug.objects.visible(), sizes=sizes),
        "designations": estimated_count(Designation.objects.visible(), sizes=sizes),
        "documents": estimated_count(Document.objects.all(), sizes=sizes),
        # Press releases added in the last week, however they came (sources, uploads).
        "new_documents": estimated_count(
            Document.objects.filter(created_at__gte=timezone.now() - timedelta(days=7)),
            sizes=sizes,
        ),
    }


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
    """One box across companies (any alias, any script, tickers), drugs, deals and documents.

    A term naming at most SEARCH_ID_LIMIT companies (or drugs) is resolved into their ids
    first, through the trigram indexes; a broader one ("pharma": a quarter of all companies)
    is a subquery. Companies and deals are each read part by part (_first_by_parts).
    """
    query = query.strip()
    if not query:
        return SearchResults(query, [], [], [], [])
    bounded_companies = company_ids_bounded(query, limit=SEARCH_ID_LIMIT)
    bounded_drugs = drug_ids_bounded(query, limit=SEARCH_ID_LIMIT)
    companies = _companies_naming(query, bounded_companies, limit=limit)
    # A parent's results hold its group's drugs and deals too (subsidiaries at any depth).
    family = Company.objects.family_ids(company.pk for company in companies)
    drug_ids = drug_ids_matching(query) if bounded_drugs is None else bounded_drugs
    return SearchResults(
        query=query,
        companies=companies,
        drugs=list(drugs_for_listing().filter(Q(pk__in=drug_ids) | Q(owner_id__in=family))[:limit]),
        deals=_deals_naming(query, bounded_companies, bounded_drugs, family, limit=limit),
        documents=list(
            documents_matching(query)
            .with_label()  # the label without the text
            # The document list's order (newest first, undated last), which an index serves.
            .order_by(F("published_on").desc(nulls_last=True), "-created_at", "-id")[:limit]
        ),
    )


def _first_by_parts(rows, parts: list[Q], fields: tuple[str, ...], key, *, limit: int) -> list:
    """The ids of the first `limit` of `rows` (in their order) that match any of `parts`:
    each part is its own ordered query, and their firsts are merged by `key` (of a row of
    `fields` values, the id last), as the order sorts them ascending.

    ORed into one query, an `id IN (subquery)` part became a subplan that PostgreSQL chose
    to hash over every matching row (all 400,000 deal parties for "pharma": 0.8 s), since it
    costs subplans for all rows, not the few a LIMIT reads. Alone, each part is a semi-join
    the planner walks in the index order until it has `limit` rows (10 ms).
    """
    firsts = set()
    for part in parts:
        firsts.update(rows.filter(part).values_list(*fields)[:limit])
    return [row[-1] for row in sorted(firsts, key=key)[:limit]]


def _companies_naming(query: str, company_ids: list | None, *, limit: int) -> list:
    """The first `limit` visible companies by name that the term names (company_ids as
    company_ids_bounded returns them: None for a broad term)."""
    if company_ids is not None:
        return list(companies_for_listing().filter(pk__in=company_ids)[:limit])
    symbol = query.rpartition(".")[0] if "." in query else query
    aliases = CompanyAlias.objects.filter(name__icontains=query).values("company_id")
    listings = Listing.objects.filter(Q(symbol__iexact=symbol) | Q(symbol__iexact=query))
    parts = [
        Q(name__icontains=query),
        Q(pk__in=aliases),
        Q(pk__in=listings.values("company_id")),
    ]
    companies = Company.objects.visible().order_by("name", "pk")
    ids = _first_by_parts(companies, parts, ("name", "pk"), key=lambda row: row, limit=limit)
    return list(companies_for_listing().filter(pk__in=ids).order_by("name", "pk"))


def _deal_ids_of(company_ids) -> Q:
    """Deals with a party among these companies, as a list of deal ids when it is short (the
    planner then probes those deals, where `IN (subquery)` ran visible()'s anti-joins over
    every deal first: 0.3 s for a family's 86 deals)."""
    parties = DealParty.objects.filter(company_id__in=company_ids).order_by()
    ids = list(parties.values_list("deal_id", flat=True).distinct()[: DEAL_ID_LIMIT + 1])
    return Q(pk__in=parties.values("deal_id")) if len(ids) > DEAL_ID_LIMIT else Q(pk__in=ids)


# The deal list's order (served by an index): newest first, undated last, then id descending.
DEAL_ORDER = (F("announced_on").desc(nulls_last=True), "-id")


def _newest_first(row) -> tuple:
    """A sort key putting (announced_on, id) rows in DEAL_ORDER."""
    announced_on, pk = row
    return (announced_on is None, -(announced_on.toordinal() if announced_on else 0), -pk)


def _deals_naming(query: str, company_ids, drug_ids, family: list[int], *, limit: int) -> list:
    """The newest `limit` visible deals naming the term (a party, a drug or the territory)
    or a company of the found families (company_ids and drug_ids as the bounded lookups
    return them: None for a broad term), in the deal list's order."""
    links = Deal.drugs.through.objects
    if company_ids is None:
        # Each party's company tested on its own row (name, then its aliases and tickers by
        # company id): the planner walks the deals and probes their parties.
        symbol = query.rpartition(".")[0] if "." in query else query
        aliases = CompanyAlias.objects.filter(company=OuterRef("company_id"), name__icontains=query)
        tickers = Listing.objects.filter(company=OuterRef("company_id")).filter(
            Q(symbol__iexact=symbol) | Q(symbol__iexact=query)
        )
        parties = DealParty.objects.filter(
            Q(company__name__icontains=query) | Q(Exists(aliases)) | Q(Exists(tickers))
        )
    else:
        parties = DealParty.objects.filter(company_id__in=company_ids)
    if drug_ids is None:
        drug_links = links.filter(drug_id__in=drug_ids_matching(query))
    else:
        drug_links = links.filter(drug_id__in=drug_ids)
    parts = [Q(territory__icontains=query)]
    named = sorted({*family, *(company_ids or ())})
    if named:  # the found families' and the named companies' deals, by id
        parts.append(_deal_ids_of(named))
    if company_ids is None:
        parts.append(Q(pk__in=parties.values("deal_id")))
    if drug_ids is None or drug_ids:
        parts.append(Q(pk__in=drug_links.values("deal_id")))
    ids = _first_by_parts(
        Deal.objects.visible().order_by(*DEAL_ORDER),
        parts,
        ("announced_on", "id"),
        key=_newest_first,
        limit=limit,
    )
    return list(deals_for_listing().filter(pk__in=ids))
