from django.shortcuts import render

from apps.deals.models import Deal


def home(request):
    latest_deals = Deal.objects.visible().for_listing()[:20]
    return render(request, "home.html", {"latest_deals": latest_deals})
