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
"""

import bisect
import datetime as dt
import itertools
import json
import random
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone
from tqdm import tqdm

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.core.money import money
from apps.core.names import fold, name_key
from apps.deals.models import Deal, DealParty
from apps.deals.values import deal_value
from apps.drugs.models import Drug, DrugAlias, Indication, Target
from apps.regulatory.models import Designation
from apps.sources.models import Document, Provenance

# Every synthetic document's file name starts with this: how a re-run tells them from real ones.
SYNTHETIC_PREFIX = "synthetic/"
FIRST_DAY = dt.date(2005, 1, 1)
DAYS = (dt.date(2026, 11, 30) - FIRST_DAY).days
# Popularity of a company (deals, events, drugs): 1/(rank + ZIPF_OFFSET) for part of the facts,
# uniform for the rest. With 50,000 companies the first holds about 1% of all facts, the median
# one a dozen.
ZIPF_OFFSET = 10
ZIPF_SHARE = 0.6
FACTS_PER_DOCUMENT = 10
BATCH_ROWS = 20_000

SYLLABLES = [
    "ab",
    "al",
    "an",
    "ar",
    "as",
    "be",
    "bi",
    "ca",
    "ce",
    "cor",
    "da",
    "de",
    "di",
    "el",
    "en",
    "er",
    "fa",
    "fi",
    "ga",
    "ge",
    "hal",
    "he",
    "in",
    "is",
    "ja",
    "ka",
    "ke",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "no",
    "or",
    "pa",
    "pe",
    "pi",
    "qua",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "tra",
    "ul",
    "va",
    "ve",
    "vi",
    "vo",
    "xa",
    "ze",
    "zi",
]
COMPANY_SUFFIXES = [
    ("Pharma", 12),
    ("Pharmaceuticals", 10),
    ("Therapeutics", 14),
    ("Biotherapeutics", 4),
    ("Bio", 8),
    ("Biosciences", 7),
    ("Biotech", 6),
    ("Medicines", 4),
    ("Oncology", 3),
    ("Genomics", 2),
    ("Biologics", 3),
    ("Health", 3),
    ("Life Sciences", 3),
    ("Labs", 2),
]
LEGAL_FORMS = ["", "", "", "Inc.", "Co., Ltd.", "AG", "plc", "Ltd.", "SA", "GmbH"]
COUNTRIES = [
    "United States",
    "China",
    "Japan",
    "Germany",
    "United Kingdom",
    "France",
    "South Korea",
    "Switzerland",
    "Canada",
    "Australia",
    "",
]
EXCHANGES = ["NASDAQ", "NYSE", "HK", "SS", "SZ", "T", "L", "SW"]
INN_STEMS = [
    ("mab", "antibody"),
    ("tinib", "small_molecule"),
    ("cel", "cell_therapy"),
    ("ciclib", "small_molecule"),
    ("parib", "small_molecule"),
    ("tide", "peptide"),
    ("gene", "gene_therapy"),
    ("rsen", "oligonucleotide"),
    ("vec", "gene_therapy"),
    ("cept", "protein"),
    ("tecan", "adc"),
    ("vir", "small_molecule"),
]
TARGETS = [
    "EGFR",
    "HER2",
    "PD-1",
    "PD-L1",
    "BCR-ABL",
    "KRAS G12C",
    "CD19",
    "CD20",
    "BCMA",
    "CLDN18.2",
    "TROP2",
    "GLP-1R",
    "IL-23",
    "IL-4Rα",
    "JAK1",
    "BTK",
    "CDK4/6",
    "PARP",
    "VEGF",
    "FGFR2",
    "MET",
    "ALK",
    "ROS1",
    "TIGIT",
    "LAG-3",
    "CD47",
    "B7-H3",
    "FXR",
]
DISEASE_WORDS = [
    "lung",
    "breast",
    "gastric",
    "colorectal",
    "pancreatic",
    "ovarian",
    "hepatocellular",
    "renal",
    "prostate",
    "bladder",
    "thyroid",
    "cervical",
]
DISEASE_KINDS = ["cancer", "carcinoma", "adenocarcinoma", "tumours", "metastatic disease"]
OTHER_DISEASES = [
    "chronic myeloid leukemia",
    "acute myeloid leukemia",
    "multiple myeloma",
    "atopic dermatitis",
    "psoriasis",
    "obesity",
    "type 2 diabetes",
    "NASH",
    "Crohn's disease",
    "ulcerative colitis",
    "lupus",
    "Duchenne muscular dystrophy",
    "hemophilia A",
    "sickle cell disease",
    "Alzheimer's disease",
    "migraine",
]
TERRITORIES = [
    ("worldwide", 30),
    ("Greater China", 20),
    ("United States", 10),
    ("Asia Pacific", 6),
    ("Europe", 6),
    ("Japan", 5),
    ("ex-China", 5),
    ("", 18),
]
DEAL_TYPES = [
    ("license", 36),
    ("collaboration", 20),
    ("co_development", 6),
    ("acquisition", 8),
    ("merger", 2),
    ("option", 6),
    ("equity_investment", 10),
    ("framework", 4),
    ("other", 8),
]
ROLES = {
    "license": ("licensor", "licensee"),
    "option": ("licensor", "licensee"),
    "acquisition": ("target", "acquirer"),
    "equity_investment": ("investee", "investor"),
}
CURRENCIES = [("USD", 70), ("CNY", 15), ("EUR", 10), ("JPY", 3), ("GBP", 2)]
AGENCIES = [
    ("FDA", 45),
    ("NMPA", 25),
    ("EMA", 14),
    ("PMDA", 7),
    ("MHRA", 3),
    ("Health Canada", 2),
    ("TGA", 2),
    ("other", 2),
]
STATUSES = [("granted", 80), ("recommended", 5), ("applied", 5), ("accepted", 8), ("other", 2)]
EVENT_TYPES = [
    ("clinical_milestone", 35),
    ("financing", 15),
    ("conference", 15),
    ("leadership", 10),
    ("facility", 8),
    ("gmp_inspection", 4),
    ("listing", 3),
    ("other", 10),
]
REVIEW_STATES = [("approved", 70), ("unreviewed", 26), ("rejected", 4)]
PRECISIONS = [("day", 85), ("month", 12), ("year", 3)]


class Picker:
    """Weighted choices from one random generator: pick() one, or many at once."""

    def __init__(self, rng: random.Random, pairs):
        self.rng = rng
        self.values = [value for value, _weight in pairs]
        self.cumulative = list(itertools.accumulate(weight for _value, weight in pairs))

    def pick(self):
        point = self.rng.random() * self.cumulative[-1]
        return self.values[bisect.bisect_right(self.cumulative, point)]


class Catalogue:
    """The synthetic rows, table by table, from one seed; ids follow the highest existing ones."""

    def __init__(
        self, *, seed: int, companies: int, drugs: int, deals: int, designations: int, events: int
    ):
        self.rng = random.Random(seed)
        self.seed = seed
        self.sizes = {
            "companies": companies,
            "drugs": drugs,
            "deals": deals,
            "designations": designations,
            "events": events,
        }
        self.now = timezone.now()
        self.pickers = {
            name: Picker(self.rng, pairs)
            for name, pairs in [
                ("suffix", COMPANY_SUFFIXES),
                ("territory", TERRITORIES),
                ("deal_type", DEAL_TYPES),
                ("currency", CURRENCIES),
                ("agency", AGENCIES),
                ("status", STATUSES),
                ("event_type", EVENT_TYPES),
                ("review", REVIEW_STATES),
                ("precision", PRECISIONS),
            ]
        }
        # Read before any COPY starts: the rows are generated while COPY holds the connection.
        self.first_id = {model: _max_id(model) + 1 for model in [*_MODELS, *_THROUGH]}
        self.company_ids = list(range(self.first_id[Company], self.first_id[Company] + companies))
        # Popularity: a shuffled Zipf-like weight per company (the heaviest is not always id 1).
        ranks = list(range(companies))
        self.rng.shuffle(ranks)
        zipf = [1 / (rank + ZIPF_OFFSET) for rank in ranks]
        zipf_total = sum(zipf)
        weights = [ZIPF_SHARE * z / zipf_total + (1 - ZIPF_SHARE) / companies for z in zipf]
        self.company_cumulative = list(itertools.accumulate(weights))
        self.drug_ids = list(range(self.first_id[Drug], self.first_id[Drug] + drugs))
        self.drug_cumulative = None  # set once owners are known
        self.documents = max(1, (deals + designations + events + companies + drugs) // 10)
        self.document_ids = range(self.first_id[Document], self.first_id[Document] + self.documents)
        self.indication_names = self._indication_names()
        self.target_ids: list[int] = []
        self.indication_ids: list[int] = []

    # --- helpers -------------------------------------------------------------------------

    def company(self) -> int:
        point = self.rng.random() * self.company_cumulative[-1]
        return self.company_ids[bisect.bisect_right(self.company_cumulative, point)]

    def drug(self) -> int:
        point = self.rng.random() * self.drug_cumulative[-1]
        return self.drug_ids[bisect.bisect_right(self.drug_cumulative, point)]

    def word(self, syllables: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(syllables))

    def date(self, missing: float = 0.03) -> tuple[dt.date | None, str]:
        if self.rng.random() < missing:
            return None, "day"
        # Skewed to recent years: more is announced (and tracked) every year.
        day = int(DAYS * self.rng.random() ** 0.6)
        return FIRST_DAY + dt.timedelta(days=day), self.pickers["precision"].pick()

    def reviewed(self) -> tuple:
        # review_state, reviewed_by_id, reviewed_at, curated_fields, created_at, updated_at
        state = self.pickers["review"].pick()
        reviewed_at = self.now if state != "unreviewed" else None
        return state, None, reviewed_at, "[]", self.now, self.now

    def document(self) -> int:
        return self.document_ids[self.rng.randrange(self.documents)]

    def _indication_names(self) -> list[str]:
        names = [f"{word} {kind}" for word in DISEASE_WORDS for kind in DISEASE_KINDS]
        names += OTHER_DISEASES
        names += [f"non-small cell {name}" for name in ("lung cancer", "lung carcinoma")]
        return list(dict.fromkeys(names))

    # --- tables --------------------------------------------------------------------------

    def companies(self) -> Iterator[tuple]:
        """Company rows, then (via self.aliases / listings) their names; parents come later."""
        self.company_names = {}
        for pk in self.company_ids:
            stem = self.word(self.rng.choice((2, 2, 3))).capitalize()
            name = " ".join(
                part
                for part in (stem, self.pickers["suffix"].pick(), self.rng.choice(LEGAL_FORMS))
                if part
            )
            self.company_names[pk] = name
            yield (
                pk,
                name,
                f"{_slug(name)}-{pk}",
                None,
                self.rng.choice(COUNTRIES),
                "",
                *self.reviewed(),
            )

    def company_aliases(self) -> Iterator[tuple]:
        pk = self.first_id[CompanyAlias]
        for company_id, name in self.company_names.items():
            names = [name]
            if self.rng.random() < 0.3:  # a short name, and now and then a Chinese one
                names.append(name.split(" ")[0] + " " + name.split(" ")[1])
            if self.rng.random() < 0.05:
                names.append(f"{self.word(1)}{self.word(1)}医药有限公司")
            for alias in dict.fromkeys(names):
                yield pk, company_id, alias, name_key(alias)
                pk += 1

    def listings(self) -> Iterator[tuple]:
        pk = self.first_id[Listing]
        used = set()
        for company_id in self.company_ids:
            if self.rng.random() < 0.15:
                exchange = self.rng.choice(EXCHANGES)
                # The company id keeps symbols unique across runs.
                symbol = (
                    f"{company_id:04d}"
                    if exchange in ("HK", "SS", "SZ", "T")
                    else f"{self.word(1).upper()}{company_id}"
                )
                if (symbol, exchange) in used:
                    continue
                used.add((symbol, exchange))
                yield pk, company_id, symbol, exchange
                pk += 1

    def parent_links(self) -> list[tuple[int, int]]:
        """(subsidiary, parent): the heaviest companies own a family each; 5% have a parent."""
        order = sorted(
            range(len(self.company_ids)),
            key=lambda i: self.company_cumulative[i] - (self.company_cumulative[i - 1] if i else 0),
            reverse=True,
        )
        heads = [self.company_ids[i] for i in order[: max(1, len(order) // 500)]]
        tail = [self.company_ids[i] for i in order[len(heads) :]]
        self.rng.shuffle(tail)
        links = []
        wanted = len(self.company_ids) // 20
        for child in tail[:wanted]:
            links.append((child, self.rng.choice(heads) if self.rng.random() < 0.5 else None))
        # A child without a head joins another tail company (a small family).
        small_parents = tail[wanted : wanted + max(1, wanted // 3)]
        return [(child, parent or self.rng.choice(small_parents)) for child, parent in links]

    def targets(self) -> Iterator[tuple]:
        self.target_ids = list(range(self.first_id[Target], self.first_id[Target] + len(TARGETS)))
        for pk, name in zip(self.target_ids, TARGETS, strict=True):
            label = name if self.target_ids[0] == 1 else f"{name} ({self.seed}-{pk})"
            yield pk, label, fold(label)

    def indications(self) -> Iterator[tuple]:
        first = self.first_id[Indication]
        self.indication_ids = list(range(first, first + len(self.indication_names)))
        for pk, name in zip(self.indication_ids, self.indication_names, strict=True):
            label = name if first == 1 else f"{name} ({self.seed}-{pk})"
            yield pk, label, fold(label)

    def drugs(self) -> Iterator[tuple]:
        owners = []
        for pk in self.drug_ids:
            stem, modality = self.rng.choice(INN_STEMS)
            name = f"{self.word(self.rng.choice((2, 3)))}{stem}"
            owner = self.company() if self.rng.random() < 0.95 else None
            owners.append(owner)
            yield (pk, name, f"{_slug(name)}-{pk}", owner, modality, *self.reviewed())
        # A drug is named in deals about as often as its owner is active.
        owner_weight = {
            company_id: self.company_cumulative[i] - (self.company_cumulative[i - 1] if i else 0)
            for i, company_id in enumerate(self.company_ids)
        }
        self.drug_cumulative = list(
            itertools.accumulate(
                owner_weight.get(owner, 1 / len(self.company_ids)) for owner in owners
            )
        )

    def drug_aliases(self) -> Iterator[tuple]:
        pk = self.first_id[DrugAlias]
        for drug_id in self.drug_ids:
            letters = "".join(
                self.rng.choice("ABCDHJKLMQRSTXYZ") for _ in range(self.rng.choice((2, 3)))
            )
            code = f"{letters}-{drug_id}"
            yield pk, drug_id, code, name_key(code)
            pk += 1

    def drug_targets(self) -> Iterator[tuple]:
        pk = self.first_id[Drug.targets.through]
        for drug_id in self.drug_ids:
            for target_id in self.rng.sample(self.target_ids, self.rng.choice((0, 1, 1, 2))):
                yield pk, drug_id, target_id
                pk += 1

    def drug_indications(self) -> Iterator[tuple]:
        pk = self.first_id[Drug.indications.through]
        for drug_id in self.drug_ids:
            for indication_id in self.rng.sample(self.indication_ids, self.rng.choice((0, 1, 2))):
                yield pk, drug_id, indication_id
                pk += 1

    def deals(self) -> Iterator[tuple]:
        self.deal_links = {"parties": [], "drugs": [], "indications": []}
        first = self.first_id[Deal]
        for pk in range(first, first + self.sizes["deals"]):
            kind = self.pickers["deal_type"].pick()
            announced, precision = self.date(missing=0.05)
            signed = announced if announced and self.rng.random() < 0.3 else None
            money_terms = self.rng.random() < 0.5
            upfront = total = milestones = None
            upfront_currency = total_currency = milestones_currency = ""
            if money_terms:
                currency = self.pickers["currency"].pick()
                upfront = Decimal(int(round(self.rng.lognormvariate(17, 1.5), -4)))
                upfront_currency = currency
                if self.rng.random() < 0.7:
                    milestones = Decimal(int(round(float(upfront) * self.rng.uniform(2, 20), -4)))
                    milestones_currency = currency
                if self.rng.random() < 0.8:
                    total = upfront + (milestones or 0)
                    total_currency = currency
            yield (
                pk,
                kind,
                self.rng.choice((True, True, False, None)),
                self.pickers["territory"].pick(),
                announced,
                precision,
                signed,
                "day",
                money_terms,
                upfront,
                upfront_currency,
                True if money_terms else None,
                milestones,
                milestones_currency,
                True if milestones else None,
                self.rng.choice((True, False, None)) if money_terms else None,
                total,
                total_currency,
                *self.reviewed(),
                *self.deal_value(
                    upfront,
                    upfront_currency,
                    milestones,
                    milestones_currency,
                    total,
                    total_currency,
                    announced,
                ),
            )
            roles = ROLES.get(kind, ("partner", "partner"))
            first_party = self.company()
            second_party = self.company()
            while second_party == first_party:
                second_party = self.company()
            self.deal_links["parties"] += [
                (pk, first_party, roles[0]),
                (pk, second_party, roles[1]),
            ]
            if self.rng.random() < 0.05:  # a third partner now and then
                third = self.company()
                if third not in (first_party, second_party):
                    self.deal_links["parties"].append((pk, third, roles[1]))
            drugs = {self.drug() for _ in range(self.rng.choice((0, 1, 1, 1, 2)))}
            self.deal_links["drugs"] += [(pk, drug) for drug in drugs]
            if self.rng.random() < 0.5:
                self.deal_links["indications"].append((pk, self.rng.choice(self.indication_ids)))

    @staticmethod
    def deal_value(
        upfront, upfront_currency, milestones, milestones_currency, total, total_currency, announced
    ) -> tuple:
        """The headline value and its USD equivalent, as Deal.save() computes them."""
        fields = deal_value(
            upfront=money(upfront, upfront_currency),
            milestones=money(milestones, milestones_currency),
            total=money(total, total_currency),
            announced_on=announced,
        )
        return tuple(fields[name] for name in DEAL_VALUE_FIELDS)

    def deal_parties(self) -> Iterator[tuple]:
        pk = self.first_id[DealParty]
        for deal_id, company_id, role in self.deal_links.pop("parties"):
            yield pk, deal_id, company_id, role
            pk += 1

    def deal_drugs(self) -> Iterator[tuple]:
        pk = self.first_id[Deal.drugs.through]
        for deal_id, drug_id in self.deal_links.pop("drugs"):
            yield pk, deal_id, drug_id
            pk += 1

    def deal_indications(self) -> Iterator[tuple]:
        pk = self.first_id[Deal.indications.through]
        for deal_id, indication_id in self.deal_links.pop("indications"):
            yield pk, deal_id, indication_id
            pk += 1

    def designations(self) -> Iterator[tuple]:
        seen = set()
        pk = self.first_id[Designation]
        types = [value for value in Designation.Type.values]
        diseases = [""] * 4 + self.indication_names
        while pk < self.first_id[Designation] + self.sizes["designations"]:
            drug = self.drug()
            key = (
                drug,
                self.pickers["agency"].pick(),
                self.rng.choice(types),
                self.rng.choice(diseases),
            )
            if key in seen:
                continue
            seen.add(key)
            when, precision = self.date()
            yield (pk, *key, self.pickers["status"].pick(), when, precision, *self.reviewed())
            pk += 1

    def events(self) -> Iterator[tuple]:
        first = self.first_id[CompanyEvent]
        for pk in range(first, first + self.sizes["events"]):
            kind = self.pickers["event_type"].pick()
            when, precision = self.date()
            amount, currency = None, ""
            if kind == "financing":
                amount, currency = int(round(self.rng.lognormvariate(17, 1.2), -4)), "USD"
            summary = f"{kind.replace('_', ' ').capitalize()} {self.word(2)} {pk}"
            yield (
                pk,
                self.company(),
                kind,
                when,
                precision,
                summary,
                amount,
                currency,
                *self.reviewed(),
            )

    def documents_rows(self) -> Iterator[tuple]:
        for pk in self.document_ids:
            published, precision = self.date(missing=0)
            text = (
                f"Synthetic release {pk}. {self.company_names[self.company()]} announced "
                f"news on {published.isoformat()}. This text was generated for benchmarks."
            )
            yield (
                pk,
                f"Synthetic release {pk}",
                published,
                precision,
                "en",
                "",
                f"{SYNTHETIC_PREFIX}{self.seed}/{pk}.txt",
                "text/plain",
                text,
                "",
                "done",
                "",
                None,
                "synthetic",
                "",
                self.now,
                self.now,
            )

    def provenance(self, content_types: dict) -> Iterator[tuple]:
        """One quote per fact of every kind, in a random synthetic document."""
        pk = self.first_id[Provenance]
        quote = "This text was generated for benchmarks."
        for model, size in [
            (Company, "companies"),
            (Drug, "drugs"),
            (Deal, "deals"),
            (Designation, "designations"),
            (CompanyEvent, "events"),
        ]:
            first = self.first_id[model]
            for object_id in range(first, first + self.sizes[size]):
                yield (
                    pk,
                    self.document(),
                    content_types[model],
                    object_id,
                    quote,
                    None,
                    None,
                    self.now,
                )
                pk += 1


_MODELS = [
    Company,
    CompanyAlias,
    Listing,
    Drug,
    DrugAlias,
    Target,
    Indication,
    Deal,
    DealParty,
    Designation,
    CompanyEvent,
    Document,
    Provenance,
]
DEAL_VALUE_FIELDS = [
    "value_basis",
    "value_amount",
    "value_currency",
    "value_usd",
    "usd_rate",
    "usd_rate_on",
    "usd_missing",
]
_THROUGH = [
    Drug.targets.through,
    Drug.indications.through,
    Deal.drugs.through,
    Deal.indications.through,
]
REVIEWED = [
    "review_state",
    "reviewed_by",
    "reviewed_at",
    "curated_fields",
    "created_at",
    "updated_at",
]
# Per table: the model and its columns, in the order Catalogue's rows give them.
TABLES: list[tuple[str, type[models.Model], list[str]]] = [
    ("companies", Company, ["id", "name", "slug", "parent", "country", "website", *REVIEWED]),
    ("company_aliases", CompanyAlias, ["id", "company", "name", "key"]),
    ("listings", Listing, ["id", "company", "symbol", "exchange"]),
    ("targets", Target, ["id", "name", "key"]),
    ("indications", Indication, ["id", "name", "key"]),
    ("drugs", Drug, ["id", "name", "slug", "owner", "modality", *REVIEWED]),
    ("drug_aliases", DrugAlias, ["id", "drug", "name", "key"]),
    ("drug_targets", Drug.targets.through, ["id", "drug", "target"]),
    ("drug_indications", Drug.indications.through, ["id", "drug", "indication"]),
    (
        "deals",
        Deal,
        [
            "id",
            "type",
            "exclusive",
            "territory",
            "announced_on",
            "announced_precision",
            "signed_on",
            "signed_precision",
            "has_terms",
            "upfront_amount",
            "upfront_currency",
            "upfront_disclosed",
            "milestones_amount",
            "milestones_currency",
            "milestones_disclosed",
            "royalties_disclosed",
            "total_value_amount",
            "total_value_currency",
            *REVIEWED,
            *DEAL_VALUE_FIELDS,
        ],
    ),
    ("deal_parties", DealParty, ["id", "deal", "company", "role"]),
    ("deal_drugs", Deal.drugs.through, ["id", "deal", "drug"]),
    ("deal_indications", Deal.indications.through, ["id", "deal", "indication"]),
    (
        "designations",
        Designation,
        [
            "id",
            "drug",
            "agency",
            "type",
            "indication",
            "status",
            "date",
            "date_precision",
            *REVIEWED,
        ],
    ),
    (
        "events",
        CompanyEvent,
        [
            "id",
            "company",
            "type",
            "date",
            "date_precision",
            "summary",
            "amount_amount",
            "amount_currency",
            *REVIEWED,
        ],
    ),
    (
        "documents_rows",
        Document,
        [
            "id",
            "title",
            "published_on",
            "published_precision",
            "language",
            "source_url",
            "file_name",
            "media_type",
            "text",
            "content_hash",
            "status",
            "error",
            "extraction",
            "extractor_version",
            "ingested_hash",
            "ingested_at",
            "created_at",
        ],
    ),
    (
        "provenance",
        Provenance,
        ["id", "document", "content_type", "object_id", "quote", "start", "end", "created_at"],
    ),
]


def _max_id(model) -> int:
    return model.objects.aggregate(top=models.Max("pk"))["top"] or 0


def _slug(name: str) -> str:
    from django.utils.text import slugify

    return slugify(name)[:200] or "x"


def _defaults(model, fields: list[str]) -> tuple[list[str], tuple]:
    """The model's other columns and their defaults: fields added later still get a value."""
    names, values = [], []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)} LIMIT 0")
        present = {column[0] for column in cursor.description}
    for field in model._meta.concrete_fields:
        if field.name in fields or field.attname in fields or field.column not in present:
            continue
        value = field.get_default()
        if isinstance(value, dict | list):
            value = json.dumps(value)
        names.append(field.name)
        values.append(value)
    return names, tuple(values)


