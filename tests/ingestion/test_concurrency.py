"""Two workers re-ingesting one document at once, on PostgreSQL's real row locks."""

import contextlib
import copy
import threading
import time

import pytest
from django.db import connection

from apps.companies.models import Company
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Drug
from apps.ingestion import extraction as extraction_package
from apps.ingestion.services import document_sync
from apps.sources.models import Document, Provenance
from tests.factories import make_document
from tests.ingestion.conftest import RELEASE_TEXT, license_extraction

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL row locks (SQLite has none)"
)


def run_together(monkeypatch, *, force: bool) -> tuple[list, list]:
    """Ingest one document from two threads whose extractions finish at the same moment.

    Returns the results and, per load, when it entered and left `facts_sync`. Each load
    lingers a moment before its transaction ends, so two loads that were let in together
    overlap for sure.
    """
    from apps.ingestion import services

    both_extracted = threading.Barrier(2, timeout=20)

    def extract(text, *, title=None):
        both_extracted.wait()  # neither has loaded yet: both passed the unlocked check
        return license_extraction()

    spans: list[tuple[float, float]] = []
    real_facts_sync = services.facts_sync

    def facts_sync_slowly(**kwargs):
        entered = time.monotonic()
        summary = real_facts_sync(**kwargs)
        time.sleep(0.3)
        spans.append((entered, time.monotonic()))
        return summary

    monkeypatch.setattr(extraction_package, "extract", extract, raising=False)
    monkeypatch.setattr(extraction_package, "EXTRACTOR_VERSION", "test-1", raising=False)
    monkeypatch.setattr(services, "facts_sync", facts_sync_slowly)
    document = make_document(RELEASE_TEXT)
    results: list = []

    def ingest():
        try:
            results.append(document_sync(document_id=document.pk, force=force) is not None)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=ingest) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, sorted(spans)


def assert_loaded_once():
    assert Company.objects.count() == 2
    assert Deal.objects.count() == 1
    assert DealParty.objects.count() == 2
    assert Provenance.objects.count() == 4  # two companies, one drug, one deal


def test_concurrent_ingests_of_one_document_load_it_once(transactional_db, monkeypatch):
    results, spans = run_together(monkeypatch, force=False)
    assert sorted(results) == [False, True]
    assert len(spans) == 1  # the second saw, under the lock, that the first had loaded it
    assert_loaded_once()


def test_concurrent_forced_reingests_take_turns_and_duplicate_nothing(
    transactional_db, monkeypatch
):
    results, spans = run_together(monkeypatch, force=True)
    assert results == [True, True]
    (_, first_out), (second_in, _) = spans
    # The document's row lock lets the second load start only once the first committed.
    assert second_in >= first_out
    assert_loaded_once()


# -- two documents naming one new company, loaded at the same moment ---------------------


def company_extraction(*names: str, drug: str | None = "Zorblatinib") -> dict:
    """An extraction naming these companies and a drug the first one owns."""
    extraction = license_extraction()
    extraction["companies"] = [
        {"name": name, "aliases": [], "tickers": [], "parent": None, "quote": None}
        for name in names
    ]
    extraction["drugs"] = [
        {
            "name": drug,
            "aliases": ["ZRB-101"],
            "owner": names[0],
            "modality": None,
            "targets": ["ZRB kinase"],
            "indications": ["glassy lung syndrome"],
            "quote": None,
        }
    ][: 1 if drug else 0]
    extraction["deals"] = []
    return extraction


def load_in_parallel(monkeypatch, extractions: list[dict]) -> list:
    """Ingest one document per extraction from as many threads, loads meeting in the middle.

    Every thread waits, just before it would create a company, for the others to get there
    too (up to a second): without a lock per name, each thread misses the others' company.
    """
    from apps.core import services as core_services

    texts = [f"Release {i}: {RELEASE_TEXT}" for i in range(len(extractions))]
    by_text = dict(zip(texts, extractions, strict=True))
    both_extracted = threading.Barrier(len(extractions), timeout=20)
    both_creating = threading.Barrier(len(extractions))

    def extract(text, *, title=None):
        both_extracted.wait()
        return copy.deepcopy(by_text[text])

    real_unique_slug = core_services.unique_slug

    def unique_slug_when_all_are_here(model, name):
        # A thread that holds the lock the others wait for goes on alone after a second.
        with contextlib.suppress(threading.BrokenBarrierError):
            both_creating.wait(timeout=1)
        return real_unique_slug(model, name)

    monkeypatch.setattr(extraction_package, "extract", extract, raising=False)
    monkeypatch.setattr(extraction_package, "EXTRACTOR_VERSION", "test-1", raising=False)
    monkeypatch.setattr(core_services, "unique_slug", unique_slug_when_all_are_here)
    documents = [make_document(text) for text in texts]
    results: list = []

    def ingest(document):
        try:
            results.append(document_sync(document_id=document.pk) is not None)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=ingest, args=[document]) for document in documents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.parametrize(
    "names",
    [
        ("Zorblat Biosciences Limited", "Zorblat Biosciences Limited"),
        ("Zorblat Biosciences Limited", "Zorblat Biosciences, Inc."),
    ],
    ids=["same-name", "two-forms-of-one-name"],
)
def test_two_releases_naming_one_new_company_at_once_make_one_company(
    transactional_db, monkeypatch, names
):
    results = load_in_parallel(monkeypatch, [company_extraction(name) for name in names])

    assert results == [True, True]
    assert Document.objects.filter(status=Document.Status.DONE).count() == 2
    company = Company.objects.get()
    assert set(company.aliases.values_list("name", flat=True)) == set(names)
    drug = Drug.objects.get()
    assert drug.owner == company
    assert set(drug.aliases.values_list("name", flat=True)) == {"Zorblatinib", "ZRB-101"}
    assert [t.name for t in drug.targets.all()] == ["ZRB kinase"]
    assert [i.name for i in drug.indications.all()] == ["glassy lung syndrome"]
    assert Provenance.objects.filter(object_id=company.pk).count() == 2


def test_two_new_companies_whose_names_slug_alike_both_load_at_once(transactional_db, monkeypatch):
    # Two names, two name keys ("quorn bel" and "quornbel"), one slug: the slug is retried.
    results = load_in_parallel(
        monkeypatch,
        [
            company_extraction("Quorn+Bel Therapeutics", drug=None),
            company_extraction("QuornBel Therapeutics", drug=None),
        ],
    )

    assert results == [True, True]
    slugs = sorted(Company.objects.values_list("slug", flat=True))
    assert slugs == ["quornbel-therapeutics", "quornbel-therapeutics-2"]
