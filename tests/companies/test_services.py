"""company_upsert and event_upsert: find by natural key, else create; never a second row."""

import datetime as dt

import pytest

from apps.companies.models import Company, CompanyAlias, CompanyEvent
from apps.companies.services import company_upsert, event_upsert
from apps.core.dates import PartialDate
from tests.factories import make_company, make_event

pytestmark = pytest.mark.django_db


def test_a_new_company_is_created_with_every_name_as_an_alias():
    company, created = company_upsert(name="Invented Bio Inc.", aliases=["Invented Bio"])
    assert created is True
    assert company.name == "Invented Bio Inc." and company.slug
    assert sorted(company.aliases.values_list("name", flat=True)) == [
        "Invented Bio",
        "Invented Bio Inc.",
    ]


def test_a_company_known_by_an_alias_is_found_and_learns_the_names_it_lacks():
    stored = make_company("Quillon Therapeutics")
    company, created = company_upsert(name="QUILLON THERAPEUTICS", aliases=["Quillon"])
    assert (company, created) == (stored, False)
    assert Company.objects.count() == 1
    assert set(company.aliases.values_list("name", flat=True)) == {
        "Quillon Therapeutics",
        "QUILLON THERAPEUTICS",
        "Quillon",
    }


def test_a_company_only_named_learns_no_alias():
    stored = make_company("Quillon Therapeutics")
    company, created = company_upsert(name="QUILLON THERAPEUTICS", record_names=False)
    assert (company, created) == (stored, False)
    assert list(company.aliases.values_list("name", flat=True)) == ["Quillon Therapeutics"]


def test_a_company_that_may_not_be_created_is_none_and_writes_nothing():
    assert company_upsert(name="Gone Pharma", may_create=lambda: False) == (None, False)
    assert not Company.objects.exists() and not CompanyAlias.objects.exists()


def test_may_create_is_not_asked_when_the_company_exists():
    stored = make_company("Quillon Therapeutics")
    asked = []
    company, _ = company_upsert(name="Quillon Therapeutics", may_create=lambda: asked.append(1))
    assert company == stored and asked == []


def test_an_event_is_found_by_its_type_and_partial_date_else_created():
    company = make_company()
    when = PartialDate(dt.date(2026, 5, 1), "month")
    event, created = event_upsert(company=company, type="facility", when=when)
    assert created is True and (event.company, event.type) == (company, "facility")
    again, created = event_upsert(company=company, type="facility", when=when)
    assert (again, created) == (event, False)
    other_day = PartialDate(dt.date(2026, 5, 2), "day")
    assert event_upsert(company=company, type="facility", when=other_day)[1] is True


def test_an_undated_event_is_found_by_its_summary():
    stored = make_event(date=None, summary="Opened a plant")
    found = event_upsert(
        company=stored.company, type=stored.type, when=None, summary="Opened a plant"
    )
    assert found == (stored, False)
    refused = event_upsert(
        company=stored.company,
        type=stored.type,
        when=None,
        summary="Other",
        may_create=lambda: False,
    )
    assert refused == (None, False)
    assert CompanyEvent.objects.count() == 1
