"""Lists and details cost a fixed number of queries however many rows, parties and quotes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.core.models import ReviewState
from apps.drugs.models import Indication
from tests.api.conftest import api_data_make, results
from tests.factories import cite, make_document

# Queries per list once ContentTypes are cached: the rows, then one per prefetched relation
# (deals: parties, drugs, indications, quotes). A row-by-row lookup would exceed them at once.
LIST_QUERIES = {
    "deals": 5,
    "companies": 5,
    "drugs": 5,
    "designations": 2,
    "events": 2,
    "documents": 1,
}


def _count(client, path) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, response.content
    return len(queries), response.json()


@pytest.mark.parametrize("endpoint", LIST_QUERIES)
def test_a_list_costs_the_same_queries_for_one_data_set_or_four(client, db, endpoint):
    api_data_make()
    client.get(f"/api/v1/{endpoint}/")  # caches the ContentType rows, as a running server has
    few, small = _count(client, f"/api/v1/{endpoint}/")
    for _ in range(3):
        api_data_make()

    many, large = _count(client, f"/api/v1/{endpoint}/")

    assert len(large["results"]) == 4 * len(small["results"]) > 0
    assert many == few == LIST_QUERIES[endpoint]


def test_a_deal_row_holds_its_parties_drugs_money_and_quotes(client, api_data):
    row = results(client.get("/api/v1/deals/?type=license"))[0]

    assert row["id"] == api_data.license.pk
    assert row["url"] == f"http://testserver/deals/{api_data.license.pk}/"
    assert [(p["name"], p["role"]) for p in row["parties"]] == [
        ("Invented Sub Ltd.", "licensor"),
        ("Partner Co.", "licensee"),
    ]
    assert [drug["name"] for drug in row["drugs"]] == ["brightumab"]
    assert [item["name"] for item in row["indications"]] == ["non-small cell lung cancer"]
    assert row["upfront"] == {"amount": "50000000.00", "currency": "USD"}
    assert row["announced"] == "2022-03-01"
    assert row["review_state"] == "unreviewed"
    assert row["sources"] == [
        {
            "document": api_data.document.pk,
            "source_url": api_data.document.source_url,
            "quote": "Invented Sub licensed brightumab to Partner Co.",
        }
    ]


def test_company_drug_designation_and_event_rows_hold_what_the_pages_show(client, api_data):
    company = client.get(f"/api/v1/companies/{api_data.subsidiary.slug}/").json()
    assert company["parent"]["slug"] == api_data.parent.slug
    assert company["deal_count"] == 2
    assert client.get(f"/api/v1/companies/{api_data.parent.slug}/").json()["tickers"] == ["9999.HK"]
    drug = client.get(f"/api/v1/drugs/{api_data.drug.slug}/").json()
    assert drug["owner"]["slug"] == api_data.subsidiary.slug
    assert [t["name"] for t in drug["targets"]] == ["PD-1"]
    assert drug["sources"][0]["quote"] == "brightumab"
    designation = client.get(f"/api/v1/designations/{api_data.designation.pk}/").json()
    assert (designation["agency"], designation["type"], designation["date"]) == (
        "FDA",
        "orphan_drug",
        "2021-05",
    )
    assert designation["owner"]["slug"] == api_data.subsidiary.slug
    event = client.get(f"/api/v1/events/{api_data.event.pk}/").json()
    assert event["company"]["slug"] == api_data.parent.slug
    assert event["sources"][0]["quote"] == "Invented Bio opened a plant in Suzhou."


def test_a_hidden_parent_reads_as_no_parent(client, api_data):
    api_data.parent.review_state = ReviewState.REJECTED
    api_data.parent.save()

    assert client.get(f"/api/v1/companies/{api_data.subsidiary.slug}/").json()["parent"] is None


@pytest.mark.parametrize("endpoint", ["deals", "designations", "events"])
def test_a_detail_costs_the_same_however_many_quotes(client, db, endpoint):
    data = api_data_make()
    fact = {"deals": data.license, "designations": data.designation, "events": data.event}[endpoint]
    few, one = _count(client, f"/api/v1/{endpoint}/{fact.pk}/")
    for number in range(5):
        cite(fact, make_document(f"Release {number} repeats it."), "repeats it")
    if endpoint == "deals":
        fact.indications.add(*(Indication.objects.create(name=f"cancer {n}") for n in range(3)))

    many, six = _count(client, f"/api/v1/{endpoint}/{fact.pk}/")

    assert len(six["sources"]) == len(one["sources"]) + 5 == 6
    assert many == few
