"""Regulatory designations: which agency granted (or recommended) what to which drug."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from apps.core.dates import DatePrecision, partial_date
from apps.core.models import Reviewed, ReviewedQuerySet, appeared_indexes
from apps.core.names import fold
from apps.drugs.models import Drug
from apps.sources.models import Sourced


class DesignationQuerySet(ReviewedQuerySet):
    def naming_hidden_conditions(self):
        """A designation of a hidden drug."""
        return [
            models.Exists(part.filter(pk=models.OuterRef("drug_id")))
            for part in Drug.objects.hidden_parts()
        ]


class Designation(Sourced, Reviewed):
    """One designation per drug, agency, type (and indication when the text names one)."""

    class Agency(models.TextChoices):
        FDA = "FDA", "FDA"
        NMPA = "NMPA", "NMPA"
        EMA = "EMA", "EMA"
        PMDA = "PMDA", "PMDA"
        MHRA = "MHRA", "MHRA"
        HEALTH_CANADA = "Health Canada", "Health Canada"
        TGA = "TGA", "TGA"
        OTHER = "other", "Other"

    class Type(models.TextChoices):
        BREAKTHROUGH_THERAPY = "breakthrough_therapy", "Breakthrough therapy"
        PRIORITY_REVIEW = "priority_review", "Priority review"
        ORPHAN_DRUG = "orphan_drug", "Orphan drug"
        FAST_TRACK = "fast_track", "Fast track"
        ACCELERATED_APPROVAL = "accelerated_approval", "Accelerated approval"
        CONDITIONAL_APPROVAL = "conditional_approval", "Conditional approval"
        RMAT = "rmat", "RMAT"
        PRIME = "prime", "PRIME"
        IND_CLEARANCE = "ind_clearance", "IND clearance"
        APPROVAL = "approval", "Approval"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        GRANTED = "granted", "Granted"
        RECOMMENDED = "recommended", "Recommended"
        APPLIED = "applied", "Applied"
        ACCEPTED = "accepted", "Accepted"
        OTHER = "other", "Other"

    drug = models.ForeignKey("drugs.Drug", on_delete=models.CASCADE, related_name="designations")
    agency = models.CharField(max_length=15, choices=Agency.choices)
    type = models.CharField(max_length=25, choices=Type.choices)
    status = models.CharField(max_length=12, choices=Status.choices, blank=True)
    indication = models.CharField(max_length=500, blank=True)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    history = HistoricalRecords()

    objects = DesignationQuerySet.as_manager()

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["drug", "agency", "type", "indication"], name="designation_unique_per_drug"
            ),
        ]
        indexes = [
            models.Index(fields=["drug", "date"]),
            models.Index(fields=["agency", "type", "date"]),
            *appeared_indexes("designation"),
        ]

    def __str__(self) -> str:
        return f"{self.drug}: {self.agency} {self.get_type_display()}"

    def get_absolute_url(self) -> str:
        return reverse("drugs:drug_detail", args=[self.drug.slug]) + f"#designation-{self.pk}"

    @staticmethod
    def tombstone_key(*, drug_id: int, agency: str, type: str, indication: str) -> str:
        """The natural key the loader finds a designation by (indication folded)."""
        return f"designation|{drug_id}|{agency}|{type}|{fold(indication or '')}"

    def tombstone_keys(self) -> list[str]:
        return [
            self.tombstone_key(
                drug_id=self.drug_id, agency=self.agency, type=self.type, indication=self.indication
            )
        ]

    @property
    def when(self):
        return partial_date(self.date, self.date_precision)
