"""Polling sources: claim the due ones, list their entries, fetch and store the new ones.

Tasks (tasks.py) and the admin call these; tests call them directly. Every function is safe
to run twice at once: a source is claimed by moving its next poll time under a row lock
(skip_locked on PostgreSQL), an item by one conditional UPDATE from `new` to `fetching`, and
an item is unique per (source, key), so two pollers never fetch or store one entry twice.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from apps.ingestion.http import FetchError
from apps.ingestion.readers import DocumentError
from apps.ingestion.services import document_create
from apps.ingestion.tasks import document_enqueue
from apps.sources.models import Document

from .listings import edgar_fetch, source_list, url_fetch
from .models import Source, SourceItem

logger = logging.getLogger(__name__)

State = SourceItem.State


@dataclass
class PollSummary:
    """What one poll did: entries listed, items queued for fetching, or the error."""

    source_id: int
    listed: int = 0
    queued: list[int] = field(default_factory=list)
    not_modified: bool = False
    error: str = ""
    skipped: str = ""

    def __str__(self) -> str:
        if self.skipped:
            return f"source {self.source_id}: skipped ({self.skipped})"
        if self.error:
            return f"source {self.source_id}: failed: {self.error}"
        if self.not_modified:
            return f"source {self.source_id}: not modified"
        return f"source {self.source_id}: {self.listed} listed, {len(self.queued)} to fetch"


# -- choosing what to poll --------------------------------------------------


def sources_due_claim(*, now=None) -> list[int]:
    """Claim every due source for one poll and return their ids.

    Each claimed source's next poll time moves one interval ahead (a lease: if the poll task
    is lost, the source is polled again then), so a second scheduler running at the same
    moment finds nothing due; rows another one holds are skipped, not waited for.
    """
    now = now or timezone.now()
    with transaction.atomic():
        due = list(
            Source.objects.due(now=now)
            .select_for_update(skip_locked=True)
            .order_by(F("next_poll_at").asc(nulls_first=True), "pk")
            .only("pk", "poll_interval_minutes")
        )
        for source in due:
            Source.objects.filter(pk=source.pk).update(next_poll_at=now + source.poll_interval)
    return [source.pk for source in due]


# -- polling one source -----------------------------------------------------


def source_poll(*, source_id: int, force: bool = False) -> PollSummary:
    """List one source and queue its new (or changed, or retryable) items for fetching.

    A disabled source is skipped unless `force`. A listing that cannot be read counts as a
    failure of the source (backoff, then disabled); it writes no item.
    """
    from .tasks import ingest_source_item

    summary = PollSummary(source_id=source_id)
    source = Source.objects.get(pk=source_id)
    if not source.enabled and not force:
        summary.skipped = "disabled"
        return summary
    try:
        listing = source_list(source)
    except (DocumentError, OSError) as error:  # FetchError and ListingError are DocumentErrors
        summary.error = source_fail(source_id=source_id, error=error)
        return summary
    except Exception as error:
        logger.exception("polling source %s failed", source_id)
        summary.error = source_fail(source_id=source_id, error=error)
        raise
    summary.listed = len(listing.entries)
    summary.not_modified = listing.not_modified
    with transaction.atomic():
        summary.queued = items_record(source=source, entries=listing.entries)
        source_succeed(source_id=source_id, etag=listing.etag, last_modified=listing.last_modified)
        for item_id in summary.queued:
            transaction.on_commit(lambda pk=item_id: ingest_source_item.delay(pk))
    return summary


def items_record(*, source: Source, entries) -> list[int]:
    """Record the listed entries; the ids of items to fetch now (at most
    INTAKE_MAX_ITEMS_PER_POLL, listing order): new ones, ones whose stamp changed, failed
    ones worth retrying, and ones left `new` or stuck `fetching` by an earlier poll."""
    now = timezone.now()
    stuck_before = now - timedelta(seconds=settings.INTAKE_FETCH_STUCK_SECONDS)
    keys = [entry.key for entry in entries]
    known = {item.key: item for item in SourceItem.objects.filter(source=source, key__in=keys)}
    to_fetch: list[int] = []
    for entry in entries:
        if len(to_fetch) >= settings.INTAKE_MAX_ITEMS_PER_POLL:
            break
        item = known.get(entry.key)
        if item is None:
            item, created = SourceItem.objects.get_or_create(
                source=source, key=entry.key, defaults={"title": entry.title, "stamp": entry.stamp}
            )
            if created:
                to_fetch.append(item.pk)
            continue
        again = SourceItem.objects.filter(pk=item.pk, state=item.state, stamp=item.stamp)
        if item.state == State.NEW:
            to_fetch.append(item.pk)  # queued before but never fetched (or over the cap)
        elif entry.stamp and entry.stamp != item.stamp and item.state != State.FETCHING:
            # Updated since we fetched it: fetch again (an unchanged text is then skipped).
            if again.update(stamp=entry.stamp, title=entry.title or item.title, state=State.NEW):
                to_fetch.append(item.pk)
        elif (
            item.state == State.FAILED
            and item.retryable
            and item.attempts < settings.INTAKE_ITEM_MAX_ATTEMPTS
        ):
            if again.update(state=State.NEW):
                to_fetch.append(item.pk)
        elif (
            item.state == State.FETCHING
            and item.claimed_at
            and item.claimed_at < stuck_before
            and again.update(state=State.NEW)  # its worker died mid-fetch
        ):
            to_fetch.append(item.pk)
    return to_fetch


def source_succeed(*, source_id: int, etag: str = "", last_modified: str = "") -> None:
    """Record a readable listing: failures reset, next poll one interval from now."""
    now = timezone.now()
    source = Source.objects.get(pk=source_id)
    Source.objects.filter(pk=source_id).update(
        last_polled_at=now,
        last_success_at=now,
        last_error="",
        consecutive_failures=0,
        next_poll_at=now + source.poll_interval,
        etag=etag[:500],
        last_modified=last_modified[:100],
    )


def source_fail(*, source_id: int, error: Exception) -> str:
    """Record a failed poll: the wait doubles per failure in a row (capped at
    INTAKE_BACKOFF_MAX_MINUTES); at INTAKE_DISABLE_AFTER_FAILURES the source is disabled.
    Returns the message recorded."""
    message = str(error) if isinstance(error, DocumentError | OSError) else repr(error)
    now = timezone.now()
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=source_id)
        failures = source.consecutive_failures + 1
        wait = min(
            source.poll_interval * 2**failures,
            timedelta(minutes=settings.INTAKE_BACKOFF_MAX_MINUTES),
        )
        source.consecutive_failures = failures
        source.last_polled_at = now
        source.next_poll_at = now + wait
        source.last_error = message[:5000]
        if failures >= settings.INTAKE_DISABLE_AFTER_FAILURES:
            source.enabled = False
            source.last_error = f"disabled after {failures} failed polls in a row: {message}"[:5000]
        source.save(
            update_fields=[
                "consecutive_failures",
                "last_polled_at",
                "next_poll_at",
                "last_error",
                "enabled",
            ]
        )
    return source.last_error


def source_enable(*, source_id: int) -> None:
    """Enable a source again with a clean slate; it is polled at the next beat."""
    Source.objects.filter(pk=source_id).update(
        enabled=True, consecutive_failures=0, next_poll_at=timezone.now()
    )


# -- fetching one item ------------------------------------------------------


def source_item_ingest(*, item_id: int) -> str | None:
    """Fetch one item and store it as a document queued for extraction; its new state.

    None when another worker holds the item or it is no longer `new`. New is decided by
    URL (the item), then by content: the same bytes as last time are `unchanged`, a text
    already stored from elsewhere is a `duplicate`, a changed text updates the URL's
    document and re-ingests it (curator edits are kept by the loader). A failure is
    recorded on the item with its reason, and nothing is stored.
    """
    claimed_at = timezone.now()
    claimed = SourceItem.objects.filter(pk=item_id, state=State.NEW).update(
        state=State.FETCHING, claimed_at=claimed_at, attempts=F("attempts") + 1
    )
    if not claimed:
        return None
    item = SourceItem.objects.select_related("source").get(pk=item_id)
    try:
        state, document = _item_store(item, claimed_at=claimed_at)
    except (DocumentError, OSError) as error:
        _item_finish(item, State.FAILED, error=error)
        return State.FAILED
    except Exception as error:
        _item_finish(item, State.FAILED, error=error)
        raise
    return state


def _item_store(item: SourceItem, *, claimed_at) -> tuple[str, Document | None]:
    source = item.source
    url = "" if source.kind == Source.Kind.FOLDER else item.key
    data, media_type = _item_read(item)
    digest = hashlib.sha256(data).hexdigest()
    if digest == item.content_hash and item.document_id is not None:
        _item_finish(item, State.UNCHANGED, digest=digest)
        return State.UNCHANGED, item.document
    before = (
        Document.objects.filter(source_url=url).values_list("content_hash", flat=True).first()
        if url
        else None
    )
    with transaction.atomic():
        document = document_create(
            data=data, file_name=Path(item.key).name[:255], media_type=media_type, source_url=url
        )
        if document.created_at >= claimed_at:
            state = State.INGESTED
            Source.objects.filter(pk=source.pk).update(documents_count=F("documents_count") + 1)
        elif url and document.source_url == url and before != document.content_hash:
            state = State.INGESTED  # this URL's text changed: same document, re-extracted
        elif (url and document.source_url == url) or document.pk == item.document_id:
            state = State.UNCHANGED
        else:
            state = State.DUPLICATE  # the same text is already stored, from elsewhere
        if state == State.INGESTED:
            document_enqueue(document)
        _item_finish(item, state, digest=digest, document=document)
    return state, document


def _item_read(item: SourceItem) -> tuple[bytes, str]:
    """The item's bytes and media type: fetched safely, or read from the watched folder."""
    source = item.source
    if source.kind == Source.Kind.FOLDER:
        path = Path(item.key)
        size = path.stat().st_size
        if size > settings.INGEST_MAX_BYTES:
            raise DocumentError(
                f"the file is {size} bytes, over the limit of {settings.INGEST_MAX_BYTES} "
                "(setting INGEST_MAX_BYTES)"
            )
        return path.read_bytes(), ""
    fetch = edgar_fetch if source.kind == Source.Kind.EDGAR else _fetch
    fetched = fetch(item.key)
    return fetched.content, fetched.media_type


def _fetch(url: str):
    return url_fetch(url=url)


def _item_finish(
    item: SourceItem,
    state: str,
    *,
    error: Exception | None = None,
    digest: str = "",
    document: Document | None = None,
) -> None:
    changes = {"state": state, "fetched_at": timezone.now(), "error": "", "retryable": False}
    if error is not None:
        message = str(error) if isinstance(error, DocumentError | OSError) else repr(error)
        changes["error"] = message[:5000]
        changes["retryable"] = bool(getattr(error, "retryable", isinstance(error, OSError)))
    if digest:
        changes["content_hash"] = digest
    if document is not None:
        changes["document"] = document
    SourceItem.objects.filter(pk=item.pk).update(**changes)


__all__ = [
    "FetchError",
    "PollSummary",
    "source_enable",
    "source_fail",
    "source_item_ingest",
    "source_poll",
    "source_succeed",
    "sources_due_claim",
]
