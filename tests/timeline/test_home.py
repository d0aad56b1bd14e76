import datetime as dt

import pytest
from django.urls import reverse

from apps.core.models import ReviewState
from tests.factories import make_company, make_deal, make_designation, make_drug, make_event

pytestmark = pytest.mark.django_db
HOME = reverse("timeline:home")


def test_home_shows_counts_latest_facts_and_a_labelled_search_box(client, seeded):
    page = client.get(HOME).content.decode()
    assert "<strong>3</strong> deals" in page
    assert "<strong>5</strong> designations" in page
    assert '<label for="home-search-q">' in page
    assert "30 August 2021" in page  # the license, dated as written
    assert "October 2020" in page  # the NMPA priority review
    assert "March 2023" in page  # the GMP audit event


def test_home_leaves_out_rejected_facts_and_counts_only_what_it_shows(client):
    make_deal(parties=[make_company("Shown Partner"), make_company()])
    make_deal(
        parties=[make_company("Hidden Partner"), make_company()], review_state=ReviewState.REJECTED
    )
    make_event(summary="A rejected event", review_state=ReviewState.REJECTED)
    page = client.get(HOME).content.decode()
    assert "<strong>1</strong> deals" in page
    assert "Shown Partner" in page
    assert "Hidden Partner" not in page
    assert "A rejected event" not in page


def test_home_queries_do_not_grow_with_the_number_of_facts(client, django_assert_max_num_queries):
    for day in range(30):
        when = dt.date(2020, 1, 1) + dt.timedelta(days=day)
        make_deal(
            parties=[make_company(f"Dealmaker {day} Inc."), make_company()], announced_on=when
        )
        make_designation(date=when, drug=make_drug(f"zorvimab-{day}"))
        make_event(date=when, summary=f"Opened plant number {day}.")
    # 13: one read of the table sizes (PostgreSQL) gates the counts (apps.core.pagination).
    with django_assert_max_num_queries(13):
        page = client.get(HOME).content.decode()
    assert "<strong>30</strong> deals" in page
    assert "<strong>30</strong> designations" in page
    latest, older = range(22, 30), range(0, 22)  # the page lists the eight latest of each
    for day in latest:
        assert f"Dealmaker {day} Inc." in page
        assert f"zorvimab-{day}" in page
        assert f"Opened plant number {day}." in page
    for day in older:
        assert f"Opened plant number {day}." not in page


def test_with_unreviewed_facts_hidden_the_timeline_shows_only_approved_ones(
    client, settings, company
):
    settings.SHOW_UNREVIEWED_FACTS = False
    company.review_state = ReviewState.APPROVED
    company.save()
    make_event(company=company, summary="Checked event", review_state=ReviewState.APPROVED)
    make_event(company=company, summary="Draft event")
    page = client.get(company.get_absolute_url()).content.decode()
    assert "Checked event" in page
    assert "Draft event" not in page


@pytest.mark.parametrize("number", ["abc", "99999"])
def test_a_bad_timeline_page_number_is_a_400_that_says_why(client, company, number):
    make_event(company=company, summary="First page event")
    response = client.get(company.get_absolute_url(), {"page": number})
    assert response.status_code == 400
    assert "page" in response.content.decode()
    assert "First page event" not in response.content.decode()


def test_home_counts_are_kept_a_minute_and_its_latest_facts_are_not(
    client, django_assert_max_num_queries
):
    """The counts are read once per HOME_COUNTS_SECONDS (and per visibility setting); the
    latest facts on every request."""
    from django.core.cache import cache

    make_deal(parties=[make_company("First Dealer"), make_company()])
    first = client.get(HOME).content.decode()
    assert "<strong>1</strong> deals" in first
    make_deal(parties=[make_company("Second Dealer"), make_company()])
    with django_assert_max_num_queries(7):  # the latest deals, designations and events
        second = client.get(HOME).content.decode()
    assert "<strong>1</strong> deals" in second  # the kept count
    assert "Second Dealer" in second  # the latest deals are read each time
    cache.clear()  # as when the minute is over
    assert "<strong>2</strong> deals" in client.get(HOME).content.decode()
