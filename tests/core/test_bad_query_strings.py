"""No query string, however odd, makes a browsing page answer 500."""

import datetime as dt

import pytest

from tests.factories import make_company, make_deal, make_designation, make_drug, make_event

ODD_VALUES = ["abc", "-1", "99999", "2020-02-30", "%'\"<b>", "亞盛", "a" * 300, "\x00"]
PARAMETERS = {
    "/deals/": [
        "q",
        "company",
        "role",
        "type",
        "drug",
        "indication",
        "exclusive",
        "date_after",
        "min_millions",
        "currency",
        "sort",
        "page",
        "format",
    ],
    "/designations/": [
        "agency",
        "type",
        "status",
        "drug",
        "company",
        "date_after",
        "page",
        "format",
    ],
    "/companies/": ["q", "page", "format"],
    "/drugs/": ["q", "company", "modality", "page"],
    "/search/": ["q"],
    "/deals/feed/": ["type", "date_before", "company"],
}


@pytest.fixture
def some_facts(db):
    """A little of everything, so each page renders rows (cheaper than loading the seeds)."""
    company = make_company("Ascentage Pharma", slug="ascentage")
    drug = make_drug("olverembatinib", owner=company)
    make_deal(parties=[company, make_company()], drugs=[drug], announced_on=dt.date(2020, 5, 1))
    make_designation(drug=drug, date=dt.date(2020, 6, 1))
    make_event(company=company, date=dt.date(2021, 1, 1))
    return company


@pytest.mark.parametrize("path", list(PARAMETERS))
def test_odd_filter_values_never_give_a_500(client, some_facts, path):
    for name in PARAMETERS[path]:
        for value in ODD_VALUES:
            response = client.get(path, {name: value})
            assert response.status_code in (200, 400), (path, name, value, response.status_code)


def test_odd_timeline_values_never_give_a_500(client, some_facts):
    path = some_facts.get_absolute_url()
    for name in [
        "kind",
        "deal_type",
        "agency",
        "designation_type",
        "event_type",
        "date_after",
        "date_before",
        "subsidiaries",
        "page",
        "format",
    ]:
        for value in ODD_VALUES:
            response = client.get(path, {name: value})
            assert response.status_code in (200, 400), (name, value, response.status_code)
