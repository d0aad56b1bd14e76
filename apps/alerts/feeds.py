"""Atom feeds for the lists that had none (companies, drugs), and the private feed of a
saved search, which answers with its list's own feed (apps.core.exports.FilteredFeed)."""

from django.urls import reverse

from apps.companies.filters import CompanyFilter
from apps.companies.selectors import companies_for_listing
from apps.core.exports import FilteredFeed, InvalidFilters
from apps.drugs.filters import DrugFilter
from apps.drugs.selectors import drugs_for_listing
from apps.sources.selectors import quotes_attach


class _ListFeed(FilteredFeed):
    """A FilterSet's rows as a feed: `filterset`, `queryset` and `url_name` name the list."""

    filterset = None
    queryset = None
    url_name = ""

    def get_object(self, request):
        rows = self.filterset(request.GET, queryset=self.queryset(), request=request)
        if not rows.is_valid():
            raise InvalidFilters(rows.errors)
        return rows

    def link(self, rows):
        return self.page_link(reverse(self.url_name), rows.data)

    def items(self, rows):
        # Newest rows first: a company or drug list is sorted by name, a feed by arrival.
        return quotes_attach(rows.qs.order_by("-created_at", "-pk")[: self.limit])

    def item_title(self, item):
        return str(item)

    def item_pubdate(self, item):
        return item.created_at


class CompanyListFeed(_ListFeed):
    title = "dealtracker: companies"
    description = "Companies matching the filters, newest first."
    filterset = CompanyFilter
    queryset = staticmethod(companies_for_listing)
    url_name = "companies:company_list"


class DrugListFeed(_ListFeed):
    title = "dealtracker: drugs"
    description = "Drugs matching the filters, newest first."
    filterset = DrugFilter
    queryset = staticmethod(drugs_for_listing)
    url_name = "drugs:drug_list"

    def item_headline(self, drug):
        owner = f" ({drug.owner.name})" if drug.owner else ""
        return f"{drug.name}{owner}"
