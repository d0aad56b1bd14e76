from django.shortcuts import get_object_or_404, render

from .models import Document
from .selectors import document_quotes, document_segments


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
