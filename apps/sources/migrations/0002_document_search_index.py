"""A GIN full-text index for search on PostgreSQL; SQLite searches with LIKE and gets none.

Kept out of Meta.indexes so that SQLite can migrate: the expression must equal
apps.timeline.search.DOCUMENT_VECTOR for PostgreSQL to use it.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX = GinIndex(SearchVector("title", "text", config="simple"), name="sources_document_search")


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("sources", "Document"), INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("sources", "Document"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("sources", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
