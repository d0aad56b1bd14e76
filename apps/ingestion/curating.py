"""A load's writes on facts that curators may have touched: the curator's value stays.

A field named in `curated_fields`, or any field of a fact a curator approved or rejected,
is the curator's: a differing extracted value is recorded as a Disagreement instead of
written (apps/curation shows it beside the fact, where the curator may take it).
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models

from apps.companies.models import Company
from apps.core.models import ReviewState
from apps.curation.models import Disagreement
from apps.deals.models import Deal
from apps.deals.services import deal_parties_add
from apps.sources.models import Document


@dataclass
class LoadSummary:
    """What one load changed: rows new, updated and gone per kind, and disagreements."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    disagreements: int = 0

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed or self.disagreements)

    def __str__(self) -> str:
        parts = [f"{n} {kind} new" for kind, n in sorted(self.created.items())]
        parts += [f"{n} {kind} updated" for kind, n in sorted(self.updated.items())]
        parts += [f"{n} {kind} gone" for kind, n in sorted(self.removed.items())]
        if self.disagreements:
            parts.append(f"{self.disagreements} curator disagreements")
        return ", ".join(parts) or "no change"


def kept(fact: models.Model, name: str) -> bool:
    """Is this field the curator's? Edited by hand, or the whole fact reviewed."""
    if name in (fact.curated_fields or []):
        return True
    return getattr(fact, "review_state", ReviewState.UNREVIEWED) != ReviewState.UNREVIEWED


class CuratedWrites:
    """Writes of one load on one document, counted in its summary."""

    def __init__(self, document: Document, summary: LoadSummary):
        self.document = document
        self.summary = summary
        self.new: set[tuple[str, int]] = set()  # facts created by this load

    def created(self, fact: models.Model, kind: str) -> None:
        self.new.add((fact._meta.label, fact.pk))
        self.summary.count(self.summary.created, kind)

    def assign(self, fact: models.Model, values: dict, *, kind: str) -> None:
        """Set extracted values that are known; curated fields keep the curator's value."""
        changed = []
        for name, value in values.items():
            if value is None or value == "":
                continue  # a release that does not mention a term does not erase it
            if getattr(fact, name) == value:
                continue
            if kept(fact, name):
                Disagreement.record(fact=fact, field=name, extracted=value, document=self.document)
                self.summary.disagreements += 1
                continue
            setattr(fact, name, value)
            changed.append(name)
        if changed:
            fact.save()
            if (fact._meta.label, fact.pk) not in self.new:
                self.summary.count(self.summary.updated, kind)

    def relate(self, fact: models.Model, name: str, wanted: list[models.Model]) -> None:
        """Add the extracted related rows the fact lacks, unless the relation is the curator's."""
        have = list(getattr(fact, name).all())
        have_ids = {row.pk for row in have}
        missing = [row for row in wanted if row.pk not in have_ids]
        if not missing:
            # Nothing to add. Not even an empty .add(): django-simple-history writes a
            # history row for every m2m_changed signal, even one that adds nothing.
            return
        if not kept(fact, name):
            getattr(fact, name).add(*missing)
            return
        self._disagree(
            fact,
            name,
            curator="; ".join(sorted(str(row) for row in have)),
            extracted="; ".join(sorted(str(row) for row in {*have, *wanted})),
        )

    def parties(self, deal: Deal, parties: set[tuple[int, str]]) -> None:
        """Add the (company id, role) parties the deal lacks, unless they are the curator's."""
        have = set(deal.parties.values_list("company_id", "role"))
        if parties <= have:
            return
        if not kept(deal, "parties"):
            deal_parties_add(deal=deal, parties=parties)
            return
        ids = {company_id for company_id, _ in have | parties}
        names = dict(Company.objects.filter(pk__in=ids).values_list("pk", "name"))

        def text(rows):
            return "; ".join(sorted(f"{names[c]} ({role})" for c, role in rows))

        self._disagree(deal, "parties", curator=text(have), extracted=text(have | parties))

    def _disagree(self, fact: models.Model, name: str, *, curator: str, extracted: str) -> None:
        Disagreement.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(fact),
            object_id=fact.pk,
            field=name,
            document=self.document,
            defaults={"curator_value": curator, "extracted_value": extracted},
        )
        self.summary.disagreements += 1
