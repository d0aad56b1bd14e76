#!/usr/bin/env python
"""Time the loader (facts_sync) on one synthetic release naming N companies (a script, not a test).

    .venv/bin/python benchmarks/load_benchmark.py                     # SQLite in /tmp
    .venv/bin/python benchmarks/load_benchmark.py --sizes 250 500 1000 2000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dealtracker_bench \\
        .venv/bin/python benchmarks/load_benchmark.py

For each size N it builds one extraction (the contract's shape) of a release in which one
company licenses a different drug to each of N invented partner companies: N + 1 companies,
N drugs, N deals, N designations, about 4N facts with quotes. It loads it into an empty
database, then loads it again (nothing changes), and prints seconds, SQL queries and
milliseconds per fact for both. Ingestion should grow about linearly: the ms per fact and
queries per fact should stay flat as N doubles. The extractor is not timed here
(benchmarks/extract_benchmark.py does that).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = ["zor", "bla", "tel", "quin", "vor", "ax", "mer", "lo", "dyn", "ra", "pex", "su"]


def invented(n: int, suffix: str) -> str:
    """A distinct invented word for n: Zorblatel, Quinvorax..."""
    word = ""
    n += len(SYLLABLES)
    while n:
        n, i = divmod(n, len(SYLLABLES))
        word += SYLLABLES[i]
    return word.capitalize() + suffix


def release(size: int, *, licensor: str = "Halvorsen") -> tuple[str, dict]:
    """The text and extraction of one release naming `size` partner companies."""
    main = f"{licensor} Biotherapeutics Co., Ltd."
    sentences, companies, drugs, deals, designations = [], [], [], [], []
    companies.append(
        {"name": main, "aliases": [licensor], "tickers": [], "parent": None, "quote": main}
    )
    for i in range(size):
        partner = invented(i, f" {licensor} Partner Inc.")
        drug = invented(i, f"{licensor}mab").lower()
        sentence = (
            f"{licensor} granted {partner} an exclusive license to {drug} in Greater China "
            f"for US${i + 1} million upfront. The FDA granted {drug} Orphan Drug Designation."
        )
        sentences.append(sentence)
        companies.append(
            {"name": partner, "aliases": [], "tickers": [], "parent": None, "quote": partner}
        )
        drugs.append(
            {
                "name": drug,
                "aliases": [f"{licensor[:2].upper()}-{i:04d}"],
                "owner": main,
                "modality": "antibody",
                "targets": [f"target {i % 50}"],
                "indications": [f"indication {i % 80}"],
                "quote": drug,
            }
        )
        deals.append(
            {
                "type": "license",
                "parties": [
                    {"company": main, "role": "licensor"},
                    {"company": partner, "role": "licensee"},
                ],
                "drugs": [drug],
                "exclusive": True,
                "territory": "Greater China",
                "indications": [],
                "announced_on": "2026-03-02",
                "signed_on": None,
                "terms": {
                    "upfront": {"amount": (i + 1) * 1_000_000, "currency": "USD"},
                    "upfront_disclosed": True,
                    "milestones": None,
                    "milestones_disclosed": False,
                    "royalties_disclosed": False,
                    "total_value": None,
                },
                "quote": sentence.split(". ")[0],
            }
        )
        designations.append(
            {
                "drug": drug,
                "agency": "FDA",
                "type": "orphan_drug",
                "status": "granted",
                "indication": None,
                "date": None,
                "quote": f"The FDA granted {drug} Orphan Drug Designation",
            }
        )
    extraction = {
        "schema_version": 1,
        "document": {"title": "Halvorsen partners", "published_on": "2026-03-02"},
        "companies": companies,
        "drugs": drugs,
        "deals": deals,
        "designations": designations,
        "events": [],
    }
    return "\n".join(sentences), extraction


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    args = parser.parse_args()

    os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/dealtracker-load-bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from apps.companies.models import Company
    from apps.deals.models import Deal
    from apps.drugs.models import Drug, Indication, Target
    from apps.ingestion.loader import facts_sync
    from apps.sources.models import Document

    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}; load average: {os.getloadavg()}")
    print(
        f"{'companies':>9} {'facts':>6} {'load s':>7} {'ms/fact':>8} {'queries/fact':>12}"
        f" {'again s':>8} {'again ms/fact':>13}"
    )
    for size in args.sizes:
        for model in (Deal, Drug, Company, Target, Indication, Document):
            model.objects.all().delete()
        text, extraction = release(size)
        facts = len(extraction["companies"]) + 3 * size
        document = Document.objects.create(text=text, title=f"bench {size}")
        timings = []
        for _ in range(2):
            count = [0]

            def counted(execute, sql, params, many, context, count=count):
                count[0] += 1
                return execute(sql, params, many, context)

            with connection.execute_wrapper(counted):
                started = time.perf_counter()
                facts_sync(document=document, extraction=extraction)
                timings.append((time.perf_counter() - started, count[0]))
        (first, first_queries), (again, _) = timings
        assert Company.objects.count() == size + 1 and Deal.objects.count() == size
        print(
            f"{size + 1:>9} {facts:>6} {first:>7.2f} {1000 * first / facts:>8.2f}"
            f" {first_queries / facts:>12.1f} {again:>8.2f} {1000 * again / facts:>13.2f}"
        )


if __name__ == "__main__":
    main()
