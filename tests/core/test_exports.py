import datetime as dt
from decimal import Decimal

import pytest

from apps.core.dates import DatePrecision, PartialDate
from apps.core.filters import PartialDateField, last_day
from apps.core.formats import csv_text, json_value
from apps.core.money import Money
from apps.core.pagination import BadPage, page_get
from apps.timeline.ical import _fold


def test_csv_text_defuses_formulas_and_joins_lists():
    assert csv_text("=1+2") == "'=1+2"
    assert csv_text("@SUM(A1)") == "'@SUM(A1)"
    assert csv_text(["a", "b"]) == "a; b"
    assert csv_text(None) == ""
    assert csv_text(Money(Decimal("5"), "USD")) == "5 USD"


def test_json_value_writes_partial_dates_as_precise_as_known_and_money_as_strings():
    assert json_value(PartialDate(dt.date(2020, 5, 1), DatePrecision.MONTH)) == "2020-05"
    assert json_value(Money(Decimal("1.50"), "EUR")) == {"amount": "1.50", "currency": "EUR"}


@pytest.mark.parametrize("raw", ["abc", "0", "-1", "3"])
def test_page_get_refuses_pages_that_do_not_exist(raw):
    with pytest.raises(BadPage):
        page_get(list(range(60)), raw, per_page=50)


def test_page_get_reads_a_good_page():
    assert list(page_get(list(range(60)), "2", per_page=50)) == list(range(50, 60))


@pytest.mark.parametrize(
    ("typed", "last"),
    [
        ("2020", dt.date(2020, 12, 31)),
        ("2020-02", dt.date(2020, 2, 29)),
        ("2020-02-03", dt.date(2020, 2, 3)),
    ],
)
def test_a_typed_partial_date_ends_where_its_period_ends(typed, last):
    assert last_day(PartialDateField().clean(typed)) == last


def test_long_calendar_lines_fold_at_75_octets_without_splitting_characters():
    line = "SUMMARY:" + "亞盛醫藥集團" * 10
    folded = _fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
