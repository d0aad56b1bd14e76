"""Search reads each part of a term's matches on its own and merges them: the same results,
in the same order, whether the term is rare (ids first) or broad (subqueries)."""

import datetime as dt

import pytest

from apps.core.models import ReviewState
from apps.timeline import search as selectors
from apps.timeline.search import search_everything
from tests.factories import make_company, make_deal, make_drug

pytestmark = pytest.mark.django_db


LIMIT = 5


def results(query):
    found = search_everything(query, limit=LIMIT)
    return (
        [company.pk for company in found.companies],
        [drug.pk for drug in found.drugs],
        [deal.pk for deal in found.deals],
    )


@pytest.fixture
def market():
    """Deals naming "Kelpa" by a party, an alias, a drug or the territory, and a subsidiary's
    deals (named by no part: its parent is not among the first companies found, five
    "Kelpa Aardvark" with no deals are); dated on few days (ties), some undated; one
    rejected; some unrelated."""
    for number in range(LIMIT):
        make_company(f"Kelpa Aardvark {number}")
    parent = make_company("Kelpa Holdings")
    child = make_company("Seaweed Labs", parent=parent)
    aliased = make_company("Marine Cures")
    aliased.aliases.create(name="Kelpa Marine")
    drug = make_drug("kelpamab")
    other = make_company("Unrelated Co")
    days = [dt.date(2022, 5, 1), None, dt.date(2021, 1, 1), dt.date(2021, 1, 1)]
    deals = []
    for number in range(36):
        when = days[number % 4]
        kind = number % 6
        if kind == 0:
            deals.append(make_deal(parties=[parent, make_company()], announced_on=when))
        elif kind == 1:
            deals.append(make_deal(parties=[child, make_company()], announced_on=when))
        elif kind == 2:
            deals.append(make_deal(parties=[aliased, make_company()], announced_on=when))
        elif kind == 3:
            deals.append(
                make_deal(parties=[other, make_company()], drugs=[drug], announced_on=when)
            )
        elif kind == 4:
            deals.append(
                make_deal(
                    parties=[other, make_company()], territory="Kelpa Islands", announced_on=when
                )
            )
        else:
            deals.append(make_deal(parties=[other, make_company()], announced_on=when))  # unrelated
    hidden = make_deal(parties=[parent, make_company()], review_state=ReviewState.REJECTED)
    unnamed = [deal for number, deal in enumerate(deals) if number % 6 in (1, 5)]
    return {"deals": deals, "hidden": hidden, "unrelated": unnamed}


def rule_order(deals):
    """Newest first, undated last, then id descending."""
    return sorted(
        deals,
        key=lambda deal: (deal.announced_on is not None, deal.announced_on or dt.date.min, deal.pk),
        reverse=True,
    )


def test_a_broad_term_finds_what_a_rare_one_finds_in_the_same_order(market, monkeypatch):
    rare = results("kelpa")
    monkeypatch.setattr(selectors, "SEARCH_ID_LIMIT", 1)  # every part is "broad" now
    broad = results("kelpa")
    assert broad == rare
    naming = [deal for deal in market["deals"] if deal not in market["unrelated"]]
    expected = [deal.pk for deal in rule_order(naming)][:LIMIT]
    assert rare[2] == expected
    assert market["hidden"].pk not in rare[2]


def test_search_lists_the_first_companies_by_name_through_any_part(market, monkeypatch):
    monkeypatch.setattr(selectors, "SEARCH_ID_LIMIT", 1)
    names = [company.name for company in search_everything("kelpa", limit=7).companies]
    # by name, the last through its alias
    assert names == [
        *(f"Kelpa Aardvark {number}" for number in range(LIMIT)),
        "Kelpa Holdings",
        "Marine Cures",
    ]
