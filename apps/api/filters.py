"""The pages' FilterSets, as the API uses them: the same names and the same 400s.

The one filter left out is the deal list's `sort`: API pages follow the cursor's fixed order
(newest stored first), which a re-sort would break.
"""

import django_filters
from django import forms
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from apps.companies.filters import CompanyFilter, CompanyFilterMixin
from apps.companies.models import CompanyEvent
from apps.core.filters import PartialDateFilter
from apps.deals.filters import DealFilter
from apps.drugs.filters import DrugFilter
from apps.regulatory.filters import DesignationFilter
from apps.sources.filters import DocumentFilter

__all__ = [
    "CompanyFilter",
    "DealApiFilter",
    "DesignationFilter",
    "DocumentFilter",
    "DrugFilter",
    "EventFilter",
    "PageFilterBackend",
]


class PageFilterBackend(DjangoFilterBackend):
    """DjangoFilterBackend, answering a refused filter with the form's own messages.

    django-filter's backend formats each message with `message % params` itself, so a
    message quoting what the client typed ("no drug matches ' LIMIT %s'") raised TypeError, a
    500; Django's form errors render them as the pages do. 400: {"field": ["message", ...]}.
    """

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid():
            errors = filterset.form.errors.get_json_data()
            raise ValidationError(
                {
                    field: [error["message"] for error in messages]
                    for field, messages in errors.items()
                }
            )
        return filterset.qs


class DealApiFilter(DealFilter):
    sort = None  # removes the page's filter of that name (django-filter honours None)


class EventFilter(CompanyFilterMixin, django_filters.FilterSet):
    """Company events: `company` (with `subsidiaries`), `type`, `date_after`/`date_before`,
    named as on the other lists (no list page has events; the timeline's form is per company)."""

    type = django_filters.MultipleChoiceFilter(
        choices=CompanyEvent.Type.choices,
        widget=forms.CheckboxSelectMultiple,
        label="Event type",
        distinct=False,
    )
    date_after = PartialDateFilter(field_name="date", bound="after", label="Dated from")
    date_before = PartialDateFilter(field_name="date", bound="before", label="Dated to")

    class Meta:
        model = CompanyEvent
        fields = []

    def filter_companies(self, queryset, company_ids):
        return queryset.for_companies(company_ids)
