"""The Celery tasks, run in-process (no broker configured): results, retries, no retry."""

from datetime import timedelta

import pytest
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

from apps.deals.models import Deal
from apps.ingestion import tasks
from apps.sources.models import Document
from tests.factories import make_document
from tests.ingestion.conftest import RELEASE_TEXT, extractor_version_set


@pytest.fixture
def release(db):
    return make_document(RELEASE_TEXT)


def test_the_ingest_task_loads_the_facts_and_its_result_says_what_changed(release, fake_extractor):
    result = tasks.ingest_document.apply(args=[release.pk])
    assert result.successful()
    assert result.result == f"document {release.pk}: 2 companies new, 1 deals new, 1 drugs new"
    assert Deal.objects.count() == 1


def test_the_ingest_task_run_twice_reports_nothing_to_do(release, fake_extractor):
    tasks.ingest_document.apply(args=[release.pk])
    result = tasks.ingest_document.apply(args=[release.pk])
    assert result.result == f"document {release.pk}: already up to date"
    assert len(fake_extractor.calls) == 1


def test_the_reingest_task_extracts_again(release, fake_extractor):
    tasks.ingest_document.apply(args=[release.pk])
    result = tasks.reingest_document.apply(args=[release.pk])
    assert result.successful()
    assert result.result == f"document {release.pk}: no change"
    assert len(fake_extractor.calls) == 2


def test_a_transient_database_error_is_retried_and_then_succeeds(release, fake_extractor):
    fake_extractor.error = OperationalError("server closed the connection unexpectedly")
    result = tasks.ingest_document.apply(args=[release.pk])
    assert result.successful()
    assert len(fake_extractor.calls) == 2
    assert Document.objects.get(pk=release.pk).status == Document.Status.DONE


def test_bad_input_fails_at_once_without_retry_and_the_result_says_why(release, fake_extractor):
    fake_extractor.result["designations"] = [{"drug": "examplimab"}]
    result = tasks.ingest_document.apply(args=[release.pk])
    assert result.failed()
    assert "extraction breaks the contract at designations/0" in str(result.result)
    assert len(fake_extractor.calls) == 1
    release.refresh_from_db()
    assert release.status == Document.Status.FAILED
    assert "designations/0" in release.error


def test_an_empty_document_fails_the_task_with_a_clear_error(db, fake_extractor):
    document = Document.objects.create(title="empty paste")
    result = tasks.ingest_document.apply(args=[document.pk])
    assert result.failed()
    assert str(result.result) == "the document has no text to extract facts from"


def test_an_unreachable_url_fails_the_fetch_task_after_retries_with_a_clear_error(
    db, closed_port_url, fake_extractor
):
    result = tasks.fetch_url_and_ingest.apply(args=[closed_port_url])
    assert result.failed()
    assert f"could not fetch {closed_port_url}" in str(result.result)
    assert not Document.objects.exists()


def test_the_fetch_task_fetches_and_ingests_a_page(db, web_pages, fake_extractor):
    pages, base = web_pages
    pages["/acme.txt"] = (200, "text/plain; charset=utf-8", RELEASE_TEXT.encode())
    result = tasks.fetch_url_and_ingest.apply(args=[f"{base}/acme.txt"])
    assert result.successful(), result.result
    document = Document.objects.get(source_url=f"{base}/acme.txt")
    assert document.status == Document.Status.DONE
    assert Deal.objects.count() == 1


def test_refetching_url_documents_picks_up_a_changed_page(db, web_pages, fake_extractor):
    pages, base = web_pages
    pages["/acme.txt"] = (200, "text/plain", RELEASE_TEXT.encode())
    tasks.fetch_url_and_ingest.apply(args=[f"{base}/acme.txt"])
    pages["/acme.txt"] = (200, "text/plain", (RELEASE_TEXT + " Correction.").encode())
    assert tasks.refetch_url_documents.apply().result == 1
    document = Document.objects.get()
    assert document.text.endswith("Correction.")
    assert document.status == Document.Status.DONE
    assert len(fake_extractor.calls) == 2


