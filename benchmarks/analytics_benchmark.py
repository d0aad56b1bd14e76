#!/usr/bin/env python
"""Time the analytics page and its aggregates on an existing synthetic catalogue (a script).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dt_analytics_bench \\
        .venv/bin/python benchmarks/analytics_benchmark.py [--repeat 5]

The database is filled beforehand with `manage.py generate_synthetic` (issue 10's generator;
1/10 size: --companies 5000 --deals 20000 --designations 10000 --events 100000). For each
filter set the script requests /analytics/ and one chart's CSV R times with Django's test
client and prints the median and worst wall time, the SQL query count and the summed SQL
time, twice: "cold", with the analytics cache emptied before each request (what the first
visitor after a change to the facts waits), and "cached" (every later visitor until the next
change; apps/analytics/cache.py). Then the time of each aggregate alone (median of R), on the
scratch table the page uses. Set CACHE_URL (a Redis database) to time the cache as deployed;
without it the cache is the process's own memory. Report the output with `uptime` (the load
average): the machine is shared.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILTERS = [
    "",
    "type=license",
    "licensor_country=China&date_after=2020",
    "type=acquisition&usd_min=100",
]


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    return parser.parse_args()


def timed_requests(client, url: str, repeat: int, *, cold: bool):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    walls, queries, sql = [], 0, 0.0
    client.get(url, HTTP_HOST="localhost")  # fills the cache for the cached run
    for _ in range(repeat):
        if cold:
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url, HTTP_HOST="localhost")
            if response.streaming:
                b"".join(response.streaming_content)
            walls.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
        sql = sum(float(query["time"]) for query in captured.captured_queries)
    return walls, queries, sql, len(response.content) if not response.streaming else 0


def main():
    args = parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client

    from apps.analytics import selectors
    from apps.analytics.scratch import deals_in_scratch
    from apps.deals.filters import DealFilter
    from apps.deals.models import Deal, DealParty
    from apps.regulatory.models import Designation

    settings.ALLOWED_HOSTS = ["*"]
    print(
        f"database: {connection.vendor} {connection.settings_dict['NAME']}; "
        f"{Deal.objects.count()} deals, {DealParty.objects.count()} parties, "
        f"{Designation.objects.count()} designations; repeat {args.repeat}"
    )
    client = Client()
    client.get("/analytics/", HTTP_HOST="localhost")  # warm: imports, FX tables, caches
    print(f"cache: {settings.CACHES['default']['BACKEND']}")
    head = f"{'url':60} {'cache':>6} {'p50 ms':>8} {'max ms':>8} {'queries':>7} {'sql ms':>8}"
    print(f"{head} {'KB':>6}")
    for query in FILTERS:
        for path in ("/analytics/", "/analytics/csv/value/"):
            url = path + (f"?{query}" if query else "")
            for cold in (True, False):
                walls, count, sql, size = timed_requests(client, url, args.repeat, cold=cold)
                print(
                    f"{url:60} {'cold' if cold else 'cached':>6} "
                    f"{statistics.median(walls) * 1000:8.0f} {max(walls) * 1000:8.0f} "
                    f"{count:7d} {sql * 1000:8.0f} {size / 1024:6.0f}"
                )
    print("\naggregates alone, all deals (median ms):")
    deal_filter = DealFilter(QueryDict(""), queryset=Deal.objects.visible())
    assert deal_filter.is_valid()
    timings = {}
    start = time.perf_counter()
    for _ in range(args.repeat):
        with deals_in_scratch(deal_filter.qs) as deals:
            for function in (
                selectors.deals_per_year,
                selectors.value_per_year,
                selectors.country_flows,
                selectors.top_indications,
                selectors.top_targets,
                selectors.league_rows,
            ):
                began = time.perf_counter()
                function(deals)
                timings.setdefault(function.__name__, []).append(time.perf_counter() - began)
    designations = Designation.objects.visible()
    for _ in range(args.repeat):
        began = time.perf_counter()
        selectors.designations_per_year(designations)
        timings.setdefault("designations_per_year", []).append(time.perf_counter() - began)
    for name, values in timings.items():
        print(f"  {name:24} {statistics.median(values) * 1000:8.0f}")
    print(f"  (whole loop {(time.perf_counter() - start) * 1000 / args.repeat:.0f} ms per round)")


if __name__ == "__main__":
    main()
