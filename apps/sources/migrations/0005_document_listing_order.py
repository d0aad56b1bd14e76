"""An index in the document list's order (newest first, undated last), which search uses
too: a broad term's first twenty documents are read from it, not sorted out of all matches.

PostgreSQL only, and so kept out of Meta.indexes (like 0002 and deals 0002): SQLite refuses
NULLS LAST in an index. The expression must equal the order in apps.timeline.documents.
"""

from django.db import migrations, models
from django.db.models import F

INDEX = models.Index(
    F("published_on").desc(nulls_last=True),
    F("created_at").desc(),
    F("id").desc(),
    name="sources_document_listing_order",
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("sources", "Document"), INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("sources", "Document"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("sources", "0004_provenance_rule_confidence")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
