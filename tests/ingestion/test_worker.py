"""A real Celery worker process against a real Redis broker, writing into PostgreSQL.

Needs Redis (CELERY_TEST_BROKER_URL, default redis://127.0.0.1:6379/15) and a PostgreSQL
test database (DATABASE_URL=postgres://...). Without them the test is skipped, unless
DEALTRACKER_REQUIRE_SERVICES=1 (CI), where a missing broker fails it.
"""

import json
import os
import signal
import subprocess
import sys
import time
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


def worker_start(
    queue: str, log_path: Path, *, app: str = "dealtracker", pool: str = "solo", **env
) -> subprocess.Popen:
    """A `celery -A <app> worker` process on this queue, logging to log_path.

    It leads a process group of its own, so a prefork worker's children can be killed with it.
    """
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dealtracker.settings",
        "DATABASE_URL": worker_database_url(),
        "DATABASE_CONN_MAX_AGE": "0",  # no connection left open when the test database goes
        "CELERY_BROKER_URL": BROKER_URL,
        "CELERY_RESULT_BACKEND": BROKER_URL,
        **env,
    }
    with log_path.open("ab") as log:
        return subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", app, "worker"),
                *("--pool", pool, "--concurrency", "1", "--loglevel", "INFO", "--queues", queue),
                *("--hostname", f"{queue}-{uuid.uuid4().hex[:4]}@%h"),
                *("--without-gossip", "--without-mingle", "--without-heartbeat"),
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def worker_stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def broker_client() -> Celery:
    client = Celery("dealtracker-test-client", broker=BROKER_URL, backend=BROKER_URL)
    client.conf.update(task_serializer="json", result_serializer="json", accept_content=["json"])
    return client


def result_wait(result, process: subprocess.Popen, log_path: Path, timeout: float):
    try:
        result.get(timeout=timeout, propagate=False)
    except Exception as error:  # noqa: BLE001 - show the worker's log with the timeout
        log_text = log_path.read_text(errors="replace")[-5000:]
        alive = "running" if process.poll() is None else f"exited {process.returncode}"
        pytest.fail(f"no result from the worker ({alive}): {error!r}\n{log_text}")
    return result


@pytest.fixture
def services_ready(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip("the real-worker test needs PostgreSQL: set DATABASE_URL=postgres://...")
    broker_url()


@pytest.fixture
def worker(services_ready, tmp_path):
    """A `celery -A dealtracker worker` process on a queue of its own; stopped at the end."""
    queue = f"test-ingest-{uuid.uuid4().hex[:12]}"
    log_path = tmp_path / "worker.log"
    process = worker_start(queue, log_path)
    client = broker_client()

    def send(task_name: str, *args):
        result = client.send_task(task_name, args=list(args), queue=queue)
        return result_wait(result, process, log_path, TASK_TIMEOUT_SECONDS)

    yield send
    worker_stop(process)
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


def test_a_worker_killed_mid_load_leaves_nothing_and_a_new_worker_loads_the_document_once(
    services_ready, tmp_path
):
    import redis

    from apps.companies.models import CompanyEvent
    from apps.deals.models import Deal
    from apps.drugs.models import Drug
    from apps.regulatory.models import Designation

    queue = f"test-kill-{uuid.uuid4().hex[:12]}"
    loaded, log_path = tmp_path / "loaded", tmp_path / "workers.log"
    client = broker_client()
    document = make_document(SEED.read_text(encoding="utf-8"))
    # Prefork, as deployed: the main process receives (and, without acks_late, would
    # acknowledge) the message, a child process runs the task.
    doomed = worker_start(
        queue,
        log_path,
        app="tests.ingestion.slow_worker",
        pool="prefork",
        SLOW_WORKER_LOADED_FILE=str(loaded),
    )
    try:
        result = client.send_task(
            "apps.ingestion.tasks.ingest_document", args=[document.pk], queue=queue
        )
        deadline = time.monotonic() + TASK_TIMEOUT_SECONDS
        while not loaded.exists():
            assert doomed.poll() is None, log_path.read_text(errors="replace")[-5000:]
            assert time.monotonic() < deadline, "the worker never reached the load"
            time.sleep(0.1)
        # Mid-task: the facts are written inside the load's transaction, not committed.
        os.killpg(doomed.pid, signal.SIGKILL)  # the whole worker: main process and child
        doomed.wait(timeout=20)
    finally:
        if doomed.poll() is None:
            os.killpg(doomed.pid, signal.SIGKILL)
    document.refresh_from_db()
    assert document.status == Document.Status.RUNNING
    assert document.started_at is not None
    assert not Company.objects.exists() and not Provenance.objects.exists()
    broker = redis.Redis.from_url(BROKER_URL)
    unacked = [json.loads(m)[0]["headers"]["id"] for m in broker.hvals("unacked")]
    assert result.id in unacked  # the message was never acknowledged

    # A new worker takes the message back once the visibility timeout (here 2 s) is over.
    rescuer = worker_start(queue, log_path, CELERY_VISIBILITY_TIMEOUT_SECONDS="2")
    try:
        result_wait(result, rescuer, log_path, TASK_TIMEOUT_SECONDS)
    finally:
        worker_stop(rescuer)
        broker.delete(queue)
        client.close()

    assert result.state == "SUCCESS", result.result
    assert result.result.startswith(f"document {document.pk}: ") and "new" in result.result
    document.refresh_from_db()
    assert document.status == Document.Status.DONE
    assert document.error == ""
    # One fact set: every company and drug named is one row, and every fact row has exactly
    # one quote from this document (no fact from the killed run, none written twice).
    for item in document.extraction["companies"]:
        assert Company.objects.by_name(item["name"]).count() == 1, item["name"]
    for item in document.extraction["drugs"]:
        assert Drug.objects.by_name(item["name"]).count() == 1, item["name"]
    facts = sum(model.objects.count() for model in (Company, Drug, Deal, Designation, CompanyEvent))
    assert facts > 0
    assert Provenance.objects.filter(document=document).count() == facts
    assert Company.history.filter(history_type="+").count() == Company.objects.count()
