"""Targets, indications, drugs (owned by popular companies more often), code names and links."""

import itertools
from collections.abc import Iterator

from apps.core.names import fold, name_key
from apps.drugs.models import Drug, DrugAlias, Indication, Target

from .base import Base, slug
from .vocabulary import INN_STEMS, TARGETS


class DrugRows(Base):
    """Drug rows; drugs() also sets the drug popularity that deals and designations draw by."""

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
            yield (pk, name, f"{slug(name)}-{pk}", owner, modality, *self.reviewed())
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
