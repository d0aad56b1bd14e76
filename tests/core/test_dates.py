import datetime as dt

import pytest

from apps.core.dates import DatePrecision, PartialDate


@pytest.mark.parametrize(
    ("text", "date", "precision", "shown"),
    [
        ("2020", dt.date(2020, 1, 1), DatePrecision.YEAR, "2020"),
        ("2020-05", dt.date(2020, 5, 1), DatePrecision.MONTH, "May 2020"),
        ("2023-11-06", dt.date(2023, 11, 6), DatePrecision.DAY, "6 November 2023"),
    ],
)
def test_a_partial_date_keeps_its_precision_and_reads_as_written(text, date, precision, shown):
    when = PartialDate.parse(text)
    assert (when.date, when.precision) == (date, precision)
    assert when.display() == shown
    assert when.isoformat() == text


def test_partial_dates_sort_by_their_first_possible_day():
    dates = [PartialDate.parse(v) for v in ("2021", "2020-05-14", "2020-05", "2019-12-31")]
    assert [d.isoformat() for d in sorted(dates)] == ["2019-12-31", "2020-05", "2020-05-14", "2021"]


@pytest.mark.parametrize("bad", ["May 2020", "2020-13", "2020-02-30", "20", "2020/05"])
def test_a_malformed_date_is_refused_with_its_value_named(bad):
    with pytest.raises(ValueError, match="2020|20"):
        PartialDate.parse(bad)


def test_no_date_stays_none():
    assert PartialDate.parse(None) is None
    assert PartialDate.parse("") is None
