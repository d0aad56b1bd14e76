"""Dated facts about one drug or company: regulatory designations and company events."""

from collections.abc import Iterator

from apps.companies.models import CompanyEvent
from apps.regulatory.models import Designation

from .base import Base


class EventRows(Base):
    """Designation rows (one per drug, agency, type and indication) and company event rows."""

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
