"""Drugs, their code names, targets and indications."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from apps.companies.models import Company
from apps.core.models import KeyedName, KnownByNames, Reviewed, ReviewedQuerySet, appeared_indexes
from apps.core.names import fold, name_key
from apps.sources.models import Sourced


class Target(KeyedName):
    """A molecular target: BCR-ABL, EGFR, IL-4Rα."""

    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["name"]


class Indication(KeyedName):
    """A disease or use: chronic myeloid leukemia, all indications."""

    name = models.CharField(max_length=500)
    key = models.CharField(max_length=500, unique=True, editable=False)

    class Meta:
        ordering = ["name"]


class DrugQuerySet(ReviewedQuerySet):
    def naming_hidden_conditions(self):
        """A drug whose owner is hidden (a drug with no owner names none)."""
        return [models.Exists(Company.objects.hidden().filter(pk=models.OuterRef("owner_id")))]

    def by_name(self, name: str):
        """Drugs known under this name or a code name, case and punctuation folded."""
        return self.filter(aliases__key=name_key(name)).distinct()


class Drug(Sourced, Reviewed, KnownByNames):
    """A product: its INN where known, else the release's own name for it."""

    class Modality(models.TextChoices):
        SMALL_MOLECULE = "small_molecule", "Small molecule"
        ANTIBODY = "antibody", "Antibody"
        ADC = "adc", "Antibody-drug conjugate"
        BISPECIFIC = "bispecific", "Bispecific"
        CELL_THERAPY = "cell_therapy", "Cell therapy"
        GENE_THERAPY = "gene_therapy", "Gene therapy"
        VACCINE = "vaccine", "Vaccine"
        PROTEIN = "protein", "Protein"
        PEPTIDE = "peptide", "Peptide"
        OLIGONUCLEOTIDE = "oligonucleotide", "Oligonucleotide"
        OTHER = "other", "Other"

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    owner = models.ForeignKey(
        "companies.Company", null=True, blank=True, on_delete=models.SET_NULL, related_name="drugs"
    )
    modality = models.CharField(max_length=20, choices=Modality.choices, blank=True)
    targets = models.ManyToManyField(Target, blank=True, related_name="drugs")
    indications = models.ManyToManyField(Indication, blank=True, related_name="drugs")
    history = HistoricalRecords(m2m_fields=[targets, indications])

    objects = DrugQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = appeared_indexes("drug")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("drugs:drug_detail", args=[self.slug])

    @property
    def code_names(self) -> list[str]:
        """Its code names and brands: aliases other than its own name, however cased or
        punctuated (from prefetched aliases when there are)."""
        own = fold(self.name)
        return [alias.name for alias in self.aliases.all() if fold(alias.name) != own]


class DrugAlias(KeyedName):
    """A code name or brand: HQP1351 is olverembatinib."""

    drug = models.ForeignKey(Drug, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    key = models.CharField(max_length=300, editable=False, db_index=True)
    history = HistoricalRecords()

    key_of = staticmethod(name_key)

    class Meta:
        verbose_name_plural = "drug aliases"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["drug", "name"], name="drug_alias_unique_name"),
        ]
