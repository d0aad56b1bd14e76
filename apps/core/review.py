"""The review queue: unreviewed facts of every kind, newest source document first."""

import datetime as dt
from dataclasses import dataclass, field

from django.apps import apps
from django.db import models
from django.urls import reverse

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
    def newest(self) -> tuple[dt.date, int]:
        """The newest source document: published date (else when stored), then id."""
        dates = [
            (row.document.published_on or row.document.created_at.date(), row.document_id)
            for row in self.sources
        ]
        return max(dates, default=(dt.date.min, 0))


def reviewed_models() -> list[type[models.Model]]:
    return [apps.get_model(label) for label in REVIEWED_MODELS]


def review_queue() -> list[QueueItem]:
    """Every unreviewed fact, the one from the newest document first."""
    items = []
    for label, related in REVIEWED_MODELS.items():
        model = apps.get_model(label)
        facts = model.objects.unreviewed().prefetch_related("sources__document", *related)
        items.extend(QueueItem(fact=fact, sources=list(fact.sources.all())) for fact in facts)
    items.sort(key=lambda item: (item.newest, item.fact.pk), reverse=True)
    return items


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
