"""Cross-app pages: home, search and a company's profile with its timeline."""

from collections import defaultdict

from django.core.paginator import EmptyPage, Page
from django.db.models import F, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from apps.companies.models import Company
from apps.core.exports import (
    PAGE_SIZE,
    export_response,
    invalid_filters_response,
    list_response,
    requested_format,
)
from apps.core.filters import text_too_long
from apps.core.pagination import CappedPaginator
from apps.deals.selectors import deals_for_listing
from apps.drugs.models import Drug
from apps.drugs.selectors import drugs_for_listing, drugs_owned_by
from apps.regulatory.models import Designation
from apps.sources.filters import DocumentFilter
from apps.sources.models import Document, Provenance

from .documents import document_quotes, document_segments, documents_for_listing
from .exports import DOCUMENT_COLUMNS, TIMELINE_COLUMNS, CompanyTimelineFeed
from .forms import TimelineFilterForm, form_state, panel_version
from .ical import calendar_response
from .search import home_summary, search_everything
from .selectors import Timeline, company_for_page, timeline_entries

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


# A timeline counts its facts up to this many, then reads "500+": each fact counted is tested
# against the hidden names, and a family with 10,000 facts spent 0.3 s counting them.
TIMELINE_COUNT_CAP = 500


def timeline_page(entries: Timeline, raw_number) -> tuple[Page | None, str]:
    """(the page, "") or (None, why), as apps.core.exports.page_or_error, with the timeline's
    own count cap (pages past it are still read, by OFFSET)."""
    paginator = CappedPaginator(entries, PAGE_SIZE, cap=TIMELINE_COUNT_CAP)
    try:
        number = int(raw_number or 1)
    except (TypeError, ValueError):
        return None, f"“{raw_number}” is not a page number."
    try:
        if number < 1:
            raise EmptyPage
        if number == 1:  # the first page read first: when short, it is the count too
            entries.read_ahead(0, PAGE_SIZE)
        return paginator.page(number), ""
    except EmptyPage:
        return None, f"There is no page {number}: this list has {paginator.num_pages} page(s)."


def company_detail(request, slug: str):
    try:
        company = company_for_page(slug)
    except Company.DoesNotExist:
        raise Http404("No such company, or it is not shown.") from None
    form = TimelineFilterForm(request.GET)
    wanted = requested_format(request)
    alone = form.is_valid() and form.cleaned_data["subsidiaries"] is False
    family_ids = [company.pk] if alone else company.family_ids()
    context = {
        "company": company,
        "form": form,
        "form_state": form_state(form),
        "panel_version": panel_version(),
        "family_drugs": drugs_owned_by(family_ids),
    }
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
    page, page_error = timeline_page(entries, request.GET.get("page"))
    context.update(page=page, page_error=page_error)
    status = 400 if page is None else 200
    return render(request, "timeline/company_detail.html", context, status=status)


# -- pages of one fact app that show facts of others (URLs keep their apps' names,
# dealtracker/urls.py mounts them): a drug, the documents, one document.


def drug_deals(drug: Drug):
    """The visible deals that name this drug, newest first, as deal rows show them."""
    return deals_for_listing().filter(drugs=drug)


def regulatory_columns(drug: Drug) -> list[tuple[str, list[Designation]]]:
    """The drug's designations per agency, newest first: FDA and NMPA side by side.

    Agencies in their usual order (FDA, NMPA, EMA...), only those with a designation.
    """
    by_agency = defaultdict(list)
    # A source links to its document by id: the documents themselves (their text) are not read.
    sources = Provenance.objects.only("content_type_id", "object_id", "document_id", "start")
    designations = (
        Designation.objects.visible()
        .filter(drug=drug)
        .prefetch_related(Prefetch("sources", queryset=sources.order_by("document_id", "start")))
        .order_by(F("date").desc(nulls_last=True), "-id")
    )
    for designation in designations:
        by_agency[designation.agency].append(designation)
    order = [value for value, _ in Designation.Agency.choices]
    return [(agency, by_agency[agency]) for agency in order if agency in by_agency]


# The newest deals a drug page shows; the rest are a link to the deal list filtered by the drug.
DRUG_PAGE_DEALS = 10


def drug_detail(request, slug: str):
    try:
        drug = drugs_for_listing().get(slug=slug)
    except Drug.DoesNotExist:
        raise Http404("No such drug, or it is not shown.") from None
    # The newest deals only, and when there are more a link to the list filtered by the drug
    # (which counts them): a drug named in thousands of deals must not render them all, nor
    # test each for hidden names to count them (issue 10).
    newest = list(drug_deals(drug)[: DRUG_PAGE_DEALS + 1])
    context = {
        "drug": drug,
        "deals": newest[:DRUG_PAGE_DEALS],
        "more_deals": len(newest) > DRUG_PAGE_DEALS,
        "agencies": regulatory_columns(drug),
    }
    return render(request, "drugs/drug_detail.html", context)


def document_list(request):
    documents = DocumentFilter(request.GET, queryset=documents_for_listing(), request=request)
    return list_response(
        request,
        filterset=documents,
        template="sources/document_list.html",
        filename="documents",
        columns=DOCUMENT_COLUMNS,
    )


def document_detail(request, pk: int):
    document = get_object_or_404(Document.objects.defer("extraction"), pk=pk)
    quotes = document_quotes(document)
    context = {
        "document": document,
        "quotes": quotes,
        "segments": document_segments(document.text, quotes),
        "unlocated": [row for row in quotes if row.start is None],
    }
    return render(request, "sources/document_detail.html", context)
