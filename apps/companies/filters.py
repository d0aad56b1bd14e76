"""Company filters: `?company=<slug>` means the same on every list and the timeline."""

import django_filters
from django import forms

from apps.core.filters import SlugOrNameFilter, TextFilter

from .models import Company
from .selectors import company_choices, company_ids_matching


def _company_choices(request):
    return company_choices()


class CompanyFilterMixin(django_filters.FilterSet):
    """`company` (a slug) and `subsidiaries` (include the whole family); lists say what matches."""

    company = SlugOrNameFilter(
        queryset=_company_choices,
        method="filter_company",
        label="Company",
        placeholder="Any company",
        help_text="A name or alias, or the slug from the company's address; Search finds others.",
    )
    subsidiaries = django_filters.BooleanFilter(
        method="filter_nothing",
        widget=forms.CheckboxInput,
        label="Include subsidiaries",
    )

    def filter_company(self, queryset, name, company: Company):
        ids = company.family_ids() if self.form.cleaned_data.get("subsidiaries") else [company.pk]
        return self.filter_companies(queryset, ids)

    def filter_companies(self, queryset, company_ids: list[int]):
        raise NotImplementedError("each list says how a company relates to its rows")

    def filter_nothing(self, queryset, name, value):
        return queryset  # read by filter_company


class CompanyFilter(django_filters.FilterSet):
    q = TextFilter(method="filter_text", label="Name, alias or ticker")

    class Meta:
        model = Company
        fields = ["q"]

    def filter_text(self, queryset, name, value: str):
        return queryset.filter(pk__in=company_ids_matching(value))
