"""The scratch table of filtered deal ids (apps/analytics/scratch.py): aggregates that need only
the ids read the table itself, and any other queryset keeps its own ids."""

import datetime as dt

from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext

from apps.analytics import selectors
from apps.analytics.scratch import IDS_SQL, deal_ids, deals_in_scratch
from apps.deals.models import Deal
from tests.factories import make_deal


def test_the_scratch_querysets_ids_are_the_table_and_a_narrowed_one_keeps_its_own(db):
    licence = make_deal(announced_on=dt.date(2023, 1, 1))
    make_deal(type=Deal.Type.OPTION, announced_on=dt.date(2023, 1, 1))
    with deals_in_scratch(Deal.objects.all()) as deals:
        assert deal_ids(deals).sql == IDS_SQL
        narrowed = deal_ids(deals.filter(type=Deal.Type.LICENSE))
        assert isinstance(narrowed, QuerySet)
        assert list(Deal.objects.filter(pk__in=narrowed)) == [licence]
        assert len(Deal.objects.filter(pk__in=deal_ids(deals))) == 2


def test_indications_targets_and_league_read_the_ids_from_the_scratch_table(db):
    make_deal(announced_on=dt.date(2023, 1, 1))
    with deals_in_scratch(Deal.objects.all()) as deals:
        for selector in (selectors.top_indications, selectors.top_targets, selectors.league_rows):
            with CaptureQueriesContext(connection) as captured:
                selector(deals)
            (query,) = captured.captured_queries
            assert IDS_SQL in query["sql"]
            if selector is not selectors.league_rows:  # the league joins deals for the value
                assert '"deals_deal"' not in query["sql"]
