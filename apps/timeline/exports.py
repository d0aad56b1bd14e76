"""A company timeline in CSV, JSON (docs/exports.md) and Atom; the document list's columns."""

from django.http import Http404

from apps.companies.models import Company
from apps.core.exports import Column, FilteredFeed, InvalidFilters
from apps.core.tables import TableColumn, table
from apps.sources.selectors import quotes_attach

from .forms import TimelineFilterForm
from .selectors import company_for_page, timeline_entries

TIMELINE_COLUMNS = [
    Column("kind", lambda entry: entry.kind),
    Column("id", lambda entry: entry.fact.pk),
    Column("url", lambda entry: entry.url),
    Column("date", lambda entry: entry.when),
    Column("type", lambda entry: entry.fact.type),
    Column("title", lambda entry: entry.title),
    Column("review_state", lambda entry: entry.fact.review_state),
]


class CompanyTimelineFeed(FilteredFeed):
    description = "The company's deals, its drugs' designations and its events, newest first."

    def get_object(self, request, slug: str):
        try:
            company = company_for_page(slug)
        except Company.DoesNotExist:
            raise Http404("No such company, or it is not shown.") from None
        form = TimelineFilterForm(request.GET)
        if not form.is_valid():
            raise InvalidFilters(form.errors)
        return company, form.cleaned_data, request.GET

    def title(self, obj):
        return f"dealtracker: {obj[0].name} timeline"

    def link(self, obj):
        return self.page_link(obj[0].get_absolute_url(), obj[2])

    def items(self, obj):
        company, data, _query = obj
        entries = timeline_entries(company=company, data=data)[: self.limit]
        quotes_attach(entry.fact for entry in entries)
        return entries

    def item_title(self, entry):
        return entry.title

    def item_headline(self, entry):
        when = entry.when.display() if entry.when else "date not stated"
        return f"{entry.title} ({entry.type_label}, {when})"

    def item_link(self, entry):
        return entry.url

    def item_date(self, entry):
        return entry.when


DOCUMENT_COLUMNS = [
    Column("id", lambda document: document.pk),
    Column("url", lambda document: document.get_absolute_url()),
    Column("label", lambda document: document.label),
    Column("title", lambda document: document.title),
    Column("published", lambda document: document.published),
    Column("source_url", lambda document: document.source_url),
    Column("status", lambda document: document.status),
    Column("deals", lambda document: document.deal_count),
    Column("designations", lambda document: document.designation_count),
    Column("drugs", lambda document: document.drug_count),
    Column("companies", lambda document: document.company_count),
    Column("events", lambda document: document.event_count),
]


DOCUMENT_TABLE = table(
    DOCUMENT_COLUMNS,
    TableColumn("Published", "sources/cells/published.html", ("published",), nowrap=True),
    TableColumn("Release", "sources/cells/release.html", ("label", "url")),
    TableColumn("Source", "sources/cells/source.html", ("source_url",)),
    TableColumn("Status", "sources/cells/status.html", ("status",)),
    TableColumn(
        "Facts",
        "sources/cells/facts.html",
        ("deals", "designations", "drugs", "companies", "events"),
    ),
    export_only=("id", "title"),
)
