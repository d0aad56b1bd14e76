"""Designation list filters: one FilterSet for the page, its CSV/JSON and its Atom feed."""

import django_filters
from django import forms
from django.urls import reverse_lazy

from apps.companies.filters import CompanyFilterMixin
from apps.core.filters import DRUG_HELP, PartialDateFilter, PickerFilter
from apps.drugs.selectors import drug_matches, drug_suggestions

from .models import Designation


class DesignationFilter(CompanyFilterMixin, django_filters.FilterSet):
    # distinct=False: a column of the row itself never repeats it; DISTINCT sorted every row.
    agency = django_filters.MultipleChoiceFilter(
        choices=Designation.Agency.choices,
        widget=forms.CheckboxSelectMultiple,
        label="Agency",
        distinct=False,
    )
    type = django_filters.MultipleChoiceFilter(
        distinct=False,
        choices=Designation.Type.choices,
        widget=forms.CheckboxSelectMultiple,
        label="Designation type",
    )
    status = django_filters.ChoiceFilter(
        choices=Designation.Status.choices, label="Status", empty_label="Any status"
    )
    drug = PickerFilter(
        kind="drug",
        match=drug_matches,
        suggest=drug_suggestions,
        suggest_url=reverse_lazy("drugs:drug_suggest"),
        label="Drug",
        placeholder="Any drug",
        help_text=DRUG_HELP,
    )
    date_after = PartialDateFilter(field_name="date", bound="after", label="Dated from")
    date_before = PartialDateFilter(field_name="date", bound="before", label="Dated to")

    class Meta:
        model = Designation
        fields = []

    def filter_companies(self, queryset, company_ids):
        """A company's designations are those of the drugs it owns."""
        return queryset.filter(drug__owner_id__in=company_ids)
