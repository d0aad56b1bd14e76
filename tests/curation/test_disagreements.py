"""Disagreements: the curator sees what a re-ingest extracted and may take it."""

import copy
from decimal import Decimal

import pytest
from django.urls import reverse

from apps.curation.models import Disagreement
from apps.deals.models import Deal
from apps.ingestion.loader import facts_sync
from tests.factories import make_document
from tests.ingestion.test_loader import TEXT, extraction

pytestmark = pytest.mark.django_db


@pytest.fixture
def disagreeing():
    """An approved deal whose re-ingest extracted other terms."""
    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    Deal.objects.update(review_state="approved")
    changed = copy.deepcopy(extraction())
    changed["deals"][0].update(territory="worldwide", exclusive=False, announced_on="2024-03")
    changed["deals"][0]["terms"]["upfront"] = {"amount": 60000000, "currency": "USD"}
    facts_sync(document=document, extraction=changed)
    return Deal.objects.get()


def take(client, fields):
    rows = Disagreement.objects.filter(field__in=fields)
    return client.post(
        reverse("admin:curation_disagreement_changelist"),
        {"action": "accept_selected", "_selected_action": [r.pk for r in rows]},
    )


def test_taking_extracted_values_writes_them_with_their_types(disagreeing, curator_client):
    take(curator_client, ["territory", "exclusive", "upfront_amount", "announced_on"])
    deal = Deal.objects.get()
    assert deal.territory == "worldwide"
    assert deal.exclusive is False
    assert deal.upfront_amount == Decimal("60000000")
    assert deal.announced.display() == "March 2024"  # the date came with its precision
    assert set(Disagreement.objects.filter(resolved=True).values_list("field", flat=True)) == {
        "territory",
        "exclusive",
        "upfront_amount",
        "announced_on",
        "announced_precision",
    }
    assert deal.history.latest().history_change_reason.startswith("took the extracted")


def test_marking_resolved_keeps_the_curators_value(disagreeing, curator_client):
    rows = Disagreement.objects.filter(field="territory")
    curator_client.post(
        reverse("admin:curation_disagreement_changelist"),
        {"action": "resolve_selected", "_selected_action": [r.pk for r in rows]},
    )
    assert Deal.objects.get().territory == "Greater China"
    assert Disagreement.objects.get(field="territory").resolved


def test_marking_resolved_writes_the_decision_into_the_facts_history(
    disagreeing, curator_client, curator
):
    rows = Disagreement.objects.filter(field__in=["territory", "exclusive"])
    before = Deal.history.count()
    curator_client.post(
        reverse("admin:curation_disagreement_changelist"),
        {"action": "resolve_selected", "_selected_action": [r.pk for r in rows]},
    )
    assert Deal.history.count() == before + 1  # one row for the fact, not one per field
    latest = Deal.history.latest()
    assert latest.history_change_reason == "kept the curator's exclusive, territory"
    assert latest.history_user == curator


def test_a_viewer_cannot_take_a_value(disagreeing, viewer_client):
    assert take(viewer_client, ["territory"]).status_code == 403
    assert Deal.objects.get().territory == "Greater China"
    assert not Disagreement.objects.get(field="territory").resolved


def test_a_relation_cannot_be_taken_from_the_list(disagreeing, curator_client):
    Disagreement.record(fact=disagreeing, field="type", extracted="option", document=None)
    Disagreement.objects.create(
        content_type=Disagreement.objects.first().content_type,
        object_id=disagreeing.pk,
        field="parties",
        extracted_value="someone else",
    )
    response = take(curator_client, ["parties", "type"])
    assert response.status_code == 302
    assert Deal.objects.get().type == "option"
    assert not Disagreement.objects.get(field="parties").resolved