def test_reingesting_stale_documents_brings_them_to_the_current_extractor(
    release, fake_extractor, monkeypatch, django_capture_on_commit_callbacks
):
    tasks.ingest_document.apply(args=[release.pk])
    seed = make_document("a curated seed", extractor_version="curated", status="done")
    extractor_version_set(monkeypatch, "test-2")
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.reingest_stale_documents.apply().result == 1
    release.refresh_from_db()
    assert release.extractor_version == "test-2"
    seed.refresh_from_db()
    assert seed.extractor_version == "curated"


def test_the_broker_keeps_a_dead_workers_message_longer_than_a_task_may_wait_and_run(settings):
    # Redelivery after a worker dies is exercised by the real-worker kill test (test_worker.py);
    # this checks the sizing: a live task held for its retry and then run to its hard limit
    # must never look abandoned, or Redis would hand it to a second worker.
    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    longest_live = settings.CELERY_TASK_TIME_LIMIT + tasks.ingest_document.retry_backoff_max
    assert options["visibility_timeout"] > longest_live
    assert settings.CELERY_TASK_SOFT_TIME_LIMIT < settings.CELERY_TASK_TIME_LIMIT


def running_document(text: str, *, minutes_ago: int, error: str = "") -> Document:
    document = make_document(text)
    Document.objects.filter(pk=document.pk).update(
        status=Document.Status.RUNNING,
        started_at=timezone.now() - timedelta(minutes=minutes_ago),
        error=error,
    )
    return document


def test_documents_running_past_the_time_limit_are_requeued_and_then_loaded(
    db, fake_extractor, settings, django_capture_on_commit_callbacks
):
    settings.CELERY_TASK_TIME_LIMIT = 6 * 60
    stuck = running_document(RELEASE_TEXT, minutes_ago=30)
    busy = running_document("Another release, still being read.", minutes_ago=2)

    with django_capture_on_commit_callbacks(execute=True) as sent:
        result = tasks.requeue_stuck_documents.apply()

    assert result.result == "1 stuck documents re-queued, 0 failed"
    assert len(sent) == 1
    stuck.refresh_from_db()
    assert stuck.status == Document.Status.DONE  # re-queued, then run in-process
    assert stuck.error == ""
    assert Deal.objects.count() == 1
    busy.refresh_from_db()
    assert busy.status == Document.Status.RUNNING


def test_a_document_stuck_a_second_time_fails_with_the_reason_instead_of_looping(
    db, settings, django_capture_on_commit_callbacks
):
    from apps.ingestion.tasks import STUCK_MARK

    settings.CELERY_TASK_TIME_LIMIT = 6 * 60
    twice = running_document(RELEASE_TEXT, minutes_ago=30, error=f"{STUCK_MARK} at noon")

    with django_capture_on_commit_callbacks(execute=True) as sent:
        result = tasks.requeue_stuck_documents.apply()

    assert result.result == "0 stuck documents re-queued, 1 failed"
    assert sent == []
    twice.refresh_from_db()
    assert twice.status == Document.Status.FAILED
    assert twice.error.startswith("its worker stopped twice while running it")


def test_the_admin_document_list_shows_how_long_a_document_has_been_running(
    superuser_client, settings
):
    running_document(RELEASE_TEXT, minutes_ago=42)

    page = superuser_client.get(reverse("admin:sources_document_changelist"))

    assert page.status_code == 200
    assert "running for" in page.content.decode().lower()
    assert "42\xa0minutes" in page.content.decode()


def test_a_running_document_records_when_its_run_began(release, fake_extractor, monkeypatch):
    from apps.ingestion import extraction as extraction_package

    seen = {}

    def extract(text, *, title=None):
        seen["document"] = Document.objects.get(pk=release.pk)
        return fake_extractor.result

    monkeypatch.setattr(extraction_package, "extract", extract)
    before = timezone.now()
    tasks.ingest_document.apply(args=[release.pk])
    assert seen["document"].status == Document.Status.RUNNING
    assert seen["document"].started_at >= before


def test_every_beat_schedule_entry_names_a_registered_task():
    from django.conf import settings

    from dealtracker.celery import app

    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks
