"""Beat's digest task run by a real Celery worker on the Redis broker, mailing through a real
SMTP server. Needs PostgreSQL and Redis (skips otherwise, fails on CI: tests/ingestion)."""

import time
import uuid

import pytest
from django.utils import timezone

from apps.alerts.models import DigestSent, SavedSearch
from tests.factories import cite, make_company, make_deal, make_document
from tests.ingestion.test_worker import (
    TASK_TIMEOUT_SECONDS,
    broker_client,
    result_wait,
    services_ready,  # noqa: F401 - the fixture
    worker_start,
    worker_stop,
)

pytestmark = pytest.mark.broker


def test_a_real_worker_sends_the_due_digest_once(services_ready, smtp_server, tmp_path):  # noqa: F811
    port, inbox = smtp_server
    user = SavedSearch._meta.get_field("user").related_model.objects.create_user(
        "ana", "ana@example.org", "x"
    )
    search = SavedSearch.objects.create(
        user=user, name="Licences", list_key="deals", query="type=license", digest="daily"
    )
    SavedSearch.objects.filter(pk=search.pk).update(
        created_at=timezone.now() - timezone.timedelta(days=1)
    )
    deal = make_deal(parties=[make_company("Acme Bio"), make_company("Beta Pharma")])
    quote = "Acme Bio granted Beta Pharma an exclusive licence."
    cite(deal, make_document(quote), quote)
    type(deal).objects.filter(pk=deal.pk).update(
        created_at=timezone.now() - timezone.timedelta(hours=1)
    )

    queue = f"test-digest-{uuid.uuid4().hex[:12]}"
    log_path = tmp_path / "worker.log"
    process = worker_start(
        queue,
        log_path,
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
        SITE_URL="https://deals.example.org",
    )
    client = broker_client()
    try:
        first = client.send_task("apps.alerts.tasks.send_due_digests", queue=queue)
        assert result_wait(first, process, log_path, TASK_TIMEOUT_SECONDS).result == 1
        deadline = time.monotonic() + TASK_TIMEOUT_SECONDS
        while not DigestSent.objects.exists():  # the fanned-out send_digest, same queue
            assert process.poll() is None, log_path.read_text(errors="replace")[-5000:]
            assert time.monotonic() < deadline, log_path.read_text(errors="replace")[-5000:]
            time.sleep(0.2)
        again = client.send_task("apps.alerts.tasks.send_due_digests", queue=queue)
        assert result_wait(again, process, log_path, TASK_TIMEOUT_SECONDS).result == 0
        retried = client.send_task("apps.alerts.tasks.send_digest", args=[search.pk], queue=queue)
        result_wait(retried, process, log_path, TASK_TIMEOUT_SECONDS)
        assert retried.result == f"search {search.pk}: nothing to do"
    finally:
        worker_stop(process)
        client.close()

    assert len(inbox.messages) == 1
    message = inbox.messages[0]
    assert message["Subject"] == "dealtracker: 1 new in “Licences”"
    body = message.get_content()
    assert quote in body and f"https://deals.example.org{deal.get_absolute_url()}" in body
    record = DigestSent.objects.get()
    assert (record.saved_search_id, record.fact_count, record.emailed) == (search.pk, 1, True)
