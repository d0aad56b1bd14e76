"""Company filters: `?company=<slug>` means the same on every list and the timeline."""

import django_filters
from django import forms
from django.urls import reverse_lazy

from apps.core.filters import (
    IncludeSwitchField,
    PickerFilter,
    RangeCheckedFilterSet,
    TextFilter,
)

from .models import Company
from .selectors import company_ids_matching, company_matches, company_suggestions

COMPANY_HELP = "A name or alias in any script, a ticker (2096.HK) or the slug from its address."


class CompanyFilterMixin(RangeCheckedFilterSet):
    """`company` (any name, alias, ticker or slug) with its subsidiaries at any depth, unless
    `subsidiaries=off` asks for the company alone; lists say what matches."""

    company = PickerFilter(
        kind="company",
        match=company_matches,
        suggest=company_suggestions,
        suggest_url=reverse_lazy("companies:company_suggest"),
        method="filter_company",
        label="Company",
        placeholder="Any company",
        help_text=COMPANY_HELP,
    )
    MODIFIERS = [
        (
            "subsidiaries",
            lambda: IncludeSwitchField(
                required=False,
                label="Subsidiaries",
                widget=forms.Select(
                    choices=[
                        ("on", "Included (the whole group)"),
                        ("off", "Left out (this company alone)"),
                    ]
                ),
            ),
            "company",
        )
    ]

    def filter_company(self, queryset, name, company: Company):
        alone = self.form.cleaned_data.get("subsidiaries") is False
        ids = [company.pk] if alone else company.family_ids()
        return self.filter_companies(queryset, ids)

    def filter_companies(self, queryset, company_ids: list[int]):
        raise NotImplementedError("each list says how a company relates to its rows")


class CompanyFilter(django_filters.FilterSet):
    q = TextFilter(method="filter_text", label="Name, alias or ticker")

    class Meta:
        model = Company
        fields = ["q"]

    def filter_text(self, queryset, name, value: str):
        return queryset.filter(pk__in=company_ids_matching(value))
