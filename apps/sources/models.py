"""Source documents (press releases) and the provenance that ties each fact to a quote."""

import hashlib

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.db.models.functions import Substr
from django.urls import reverse

from apps.core.dates import DatePrecision, partial_date


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# How much of the text an untitled document's label is cut from, and how long a label gets.
LABEL_SOURCE_CHARS = 300
LABEL_MAX_CHARS = 90


def first_words(text: str, *, limit: int = LABEL_MAX_CHARS) -> str:
    """The opening words of a text, whitespace folded, cut at a word and marked "…"."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0] or words[:limit]
    return cut.rstrip(" ,;:.-") + "…"


class DocumentQuerySet(models.QuerySet):
    def with_label(self):
        """Without the text (and extraction), but with what `label` needs of it."""
        return self.defer("text", "extraction").annotate(
            text_start=Substr("text", 1, LABEL_SOURCE_CHARS)
        )


class Document(models.Model):
    """One press release: its text, where it came from and how far ingestion got."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    title = models.CharField(max_length=500, blank=True)
    published_on = models.DateField(null=True, blank=True)
    published_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    language = models.CharField(max_length=12, blank=True, default="en")
    source_url = models.URLField(max_length=1000, blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    media_type = models.CharField(max_length=100, blank=True, default="text/plain")
    text = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, blank=True, db_index=True)
    # Ingestion bookkeeping: what was extracted, by which extractor, from which text.
    status = models.CharField(
        max_length=8, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    error = models.TextField(blank=True)
    extraction = models.JSONField(null=True, blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    ingested_hash = models.CharField(max_length=64, blank=True)
    ingested_at = models.DateTimeField(null=True, blank=True)
    # When the latest ingestion run began: how long a `running` document has been running.
    started_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~Q(content_hash=""),
                name="document_unique_content",
            ),
            models.UniqueConstraint(
                fields=["source_url"],
                condition=~Q(source_url=""),
                name="document_unique_url",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("sources:document_detail", args=[self.pk])

    @property
    def label(self) -> str:
        """How the document is named everywhere: its title, else the first words of its text
        (never the stored file name, often a hash), else its URL or number."""
        if self.title.strip():
            return first_words(self.title, limit=500)
        # A queryset from with_label() carries the text's start; otherwise read the text.
        start = getattr(self, "text_start", None)
        if start is None:
            start = self.text[:LABEL_SOURCE_CHARS]
        return first_words(start) or self.source_url or f"Document {self.pk}"

    @property
    def published(self):
        return partial_date(self.published_on, self.published_precision)

    def set_text(self, text: str) -> None:
        self.text = text
        self.content_hash = content_hash(text)


class ProvenanceQuerySet(models.QuerySet):
    def for_fact(self, fact: models.Model):
        return self.filter(content_type=ContentType.objects.get_for_model(fact), object_id=fact.pk)


class Provenance(models.Model):
    """The quote in one document that states one fact. Two documents: two rows, one fact."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="provenance")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    fact = GenericForeignKey("content_type", "object_id")
    quote = models.TextField(blank=True)
    # Where the quote stands in document.text; null when it could not be located.
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    # What the extractor said of this reading: the rule that produced it and how sure it was
    # (0 to 1). Null for facts loaded before extractors said so, and for hand-entered ones.
    rule = models.CharField(max_length=100, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ProvenanceQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "provenance"
        ordering = ["document_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "document"], name="provenance_one_per_document"
            ),
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__gte=models.F("start")),
                name="provenance_span_ordered",
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True) | Q(confidence__gte=0, confidence__lte=1),
                name="provenance_confidence_between_0_and_1",
            ),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.document}: {self.quote[:80]}"


class Sourced(models.Model):
    """A fact that carries provenance rows."""

    sources = GenericRelation(Provenance, related_query_name="%(app_label)s_%(class)s")

    class Meta:
        abstract = True
