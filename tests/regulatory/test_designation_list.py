import csv
import datetime as dt
import io

import pytest
from django.http import QueryDict
from django.urls import reverse

from apps.core.dates import DatePrecision
from tests.factories import make_company, make_designation, make_drug

pytestmark = pytest.mark.django_db
DESIGNATIONS = reverse("regulatory:designation_list")


def ids(client, query: str):
    data = QueryDict(query, mutable=True)
    data["format"] = "json"
    return [row["id"] for row in client.get(DESIGNATIONS, data).json()["results"]]


@pytest.fixture
def designations(company):
    mine = make_drug("mine-nib", owner=company)
    theirs = make_drug("theirs-mab", owner=make_company())
    return {
        "fda_orphan": make_designation(
            drug=mine,
            agency="FDA",
            type="orphan_drug",
            date=dt.date(2020, 5, 1),
            date_precision=DatePrecision.MONTH,
        ),
        "nmpa_btd": make_designation(
            drug=mine,
            agency="NMPA",
            type="breakthrough_therapy",
            status="recommended",
            date=dt.date(2021, 9, 2),
        ),
        "fda_fast": make_designation(
            drug=theirs, agency="FDA", type="fast_track", date=dt.date(2019, 7, 1)
        ),
    }


def test_designations_filter_by_agency_type_status_drug_company_and_dates(
    client, company, designations
):
    d = {name: item.pk for name, item in designations.items()}
    assert ids(client, "agency=FDA") == [d["fda_orphan"], d["fda_fast"]]
    assert ids(client, "agency=FDA&agency=NMPA&type=breakthrough_therapy") == [d["nmpa_btd"]]
    assert ids(client, "status=recommended") == [d["nmpa_btd"]]
    assert ids(client, f"drug={designations['fda_fast'].drug.slug}") == [d["fda_fast"]]
    assert ids(client, f"company={company.slug}") == [d["nmpa_btd"], d["fda_orphan"]]
    assert ids(client, "date_after=2020-05&date_before=2020") == [d["fda_orphan"]]


def test_designation_page_shows_dates_as_written(client, designations):
    page = client.get(DESIGNATIONS).content.decode()
    assert "May 2020" in page
    assert "2 September 2021" in page


@pytest.mark.parametrize(
    "query", ["agency=CIA", "type=knighthood", "date_before=2020-99", "drug=nothing", "page=abc"]
)
def test_bad_designation_filters_never_give_a_500(client, designations, query):
    response = client.get(f"{DESIGNATIONS}?{query}")
    assert response.status_code in (200, 400)
    body = response.content.decode()
    assert "Some filters could not be used" in body or "is not a page number" in body


def test_designation_csv_and_feed_follow_the_filters(client, designations):
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get(DESIGNATIONS, {"agency": "NMPA", "format": "csv"}).getvalue().decode()
            )
        )
    )
    assert [row["type"] for row in rows] == ["breakthrough_therapy"]
    feed = client.get(reverse("regulatory:designation_feed"), {"agency": "NMPA"}).content.decode()
    assert "Breakthrough therapy" in feed
    assert "Orphan drug" not in feed


def test_designation_list_queries_do_not_grow(client, company, django_assert_max_num_queries):
    for number in range(30):
        make_designation(drug=make_drug(owner=company), date=dt.date(2020, 1, 1 + number % 28))
    with django_assert_max_num_queries(8):
        response = client.get(DESIGNATIONS)
    assert response.content.decode().count('data-label="Agency">FDA</td>') == 30
