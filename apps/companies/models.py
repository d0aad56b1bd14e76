"""Companies, the names they go by, their stock listings and their events."""

from django.db import connection, models
from django.db.models.expressions import RawSQL
from django.urls import reverse
from simple_history.models import HistoricalRecords

from apps.core.dates import DatePrecision, partial_date
from apps.core.fields import currency_field, money_amount_field, money_constraints
from apps.core.models import KeyedName, KnownByNames, Reviewed, ReviewedQuerySet, appeared_indexes
from apps.core.money import money
from apps.core.names import fold, name_key
from apps.sources.models import Sourced


class CompanyQuerySet(ReviewedQuerySet):
    def by_name(self, name: str):
        """Companies known under this name or any alias, suffixes and case folded."""
        return self.filter(aliases__key=name_key(name)).distinct()

    @staticmethod
    def family_ids(company_ids) -> list[int]:
        """These companies and their subsidiaries at any depth, in one recursive query.

        WITH RECURSIVE runs on PostgreSQL and SQLite alike; UNION (not UNION ALL) stops at
        rows already found, so a parent loop a curator made by mistake cannot run forever.
        """
        seeds = sorted({int(pk) for pk in company_ids})
        if not seeds:
            return []
        table = connection.ops.quote_name(Company._meta.db_table)
        placeholders = ", ".join(["%s"] * len(seeds))
        # A hidden company reads as no parent: its subsidiaries are not this family's. Tested
        # child by child (NOT EXISTS, by primary key): `NOT IN (hidden)` read every company
        # to find a family of one (25 ms at 50,000 companies, on each company page).
        hidden = Company.objects.hidden().filter(pk=RawSQL("child.id", ())).values("pk")
        hidden_sql, hidden_params = hidden.query.sql_with_params()
        sql = (
            f"WITH RECURSIVE family(id) AS ("
            f" SELECT id FROM {table} WHERE id IN ({placeholders})"
            f" UNION"
            f" SELECT child.id FROM {table} child JOIN family ON child.parent_id = family.id"
            f" WHERE NOT EXISTS ({hidden_sql})"
            f") SELECT id FROM family"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*seeds, *hidden_params])
            return sorted(row[0] for row in cursor.fetchall())


class Company(Sourced, Reviewed, KnownByNames):
    """An organisation: a deal party, a drug's owner, an event's subject."""

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="subsidiaries"
    )
    country = models.CharField(max_length=100, blank=True)
    website = models.URLField(blank=True)
    history = HistoricalRecords()

    objects = CompanyQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "companies"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("id")), name="company_not_own_parent"
            ),
        ]
        indexes = appeared_indexes("company")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("companies:company_detail", args=[self.slug])

    @property
    def other_names(self) -> list[str]:
        """Its aliases other than its name (from prefetched aliases when there are)."""
        own = self.name.casefold()
        return [alias.name for alias in self.aliases.all() if alias.name.casefold() != own]

    def family_ids(self) -> list[int]:
        """This company and all its subsidiaries, at any depth (one recursive query, read once
        per instance: a page and its timeline ask twice)."""
        if getattr(self, "_family_ids", None) is None:
            self._family_ids = CompanyQuerySet.family_ids([self.pk])
        return self._family_ids


class CompanyAlias(KeyedName):
    """Another name a company goes by, in any script: 亞盛醫藥集團, "Ascentage Pharma"."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    key = models.CharField(max_length=300, editable=False, db_index=True)
    history = HistoricalRecords()

    key_of = staticmethod(name_key)

    class Meta:
        verbose_name_plural = "company aliases"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["company", "name"], name="company_alias_unique_name"),
        ]


class Listing(models.Model):
    """A stock listing: symbol on an exchange, written 2096.HK."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="listings")
    symbol = models.CharField(max_length=20)
    exchange = models.CharField(max_length=20)
    history = HistoricalRecords()

    class Meta:
        ordering = ["exchange", "symbol"]
        constraints = [
            models.UniqueConstraint(fields=["symbol", "exchange"], name="listing_unique_symbol"),
        ]

    def __str__(self) -> str:
        return f"{self.symbol}.{self.exchange}"

    @classmethod
    def split_ticker(cls, ticker: str) -> tuple[str, str]:
        """'2096.HK' -> ('2096', 'HK')."""
        symbol, dot, exchange = ticker.strip().rpartition(".")
        if not dot or not symbol or not exchange:
            raise ValueError(f"ticker must be SYMBOL.EXCHANGE, got {ticker!r}")
        return symbol.upper(), exchange.upper()


class CompanyEventQuerySet(ReviewedQuerySet):
    def naming_hidden_conditions(self):
        """An event of a hidden company."""
        return [models.Exists(Company.objects.hidden().filter(pk=models.OuterRef("company_id")))]

    def for_companies(self, company_ids):
        return self.filter(company_id__in=company_ids)


class CompanyEvent(Sourced, Reviewed):
    """Something that happened to a company: a facility, a GMP inspection, a financing..."""

    class Type(models.TextChoices):
        FACILITY = "facility", "Facility"
        GMP_INSPECTION = "gmp_inspection", "GMP inspection"
        CLINICAL_MILESTONE = "clinical_milestone", "Clinical milestone"
        FINANCING = "financing", "Financing"
        LISTING = "listing", "Listing"
        LEADERSHIP = "leadership", "Leadership"
        CONFERENCE = "conference", "Conference"
        OTHER = "other", "Other"

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="events")
    type = models.CharField(max_length=20, choices=Type.choices)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    summary = models.CharField(max_length=500, blank=True)
    amount_amount = money_amount_field()
    amount_currency = currency_field()
    history = HistoricalRecords()

    objects = CompanyEventQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-id"]
        constraints = money_constraints("amount", "company_event")
        indexes = [
            models.Index(fields=["company", "date"]),
            models.Index(fields=["type", "date"]),
            *appeared_indexes("companyevent"),
        ]

    def __str__(self) -> str:
        return f"{self.company}: {self.get_type_display()} {self.when or ''}".strip()

    def get_absolute_url(self) -> str:
        """Events have no page of their own: they are shown on their company's page."""
        return f"{self.company.get_absolute_url()}#event-{self.pk}"

    @staticmethod
    def tombstone_key(*, company_id: int, type: str, date, precision: str, summary: str) -> str:
        """The natural key the loader finds an event by: dated by its date, else its summary."""
        if date is not None:
            return f"event|{company_id}|{type}|{date.isoformat()}|{precision}"
        return f"event|{company_id}|{type}||{fold(summary or '')}"

    def tombstone_keys(self) -> list[str]:
        return [
            self.tombstone_key(
                company_id=self.company_id,
                type=self.type,
                date=self.date,
                precision=self.date_precision,
                summary=self.summary,
            )
        ]

    @property
    def when(self):
        return partial_date(self.date, self.date_precision)

    @property
    def amount(self):
        return money(self.amount_amount, self.amount_currency)
