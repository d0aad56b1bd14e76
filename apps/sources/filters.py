"""Document list filters: status, published date and text."""

import django_filters
from django.db.models import Q

from apps.core.filters import PartialDateFilter, RangeCheckedFilterSet, TextFilter

from .models import Document


class DocumentFilter(RangeCheckedFilterSet):
    q = TextFilter(method="filter_text", label="Title or text contains")
    status = django_filters.ChoiceFilter(
        choices=Document.Status.choices, label="Ingestion status", empty_label="Any status"
    )
    date_after = PartialDateFilter(field_name="published_on", bound="after", label="Published from")
    date_before = PartialDateFilter(field_name="published_on", bound="before", label="Published to")

    class Meta:
        model = Document
        fields = []

    def filter_text(self, queryset, name, value: str):
        return queryset.filter(Q(title__icontains=value) | Q(text__icontains=value))
