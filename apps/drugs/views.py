from apps.core.exports import Column, list_response
from apps.core.pickers import suggestions_response

from .filters import DrugFilter
from .selectors import (
    drug_suggestions,
    drugs_for_listing,
    indication_suggestions,
)

DRUG_COLUMNS = [
    Column("id", lambda drug: drug.pk),
    Column("url", lambda drug: drug.get_absolute_url()),
    Column("name", lambda drug: drug.name),
    Column("slug", lambda drug: drug.slug),
    Column("code_names", lambda drug: drug.code_names),
    Column("owner", lambda drug: drug.owner.slug if drug.owner else None),
    Column("modality", lambda drug: drug.modality),
    Column("targets", lambda drug: [target.name for target in drug.targets.all()]),
    Column("indications", lambda drug: [item.name for item in drug.indications.all()]),
    Column("review_state", lambda drug: drug.review_state),
]


def drug_list(request):
    drugs = DrugFilter(request.GET, queryset=drugs_for_listing(), request=request)
    return list_response(
        request,
        filterset=drugs,
        template="drugs/drug_list.html",
        filename="drugs",
        columns=DRUG_COLUMNS,
    )


def drug_suggest(request):
    """Typeahead options for a drug box (htmx): names and code names, at most 10."""
    return suggestions_response(request, drug_suggestions)


def indication_suggest(request):
    """Typeahead options for an indication box (htmx), at most 10."""
    return suggestions_response(request, indication_suggestions)
