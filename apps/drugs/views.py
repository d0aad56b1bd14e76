from django.shortcuts import get_object_or_404, render

from .models import Drug


def drug_list(request):
    return render(request, "drugs/drug_list.html", {"drugs": Drug.objects.visible()})


def drug_detail(request, slug: str):
    drug = get_object_or_404(Drug.objects.visible(), slug=slug)
    return render(request, "drugs/drug_detail.html", {"drug": drug})
