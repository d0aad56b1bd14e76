"""A small data set of every kind of fact, each with a quote, and an API client."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache

from apps.companies.models import Company, CompanyEvent, Listing
from apps.deals.models import Deal
from apps.drugs.models import Drug, Indication, Target
from apps.regulatory.models import Designation
from apps.sources.models import Document
from tests.factories import (
    cite,
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
    make_event,
)


@pytest.fixture(autouse=True)
def throttle_counts_cleared():
    """Throttles count in the cache: each test starts with a clean budget."""
    cache.clear()
    yield
    cache.clear()


@dataclass
class ApiData:
    parent: Company
    subsidiary: Company
    partner: Company
    drug: Drug
    license: Deal
    option: Deal
    designation: Designation
    event: CompanyEvent
    document: Document


TEXT = (
    "Invented Bio (parent) and its subsidiary Invented Sub licensed brightumab to Partner Co. "
    "Invented Sub granted Partner Co. an option on brightumab. "
    "The FDA granted Orphan Drug designation to brightumab in May 2021. "
    "Invented Bio opened a plant in Suzhou."
)


def api_data_make() -> ApiData:
    """Two linked companies and a partner, a drug, two deals, a designation and an event, all
    quoted from one invented release. Call it again for another such set (new rows)."""
    parent = make_company("Invented Bio Inc.", country="China")
    subsidiary = make_company("Invented Sub Ltd.", parent=parent)
    partner = make_company("Partner Co.", country="United States")
    Listing.objects.create(
        company=parent, symbol=str(9999 - Listing.objects.count()), exchange="HK"
    )
    drug = make_drug("brightumab", owner=subsidiary, modality=Drug.Modality.ANTIBODY)
    drug.targets.add(Target.objects.get_or_create(name="PD-1")[0])
    indication = Indication.objects.get_or_create(name="non-small cell lung cancer")[0]
    drug.indications.add(indication)
    license = make_deal(
        parties=[subsidiary, partner],
        drugs=[drug],
        announced_on="2022-03-01",
        upfront_amount=50_000_000,
        upfront_currency="USD",
        territory="Greater China",
        exclusive=True,
    )
    license.indications.add(indication)
    option = make_deal(
        parties=[subsidiary, partner],
        type=Deal.Type.OPTION,
        drugs=[drug],
        announced_on="2023-06-01",
    )
    designation = make_designation(drug=drug, date="2021-05-01", date_precision="month")
    event = make_event(company=parent, date="2024-01-10")
    number = Document.objects.count() + 1
    document = make_document(
        TEXT + f" ({number})", source_url=f"https://invented.example/pr/{number}"
    )
    for fact, quote in [
        (parent, "Invented Bio"),
        (subsidiary, "Invented Sub"),
        (partner, "Partner Co."),
        (drug, "brightumab"),
        (license, "Invented Sub licensed brightumab to Partner Co."),
        (option, "Invented Sub granted Partner Co. an option on brightumab."),
        (designation, "The FDA granted Orphan Drug designation to brightumab in May 2021."),
        (event, "Invented Bio opened a plant in Suzhou."),
    ]:
        cite(fact, document, quote)
    return ApiData(parent, subsidiary, partner, drug, license, option, designation, event, document)


@pytest.fixture
def api_data(db) -> ApiData:
    return api_data_make()


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def ids(response) -> list:
    return [row["id"] for row in results(response)]
