"""An invented market for the analytics page: a Chinese group with subsidiaries out-licensing to
a US company, an acquisition, designations, indications and targets. Every figure the tests
assert is counted by hand from this fixture (see the comments)."""

import datetime as dt
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core.cache import cache

from apps.deals.models import Deal
from apps.drugs.models import Indication, Target
from apps.regulatory.models import Designation
from tests.factories import make_company, make_deal, make_designation, make_drug


def usd(millions: int) -> dict:
    return {"total_value_amount": Decimal(millions * 1_000_000), "total_value_currency": "USD"}


@pytest.fixture(autouse=True)
def fresh_cache():
    """The analytics cache starts empty: a test's rollback takes back its writes and, on
    SQLite, the FactChange ids with them, so the next test could meet the same version."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def market(db):
    return build_market()


def build_market() -> dict:
    """2022: a US->China licence (USD 20m) and an acquisition (USD 50m).
    2023: three China->US licences, by the group, its subsidiary and its sub-subsidiary
    (USD 100m, 300m, undisclosed). Designations: 2 FDA orphan (2023), 1 NMPA BTD (2022)."""
    group = make_company("Lotus River Group", slug="lotus-river", country="China")
    sub = make_company("Lotus River Biologics", slug="lotus-bio", country="China", parent=group)
    subsub = make_company("Lotus River Suzhou", slug="lotus-suzhou", country="china", parent=sub)
    boston = make_company("Harbourline Bio", slug="harbourline", country="United States")
    tiny = make_company("Tiny Antibody Co", slug="tiny", country="United States")
    egfr, lung, gastric = (
        Target.objects.create(name="EGFR"),
        Indication.objects.create(name="Lung cancer"),
        Indication.objects.create(name="Gastric cancer"),
    )
    first, second = make_drug("lotamab", owner=group), make_drug("lotinib", owner=group)
    first.targets.add(egfr)
    second.targets.add(egfr)
    d1 = make_deal(
        parties=[sub, boston], drugs=[first, second], announced_on=dt.date(2023, 3, 1), **usd(100)
    )
    d2 = make_deal(
        parties=[group, boston], drugs=[first], announced_on=dt.date(2023, 7, 1), **usd(300)
    )
    d3 = make_deal(parties=[subsub, boston], announced_on=dt.date(2023, 9, 1))
    make_deal(
        parties=[boston, tiny],
        roles=["acquirer", "target"],
        type=Deal.Type.ACQUISITION,
        announced_on=dt.date(2022, 5, 1),
        **usd(50),
    )
    make_deal(parties=[boston, group], announced_on=dt.date(2022, 2, 1), **usd(20))
    make_deal(parties=[boston, sub], announced_on=None)  # undated: in no yearly figure
    d1.indications.add(lung)
    d2.indications.add(lung)
    d3.indications.add(gastric)
    make_designation(drug=first, date=dt.date(2023, 1, 5))
    make_designation(drug=second, date=dt.date(2023, 4, 5))
    make_designation(
        drug=second,
        date=dt.date(2022, 8, 1),
        agency=Designation.Agency.NMPA,
        type=Designation.Type.BREAKTHROUGH_THERAPY,
    )
    return {"group": group, "sub": sub, "boston": boston, "egfr": egfr, "lung": lung}


class _Tables(HTMLParser):
    """Every <table id=...>: rows of (text, href) cells, header rows left out."""

    def __init__(self):
        super().__init__()
        self.tables, self._table, self._row, self._cell = {}, None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id"):
            self._table = self.tables.setdefault(attrs["id"], [])
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag == "td" and self._row is not None:
            self._cell = ["", ""]
        elif tag == "a" and self._cell is not None:
            self._cell[1] = attrs.get("href", "")

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[0] += data

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self._row.append((self._cell[0].strip(), self._cell[1]))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:
                self._table.append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None


def tables(html: str) -> dict[str, list[list[tuple[str, str]]]]:
    """{table id: [[(cell text, link href or ""), ...], ...]} from a page."""
    parser = _Tables()
    parser.feed(html)
    return parser.tables
