"""The analytics page from a query string: the deal list's filters, then one query per chart
(each chart's rows cached by filter string and facts version, apps/analytics/cache.py).

`analytics_report(params)` -> Report. With invalid filters `charts` is empty and the
FilterSet's form carries the errors (the view answers 400); no aggregate runs.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import QueryDict

from apps.deals.filters import DealFilter
from apps.deals.models import Deal
from apps.regulatory.filters import DesignationFilter
from apps.regulatory.models import Designation

from . import charts, selectors
from .cache import cached_rows
from .charts import Chart
from .links import DESIGNATION_SHARED, ListLinks
from .scratch import deals_in_scratch


@dataclass
class Report:
    filterset: DealFilter
    charts: list[Chart] = field(default_factory=list)
    leagues: list[Chart] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.filterset.is_valid()


class _Sources:
    """The filtered querysets, built once and only when a chart asks."""

    def __init__(self, params: QueryDict, deal_filter: DealFilter, deals=None):
        self.params, self.deal_filter = params, deal_filter
        self.deals = deal_filter.qs if deals is None else deals

    @property
    def designations(self):
        shared = QueryDict(mutable=True)
        for name in DESIGNATION_SHARED:
            shared.setlist(name, self.params.getlist(name))
        # Same values the deal form accepted, so this form is valid too.
        return DesignationFilter(shared, queryset=Designation.objects.visible()).qs


# Chart key -> its aggregate rows (one query each), in page order; a chart's CSV runs only its
# own. Rows, not charts, are cached (cache.py): a chart's links depend on the query string.
ROWS: dict[str, Callable[[_Sources], list[dict]]] = {
    "per-year": lambda s: selectors.deals_per_year(s.deals),
    "value": lambda s: selectors.value_per_year(s.deals),
    "flow": lambda s: selectors.country_flows(s.deals),
    "designations": lambda s: selectors.designations_per_year(s.designations),
    "indications": lambda s: selectors.top_indications(s.deals),
    "targets": lambda s: selectors.top_targets(s.deals),
    "league": lambda s: selectors.league_rows(s.deals),
}

# Chart key -> its chart from those rows and the page's links.
CHARTS: dict[str, Callable[[list[dict], ListLinks], Chart]] = {
    "per-year": charts.per_year_chart,
    "value": charts.value_chart,
    "flow": charts.flow_chart,
    "designations": charts.designation_chart,
    "indications": lambda rows, links: charts.top_chart(
        "indications", "Top indications", rows, lambda row: links.deals(indication=row["id"])
    ),
    "targets": lambda rows, links: charts.top_chart(
        "targets", "Top targets", rows, lambda row: links.deals(target=row["id"])
    ),
    "league": lambda rows, links: charts.league_csv(rows),
}


def _deal_filter(params: QueryDict) -> DealFilter:
    return DealFilter(params, queryset=Deal.objects.visible())


def analytics_rows(params: QueryDict, deal_filter: DealFilter, keys) -> dict[str, list]:
    """{chart key: aggregate rows} for valid filters, cached (cache.py): 1 query when all are
    cached; else the missing aggregates, on the scratch table of filtered deal ids when more
    than one chart is missing (3 queries more, apps/analytics/scratch.py)."""

    def compute(missing: list[str]) -> dict[str, list]:
        if len(missing) == 1:
            return {missing[0]: ROWS[missing[0]](_Sources(params, deal_filter))}
        with deals_in_scratch(deal_filter.qs) as deals:
            sources = _Sources(params, deal_filter, deals)
            return {key: ROWS[key](sources) for key in missing}

    return cached_rows(params, keys, compute)


def analytics_report(params: QueryDict) -> Report:
    """Every chart and league table for these deal filters: 1 query (the facts version) when
    cached; else 7 aggregate queries, plus 3 for the scratch table, plus 1."""
    deal_filter = _deal_filter(params)
    report = Report(deal_filter)
    if not report.valid:
        return report
    rows = analytics_rows(params, deal_filter, ROWS)
    links = ListLinks(params)
    report.charts = [CHARTS[key](rows[key], links) for key in ROWS if key != "league"]
    report.leagues = charts.league_charts(rows["league"], links)
    return report


def analytics_chart(params: QueryDict, key: str) -> tuple[DealFilter, charts.Chart | None]:
    """One chart's data (for its CSV); None when the filters are invalid. KeyError: no chart."""
    build = CHARTS[key]
    deal_filter = _deal_filter(params)
    if not deal_filter.is_valid():
        return deal_filter, None
    rows = analytics_rows(params, deal_filter, [key])
    return deal_filter, build(rows[key], ListLinks(params))
