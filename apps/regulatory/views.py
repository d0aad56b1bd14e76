from apps.core.exports import list_response

from .exports import DESIGNATION_COLUMNS, designation_records
from .filters import DesignationFilter
from .selectors import designations_for_listing


def designation_list(request):
    designations = DesignationFilter(
        request.GET, queryset=designations_for_listing(), request=request
    )
    return list_response(
        request,
        filterset=designations,
        template="regulatory/designation_list.html",
        filename="designations",
        columns=DESIGNATION_COLUMNS,
        records=designation_records,
    )
