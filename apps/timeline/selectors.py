"""Cross-app reads: a company's timeline (search.py holds the home page and search)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import F, IntegerField, Prefetch, Value

from apps.companies.models import Company, CompanyEvent
from apps.core.dates import PartialDate
from apps.core.filters import last_day
from apps.core.templatetags.browse import fact_url
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Drug
from apps.regulatory.models import Designation
from apps.regulatory.selectors import designations_for_listing

# The GIN index on this expression is created by sources migration 0002_document_search_index.


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
