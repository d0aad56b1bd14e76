#!/usr/bin/env python
"""Time the main pages on a synthetic catalogue (a script, not a test).

    .venv/bin/python benchmarks/pages_benchmark.py                       # SQLite in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dealtracker_bench \\
        .venv/bin/python benchmarks/pages_benchmark.py --deals 20000

Builds (once) a database with N deals and proportional companies, drugs, designations and
events, then requests each page R times with Django's test client and prints the median and
95th percentile time and the number of SQL queries per page.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--deals", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=20)
    return parser.parse_args()


def populate(deal_count: int) -> None:
    from apps.companies.models import Company, CompanyAlias, CompanyEvent
    from apps.deals.models import Deal, DealParty
    from apps.drugs.models import Drug, DrugAlias
    from apps.regulatory.models import Designation

    if Deal.objects.count() >= deal_count:
        return
    rng = random.Random(7)
    company_count, drug_count = max(deal_count // 10, 20), max(deal_count // 5, 20)
    companies = Company.objects.bulk_create(
        Company(name=f"Bench Pharma {i} Co., Ltd.", slug=f"bench-pharma-{i}")
        for i in range(company_count)
    )
    CompanyAlias.objects.bulk_create(
        CompanyAlias(company=c, name=c.name, key=f"bench pharma {i}")
        for i, c in enumerate(companies)
    )
    drugs = Drug.objects.bulk_create(
        Drug(name=f"benchimab-{i}", slug=f"benchimab-{i}", owner=rng.choice(companies))
        for i in range(drug_count)
    )
    DrugAlias.objects.bulk_create(
        DrugAlias(drug=d, name=f"BX{i:04d}", key=f"bx{i:04d}") for i, d in enumerate(drugs)
    )
    start = date(2015, 1, 1)
    deals = Deal.objects.bulk_create(
        Deal(
            type=rng.choice(Deal.Type.values),
            announced_on=start + timedelta(days=rng.randrange(4000)),
            exclusive=rng.choice([True, False, None]),
            territory=rng.choice(["worldwide", "Greater China", "United States", ""]),
            upfront_amount=Decimal(rng.randrange(1, 500) * 1_000_000),
            upfront_currency=rng.choice(["USD", "CNY", "EUR"]),
            upfront_disclosed=True,
            has_terms=True,
        )
        for _ in range(deal_count)
    )
    parties = []
    for deal in deals:
        a, b = rng.sample(companies, 2)
        parties += [
            DealParty(deal=deal, company=a, role="licensor"),
            DealParty(deal=deal, company=b, role="licensee"),
        ]
    DealParty.objects.bulk_create(parties)
    Deal.drugs.through.objects.bulk_create(
        Deal.drugs.through(deal_id=deal.pk, drug_id=rng.choice(drugs).pk) for deal in deals
    )
    Designation.objects.bulk_create(
        Designation(
            drug=drug,
            agency=rng.choice(Designation.Agency.values),
            type=kind,
            status="granted",
            date=start + timedelta(days=rng.randrange(4000)),
        )
        for drug in drugs
        for kind in rng.sample(Designation.Type.values, 2)
    )
    CompanyEvent.objects.bulk_create(
        CompanyEvent(
            company=rng.choice(companies),
            type=rng.choice(CompanyEvent.Type.values),
            date=start + timedelta(days=rng.randrange(4000)),
            summary=f"Event {i}",
        )
        for i in range(deal_count // 2)
    )


def measure(client, url: str, repeat: int) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            began = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - began)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    return statistics.median(timings), p95, len(queries), response.status_code


def main() -> None:
    args = parse_args()
    os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/dealtracker-bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from apps.companies.models import Company
    from apps.drugs.models import Drug

    call_command("migrate", verbosity=0)
    began = time.perf_counter()
    populate(args.deals)
    print(f"database: {connection.vendor}, catalogue ready in {time.perf_counter() - began:.1f}s")
    company = Company.objects.order_by("pk").first()
    drug = Drug.objects.order_by("pk").first()
    urls = [
        "/",
        "/deals/",
        "/deals/?type=license&type=option",
        f"/deals/?company={company.slug}",
        "/deals/?ordering=-upfront",
        "/deals/?format=csv",
        "/deals/?format=json",
        "/designations/?agency=FDA",
        "/companies/",
        f"/companies/{company.slug}/",
        f"/drugs/{drug.slug}/",
        "/search/?q=bench",
    ]
    client = Client()
    print(f"{'page':45} {'median ms':>10} {'p95 ms':>8} {'queries':>8} status")
    for url in urls:
        median, p95, queries, status = measure(client, url, args.repeat)
        print(f"{url:45} {median * 1000:10.1f} {p95 * 1000:8.1f} {queries:8d} {status}")


if __name__ == "__main__":
    main()
