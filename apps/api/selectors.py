"""The API's reads: each page's own visible() selector, plus the quotes every API row carries.

Visibility is never decided here: the querysets come from the apps' selectors that the list
pages use (review state, SHOW_UNREVIEWED_FACTS, PUBLIC_MIN_CONFIDENCE, hidden names).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Prefetch

from apps.companies.models import CompanyEvent
from apps.companies.selectors import companies_for_listing
from apps.deals.selectors import deals_for_listing
from apps.drugs.selectors import drugs_for_listing
from apps.regulatory.selectors import designations_for_listing
from apps.sources.models import Document, Provenance
from apps.timeline.documents import document_quotes, documents_for_listing

# The API's lists, by their URL name.
KINDS_LISTED = ["deals", "companies", "drugs", "designations", "events", "documents"]
# What an API kind is called for each model (as `quotes[].kind`).
KINDS = {
    "deal": "deal",
    "designation": "designation",
    "drug": "drug",
    "company": "company",
    "companyevent": "event",
}


def _sources() -> Prefetch:
    """Each fact's quotes with their document's id and URL: one query per list, any length."""
    rows = (
        Provenance.objects.select_related("document")
        .only("content_type_id", "object_id", "document_id", "quote", "document__source_url")
        .order_by("document_id", "start", "id")
    )
    return Prefetch("sources", queryset=rows)


def api_deals():
    return deals_for_listing().prefetch_related(_sources())


def api_companies():
    return companies_for_listing().prefetch_related(_sources())


def api_drugs():
    return drugs_for_listing().prefetch_related(_sources())


def api_designations():
    return designations_for_listing().prefetch_related(_sources())


def api_events():
    """Visible company events (of visible companies), newest first, with their company.

    No list page has its own event query; the company timeline reads them the same way."""
    return (
        CompanyEvent.objects.visible()
        .select_related("company")
        .prefetch_related(_sources())
        .order_by(F("date").desc(nulls_last=True), "-id")
    )


def api_documents():
    """Every document, as the document list shows them (the pages hide none), without text."""
    return documents_for_listing()


def api_document_detail():
    """As api_documents, with the text."""
    return documents_for_listing().defer(None).defer("extraction")


def document_quotes_attach(document: Document) -> Document:
    """Set `shown_quotes`: the document's quotes of shown facts (as its page highlights them),
    each with `fact_kind` ("deal", "event"...)."""
    quotes = document_quotes(document)
    for row in quotes:
        model = ContentType.objects.get_for_id(row.content_type_id).model
        row.fact_kind = KINDS.get(model, model)
    document.shown_quotes = quotes
    return document
