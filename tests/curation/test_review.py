"""Review: approve and reject from any fact list, the queue, or one click on the fact."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.curation.review import review_queue
from apps.deals.models import Deal
from apps.regulatory.models import Designation
from tests.factories import cite, make_deal, make_designation, make_document, make_event

pytestmark = pytest.mark.django_db


def test_the_approve_action_records_who_approved_and_when(curator_client, curator):
    deals = [make_deal(), make_deal()]
    untouched = make_deal()
    curator_client.post(
        reverse("admin:deals_deal_changelist"),
        {"action": "approve_selected", "_selected_action": [d.pk for d in deals]},
    )
    for deal in deals:
        deal.refresh_from_db()
        assert deal.review_state == "approved"
        assert deal.reviewed_by == curator
        assert deal.reviewed_at is not None
    untouched.refresh_from_db()
    assert untouched.review_state == "unreviewed"


def test_the_reject_action_works_on_designations_too(curator_client):
    designation = make_designation()
    curator_client.post(
        reverse("admin:regulatory_designation_changelist"),
        {"action": "reject_selected", "_selected_action": [designation.pk]},
    )
    assert Designation.objects.get().review_state == "rejected"


def test_one_click_approve_on_the_change_page(curator_client, curator):
    event = make_event()
    change = reverse("admin:companies_companyevent_change", args=[event.pk])
    assert "Approve" in curator_client.get(change).content.decode()
    response = curator_client.post(
        reverse("admin:companies_companyevent_review", args=[event.pk, "approved"])
    )
    assert response.status_code == 302 and response.url == change
    event.refresh_from_db()
    assert (event.review_state, event.reviewed_by) == ("approved", curator)


def test_review_is_written_into_the_facts_history_with_who_did_it(curator_client, curator):
    deal = make_deal()
    curator_client.post(reverse("admin:deals_deal_review", args=[deal.pk, "rejected"]))
    latest = deal.history.latest()
    assert latest.review_state == "rejected"
    assert latest.history_user == curator
    assert latest.history_change_reason == "review: rejected"


def test_the_queue_lists_unreviewed_facts_newest_document_first_with_their_quotes():
    old = make_document("An old release: Acme licensed X.", published_on=dt.date(2020, 1, 1))
    new = make_document("A new release: FDA granted Y.", published_on=dt.date(2024, 1, 1))
    old_deal, new_designation = make_deal(), make_designation()
    cite(old_deal, old, "Acme licensed X.")
    cite(new_designation, new, "FDA granted Y.")
    approved = make_deal(review_state="approved")
    cite(approved, new, "A new release")

    queue = review_queue()
    facts = [item.fact for item in queue if item.sources]
    assert facts.index(new_designation) < facts.index(old_deal)
    assert approved not in [item.fact for item in queue]
    assert [row.quote for row in queue[0].sources] == ["FDA granted Y."]


def test_the_queue_page_shows_quotes_and_document_links_and_approves_in_bulk(curator_client):
    document = make_document("Acme and Beta signed a license.")
    deal = make_deal()
    cite(deal, document, "signed a license")
    url = reverse("admin:review_queue")
    html = curator_client.get(url).content.decode()
    assert "signed a license" in html
    assert reverse("admin:sources_document_change", args=[document.pk]) in html

    curator_client.post(url, {"state": "approved", "fact": [f"deals.deal:{deal.pk}"]})
    assert Deal.objects.get().review_state == "approved"
    assert "signed a license" not in curator_client.get(url).content.decode()


def test_a_viewer_sees_the_queue_but_cannot_approve_from_it(viewer_client):
    deal = make_deal()
    url = reverse("admin:review_queue")
    assert viewer_client.get(url).status_code == 200
    response = viewer_client.post(url, {"state": "approved", "fact": [f"deals.deal:{deal.pk}"]})
    assert response.status_code == 403
    assert Deal.objects.get().review_state == "unreviewed"


def test_public_lists_never_show_rejected_facts():
    shown, rejected = make_deal(), make_deal(review_state="rejected")
    assert list(Deal.objects.visible(show_unreviewed=True)) == [shown]
    assert rejected not in Deal.objects.visible(show_unreviewed=False)


def test_the_queue_can_show_one_kind_of_fact(curator_client):
    deal, designation = make_deal(), make_designation()
    page = curator_client.get(reverse("admin:review_queue"), {"kind": "regulatory.designation"})
    assert [item.fact for item in page.context["page"]] == [designation]
    assert deal not in [item.fact for item in page.context["page"]]


def _backlog(size: int):
    document = make_document(f"Acme licensed X to Beta. FDA granted Y. ({size})")
    facts = []
    for _ in range(size):
        deal, designation = make_deal(), make_designation()
        cite(deal, document, "Acme licensed X to Beta.")
        cite(designation, document, "FDA granted Y.")
        facts += [deal, designation, make_event()]
    return facts


def _queries(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize(
    ("url", "ceiling"),
    [(reverse("admin:review_queue"), 23), (reverse("admin:deals_deal_changelist"), 9)],
)
def test_the_queue_and_the_deal_list_take_a_fixed_number_of_queries(curator_client, url, ceiling):
    _backlog(2)
    _queries(curator_client, url)  # content types and sessions are cached from here on
    few, _page = _queries(curator_client, url)
    facts = _backlog(12)
    many, page = _queries(curator_client, url)
    assert many == few, "a query per row"
    assert many <= ceiling
    shown = [fact for fact in facts if isinstance(fact, Deal) or "review_queue" in url]
    for fact in shown:
        assert f"/{fact.pk}/change/" in page, fact
