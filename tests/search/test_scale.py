"""Search and lists at scale: bounded id lists, their broad fallback, capped counts, indexes."""

import re

import pytest
from django.core.paginator import EmptyPage
from django.db import connection

from apps.companies.models import Company
from apps.core import pagination
from apps.core.formats import export_rows
from apps.core.pagination import CappedPaginator, capped_count
from apps.deals import selectors as deal_selectors
from apps.deals.filters import DealFilter
from apps.deals.models import Deal
from apps.deals.selectors import deals_for_listing
from tests.factories import make_company, make_deal, make_drug

pytestmark = pytest.mark.django_db


@pytest.fixture
def varied_deals():
    """Deals found by a party's name, a party's alias, a drug's name and a territory."""
    by_name = make_deal(parties=[make_company("Vornquist Bio"), make_company()])
    aliased = make_company("Tallowmere Ltd.")
    aliased.aliases.create(name="Vornquist Holdings")
    by_alias = make_deal(parties=[aliased, make_company()])
    by_drug = make_deal(drugs=[make_drug("vornquistimab")])
    by_territory = make_deal(territory="Vornquist Islands")
    make_deal(parties=[make_company("Unrelated Pharma"), make_company()])
    return {by_name.pk, by_alias.pk, by_drug.pk, by_territory.pk}


def matching(query):
    return set(
        DealFilter({"q": query}, queryset=deals_for_listing()).qs.values_list("pk", flat=True)
    )


def test_deal_text_filter_finds_the_same_deals_by_id_list_and_by_exists(varied_deals, monkeypatch):
    assert matching("vornquist") == varied_deals  # few matches: the bounded id lists
    monkeypatch.setattr(deal_selectors, "SEARCH_ID_LIMIT", 1)  # broad: IN (subquery)
    assert matching("vornquist") == varied_deals
    assert matching("no-such-name-anywhere") == set()


def test_a_term_matching_nothing_lists_no_deal_by_either_path(varied_deals, monkeypatch):
    assert matching("zzqx") == set()
    monkeypatch.setattr(deal_selectors, "SEARCH_ID_LIMIT", 0)
    assert matching("zzqx") == set()


def test_counts_stop_at_the_cap_and_pages_past_it_still_read(monkeypatch):
    for _ in range(7):
        make_deal()
    paginator = CappedPaginator(Deal.objects.order_by("-pk"), 2, cap=3)
    assert paginator.count == 3 and paginator.count.capped
    assert str(paginator.count) == "3+"
    fourth = paginator.page(4)
    assert len(fourth.object_list) == 1 and not fourth.has_next()
    assert paginator.page(2).has_next()
    with pytest.raises(EmptyPage):
        paginator.page(5)
    assert not capped_count(Deal.objects.all(), cap=7).capped


def test_the_deal_list_and_its_json_say_when_the_count_is_capped(client, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 3)
    for _ in range(5):
        make_deal()
    assert "3+ deals" in client.get("/deals/").content.decode()
    data = client.get("/deals/", {"format": "json"}).json()
    assert data["count"] == 3 and data["count_capped"] is True
    assert len(data["results"]) == 5


def test_the_home_page_counts_are_capped_too(client, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 2)
    for _ in range(3):
        make_deal()
    page = client.get("/").content.decode()
    # SQLite says "2+"; PostgreSQL gives its planner's estimate past the cap, also with "+".
    shown = re.search(r"<strong>([\d,]+\+?)</strong> deals", page).group(1)
    assert shown.endswith("+") and shown != "3"


def test_export_rows_give_each_deal_the_same_relations_as_django_prefetch():
    drugs = [make_drug("shownumab"), make_drug("alsoshownib")]
    make_deal(parties=[make_company("Ashgrove Pharma"), make_company("Birchley Bio")], drugs=drugs)
    make_deal(parties=[make_company("Cedarfall Labs"), make_company("Dunmore AG")])
    make_deal(drugs=drugs[:1])

    def relations(deals):
        return {
            deal.pk: (
                [(party.company.name, party.role) for party in deal.parties.all()],
                [drug.name for drug in deal.drugs.all()],
                [item.name for item in deal.indications.all()],
            )
            for deal in deals
        }

    exported = relations(export_rows(deals_for_listing()))
    assert exported == relations(deals_for_listing())
    assert len(exported) == 3
    assert sorted(next(iter(exported.values()))[1]) in (
        [],
        ["shownumab"],
        ["alsoshownib", "shownumab"],
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm indexes are PostgreSQL's")
def test_name_search_can_use_the_trigram_indexes():
    make_company("Xyloquent Bio")
    with connection.cursor() as cursor:
        # With sequential and plain index scans off, only a bitmap scan is left, and a bitmap
        # scan needs an index that can answer the LIKE itself: the trigram one.
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_indexscan = off")
        plan = Company.objects.filter(name__icontains="yloque").explain()
        deal_plan = Deal.objects.filter(territory__icontains="china").explain()
        cursor.execute("SET enable_seqscan = on")
        cursor.execute("SET enable_indexscan = on")
    assert "companies_company_name_trgm" in plan
    assert "deals_deal_territory_trgm" in deal_plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="planner estimates are PostgreSQL's")
def test_a_summary_count_far_past_the_cap_is_the_estimate_without_counting():
    from django.test.utils import CaptureQueriesContext

    for _ in range(10):
        make_deal()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE deals_deal")
    sizes = pagination.table_rows([Deal])
    assert sizes == {Deal: 10}
    with CaptureQueriesContext(connection) as far:
        count = pagination.estimated_count(Deal.objects.all(), cap=2, sizes=sizes)
    assert count.capped and str(count) == "10+"
    assert not any("COUNT(" in query["sql"] for query in far.captured_queries)
    with CaptureQueriesContext(connection) as near:
        near_count = pagination.estimated_count(Deal.objects.all(), cap=9, sizes=sizes)
    assert near_count.capped  # 10 > 9: counted up to the cap, then the estimate
    assert any("COUNT(" in query["sql"] for query in near.captured_queries)
