"""The analytics cache (apps/analytics/cache.py, freshness.py): a cached page shows exactly what
an uncached one would, whatever wrote the facts. Outside a test's rollback transaction
(transactional_db), as pages are served, because the cache is used only there."""

import datetime as dt
import itertools
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.analytics import freshness
from apps.analytics.models import FactChange
from apps.companies.models import Company
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.sources.models import Provenance
from tests.analytics.conftest import build_market, tables
from tests.factories import cite, make_deal, make_document

PAGE = reverse("analytics:analytics")
# Uncached: the facts version, then what tests/analytics/test_analytics_page.py counts.
MISS_QUERIES = 1 + 3 + 7 + 2
HIT_QUERIES = 1  # the facts version


@pytest.fixture
def market(transactional_db):
    return build_market()


def page(client, params=None, *, queries: int | None = None) -> dict:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(PAGE, params or {})
    assert response.status_code == 200
    if queries is not None:
        assert len(captured) == queries, [q["sql"][:80] for q in captured.captured_queries]
    return tables(response.content.decode())


def texts(shown: dict) -> dict:
    return {key: [[text for text, _ in row] for row in rows] for key, rows in shown.items()}


def licences_2023(shown: dict) -> str:
    row = next(row for row in shown["table-per-year"] if row[0][0] == "2023")
    return row[1][0]


def licensors(shown: dict) -> dict[str, str]:
    return {row[1][0]: row[2][0] for row in shown["table-league-licensor-deals"]}


def test_a_second_request_reads_every_figure_from_the_cache(client, market):
    first = page(client, queries=MISS_QUERIES)
    assert licences_2023(first) == "3"
    assert page(client, queries=HIT_QUERIES) == first


def test_the_same_filters_in_another_order_share_an_entry(client, market):
    first = page(client, {"type": "license", "date_after": "2023"}, queries=MISS_QUERIES)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"{PAGE}?date_after=2023&type=license&page=2")
    assert len(captured) == HIT_QUERIES
    cached = tables(response.content.decode())
    assert texts(cached) == texts(first)
    # Links are built from each request's own query string, never cached.
    harbourline = cached["table-league-licensee-deals"][0][2][1]
    assert harbourline.startswith("/deals/?date_after=2023&type=license&company=")
    page(client, {"type": "license", "date_after": "2022"}, queries=MISS_QUERIES)


def test_a_new_deal_is_counted_at_once(client, market):
    assert licences_2023(page(client)) == "3"
    make_deal(parties=[market["group"], market["boston"]], announced_on=dt.date(2023, 11, 1))
    assert licences_2023(page(client, queries=MISS_QUERIES)) == "4"


def test_a_company_rejected_by_a_bulk_update_leaves_the_figures_at_once(client, market):
    """queryset.update() sends no signal: the table's trigger still changes the version."""
    assert licensors(page(client))["Lotus River Group"] == "3"
    Company.objects.filter(pk=market["sub"].pk).update(review_state="rejected")
    shown = page(client, queries=MISS_QUERIES)
    # The subsidiary's 2023 licence names a hidden company; its sub-subsidiary now stands
    # alone (a hidden parent reads as no parent).
    assert licences_2023(shown) == "2"
    assert licensors(shown)["Lotus River Group"] == "1"
    assert "Lotus River Biologics" not in licensors(shown)


def test_a_deleted_deal_leaves_the_figures_at_once(client, market):
    assert licences_2023(page(client)) == "3"
    Deal.objects.filter(announced_on__year=2023, parties__company=market["sub"]).delete()
    assert licences_2023(page(client)) == "2"


@override_settings(PUBLIC_MIN_CONFIDENCE=0.8)
def test_a_raised_confidence_shows_the_fact_at_once(client, market):
    deal = make_deal(parties=[market["group"], market["boston"]], announced_on=dt.date(2021, 1, 1))
    Deal.objects.exclude(pk=deal.pk).update(review_state="approved")
    Company.objects.update(review_state="approved")  # unsure (no provenance) would hide all
    Drug.objects.update(review_state="approved")
    reading = cite(deal, make_document("Lotus licenses to Harbourline."), "Lotus licenses")
    Provenance.objects.filter(pk=reading.pk).update(confidence=0.5)
    assert "2021" not in {row[0][0] for row in page(client)["table-per-year"]}
    Provenance.objects.filter(pk=reading.pk).update(confidence=0.9)
    assert "2021" in {row[0][0] for row in page(client, queries=MISS_QUERIES)["table-per-year"]}


