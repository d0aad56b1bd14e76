"""Recompute headline and USD values after 0005 rewrote currency symbols as ISO codes.

0004 filled the values from the currencies as they were ("RMB" has no ECB rate); 0005 fixed
them with queryset updates, which skip Deal.save(). Running the same fill again is idempotent.
"""

import importlib

from django.db import migrations

fill = importlib.import_module("apps.deals.migrations.0004_deal_headline_value_fill").fill


class Migration(migrations.Migration):
    dependencies = [("deals", "0006_deal_currency_code_disclosed_checks")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
