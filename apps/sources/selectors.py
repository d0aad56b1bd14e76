"""Reads on provenance that any page may use; the document pages' reads are in
apps/timeline/documents.py (they read every fact app)."""

from django.contrib.contenttypes.models import ContentType

from .models import Provenance


def quotes_attach(facts) -> list:
    """Set `first_quote` on each fact (deals, designations, events...): the first quote that
    states it (by document, then position), "" when none; one query per kind of fact.
    Returns the facts, for feeds that summarise a fact by its quote."""
    facts = list(facts)
    by_model: dict[type, list] = {}
    for fact in facts:
        by_model.setdefault(type(fact), []).append(fact)
    for model, rows in by_model.items():
        quotes: dict[int, str] = {}
        provenance = (
            Provenance.objects.filter(
                content_type=ContentType.objects.get_for_model(model),
                object_id__in=[row.pk for row in rows],
            )
            .exclude(quote="")
            .order_by("object_id", "document_id", "start")
            .values_list("object_id", "quote")
        )
        for object_id, quote in provenance:
            quotes.setdefault(object_id, quote)
        for row in rows:
            row.first_quote = quotes.get(row.pk, "")
    return facts
