"""Disagreement and Tombstone move from the ingestion app to curation; their tables stay.

Only Django's state changes (SeparateDatabaseAndState): the tables keep their names
(ingestion_disagreement, ingestion_tombstone, see the models' db_table) and their rows. The
two content types are relabelled so the Curator and Viewer groups keep their permissions on
them and the admin log keeps pointing at them.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED = ["disagreement", "tombstone"]


def content_types_to_curation(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="curation", model=model).exists():
            ContentType.objects.filter(app_label="ingestion", model=model).update(
                app_label="curation"
            )


def content_types_to_ingestion(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="ingestion", model=model).exists():
            ContentType.objects.filter(app_label="curation", model=model).update(
                app_label="ingestion"
            )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("sources", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("ingestion", "0002_tombstone"),
        # The groups migration gives permissions on the ingestion content types; relabel after.
        ("core", "0001_groups"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Disagreement",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("field", models.CharField(max_length=100)),
                        ("curator_value", models.TextField(blank=True)),
                        ("extracted_value", models.TextField(blank=True)),
                        ("resolved", models.BooleanField(default=False)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                to="contenttypes.contenttype",
                            ),
                        ),
                        (
                            "document",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="sources.document",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "ingestion_disagreement",
                        "ordering": ["resolved", "-created_at"],
                        "indexes": [
                            models.Index(
                                fields=["content_type", "object_id"],
                                name="ingestion_d_content_b460c6_idx",
                            )
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id", "field", "document"),
                                name="disagreement_one_per_field_and_document",
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="Tombstone",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("key", models.CharField(max_length=700)),
                        (
                            "label",
                            models.CharField(
                                blank=True, help_text="The fact as it read.", max_length=500
                            ),
                        ),
                        ("deleted_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                to="contenttypes.contenttype",
                            ),
                        ),
                        (
                            "deleted_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "ingestion_tombstone",
                        "ordering": ["-deleted_at"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "key"), name="tombstone_unique_key"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_to_curation, content_types_to_ingestion),
    ]
