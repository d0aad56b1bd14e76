"""The analytics page from a query string: the deal list's filters, then one query per chart.

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
        self.links = ListLinks(params)
        self.deals = deal_filter.qs if deals is None else deals

    @property
    def designations(self):
        shared = QueryDict(mutable=True)
        for name in DESIGNATION_SHARED:
            shared.setlist(name, self.params.getlist(name))
        # Same values the deal form accepted, so this form is valid too.
        return DesignationFilter(shared, queryset=Designation.objects.visible()).qs


def _indications(s: _Sources):
    return charts.top_chart(
        "indications",
        "Top indications",
        selectors.top_indications(s.deals),
        lambda row: s.links.deals(indication=row["id"]),
    )


def _targets(s: _Sources):
    return charts.top_chart(
        "targets",
        "Top targets",
        selectors.top_targets(s.deals),
        lambda row: s.links.deals(target=row["id"]),
    )


# Chart key -> builder, in page order; the CSV of one chart runs only its own query.
BUILDERS: dict[str, Callable[[_Sources], charts.Chart]] = {
    "per-year": lambda s: charts.per_year_chart(selectors.deals_per_year(s.deals), s.links),
    "value": lambda s: charts.value_chart(selectors.value_per_year(s.deals), s.links),
    "flow": lambda s: charts.flow_chart(selectors.country_flows(s.deals), s.links),
    "designations": lambda s: charts.designation_chart(
        selectors.designations_per_year(s.designations), s.links
    ),
    "indications": _indications,
    "targets": _targets,
    "league": lambda s: charts.league_csv(selectors.league_rows(s.deals)),
}


def _deal_filter(params: QueryDict) -> DealFilter:
    return DealFilter(params, queryset=Deal.objects.visible())


def analytics_report(params: QueryDict) -> Report:
    """Every chart and league table for these deal filters: 7 aggregate queries, plus 3
    for the scratch table of filtered deal ids (apps/analytics/scratch.py)."""
    deal_filter = _deal_filter(params)
    report = Report(deal_filter)
    if not report.valid:
        return report
    with deals_in_scratch(deal_filter.qs) as deals:
        sources = _Sources(params, deal_filter, deals)
        report.charts = [build(sources) for key, build in BUILDERS.items() if key != "league"]
        league = selectors.league_rows(sources.deals)
    report.leagues = charts.league_charts(league, sources.links)
    return report


def analytics_chart(params: QueryDict, key: str) -> tuple[DealFilter, charts.Chart | None]:
    """One chart's data (for its CSV); None when the filters are invalid. KeyError: no chart."""
    build = BUILDERS[key]
    deal_filter = _deal_filter(params)
    if not deal_filter.is_valid():
        return deal_filter, None
    return deal_filter, build(_Sources(params, deal_filter))
