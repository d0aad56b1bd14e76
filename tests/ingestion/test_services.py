import pytest
from django.db import OperationalError

from apps.companies.models import Company
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.ingestion.contract import ExtractionError
from apps.ingestion.loader import _Loader
from apps.ingestion.readers import DocumentError
from apps.ingestion.services import (
    FetchError,
    document_create,
    document_fetch,
    document_sync,
    stale_documents,
)
from apps.ingestion.tasks import document_enqueue
from apps.sources.models import Document, Provenance
from tests.factories import make_document
from tests.ingestion.conftest import RELEASE_TEXT, extractor_version_set, pdf_bytes
from tests.ingestion.test_loader import history_row_counts


@pytest.fixture
def release(db):
    return document_create(data=RELEASE_TEXT.encode(), file_name="acme.txt")


def facts_snapshot():
    """Everything a load writes, to compare before and after."""
    return {
        "companies": sorted(Company.objects.values_list("name", flat=True)),
        "drugs": sorted(Drug.objects.values_list("name", flat=True)),
        "deals": sorted(Deal.objects.values_list("type", "upfront_amount", "exclusive")),
        "provenance": sorted(Provenance.objects.values_list("document_id", "quote")),
    }


# -- storing --------------------------------------------------------------------


def test_a_new_document_is_stored_queued_with_its_text_and_name(release):
    assert release.status == Document.Status.QUEUED
    assert release.text == RELEASE_TEXT
    assert release.file_name == "acme.txt"
    assert release.media_type == "text/plain"


def test_the_same_text_sent_twice_is_one_document(release):
    again = document_create(data=RELEASE_TEXT.encode(), file_name="copy.txt")
    assert again.pk == release.pk
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "file_name"),
    [
        (b"", "empty.txt"),
        (b"\x00\x01\x02\x03binary", "x.bin"),
        (b"caf\xe9", "latin1.txt"),
        (pdf_bytes(None), "scan.pdf"),
        (b"<html><body><script>alert(1)</script></body></html>", "x.html"),
    ],
)
def test_bad_input_raises_and_writes_nothing(db, data, file_name):
    with pytest.raises(DocumentError):
        document_create(data=data, file_name=file_name)
    assert not Document.objects.exists()


def test_a_file_over_the_limit_raises_and_writes_nothing(db, settings):
    settings.INGEST_MAX_BYTES = 100
    with pytest.raises(DocumentError, match="over the limit"):
        document_create(data=b"x" * 101)
    assert not Document.objects.exists()


# -- ingesting ------------------------------------------------------------------


def test_ingesting_loads_the_facts_with_their_quotes_and_records_the_extraction(
    release, fake_extractor
):
    assert document_sync(document_id=release.pk) is not None
    release.refresh_from_db()
    assert release.status == Document.Status.DONE
    assert release.error == ""
    assert release.extractor_version == "test-1"
    assert release.ingested_hash == release.content_hash
    assert release.ingested_at is not None
    assert release.extraction == fake_extractor.result
    deal = Deal.objects.get()
    assert deal.upfront_amount == 50_000_000
    assert {p.company.name for p in deal.parties.all()} == {
        "Acme Biotherapeutics Co., Ltd.",
        "Beta Pharma Inc.",
    }
    quote = Provenance.objects.for_fact(deal).get().quote
    assert quote in release.text


def test_ingesting_the_same_text_twice_changes_nothing(release, fake_extractor):
    assert document_sync(document_id=release.pk) is not None
    before = facts_snapshot()
    history = Deal.history.count()
    assert document_sync(document_id=release.pk) is None
    assert len(fake_extractor.calls) == 1  # not even extracted again
    assert facts_snapshot() == before
    assert Deal.history.count() == history


