"""Drug list filters."""

import django_filters

from apps.companies.filters import CompanyFilterMixin
from apps.core.filters import TextFilter

from .models import Drug
from .selectors import drug_ids_matching


class DrugFilter(CompanyFilterMixin, django_filters.FilterSet):
    q = TextFilter(method="filter_text", label="Name or code name")
    modality = django_filters.ChoiceFilter(
        choices=Drug.Modality.choices, empty_label="Any modality"
    )

    class Meta:
        model = Drug
        fields = ["q", "company", "modality"]

    def filter_text(self, queryset, name, value: str):
        return queryset.filter(pk__in=drug_ids_matching(value))

    def filter_companies(self, queryset, company_ids):
        return queryset.filter(owner_id__in=company_ids)
