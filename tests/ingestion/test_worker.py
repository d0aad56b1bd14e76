"""A real Celery worker process against a real Redis broker, writing into PostgreSQL.

Needs Redis (CELERY_TEST_BROKER_URL, default redis://127.0.0.1:6379/15) and a PostgreSQL
test database (DATABASE_URL=postgres://...). Without them the test is skipped, unless
DEALTRACKER_REQUIRE_SERVICES=1 (CI), where a missing broker fails it.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from celery import Celery
from django.conf import settings
from django.db import connection

from apps.companies.models import Company
from apps.ingestion import extraction as extractor
from apps.sources.models import Document, Provenance
from tests.factories import make_document

pytestmark = pytest.mark.broker

BROKER_URL = os.environ.get("CELERY_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
SEED = Path(settings.BASE_DIR) / "fixtures" / "seeds" / "000_22a76a3d6c9ffcde.txt"
TASK_TIMEOUT_SECONDS = 120


def services_missing(reason: str) -> None:
    if os.environ.get("DEALTRACKER_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason} (DEALTRACKER_REQUIRE_SERVICES=1 requires it)")
    pytest.skip(reason)


def broker_url() -> str:
    import redis

    try:
        redis.Redis.from_url(BROKER_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        services_missing(f"no Redis broker at {BROKER_URL}: {error}")
    return BROKER_URL


def worker_database_url() -> str:
    """The pytest test database, which the worker must write into."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    return f"postgres://{credentials}@{host}/{db['NAME']}"


@pytest.fixture
def worker(transactional_db, tmp_path):
    """A `celery -A dealtracker worker` process on a queue of its own; stopped at the end."""
    if connection.vendor != "postgresql":
        pytest.skip("the real-worker test needs PostgreSQL: set DATABASE_URL=postgres://...")
    broker = broker_url()
    queue = f"test-ingest-{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dealtracker.settings",
        "DATABASE_URL": worker_database_url(),
        "DATABASE_CONN_MAX_AGE": "0",  # no connection left open when the test database goes
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": broker,
    }
    log_path = tmp_path / "worker.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "dealtracker", "worker"),
                *("--pool", "solo", "--loglevel", "INFO", "--queues", queue),
                *("--hostname", f"{queue}@%h", "--without-gossip", "--without-mingle"),
                "--without-heartbeat",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    client = Celery("dealtracker-test-client", broker=broker, backend=broker)
    client.conf.update(task_serializer="json", result_serializer="json", accept_content=["json"])

    def send(task_name: str, *args):
        result = client.send_task(task_name, args=list(args), queue=queue)
        try:
            result.get(timeout=TASK_TIMEOUT_SECONDS, propagate=False)
        except Exception as error:  # noqa: BLE001 - show the worker's log with the timeout
            log_text = log_path.read_text(errors="replace")[-5000:]
            alive = "running" if process.poll() is None else f"exited {process.returncode}"
            pytest.fail(f"no result from the worker ({alive}): {error!r}\n{log_text}")
        return result

    yield send
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    client.close()


def test_a_real_worker_ingests_a_document_sent_through_the_broker(worker):
    document = make_document(SEED.read_text(encoding="utf-8"))

    result = worker("apps.ingestion.tasks.ingest_document", document.pk)

    assert result.state == "SUCCESS", result.result
    assert result.result.startswith(f"document {document.pk}: ")
    document.refresh_from_db()
    assert document.status == Document.Status.DONE
    assert document.extractor_version == extractor.EXTRACTOR_VERSION
    assert document.extraction["companies"], "the seed names companies"
    for company in document.extraction["companies"]:
        assert Company.objects.by_name(company["name"]).exists()
    quotes = list(Provenance.objects.filter(document=document).values_list("quote", flat=True))
    assert quotes and all(" ".join(q.split()) in " ".join(document.text.split()) for q in quotes)


def test_a_real_worker_reports_bad_input_in_the_task_result_without_retrying(worker):
    document = Document.objects.create(title="nothing pasted")

    result = worker("apps.ingestion.tasks.ingest_document", document.pk)

    assert result.state == "FAILURE"
    assert "the document has no text to extract facts from" in str(result.result)
    document.refresh_from_db()
    assert document.status == Document.Status.FAILED
    assert document.error == "the document has no text to extract facts from"
