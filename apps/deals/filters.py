"""Deal list filters: one FilterSet for the page, its CSV/JSON and its Atom feed."""

import django_filters
from django import forms
from django.db.models import F
from django.urls import reverse_lazy

from apps.companies.filters import CompanyFilterMixin
from apps.core.filters import (
    DRUG_HELP,
    IdOrNameFilter,
    PartialDateFilter,
    PickerFilter,
    RangeCheckedFilterSet,
    SortFilter,
    StrictBooleanFilter,
    SuggestedTextFilter,
    TextFilter,
)
from apps.core.money import CURRENCY_SYMBOLS
from apps.drugs.models import Target
from apps.drugs.selectors import (
    drug_matches,
    drug_suggestions,
    indication_matches,
    indication_suggestions,
)

from .models import Deal, DealParty
from .selectors import deals_matching_condition

MILLION = 1_000_000
MONEY_TERMS = [("total_value", "Total value"), ("upfront", "Upfront")]
SORTS = {
    "newest": [F("announced_on").desc(nulls_last=True), "-id"],
    "oldest": [F("announced_on").asc(nulls_last=True), "id"],
    # The headline value in USD at the announcement date's ECB rate: currencies compare fairly.
    "value": [F("value_usd").desc(nulls_last=True), F("announced_on").desc(nulls_last=True), "-id"],
    "value_asc": [
        F("value_usd").asc(nulls_last=True),
        F("announced_on").desc(nulls_last=True),
        "id",
    ],
    # In the term's own currency: filter one currency to rank fairly.
    # Every sort ends on the id: pages are OFFSET/LIMIT, and ties would page in any order.
    "upfront": [
        F("upfront_amount").desc(nulls_last=True),
        F("announced_on").desc(nulls_last=True),
        "-id",
    ],
}
SORT_CHOICES = [
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("value", "Largest value (USD)"),
    ("value_asc", "Smallest value (USD)"),
    ("upfront", "Largest upfront (own currency)"),
]


class DealFilter(CompanyFilterMixin, django_filters.FilterSet):
    q = TextFilter(method="filter_text", label="Text (party, drug, territory)")
    # distinct=False: `type IN (...)` on the deal itself never repeats a row, and django-filter's
    # default DISTINCT made every page and count sort the whole table (issue 10).
    type = django_filters.MultipleChoiceFilter(
        choices=Deal.Type.choices,
        widget=forms.CheckboxSelectMultiple,
        label="Deal type",
        distinct=False,
    )
    drug = PickerFilter(
        kind="drug",
        match=drug_matches,
        suggest=drug_suggestions,
        suggest_url=reverse_lazy("drugs:drug_suggest"),
        field_name="drugs",
        label="Drug",
        placeholder="Any drug",
        help_text=DRUG_HELP,
    )
    indication = PickerFilter(
        kind="indication",
        match=indication_matches,
        suggest=indication_suggestions,
        suggest_url=reverse_lazy("drugs:indication_suggest"),
        many=True,
        method="filter_indications",
        label="Indication",
        placeholder="Any indication",
        help_text="Words of a disease: “lung cancer” finds every lung cancer indication.",
    )
    target = IdOrNameFilter(
        queryset=Target.objects.all(),
        method="filter_target",
        label="Target",
        help_text="A molecular target (EGFR), or its id as the analytics page links it.",
    )
    # The party's own country as its company records it, case folded (the analytics flow).
    licensor_country = TextFilter(method="filter_party_country", label="Licensor country")
    licensee_country = TextFilter(method="filter_party_country", label="Licensee country")
    territory = SuggestedTextFilter(
        suggest_url=reverse_lazy("deals:territory_suggest"),
        lookup_expr="icontains",
        label="Territory contains",
    )
    exclusive = StrictBooleanFilter(
        label="Exclusive",
        widget=forms.Select(
            choices=[("", "Either"), ("true", "Exclusive"), ("false", "Non-exclusive")]
        ),
    )
    date_after = PartialDateFilter(field_name="announced_on", bound="after", label="Announced from")
    date_before = PartialDateFilter(field_name="announced_on", bound="before", label="Announced to")
    min_millions = django_filters.NumberFilter(
        method="filter_min_millions", label="At least (millions)", min_value=0
    )
    currency = django_filters.ChoiceFilter(
        choices=[(code, code) for code in CURRENCY_SYMBOLS],
        method="filter_currency",
        label="Currency",
        empty_label="Any currency",
    )
    usd_min = django_filters.NumberFilter(
        method="filter_usd_min",
        label="Value at least (USD millions)",
        min_value=0,
        help_text="The headline value (total, else upfront + milestones) in US dollars.",
    )
    usd_max = django_filters.NumberFilter(
        method="filter_usd_max",
        label="Value at most (USD millions)",
        min_value=0,
    )
    sort = SortFilter(sorts=SORTS, default="newest", choices=SORT_CHOICES, label="Sort by")

    MODIFIERS = [
        *CompanyFilterMixin.MODIFIERS,
        (
            "role",
            lambda: forms.ChoiceField(
                choices=[("", "Any role"), *DealParty.Role.choices],
                required=False,
                label="In the role of",
            ),
            "q",
        ),
        (
            "money_term",
            lambda: forms.ChoiceField(choices=MONEY_TERMS, required=False, label="Money term"),
            "date_before",
        ),
    ]
    RANGES = [
        *RangeCheckedFilterSet.RANGES,
        ("usd_min", "usd_max", "“Value at least” is more than “Value at most”: swap them."),
    ]

    class Meta:
        model = Deal
        fields = []

    def filter_indications(self, queryset, name, indications):
        # A subquery, not a join: a deal with two matching indications is listed once.
        links = Deal.indications.through.objects.filter(indication__in=indications)
        return queryset.filter(pk__in=links.values("deal_id"))

    def filter_text(self, queryset, name, value: str):
        return queryset.filter(deals_matching_condition(value))

    def filter_target(self, queryset, name, target):
        links = Deal.drugs.through.objects.filter(drug__targets=target)
        return queryset.filter(pk__in=links.values("deal_id"))

    def filter_party_country(self, queryset, name, country: str):
        role = name.removesuffix("_country")  # licensor_country -> the licensor's
        parties = DealParty.objects.filter(role=role, company__country__iexact=country.strip())
        return queryset.filter(pk__in=parties.values("deal_id"))

    def filter_usd_min(self, queryset, name, millions):
        return queryset.filter(value_usd__gte=millions * MILLION)

    def filter_usd_max(self, queryset, name, millions):
        return queryset.filter(value_usd__lte=millions * MILLION)

    def filter_companies(self, queryset, company_ids):
        return queryset.with_company(company_ids, role=self.form.cleaned_data.get("role"))

    def _money_term(self) -> str:
        return self.form.cleaned_data.get("money_term") or "total_value"

    def filter_min_millions(self, queryset, name, millions):
        """Disclosed money: the chosen term priced at least this many millions."""
        return queryset.filter(**{f"{self._money_term()}_amount__gte": millions * MILLION})

    def filter_currency(self, queryset, name, currency: str):
        """Disclosed money: the chosen term priced in this currency."""
        term = self._money_term()
        return queryset.filter(**{f"{term}_amount__isnull": False, f"{term}_currency": currency})

    # No .distinct(): each join filter (one drug, one indication) matches a deal at most once
    # and the rest are subqueries, so rows never repeat; DISTINCT over every column (JSON
    # included) made each count and page sort the whole table.
