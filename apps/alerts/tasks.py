"""Beat's digest run: find the searches due a digest, send each in a task of its own."""

from smtplib import SMTPException

from celery import shared_task

from .services import digest_send, due_digest_ids


@shared_task(bind=True)
def send_due_digests(self) -> int:
    """Queue one send_digest per search due; the fan-out goes to the queue this came on."""
    queue = (self.request.delivery_info or {}).get("routing_key")
    ids = due_digest_ids()
    for saved_search_id in ids:
        send_digest.apply_async((saved_search_id,), queue=queue)
    return len(ids)


# acks_late and retries are safe: digest_send records each period once, in the transaction
# that sends it.
@shared_task(
    acks_late=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=60,
    retry_kwargs={"max_retries": 5},
)
def send_digest(saved_search_id: int) -> str:
    record = digest_send(saved_search_id=saved_search_id)
    if record is None:
        return f"search {saved_search_id}: nothing to do"
    return f"search {saved_search_id}: {record.period}, {record.fact_count} new"
