#!/usr/bin/env python
"""The app's pages side by side with Datasette serving the same rows (a script, not a test).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dealtracker_bench_full \\
        .venv/bin/python benchmarks/pages_vs_datasette.py [--seconds 20] [--only deals]

Needs the `bench` extra (`pip install -e .[bench]`: Datasette, pinned) and a database filled by
`manage.py generate_synthetic`. It

1. copies the catalogue's tables (not the documents or provenance, which no compared page
   reads) into an SQLite file with the app's own schema and indexes (`manage.py migrate` on
   SQLite), once per database; --refresh-sqlite copies again;
2. serves that file with `datasette serve -i` (immutable, Datasette's defaults otherwise) and
   the app with gunicorn (DEBUG=0, 3 sync workers), both on 127.0.0.1 only;
3. for each page, drives both at once from --concurrency threads, each alternating one app
   request and one Datasette request, for --seconds (at most --max-requests per thread);
4. prints per page and server the p50, p95 and p99 in ms (first byte too for the CSV), the
   requests per second, the errors (non-200 answers or failures), the app's SQL queries for
   the page (counted in-process with Django's test client), and app p95 / Datasette p95.

Absolute times on a shared machine are noisy: the ratio within one run is the figure. The
load average is printed before and after.
"""

import argparse
import http.client
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
BIN = Path(sys.executable).parent
# The tables the compared pages read; documents and provenance stay out (no page here shows
# them, and they are most of the bytes).
TABLES = [
    "companies_company",
    "companies_companyalias",
    "companies_listing",
    "companies_companyevent",
    "drugs_drug",
    "drugs_drugalias",
    "drugs_target",
    "drugs_indication",
    "drugs_drug_targets",
    "drugs_drug_indications",
    "deals_deal",
    "deals_dealparty",
    "deals_deal_drugs",
    "deals_deal_indications",
    "regulatory_designation",
]
COPY_ROWS = 20_000
REQUEST_TIMEOUT = 130  # above gunicorn's 120 s worker timeout: a timeout shows as an error


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=20, help="per page (default 20)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-requests", type=int, default=5000, help="per thread and page")
    parser.add_argument(
        "--only", default="", help="only pages whose label contains this (comma: any of these)"
    )
    parser.add_argument("--app-port", type=int, default=8761)
    parser.add_argument("--datasette-port", type=int, default=8762)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers")
    parser.add_argument("--sqlite-dir", default="/tmp", help="where the SQLite copy is kept")
    parser.add_argument("--refresh-sqlite", action="store_true")
    return parser.parse_args()


# --- the SQLite copy ----------------------------------------------------------------------


def sqlite_copy(database_url: str, target: Path, refresh: bool) -> None:
    """The app's schema on SQLite, then the rows of TABLES copied in chunks."""
    marker = target.with_suffix(".done")
    if target.exists() and marker.exists() and not refresh:
        print(f"SQLite copy: reusing {target}")
        return
    for path in (target, marker):
        path.unlink(missing_ok=True)
    began = time.perf_counter()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{target}"}
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    import psycopg

    sqlite3.register_adapter(Decimal, str)
    sqlite3.register_adapter(list, json.dumps)
    sqlite3.register_adapter(dict, json.dumps)
    destination = sqlite3.connect(target)
    destination.execute("PRAGMA journal_mode=OFF")
    destination.execute("PRAGMA synchronous=OFF")
    with psycopg.connect(database_url.replace("postgres://", "postgresql://", 1)) as source:
        for table in TABLES:
            columns = [row[1] for row in destination.execute(f'PRAGMA table_info("{table}")')]
            names = ", ".join(f'"{column}"' for column in columns)
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
            with source.cursor(name=f"copy_{table}") as cursor:
                cursor.execute(f'SELECT {names} FROM "{table}"')
                while rows := cursor.fetchmany(COPY_ROWS):
                    destination.executemany(insert, rows)
            destination.commit()
    destination.execute("ANALYZE")
    destination.commit()
    destination.close()
    marker.write_text("ok\n")
    print(f"SQLite copy: {target} in {time.perf_counter() - began:.0f} s")


# --- the servers --------------------------------------------------------------------------


