"""deal_upsert and deal_parties_add: a deal is its type and its exact set of parties."""

import pytest

from apps.deals.models import Deal, DealParty
from apps.deals.services import deal_parties_add, deal_upsert
from tests.factories import make_company, make_deal

pytestmark = pytest.mark.django_db


def test_a_deal_with_the_same_type_and_parties_is_found():
    licensor, licensee = make_company(), make_company()
    stored = make_deal(parties=[licensor, licensee])
    found = deal_upsert(type=stored.type, company_ids=[licensee.pk, licensor.pk])
    assert found == (stored, False)


def test_another_party_set_or_type_is_another_deal():
    licensor, licensee, third = make_company(), make_company(), make_company()
    stored = make_deal(parties=[licensor, licensee])
    deal, created = deal_upsert(type=stored.type, company_ids=[licensor.pk, licensee.pk, third.pk])
    assert created is True and deal != stored and deal.parties.count() == 0
    assert deal_upsert(type="acquisition", company_ids=[licensor.pk, licensee.pk])[1] is True


def test_a_refused_deal_writes_nothing():
    ids = [make_company().pk, make_company().pk]
    assert deal_upsert(type="license", company_ids=ids, may_create=lambda: False) == (None, False)
    assert not Deal.objects.exists()


def test_parties_are_added_once():
    licensor, licensee = make_company(), make_company()
    deal = deal_upsert(type="license", company_ids=[licensor.pk, licensee.pk])[0]
    parties = {(licensor.pk, "licensor"), (licensee.pk, "licensee")}
    assert deal_parties_add(deal=deal, parties=parties) == 2
    assert deal_parties_add(deal=deal, parties=parties) == 0
    assert DealParty.objects.filter(deal=deal).count() == 2
