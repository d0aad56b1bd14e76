"""Every deal sort ends on the id: pages are OFFSET/LIMIT, and rows tied on the sort keys
(same date, no upfront) come back in whatever order the plan gives, so a page could repeat a
deal and the next page miss one."""

import datetime as dt
import json

import pytest
from django.urls import reverse

from apps.deals.filters import SORTS
from tests.factories import make_company, make_deal


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_paging_a_sort_lists_each_deal_once(client, db, sort):
    licensor, licensee = make_company(), make_company()
    made = {
        make_deal(parties=[licensor, licensee], announced_on=dt.date(2022, 1, 1)).pk
        for _ in range(120)
    }
    seen, page = [], 1
    while page:
        response = client.get(
            reverse("deals:deal_list"), {"format": "json", "sort": sort, "page": page}
        )
        body = json.loads(response.content)
        seen += [row["id"] for row in body["results"]]
        page = page + 1 if body["next"] else 0
    assert sorted(seen) == sorted(made)


def test_every_sort_ends_on_a_unique_key():
    for sort, keys in SORTS.items():
        last = keys[-1]
        assert str(last).lstrip("-") == "id" or "'id'" in str(last), sort
