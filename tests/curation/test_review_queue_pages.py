"""The review queue sorts a backlog by keys and loads only the page it shows."""

import datetime as dt

import pytest
from django.urls import reverse

from apps.curation import review
from apps.curation.review import review_queue, reviewed_models
from tests.factories import cite, make_deal, make_designation, make_document, make_event

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:review_queue")


@pytest.fixture
def backlog():
    """Deals and designations cited by documents of known dates, some undated, some unsourced."""
    facts = []
    for number in range(8):
        published = dt.date(2020, 1, 1) + dt.timedelta(days=30 * number) if number % 3 else None
        document = make_document(
            f"Release {number}: a license and a grant.", published_on=published
        )
        deal, designation = make_deal(), make_designation()
        cite(deal, document, "a license")
        cite(designation, document, "a grant")
        facts += [deal, designation]
    facts += [make_event(), make_event()]  # no source: last
    return facts


def _every_unreviewed_fact():
    """In the order the queue used to build its list before sorting it (the sort is stable)."""
    return [fact for model in reviewed_models() for fact in model.objects.unreviewed()]


def _expected_order(facts):
    def newest(fact):
        dates = [
            (row.document.published_on or row.document.created_at.date(), row.document_id)
            for row in fact.sources.select_related("document")
        ]
        return max(dates, default=(dt.date.min, 0))

    return sorted(facts, key=lambda fact: (newest(fact), fact.pk), reverse=True)


def test_the_queue_order_is_newest_document_first_and_unsourced_facts_last(backlog, monkeypatch):
    monkeypatch.setattr(review, "QUEUE_CHUNK", 3)
    queue = review_queue()
    expected = _expected_order(_every_unreviewed_fact())
    assert set(backlog) <= set(expected)
    assert [item.fact for item in queue] == expected
    assert [item.fact for item in queue[3:7]] == expected[3:7]
    sourced = [item for item in queue if item.sources]
    assert [item.fact for item in sourced] == [fact for fact in expected if fact in backlog[:16]]
    assert queue[len(sourced)].sources == []  # unsourced facts come after every sourced one


def test_a_queue_page_of_one_kind_stays_under_a_query_ceiling_in_queue_order(
    curator_client, backlog, django_assert_max_num_queries
):
    with django_assert_max_num_queries(13):
        page = curator_client.get(QUEUE, {"kind": "deals.deal"}).context["page"]
    deals = [fact for fact in _expected_order(backlog) if fact._meta.model_name == "deal"]
    assert [item.fact for item in page] == deals
    assert page.paginator.count == 8
