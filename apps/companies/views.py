from apps.core.exports import list_response
from apps.core.pickers import suggestions_response

from .exports import COMPANY_COLUMNS, company_records
from .filters import CompanyFilter
from .selectors import companies_for_listing, company_suggestions


def company_list(request):
    companies = CompanyFilter(request.GET, queryset=companies_for_listing(), request=request)
    return list_response(
        request,
        filterset=companies,
        template="companies/company_list.html",
        filename="companies",
        columns=COMPANY_COLUMNS,
        records=company_records,
    )


def company_suggest(request):
    """Typeahead options for a company box (htmx): at most 10, best first."""
    return suggestions_response(request, company_suggestions)
