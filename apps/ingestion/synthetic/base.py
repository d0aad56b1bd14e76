"""The shared state of a synthetic catalogue: the seeded generator, sizes, ids and pickers."""

import bisect
import datetime as dt
import itertools
import random

from django.db import models
from django.utils import timezone
from django.utils.text import slugify

from apps.companies.models import Company
from apps.drugs.models import Drug
from apps.sources.models import Document

from .tables import MODELS, THROUGH
from .vocabulary import (
    AGENCIES,
    COMPANY_SUFFIXES,
    CURRENCIES,
    DEAL_TYPES,
    DISEASE_KINDS,
    DISEASE_WORDS,
    EVENT_TYPES,
    OTHER_DISEASES,
    PRECISIONS,
    REVIEW_STATES,
    STATUSES,
    SYLLABLES,
    TERRITORIES,
)

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


class Picker:
    """Weighted choices from one random generator: pick() draws one value."""

    def __init__(self, rng: random.Random, pairs):
        self.rng = rng
        self.values = [value for value, _weight in pairs]
        self.cumulative = list(itertools.accumulate(weight for _value, weight in pairs))

    def pick(self):
        point = self.rng.random() * self.cumulative[-1]
        return self.values[bisect.bisect_right(self.cumulative, point)]


class Base:
    """The state every table's rows draw on: one seeded generator, the sizes, the first free id
    per table, company popularity, and the helpers that pick a company, drug, date or document."""

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
        self.first_id = {model: _max_id(model) + 1 for model in [*MODELS, *THROUGH]}
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
        self.documents = max(
            1, (deals + designations + events + companies + drugs) // FACTS_PER_DOCUMENT
        )
        self.document_ids = range(self.first_id[Document], self.first_id[Document] + self.documents)
        self.indication_names = self._indication_names()
        self.target_ids: list[int] = []
        self.indication_ids: list[int] = []

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


def _max_id(model) -> int:
    return model.objects.aggregate(top=models.Max("pk"))["top"] or 0


def slug(name: str) -> str:
    return slugify(name)[:200] or "x"
