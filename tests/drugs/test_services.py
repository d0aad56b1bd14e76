"""drug_upsert, target_upsert and indication_upsert: find by folded name, else create."""

import pytest

from apps.drugs.models import Drug, DrugAlias, Indication, Target
from apps.drugs.services import drug_upsert, indication_upsert, target_upsert
from tests.factories import make_drug

pytestmark = pytest.mark.django_db


def test_a_new_drug_is_created_with_its_code_names_as_aliases():
    drug, created = drug_upsert(name="examplimab", aliases=["EXM-101"])
    assert created is True and drug.name == "examplimab"
    assert sorted(drug.aliases.values_list("name", flat=True)) == ["EXM-101", "examplimab"]


def test_a_drug_known_by_a_code_name_is_found_not_duplicated():
    stored = make_drug("examplimab")
    DrugAlias.objects.create(drug=stored, name="EXM-101")
    drug, created = drug_upsert(name="EXM-101", aliases=["Examplimab"])
    assert (drug, created) == (stored, False)
    assert Drug.objects.count() == 1
    assert "Examplimab" in drug.aliases.values_list("name", flat=True)


def test_a_drug_only_named_learns_no_alias_and_a_refused_one_writes_nothing():
    stored = make_drug("examplimab")
    assert drug_upsert(name="EXAMPLIMAB", record_names=False) == (stored, False)
    assert stored.aliases.count() == 1
    assert drug_upsert(name="gonemab", may_create=lambda: False) == (None, False)
    assert Drug.objects.count() == 1


def test_targets_and_indications_are_one_row_per_folded_name():
    target, created = target_upsert(name="PD-1")
    assert created is True
    assert target_upsert(name="pd-1") == (target, False)
    indication, created = indication_upsert(name="Non-small cell lung cancer")
    assert created is True
    assert indication_upsert(name="non-small cell lung cancer") == (indication, False)
    assert (Target.objects.count(), Indication.objects.count()) == (1, 1)
