"""The timeline is ordered and paged in SQL: same order as the rule, cost flat with size."""

import datetime as dt
import random

import pytest

from apps.companies.models import CompanyEvent
from apps.core import pagination
from apps.deals.models import Deal
from apps.timeline.selectors import timeline_entries
from tests.factories import make_company, make_deal, make_designation, make_drug, make_event

pytestmark = pytest.mark.django_db

ALL = {"subsidiaries": True}


def busy_company(facts: int, seed: int = 5):
    """A company with deals, its drug's designations and events on few dates (ties) and some
    undated ones."""
    rng = random.Random(seed)
    company = make_company("Quillfern Therapeutics")
    drug = make_drug("quillfernib", owner=company)
    days = [None] + [dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(40)) for _ in range(8)]
    for number in range(facts):
        when = rng.choice(days)
        kind = number % 3
        if kind == 0:
            make_deal(parties=[company, make_company()], announced_on=when)
        elif kind == 1:
            make_designation(drug=drug, date=when, indication=f"condition {number}")
        else:
            make_event(company=company, date=when, summary=f"Event {number}")
    return company


def rule_order(entries):
    """The documented order: newest first, undated last, then id descending."""
    return sorted(entries, key=lambda entry: entry.sort_key, reverse=True)


def keys(entries):
    return [(entry.kind, entry.fact.pk) for entry in entries]


def test_sql_order_equals_the_rule_and_slices_agree_with_the_whole():
    company = busy_company(45)
    timeline = timeline_entries(company=company, data=ALL)
    whole = list(timeline)
    assert len(whole) == len(timeline) == 45
    assert keys(whole) == keys(rule_order(whole))
    assert keys(timeline[10:25]) == keys(whole[10:25])
    assert keys([timeline[7]]) == keys([whole[7]])
    assert whole[-1].when is None  # undated facts come last


def test_a_timeline_page_costs_the_same_queries_at_any_size(client, django_assert_max_num_queries):
    small = busy_company(6, seed=1)
    with django_assert_max_num_queries(16) as small_queries:
        client.get(small.get_absolute_url())
    big = busy_company(150, seed=2)
    big.slug = "quillfern-big"
    big.save()
    newest = max(
        CompanyEvent.objects.filter(company=big, date__isnull=False), key=lambda e: (e.date, e.pk)
    )
    with django_assert_max_num_queries(len(small_queries)):
        page = client.get(big.get_absolute_url(), {"kind": "event"}).content.decode()
    assert "50 facts" in page
    assert newest.summary in page


def test_a_timeline_past_the_count_cap_says_so_and_keeps_paging(client, monkeypatch):
    from apps.timeline import views

    # The timeline's own cap, below the lists' (each counted fact is tested for hidden names).
    assert views.TIMELINE_COUNT_CAP < pagination.COUNT_CAP
    monkeypatch.setattr(views, "TIMELINE_COUNT_CAP", 60)
    company = busy_company(120)
    page = client.get(company.get_absolute_url()).content.decode()
    assert "60+ facts" in page
    third = client.get(company.get_absolute_url(), {"page": 3})
    assert third.status_code == 200
    whole = list(timeline_entries(company=company, data=ALL))
    assert whole[100].title in third.content.decode()


def test_deal_facts_of_the_timeline_are_only_the_visible_ones():
    company = busy_company(3)
    hidden = make_deal(parties=[company, make_company()], review_state="rejected")
    assert hidden.pk not in [
        entry.fact.pk
        for entry in timeline_entries(company=company, data=ALL)
        if entry.kind == "deal"
    ]
    assert Deal.objects.filter(parties__company=company).count() == 2


def test_a_company_with_more_deals_than_the_id_list_holds_gets_the_same_timeline(monkeypatch):
    from apps.timeline import selectors

    company = busy_company(30)
    other = make_deal(parties=[make_company(), make_company()])  # not the company's
    by_ids = keys(timeline_entries(company=company, data=ALL))
    monkeypatch.setattr(selectors, "DEAL_ID_LIMIT", 3)  # 10 deals: the subquery instead
    by_subquery = keys(timeline_entries(company=company, data=ALL))
    assert by_ids == by_subquery
    assert len([key for key in by_ids if key[0] == "deal"]) == 10
    assert ("deal", other.pk) not in by_ids


def test_a_family_with_more_drugs_than_the_id_list_holds_gets_the_same_designations(monkeypatch):
    from apps.timeline import selectors

    other = make_designation(drug=make_drug("otherib", owner=make_company()))  # not the family's
    make_drug("spareib")  # so that no drug shares the family's company id
    company = busy_company(30)
    hidden_drug = make_drug("hiddenib", owner=company, review_state="rejected")
    hidden = make_designation(drug=hidden_drug)
    by_ids = keys(timeline_entries(company=company, data=ALL))
    monkeypatch.setattr(selectors, "DRUG_ID_LIMIT", 0)  # the owner join instead
    by_join = keys(timeline_entries(company=company, data=ALL))
    assert by_ids == by_join
    designations = [key for key in by_ids if key[0] == "designation"]
    assert len(designations) == 10  # the family's own drug's, not the other company's
    assert ("designation", hidden.pk) not in by_ids
    assert ("designation", other.pk) not in by_ids


def test_templates_are_compiled_once_per_process():
    """Django's cached template loader is on (the default when no `loaders` are listed): a
    page's 20 includes are not re-read and re-parsed on every request."""
    from django.template import engines
    from django.template.loaders.cached import Loader

    loaders = engines["django"].engine.template_loaders
    assert [type(loader) for loader in loaders] == [Loader]


def test_a_short_timeline_is_its_own_count(client):
    """Most companies have one page of facts: read first, that page is the count, and no
    COUNT query runs. A full first page still counts (and says how many)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small = busy_company(7, seed=3)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(small.get_absolute_url()).content.decode()
    assert "7 facts" in page
    assert page.count('class="entry entry-') == 7
    assert not [q for q in queries if "COUNT(" in q["sql"].upper()]
    big = busy_company(60, seed=4)
    big.slug = "quillfern-sixty"
    big.save()
    with CaptureQueriesContext(connection) as queries:
        page = client.get(big.get_absolute_url()).content.decode()
    assert "60 facts" in page
    assert page.count('class="entry entry-') == 50
    assert [q for q in queries if "COUNT(" in q["sql"].upper()]
    second = client.get(big.get_absolute_url(), {"page": 2}).content.decode()
    assert second.count('class="entry entry-') == 10
