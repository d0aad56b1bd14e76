"""Two workers re-ingesting one document at once, on PostgreSQL's real row locks."""

import threading

import pytest
from django.db import connection

from apps.companies.models import Company
from apps.deals.models import Deal, DealParty
from apps.ingestion import extraction as extraction_package
from apps.ingestion.services import document_ingest
from apps.sources.models import Provenance
from tests.factories import make_document
from tests.ingestion.conftest import RELEASE_TEXT, license_extraction

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL row locks (SQLite has none)"
)


def run_together(monkeypatch, *, force: bool) -> list:
    """Ingest one document from two threads whose extractions finish at the same moment."""
    both_extracted = threading.Barrier(2, timeout=20)

    def extract(text, *, title=None):
        both_extracted.wait()  # neither has loaded yet: both passed the unlocked check
        return license_extraction()

    monkeypatch.setattr(extraction_package, "extract", extract, raising=False)
    monkeypatch.setattr(extraction_package, "EXTRACTOR_VERSION", "test-1", raising=False)
    document = make_document(RELEASE_TEXT)
    results: list = []

    def ingest():
        try:
            results.append(document_ingest(document_id=document.pk, force=force))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=ingest) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def assert_loaded_once():
    assert Company.objects.count() == 2
    assert Deal.objects.count() == 1
    assert DealParty.objects.count() == 2
    assert Provenance.objects.count() == 4  # two companies, one drug, one deal


def test_concurrent_ingests_of_one_document_load_it_once(transactional_db, monkeypatch):
    results = run_together(monkeypatch, force=False)
    assert sorted(results) == [False, True]
    assert_loaded_once()


def test_concurrent_forced_reingests_take_turns_and_duplicate_nothing(
    transactional_db, monkeypatch
):
    results = run_together(monkeypatch, force=True)
    assert results == [True, True]
    assert_loaded_once()
