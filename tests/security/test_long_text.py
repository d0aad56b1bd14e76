"""Every free-text filter refuses an over-long text with a 400 and a message, never a 500.

SQLite raised "LIKE or GLOB pattern too complex" on a 50,000-letter `?q=`; every box that
takes text (search words, territories, company/drug/indication names, dates) is swept here,
found from the FilterSets themselves so that a new text filter is swept too.
"""

import datetime as dt

import pytest
from django import forms

from apps.companies.filters import CompanyFilter
from apps.core.filters import TEXT_MAX_LENGTH
from apps.deals.filters import DealFilter
from apps.drugs.filters import DrugFilter
from apps.regulatory.filters import DesignationFilter
from apps.timeline.forms import TimelineFilterForm
from tests.factories import make_company, make_deal, make_designation, make_drug

LONG = "a" * 10_000
MESSAGE = f"Type at most {TEXT_MAX_LENGTH} characters (this has 10000)."

LISTS = {
    "/deals/": DealFilter,
    "/deals/feed/": DealFilter,
    "/designations/": DesignationFilter,
    "/designations/feed/": DesignationFilter,
    "/companies/": CompanyFilter,
    "/drugs/": DrugFilter,
}


def text_fields(form_fields) -> list[str]:
    """Names of the fields a visitor types text into (not choices, numbers or checkboxes)."""
    return [
        name
        for name, field in form_fields.items()
        if isinstance(field, forms.CharField | forms.ModelChoiceField)
        and getattr(field.widget, "input_type", "") in ("text", "search")
    ]


def sweep() -> list[tuple[str, str]]:
    cases = []
    for path, filterset in LISTS.items():
        cases += [(path, name) for name in text_fields(filterset().form.fields)]
    return cases


@pytest.fixture
def some_facts(db):
    company = make_company("Quorvane Therapeutics", slug="quorvane")
    drug = make_drug("zelbotamab", owner=company)
    make_deal(parties=[company, make_company()], drugs=[drug], announced_on=dt.date(2021, 3, 1))
    make_designation(drug=drug, date=dt.date(2021, 4, 1))
    return company


def test_the_sweep_covers_every_text_box_the_issue_names():
    names = set(sweep())
    expected = {("/deals/", name) for name in ("q", "territory", "company", "drug", "indication")}
    expected |= {("/companies/", "q"), ("/drugs/", "q"), ("/drugs/", "company")}
    expected |= {("/designations/", "company"), ("/designations/", "drug")}
    assert expected <= names


@pytest.mark.parametrize(("path", "name"), sweep())
@pytest.mark.parametrize("export", ["", "csv", "json"])
def test_ten_thousand_characters_in_a_text_filter_is_a_400_with_a_message(
    client, some_facts, path, name, export
):
    query = {name: LONG}
    if export:
        query["format"] = export
    response = client.get(path, query)
    assert response.status_code == 400, (path, name, export)
    if name.startswith("date_"):
        return  # a date box says how to write a date
    body = response.content.decode()
    assert MESSAGE in body, (path, name, export)


def test_a_text_at_the_limit_is_searched(client, some_facts):
    response = client.get("/deals/", {"territory": "a" * TEXT_MAX_LENGTH})
    assert response.status_code == 200


def test_ten_thousand_characters_in_the_search_box_is_a_400_with_a_message(client, some_facts):
    response = client.get("/search/", {"q": LONG})
    assert response.status_code == 400
    assert MESSAGE in response.content.decode()
    assert LONG not in response.content.decode()


def test_a_search_at_the_limit_is_searched(client, some_facts):
    response = client.get("/search/", {"q": "Quorvane"})
    assert response.status_code == 200
    assert "Quorvane Therapeutics" in response.content.decode()
    at_the_limit = client.get("/search/", {"q": "Q" * TEXT_MAX_LENGTH})
    assert at_the_limit.status_code == 200
    assert client.get("/search/", {"q": "Q" * (TEXT_MAX_LENGTH + 1)}).status_code == 400


@pytest.mark.parametrize("export", ["", "csv", "json", "ics"])
def test_ten_thousand_characters_in_a_timeline_text_filter_is_a_400(client, some_facts, export):
    for name in text_fields(TimelineFilterForm().fields):
        query = {name: LONG, **({"format": export} if export else {})}
        response = client.get(some_facts.get_absolute_url(), query)
        assert response.status_code == 400, (name, export)
    feed = client.get(f"{some_facts.get_absolute_url()}feed/", {"date_after": LONG})
    assert feed.status_code == 400
