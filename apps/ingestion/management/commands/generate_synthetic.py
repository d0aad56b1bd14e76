"""Fill the database with a synthetic catalogue at the size a team reaches in a few years.

    manage.py generate_synthetic --companies 50000 --deals 200000 --designations 100000 \\
        --events 1000000 --seed 1

What it writes, all invented: companies (a few hold thousands of facts, most a handful; some
are subsidiaries of a parent), their aliases and tickers, drugs with code names, targets and
indications, deals with two or more parties (about half with money terms), designations,
company events, and one synthetic document per few facts with a Provenance row for every
fact of every kind. Review states are mixed (mostly approved, some unreviewed, a few rejected).

Rows are built in Python from one seeded random generator (the same seed writes the same
catalogue) and written in bulk: COPY on PostgreSQL, executemany on SQLite, then ANALYZE.
It appends after the highest existing ids, so it can run on a database that already holds
synthetic rows; it refuses one that holds real (non-synthetic) documents unless --force.
The rows come from `apps/ingestion/synthetic/` (one module per kind of fact, and the writer).
"""

import sys
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from tqdm import tqdm

from apps.companies.models import Company, CompanyEvent
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.ingestion.synthetic.base import SYNTHETIC_PREFIX
from apps.ingestion.synthetic.catalogue import Catalogue
from apps.ingestion.synthetic.writing import catalogue_write
from apps.regulatory.models import Designation
from apps.sources.models import Document


class Command(BaseCommand):
    help = __doc__.split("\n\n")[0]

    def add_arguments(self, parser):
        parser.add_argument("--companies", type=int, default=5000)
        parser.add_argument("--drugs", type=int, default=None, help="default: companies * 0.4")
        parser.add_argument("--deals", type=int, default=20000)
        parser.add_argument("--designations", type=int, default=10000)
        parser.add_argument("--events", type=int, default=100000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--force", action="store_true", help="run even if the database holds real documents"
        )

    def handle(self, *args, **options):
        sizes = {key: options[key] for key in ("companies", "deals", "designations", "events")}
        sizes["drugs"] = (
            options["drugs"]
            if options["drugs"] is not None
            else max(2, int(sizes["companies"] * 0.4))
        )
        if sizes["companies"] < 3 or any(value < 0 for value in sizes.values()):
            raise CommandError("--companies must be at least 3 and no size negative")
        real = Document.objects.exclude(file_name__startswith=SYNTHETIC_PREFIX)
        if real.exists() and not options["force"]:
            raise CommandError(
                f"This database holds {real.count()} real document(s): synthetic facts would mix "
                "with them. Use an empty database, or --force."
            )
        began = time.monotonic()
        catalogue = Catalogue(seed=options["seed"], **sizes)
        content_types = {
            model: ContentType.objects.get_for_model(model).pk
            for model in (Company, Drug, Deal, Designation, CompanyEvent)
        }
        total = (
            sizes["companies"] * 2.4
            + sizes["drugs"] * 4
            + sizes["deals"] * 4.6
            + sizes["designations"] * 2
            + sizes["events"] * 2
            + catalogue.documents
        )
        with (
            tqdm(
                total=int(total), unit="row", file=sys.stderr, dynamic_ncols=True, unit_scale=True
            ) as bar,
            transaction.atomic(),
        ):
            subsidiaries = catalogue_write(
                catalogue,
                content_types=content_types,
                progress=bar.update,
                announce=bar.set_description,
            )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # plans from the real row counts, as autovacuum would
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {sizes['companies']} companies ({subsidiaries} subsidiaries), "
                f"{sizes['drugs']} drugs, {sizes['deals']} deals, "
                f"{sizes['designations']} designations, {sizes['events']} events, "
                f"{catalogue.documents} documents in {time.monotonic() - began:.0f} s."
            )
        )
