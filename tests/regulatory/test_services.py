"""designation_upsert: one designation per drug, agency, type and indication."""

import pytest

from apps.regulatory.models import Designation
from apps.regulatory.services import designation_upsert
from tests.factories import make_designation, make_drug

pytestmark = pytest.mark.django_db


def test_a_new_designation_is_created_and_found_again():
    drug = make_drug()
    designation, created = designation_upsert(
        drug=drug, agency="FDA", type="orphan_drug", indication="Pancreatic cancer"
    )
    assert created is True and designation.indication == "Pancreatic cancer"
    again = designation_upsert(
        drug=drug, agency="FDA", type="orphan_drug", indication="Pancreatic cancer"
    )
    assert again == (designation, False)


def test_a_recap_without_an_indication_is_the_designation_that_names_one():
    stored = make_designation(indication="Pancreatic cancer")
    found = designation_upsert(drug=stored.drug, agency=stored.agency, type=stored.type)
    assert found == (stored, False)


def test_an_indication_matches_a_stored_designation_without_one():
    stored = make_designation(indication="")
    found = designation_upsert(
        drug=stored.drug, agency=stored.agency, type=stored.type, indication="Glioma"
    )
    assert found == (stored, False)


def test_another_indication_is_another_designation_unless_refused():
    stored = make_designation(indication="Pancreatic cancer")
    same = {"drug": stored.drug, "agency": stored.agency, "type": stored.type}
    refused = designation_upsert(**same, indication="Glioma", may_create=lambda: False)
    assert refused == (None, False)
    assert designation_upsert(**same, indication="Glioma")[1] is True
    assert Designation.objects.count() == 2
