"""Celery tasks: thin wrappers that pass ids and call the services.

`acks_late` is safe because every service is idempotent: a task redelivered after a
worker died loads the same facts again and changes nothing. Transient failures (the
database or the network) are retried with exponential backoff; bad input
(DocumentError, ExtractionError) fails at once and the task result holds the message.
"""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from apps.ingestion.loader import LoadSummary
from apps.ingestion.services import (
    FetchError,
    document_enqueue,
    document_fetch,
    document_sync,
    stale_documents,
    stuck_documents_requeue,
    url_documents,
)

TRANSIENT_ERRORS = (OperationalError, InterfaceError, FetchError, ConnectionError, TimeoutError)
# Time limits, acks_late and reject_on_worker_lost come from settings (CELERY_TASK_*), where
# the broker's visibility timeout is sized to fit them.
RETRYING = {
    "acks_late": True,
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": 30,  # seconds before the first retry, doubling each time
    "retry_backoff_max": settings.INGEST_RETRY_BACKOFF_MAX_SECONDS,
    "retry_jitter": True,
    "max_retries": 5,
}


@shared_task(**RETRYING)
def ingest_document(document_id: int) -> str:
    return _outcome(document_id, document_sync(document_id=document_id))


@shared_task(**RETRYING)
def reingest_document(document_id: int) -> str:
    return _outcome(document_id, document_sync(document_id=document_id, force=True))


@shared_task(**RETRYING)
def fetch_url_and_ingest(url: str) -> str:
    document = document_fetch(url=url)
    return _outcome(document.pk, document_sync(document_id=document.pk))


@shared_task(acks_late=True)
def reingest_stale_documents() -> int:
    """Queue every document extracted by an older extractor; returns how many."""
    documents = list(stale_documents())
    for document in documents:
        document_enqueue(document)
    return len(documents)


@shared_task(acks_late=True)
def refetch_url_documents() -> int:
    """Queue a refetch of every document that came from a URL (run by celery beat)."""
    urls = list(url_documents().values_list("source_url", flat=True))
    for url in urls:
        fetch_url_and_ingest.delay(url)
    return len(urls)


@shared_task(acks_late=True)
def requeue_stuck_documents() -> str:
    """Re-queue documents left `running` past the task time limit (run by celery beat)."""
    limit = timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
    requeued, failed = stuck_documents_requeue(older_than=limit)
    return f"{requeued} stuck documents re-queued, {failed} failed"


def _outcome(document_id: int, summary: LoadSummary | None) -> str:
    if summary is None:
        return f"document {document_id}: already up to date"
    return f"document {document_id}: {summary}"
