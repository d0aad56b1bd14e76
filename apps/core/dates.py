"""Partial dates: a release says "In May 2020", so we keep the date and how precise it is."""

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from django.db import models


class DatePrecision(models.TextChoices):
    YEAR = "year", "Year"
    MONTH = "month", "Month"
    DAY = "day", "Day"


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day. Sorts by its first possible day."""

    date: dt.date
    precision: str = DatePrecision.DAY

    @classmethod
    def parse(cls, value: str | None) -> "PartialDate | None":
        """Read "2020", "2020-05" or "2020-05-14"; None stays None."""
        if value is None or value == "":
            return None
        match = _PARTIAL_DATE.match(value)
        if not match:
            raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        year, month, day = match.groups()
        try:
            if day:
                return cls(dt.date(int(year), int(month), int(day)), DatePrecision.DAY)
            if month:
                return cls(dt.date(int(year), int(month), 1), DatePrecision.MONTH)
            return cls(dt.date(int(year), 1, 1), DatePrecision.YEAR)
        except ValueError as error:
            raise ValueError(f"not a real date: {value!r} ({error})") from error

    def isoformat(self) -> str:
        """The contract's form: as precise as known and no more."""
        if self.precision == DatePrecision.YEAR:
            return f"{self.date.year:04d}"
        if self.precision == DatePrecision.MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()

    def display(self) -> str:
        """As a person writes it: "2020", "May 2020", "14 May 2020"."""
        if self.precision == DatePrecision.YEAR:
            return str(self.date.year)
        month = calendar.month_name[self.date.month]
        if self.precision == DatePrecision.MONTH:
            return f"{month} {self.date.year}"
        return f"{self.date.day} {month} {self.date.year}"

    def __str__(self) -> str:
        return self.display()


def partial_date(date: dt.date | None, precision: str) -> PartialDate | None:
    """The PartialDate a model's pair of fields holds, or None."""
    if date is None:
        return None
    return PartialDate(date, precision or DatePrecision.DAY)