def wait_until_up(port: int, path: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            status, _first, _whole, _size = fetch(port, path)
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"nothing answered on 127.0.0.1:{port}{path} in {seconds:.0f} s")


def port_free(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def start_servers(args, database_url: str, sqlite_path: Path) -> list[subprocess.Popen]:
    for port in (args.app_port, args.datasette_port):
        if not port_free(port):  # an old server would be measured instead of this code
            raise SystemExit(f"127.0.0.1:{port} is in use: stop that server or pick another port")
    app_env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=app_env,
        check=True,
    )
    app = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "dealtracker.wsgi",
            "--workers",
            str(args.workers),
            "--worker-class",
            "sync",
            "--timeout",
            "120",
            "--bind",
            f"127.0.0.1:{args.app_port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=app_env,
        start_new_session=True,
    )
    datasette = subprocess.Popen(
        [
            str(BIN / "datasette"),
            "serve",
            "-i",
            str(sqlite_path),
            "--host",
            "127.0.0.1",
            "--port",
            str(args.datasette_port),
        ],
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
    )
    servers = [app, datasette]
    try:
        wait_until_up(args.app_port, "/")
        wait_until_up(args.datasette_port, "/")
    except BaseException:
        stop_servers(servers)
        raise
    return servers


def stop_servers(servers: list[subprocess.Popen]) -> None:
    for server in servers:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
    for server in servers:
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


# --- the pages ----------------------------------------------------------------------------


@dataclass
class Page:
    label: str
    app: str
    datasette: str
    streamed: bool = False


