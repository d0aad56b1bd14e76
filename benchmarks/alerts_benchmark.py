#!/usr/bin/env python
"""Time "My searches" and one digest on the synthetic catalogue (a script, not a test).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dealtracker_bench \\
        .venv/bin/python benchmarks/alerts_benchmark.py --deals 100000

Migrates the database and fills it once with `generate_synthetic` (all facts stored "now"),
then saves five searches for one user and times the page with nothing new (the slow case: each
count reads its whole filtered list to find no new row) and with everything new (each count stops
at the cap), and one digest collection. Prints median ms and queries. With --explain, also
each search's "nothing new" count and the digest's listing under EXPLAIN ANALYZE (PostgreSQL),
to check that created_at / reviewed_at indexes serve them rather than a scan of the list. The
visibility settings change what "new" reads (apps/alerts/selectors.appeared): run it under
PUBLIC_MIN_CONFIDENCE=0.8 or SHOW_UNREVIEWED_FACTS=0 too.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEARCHES = {
    "All deals": ("deals", "", ""),
    "Licences": ("deals", "", "type=license"),
    "Big licences": ("deals", "", "type=license&usd_min=100"),
    "Orphan drugs": ("designations", "", "type=orphan_drug"),
    "Drugs": ("drugs", "", ""),
}


def explain(searches, new_rows, since):
    """Each search's capped count ("nothing new": since now) and the digest's first page, as
    PostgreSQL plans them and runs them (EXPLAIN ANALYZE)."""
    from django.db import connection
    from django.db.models import QuerySet

    for search in searches.order_by("name"):
        rows = new_rows(search, since)
        if isinstance(rows, QuerySet):
            plans = {
                "count": rows.order_by()[:1001],
                "digest": rows.order_by("-created_at", "-pk")[:50],
            }
        else:  # a Timeline: its UNION of every kind, capped as the count does
            union, params = rows._union(1001)
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN ANALYZE SELECT 1 FROM ({union}) AS t LIMIT 1001", params)
                plan = "\n".join(line for (line,) in cursor.fetchall())
            print(f"\n== {search.name}: count\n{plan}")
            continue
        for label, queryset in plans.items():
            print(f"\n== {search.name}: {label}\n{queryset.explain(analyze=True)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deals", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--explain", action="store_true", help="print the plans (PostgreSQL)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")  # Django's test client
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from apps.alerts.models import SavedSearch
    from apps.alerts.selectors import digest_collect, new_rows
    from apps.companies.models import Company
    from apps.deals.models import Deal

    call_command("migrate", verbosity=0)
    if Deal.objects.count() < args.deals:
        call_command("generate_synthetic", deals=args.deals, force=True, verbosity=0)
    user, _ = get_user_model().objects.get_or_create(username="bench-analyst")
    # A timeline: the company in the most deals (its family's facts of every kind).
    busiest = Company.objects.visible().order_by("-deal_parties__deal_id").first()
    SEARCHES["Timeline"] = ("timeline", busiest.slug, "")
    for name, (list_key, slug, query) in SEARCHES.items():
        SavedSearch.objects.update_or_create(
            user=user, name=name, defaults={"list_key": list_key, "slug": slug, "query": query}
        )
    client = Client()
    client.force_login(user)
    print(
        f"{Deal.objects.count()} deals, {connection.vendor}; SHOW_UNREVIEWED_FACTS "
        f"{settings.SHOW_UNREVIEWED_FACTS}, PUBLIC_MIN_CONFIDENCE {settings.PUBLIC_MIN_CONFIDENCE}"
    )
    for label, opened in (
        ("nothing new", timezone.now()),
        ("all new", timezone.now().replace(year=2000)),
    ):
        SavedSearch.objects.filter(user=user).update(last_opened_at=opened)
        times = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get("/searches/")
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        print(
            f"My searches ({label}, {len(SEARCHES)} searches): "
            f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms, "
            f"{len(queries)} queries"
        )
    if args.explain and connection.vendor == "postgresql":
        explain(SavedSearch.objects.filter(user=user), new_rows, timezone.now())
    search = SavedSearch.objects.get(user=user, name="Licences")
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        digest = digest_collect(search, timezone.now().replace(year=2000), timezone.now())
    print(
        f"digest_collect (Licences, all new): {(time.perf_counter() - start) * 1000:.0f} ms, "
        f"{len(queries)} queries, {digest.count} counted, {len(digest.entries)} listed"
    )


if __name__ == "__main__":
    main()
