from django.http import Http404
from django.shortcuts import render

from apps.core.exports import list_response
from apps.core.pickers import suggestions_response

from .exports import DEAL_COLUMNS, deal_records
from .filters import DealFilter
from .models import Deal
from .selectors import deal_for_page, deals_for_listing, territory_suggestions


def deal_list(request):
    deals = DealFilter(request.GET, queryset=deals_for_listing(), request=request)
    return list_response(
        request,
        filterset=deals,
        template="deals/deal_list.html",
        filename="deals",
        columns=DEAL_COLUMNS,
        records=deal_records,
    )


def deal_detail(request, pk: int):
    try:
        deal = deal_for_page(pk)
    except Deal.DoesNotExist:
        raise Http404("No such deal, or it is not shown.") from None
    return render(request, "deals/deal_detail.html", {"deal": deal})


def territory_suggest(request):
    """Typeahead options for the territory box (htmx): territories deals name, at most 10."""
    return suggestions_response(request, territory_suggestions)
