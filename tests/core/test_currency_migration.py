"""deals 0005 fixes rows before the 0006 checks: codes upper-cased, priced terms disclosed."""

from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("deals", "0004_deal_headline_value_fill")]
AFTER = [("deals", "0006_deal_currency_code_disclosed_checks")]


@pytest.mark.django_db(transaction=True)
def test_the_data_migration_fixes_rows_the_new_checks_would_refuse():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("deals", "Deal")
    typed = old.objects.create(
        type="license",
        upfront_amount=Decimal("5000000"),
        upfront_currency="usd",
        upfront_disclosed=False,
        milestones_amount=Decimal("9000000"),
        milestones_currency="US$",
        total_value_amount=Decimal("20000000"),
        total_value_currency="eur",
    )
    untouched = old.objects.create(type="option", milestones_disclosed=False)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("deals", "Deal")
    fixed = new.objects.get(pk=typed.pk)
    assert (fixed.upfront_currency, fixed.milestones_currency, fixed.total_value_currency) == (
        "USD",
        "USD",
        "EUR",
    )
    assert fixed.upfront_disclosed is True and fixed.milestones_disclosed is True
    assert new.objects.get(pk=untouched.pk).milestones_disclosed is False  # named, not priced
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())  # leave the database as found
