from django.shortcuts import get_object_or_404, render

from .models import Document


def document_detail(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    return render(request, "sources/document_detail.html", {"document": document})