def choose_pages(db: str) -> list[Page]:
    """The compared pages, with the companies, drug and date range read from the catalogue."""
    from django.db import connection

    with connection.cursor() as cursor:
        # The company with the most facts (its events and deals) and a typical (median) one.
        cursor.execute(
            """
            SELECT c.id, c.slug, COALESCE(e.n, 0) + COALESCE(p.n, 0) AS facts
            FROM companies_company c
            LEFT JOIN (SELECT company_id, count(*) n FROM companies_companyevent GROUP BY 1) e
                ON e.company_id = c.id
            LEFT JOIN (SELECT company_id, count(*) n FROM deals_dealparty GROUP BY 1) p
                ON p.company_id = c.id
            WHERE c.review_state <> 'rejected'
            ORDER BY facts DESC, c.id
            """
        )
        ranked = cursor.fetchall()
        heavy, typical = ranked[0], ranked[len(ranked) // 2]
        cursor.execute(
            """
            SELECT d.id, d.slug FROM drugs_drug d JOIN deals_deal_drugs dd ON dd.drug_id = d.id
            WHERE d.review_state <> 'rejected' GROUP BY d.id, d.slug
            ORDER BY count(*) DESC, d.id LIMIT 1
            """
        )
        drug_id, drug_slug = cursor.fetchone()
        # The announcement date from which about 10,000 shown deals are listed.
        cursor.execute(
            """
            SELECT announced_on FROM deals_deal
            WHERE review_state <> 'rejected' AND announced_on IS NOT NULL
            ORDER BY announced_on DESC OFFSET 10000 LIMIT 1
            """
        )
        row = cursor.fetchone()
        since = row[0].isoformat() if row else "1900-01-01"
        # The same for designations (by date).
        cursor.execute(
            """
            SELECT date FROM regulatory_designation
            WHERE review_state <> 'rejected' AND date IS NOT NULL
            ORDER BY date DESC OFFSET 10000 LIMIT 1
            """
        )
        row = cursor.fetchone()
        designations_since = row[0].isoformat() if row else "1900-01-01"
    deep_cursor, deep_next = deep_position()
    print(
        f"heaviest company: {heavy[1]} ({heavy[2]} events and deal parts); "
        f"typical: {typical[1]} ({typical[2]}); drug: {drug_slug}; CSV from {since}"
    )
    q = urllib.parse.quote
    deals_with_pharma_party = (
        "id in (select deal_id from deals_dealparty p join companies_company c "
        "on c.id = p.company_id where c.name like '%pharma%')"
    )
    return [
        Page(
            "search ?q=pharma",
            "/search/?q=pharma",
            f"/{db}/companies_company?name__contains=pharma&_sort=name",
        ),
        Page(
            "deals ?q=pharma",
            "/deals/?q=pharma",
            f"/{db}/deals_deal?_where={q(deals_with_pharma_party)}&_sort_desc=announced_on",
        ),
        Page("home", "/", "/"),
        Page(
            "timeline, heaviest company",
            f"/companies/{heavy[1]}/",
            f"/{db}/companies_companyevent?company_id={heavy[0]}&_sort_desc=date",
        ),
        Page(
            "timeline, typical company",
            f"/companies/{typical[1]}/",
            f"/{db}/companies_companyevent?company_id={typical[0]}&_sort_desc=date",
        ),
        Page(
            "deals ?type=license",
            "/deals/?type=license",
            f"/{db}/deals_deal?type=license&_sort_desc=announced_on",
        ),
        Page(
            "designations ?agency=FDA",
            "/designations/?agency=FDA",
            f"/{db}/regulatory_designation?agency=FDA&_sort_desc=date",
        ),
        Page("deals by value", "/deals/?sort=value", f"/{db}/deals_deal?_sort_desc=value_usd"),
        Page("company list", "/companies/", f"/{db}/companies_company?_sort=name"),
        Page("drug list", "/drugs/", f"/{db}/drugs_drug?_sort=name"),
        Page("drug page", f"/drugs/{drug_slug}/", f"/{db}/drugs_drug/{drug_id}"),
        Page(
            "deals CSV (~10k rows)",
            f"/deals/?format=csv&date_after={since}",
            f"/{db}/deals_deal.csv?announced_on__gte={since}&_sort_desc=announced_on"
            "&_stream=on&_size=max",
            streamed=True,
        ),
        Page(
            "deals deep page (row 100,000 or half, cursor)",
            f"/deals/?after={deep_cursor}",
            f"/{db}/deals_deal?_sort_desc=announced_on&_next={q(deep_next)}",
        ),
        Page(
            "designations CSV (~10k rows)",
            f"/designations/?format=csv&date_after={designations_since}",
            f"/{db}/regulatory_designation.csv?date__gte={designations_since}&_sort_desc=date"
            "&_stream=on&_size=max",
            streamed=True,
        ),
        Page(
            "drugs CSV ?modality=small_molecule",
            "/drugs/?format=csv&modality=small_molecule",
            f"/{db}/drugs_drug.csv?modality=small_molecule&_sort=name&_stream=on&_size=max",
            streamed=True,
        ),
        Page(
            "companies CSV ?q=bio",
            "/companies/?format=csv&q=bio",
            f"/{db}/companies_company.csv?name__contains=bio&_sort=name&_stream=on&_size=max",
            streamed=True,
        ),
        Page(
            "deals JSON ?type=license",
            "/deals/?type=license&format=json",
            f"/{db}/deals_deal.json?type=license&_sort_desc=announced_on",
        ),
        Page(
            "designations JSON ?agency=FDA",
            "/designations/?agency=FDA&format=json",
            f"/{db}/regulatory_designation.json?agency=FDA&_sort_desc=date",
        ),
    ]


def deep_position(rows: int = 100_000) -> tuple[str, str]:
    """The deal list's position after its first `rows` rows (half the list when it is shorter,
    as at 1/10 size): the app's cursor (`after=`) and Datasette's `_next` token
    ("<announced_on>,<id>") for the same row."""
    from apps.core import keyset
    from apps.deals.selectors import deals_for_listing

    deals = deals_for_listing().prefetch_related(None)
    keys = keyset.order_keys(deals)
    rows = min(rows, max(deals.count() // 2, 1))
    row = keyset.ordered(deals, keys)[rows - 1]
    announced = row.announced_on.isoformat() if row.announced_on else "$null"
    return keyset.cursor_of(row, keys), f"{announced},{row.pk}"


def app_queries(url: str) -> tuple[int, int]:
    """(SQL queries, status) for one request to the app, in-process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = Client(raise_request_exception=False).get(url)
        if response.streaming:
            for _chunk in response.streaming_content:
                pass
    return len(queries), response.status_code


# --- the load -----------------------------------------------------------------------------


def fetch(port: int, path: str) -> tuple[int, float, float, int]:
    """(status, seconds to the first body byte, seconds to the last, bytes) of one GET."""
    began = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        first = response.read(1)
        first_at = time.perf_counter() - began
        size = len(first) + len(response.read())
        return response.status, first_at, time.perf_counter() - began, size
    finally:
        connection.close()


@dataclass
class Samples:
    whole: list[float] = field(default_factory=list)
    first: list[float] = field(default_factory=list)
    errors: int = 0
    elapsed: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int, first: float, whole: float) -> None:
        with self.lock:
            if status != 200:
                self.errors += 1
            self.whole.append(whole)
            self.first.append(first)


def drive(page: Page, args) -> tuple[Samples, Samples]:
    """Both servers at once: each thread alternates an app and a Datasette request."""
    app, datasette = Samples(), Samples()
    targets = [(args.app_port, page.app, app), (args.datasette_port, page.datasette, datasette)]
    deadline = time.monotonic() + args.seconds
    began = time.monotonic()

    def worker(offset: int) -> None:
        for count in range(args.max_requests):
            if time.monotonic() >= deadline:
                return
            port, path, samples = targets[(count + offset) % 2]
            try:
                status, first, whole, _size = fetch(port, path)
            except OSError:
                status, first, whole = 599, REQUEST_TIMEOUT, REQUEST_TIMEOUT
            samples.add(status, first, whole)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    app.elapsed = datasette.elapsed = time.monotonic() - began
    return app, datasette


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def summary(samples: Samples, streamed: bool) -> str:
    if not samples.whole:
        return f"{'-':>7} {'-':>7} {'-':>7} {'-':>6} {samples.errors:>4}"
    ms = [value * 1000 for value in samples.whole]
    text = (
        f"{statistics.median(ms):7.0f} {percentile(ms, 0.95):7.0f} {percentile(ms, 0.99):7.0f}"
        f" {len(ms) / samples.elapsed:6.1f} {samples.errors:>4}"
    )
    if streamed:
        text += f"  (first byte p50 {statistics.median(samples.first) * 1000:.0f} ms)"
    return text


def load_average() -> str:
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


def main() -> None:
    args = parse_args()
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("Set DATABASE_URL to the PostgreSQL database generate_synthetic filled.")
    if not shutil.which(str(BIN / "datasette")):
        raise SystemExit("Datasette is missing: pip install -e '.[bench]'")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    db_name = urllib.parse.urlparse(database_url).path.lstrip("/")
    sqlite_path = Path(args.sqlite_dir) / f"{db_name}.db"
    sqlite_copy(database_url, sqlite_path, args.refresh_sqlite)
    wanted = [part.strip() for part in args.only.split(",")]
    pages = [
        page
        for page in choose_pages(sqlite_path.stem)
        if any(part in page.label for part in wanted)
    ]
    queries = {page.label: app_queries(page.app) for page in pages}
    servers = start_servers(args, database_url, sqlite_path)
    print(f"load average before: {load_average()}  ({os.cpu_count()} cores)")
    print(
        f"{args.concurrency} threads alternating app and Datasette, {args.seconds:.0f} s per page;"
        " times in ms; err = non-200 or failed"
    )
    header = f"{'p50':>7} {'p95':>7} {'p99':>7} {'req/s':>6} {'err':>4}"
    print(f"{'page':30} | app {header} {'SQL':>4} | datasette {header} | p95 ratio")
    try:
        for page in pages:
            for port, path in ((args.app_port, page.app), (args.datasette_port, page.datasette)):
                fetch(port, path)  # warm: the first request opens connections and caches
            app, datasette = drive(page, args)
            ratio = (
                percentile(app.whole, 0.95) / percentile(datasette.whole, 0.95)
                if app.whole and datasette.whole
                else float("nan")
            )
            count, status = queries[page.label]
            print(
                f"{page.label:30} | {summary(app, page.streamed)} {count:4d}"
                f"{'' if status == 200 else f' ({status})'} | "
                f"{summary(datasette, page.streamed)} | {ratio:5.2f}",
                flush=True,
            )
    finally:
        stop_servers(servers)
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
