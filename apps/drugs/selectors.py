"""Reads for drug lists, the drug page and search."""

from collections import defaultdict

from django.db.models import F, Q

from apps.regulatory.models import Designation

from .models import Drug, DrugAlias


def drug_ids_matching(query: str):
    """Ids of drugs whose name or any code name or brand matches the text."""
    query = query.strip()
    # Names are short: a substring match finds any script and part of a code ("HQP").
    by_alias = DrugAlias.objects.filter(name__icontains=query)
    return Drug.objects.filter(
        Q(name__icontains=query) | Q(pk__in=by_alias.values("drug_id"))
    ).values("pk")


def drugs_for_listing():
    """Visible drugs with owner, code names and targets, in a fixed number of queries."""
    return (
        Drug.objects.visible()
        .select_related("owner")
        .prefetch_related("aliases", "targets", "indications")
        .order_by("name")
    )


def drug_choices():
    return Drug.objects.visible().only("pk", "name", "slug").order_by("name")


def drug_deals(drug: Drug):
    """The visible deals that name this drug, newest first, as deal rows show them."""
    from apps.deals.selectors import deals_for_listing  # deals' selectors read drugs' ones

    return deals_for_listing().filter(drugs=drug)


def regulatory_columns(drug: Drug) -> list[tuple[str, list[Designation]]]:
    """The drug's designations per agency, newest first: FDA and NMPA side by side.

    Agencies in their usual order (FDA, NMPA, EMA...), only those with a designation.
    """
    by_agency = defaultdict(list)
    designations = (
        Designation.objects.visible()
        .filter(drug=drug)
        .select_related("drug")
        .prefetch_related("sources__document")
        .order_by(F("date").desc(nulls_last=True), "-id")
    )
    for designation in designations:
        by_agency[designation.agency].append(designation)
    order = [value for value, _ in Designation.Agency.choices]
    return [(agency, by_agency[agency]) for agency in order if agency in by_agency]
