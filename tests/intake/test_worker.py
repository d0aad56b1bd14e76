"""One poll end to end: a real `celery worker` process on Redis, writing into PostgreSQL, fetching
from a real HTTP server. The beat task claims the due source, the poll queues one task per new
item, each item's document is stored and extracted by the same worker.

Needs Redis (INTAKE_TEST_BROKER_URL, default redis://127.0.0.1:6379/13) and PostgreSQL
(DATABASE_URL=postgres://...); skipped without them unless DEALTRACKER_REQUIRE_SERVICES=1.
"""

import os
import subprocess
import sys
import time
from urllib.parse import quote

import pytest
from celery import Celery
from django.conf import settings
from django.db import connection

from apps.intake.models import SourceItem
from apps.sources.models import Document
from tests.intake.conftest import RELEASES, make_source, requests_to, rss, serve_release, stamp

pytestmark = pytest.mark.broker

BROKER_URL = os.environ.get("INTAKE_TEST_BROKER_URL", "redis://127.0.0.1:6379/13")
WAIT_SECONDS = 120


def services_missing(reason: str) -> None:
    if os.environ.get("DEALTRACKER_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason} (DEALTRACKER_REQUIRE_SERVICES=1 requires it)")
    pytest.skip(reason)


def database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(transactional_db, tmp_path):
    """A worker on the default queue of a Redis database of its own (emptied first), so the
    tasks it queues itself (items, then ingestion) come back to it."""
    if connection.vendor != "postgresql":
        pytest.skip("the real-worker test needs PostgreSQL: set DATABASE_URL=postgres://...")
    import redis

    try:
        redis.Redis.from_url(BROKER_URL, socket_connect_timeout=2).flushdb()
    except redis.RedisError as error:
        services_missing(f"no Redis broker at {BROKER_URL}: {error}")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dealtracker.settings",
        "DATABASE_URL": database_url(),
        "DATABASE_CONN_MAX_AGE": "0",
        "CELERY_BROKER_URL": BROKER_URL,
        "CELERY_RESULT_BACKEND": BROKER_URL,
        "FETCH_ALLOWED_NETWORKS": "127.0.0.1/32",  # the test's own server
    }
    log_path = tmp_path / "worker.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "dealtracker", "worker"),
                *("--pool", "solo", "--loglevel", "INFO", "--hostname", "intake-test@%h"),
                *("--without-gossip", "--without-mingle", "--without-heartbeat"),
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    client = Celery("intake-test-client", broker=BROKER_URL, backend=BROKER_URL)
    client.conf.update(task_serializer="json", result_serializer="json", accept_content=["json"])

    def log_tail() -> str:
        alive = "running" if process.poll() is None else f"exited {process.returncode}"
        return f"worker {alive}:\n" + log_path.read_text(errors="replace")[-5000:]

    yield client, log_tail
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    client.close()


def test_a_real_worker_polls_a_due_feed_and_extracts_its_new_releases(worker, web):
    client, log_tail = worker
    paths = ["/pr/1.html", "/pr/2.html"]
    for path in paths:
        serve_release(web, path)
    entries = [(path, RELEASES[path][0], stamp(2 + i)) for i, path in enumerate(paths)]
    web.expect_request("/feed.xml").respond_with_data(rss(web.url_for("")[:-1], entries))
    source = make_source(url=web.url_for("/feed.xml"))

    result = client.send_task("apps.intake.tasks.poll_due_sources")
    try:
        assert result.get(timeout=WAIT_SECONDS) == 1, "the due source was queued"
    except Exception as error:  # noqa: BLE001 - show the worker's log
        pytest.fail(f"no result from the worker: {error!r}\n{log_tail()}")
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        done = Document.objects.filter(status=Document.Status.DONE).count()
        if done == 2:
            break
        time.sleep(0.5)
    else:
        pytest.fail(f"the releases were not extracted in time\n{log_tail()}")

    documents = Document.objects.order_by("source_url")
    assert [d.source_url for d in documents] == [web.url_for(p) for p in paths]
    assert "Tallowmere Bio" in documents[0].text
    assert all(d.extraction and d.extraction["companies"] for d in documents)
    assert set(SourceItem.objects.values_list("state", flat=True)) == {SourceItem.State.INGESTED}
    source.refresh_from_db()
    assert source.documents_count == 2
    assert source.last_success_at is not None
    for path in paths:
        assert requests_to(web, path) == 1
