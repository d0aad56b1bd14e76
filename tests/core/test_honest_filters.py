"""Every filter value that cannot be used is a 400 with a message, in HTML as in JSON/CSV.

Like test_bad_query_strings.py (no 500s), but each bad value must also say what was wrong:
a silently ignored filter shows rows the analyst did not ask for.
"""

import datetime as dt
import html

import pytest

from tests.factories import make_company, make_deal, make_designation, make_drug, make_event

YES_NO = "is not a yes/no value"
ON_OFF = "is not on or off"
REVERSED = "swap them"
NO_PAGE = "There is no page 999999"
NOT_A_PAGE = "is not a page number"
DATE = "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD"
CHOICE = "Select a valid choice"
COMPANY = "no company matches 'Nobody Such'"
DRUG = "no drug matches 'nosuchmab'"

# path -> [(query, message)]; every filter of the list with values it cannot use.
LIST_SWEEP = {
    "/deals/": [
        ({"exclusive": "maybe"}, YES_NO),
        ({"subsidiaries": "maybe", "company": "x"}, ON_OFF),
        ({"date_after": "2024", "date_before": "2023"}, REVERSED),
        ({"date_after": "2024-13"}, DATE),
        ({"date_before": "yesterday"}, DATE),
        ({"usd_min": "100", "usd_max": "5"}, REVERSED),
        ({"usd_min": "-1"}, "greater than or equal to 0"),
        ({"usd_max": "lots"}, "Enter a number"),
        ({"min_millions": "many"}, "Enter a number"),
        ({"company": "Nobody Such"}, COMPANY),
        ({"drug": "nosuchmab"}, DRUG),
        ({"indication": "qqqzzz"}, "no indication matches 'qqqzzz'"),
        ({"type": "merger_of_sorts"}, CHOICE),
        ({"role": "landlord"}, CHOICE),
        ({"currency": "XXX"}, CHOICE),
        ({"money_term": "royalty"}, CHOICE),
        ({"sort": "random"}, CHOICE),
        ({"page": "999999"}, NO_PAGE),
        ({"page": "two"}, NOT_A_PAGE),
    ],
    "/designations/": [
        ({"date_after": "2024", "date_before": "2023"}, REVERSED),
        ({"subsidiaries": "perhaps", "company": "x"}, ON_OFF),
        ({"company": "Nobody Such"}, COMPANY),
        ({"drug": "nosuchmab"}, DRUG),
        ({"agency": "FAA"}, CHOICE),
        ({"status": "pending-ish"}, CHOICE),
        ({"page": "999999"}, NO_PAGE),
    ],
    "/drugs/": [
        ({"company": "Nobody Such"}, COMPANY),
        ({"subsidiaries": "perhaps", "company": "x"}, ON_OFF),
        ({"modality": "spell"}, CHOICE),
        ({"page": "999999"}, NO_PAGE),
    ],
    "/companies/": [({"page": "999999"}, NO_PAGE)],
    "/documents/": [
        ({"status": "lost"}, CHOICE),
        ({"date_after": "2024", "date_before": "2023"}, REVERSED),
        ({"page": "999999"}, NO_PAGE),
    ],
}
TIMELINE_SWEEP = [
    ({"subsidiaries": "maybe"}, ON_OFF),
    ({"date_after": "2024", "date_before": "2023"}, "swap the dates"),
    ({"kind": "gossip"}, CHOICE),
    ({"deal_type": "handshake"}, CHOICE),
    ({"page": "999999"}, NO_PAGE),
]


@pytest.fixture
def some_facts(db):
    company = make_company("Quenby Pharma", slug="quenby")
    make_company("x Corp", slug="x")
    drug = make_drug("quenbimab", owner=company)
    make_deal(parties=[company, make_company()], drugs=[drug], announced_on=dt.date(2020, 5, 1))
    make_designation(drug=drug, date=dt.date(2020, 6, 1))
    make_event(company=company, date=dt.date(2021, 1, 1))
    return company


def _cases():
    for path, cases in LIST_SWEEP.items():
        for query, message in cases:
            yield pytest.param(path, query, message, id=f"{path}{'&'.join(query)}")


@pytest.mark.parametrize(("path", "query", "message"), list(_cases()))
@pytest.mark.parametrize("fmt", ["", "json"])
def test_each_unusable_filter_value_is_a_400_that_says_why(
    client, some_facts, path, query, message, fmt
):
    params = {**query, **({"format": fmt} if fmt else {})}
    response = client.get(path, params)
    assert response.status_code == 400, (path, params, response.status_code)
    assert message in html.unescape(response.content.decode()), (path, params)


@pytest.mark.parametrize(("query", "message"), TIMELINE_SWEEP)
@pytest.mark.parametrize("fmt", ["", "json", "csv"])
def test_each_unusable_timeline_filter_value_is_a_400_that_says_why(
    client, some_facts, query, message, fmt
):
    params = {**query, **({"format": fmt} if fmt else {})}
    if fmt == "csv" and "page" in query:
        return  # a CSV holds every row: it has no pages
    response = client.get(some_facts.get_absolute_url(), params)
    assert response.status_code == 400, (params, response.status_code)
    assert message in html.unescape(response.content.decode()), params


@pytest.mark.parametrize("path", ["/deals/feed/", "/designations/feed/"])
def test_feeds_refuse_unusable_filters_too(client, some_facts, path):
    response = client.get(path, {"date_after": "2024", "date_before": "2023"})
    assert response.status_code == 400
    assert REVERSED in response.content.decode()


def test_good_values_of_the_same_filters_are_accepted(client, some_facts):
    for query in [
        {"exclusive": "true"},
        {"exclusive": "false"},
        {"exclusive": ""},
        {"subsidiaries": "off", "company": "quenby"},
        {"subsidiaries": "on", "company": "quenby"},
        {"date_after": "2020", "date_before": "2020"},
        {"date_after": "2020-05", "date_before": "2020"},
        {"usd_min": "5", "usd_max": "5"},
        {"page": "1"},
    ]:
        assert client.get("/deals/", query).status_code == 200, query


def test_every_filter_filters_and_modifiers_are_form_fields_in_their_old_places(client):
    """No filter declared to filter nothing: `role`, `subsidiaries` and `money_term` are form
    fields the company and money filters read; `sort` orders; the form keeps its order."""
    from apps.deals.filters import DealFilter

    deals = DealFilter({})
    assert not any(getattr(f, "method", None) == "filter_nothing" for f in deals.filters.values())
    assert {"role", "subsidiaries", "money_term"}.isdisjoint(deals.filters)
    fields = list(deals.form.fields)
    assert fields[:4] == ["company", "subsidiaries", "q", "role"]
    assert fields.index("money_term") == fields.index("date_before") + 1
    assert fields[-1] == "sort"
    assert client.get("/deals/", {"sort": "sideways"}).status_code == 400
    assert client.get("/deals/", {"role": "landlord"}).status_code == 400
    assert client.get("/deals/", {"money_term": "royalty"}).status_code == 400