def table_write(model, fields: list[str], rows: Iterable[tuple], *, progress: Callable) -> int:
    """Write the rows into the model's table in bulk; returns how many were written."""
    table = model._meta.db_table
    extra_fields, extra_values = _defaults(model, fields)
    if extra_values:
        rows = (row + extra_values for row in rows)
    columns = [model._meta.get_field(name).column for name in [*fields, *extra_fields]]
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    written = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor  # psycopg 3: COPY ... FROM STDIN, one row at a time
            with raw.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    written += 1
                    if written % BATCH_ROWS == 0:
                        progress(BATCH_ROWS)
        else:
            marks = ", ".join(["%s"] * len(columns))
            sql = f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES ({marks})"
            rows = iter(rows)
            while batch := list(itertools.islice(rows, BATCH_ROWS)):
                cursor.executemany(sql, [_sqlite_row(row) for row in batch])
                written += len(batch)
                progress(len(batch))
    progress(written % BATCH_ROWS if connection.vendor == "postgresql" else 0)
    return written


def _sqlite_row(row: tuple) -> tuple:
    return row


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
            for method, model, fields in TABLES:
                bar.set_description(method)
                rows = (
                    catalogue.provenance(content_types)
                    if method == "provenance"
                    else getattr(catalogue, method)()
                )
                table_write(model, fields, rows, progress=bar.update)
            links = catalogue.parent_links()
            self._set_parents(links)
            self._reset_sequences()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # plans from the real row counts, as autovacuum would
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {sizes['companies']} companies ({len(links)} subsidiaries), "
                f"{sizes['drugs']} drugs, {sizes['deals']} deals, "
                f"{sizes['designations']} designations, {sizes['events']} events, "
                f"{catalogue.documents} documents in {time.monotonic() - began:.0f} s."
            )
        )

    @staticmethod
    def _set_parents(links: list[tuple[int, int]]) -> None:
        table = connection.ops.quote_name(Company._meta.db_table)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    f"UPDATE {table} SET parent_id = link.parent FROM "
                    "unnest(%s::bigint[], %s::bigint[]) AS link(child, parent) "
                    f"WHERE {table}.id = link.child",
                    [[child for child, _ in links], [parent for _, parent in links]],
                )
            else:
                cursor.executemany(
                    f"UPDATE {table} SET parent_id = %s WHERE id = %s",
                    [(parent, child) for child, parent in links],
                )

    @staticmethod
    def _reset_sequences() -> None:
        statements = connection.ops.sequence_reset_sql(no_style(), [*_MODELS, *_THROUGH])
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
