"""The database itself refuses what must never be stored."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from apps.companies.models import Listing
from apps.deals.models import DealParty
from apps.sources.models import Provenance
from tests.factories import (
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
    make_event,
)

pytestmark = pytest.mark.django_db


def refused(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_an_amount_without_a_currency_is_refused():
    assert refused(lambda: make_deal(upfront_amount=Decimal("5"), upfront_currency=""))


def test_a_currency_without_an_amount_is_refused():
    assert refused(lambda: make_deal(total_value_currency="USD"))


def test_a_negative_amount_is_refused():
    assert refused(lambda: make_deal(milestones_amount=Decimal("-1"), milestones_currency="USD"))


def test_a_valid_amount_is_stored_exactly():
    deal = make_deal(upfront_amount=Decimal("50000000.10"), upfront_currency="USD")
    deal.refresh_from_db()
    assert deal.upfront_amount == Decimal("50000000.10")


def test_one_ticker_belongs_to_one_company():
    Listing.objects.create(company=make_company(), symbol="2096", exchange="HK")
    assert refused(
        lambda: Listing.objects.create(company=make_company(), symbol="2096", exchange="HK")
    )


def test_a_company_plays_a_role_in_a_deal_once():
    a, b = make_company(), make_company()
    deal = make_deal(parties=[a, b])
    assert refused(lambda: DealParty.objects.create(deal=deal, company=a, role="licensor"))


def test_a_designation_is_stored_once_per_drug_agency_type_and_indication():
    drug = make_drug()
    make_designation(drug=drug, indication="CML")
    assert refused(lambda: make_designation(drug=drug, indication="CML"))
    make_designation(drug=drug, indication="ALL")  # another indication is another designation


def test_a_fact_has_one_provenance_row_per_document():
    document, deal = make_document("Text."), make_deal()
    Provenance.objects.create(document=document, fact=deal, quote="Text.")
    assert refused(lambda: Provenance.objects.create(document=document, fact=deal, quote="Text."))


def test_a_company_cannot_be_its_own_parent():
    company = make_company()
    company.parent = company
    assert refused(company.save)


def test_two_documents_cannot_share_the_same_text():
    make_document("Same words.")
    assert refused(lambda: make_document("Same words."))


@pytest.mark.parametrize("code", ["usd", "US$", "U1D", "Usd"])
def test_a_currency_that_is_not_three_upper_case_letters_is_refused(code):
    assert refused(lambda: make_deal(upfront_amount=Decimal("5"), upfront_currency=code))
    assert refused(lambda: make_event(amount_amount=Decimal("5"), amount_currency=code))


@pytest.mark.parametrize("term", ["upfront", "milestones"])
@pytest.mark.parametrize("disclosed", [False, None])
def test_an_amount_on_a_term_not_marked_disclosed_is_refused(term, disclosed):
    amount = {f"{term}_amount": Decimal("5"), f"{term}_currency": "USD"}
    assert refused(lambda: make_deal(**amount, **{f"{term}_disclosed": disclosed}))
    make_deal(**amount, **{f"{term}_disclosed": True})
    make_deal(**{f"{term}_disclosed": False})  # named, not priced
