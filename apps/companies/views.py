from apps.core.exports import Column, list_response
from apps.core.pickers import suggestions_response

from .filters import CompanyFilter
from .selectors import companies_for_listing, company_suggestions

COMPANY_COLUMNS = [
    Column("id", lambda company: company.pk),
    Column("url", lambda company: company.get_absolute_url()),
    Column("name", lambda company: company.name),
    Column("slug", lambda company: company.slug),
    Column("aliases", lambda company: [alias.name for alias in company.aliases.all()]),
    Column("tickers", lambda company: [str(listing) for listing in company.listings.all()]),
    Column("parent", lambda company: company.parent.slug if company.parent else None),
    Column("country", lambda company: company.country),
    Column("deal_count", lambda company: company.deal_count),
    Column("review_state", lambda company: company.review_state),
]


def company_list(request):
    companies = CompanyFilter(request.GET, queryset=companies_for_listing(), request=request)
    return list_response(
        request,
        filterset=companies,
        template="companies/company_list.html",
        filename="companies",
        columns=COMPANY_COLUMNS,
    )


def company_suggest(request):
    """Typeahead options for a company box (htmx): at most 10, best first."""
    return suggestions_response(request, company_suggestions)
