"""The company, drug and designation exports read values() rows (apps.core.records): each
row says what the list page says, lists of related values in order, rows of different chunks
never mixed, in a fixed number of queries."""

import csv
import datetime as dt
import io

import pytest

from apps.companies.models import Listing
from apps.core.models import ReviewState
from apps.drugs.models import DrugAlias, Indication, Target
from tests.factories import make_company, make_deal, make_designation, make_drug

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr("apps.core.formats.EXPORT_CHUNK_ROWS", 2)


def csv_rows(client, path, **query):
    response = client.get(path, {"format": "csv", **query})
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))


def test_company_rows_hold_aliases_tickers_shown_parent_and_deal_count(client):
    holding = make_company("Alder Holdings")
    rejected = make_company("Zed Rejected Parent", review_state=ReviewState.REJECTED)
    child = make_company("Alder Pharma", parent=holding, country="China")
    child.aliases.create(name="Alder China")
    Listing.objects.create(company=child, symbol="6855", exchange="HK")
    Listing.objects.create(company=child, symbol="ALD", exchange="AX")
    orphan = make_company("Birch Bio", parent=rejected)
    make_deal(parties=[child, orphan])
    make_deal(parties=[child, holding])
    rows = {row["name"]: row for row in csv_rows(client, "/companies/")}
    assert set(rows) == {"Alder Holdings", "Alder Pharma", "Birch Bio"}
    assert rows["Alder Pharma"]["aliases"] == "Alder China; Alder Pharma"
    assert rows["Alder Pharma"]["tickers"] == "ALD.AX; 6855.HK"
    assert rows["Alder Pharma"]["parent"] == holding.slug
    assert rows["Alder Pharma"]["deal_count"] == "2" and rows["Birch Bio"]["deal_count"] == "1"
    assert rows["Alder Pharma"]["country"] == "China"
    assert rows["Birch Bio"]["parent"] == ""  # a hidden parent reads as none
    assert rows["Alder Pharma"]["url"] == f"http://testserver/companies/{child.slug}/"
    data = client.get("/companies/", {"format": "json"}).json()["results"]
    assert [row["name"] for row in data] == ["Alder Holdings", "Alder Pharma", "Birch Bio"]
    assert data[1]["tickers"] == ["ALD.AX", "6855.HK"] and data[1]["parent"] == holding.slug


def test_drug_rows_hold_code_names_owner_targets_and_indications(client):
    owner = make_company("Cedar Oncology")
    drugs = [make_drug(f"cedarnib-{number}", owner=owner) for number in range(3)]
    DrugAlias.objects.create(drug=drugs[1], name="CDR-101")
    DrugAlias.objects.create(drug=drugs[1], name="CEDARNIB-1")  # its own name, cased anew
    # Made in neither name order nor its reverse: the export sorts by name.
    drugs[1].targets.add(*(Target.objects.create(name=name) for name in ("KRAS", "EGFR", "HER2")))
    drugs[2].indications.add(Indication.objects.create(name="gout"))
    rows = {row["name"]: row for row in csv_rows(client, "/drugs/")}
    assert rows["cedarnib-1"]["code_names"] == "CDR-101"
    assert rows["cedarnib-1"]["targets"] == "EGFR; HER2; KRAS"
    assert rows["cedarnib-1"]["owner"] == owner.slug
    assert rows["cedarnib-2"]["indications"] == "gout" and rows["cedarnib-2"]["targets"] == ""
    assert rows["cedarnib-0"]["code_names"] == ""
    data = client.get("/drugs/", {"format": "json"}).json()["results"]
    assert data[1]["code_names"] == ["CDR-101"] and data[1]["targets"] == ["EGFR", "HER2", "KRAS"]


def test_designation_rows_hold_drug_owner_and_dates_as_precise_as_known(client):
    owner = make_company("Dogwood Bio")
    owned = make_drug("dogwoodimab", owner=owner)
    newest = make_designation(
        drug=owned, date=dt.date(2023, 5, 1), date_precision="month", indication="gout"
    )
    older = make_designation(drug=make_drug("unownedib"), date=dt.date(2021, 2, 3))
    undated = make_designation(drug=owned, date=None)
    rows = csv_rows(client, "/designations/")
    assert [row["id"] for row in rows] == [str(item.pk) for item in (newest, older, undated)]
    assert rows[0]["drug"] == "dogwoodimab" and rows[0]["owner"] == "Dogwood Bio"
    assert rows[0]["date"] == "2023-05" and rows[0]["indication"] == "gout"
    assert rows[0]["url"] == f"http://testserver/drugs/{owned.slug}/#designation-{newest.pk}"
    assert rows[1]["owner"] == "" and rows[1]["date"] == "2021-02-03"
    assert rows[2]["date"] == ""
    data = client.get("/designations/", {"format": "json"}).json()["results"]
    assert data[0]["drug_slug"] == owned.slug and data[0]["date"] == "2023-05"


@pytest.mark.parametrize("path", ["/companies/", "/drugs/", "/designations/", "/deals/"])
def test_an_export_costs_the_same_queries_for_few_and_many_rows(client, monkeypatch, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr("apps.core.formats.EXPORT_CHUNK_ROWS", 1000)

    def add_rows(count):
        for _ in range(count):
            drug = make_drug(owner=make_company())
            drug.targets.add(Target.objects.create(name=f"T{drug.pk}"))
            make_designation(drug=drug)
            make_deal(drugs=[drug])

    counts = []
    for count in (2, 8):
        add_rows(count)
        with CaptureQueriesContext(connection) as queries:
            rows = csv_rows(client, path)
        counts.append((len(queries), len(rows)))
    (few_queries, few_rows), (many_queries, many_rows) = counts
    assert many_rows >= few_rows + 8
    assert many_queries == few_queries <= 5
