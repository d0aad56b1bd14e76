"""Chart payloads from the aggregates: what ECharts draws, the table under it, and its CSV.

Each chart is a Chart: `data` goes to the page through json_script for static/analytics/
analytics.js; `head`/`rows` make the HTML table (each cell text with an optional link to the
list behind it); `csv_head`/`csv_rows` are the download. Money is in USD millions.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from apps.deals.models import Deal
from apps.regulatory.models import Designation

from .links import ListLinks
from .selectors import LEAGUE_ROLES, LEAGUE_SIZE

MILLION = Decimal(1_000_000)
CENT = Decimal("0.01")
ROLE_LABELS = {"licensor": "Licensors", "licensee": "Licensees", "acquirer": "Acquirers"}
ROLE_LABELS["target"] = "Acquisition targets"


@dataclass
class Cell:
    text: str
    url: str = ""
    numeric: bool = False


@dataclass
class Chart:
    """One chart: `key` names its CSV (/analytics/csv/<key>/) and its element ids."""

    key: str
    title: str
    caption: str
    data: dict | None
    head: list[str]
    rows: list[list[Cell]]
    csv_head: list[str]
    csv_rows: list[list] = field(default_factory=list)

    @property
    def data_id(self) -> str:
        return f"chart-{self.key}-data"


def millions(amount) -> float | None:
    """USD millions, one decimal; None stays None."""
    if amount is None:
        return None
    return round(float(Decimal(str(amount)) / MILLION), 1)


def cents(amount) -> Decimal | None:
    """USD to the cent for the CSVs; None stays None. SQLite sums decimals as floats and
    percentile_cont answers a double, so without this a CSV says 0.15000000000000002."""
    if amount is None:
        return None
    return Decimal(str(amount)).quantize(CENT)


def _text(value) -> str:
    return "" if value is None else f"{value:,}" if isinstance(value, int | float) else str(value)


def _years(years) -> list[int]:
    """Every year from the first to the last, so a year without deals shows as a gap."""
    years = [year for year in years if year is not None]
    return list(range(min(years), max(years) + 1)) if years else []


def per_year_chart(rows: list[dict], links: ListLinks) -> Chart:
    years = _years(row["year"] for row in rows)
    counts = {(row["year"], row["type"]): row["deals"] for row in rows}
    types = [
        (value, label) for value, label in Deal.Type.choices if any(t == value for _, t in counts)
    ]
    series = [
        {
            "name": label,
            "data": [counts.get((year, value), 0) for year in years],
            "links": [links.deals(year=year, type=value) for year in years],
        }
        for value, label in types
    ]
    table = [
        [
            Cell(str(year)),
            *(
                Cell(_text(counts.get((year, value), 0)), links.deals(year=year, type=value), True)
                for value, _ in types
            ),
            Cell(
                _text(sum(counts.get((year, v), 0) for v, _ in types)), links.deals(year=year), True
            ),
        ]
        for year in years
    ]
    return Chart(
        key="per-year",
        title="Deals per year, by type",
        caption="Deals announced each year, by deal type (undated deals left out)",
        data={"kind": "stacked", "categories": [str(y) for y in years], "series": series},
        head=["Year", *(label for _, label in types), "All types"],
        rows=table,
        csv_head=["year", "type", "deals"],
        csv_rows=[[row["year"], row["type"], row["deals"]] for row in rows],
    )


def value_chart(rows: list[dict], links: ListLinks) -> Chart:
    by_year = {row["year"]: row for row in rows}
    years = _years(by_year)
    empty = {"deals": 0, "disclosed": 0, "sum_usd": None, "median_usd": None}
    cells = [(year, by_year.get(year, empty)) for year in years]
    data = {
        "kind": "value",
        "categories": [str(year) for year in years],
        "series": [
            {
                "name": "Sum (USD m)",
                "data": [millions(row["sum_usd"]) for _, row in cells],
                "links": [links.disclosed_deals(year=year) for year, _ in cells],
            },
            {
                "name": "Median (USD m)",
                "data": [millions(row["median_usd"]) for _, row in cells],
                "links": [links.disclosed_deals(year=year) for year, _ in cells],
            },
            {
                "name": "Deals with a value",
                "data": [row["disclosed"] for _, row in cells],
                "links": [links.disclosed_deals(year=year) for year, _ in cells],
            },
        ],
    }
    table = [
        [
            Cell(str(year)),
            Cell(_text(row["deals"]), links.deals(year=year), True),
            Cell(_text(row["disclosed"]), links.disclosed_deals(year=year), True),
            Cell(_text(millions(row["sum_usd"])), numeric=True),
            Cell(_text(millions(row["median_usd"])), numeric=True),
        ]
        for year, row in cells
    ]
    return Chart(
        key="value",
        title="Disclosed headline value per year (USD)",
        caption="Headline value in USD millions at the ECB rate of the announcement date",
        data=data,
        head=["Year", "Deals", "With a USD value", "Sum (USD m)", "Median (USD m)"],
        rows=table,
        csv_head=["year", "deals", "disclosed", "sum_usd", "median_usd"],
        csv_rows=[
            [r["year"], r["deals"], r["disclosed"], cents(r["sum_usd"]), cents(r["median_usd"])]
            for r in rows
        ],
    )


def league_charts(rows: list[dict], links: ListLinks) -> list[Chart]:
    """Two tables per role (by deals, by disclosed USD value); one CSV holds them all."""
    charts = []
    for role in LEAGUE_ROLES:
        mine = [row for row in rows if row["role"] == role]
        for measure, rank, label in (
            ("deals", "by_deals", "by number of deals"),
            ("value", "by_value", "by disclosed value"),
        ):
            ranked = sorted(
                (
                    r
                    for r in mine
                    if r[rank] <= LEAGUE_SIZE and (measure == "deals" or r["sum_usd"])
                ),
                key=lambda r, rank=rank: r[rank],
            )
            charts.append(
                Chart(
                    key=f"league-{role}-{measure}",
                    title=f"{ROLE_LABELS[role]} {label}",
                    caption=f"Top {ROLE_LABELS[role].lower()} {label}, subsidiaries under "
                    "their top parent",
                    data=None,
                    head=["#", "Company (group)", "Deals", "With a value", "Sum (USD m)"],
                    rows=[
                        [
                            Cell(str(r[rank]), numeric=True),
                            Cell(r["name"], links.deals(company=r["slug"], role=role)),
                            Cell(
                                _text(r["deals"]), links.deals(company=r["slug"], role=role), True
                            ),
                            Cell(_text(r["disclosed"]), numeric=True),
                            Cell(_text(millions(r["sum_usd"])), numeric=True),
                        ]
                        for r in ranked
                    ],
                    csv_head=[],
                )
            )
    return charts


def league_csv(rows: list[dict]) -> Chart:
    return Chart(
        key="league",
        title="League tables",
        caption="",
        data=None,
        head=[],
        rows=[],
        csv_head=[
            "role",
            "rank_by_deals",
            "rank_by_value",
            "company",
            "slug",
            "deals",
            "disclosed",
            "sum_usd",
        ],
        csv_rows=[
            [
                r["role"],
                r["by_deals"],
                r["by_value"] if r["sum_usd"] else None,
                r["name"],
                r["slug"],
                r["deals"],
                r["disclosed"],
                cents(r["sum_usd"]),
            ]
            for r in rows
        ],
    )


def flow_chart(rows: list[dict], links: ListLinks) -> Chart:
    years = _years(row["year"] for row in rows)
    # Spellings of one country ("China", "china") are one node: the selector groups them
    # case-folded, the filters match them so, and the first spelling names them.
    names: dict[str, str] = {}
    for r in rows:
        for country in (r["licensor_country"], r["licensee_country"]):
            names[country.casefold()] = min(names.get(country.casefold(), country), country)
    counts = {
        (
            r["year"],
            names[r["licensor_country"].casefold()],
            names[r["licensee_country"].casefold()],
        ): r["deals"]
        for r in rows
    }
    pairs = sorted({(a, b) for _, a, b in counts})
    totals = {pair: sum(counts.get((year, *pair), 0) for year in years) for pair in pairs}
    pairs.sort(key=lambda pair: (-totals[pair], pair))

    def pair_link(pair, year=None):
        # "All years" spans the chart's years: undated deals are in no year, so not in it.
        span = None if year or not years else (years[0], years[-1])
        return links.deals(year=year, span=span, licensor_country=pair[0], licensee_country=pair[1])

    # A Sankey needs an acyclic graph: a country is one node as licensor, another as licensee.
    data = {
        "kind": "sankey",
        "nodes": sorted(
            {f"{a} (licensor)" for a, _ in pairs} | {f"{b} (licensee)" for _, b in pairs}
        ),
        "links": [
            {
                "source": f"{a} (licensor)",
                "target": f"{b} (licensee)",
                "value": totals[(a, b)],
                "url": pair_link((a, b)),
            }
            for a, b in pairs
        ],
    }
    table = [
        [
            Cell(pair[0]),
            Cell(pair[1]),
            *(
                Cell(_text(counts.get((year, *pair), 0)), pair_link(pair, year), True)
                for year in years
            ),
            Cell(_text(totals[pair]), pair_link(pair), True),
        ]
        for pair in pairs
    ]
    return Chart(
        key="flow",
        title="Cross-border flow: licensor country to licensee country",
        caption="Deals by the licensor's and the licensee's country, per year (companies "
        "without a recorded country left out)",
        data=data,
        head=["Licensor country", "Licensee country", *(str(y) for y in years), "All years"],
        rows=table,
        csv_head=["year", "licensor_country", "licensee_country", "deals"],
        csv_rows=[
            [r["year"], r["licensor_country"], r["licensee_country"], r["deals"]] for r in rows
        ],
    )


def designation_chart(rows: list[dict], links: ListLinks) -> Chart:
    """One stacked bar per agency and year, one colour per type (series share a type's name)."""
    years = _years(row["year"] for row in rows)
    counts = {(r["year"], r["agency"], r["type"]): r["designations"] for r in rows}
    agency_order = [value for value, _ in Designation.Agency.choices]
    type_labels = dict(Designation.Type.choices)
    agencies = [a for a in agency_order if any(a == agency for _, agency, _ in counts)]
    types = [t for t in type_labels if any(t == kind for _, _, kind in counts)]

    def link(year, agency, kind):
        return links.designations(year=year, agency=agency, type=kind)

    series = [
        {
            "name": type_labels[kind],
            "stack": agency,
            "data": [counts.get((year, agency, kind), 0) for year in years],
            "links": [
                link(year, agency, kind) if counts.get((year, agency, kind)) else None
                for year in years
            ],
        }
        for agency in agencies
        for kind in types
        if any(counts.get((year, agency, kind)) for year in years)
    ]
    table = []
    for year in years:
        for agency in agencies:
            shown = [counts.get((year, agency, kind), 0) for kind in types]
            if not any(shown):
                continue
            table.append(
                [
                    Cell(str(year)),
                    Cell(agency),
                    *(
                        Cell(_text(n), link(year, agency, kind) if n else "", True)
                        for n, kind in zip(shown, types, strict=True)
                    ),
                ]
            )
    return Chart(
        key="designations",
        title="Designations per agency per year, by type",
        caption="Regulatory designations dated each year, one bar per agency (of the deal "
        "filters, those designations share apply: company, drug, dates)",
        data={"kind": "stacked", "categories": [str(y) for y in years], "series": series},
        head=["Year", "Agency", *(type_labels[kind] for kind in types)],
        rows=table,
        csv_head=["year", "agency", "type", "designations"],
        csv_rows=[[r["year"], r["agency"], r["type"], r["designations"]] for r in rows],
    )


def top_chart(key: str, title: str, rows: list[dict], link) -> Chart:
    """Top indications or targets: `link(row)` is the deal list naming that one."""
    return Chart(
        key=key,
        title=title,
        caption=f"{title} (most deals first)",
        data={
            "kind": "top",
            "categories": [row["name"] for row in rows],
            "series": [
                {
                    "name": "Deals",
                    "data": [row["deals"] for row in rows],
                    "links": [link(row) for row in rows],
                }
            ],
        },
        head=["Name", "Deals"],
        rows=[[Cell(row["name"]), Cell(_text(row["deals"]), link(row), True)] for row in rows],
        csv_head=["id", "name", "deals"],
        csv_rows=[[row["id"], row["name"], row["deals"]] for row in rows],
    )
