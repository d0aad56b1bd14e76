"""Deals: licenses, collaborations, acquisitions... with parties, assets and money terms."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from apps.companies.models import Company
from apps.core.dates import DatePrecision, partial_date
from apps.core.fields import currency_field, money_amount_field, money_constraints
from apps.core.models import Reviewed, ReviewedQuerySet, appeared_indexes
from apps.core.money import money
from apps.drugs.models import Drug
from apps.sources.models import Sourced

from .values import deal_value


class DealQuerySet(ReviewedQuerySet):
    def naming_hidden_conditions(self):
        """A deal naming a hidden party or drug (see ReviewedQuerySet.naming_hidden_conditions)."""
        hidden_parties = [
            DealParty.objects.filter(deal=models.OuterRef("pk"), company__in=part)
            for part in Company.objects.hidden_parts()
        ]
        hidden_drugs = [
            Deal.drugs.through.objects.filter(deal=models.OuterRef("pk"), drug__in=part)
            for part in Drug.objects.hidden_parts()
        ]
        return [models.Exists(names) for names in (*hidden_parties, *hidden_drugs)]

    def with_company(self, company_ids, role: str | None = None):
        parties = DealParty.objects.filter(company_id__in=company_ids)
        if role:
            parties = parties.filter(role=role)
        return self.filter(pk__in=parties.values("deal_id"))


# Terms with both an amount and a disclosed flag: an amount means the term is disclosed.
DISCLOSED_TERMS = ("upfront", "milestones")
DISCLOSED_MESSAGE = "An amount is given, so the term is disclosed: choose Yes, or clear the amount."


class ValueBasis(models.TextChoices):
    """What a deal's headline value adds up: the total stated, or upfront plus milestones."""

    TOTAL = "total", "Total stated"
    BIOBUCKS = "biobucks", "Upfront + milestones"
    UPFRONT = "upfront", "Upfront only"
    MILESTONES = "milestones", "Milestones only"


# The fields the headline value and its USD equivalent are computed from, and those computed.
VALUE_SOURCE_FIELDS = frozenset(
    f"{term}_{part}"
    for term in ("upfront", "milestones", "total_value")
    for part in ("amount", "currency")
) | {"announced_on"}
VALUE_FIELDS = (
    "value_basis",
    "value_amount",
    "value_currency",
    "value_usd",
    "usd_rate",
    "usd_rate_on",
    "usd_missing",
)


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
    # Comparable value, computed by value_refresh() on every save from the terms above.
    value_basis = models.CharField(
        max_length=12,
        choices=ValueBasis.choices,
        blank=True,
        help_text="Which terms make the headline value; blank when no term is priced.",
    )
    value_amount = money_amount_field()
    value_currency = currency_field()
    value_usd = money_amount_field()
    usd_rate = models.DecimalField(
        max_digits=24,
        decimal_places=10,
        null=True,
        blank=True,
        help_text="USD per unit of the value's currency (ECB reference rates).",
    )
    usd_rate_on = models.DateField(
        null=True, blank=True, help_text="The day whose ECB rate converted the value."
    )
    usd_missing = models.CharField(
        max_length=200, blank=True, help_text="Why there is no USD value, when there is none."
    )
    history = HistoricalRecords(m2m_fields=[drugs, indications])

    objects = DealQuerySet.as_manager()

    class Meta:
        ordering = [models.F("announced_on").desc(nulls_last=True), "-id"]
        constraints = [
            *money_constraints("upfront", "deal"),
            *money_constraints("milestones", "deal"),
            *money_constraints("total_value", "deal"),
            *money_constraints("value", "deal"),
            # "Milestones disclosed: No" beside a milestones amount contradicts itself.
            *(
                models.CheckConstraint(
                    # isnull=False too: a CHECK passes when it is NULL, as "NULL = true" is.
                    condition=Q(**{f"{term}_amount__isnull": True})
                    | Q(**{f"{term}_disclosed__isnull": False, f"{term}_disclosed": True}),
                    name=f"deal_{term}_amount_disclosed",
                    violation_error_message=DISCLOSED_MESSAGE,
                )
                for term in DISCLOSED_TERMS
            ),
        ]
        indexes = [
            models.Index(fields=["type", "announced_on"]),
            models.Index(fields=["announced_on"]),
            *appeared_indexes("deal"),
        ]

    def __str__(self) -> str:
        names = " / ".join(party.company.name for party in self.parties.all())
        return f"{self.get_type_display()}: {names}" if names else self.get_type_display()

    def get_absolute_url(self) -> str:
        return reverse("deals:deal_detail", args=[self.pk])

    @staticmethod
    def tombstone_key(*, type: str, company_ids) -> str:
        """The natural key the loader finds a deal by: its type and its parties' ids."""
        return "deal|{}|{}".format(type, ",".join(str(pk) for pk in sorted(set(company_ids))))

    def tombstone_keys(self) -> list[str]:
        parties = self.parties.values_list("company_id", flat=True)
        return [self.tombstone_key(type=self.type, company_ids=parties)]

    def clean(self):
        super().clean()
        errors = {
            f"{term}_disclosed": DISCLOSED_MESSAGE
            for term in DISCLOSED_TERMS
            if getattr(self, f"{term}_amount") is not None
            and getattr(self, f"{term}_disclosed") is not True
        }
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The computed value follows its terms and date whoever saves: loader, admin, import.
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.value_refresh()
        elif VALUE_SOURCE_FIELDS & set(update_fields):
            self.value_refresh()
            kwargs["update_fields"] = {*update_fields, *VALUE_FIELDS}
        super().save(*args, **kwargs)

    def value_refresh(self) -> None:
        """Set the headline value and its USD equivalent from the terms and announcement date."""
        for name, computed in deal_value(
            upfront=self.upfront,
            milestones=self.milestones,
            total=self.total_value,
            announced_on=self.announced_on,
        ).items():
            setattr(self, name, computed)

    @property
    def value(self):
        return money(self.value_amount, self.value_currency)

    @property
    def value_in_usd(self):
        return money(self.value_usd, "USD")

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
