from django.shortcuts import get_object_or_404, render

from apps.core.exports import Column, list_response

from .filters import DocumentFilter
from .models import Document
from .selectors import (
    document_quotes,
    document_segments,
    documents_for_listing,
)

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


def document_list(request):
    documents = DocumentFilter(request.GET, queryset=documents_for_listing(), request=request)
    return list_response(
        request,
        filterset=documents,
        template="sources/document_list.html",
        filename="documents",
        columns=DOCUMENT_COLUMNS,
    )


def document_detail(request, pk: int):
    document = get_object_or_404(Document.objects.defer("extraction"), pk=pk)
    quotes = document_quotes(document)
    context = {
        "document": document,
        "quotes": quotes,
        "segments": document_segments(document.text, quotes),
        "unlocated": [row for row in quotes if row.start is None],
    }
    return render(request, "sources/document_detail.html", context)
