"""Cross-app reads: a company's timeline, the home page and search."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Exists, F, IntegerField, OuterRef, Prefetch, Q, Value
from django.utils import timezone

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.companies.selectors import (
    companies_for_listing,
    company_ids_bounded,
)
from apps.core.dates import PartialDate
from apps.core.filters import last_day
from apps.core.pagination import estimated_count, table_rows
from apps.core.templatetags.browse import fact_url
from apps.deals.models import Deal, DealParty
from apps.deals.selectors import SEARCH_ID_LIMIT, deals_for_listing
from apps.drugs.models import Drug
from apps.drugs.selectors import drug_ids_bounded, drug_ids_matching, drugs_for_listing
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


# Most deal ids a timeline lists as constants; a company with more keeps the subquery.
DEAL_ID_LIMIT = 5000


def _deals(company_ids, data):
    # A timeline row names the parties and the terms; it shows no drugs or indications.
    parties = Prefetch("parties", queryset=DealParty.objects.select_related("company"))
    deals = _company_deals(company_ids).prefetch_related(parties)
    if data.get("deal_type"):
        deals = deals.filter(type__in=data["deal_type"])
    return _dated(deals, "announced_on", data)


def _company_deals(company_ids):
    """The family's visible deals, found from its parties' ids first.

    As `pk IN (subquery)` PostgreSQL ran the visible() anti-joins over every deal before the
    semi-join with the company's few parties (77 ms for a company with 8 deals at 1/10 size),
    or walked all deals newest first to find a big company's 50 (0.5-1 s at full size). A list
    of ids, read through the party index, gives it the true row count: it probes those deals
    by primary key and sorts them.
    """
    ids = list(
        DealParty.objects.filter(company_id__in=company_ids)
        .order_by()
        .values_list("deal_id", flat=True)
        .distinct()[: DEAL_ID_LIMIT + 1]
    )
    if len(ids) > DEAL_ID_LIMIT:
        return Deal.objects.visible().with_company(company_ids)
    return Deal.objects.visible().filter(pk__in=ids)


def _deal_entry(deal: Deal) -> TimelineEntry:
    return TimelineEntry("deal", deal, deal.announced, _deal_title(deal), deal.get_type_display())


def _deal_title(deal: Deal) -> str:
    parties = " · ".join(
        f"{party.company.name} ({party.get_role_display().lower()})" for party in deal.parties.all()
    )
    return f"{deal.get_type_display()}: {parties}" if parties else deal.get_type_display()


# Most drug ids a timeline lists as constants; a family owning more keeps the join.
DRUG_ID_LIMIT = 5000


def _designations(company_ids, data):
    # The family's drug ids first, read through the owner index: `drug__owner_id IN` joined
    # and hash-scanned all 100,000 designations for a family's 8,000; as a list of drug
    # ids the (drug, date) index serves them and the planner knows how many there are.
    drug_ids = list(
        Drug.objects.filter(owner_id__in=company_ids)
        .order_by()
        .values_list("pk", flat=True)[: DRUG_ID_LIMIT + 1]
    )
    if len(drug_ids) > DRUG_ID_LIMIT:
        designations = designations_for_listing().filter(drug__owner_id__in=company_ids)
    else:
        designations = designations_for_listing().filter(drug_id__in=drug_ids)
    if data.get("agency"):
        designations = designations.filter(agency__in=data["agency"])
    if data.get("designation_type"):
        designations = designations.filter(type__in=data["designation_type"])
    return _dated(designations, "date", data)


def _designation_entry(item: Designation) -> TimelineEntry:
    return TimelineEntry(
        "designation",
        item,
        item.when,
        f"{item.agency} {item.get_type_display()}: {item.drug.name}",
        f"{item.agency} {item.get_type_display()}",
    )


def _events(company_ids, data):
    events = (
        CompanyEvent.objects.visible()
        .for_companies(company_ids)
        .select_related("company")
        .order_by(F("date").desc(nulls_last=True), "-id")
    )
    if data.get("event_type"):
        events = events.filter(type__in=data["event_type"])
    return _dated(events, "date", data)


def _event_entry(event: CompanyEvent) -> TimelineEntry:
    return TimelineEntry(
        "event",
        event,
        event.when,
        event.summary or event.get_type_display(),
        event.get_type_display(),
    )


def _deal_rows():
    parties = Prefetch("parties", queryset=DealParty.objects.select_related("company"))
    return Deal.objects.prefetch_related(parties)


def _designation_rows():
    return Designation.objects.select_related("drug", "drug__owner")


def _event_rows():
    return CompanyEvent.objects.select_related("company")


# kind: (the filtered queryset, its date field, one row as an entry, the rows an entry is
# made of), in the order ties keep.
TIMELINE_KINDS = {
    "deal": (_deals, "announced_on", _deal_entry, _deal_rows),
    "designation": (_designations, "date", _designation_entry, _designation_rows),
    "event": (_events, "date", _event_entry, _event_rows),
}
# Facts loaded (with their prefetches) per query when a whole timeline is read, for an export.
TIMELINE_CHUNK = 500
COLUMNS = ("kind", "id", "when")


class Timeline(Sequence):
    """A timeline's facts, newest first (undated last, then id descending), ordered in SQL.

    The keys (kind, id, date) of all kinds are one UNION ALL, ordered and limited by the
    database; each kind's branch is itself ordered and limited (on PostgreSQL an index on
    (company, date desc) serves it), so a page of a family with 10,000 facts reads about
    page-size rows per kind, never every key. Then only that page's facts are loaded.
    """

    def __init__(self, querysets: dict):
        self._querysets = querysets  # kind -> filtered queryset, in TIMELINE_KINDS order
        self._read: tuple[int, int, list] | None = None  # (start, stop, entries) of read_ahead

    def read_ahead(self, start: int, stop: int) -> None:
        """Read the entries [start:stop] now, so that a slice within them is not read again,
        and a short first page (most companies' only one) is also the count: its page then
        costs no COUNT query."""
        self._read = (start, stop, self._entries(self._keys(start, stop)))

    def _known_total(self) -> int | None:
        if self._read is None:
            return None
        start, stop, entries = self._read
        return len(entries) if start == 0 and len(entries) < stop - start else None

    def _already_read(self, start: int, stop: int | None) -> list | None:
        if self._read is None:
            return None
        read_start, read_stop, entries = self._read
        total = self._known_total()
        if stop is None or (total is not None and stop > total):
            stop = total if total is not None else stop
        if stop is None or not (read_start <= start and stop <= read_stop):
            return None
        return entries[start - read_start : stop - read_start]

    def _union(self, per_branch: int | None, *, ordered: bool = True) -> tuple[str, list]:
        parts, params = [], []
        branches = list(enumerate(self._querysets.items()))
        if not ordered:  # a count stops early: events are the cheapest to test, deals the dearest
            branches.reverse()
        for position, (kind, queryset) in branches:
            date_field = TIMELINE_KINDS[kind][1]
            # A count needs no order: unordered, a branch stops at its first `per_branch`
            # rows instead of sorting every fact of a big family (0.3 s at 10,000 facts).
            order = (F(date_field).desc(nulls_last=True), "-pk") if ordered else ()
            keys = (
                queryset.order_by(*order)
                .annotate(
                    timeline_kind=Value(position, output_field=IntegerField()),
                    timeline_id=F("pk"),
                    timeline_when=F(date_field),
                )
                .values_list("timeline_kind", "timeline_id", "timeline_when")
            )
            if per_branch is not None:
                keys = keys[:per_branch]
            try:
                sql, branch_params = keys.query.sql_with_params()
            except EmptyResultSet:  # a kind that cannot match (no deal ids): no branch
                continue
            # Each branch as a derived table: SQLite allows ORDER BY/LIMIT only there.
            parts.append(f"SELECT * FROM ({sql}) AS timeline_{kind}")
            params += branch_params
        if not parts:
            return "", []
        return " UNION ALL ".join(parts), params

    def _keys(self, start: int, stop: int | None) -> list[tuple[str, int]]:
        if not self._querysets or (stop is not None and stop <= start):
            return []
        union, params = self._union(stop)
        if not union:
            return []
        kind, pk, when = (connection.ops.quote_name(f"timeline_{name}") for name in COLUMNS)
        # Newest first, undated last, then id descending; ties keep TIMELINE_KINDS order.
        sql = (
            f"SELECT {kind}, {pk}, {when} FROM ({union}) AS timeline ORDER BY "
            f"CASE WHEN {when} IS NULL THEN 1 ELSE 0 END, {when} DESC, {pk} DESC, {kind}"
        )
        if stop is not None:
            sql += " LIMIT %s"
            params.append(stop - start)
        elif connection.vendor == "sqlite":
            sql += " LIMIT -1"
        if start:
            sql += " OFFSET %s"
            params.append(start)
        kinds = list(self._querysets)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [(kinds[position], pk) for position, pk, _when in cursor.fetchall()]

    def count_upto(self, limit: int) -> int:
        """How many facts, counting at most `limit` (apps.core.pagination.capped_count)."""
        if not self._querysets:
            return 0
        known = self._known_total()
        if known is not None:
            return min(known, limit)
        union, params = self._union(limit, ordered=False)
        if not union:
            return 0
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM (SELECT 1 FROM ({union}) AS timeline LIMIT %s) AS capped",
                [*params, limit],
            )
            return cursor.fetchone()[0]

    def narrowed(self, narrow) -> "Timeline":
        """The same timeline with `narrow(queryset)` applied to each kind's queryset (saved
        searches keep the facts that appeared since a time: apps/alerts)."""
        return Timeline({kind: narrow(queryset) for kind, queryset in self._querysets.items()})

    def __len__(self) -> int:
        return sum(queryset.count() for queryset in self._querysets.values())

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.start or 0, index.stop, index.step
            if step not in (None, 1) or start < 0 or (stop is not None and stop < 0):
                return list(self)[index]
            read = self._already_read(start, stop)
            if read is not None:
                return read
            return self._entries(self._keys(start, stop))
        if index < 0:
            index += len(self)
        entries = self._entries(self._keys(index, index + 1))
        if not entries:
            raise IndexError("timeline index out of range")
        return entries[0]

    def __iter__(self):
        start = 0
        while True:
            keys = self._keys(start, start + TIMELINE_CHUNK)
            yield from self._entries(keys)
            if len(keys) < TIMELINE_CHUNK:
                return
            start += TIMELINE_CHUNK

    def _entries(self, keys: list[tuple[str, int]]) -> list[TimelineEntry]:
        # The keys came from the filtered querysets a moment ago: the facts are loaded by
        # primary key alone. Filtering again (visible(), the family's 2,500 deal ids) made
        # PostgreSQL hash-join every hidden name to load 50 rows (90 ms at full size).
        loaded = {}
        for kind in TIMELINE_KINDS:
            ids = [pk for key_kind, pk in keys if key_kind == kind]
            if ids:
                _filtered, _date_field, make_entry, rows = TIMELINE_KINDS[kind]
                facts = rows().filter(pk__in=ids)
                loaded.update({(kind, fact.pk): make_entry(fact) for fact in facts})
        return [loaded[key] for key in keys if key in loaded]


def timeline_entries(*, company: Company, data: dict) -> Timeline:
    """The company's deals, its drugs' designations and its events, newest first.

    `data` is TimelineFilterForm.cleaned_data. A slice (a page, the feed) costs one UNION
    query for its keys plus one query per kind for its facts, whatever the company's size.
    """
    company_ids = company.family_ids() if data.get("subsidiaries") else [company.pk]
    wanted = set(data.get("kind") or TIMELINE_KINDS)
    querysets = {
        kind: filtered(company_ids, data)
        for kind, (filtered, _date_field, _entry, _rows) in TIMELINE_KINDS.items()
        if kind in wanted
    }
    return Timeline(querysets)


def company_for_page(slug: str) -> Company:
    """A visible company with its profile: aliases, listings, parent, subsidiaries (the family's
    drugs: apps.drugs.selectors.drugs_owned_by)."""
    return (
        Company.objects.visible()
        # A hidden parent reads as no parent (prefetch leaves None), never a link to a 404.
        .prefetch_related(Prefetch("parent", queryset=Company.objects.visible()))
        .prefetch_related(
            "aliases",
            "listings",
            Prefetch("subsidiaries", queryset=Company.objects.visible().order_by("name")),
        )
        .get(slug=slug)
    )


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
