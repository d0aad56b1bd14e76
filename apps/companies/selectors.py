"""Reads for company lists and search."""

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from apps.core.models import ReviewState
from apps.deals.models import DealParty

from .models import Company, CompanyAlias, Listing


def company_ids_matching(query: str):
    """Ids of companies whose name, any alias (in any script) or ticker matches the text."""
    query = query.strip()
    # Names are short: a substring match finds any script and part of a name.
    by_alias = CompanyAlias.objects.filter(name__icontains=query)
    symbol = query.rpartition(".")[0] if "." in query else query
    by_ticker = Listing.objects.filter(Q(symbol__iexact=symbol) | Q(symbol__iexact=query))
    return Company.objects.filter(
        Q(name__icontains=query)
        | Q(pk__in=by_alias.values("company_id"))
        | Q(pk__in=by_ticker.values("company_id"))
    ).values("pk")


def companies_for_listing():
    """Visible companies with what a row shows, in a fixed number of queries."""
    return (
        Company.objects.visible()
        .select_related("parent")
        .prefetch_related("aliases", "listings")
        .annotate(deal_count=_visible_deal_count())
        .order_by("name")
    )


def _visible_deal_count():
    """How many shown deals name the company (once, whatever its roles in them).

    A correlated subquery, not a GROUP BY: the database counts for the rows of the page (or
    the search's first few) instead of for every company before it sorts and pages.
    """
    deals = (
        DealParty.objects.filter(company=OuterRef("pk"), deal__review_state__in=_shown_states())
        .order_by()
        .values("company")
        .annotate(count=Count("deal", distinct=True))
        .values("count")
    )
    return Coalesce(Subquery(deals, output_field=IntegerField()), 0)


def _shown_states() -> list[str]:
    """The review states ReviewedQuerySet.visible() shows, as a condition on a joined deal:
    `deal__in=Deal.objects.visible()` made SQLite rescan the deals for every company."""
    if settings.SHOW_UNREVIEWED_FACTS:
        return [state for state in ReviewState.values if state != ReviewState.REJECTED]
    return [ReviewState.APPROVED]


def company_choices():
    """Companies for a "Company" select on any list."""
    return Company.objects.visible().only("pk", "name", "slug").order_by("name")
