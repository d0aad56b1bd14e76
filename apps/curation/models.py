"""What curation keeps beside the facts: curator disagreements and tombstones.

Both tables were made by the ingestion app and keep its table names (curation 0001).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Disagreement(models.Model):
    """A re-ingest extracted a value for a field a curator had set by hand; the curator's stays."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    fact = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=100)
    curator_value = models.TextField(blank=True)
    extracted_value = models.TextField(blank=True)
    document = models.ForeignKey(
        "sources.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "ingestion_disagreement"
        ordering = ["resolved", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "document"],
                name="disagreement_one_per_field_and_document",
            ),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.fact}: {self.field} extracted as {self.extracted_value!r}"

    @classmethod
    def record(cls, *, fact, field: str, extracted, document) -> "Disagreement":
        row, _ = cls.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(fact),
            object_id=fact.pk,
            field=field,
            document=document,
            defaults={
                "curator_value": str(getattr(fact, field)),
                "extracted_value": str(extracted),
            },
        )
        return row


class Tombstone(models.Model):
    """A fact a curator deleted: re-ingesting its document must not bring it back.

    `key` is the natural key the loader finds that kind of fact by (each fact model's
    tombstone_keys(); see tombstones.py).
    Deleting the tombstone lets the next ingest create the fact again.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    key = models.CharField(max_length=700)
    label = models.CharField(max_length=500, blank=True, help_text="The fact as it read.")
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    deleted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "ingestion_tombstone"
        ordering = ["-deleted_at"]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "key"], name="tombstone_unique_key"),
        ]

    def __str__(self) -> str:
        return f"deleted {self.content_type.name}: {self.label or self.key}"
