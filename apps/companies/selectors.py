"""Reads for company lists and search."""

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce

from apps.core.models import ReviewState
from apps.core.names import fold
from apps.core.pickers import CANDIDATE_LIMIT, SUGGESTION_LIMIT, Suggestion, rank_suggestions
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


def company_ids_bounded(query: str, *, limit: int) -> list[int] | None:
    """Up to `limit` ids of companies matching as in company_ids_matching; None when more match.

    A UNION of three lookups that each use an index on PostgreSQL (trigram GIN on the name
    and alias names, core 0002), so a rare term costs a few index reads and the caller
    can filter with a short id list instead of a subquery the planner may mis-estimate.
    """
    query = query.strip()
    # A broad term is told by its names alone, reading at most limit + 1 of them: the
    # UNION below de-duplicates every match first (30,000 for "pharma": 80 ms).
    by_name = Company.objects.filter(name__icontains=query).order_by().values_list("pk")
    if len(by_name[: limit + 1]) > limit:
        return None
    symbol = query.rpartition(".")[0] if "." in query else query
    ids = (
        Company.objects.filter(name__icontains=query)
        .order_by()
        .values_list("pk")
        .union(
            CompanyAlias.objects.filter(name__icontains=query).order_by().values_list("company_id"),
            Listing.objects.filter(Q(symbol__iexact=symbol) | Q(symbol__iexact=query))
            .order_by()
            .values_list("company_id"),
        )[: limit + 1]
    )
    found = [pk for (pk,) in ids]
    return found if len(found) <= limit else None


def companies_for_listing():
    """Visible companies with what a row shows, in a fixed number of queries."""
    return (
        Company.objects.visible()
        # A hidden parent reads as no parent (prefetch leaves None), never a link to a 404.
        .prefetch_related(Prefetch("parent", queryset=Company.objects.visible()))
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


def _ticker_parts(text: str) -> tuple[str, str]:
    """'2096.HK' -> ('2096', 'HK'); '2096' -> ('2096', '')."""
    symbol, dot, exchange = text.strip().rpartition(".")
    if dot and symbol and exchange.isalpha():
        return symbol.upper(), exchange.upper()
    return text.strip().upper(), ""


def company_matches(text: str) -> list[Company]:
    """The visible companies a filter value names exactly: slug, then ticker, then any name or
    alias (suffixes, case and script width folded). At most a few rows; [] when none."""
    text = text.strip()
    companies = Company.objects.visible().only("pk", "name", "slug")
    found = list(companies.filter(slug=text)[:1])
    if found:
        return found
    symbol, exchange = _ticker_parts(text)
    listings = Listing.objects.filter(symbol__iexact=symbol)
    if exchange:
        listings = listings.filter(exchange__iexact=exchange)
    if any(char.isdigit() for char in symbol) or exchange:
        found = list(companies.filter(pk__in=listings.values("company_id"))[:5])
        if found:
            return found
    return list(companies.by_name(text).order_by("name")[:5])


def company_suggestions(text: str, *, limit: int = SUGGESTION_LIMIT) -> list[Suggestion]:
    """Companies for a picker: by name, any alias (any script) or ticker, best first.

    Reads at most CANDIDATE_LIMIT names (those starting with the text, then those holding its
    first three letters) and ranks them with apps.core.pickers.rank_suggestions.
    """
    text = text.strip()
    folded = fold(text)
    if not folded:
        return []
    visible = Company.objects.visible()
    aliases = CompanyAlias.objects.filter(company__in=visible).select_related("company")
    head = folded.split()[0][:3]
    rows = [
        *aliases.filter(name__istartswith=text)[:CANDIDATE_LIMIT],
        *aliases.filter(name__icontains=head)[:CANDIDATE_LIMIT],
    ]
    candidates = [(alias.name, _suggestion(alias.company)) for alias in rows]
    candidates += [(company.name, _suggestion(company)) for company in {a.company for a in rows}]
    symbol, _exchange = _ticker_parts(text)
    listings = Listing.objects.filter(company__in=visible, symbol__istartswith=symbol)
    for listing in listings.select_related("company")[:CANDIDATE_LIMIT]:
        candidates.append((str(listing), _suggestion(listing.company)))
        candidates.append((listing.symbol, _suggestion(listing.company)))
    return rank_suggestions(text, candidates, limit=limit)


def _suggestion(company: Company) -> Suggestion:
    return Suggestion(company.slug, company.name)
