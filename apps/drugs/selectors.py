"""Reads for drug lists, the drug page and search."""

from django.db.models import Q, Value
from django.db.models.functions import Concat, Replace

from apps.core.names import fold
from apps.core.pickers import (
    CANDIDATE_LIMIT,
    SUGGESTION_LIMIT,
    Suggestion,
    compact,
    rank_suggestions,
)

from .models import Drug, DrugAlias, Indication


def drug_ids_matching(query: str):
    """Ids of drugs whose name or any code name or brand matches the text."""
    query = query.strip()
    # Names are short: a substring match finds any script and part of a code ("HQP"); the
    # compact key (no spaces, hyphens or case) finds "hqp-1351" as HQP1351 and NWB101 as NWB-101.
    condition = Q(name__icontains=query)
    if len(compact(query)) >= 3:
        condition |= Q(compact_key__contains=compact(query))
    by_alias = DrugAlias.objects.alias(compact_key=_compact_key()).filter(condition)
    return Drug.objects.filter(
        Q(name__icontains=query) | Q(pk__in=by_alias.values("drug_id"))
    ).values("pk")


def drug_ids_bounded(query: str, *, limit: int) -> list[int] | None:
    """Up to `limit` ids of drugs matching as in drug_ids_matching; None when more match.

    A UNION of two lookups that each use a trigram GIN index on PostgreSQL (core 0002).
    """
    query = query.strip()
    # A broad term is told by its names alone, reading at most limit + 1 of them (the UNION
    # below de-duplicates every match first).
    by_name = Drug.objects.filter(name__icontains=query).order_by().values_list("pk")
    if len(by_name[: limit + 1]) > limit:
        return None
    condition = Q(name__icontains=query)
    if len(compact(query)) >= 3:  # as drug_ids_matching: HQP-1351 finds HQP1351
        condition |= Q(compact_key__contains=compact(query))
    by_alias = DrugAlias.objects.alias(compact_key=_compact_key()).filter(condition)
    ids = (
        Drug.objects.filter(name__icontains=query)
        .order_by()
        .values_list("pk")
        .union(by_alias.order_by().values_list("drug_id"))[: limit + 1]
    )
    found = [pk for (pk,) in ids]
    return found if len(found) <= limit else None


def drugs_for_listing():
    """Visible drugs with owner, code names and targets, in a fixed number of queries."""
    return (
        Drug.objects.visible()
        .select_related("owner")
        .prefetch_related("aliases", "targets", "indications")
        .order_by("name")
    )


def drugs_owned_by(company_ids):
    """Visible drugs owned by these companies (a family), with their owner, by name."""
    return (
        Drug.objects.visible()
        .filter(owner_id__in=company_ids)
        .select_related("owner")
        .order_by("name")
    )


def _compact_key():
    """An alias key with its spaces gone, in SQL: 'hqp 1351' -> 'hqp1351'."""
    return Replace("key", Value(" "), Value(""))


def drug_matches(text: str) -> list[Drug]:
    """The visible drugs a filter value names exactly: slug, name or any code name, case,
    punctuation and hyphens folded (hqp-1351 = HQP1351). At most a few rows."""
    text = text.strip()
    drugs = Drug.objects.visible().only("pk", "name", "slug")
    found = list(drugs.filter(slug=text)[:1]) or list(drugs.by_name(text).order_by("name")[:5])
    if found or not compact(text):
        return found
    by_code = DrugAlias.objects.alias(compact_key=_compact_key()).filter(compact_key=compact(text))
    return list(drugs.filter(pk__in=by_code.values("drug_id")).order_by("name")[:5])


def drug_suggestions(text: str, *, limit: int = SUGGESTION_LIMIT) -> list[Suggestion]:
    """Drugs for a picker by name or code name (hyphens folded), best first; at most
    CANDIDATE_LIMIT names read."""
    text = text.strip()
    if not compact(text):
        return []
    aliases = DrugAlias.objects.filter(drug__in=Drug.objects.visible()).select_related("drug")
    head = compact(text)[:3]
    rows = [
        *aliases.filter(name__istartswith=text)[:CANDIDATE_LIMIT],
        *aliases.alias(compact_key=_compact_key()).filter(compact_key__contains=head)[
            :CANDIDATE_LIMIT
        ],
    ]
    candidates = [(alias.name, Suggestion(alias.drug.slug, alias.drug.name)) for alias in rows]
    return rank_suggestions(text, candidates, limit=limit)


def indication_matches(text: str) -> list[Indication]:
    """Indications a filter value names: an id (as links use), else every indication holding
    all its words ("lung cancer" finds "non-small cell lung cancer with EGFR ...")."""
    text = text.strip()
    if text.isdigit() and int(text) <= 2**31 - 1:
        return list(Indication.objects.filter(pk=int(text)))
    words = fold(text).split()
    if not words:
        return []
    matching = Indication.objects.all()
    for word in words:
        # On the folded key with spaces around, so a word matches whole words only.
        matching = matching.alias(spaced=Concat(Value(" "), "key", Value(" "))).filter(
            spaced__contains=f" {word} "
        )
    return list(matching.order_by("name")[:CANDIDATE_LIMIT])


def indication_suggestions(text: str, *, limit: int = SUGGESTION_LIMIT) -> list[Suggestion]:
    """Indications for a picker: by prefix, then by words, then by similarity."""
    folded = fold(text)
    if not folded:
        return []
    head = folded.split()[0][:4]
    rows = Indication.objects.filter(key__contains=head).order_by("name")[:CANDIDATE_LIMIT]
    candidates = [(row.name, Suggestion(row.name, row.name)) for row in rows]
    return rank_suggestions(text, candidates, limit=limit)