def test_the_visibility_settings_are_part_of_the_key(client, market):
    assert licences_2023(page(client)) == "3"
    with override_settings(SHOW_UNREVIEWED_FACTS=False):  # the market is all unreviewed
        response = client.get(PAGE)
    assert "Nothing to chart for these filters." in response.content.decode()


def test_a_charts_csv_is_cached_and_fresh(client, market):
    url = reverse("analytics:chart_csv", args=["per-year"])

    def rows():
        with CaptureQueriesContext(connection) as captured:
            body = b"".join(client.get(url).streaming_content).decode("utf-8-sig")
        return body.splitlines(), len(captured)

    first, count = rows()
    assert "2023,license,3" in first and count == 2  # the version, the aggregate
    assert rows() == (first, HIT_QUERIES)
    make_deal(parties=[market["group"], market["boston"]], announced_on=dt.date(2023, 11, 1))
    assert "2023,license,4" in rows()[0]


def test_compaction_folds_the_changes_and_keeps_the_count(transactional_db, monkeypatch):
    for _ in range(4):
        make_deal()
    assert FactChange.objects.count() > 3
    total = sum(FactChange.objects.values_list("weight", flat=True))
    monkeypatch.setattr(freshness, "COMPACT_AFTER", 3)
    before = freshness.facts_version()
    assert FactChange.objects.count() == 1
    assert FactChange.objects.get().weight == total
    assert before.split(".")[0] == freshness.facts_version().split(".")[0] == str(total)
    make_deal()
    assert int(freshness.facts_version().split(".")[0]) > total


def test_every_table_the_page_reads_is_watched(client, market):
    """A table a figure, a filter or a visibility rule reads must change the version when
    written, or a cached figure could outlive a change to it."""
    readable = set(connection.introspection.table_names()) - {
        FactChange._meta.db_table,
        "analytics_deal_ids",  # the page's own scratch table
        "django_content_type",  # fixed once migrated
    }
    read = set()
    for params, visibility in itertools.product(
        (
            {},
            {"company": "lotus-river", "subsidiaries": "on", "q": "lotus", "drug": "lotamab"},
            {"target": market["egfr"].pk, "indication": market["lung"].pk},
            {"licensor_country": "China", "usd_min": "10", "date_after": "2020"},
        ),
        ({}, {"PUBLIC_MIN_CONFIDENCE": 0.5}, {"SHOW_UNREVIEWED_FACTS": False}),
    ):
        with override_settings(**visibility), CaptureQueriesContext(connection) as captured:
            # 400 where the settings hide the company or drug named: its lookup still reads.
            assert client.get(PAGE, params).status_code in (200, 400)
        sql = " ".join(query["sql"] for query in captured.captured_queries)
        read |= {table for table in readable if re.search(rf'"{table}"', sql)}
    assert {"deals_deal", "deals_dealparty", "companies_company", "sources_provenance"} <= read
    assert read <= set(freshness.watched_tables())


def test_every_watched_table_has_its_trigger(transactional_db):
    watched = set(freshness.watched_tables())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = %s",
                [freshness.TRIGGER],
            )
            triggered = {name for (name,) in cursor.fetchall()}
        else:
            cursor.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                [f"{freshness.TRIGGER}%"],
            )
            triggered = {name for (name,) in cursor.fetchall()}
    assert watched <= triggered
    assert {"deals_deal", "deals_deal_drugs", "drugs_drug_targets"} <= watched


def test_beats_warm_run_caches_the_unfiltered_page(client, market):
    from apps.analytics.tasks import analytics_warm

    analytics_warm()
    assert licences_2023(page(client, queries=HIT_QUERIES)) == "3"
    make_deal(parties=[market["group"], market["boston"]], announced_on=dt.date(2023, 11, 1))
    analytics_warm()
    assert licences_2023(page(client, queries=HIT_QUERIES)) == "4"


def test_inside_a_transaction_the_figures_are_computed_not_cached(client, db):
    """On PostgreSQL one transaction raises the version once: figures it cached before its
    own later writes would be served, stale, under the version its commit publishes."""
    market = build_market()
    assert licences_2023(page(client)) == "3"
    make_deal(parties=[market["group"], market["boston"]], announced_on=dt.date(2023, 11, 1))
    assert licences_2023(page(client)) == "4"
