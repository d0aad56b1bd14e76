"""Links from a chart element to the list behind it, with the page's filters kept.

A bar for 2023 licences under `?licensor_country=China` opens
`/deals/?licensor_country=China&type=license&date_after=2023&date_before=2023`: the page's
own filters, with the bar's own values in place of the ones it narrows (type, year...).
"""

import functools
from urllib.parse import urlencode

from django.http import QueryDict
from django.urls import reverse

from apps.core.dates import PartialDate

# Query parameters that are no filter: a chart's list starts at its first page, as HTML.
NOT_FILTERS = ("page", "format", "chart")
# The deal filters the designation list shares (same names, same meaning); the others
# (deal type, money, licensor country...) say nothing about a designation.
DESIGNATION_SHARED = ("company", "subsidiaries", "drug", "date_after", "date_before")


def _year_bound(params: QueryDict, name: str, year: int) -> str:
    """The page's own bound when it falls inside `year` (it narrows the bar), else the year."""
    raw = params.get(name, "").strip()
    try:
        bound = PartialDate.parse(raw) if raw else None
    except ValueError:
        bound = None  # an invalid filter never reaches a chart: the page shows its error
    if bound is not None and bound.date.year == year:
        return raw
    return str(year)


@functools.lru_cache(maxsize=4096)
def _pair(name: str, value: str) -> str:
    """`name=value`, encoded as QueryDict.urlencode() would (a page repeats a few hundred)."""
    return urlencode([(name, value)])


class ListLinks:
    """Builds list URLs from the page's query string (a QueryDict).

    A page holds thousands of links: the route and the page's own filters are encoded once
    per set of overridden names, and each link adds only its overrides.
    """

    def __init__(self, params: QueryDict):
        self.params = params.copy()
        for name in NOT_FILTERS:
            self.params.pop(name, None)
        self._bases: dict[tuple, str] = {}

    def _url(self, route: str, params: QueryDict, overrides: dict) -> str:
        names = tuple(sorted(overrides))
        key = (route, id(params), names)
        if key not in self._bases:
            kept = params.copy()
            for name in names:
                kept.pop(name, None)
            self._bases[key] = reverse(route) + "?" + kept.urlencode()
        base = self._bases[key]
        parts = []
        for name in names:
            value = overrides[name]
            values = value if isinstance(value, list | tuple) else [value]
            parts.extend(_pair(name, str(item)) for item in values)
        extra = "&".join(parts)
        if not extra:
            return base.rstrip("?")
        return base + ("&" if not base.endswith("?") else "") + extra

    @functools.cache  # noqa: B019 - one ListLinks per request, a few dozen years
    def _year(self, year: int | None) -> dict:
        if year is None:
            return {}
        return {
            "date_after": _year_bound(self.params, "date_after", year),
            "date_before": _year_bound(self.params, "date_before", year),
        }

    def deals(
        self, *, year: int | None = None, span: tuple[int, int] | None = None, **overrides
    ) -> str:
        """The deal list with these filters changed: deals(year=2023, type="license");
        `span=(2020, 2023)` for the dated deals of those years (a chart's "all years")."""
        dates = self._year(year)
        if span:
            dates = {
                "date_after": _year_bound(self.params, "date_after", span[0]),
                "date_before": _year_bound(self.params, "date_before", span[1]),
            }
        return self._url("deals:deal_list", self.params, {**dates, **overrides})

    def disclosed_deals(self, *, year: int) -> str:
        """The deals of a year with a USD value, largest first (usd_min=0 keeps a bound set)."""
        extra = {} if self.params.get("usd_min") else {"usd_min": 0}
        return self.deals(year=year, sort="value", **extra)

    def designations(self, *, year: int, agency: str, type: str) -> str:
        """The designation list: the filters it shares with the deal list, and these."""
        if not hasattr(self, "_shared"):
            self._shared = QueryDict(mutable=True)
            for name in DESIGNATION_SHARED:
                if name in self.params:
                    self._shared.setlist(name, self.params.getlist(name))
        overrides = {**self._year(year), "agency": agency, "type": type}
        return self._url("regulatory:designation_list", self._shared, overrides)
