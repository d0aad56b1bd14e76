"""Reads for deal lists, the deal page and search."""

from django.db.models import F, Prefetch, Q

from apps.companies.selectors import company_ids_bounded, company_ids_matching
from apps.core.names import fold
from apps.core.pickers import CANDIDATE_LIMIT, SUGGESTION_LIMIT, Suggestion, rank_suggestions
from apps.drugs.models import Drug
from apps.drugs.selectors import drug_ids_bounded, drug_ids_matching
from apps.sources.models import Provenance

from .models import Deal, DealParty


def deals_for_listing():
    """Visible deals with parties, drugs and indications, in a fixed number of queries.

    A row shows a party's and a drug's name and links by slug: loading no other column keeps
    a 20,000-row export from building (and converting the dates of) 60,000 full objects.
    """
    parties = DealParty.objects.select_related("company").only(
        "deal_id", "role", "company__name", "company__slug"
    )
    drugs = Drug.objects.visible().only("name", "slug").order_by("name")
    return (
        Deal.objects.visible()
        .prefetch_related(
            Prefetch("parties", queryset=parties), Prefetch("drugs", queryset=drugs), "indications"
        )
        .order_by(F("announced_on").desc(nulls_last=True), "-id")
    )


def deal_for_page(pk: int) -> Deal:
    """One visible deal with everything its page shows; DoesNotExist when hidden."""
    sources = Provenance.objects.select_related("document").order_by("document_id", "start")
    return deals_for_listing().prefetch_related(Prefetch("sources", queryset=sources)).get(pk=pk)


def deal_ids_matching(query: str):
    """Ids of deals naming a matching party or drug, or whose territory matches."""
    return Deal.objects.filter(deals_matching_condition(query)).values("pk")


# How many matching companies (or drugs) a deal text search lists by id; a broader term is
# tested deal by deal instead (see deals_matching_condition).
SEARCH_ID_LIMIT = 500


_RESOLVE = object()


def deals_matching_condition(query: str, *, company_ids=_RESOLVE, drug_ids=_RESOLVE) -> Q:
    """The condition behind deal_ids_matching, to filter a deal queryset in place.

    Matching companies and drugs are resolved first, through their indexes, into a bounded id
    list: a rare term (or none matching) then reads the parties of those few companies only.
    A broad term (more than SEARCH_ID_LIMIT companies) keeps the IN (subquery) over matching
    parties, which PostgreSQL hashes; an EXISTS per deal here combined with visible()'s
    anti-joins into a nested loop (47 s at 1/10 size). A rare term never reaches that
    subquery, which is where PostgreSQL's mis-estimate made a 48 s non-hashed subplan.
    A caller that resolved the ids already (search) passes them, as the bounded lookups return.
    """
    query = query.strip()
    condition = Q(territory__icontains=query)
    if company_ids is _RESOLVE:
        company_ids = company_ids_bounded(query, limit=SEARCH_ID_LIMIT)
    if company_ids is None:
        parties = DealParty.objects.filter(company_id__in=company_ids_matching(query))
        condition |= Q(pk__in=parties.values("deal_id"))
    elif company_ids:
        parties = DealParty.objects.filter(company_id__in=company_ids)
        condition |= Q(pk__in=parties.values("deal_id"))
    if drug_ids is _RESOLVE:
        drug_ids = drug_ids_bounded(query, limit=SEARCH_ID_LIMIT)
    links = Deal.drugs.through.objects
    if drug_ids is None:
        condition |= Q(pk__in=links.filter(drug_id__in=drug_ids_matching(query)).values("deal_id"))
    elif drug_ids:
        condition |= Q(pk__in=links.filter(drug_id__in=drug_ids).values("deal_id"))
    return condition


def territory_suggestions(text: str, *, limit: int = SUGGESTION_LIMIT) -> list[Suggestion]:
    """Territories visible deals name that fit the text, best first (at most CANDIDATE_LIMIT
    distinct territories read)."""
    folded = fold(text)
    if not folded:
        return []
    head = folded.split()[0][:3]
    territories = (
        Deal.objects.visible()
        .filter(territory__icontains=head)
        .order_by("territory")
        .values_list("territory", flat=True)
        .distinct()[:CANDIDATE_LIMIT]
    )
    candidates = [(territory, Suggestion(territory, territory)) for territory in territories]
    return rank_suggestions(text, candidates, limit=limit)
