"""The analytics page on an invented market (tests/analytics/conftest.py): the figures, the
query count, the click-through links and bad filters."""

import csv
import datetime as dt
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.urls import reverse

from tests.analytics.conftest import tables

PAGE = reverse("analytics:analytics")
# Scratch table: create, analyze, drop; 7 aggregates; and the page's atomic block (BEGIN and
# COMMIT when served, SAVEPOINT and RELEASE inside a test's transaction): 12 either way.
# Inside a test's transaction the cache is not used; cached and uncached counts outside one
# are in tests/analytics/test_analytics_cache.py.
PAGE_QUERIES = 3 + 7 + 2


def listed(client, url: str) -> int:
    """How many rows the list at `url` shows (deal or designation list)."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.context["page"].paginator.count


def query(url: str) -> dict:
    return {name: values for name, values in parse_qs(urlsplit(url).query).items()}


def test_page_shows_every_figure_in_a_fixed_number_of_queries(
    client, market, django_assert_num_queries
):
    with django_assert_num_queries(PAGE_QUERIES):
        response = client.get(PAGE)
    assert response.status_code == 200
    shown = tables(response.content.decode())
    per_year = {row[0][0]: [text for text, _ in row[1:]] for row in shown["table-per-year"]}
    # Columns: License, Acquisition, all types (only types with deals get a column).
    assert per_year == {"2022": ["1", "1", "2"], "2023": ["3", "0", "3"]}
    value = {row[0][0]: [text for text, _ in row[1:]] for row in shown["table-value"]}
    # 2022: USD 20m + 50m, median 35m; 2023: 100m + 300m (one undisclosed), median 200m.
    assert value == {"2022": ["2", "2", "70.0", "35.0"], "2023": ["3", "2", "400.0", "200.0"]}
    licensors = [[text for text, _ in row] for row in shown["table-league-licensor-deals"]]
    # The group, its subsidiary and its sub-subsidiary licensed one deal each in 2023.
    assert licensors[0] == ["1", "Lotus River Group", "3", "2", "400.0"]
    # Harbourline: the 2022 licence and the undated one (league tables count undated deals).
    assert licensors[1] == ["2", "Harbourline Bio", "2", "1", "20.0"]
    licensees = [[text for text, _ in row] for row in shown["table-league-licensee-value"]]
    assert licensees[0] == ["1", "Harbourline Bio", "3", "2", "400.0"]
    # The undated deal (Harbourline to the subsidiary) still counts in the league table.
    assert licensees[1] == ["2", "Lotus River Group", "2", "1", "20.0"]
    flow = {(row[0][0], row[1][0]): [text for text, _ in row[2:]] for row in shown["table-flow"]}
    # "china" (the sub-subsidiary's spelling) is China; years 2022, 2023, then all years.
    assert flow == {
        ("China", "United States"): ["0", "3", "3"],
        ("United States", "China"): ["1", "0", "1"],
    }
    designations = [[text for text, _ in row] for row in shown["table-designations"]]
    # Columns in Designation.Type order: Breakthrough therapy, Orphan drug.
    assert designations == [["2022", "NMPA", "1", "0"], ["2023", "FDA", "0", "2"]]
    indications = [[text for text, _ in row] for row in shown["table-indications"]]
    assert indications == [["Lung cancer", "2"], ["Gastric cancer", "1"]]
    # Two EGFR drugs in one deal count that deal once.
    assert [[text for text, _ in row] for row in shown["table-targets"]] == [["EGFR", "2"]]


def test_a_bar_for_2023_licences_opens_exactly_that_deal_list(client, market):
    response = client.get(PAGE)
    per_year = tables(response.content.decode())["table-per-year"]
    text, url = next(row for row in per_year if row[0][0] == "2023")[1]
    assert url == "/deals/?date_after=2023&date_before=2023&type=license"
    assert listed(client, url) == int(text) == 3


def test_every_linked_figure_counts_the_rows_of_the_list_behind_it(client, market):
    """Each linked number on the page equals the row count of the list it opens."""
    for params in ({}, {"licensor_country": "china", "date_after": "2023-06"}):
        page = tables(client.get(PAGE, params).content.decode())
        checked = 0
        for table_id, rows in page.items():
            for row in rows:
                for text, url in row:
                    if url and text.replace(",", "").isdigit():
                        assert listed(client, url) == int(text.replace(",", "")), (table_id, url)
                        checked += 1
        assert checked > 10


def test_links_keep_the_pages_filters_and_narrow_only_what_the_bar_narrows(client, market):
    page = tables(
        client.get(PAGE, {"licensor_country": "China", "date_after": "2023-06"}).content.decode()
    )
    (row,) = page["table-per-year"]
    assert row[0][0] == "2023" and row[1][0] == "2"  # July and September, China licensors
    assert query(row[1][1]) == {
        "licensor_country": ["China"],
        "date_after": ["2023-06"],  # the page's bound, inside the bar's year, stays
        "date_before": ["2023"],
        "type": ["license"],
    }
    lotus = page["table-league-licensor-deals"][0]
    assert query(lotus[1][1])["company"] == ["lotus-river"] and lotus[2][0] == "2"


def test_chart_data_reaches_the_page_as_json_for_the_script(client, market):
    response = client.get(PAGE)
    html = response.content.decode()
    assert '<script id="chart-per-year-data" type="application/json">' in html
    assert 'data-chart="chart-per-year-data"' in html
    report = response.context["report"]
    per_year = next(chart for chart in report.charts if chart.key == "per-year")
    license_series = per_year.data["series"][0]
    assert license_series["name"] == "License" and license_series["data"] == [1, 3]
    assert license_series["links"][1] == "/deals/?date_after=2023&date_before=2023&type=license"


@pytest.mark.parametrize(
    "params, field",
    [
        ({"date_after": "last spring"}, "Announced from"),
        ({"type": "merger-ish"}, "Deal type"),
        ({"date_after": "2024", "date_before": "2023"}, "Announced to"),
        ({"usd_min": "-5"}, "Value at least"),
        ({"target": "no such target"}, "Target"),
    ],
)
def test_bad_filters_give_a_form_error_not_a_500(client, market, params, field):
    response = client.get(PAGE, params)
    assert response.status_code == 400
    assert field in response.content.decode()
    assert response.context["report"].charts == []
    csv_response = client.get(reverse("analytics:chart_csv", args=["per-year"]), params)
    assert csv_response.status_code == 400


def test_each_chart_downloads_its_data_as_csv(client, market):
    def rows(key, **params):
        response = client.get(reverse("analytics:chart_csv", args=[key]), params)
        assert response.status_code == 200
        assert response["Content-Disposition"] == f'attachment; filename="analytics-{key}.csv"'
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text)))

    assert rows("per-year") == [
        ["year", "type", "deals"],
        ["2022", "acquisition", "1"],
        ["2022", "license", "1"],
        ["2023", "license", "3"],
    ]
    value = rows("value", type="license")
    assert value[0] == ["year", "deals", "disclosed", "sum_usd", "median_usd"]
    assert [row[:3] for row in value[1:]] == [["2022", "1", "1"], ["2023", "3", "2"]]
    assert float(value[2][4]) == 200_000_000
    assert rows("flow")[1:] == [
        ["2022", "United States", "China", "1"],
        ["2023", "China", "United States", "3"],
    ]
    league = rows("league")
    assert ["licensor", "1", "1", "Lotus River Group", "lotus-river", "3", "2"] in [
        row[:7] for row in league
    ]
    for key in ("designations", "indications", "targets"):
        assert len(rows(key)) > 1
    assert client.get(reverse("analytics:chart_csv", args=["nope"])).status_code == 404


def test_a_parent_loop_does_not_hang_and_each_company_stands_for_itself(client, market):
    group, sub = market["group"], market["sub"]
    group.parent = sub  # a curator's mistake: group -> sub -> group
    group.save()
    page = tables(client.get(PAGE).content.decode())
    counts = {row[1][0]: row[2][0] for row in page["table-league-licensor-deals"]}
    # No root above the loop: the group, its subsidiary and the sub-subsidiary (whose chain
    # ends in the loop) each stand alone, one deal each.
    assert counts == {
        "Harbourline Bio": "2",
        "Lotus River Biologics": "1",
        "Lotus River Group": "1",
        "Lotus River Suzhou": "1",
    }


def test_the_scratch_table_is_gone_after_the_page(client, market):
    client.get(PAGE)
    with connection.cursor() as cursor:
        names = connection.introspection.table_names(cursor)
    assert "analytics_deal_ids" not in names


def test_nav_links_to_the_page(client, market):
    assert f'href="{PAGE}"' in client.get(reverse("deals:deal_list")).content.decode()


def test_empty_catalogue_renders_without_charts(client, db):
    response = client.get(PAGE)
    assert response.status_code == 200
    assert "Nothing to chart for these filters." in response.content.decode()


def test_a_deal_with_two_companies_of_one_group_counts_once_in_its_league(client, db):
    from tests.analytics.conftest import usd
    from tests.factories import make_company, make_deal

    group = make_company("Cedar Group", slug="cedar")
    unit = make_company("Cedar Unit", slug="cedar-unit", parent=group)
    buyer = make_company("Fernhill Bio", slug="fernhill")
    make_deal(
        parties=[group, unit, buyer],
        roles=["licensor", "licensor", "licensee"],
        announced_on=dt.date(2024, 1, 2),
        **usd(70),
    )
    page = tables(client.get(PAGE).content.decode())
    (cedar,) = [row for row in page["table-league-licensor-value"] if row[1][0] == "Cedar Group"]
    assert [text for text, _ in cedar[2:]] == ["1", "1", "70.0"]  # not 2 deals, not USD 140m
    assert listed(client, cedar[2][1]) == 1


def test_table_cells_are_escaped(client, db):
    from tests.factories import make_company, make_deal

    make_deal(
        parties=[make_company('Acme <b>"Bio"</b> & Co'), make_company()],
        announced_on=dt.date(2024, 1, 2),
    )
    html = client.get(PAGE).content.decode()
    assert "Acme &lt;b&gt;&quot;Bio&quot;&lt;/b&gt; &amp; Co" in html
    assert "<b>" not in html
