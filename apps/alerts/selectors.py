"""Reads for saved searches: what appeared since a time, counted and listed as pages show it."""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import QueryDict

from apps.core.exports import InvalidFilters
from apps.core.models import ReviewState
from apps.core.pagination import CappedCount, capped_count
from apps.sources.models import Provenance
from apps.sources.selectors import quotes_attach

from .lists import WATCHED_LISTS, ListGone
from .models import SavedSearch

# "1,000+ new" is enough to say "go and look"; no page counts further.
NEW_COUNT_CAP = 1000
# Facts a digest email lists; the rest are counted ("and 12 more").
DIGEST_MAX_FACTS = 50


def appeared(queryset: QuerySet, since: dt.datetime, through: dt.datetime | None = None):
    """The rows of `queryset` (already visible()) that became visible after `since` (and by
    `through`): what "new" means on pages that follow SHOW_UNREVIEWED_FACTS and
    PUBLIC_MIN_CONFIDENCE.

    Shown unreviewed: a fact appears when it is stored (created_at), or, if the extractor was
    less sure of it than the minimum, when a curator approves it (reviewed_at). Hidden
    unreviewed: a fact appears when approved.
    """

    def window(name: str) -> Q:
        condition = Q(**{f"{name}__gt": since})
        return condition & Q(**{f"{name}__lte": through}) if through else condition

    if not settings.SHOW_UNREVIEWED_FACTS:
        return queryset.filter(window("reviewed_at"))
    minimum = settings.PUBLIC_MIN_CONFIDENCE
    if minimum <= 0:
        return queryset.filter(window("created_at"))
    sure = Provenance.objects.filter(
        content_type=ContentType.objects.get_for_model(queryset.model),
        object_id=OuterRef("pk"),
        confidence__gte=minimum,
    )
    approved_late = Q(review_state=ReviewState.APPROVED) & window("reviewed_at") & ~Exists(sure)
    return queryset.filter(window("created_at") | approved_late)


def search_rows(search: SavedSearch):
    """The rows of the search's list for its saved query (a QuerySet or a Timeline).

    InvalidFilters or ListGone when the saved filters no longer apply (a company merged away).
    """
    return WATCHED_LISTS[search.list_key].rows(QueryDict(search.query), search.slug)


def new_rows(search: SavedSearch, since: dt.datetime, through: dt.datetime | None = None):
    rows = search_rows(search)
    if isinstance(rows, QuerySet):
        return appeared(rows, since, through)
    return rows.narrowed(lambda queryset: appeared(queryset, since, through))


@dataclass
class SearchSummary:
    """A row of "My searches": the search and its new facts since it was last opened."""

    search: SavedSearch
    new_count: CappedCount | None = None  # None when the filters no longer apply
    problem: str = ""

    @property
    def list_label(self) -> str:
        watched = WATCHED_LISTS.get(self.search.list_key)
        label = watched.label if watched else self.search.list_key
        return f"{label}: {self.search.slug}" if self.search.slug else label


def search_summaries(user) -> list[SearchSummary]:
    """The user's saved searches, each with one capped COUNT query (SQL, at most
    NEW_COUNT_CAP + 1 rows read); a search whose filters no longer apply says why."""
    summaries = []
    for search in SavedSearch.objects.filter(user=user).order_by("name", "pk"):
        summary = SearchSummary(search)
        if search.list_key not in WATCHED_LISTS:
            summary.problem = "This list is no longer offered."
            summaries.append(summary)
            continue
        try:
            rows = new_rows(search, search.last_opened_at)
        except InvalidFilters as error:
            summary.problem = "; ".join(" ".join(messages) for messages in error.errors.values())
        except ListGone as error:
            summary.problem = str(error)
        else:
            summary.new_count = capped_count(rows, cap=NEW_COUNT_CAP)
        summaries.append(summary)
    return summaries


@dataclass
class DigestEntry:
    title: str
    url: str  # absolute
    quote: str


@dataclass
class Digest:
    search: SavedSearch
    since: dt.datetime
    through: dt.datetime
    count: CappedCount
    entries: list[DigestEntry] = field(default_factory=list)

    @property
    def more(self) -> int:
        return max(0, int(self.count) - len(self.entries))


def digest_collect(search: SavedSearch, since: dt.datetime, through: dt.datetime) -> Digest:
    """The facts of the search that appeared in (since, through]: counted (capped) and the
    first DIGEST_MAX_FACTS listed with their headline, absolute link and first quote.

    Raises InvalidFilters or ListGone when the saved filters no longer apply.
    """
    rows = new_rows(search, since, through)
    count = capped_count(rows, cap=NEW_COUNT_CAP)
    if isinstance(rows, QuerySet):
        items = quotes_attach(rows.order_by("-created_at", "-pk")[:DIGEST_MAX_FACTS])
    else:
        items = rows[:DIGEST_MAX_FACTS]
        quotes_attach(item.fact for item in items)
    feed = WATCHED_LISTS[search.list_key].feed()
    site = settings.SITE_URL.rstrip("/")
    entries = [
        DigestEntry(
            title=feed.item_headline(item),
            url=site + feed.item_link(item),
            quote=getattr(getattr(item, "fact", item), "first_quote", ""),
        )
        for item in items
    ]
    return Digest(search=search, since=since, through=through, count=count, entries=entries)