def test_a_new_extractor_version_updates_the_facts(release, fake_extractor, monkeypatch):
    document_sync(document_id=release.pk)
    extractor_version_set(monkeypatch, "test-2")
    fake_extractor.result["deals"][0]["terms"]["upfront"]["amount"] = 60_000_000
    assert release in stale_documents()
    assert document_sync(document_id=release.pk) is not None
    release.refresh_from_db()
    assert release.extractor_version == "test-2"
    assert Deal.objects.get().upfront_amount == 60_000_000
    assert release not in stale_documents()


def test_changed_content_at_the_same_url_is_ingested_again(db, fake_extractor):
    url = "https://news.example.com/acme"
    first = document_create(data=RELEASE_TEXT.encode(), source_url=url)
    document_sync(document_id=first.pk)
    changed = document_create(data=(RELEASE_TEXT + " Updated.").encode(), source_url=url)
    assert changed.pk == first.pk
    assert changed.status == Document.Status.QUEUED
    assert document_sync(document_id=changed.pk) is not None
    assert len(fake_extractor.calls) == 2


def test_forcing_a_reingest_extracts_again_without_duplicating_facts(release, fake_extractor):
    document_sync(document_id=release.pk)
    before = facts_snapshot()
    assert document_sync(document_id=release.pk, force=True) is not None
    assert len(fake_extractor.calls) == 2
    assert facts_snapshot() == before


def test_a_forced_reingest_of_the_same_text_writes_no_history_row_for_any_model(
    release, fake_extractor
):
    document_sync(document_id=release.pk)
    before = history_row_counts()
    # The release's deal names a drug and an indication: its m2m history tables are filled,
    # so re-adding what the deal already has would show as a new row.
    assert before["deals.HistoricalDeal_drugs"] and before["deals.HistoricalDeal"]

    assert document_sync(document_id=release.pk, force=True) is not None

    assert len(fake_extractor.calls) == 2  # extracted and loaded again
    assert history_row_counts() == before


def test_a_crash_in_the_middle_of_a_load_leaves_the_old_facts(release, fake_extractor, monkeypatch):
    document_sync(document_id=release.pk)
    before = facts_snapshot()
    extractor_version_set(monkeypatch, "test-2")
    fake_extractor.result["companies"][1]["name"] = "Gamma Therapeutics Inc."
    fake_extractor.result["deals"][0]["parties"][1]["company"] = "Gamma Therapeutics Inc."

    def crash(self, item):
        raise RuntimeError("worker killed mid-load")

    monkeypatch.setattr(_Loader, "load_deal", crash)  # companies are written before deals
    with pytest.raises(RuntimeError):
        document_sync(document_id=release.pk)
    assert facts_snapshot() == before
    assert not Company.objects.filter(name__startswith="Gamma").exists()
    release.refresh_from_db()
    assert release.status == Document.Status.FAILED
    assert "worker killed mid-load" in release.error
    assert release.extractor_version == "test-1"  # the stored extraction is the old one
    assert release.extraction["companies"][1]["name"] == "Beta Pharma Inc."


def test_an_extraction_that_breaks_the_contract_fails_the_document_and_writes_no_facts(
    release, fake_extractor
):
    fake_extractor.result["deals"][0]["type"] = "handshake"
    with pytest.raises(ExtractionError, match="deals/0/type"):
        document_sync(document_id=release.pk)
    release.refresh_from_db()
    assert release.status == Document.Status.FAILED
    assert "extraction breaks the contract at deals/0/type" in release.error
    assert not Company.objects.exists() and not Provenance.objects.exists()


