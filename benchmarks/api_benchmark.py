#!/usr/bin/env python
"""Time the API's endpoints against a database you name (a script, not a test).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dealtracker_bench \\
        .venv/bin/python benchmarks/api_benchmark.py [--repeat 20] [--page-size 50]

The database should hold a catalogue already, e.g. `manage.py generate_synthetic` (its
defaults are about a tenth of a million facts). Each request goes through Django's test client
(no network): every list's first page, its third page (following `next`), a few filtered lists
and each detail, R times each. Prints the median and 95th-percentile milliseconds, the SQL
queries per request and the rows returned. Throttling is off for the run.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--only", default="", help="time only the URLs containing this text")
    return parser.parse_args()


def sample_urls(page_size: int) -> list[str]:
    """The URLs to time: lists, filtered lists and details of rows the API shows."""
    from apps.api import selectors

    deal = selectors.api_deals().order_by("-id").first()
    company = deal.parties.all()[0].company if deal else None
    drug = selectors.api_drugs().order_by("-id").first()
    designation = selectors.api_designations().order_by("-id").first()
    event = selectors.api_events().order_by("-id").first()
    document = selectors.api_documents().order_by("-id").first()
    size = f"page_size={page_size}"
    urls = [f"/api/v1/{kind}/?{size}" for kind in selectors.KINDS_LISTED]
    urls += [
        f"/api/v1/deals/?type=license&date_after=2020&{size}",
        f"/api/v1/deals/?usd_min=100&{size}",
        f"/api/v1/designations/?agency=FDA&type=breakthrough_therapy&{size}",
        f"/api/v1/events/?type=financing&{size}",
    ]
    if company:
        urls += [
            f"/api/v1/deals/?company={company.slug}&{size}",
            f"/api/v1/companies/{company.slug}/",
        ]
    if deal:
        urls.append(f"/api/v1/deals/{deal.pk}/")
    if drug:
        urls.append(f"/api/v1/drugs/{drug.slug}/")
    for kind, row in [("designations", designation), ("events", event), ("documents", document)]:
        if row:
            urls.append(f"/api/v1/{kind}/{row.pk}/")
    return urls


def third_page(client, url: str) -> str | None:
    """The URL of the list's third page (two `next` links on), or None when it is shorter."""
    for _ in range(2):
        url = client.get(url).json().get("next")
        if not url:
            return None
    return url


def time_url(client, url: str, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            body = response.content
            timings.append((time.perf_counter() - started) * 1000)
    payload = response.json() if response.status_code == 200 else {}
    rows = len(payload["results"]) if "results" in payload else (1 if payload else 0)
    timings.sort()
    return {
        "status": response.status_code,
        "median": statistics.median(timings),
        "p95": timings[min(len(timings) - 1, int(len(timings) * 0.95))],
        "queries": len(queries),
        "rows": rows,
        "kb": len(body) / 1024,
    }


def main() -> None:
    args = parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    os.environ.setdefault("API_THROTTLE_ANON_RATE", "")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's request signals keep one connection open
    settings.DEBUG = False
    from apps.deals.models import Deal
    from apps.sources.models import Provenance

    print(
        f"{connection.vendor} {settings.DATABASES['default']['NAME']}: "
        f"{Deal.objects.count():,} deals, {Provenance.objects.count():,} quotes"
    )
    client = Client()
    urls = sample_urls(args.page_size)
    deeper = [third_page(client, url) for url in urls[:6]]
    urls += [url for url in deeper if url]
    print(f"{'ms median':>9} {'p95':>7} {'queries':>7} {'rows':>5} {'KiB':>6}  status  url")
    for url in urls:
        if args.only and args.only not in url:
            continue
        client.get(url)  # warm caches (ContentType, plans) once
        result = time_url(client, url, args.repeat)
        shown = url if len(url) < 90 else url[:87] + "..."
        print(
            f"{result['median']:9.1f} {result['p95']:7.1f} {result['queries']:7d} "
            f"{result['rows']:5d} {result['kb']:6.1f}  {result['status']:>6}  {shown}"
        )


if __name__ == "__main__":
    main()
