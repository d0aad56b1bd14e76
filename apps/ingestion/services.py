"""The ingestion pipeline: store a document, extract its facts, load them. Safe to repeat.

Commands, Celery tasks and the admin all call these functions; tests call them directly.
"""

import logging
from urllib.parse import urlsplit

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from apps.ingestion import extraction as extractor
from apps.ingestion import http as safe_http
from apps.ingestion.contract import ExtractionError
from apps.ingestion.curating import LoadSummary
from apps.ingestion.loader import facts_sync
from apps.ingestion.readers import DocumentError, read_document
from apps.ingestion.seeds import CURATED_VERSION
from apps.sources.models import Document, content_hash

logger = logging.getLogger(__name__)


class FetchError(DocumentError):
    """The URL could not be fetched (network down, timeout, server error): worth retrying."""


# -- storing documents ------------------------------------------------------


def document_create(
    *, data: bytes, file_name: str = "", media_type: str = "", source_url: str = ""
) -> Document:
    """Store one press release, queued for ingestion; the same text twice is one document.

    Bad input raises DocumentError and writes nothing.
    """
    return document_store(
        data=data, file_name=file_name, media_type=media_type, source_url=source_url
    )[0]


def document_store(
    *, data: bytes, file_name: str = "", media_type: str = "", source_url: str = ""
) -> tuple[Document, bool]:
    """Like document_create, and whether the text was new (False: the document holding it).

    Bad input raises DocumentError and writes nothing.
    """
    read = read_document(data, file_name=file_name, media_type=media_type)
    digest = content_hash(read.text)
    try:
        with transaction.atomic():
            return _document_store(read, digest, file_name=file_name, source_url=source_url)
    except IntegrityError:
        # Another request stored the same text (or URL) between our check and our insert.
        same_text = Document.objects.filter(content_hash=digest).first()
        return same_text or Document.objects.get(source_url=source_url), False


def _document_store(read, digest: str, *, file_name: str, source_url: str) -> tuple[Document, bool]:
    same_text = Document.objects.filter(content_hash=digest).first()
    if same_text is not None:
        return same_text, False
    same_url = (
        Document.objects.select_for_update().filter(source_url=source_url).first()
        if source_url
        else None
    )
    document = same_url or Document(source_url=source_url)
    document.set_text(read.text)
    document.title = read.title or document.title
    document.file_name = file_name[:255] or document.file_name
    document.media_type = read.media_type
    document.status = Document.Status.QUEUED
    document.error = ""
    document.save()
    return document, True


def document_fetch(*, url: str) -> Document:
    """Fetch a press release from the web and store it (updating the URL's document if known).

    The fetch is apps/ingestion/http.py's: public addresses only (checked after DNS and on
    every redirect), one deadline for the whole fetch, the size limit. A fetch worth retrying
    (network, deadline, HTTP 5xx/429) raises FetchError; a refused URL or a page that cannot
    be read raises DocumentError. Either way a document already stored for this URL is
    marked failed with the reason and keeps its text and facts.
    """
    try:
        data, media_type = url_read(url=url)
        document = document_create(
            data=data, file_name=url_file_name(url), media_type=media_type, source_url=url
        )
    except DocumentError as error:
        Document.objects.filter(source_url=url).update(
            status=Document.Status.FAILED, error=str(error)
        )
        raise
    if document.source_url != url:
        # The page's text is already another document's: the URL's own (queued, empty)
        # document says so instead of waiting for ever.
        Document.objects.filter(source_url=url, text="").update(
            status=Document.Status.FAILED,
            error=f"the page's text is already document {document.pk} ({document})",
        )
    return document


def url_read(*, url: str) -> tuple[bytes, str]:
    """The body and media type at this URL, fetched safely (apps/ingestion/http.py)."""
    try:
        result = safe_http.url_fetch(url=url)
    except safe_http.FetchError as error:
        if error.retryable:
            raise FetchError(str(error)) from error
        raise DocumentError(str(error)) from error
    return result.content, result.media_type


def url_file_name(url: str) -> str:
    """The last part of a URL's path, as a file name (at most 255 characters)."""
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1][:255]


# -- extracting and loading -------------------------------------------------


def document_sync(*, document_id: int, force: bool = False) -> LoadSummary | None:
    """Extract and load one document; the load summary, or None when nothing had to be done.

    The slow extraction runs without a lock; the load then rechecks, under a row lock, that
    no other worker loaded the same text with the same extractor meanwhile. A failure marks
    the document failed with the reason and leaves its previous facts as they were.
    """
    document = Document.objects.get(pk=document_id)
    digest = content_hash(document.text)
    if not force and _is_current(document, digest):
        return None
    # The error stays until the run ends: it may say this document's worker died before.
    Document.objects.filter(pk=document_id).update(
        status=Document.Status.RUNNING, started_at=timezone.now()
    )
    try:
        if not document.text.strip():
            raise DocumentError("the document has no text to extract facts from")
        extraction = _extract(document)
        with transaction.atomic():
            locked = Document.objects.select_for_update().get(pk=document_id)
            if not force and _is_current(locked, digest):
                return None  # another worker loaded this text first
            summary = facts_sync(document=locked, extraction=extraction)
            locked.extraction = extraction
            locked.extractor_version = extractor.EXTRACTOR_VERSION
            locked.ingested_hash = digest
            locked.ingested_at = timezone.now()
            locked.status = Document.Status.DONE
            locked.error = ""
            locked.save()
    except Exception as error:
        document_fail(document_id=document_id, error=error)
        raise
    logger.debug("document %s ingested: %s", document_id, summary)
    return summary


def _extract(document: Document) -> dict:
    """The extractor's output; input it refuses (a ValueError) is a DocumentError.

    The extractor raises ValueError subclasses with a message meant for people (e.g. a text
    over its length limit); the document's error shows that message, not a class name, and
    the task does not retry it.
    """
    try:
        return extractor.extract(document.text, title=document.title or None)
    except (DocumentError, ExtractionError):
        raise
    except ValueError as error:
        raise DocumentError(f"the extractor cannot read this document: {error}") from error


def _is_current(document: Document, digest: str) -> bool:
    return (
        document.ingested_hash == digest
        and document.extractor_version in (extractor.EXTRACTOR_VERSION, CURATED_VERSION)
        and document.status == Document.Status.DONE
    )


def document_fail(*, document_id: int, error: Exception) -> None:
    """Record why ingestion failed, where the admin and the task result show it."""
    message = str(error) if isinstance(error, DocumentError | ExtractionError) else repr(error)
    try:
        Document.objects.filter(pk=document_id).update(
            status=Document.Status.FAILED, error=message[:5000]
        )
    except DatabaseError:
        # The database itself is what failed; the caller re-raises the original error.
        logger.exception("could not mark document %s failed", document_id)


# -- choosing what to (re-)ingest ------------------------------------------


def stale_documents():
    """Documents whose facts came from an older extractor (curated seeds excepted)."""
    return (
        Document.objects.exclude(text="")
        .exclude(extractor_version__in=[extractor.EXTRACTOR_VERSION, CURATED_VERSION])
        .order_by("pk")
    )


def url_documents():
    """Documents fetched from the web, which the beat schedule refetches."""
    return Document.objects.exclude(source_url="").order_by("pk")


def reingestable_documents():
    """Every document with text, except seeds loaded from curated extractions."""
    return (
        Document.objects.exclude(text="")
        .filter(~Q(extractor_version=CURATED_VERSION))
        .order_by("pk")
    )
