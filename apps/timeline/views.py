"""Cross-app pages: home, search and a company's profile with its timeline."""

from django.http import Http404
from django.shortcuts import render

from apps.companies.models import Company
from apps.core.exports import (
    export_response,
    invalid_filters_response,
    page_or_error,
    requested_format,
)
from apps.core.filters import text_too_long
from apps.drugs.selectors import drugs_owned_by

from .exports import TIMELINE_COLUMNS, CompanyTimelineFeed
from .forms import TimelineFilterForm
from .ical import calendar_response
from .selectors import company_for_page, home_summary, search_everything, timeline_entries

__all__ = ["CompanyTimelineFeed", "company_detail", "home", "search"]


def home(request):
    return render(request, "home.html", {"summary": home_summary()})


def search(request):
    # PostgreSQL text cannot hold NUL; a pasted one should not turn a search into a 500.
    query = request.GET.get("q", "").replace("\x00", "")
    error = text_too_long(query.strip())
    if error:  # a 50,000-letter paste made SQLite raise; say so instead of searching
        context = {"query": "", "error": error}
        return render(request, "timeline/search.html", context, status=400)
    results = search_everything(query)
    return render(request, "timeline/search.html", {"query": query.strip(), "results": results})


def company_detail(request, slug: str):
    try:
        company = company_for_page(slug)
    except Company.DoesNotExist:
        raise Http404("No such company, or it is not shown.") from None
    form = TimelineFilterForm(request.GET)
    wanted = requested_format(request)
    alone = form.is_valid() and form.cleaned_data["subsidiaries"] is False
    family_ids = [company.pk] if alone else company.family_ids()
    context = {"company": company, "form": form, "family_drugs": drugs_owned_by(family_ids)}
    if not form.is_valid():
        if wanted != "html":
            return invalid_filters_response(form.errors)
        return render(
            request, "timeline/company_detail.html", {**context, "page": None}, status=400
        )
    entries = timeline_entries(company=company, data=form.cleaned_data)
    if wanted == "ics":
        return calendar_response(
            filename=f"{company.slug}.ics",
            name=f"{company.name} (dealtracker)",
            entries=entries,
            base_url=request.build_absolute_uri("/").rstrip("/"),
            host=request.get_host().split(":")[0],
        )
    export = export_response(
        request, filename=f"{company.slug}-timeline", columns=TIMELINE_COLUMNS, rows=entries
    )
    if export is not None:
        return export
    page, page_error = page_or_error(entries, request.GET.get("page"))
    context.update(page=page, page_error=page_error)
    status = 400 if page is None else 200
    return render(request, "timeline/company_detail.html", context, status=status)
