#!/usr/bin/env python
"""Time the main pages on a synthetic catalogue (a script, not a test).

    .venv/bin/python benchmarks/pages_benchmark.py                       # SQLite in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dealtracker_bench \\
        .venv/bin/python benchmarks/pages_benchmark.py --deals 20000

Builds (once) a database with N deals and proportional companies, drugs, designations and
events, then requests each page R times with Django's test client and prints the median and
95th percentile time, the time to the first byte (streamed exports) and the number of SQL
queries per page. Full exports and the admin review queue are timed --export-repeat times.
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
    parser.add_argument(
        "--export-repeat", type=int, default=3, help="repeats for full exports (slow ones)"
    )
    parser.add_argument("--only", default="", help="time only the URLs containing this text")
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


def add_realistic_extras(deal_count: int) -> None:
    """What the first catalogue lacked, added once: a company family, Chinese aliases,
    indications on deals and a viewer account for the admin pages."""
    from django.contrib.auth import get_user_model

    from apps.companies.models import Company, CompanyAlias
    from apps.deals.models import Deal
    from apps.drugs.models import Indication

    companies = list(Company.objects.order_by("pk")[:60])
    if not Company.objects.filter(parent__isnull=False).exists():
        # bench-pharma-0 owns the next nine companies: its timeline "with subsidiaries".
        Company.objects.filter(pk__in=[c.pk for c in companies[1:10]]).update(parent=companies[0])
    if not CompanyAlias.objects.filter(name__startswith="本奇制药").exists():
        CompanyAlias.objects.bulk_create(
            CompanyAlias(company=c, name=f"本奇制药{i}有限公司", key=f"本奇制药{i}")
            for i, c in enumerate(companies)
        )
    if not Indication.objects.exists():
        rng = random.Random(11)
        indications = Indication.objects.bulk_create(
            Indication(name=f"bench indication {i}", key=f"bench indication {i}")
            for i in range(max(deal_count // 20, 10))
        )
        Deal.indications.through.objects.bulk_create(
            Deal.indications.through(deal_id=pk, indication_id=rng.choice(indications).pk)
            for pk in Deal.objects.values_list("pk", flat=True)
        )
    # bulk_create skips Deal.save(): compute the headline and USD values it would have stored.
    from apps.core.money import money
    from apps.deals.models import VALUE_FIELDS
    from apps.deals.values import deal_value

    unvalued = list(Deal.objects.filter(value_basis="", upfront_amount__isnull=False))
    for deal in unvalued:
        for name, value in deal_value(
            upfront=money(deal.upfront_amount, deal.upfront_currency),
            milestones=money(deal.milestones_amount, deal.milestones_currency),
            total=money(deal.total_value_amount, deal.total_value_currency),
            announced_on=deal.announced_on,
        ).items():
            setattr(deal, name, value)
    Deal.objects.bulk_update(unvalued, VALUE_FIELDS, batch_size=1000)
    user_model = get_user_model()
    if not user_model.objects.filter(username="bench").exists():
        user_model.objects.create_superuser("bench", "bench@example.org", "bench-only")


def measure(client, url: str, repeat: int) -> tuple[float, float, float, int, int]:
    """Median and p95 of the whole answer (a streamed one read to the end), the median time
    to the first byte, the query count and the status."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, firsts = [], []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            began = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                chunks = iter(response.streaming_content)
                next(chunks, b"")
                firsts.append(time.perf_counter() - began)
                for _chunk in chunks:
                    pass
            else:
                firsts.append(time.perf_counter() - began)
            timings.append(time.perf_counter() - began)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    return (
        statistics.median(timings),
        p95,
        statistics.median(firsts),
        len(queries),
        response.status_code,
    )


def main() -> None:
    args = parse_args()
    os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/dealtracker-bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from apps.companies.models import Company
    from apps.deals.models import Deal
    from apps.drugs.models import Drug, Indication

    call_command("migrate", verbosity=0)
    began = time.perf_counter()
    populate(args.deals)
    add_realistic_extras(args.deals)
    if connection.vendor == "postgresql":
        # As autovacuum would have done: plans from real row counts, not empty-table guesses.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"database: {connection.vendor}, catalogue ready in {time.perf_counter() - began:.1f}s")
    company = Company.objects.order_by("pk").first()
    drug = Drug.objects.order_by("pk").first()
    indication = Indication.objects.order_by("pk").first()
    deep_page = int(Deal.objects.count() / 50 * 0.75)  # page 300 of 400 with 20,000 deals
    urls = [
        "/",
        "/deals/",
        "/deals/?type=license&type=option",
        f"/deals/?company={company.slug}",
        f"/deals/?company={company.slug}&subsidiaries=on",
        f"/deals/?drug={drug.slug}",
        f"/deals/?indication={indication.pk}",
        "/deals/?q=bench+pharma+1",
        "/deals/?sort=upfront",
        "/deals/?sort=value",
        "/deals/?usd_min=100&sort=value",
        "/deals/?company=Bench+Pharma+1+Co.%2C+Ltd.",
        "/deals/?indication=bench+indication",
        "/deals/?format=xlsx",
        "/documents/",
        "/companies/_suggest/?q=bench+pharma+1",
        "/companies/_suggest/?q=本奇",
        "/drugs/_suggest/?q=bx-001",
        "/drugs/_suggest/indications/?q=indication+1",
        "/deals/_suggest/territories/?q=chin",
        f"/deals/?page={deep_page}",
        "/deals/?format=csv",
        "/deals/?format=json",
        f"/deals/?format=json&page={deep_page}",
        "/designations/?agency=FDA",
        "/designations/?format=csv",
        "/companies/",
        "/companies/?q=bench+pharma+1",
        "/drugs/",
        f"/companies/{company.slug}/",
        f"/companies/{company.slug}/?subsidiaries=on",
        f"/companies/{company.slug}/?subsidiaries=on&page=2",
        f"/companies/{company.slug}/?subsidiaries=on&format=csv",
        f"/companies/{company.slug}/?subsidiaries=on&format=ics",
        f"/drugs/{drug.slug}/",
        "/search/?q=bench",
        "/search/?q=本奇制药",
        "/search/?q=zzz-no-match",
        "/admin/sources/document/review-queue/",
    ]
    client = Client(raise_request_exception=False)  # a page that fails shows as a 500 row
    client.force_login(get_user_model().objects.get(username="bench"))
    print(f"{'page':55} {'median ms':>10} {'p95 ms':>8} {'first ms':>8} {'queries':>8} status")
    for url in urls:
        if args.only not in url:
            continue
        full_export = any(part in url for part in ("format=csv", "format=ics", "format=xlsx"))
        full_export = full_export or "review-queue" in url
        repeat = min(args.repeat, args.export_repeat) if full_export else args.repeat
        median, p95, first, queries, status = measure(client, url, repeat)
        print(
            f"{url:55} {median * 1000:10.1f} {p95 * 1000:8.1f} {first * 1000:8.1f}"
            f" {queries:8d} {status}"
        )


if __name__ == "__main__":
    main()
