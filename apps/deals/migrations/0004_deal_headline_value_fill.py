"""Fill the headline value and USD equivalent of deals saved before those fields existed."""

from django.db import migrations

from apps.core.money import money
from apps.deals.values import deal_value

VALUE_FIELDS = [
    "value_basis",
    "value_amount",
    "value_currency",
    "value_usd",
    "usd_rate",
    "usd_rate_on",
    "usd_missing",
]


def fill(apps, schema_editor):
    Deal = apps.get_model("deals", "Deal")
    changed = []
    for deal in Deal.objects.order_by("pk").iterator(chunk_size=1000):
        computed = deal_value(
            upfront=money(deal.upfront_amount, deal.upfront_currency),
            milestones=money(deal.milestones_amount, deal.milestones_currency),
            total=money(deal.total_value_amount, deal.total_value_currency),
            announced_on=deal.announced_on,
        )
        for name, value in computed.items():
            setattr(deal, name, value)
        changed.append(deal)
        if len(changed) >= 1000:
            Deal.objects.bulk_update(changed, VALUE_FIELDS)
            changed = []
    Deal.objects.bulk_update(changed, VALUE_FIELDS)


def clear(apps, schema_editor):
    # The fields go away with 0003 reversed; nothing to undo beyond emptying them.
    Deal = apps.get_model("deals", "Deal")
    Deal.objects.update(
        value_basis="",
        value_amount=None,
        value_currency="",
        value_usd=None,
        usd_rate=None,
        usd_rate_on=None,
        usd_missing="",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0003_deal_headline_value_usd"),
    ]

    operations = [migrations.RunPython(fill, clear)]
