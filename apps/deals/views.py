from django.shortcuts import get_object_or_404, render

from .models import Deal


def deal_list(request):
    deals = Deal.objects.visible().for_listing()
    return render(request, "deals/deal_list.html", {"deals": deals})


def deal_detail(request, pk: int):
    deal = get_object_or_404(Deal.objects.visible(), pk=pk)
    return render(request, "deals/deal_detail.html", {"deal": deal})
