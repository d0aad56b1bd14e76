"""Beat's analytics run: keep the unfiltered page cached, and the change log short."""

from celery import shared_task
from django.http import QueryDict

from .report import analytics_report


@shared_task(ignore_result=True)
def analytics_warm() -> None:
    """Compute the unfiltered page's aggregates if the facts changed since they were cached
    (1 query when nothing changed), so its first visitor after an ingest does not wait for
    them (about 4 s at a million facts). Reading the facts version also folds the FactChange
    rows written since the last run (apps/analytics/freshness.py)."""
    analytics_report(QueryDict(""))
