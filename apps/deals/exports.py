"""What a deal row holds in CSV and JSON (documented in docs/exports.md)."""

from django.urls import reverse

from apps.core.exports import Column, FilteredFeed, InvalidFilters
from apps.sources.selectors import quotes_attach

from .filters import DealFilter
from .selectors import deals_for_listing


def _parties(deal):
    return [
        {"name": party.company.name, "slug": party.company.slug, "role": party.role}
        for party in deal.parties.all()
    ]


def _parties_text(deal) -> str:
    return "; ".join(f"{party.company.name} ({party.role})" for party in deal.parties.all())


DEAL_COLUMNS = [
    Column("id", lambda deal: deal.pk),
    Column("url", lambda deal: deal.get_absolute_url()),
    Column("type", lambda deal: deal.type),
    Column("announced", lambda deal: deal.announced),
    Column("signed", lambda deal: deal.signed),
    Column("parties", _parties, text=_parties_text),
    Column("drugs", lambda deal: [drug.name for drug in deal.drugs.all()]),
    Column("indications", lambda deal: [item.name for item in deal.indications.all()]),
    Column("territory", lambda deal: deal.territory),
    Column("exclusive", lambda deal: deal.exclusive),
    Column("upfront", lambda deal: deal.upfront),
    Column("upfront_disclosed", lambda deal: deal.upfront_disclosed),
    Column("milestones", lambda deal: deal.milestones),
    Column("milestones_disclosed", lambda deal: deal.milestones_disclosed),
    Column("royalties_disclosed", lambda deal: deal.royalties_disclosed),
    Column("total_value", lambda deal: deal.total_value),
    Column("value", lambda deal: deal.value),
    Column("value_basis", lambda deal: deal.value_basis),
    Column("value_usd", lambda deal: deal.value_usd),
    Column("usd_rate", lambda deal: deal.usd_rate),
    Column("usd_rate_on", lambda deal: deal.usd_rate_on),
    Column("usd_missing", lambda deal: deal.usd_missing),
    Column("review_state", lambda deal: deal.review_state),
]


class DealFeed(FilteredFeed):
    title = "dealtracker: deals"
    description = "Deals matching the filters, newest first."

    def get_object(self, request):
        deals = DealFilter(request.GET, queryset=deals_for_listing(), request=request)
        if not deals.is_valid():
            raise InvalidFilters(deals.errors)
        return deals

    def link(self, deals):
        return self.page_link(reverse("deals:deal_list"), deals.data)

    def items(self, deals):
        return quotes_attach(deals.qs[: self.limit])

    def item_title(self, deal):
        return str(deal)

    def item_headline(self, deal):
        """ "License: A / B · drugumab · Greater China · USD 1.2 billion (total stated)"."""
        value = (
            f"{deal.value.display()} ({deal.get_value_basis_display().lower()})"
            if deal.value
            else ""
        )
        if deal.value and deal.value_usd is not None and deal.value_currency != "USD":
            value += f", ≈ {deal.value_in_usd.display()}"
        drugs = ", ".join(drug.name for drug in deal.drugs.all())
        return " · ".join(part for part in (str(deal), drugs, deal.territory, value) if part)

    def item_date(self, deal):
        return deal.announced
