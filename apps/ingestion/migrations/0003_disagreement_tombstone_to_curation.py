"""Disagreement and Tombstone now belong to curation (curation 0001); the tables stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("ingestion", "0002_tombstone"),
        ("curation", "0001_disagreement_tombstone_from_ingestion"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Disagreement"),
                migrations.DeleteModel(name="Tombstone"),
            ],
            database_operations=[],
        ),
    ]
