"""The API shows what the pages show: no rejected fact, no unreviewed one below
PUBLIC_MIN_CONFIDENCE or while SHOW_UNREVIEWED_FACTS is off, nothing naming a hidden company."""

import pytest

from apps.core.models import ReviewState
from apps.sources.models import Provenance
from tests.api.conftest import ids, results
from tests.factories import (
    cite,
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
    make_event,
)


# The companies and drugs a fact names are approved: only the fact's own state is tested.
def _approved_company():
    return make_company(review_state=ReviewState.APPROVED)


def _deal(document, quote):
    return make_deal(parties=[_approved_company(), _approved_company()])


def _company(document, quote):
    return make_company()


def _drug(document, quote):
    return make_drug()


def _designation(document, quote):
    return make_designation(drug=make_drug(review_state=ReviewState.APPROVED))


def _event(document, quote):
    return make_event(company=_approved_company())


# (endpoint, maker, how the detail URL names a row)
KINDS = [
    ("deals", _deal, "pk"),
    ("companies", _company, "slug"),
    ("drugs", _drug, "slug"),
    ("designations", _designation, "pk"),
    ("events", _event, "pk"),
]


def _made(maker, document, state, confidence, quote):
    fact = maker(document, quote)
    fact.review_state = state
    fact.save()
    cite(fact, document, quote)
    Provenance.objects.filter(object_id=fact.pk, quote=quote).update(confidence=confidence)
    return fact


def _detail(endpoint, fact, key):
    return f"/api/v1/{endpoint}/{getattr(fact, key)}/"


@pytest.mark.parametrize(("endpoint", "maker", "key"), KINDS)
def test_a_rejected_or_unsure_fact_never_appears_in_a_list_or_detail(
    client, db, settings, endpoint, maker, key
):
    settings.PUBLIC_MIN_CONFIDENCE = 0.8
    document = make_document("Sure one. Rejected one. Unsure one. Approved unsure one.")
    sure = _made(maker, document, ReviewState.UNREVIEWED, 0.9, "Sure one.")
    rejected = _made(maker, document, ReviewState.REJECTED, 0.99, "Rejected one.")
    unsure = _made(maker, document, ReviewState.UNREVIEWED, 0.5, "Unsure one.")
    approved = _made(maker, document, ReviewState.APPROVED, 0.5, "Approved unsure one.")

    listed = set(ids(client.get(f"/api/v1/{endpoint}/")))

    assert {sure.pk, approved.pk} <= listed
    assert rejected.pk not in listed
    assert unsure.pk not in listed
    assert client.get(_detail(endpoint, sure, key)).status_code == 200
    assert client.get(_detail(endpoint, rejected, key)).status_code == 404
    assert client.get(_detail(endpoint, unsure, key)).status_code == 404


@pytest.mark.parametrize(("endpoint", "maker", "key"), KINDS)
def test_unreviewed_facts_disappear_when_the_setting_hides_them(
    client, db, settings, endpoint, maker, key
):
    document = make_document("Draft. Approved.")
    draft = _made(maker, document, ReviewState.UNREVIEWED, 1.0, "Draft.")
    approved = _made(maker, document, ReviewState.APPROVED, None, "Approved.")
    assert {draft.pk, approved.pk} <= set(ids(client.get(f"/api/v1/{endpoint}/")))

    settings.SHOW_UNREVIEWED_FACTS = False

    listed = set(ids(client.get(f"/api/v1/{endpoint}/")))
    assert approved.pk in listed
    assert draft.pk not in listed
    assert client.get(_detail(endpoint, draft, key)).status_code == 404


def test_a_deal_naming_a_rejected_company_is_hidden_with_it(client, db):
    hidden = make_company("Withdrawn Co.", review_state=ReviewState.REJECTED)
    shown = make_company("Shown Co.")
    hidden_deal = make_deal(parties=[hidden, shown])
    shown_deal = make_deal(parties=[shown, make_company()])

    assert ids(client.get("/api/v1/deals/")) == [shown_deal.pk]
    assert client.get(f"/api/v1/deals/{hidden_deal.pk}/").status_code == 404
    assert hidden.slug not in {row["slug"] for row in results(client.get("/api/v1/companies/"))}


def test_a_documents_quotes_leave_out_rejected_facts(client, db):
    document = make_document("Kept deal. Rejected deal.")
    kept = make_deal()
    rejected = make_deal(review_state=ReviewState.REJECTED)
    cite(kept, document, "Kept deal.")
    cite(rejected, document, "Rejected deal.")

    body = client.get(f"/api/v1/documents/{document.pk}/").json()

    assert [(q["kind"], q["id"], q["quote"]) for q in body["quotes"]] == [
        ("deal", kept.pk, "Kept deal.")
    ]
    assert body["facts"]["deals"] == 1
    assert body["text"] == "Kept deal. Rejected deal."
