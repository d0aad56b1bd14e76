"""The review queue: unreviewed facts of every kind, newest source document first."""

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse

from apps.sources.models import Provenance

# What each queue row shows beside the fact itself, fetched up front.
REVIEWED_MODELS = {
    "deals.Deal": ("parties__company",),
    "regulatory.Designation": ("drug",),
    "companies.CompanyEvent": ("company",),
    "companies.Company": (),
    "drugs.Drug": ("owner",),
}


@dataclass
class QueueItem:
    """One unreviewed fact with the quotes that state it."""

    fact: models.Model
    sources: list = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.fact._meta.label_lower}:{self.fact.pk}"

    @property
    def admin_url(self) -> str:
        opts = self.fact._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.fact.pk])

    @property
    def kind(self) -> str:
        return self.fact._meta.verbose_name

    @property
    def confidence(self) -> float | None:
        """The extractor's highest confidence over the fact's quotes; None when none says."""
        return max(
            (row.confidence for row in self.sources if row.confidence is not None), default=None
        )

    @property
    def rules(self) -> list[str]:
        """The extractor rules that produced the fact, one per quote that names one."""
        return sorted({row.rule for row in self.sources if row.rule})

    @property
    def newest(self) -> tuple[dt.date, int]:
        """The newest source document: published date (else when stored), then id."""
        dates = [
            (row.document.published_on or row.document.created_at.date(), row.document_id)
            for row in self.sources
        ]
        return max(dates, default=(dt.date.min, 0))


def reviewed_models() -> list[type[models.Model]]:
    return [apps.get_model(label) for label in REVIEWED_MODELS]


# Facts loaded (with their quotes and documents) per query when the whole queue is read.
QUEUE_CHUNK = 500
NO_SOURCE = (dt.date.min, 0)  # a fact without a source sorts after every sourced one


def _newest_source(model: type[models.Model]) -> dict:
    """Annotations: the newest source document's day (published, else stored) and id."""
    day = Coalesce("document__published_on", TruncDate("document__created_at", tzinfo=dt.UTC))
    newest = (
        Provenance.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id=OuterRef("pk")
        )
        .annotate(day=day)
        .order_by("-day", "-document_id")
    )
    return {
        "newest_day": Subquery(newest.values("day")[:1]),
        "newest_document": Subquery(newest.values("document_id")[:1]),
    }


class ReviewQueue(Sequence):
    """Unreviewed facts sorted by keys alone (kind, id, newest document), loaded per slice.

    Sorting 40,000 facts needs one light query per kind; a page of 100 loads only its own
    facts with their quotes, so the queue costs the same with ten facts or a backlog.
    """

    def __init__(self, keys: list[tuple[str, int]]):
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._items(self._keys[index])
        return self._items([self._keys[index]])[0]

    def __iter__(self):
        for start in range(0, len(self._keys), QUEUE_CHUNK):
            yield from self._items(self._keys[start : start + QUEUE_CHUNK])

    def counts(self) -> dict[str, int]:
        """How many facts of each kind ("deals.deal") wait."""
        return dict(Counter(label for label, _pk in self._keys))

    def of_kind(self, label: str) -> "ReviewQueue":
        return ReviewQueue([key for key in self._keys if key[0] == label])

    def _items(self, keys: list[tuple[str, int]]) -> list[QueueItem]:
        loaded = {}
        for label, related in REVIEWED_MODELS.items():
            model = apps.get_model(label)
            ids = [pk for key_label, pk in keys if key_label == model._meta.label_lower]
            if not ids:
                continue
            facts = model.objects.filter(pk__in=ids).prefetch_related(
                Prefetch("sources", queryset=_quotes()), *related
            )
            for fact in facts:
                loaded[(model._meta.label_lower, fact.pk)] = QueueItem(
                    fact=fact, sources=list(fact.sources.all())
                )
        return [loaded[key] for key in keys if key in loaded]


def _quotes():
    """Provenance rows with their documents in one query (the extraction JSON is not shown)."""
    return Provenance.objects.select_related("document").defer("document__extraction")


def _best_confidence(model: type[models.Model]) -> Subquery:
    """The highest confidence the fact's provenance rows record (null when none does)."""
    rows = Provenance.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id=OuterRef("pk"),
        confidence__isnull=False,
    ).order_by("-confidence")
    return Subquery(rows.values("confidence")[:1])


QUEUE_ORDERS = {"newest": "newest document first", "confidence": "lowest confidence first"}


def review_queue(
    *, kinds: list[type[models.Model]] | None = None, order: str = "newest"
) -> ReviewQueue:
    """Every unreviewed fact (of these kinds): `order` "newest" puts the one from the newest
    document first; "confidence" the one the extractor was least sure of (QueueItem.confidence),
    facts with no confidence recorded last, ties newest first. ValueError for another order."""
    if order not in QUEUE_ORDERS:
        raise ValueError(f"order is one of {', '.join(QUEUE_ORDERS)}")
    keys = []
    for model in reviewed_models():
        if kinds is not None and model not in kinds:
            continue
        rows = (
            model.objects.unreviewed()
            .order_by()
            .annotate(**_newest_source(model), confidence=_best_confidence(model))
            .values_list("pk", "newest_day", "newest_document", "confidence")
        )
        label = model._meta.label_lower
        keys += [
            (label, pk, (day, document) if document is not None else NO_SOURCE, confidence)
            for pk, day, document, confidence in rows
        ]
    # As QueueItem.newest then the id, newest first (the sort is stable across kinds).
    keys.sort(key=lambda key: (key[2], key[1]), reverse=True)
    if order == "confidence":  # stable: equal confidences stay newest first
        keys.sort(key=lambda key: (key[3] is None, key[3] or 0.0))
    return ReviewQueue([(label, pk) for label, pk, _newest, _confidence in keys])


def queue_facts(keys: list[str]) -> list[models.Model]:
    """The facts named by queue keys ("deals.deal:12"); unknown kinds are ignored."""
    allowed = {model._meta.label_lower: model for model in reviewed_models()}
    wanted: dict[type[models.Model], list[int]] = {}
    for key in keys:
        label, _, pk = key.partition(":")
        if label in allowed and pk.isdigit():
            wanted.setdefault(allowed[label], []).append(int(pk))
    facts = []
    for model, pks in wanted.items():
        facts.extend(model.objects.filter(pk__in=pks))
    return facts
