"""Celery tasks: thin wrappers that pass ids and call the services; and the writes that
queue them (document_enqueue, url_document_queue, document_add, stuck_documents_requeue),
so that services.py never imports this module.

`acks_late` is safe because every service is idempotent: a task redelivered after a
worker died loads the same facts again and changes nothing. Transient failures (the
database or the network) are retried with exponential backoff; bad input
(DocumentError, ExtractionError) fails at once and the task result holds the message.
"""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone

from apps.ingestion import http as safe_http
from apps.ingestion.curating import LoadSummary
from apps.ingestion.services import (
    FetchError,
    document_fetch,
    document_store,
    document_sync,
    stale_documents,
    url_documents,
    url_file_name,
)
from apps.sources.models import Document

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


# -- queueing work ---------------------------------------------------------


def document_enqueue(document: Document, *, force: bool = False) -> None:
    """Mark the document queued and send it to a worker once this transaction commits."""
    Document.objects.filter(pk=document.pk).update(status=Document.Status.QUEUED, error="")
    document.status = Document.Status.QUEUED
    document.error = ""
    task = reingest_document if force else ingest_document
    pk = document.pk
    transaction.on_commit(lambda: task.delay(pk))


def url_document_queue(*, url: str, title: str = "") -> tuple[Document, bool]:
    """Keep this URL as a document and have a worker fetch and ingest it; never fetches here.

    A web request must not wait on someone else's server, so the URL is only checked
    (http(s), no credentials, a public address: http.url_check, which raises UnsafeURLError
    or another FetchError) and stored; `fetch_url_and_ingest` runs after commit. Returns the
    document and whether the URL was new (False: it was known, and is fetched again).
    """
    safe_http.url_check(url)
    with transaction.atomic():
        document, created = Document.objects.get_or_create(
            source_url=url,
            defaults={"title": title[:500], "file_name": url_file_name(url)},
        )
        Document.objects.filter(pk=document.pk).update(status=Document.Status.QUEUED, error="")
        document.status, document.error = Document.Status.QUEUED, ""
        transaction.on_commit(lambda: fetch_url_and_ingest.delay(url))
    return document, created


def document_add(
    *,
    data: bytes | None = None,
    file_name: str = "",
    media_type: str = "",
    url: str = "",
    title: str = "",
) -> tuple[Document, str]:
    """A document a curator gives in the admin: a file's bytes or pasted text, or a URL.

    Returns the document and what it was already known by: "" (new: queued for ingestion,
    or for a fetch when a URL), "text" (the same text is stored: nothing changes) or "url"
    (the URL is known: a worker fetches it again). A title, when given, names a new
    document; else the reader's title stays. Bad input (DocumentError, or an unsafe URL's
    FetchError) writes nothing.
    """
    with transaction.atomic():
        if url:
            document, created = url_document_queue(url=url, title=title)
            return document, "" if created else "url"
        document, created = document_store(data=data, file_name=file_name, media_type=media_type)
        if not created:
            return document, "text"
        if title:
            document.title = title[:500]
            document.save(update_fields=["title"])
        document_enqueue(document)  # runs after commit, in-process when no broker
    return document, ""


STUCK_MARK = "re-queued: the worker running it stopped"


def stuck_documents_requeue(*, older_than: timedelta) -> tuple[int, int]:
    """Re-queue documents left `running` longer than `older_than`: their worker died.

    A worker killed mid-task (out of memory, a deploy, the hard time limit) never marks its
    document done or failed. Re-queued once; a document stuck a second time fails with
    the reason instead, so a document that kills its worker does not do it forever.
    Returns (re-queued, failed).
    """
    cutoff = timezone.now() - older_than
    stuck = Document.objects.filter(status=Document.Status.RUNNING).filter(
        Q(started_at__lt=cutoff) | Q(started_at__isnull=True)
    )
    requeued = failed = 0
    for document in stuck.order_by("pk"):
        if document.error.startswith(STUCK_MARK):
            Document.objects.filter(pk=document.pk, status=Document.Status.RUNNING).update(
                status=Document.Status.FAILED,
                error=f"its worker stopped twice while running it (killed, or over the time "
                f"limit of {int(older_than.total_seconds())} s); re-ingest it to try again",
            )
            failed += 1
            continue
        document_enqueue(document, force=True)
        Document.objects.filter(pk=document.pk).update(
            error=f"{STUCK_MARK} after running since {document.started_at:%Y-%m-%d %H:%M} UTC"
            if document.started_at
            else STUCK_MARK
        )
        requeued += 1
    return requeued, failed


# -- tasks -------------------------------------------------------------------


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