def test_a_document_without_text_fails_with_a_clear_error(db, fake_extractor):
    document = Document.objects.create(title="Pasted nothing")
    with pytest.raises(DocumentError, match="no text"):
        document_sync(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == Document.Status.FAILED
    assert document.error == "the document has no text to extract facts from"
    assert fake_extractor.calls == []


def test_a_failed_document_is_retried_when_ingested_again(release, fake_extractor):
    fake_extractor.error = OperationalError("database went away")
    with pytest.raises(OperationalError):
        document_sync(document_id=release.pk)
    assert Document.objects.get(pk=release.pk).status == Document.Status.FAILED
    assert document_sync(document_id=release.pk) is not None
    assert Document.objects.get(pk=release.pk).status == Document.Status.DONE


def test_a_load_finished_by_another_worker_during_extraction_is_not_loaded_again(
    release, fake_extractor, monkeypatch
):
    # The race recheck, on any database: while this worker extracts (no lock held), another
    # worker extracts and loads the same text. This worker must then find, under the row
    # lock, that the document is current, and load nothing.
    from apps.ingestion import extraction as extraction_package
    from apps.ingestion import services

    other_worker: list = []  # what the other worker's sync returned
    loads: list = []
    real_extract, real_facts_sync = fake_extractor.extract, services.facts_sync

    def extract_while_another_worker_loads(text, *, title=None):
        if len(fake_extractor.calls) == 0:  # this worker's extraction, not the other's
            fake_extractor.calls.append("(this worker, before the other)")
            other_worker.append(document_sync(document_id=release.pk))
        return real_extract(text, title=title)

    def counted_facts_sync(**kwargs):
        loads.append(kwargs["document"].pk)
        return real_facts_sync(**kwargs)

    monkeypatch.setattr(extraction_package, "extract", extract_while_another_worker_loads)
    monkeypatch.setattr(services, "facts_sync", counted_facts_sync)

    assert document_sync(document_id=release.pk) is None
    assert other_worker[0] is not None and other_worker[0].created  # the other one loaded it
    assert loads == [release.pk]  # once: this worker did not load it again
    assert Document.objects.get(pk=release.pk).status == Document.Status.DONE


def test_the_sync_summary_says_what_was_created(release, fake_extractor):
    summary = document_sync(document_id=release.pk)
    assert summary.created == {"companies": 2, "drugs": 1, "deals": 1}
    assert document_sync(document_id=release.pk) is None


# -- stale and enqueued -------------------------------------------------------------


def test_stale_documents_are_those_from_another_extractor_but_not_curated_seeds(db, fake_extractor):
    old = make_document("old release", extractor_version="test-0")
    never = make_document("never ingested")
    make_document("current release", extractor_version="test-1")
    make_document("a seed", extractor_version="curated")
    Document.objects.create(title="no text")
    assert list(stale_documents()) == [old, never]


def test_enqueueing_marks_the_document_queued_and_sends_it_after_commit(
    release, fake_extractor, django_capture_on_commit_callbacks
):
    Document.objects.filter(pk=release.pk).update(status=Document.Status.DONE)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document_enqueue(release)
        assert Document.objects.get(pk=release.pk).status == Document.Status.QUEUED
        assert fake_extractor.calls == []  # nothing runs before the commit
    assert len(callbacks) == 1
    callbacks[0]()  # tasks run in-process without a broker
    release.refresh_from_db()
    assert release.status == Document.Status.DONE
    assert Deal.objects.count() == 1


# -- fetching -------------------------------------------------------------------


def test_a_fetched_page_is_stored_with_its_url_and_body_text(db, web_pages):
    pages, base = web_pages
    pages["/news/acme.html"] = (
        200,
        "text/html; charset=utf-8",
        f"<html><head><title>Acme</title><script>SPY()</script></head><body><nav>Menu</nav>"
        f"<article><p>{RELEASE_TEXT}</p></article></body></html>".encode(),
    )
    document = document_fetch(url=f"{base}/news/acme.html")
    assert document.source_url == f"{base}/news/acme.html"
    assert document.media_type == "text/html"
    assert "exclusive license agreement for examplimab" in document.text
    assert "SPY" not in document.text
    assert document.file_name == "acme.html"


def test_an_unreachable_url_raises_a_clear_error_and_writes_nothing(db, closed_port_url):
    with pytest.raises(FetchError, match=f"could not fetch {closed_port_url}: .*refused"):
        document_fetch(url=closed_port_url)
    assert not Document.objects.exists()


def test_a_missing_page_is_bad_input_not_a_network_error(db, web_pages):
    pages, base = web_pages
    with pytest.raises(DocumentError, match="HTTP 404") as raised:
        document_fetch(url=f"{base}/gone.html")
    assert not isinstance(raised.value, FetchError)


def test_refetching_an_unreachable_url_marks_its_document_failed_and_keeps_its_text(
    db, closed_port_url
):
    known = make_document(RELEASE_TEXT, source_url=closed_port_url, status="done")
    with pytest.raises(FetchError):
        document_fetch(url=closed_port_url)
    known.refresh_from_db()
    assert known.status == Document.Status.FAILED
    assert "could not fetch" in known.error
    assert known.text == RELEASE_TEXT


def test_only_web_urls_are_fetched(db):
    with pytest.raises(DocumentError, match="only http and https"):
        document_fetch(url="file:///etc/passwd")


def test_a_reingest_through_the_pipeline_keeps_a_curators_edit(
    release, fake_extractor, monkeypatch
):
    from apps.curation.models import Disagreement

    document_sync(document_id=release.pk)
    deal = Deal.objects.get()
    deal.upfront_amount = 55_000_000
    deal.curated_fields = ["upfront_amount"]
    deal.save()
    extractor_version_set(monkeypatch, "test-2")
    fake_extractor.result["deals"][0]["terms"]["upfront"]["amount"] = 60_000_000
    assert document_sync(document_id=release.pk) is not None
    assert Deal.objects.get().upfront_amount == 55_000_000
    disagreement = Disagreement.objects.get()
    assert disagreement.field == "upfront_amount"
    assert disagreement.extracted_value == "60000000"


# -- hostile URLs, slow servers, bad input ----------------------------------------


def test_an_internal_url_is_refused_before_connecting_and_nothing_is_written(
    db, web_pages, settings
):
    pages, base = web_pages
    pages["/admin/"] = (200, "text/plain", b"the app's own admin page")
    settings.FETCH_ALLOWED_NETWORKS = []
    with pytest.raises(DocumentError, match="refused to fetch from 127.0.0.1: a loopback address"):
        document_fetch(url=f"{base}/admin/")
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    "target", ["http://10.20.30.40/internal", "http://169.254.169.254/latest/meta-data/"]
)
def test_a_redirect_to_an_internal_address_is_refused(db, web_pages, target):
    pages, base = web_pages
    pages["/moved.txt"] = (302, "text/plain", target.encode())
    with pytest.raises(DocumentError, match="redirected to") as refused:
        document_fetch(url=f"{base}/moved.txt")
    assert "refused to fetch from" in str(refused.value)
    assert not Document.objects.exists()


def test_a_server_dripping_bytes_hits_the_fetch_deadline_as_a_retryable_error(db, settings):
    import http.server
    import threading
    import time

    class Drip(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.25)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.FETCH_TIMEOUT_SECONDS = 1
    started = time.monotonic()
    try:
        with pytest.raises(FetchError):  # transient: the task retries it later
            document_fetch(url=f"http://127.0.0.1:{server.server_address[1]}/drip.txt")
    finally:
        server.shutdown()
        server.server_close()
    assert time.monotonic() - started < 4  # one deadline, not a timeout per byte read
    assert not Document.objects.exists()


def test_a_text_the_extractor_refuses_fails_the_document_with_its_message(release, fake_extractor):
    class TooLong(ValueError):
        pass

    fake_extractor.error = TooLong(
        "the text is 26,000,000 characters, over the limit of 25,000,000"
    )
    with pytest.raises(DocumentError):
        document_sync(document_id=release.pk)
    release.refresh_from_db()
    assert release.status == Document.Status.FAILED
    assert release.error == (
        "the extractor cannot read this document: "
        "the text is 26,000,000 characters, over the limit of 25,000,000"
    )
