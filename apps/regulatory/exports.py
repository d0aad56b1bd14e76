"""What a designation row holds in CSV and JSON (documented in docs/exports.md)."""

from django.urls import reverse

from apps.core.exports import Column, FilteredFeed, InvalidFilters
from apps.sources.selectors import quotes_attach

from .filters import DesignationFilter
from .selectors import designations_for_listing

DESIGNATION_COLUMNS = [
    Column("id", lambda item: item.pk),
    Column("url", lambda item: item.get_absolute_url()),
    Column("drug", lambda item: item.drug.name),
    Column("drug_slug", lambda item: item.drug.slug),
    Column("owner", lambda item: item.drug.owner.name if item.drug.owner else None),
    Column("agency", lambda item: item.agency),
    Column("type", lambda item: item.type),
    Column("status", lambda item: item.status),
    Column("indication", lambda item: item.indication),
    Column("date", lambda item: item.when),
    Column("review_state", lambda item: item.review_state),
]


class DesignationFeed(FilteredFeed):
    title = "dealtracker: regulatory designations"
    description = "Designations matching the filters, newest first."

    def get_object(self, request):
        designations = DesignationFilter(
            request.GET, queryset=designations_for_listing(), request=request
        )
        if not designations.is_valid():
            raise InvalidFilters(designations.errors)
        return designations

    def link(self, designations):
        return self.page_link(reverse("regulatory:designation_list"), designations.data)

    def items(self, designations):
        return quotes_attach(designations.qs[: self.limit])

    def item_title(self, item):
        return f"{item.drug.name}: {item.agency} {item.get_type_display()}"

    def item_headline(self, item):
        parts = [self.item_title(item), item.get_status_display(), item.indication]
        return " · ".join(part for part in parts if part)

    def item_date(self, item):
        return item.when
