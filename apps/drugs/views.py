from apps.core.exports import list_response
from apps.core.pickers import suggestions_response

from .exports import DRUG_COLUMNS, drug_records
from .filters import DrugFilter
from .selectors import (
    drug_suggestions,
    drugs_for_listing,
    indication_suggestions,
)


def drug_list(request):
    drugs = DrugFilter(request.GET, queryset=drugs_for_listing(), request=request)
    return list_response(
        request,
        filterset=drugs,
        template="drugs/drug_list.html",
        filename="drugs",
        columns=DRUG_COLUMNS,
        records=drug_records,
    )


def drug_suggest(request):
    """Typeahead options for a drug box (htmx): names and code names, at most 10."""
    return suggestions_response(request, drug_suggestions)


def indication_suggest(request):
    """Typeahead options for an indication box (htmx), at most 10."""
    return suggestions_response(request, indication_suggestions)
