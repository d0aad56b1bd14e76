"""The lists a search can be saved from, and how a saved query string becomes rows again.

Each list is named by its page's URL name; its query is read with the page's own FilterSet
(or the timeline's form), so a saved search shows exactly what the page shows.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict
from django.urls import Resolver404, resolve

from apps.companies.filters import CompanyFilter
from apps.companies.models import Company
from apps.companies.selectors import companies_for_listing
from apps.core.exports import FilteredFeed, InvalidFilters
from apps.deals.exports import DealFeed
from apps.deals.filters import DealFilter
from apps.deals.selectors import deals_for_listing
from apps.drugs.filters import DrugFilter
from apps.drugs.selectors import drugs_for_listing
from apps.regulatory.exports import DesignationFeed
from apps.regulatory.filters import DesignationFilter
from apps.regulatory.selectors import designations_for_listing
from apps.timeline.exports import CompanyTimelineFeed
from apps.timeline.forms import TimelineFilterForm
from apps.timeline.selectors import company_for_page, timeline_entries

from .feeds import CompanyListFeed, DrugListFeed

# Query keys that choose a page or a format, never which rows: not saved.
NOT_FILTERS = {"page", "after", "before", "format"}
MAX_QUERY_LENGTH = 2000


class ListGone(LookupError):
    """The company a saved timeline follows is gone or hidden."""


@dataclass(frozen=True)
class WatchedList:
    """One list page a search can be saved from."""

    key: str  # stored in SavedSearch.list_key
    label: str
    url_name: str
    feed: type[FilteredFeed]
    filterset: type | None = None  # a django-filter FilterSet, or None for the timeline
    queryset: Callable | None = None

    @property
    def is_timeline(self) -> bool:
        return self.filterset is None

    def form(self, query: QueryDict):
        """The bound form that validates `query` (the FilterSet's form, or the timeline's)."""
        if self.is_timeline:
            return TimelineFilterForm(query)
        return self.filterset(query, queryset=self.queryset()).form

    def rows(self, query: QueryDict, slug: str = ""):
        """The rows the page shows for `query`: a QuerySet, or a Timeline for a company.

        InvalidFilters with the form's errors for a query the page would refuse; ListGone
        when the timeline's company is gone or hidden.
        """
        if self.is_timeline:
            try:
                company = company_for_page(slug)
            except Company.DoesNotExist:
                raise ListGone(f"The company “{slug}” is no longer shown.") from None
            form = TimelineFilterForm(query)
            if not form.is_valid():
                raise InvalidFilters(form.errors)
            return timeline_entries(company=company, data=form.cleaned_data)
        filterset = self.filterset(query, queryset=self.queryset())
        if not filterset.is_valid():
            raise InvalidFilters(filterset.errors)
        return filterset.qs


WATCHED_LISTS = {
    item.key: item
    for item in (
        WatchedList("deals", "Deals", "deals:deal_list", DealFeed, DealFilter, deals_for_listing),
        WatchedList(
            "companies",
            "Companies",
            "companies:company_list",
            CompanyListFeed,
            CompanyFilter,
            companies_for_listing,
        ),
        WatchedList(
            "drugs", "Drugs", "drugs:drug_list", DrugListFeed, DrugFilter, drugs_for_listing
        ),
        WatchedList(
            "designations",
            "Designations",
            "regulatory:designation_list",
            DesignationFeed,
            DesignationFilter,
            designations_for_listing,
        ),
        WatchedList(
            "timeline", "Company timeline", "companies:company_detail", CompanyTimelineFeed
        ),
    )
}
BY_URL_NAME = {item.url_name: item for item in WATCHED_LISTS.values()}


def watched_list_at(path: str) -> tuple[WatchedList, str] | None:
    """The list a page's path shows, and the company slug for a timeline; None otherwise."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    watched = BY_URL_NAME.get(match.view_name)
    if watched is None:
        return None
    return watched, match.kwargs.get("slug", "")


def query_keys(form) -> set[str]:
    """The query-string keys a form reads: a range field's widget reads name_after, etc."""
    keys = set()
    for name, field in form.fields.items():
        suffixes = getattr(field.widget, "suffixes", None)
        if suffixes:
            keys.update(f"{name}_{suffix}" if suffix else name for suffix in suffixes)
        else:
            keys.add(name)
    return keys


def query_clean(watched: WatchedList, query: QueryDict, slug: str = "") -> str:
    """The query string to store: only the keys the list's form reads, checked by that form.

    InvalidFilters (form errors) for a query the page would refuse or one too long to keep;
    ListGone for a timeline of a company no longer shown.
    """
    keys = query_keys(watched.form(QueryDict()))
    kept = QueryDict(mutable=True)
    for key in sorted(keys - NOT_FILTERS):
        values = [value for value in query.getlist(key) if value != ""]
        if values:
            kept.setlist(key, values)
    encoded = kept.urlencode()
    if len(encoded) > MAX_QUERY_LENGTH:
        raise InvalidFilters({"filters": [f"Too long to save (over {MAX_QUERY_LENGTH} letters)."]})
    watched.rows(kept, slug)  # raises for values the page would refuse
    return encoded
