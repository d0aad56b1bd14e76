from django.shortcuts import get_object_or_404, render

from .models import Company


def company_list(request):
    return render(request, "companies/company_list.html", {"companies": Company.objects.visible()})


def company_detail(request, slug: str):
    company = get_object_or_404(Company.objects.visible(), slug=slug)
    return render(request, "companies/company_detail.html", {"company": company})
