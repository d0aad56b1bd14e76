"""Celery tasks for sources: thin wrappers that pass ids and call services.py.

Beat runs `poll_due_sources` every minute; it claims the due sources and queues one
`poll_source` each, which queues one `ingest_source_item` per new item. Every step is safe
to repeat (see services.py), so acks_late redelivery does no harm.
"""

from celery import shared_task

from .services import source_item_ingest, source_poll, sources_due_claim


@shared_task(acks_late=True)
def poll_due_sources() -> int:
    """Queue a poll of every due source; how many were queued."""
    source_ids = sources_due_claim()
    for source_id in source_ids:
        poll_source.delay(source_id)
    return len(source_ids)


@shared_task(acks_late=True)
def poll_source(source_id: int, force: bool = False) -> str:
    return str(source_poll(source_id=source_id, force=force))


@shared_task(acks_late=True)
def ingest_source_item(item_id: int) -> str:
    state = source_item_ingest(item_id=item_id)
    return f"item {item_id}: {state or 'already taken'}"
