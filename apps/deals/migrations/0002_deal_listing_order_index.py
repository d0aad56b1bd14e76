"""An index in the deal lists' own order (newest first, undated last), so a page, the home
page's latest deals and a search's first twenty read an index instead of sorting every deal.

PostgreSQL only, and so kept out of Meta.indexes (like sources 0002): SQLite refuses NULLS LAST
in an index. The expression must equal apps.deals.filters.SORTS["newest"] to be used.
"""

from django.db import migrations, models
from django.db.models import F

INDEX = models.Index(
    F("announced_on").desc(nulls_last=True), F("id").desc(), name="deals_deal_listing_order"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("deals", "Deal"), INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("deals", "Deal"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("deals", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
