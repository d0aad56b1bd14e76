"""Deals: licenses, collaborations, acquisitions... with parties, assets and money terms."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from apps.core.dates import DatePrecision, partial_date
from apps.core.fields import currency_field, money_amount_field, money_constraints
from apps.core.models import Reviewed, ReviewedQuerySet
from apps.core.money import money
from apps.sources.models import Sourced


class DealQuerySet(ReviewedQuerySet):
    def for_listing(self):
        """Everything a deal row shows, in a fixed number of queries."""
        return self.prefetch_related("parties__company", "drugs", "indications").order_by(
            models.F("announced_on").desc(nulls_last=True), "-id"
        )

    def with_company(self, company_ids, role: str | None = None):
        parties = DealParty.objects.filter(company_id__in=company_ids)
        if role:
            parties = parties.filter(role=role)
        return self.filter(pk__in=parties.values("deal_id"))


class Deal(Sourced, Reviewed):
    """One agreement between companies; a license is one type, options and acquisitions alike."""

    class Type(models.TextChoices):
        LICENSE = "license", "License"
        COLLABORATION = "collaboration", "Collaboration"
        CO_DEVELOPMENT = "co_development", "Co-development"
        ACQUISITION = "acquisition", "Acquisition"
        MERGER = "merger", "Merger"
        OPTION = "option", "Option"
        EQUITY_INVESTMENT = "equity_investment", "Equity investment"
        FRAMEWORK = "framework", "Framework"
        OTHER = "other", "Other"

    type = models.CharField(max_length=20, choices=Type.choices)
    drugs = models.ManyToManyField("drugs.Drug", blank=True, related_name="deals")
    indications = models.ManyToManyField("drugs.Indication", blank=True, related_name="deals")
    exclusive = models.BooleanField(null=True, blank=True)
    territory = models.CharField(max_length=300, blank=True)
    announced_on = models.DateField(null=True, blank=True)
    announced_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    signed_on = models.DateField(null=True, blank=True)
    signed_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    # Money terms. *_disclosed: False when a term is named but not priced, None when not named.
    has_terms = models.BooleanField(default=False, help_text="The text names a financial term.")
    upfront_amount = money_amount_field()
    upfront_currency = currency_field()
    upfront_disclosed = models.BooleanField(null=True, blank=True)
    milestones_amount = money_amount_field()
    milestones_currency = currency_field()
    milestones_disclosed = models.BooleanField(null=True, blank=True)
    royalties_disclosed = models.BooleanField(null=True, blank=True)
    total_value_amount = money_amount_field()
    total_value_currency = currency_field()
    history = HistoricalRecords(m2m_fields=[drugs, indications])

    objects = DealQuerySet.as_manager()

    class Meta:
        ordering = [models.F("announced_on").desc(nulls_last=True), "-id"]
        constraints = [
            *money_constraints("upfront", "deal"),
            *money_constraints("milestones", "deal"),
            *money_constraints("total_value", "deal"),
        ]
        indexes = [
            models.Index(fields=["type", "announced_on"]),
            models.Index(fields=["announced_on"]),
        ]

    def __str__(self) -> str:
        names = " / ".join(party.company.name for party in self.parties.all())
        return f"{self.get_type_display()}: {names}" if names else self.get_type_display()

    def get_absolute_url(self) -> str:
        return reverse("deals:deal_detail", args=[self.pk])

    @property
    def announced(self):
        return partial_date(self.announced_on, self.announced_precision)

    @property
    def signed(self):
        return partial_date(self.signed_on, self.signed_precision)

    @property
    def upfront(self):
        return money(self.upfront_amount, self.upfront_currency)

    @property
    def milestones(self):
        return money(self.milestones_amount, self.milestones_currency)

    @property
    def total_value(self):
        return money(self.total_value_amount, self.total_value_currency)


class DealParty(models.Model):
    """A company's part in a deal: licensor, licensee, partner, acquirer..."""

    class Role(models.TextChoices):
        LICENSOR = "licensor", "Licensor"
        LICENSEE = "licensee", "Licensee"
        PARTNER = "partner", "Partner"
        ACQUIRER = "acquirer", "Acquirer"
        TARGET = "target", "Target"
        INVESTOR = "investor", "Investor"
        INVESTEE = "investee", "Investee"

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="parties")
    company = models.ForeignKey(
        "companies.Company", on_delete=models.CASCADE, related_name="deal_parties"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "deal parties"
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["deal", "company", "role"], name="deal_party_unique_role"
            ),
        ]
        indexes = [models.Index(fields=["company", "role"])]

    def __str__(self) -> str:
        return f"{self.company} ({self.get_role_display()})"
