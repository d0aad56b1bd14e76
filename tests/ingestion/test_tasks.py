"""The Celery tasks, run in-process (no broker configured): results, retries, no retry."""

import pytest
from django.db import OperationalError

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


def test_the_ingest_tasks_ack_late_and_retry_only_transient_errors():
    for task in (tasks.ingest_document, tasks.reingest_document, tasks.fetch_url_and_ingest):
        assert task.acks_late is True
        assert OperationalError in task.autoretry_for
        assert not any(issubclass(ValueError, kind) for kind in task.autoretry_for)


def test_every_beat_schedule_entry_names_a_registered_task():
    from django.conf import settings

    from dealtracker.celery import app

    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks
