import json
from io import StringIO
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from apps.deals.models import Deal
from apps.ingestion.contract import SCHEMA_PATH
from apps.sources.models import Document
from tests.factories import make_document
from tests.ingestion.conftest import RELEASE_TEXT, extractor_version_set, pdf_bytes

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "000_22a76a3d6c9ffcde.txt"


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def run_failing(*args) -> tuple[str, str]:
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue(), str(raised.value)


# -- extract ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["txt", "html", "pdf"])
def test_extract_json_prints_an_extraction_valid_against_the_schema(tmp_path, kind):
    # No `db` fixture: any database query here would fail the test.
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / f"release.{kind}"
    if kind == "txt":
        path.write_text(text, encoding="utf-8")
    elif kind == "html":
        paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
        path.write_text(
            f"<html><head><title>Release</title><script>x()</script></head>"
            f"<body><nav>Home</nav><article>{paragraphs}</article></body></html>",
            encoding="utf-8",
        )
    else:
        path.write_bytes(pdf_bytes(" ".join(text.split()[:60]).encode("ascii", "ignore").decode()))
    extraction = json.loads(run("extract", str(path), "--json"))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(extraction)
    assert extraction["companies"], "the seed names companies; none were extracted"


def test_extract_without_json_prints_a_readable_summary(tmp_path, fake_extractor):
    path = tmp_path / "acme.txt"
    path.write_text(RELEASE_TEXT, encoding="utf-8")
    out = run("extract", str(path))
    assert "2 companies" in out
    assert "license: Acme Biotherapeutics Co., Ltd. (licensor), Beta Pharma Inc. (licensee)" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x7fELF\x02\x01\x01\x00", "binary, not text"),
        (b"ok\xc3\x28", "not valid UTF-8"),
    ],
)
def test_extract_reports_bad_files_clearly(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    _, error = run_failing("extract", str(path), "--json")
    assert error.startswith(f"{path}: ")
    assert message in error


def test_extract_reports_a_text_over_the_extractors_limit_clearly(tmp_path):
    from apps.ingestion.extraction import MAX_TEXT_CHARS

    path = tmp_path / "huge.txt"
    path.write_text("Velmir licensed VX-101 to Orvane. " * (MAX_TEXT_CHARS // 30))
    _, error = run_failing("extract", str(path), "--json")
    assert error.startswith(f"{path}: ")
    assert "over the extractor's limit" in error


def test_extract_reports_a_missing_file(tmp_path):
    _, error = run_failing("extract", str(tmp_path / "nope.txt"))
    assert "No such file" in error


# -- ingest -----------------------------------------------------------------------


def test_ingest_stores_and_loads_each_file_and_prints_one_line_each(db, tmp_path, fake_extractor):
    path = tmp_path / "acme.txt"
    path.write_text(RELEASE_TEXT, encoding="utf-8")
    out = run("ingest", str(path))
    document = Document.objects.get()
    assert out.strip() == (
        f"{path}: document {document.pk}, 2 companies new, 1 deals new, 1 drugs new"
    )
    assert document.status == Document.Status.DONE
    assert run("ingest", str(path)).strip() == (
        f"{path}: document {document.pk}, already up to date"
    )


def test_ingest_of_a_folder_reports_bad_files_ingests_the_rest_and_exits_non_zero(
    db, tmp_path, fake_extractor
):
    (tmp_path / "a_good.txt").write_text(RELEASE_TEXT, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_scan.pdf").write_bytes(pdf_bytes(None))
    (tmp_path / "d_latin1.txt").write_bytes("Acme paid 5 million \xa3".encode("latin-1"))
    (tmp_path / "e_script.html").write_bytes(b"<html><body><script>x()</script></body></html>")
    (tmp_path / ".hidden").write_bytes(b"\x00")
    out, error = run_failing("ingest", str(tmp_path))
    lines = out.strip().splitlines()
    assert len(lines) == 5
    assert "a_good.txt: document" in lines[0]
    assert lines[1].endswith("b_empty.txt: FAILED: the file is empty (0 bytes)")
    assert "c_scan.pdf: FAILED: the PDF has no extractable text" in lines[2]
    assert "d_latin1.txt: FAILED: the file is not valid UTF-8" in lines[3]
    assert "e_script.html: FAILED: the HTML page has no body text" in lines[4]
    assert error == "4 of 5 failed"
    assert Document.objects.count() == 1
    assert Deal.objects.count() == 1


def test_ingest_reports_a_missing_path(db, tmp_path, fake_extractor):
    out, error = run_failing("ingest", str(tmp_path / "missing.txt"))
    assert "missing.txt: FAILED: [Errno 2] No such file or directory" in out
    assert error == "1 of 1 failed"


def test_ingest_reports_a_document_whose_extraction_fails(db, tmp_path, fake_extractor):
    fake_extractor.result["deals"][0]["parties"][0]["role"] = "friend"
    path = tmp_path / "acme.txt"
    path.write_text(RELEASE_TEXT, encoding="utf-8")
    out, _ = run_failing("ingest", str(path))
    assert "FAILED: extraction breaks the contract at deals/0/parties/0/role" in out
    assert Document.objects.get().status == Document.Status.FAILED


def test_ingest_with_enqueue_leaves_the_work_to_the_task(
    db, tmp_path, fake_extractor, django_capture_on_commit_callbacks
):
    path = tmp_path / "acme.txt"
    path.write_text(RELEASE_TEXT, encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        out = run("ingest", "--enqueue", str(path))
    assert out.strip().endswith("queued")
    assert len(callbacks) == 1
    assert fake_extractor.calls == []


# -- reingest ---------------------------------------------------------------------


def test_reingest_stale_updates_only_documents_from_an_older_extractor(
    db, fake_extractor, monkeypatch
):
    stale = make_document(RELEASE_TEXT)
    run("reingest", str(stale.pk))
    extractor_version_set(monkeypatch, "test-2")
    current = make_document("another release", extractor_version="test-2", status="done")
    current.ingested_hash = current.content_hash
    current.save()
    out = run("reingest", "--stale")
    assert out.strip() == f"document {stale.pk} ({stale}): no change"
    stale.refresh_from_db()
    assert stale.extractor_version == "test-2"


def test_reingest_by_id_forces_a_new_extraction(db, fake_extractor):
    document = make_document(RELEASE_TEXT)
    run("reingest", str(document.pk))
    run("reingest", str(document.pk))
    assert len(fake_extractor.calls) == 2


def test_reingest_all_leaves_curated_seeds_alone(db, fake_extractor):
    document = make_document(RELEASE_TEXT)
    make_document("seed", extractor_version="curated")
    out = run("reingest", "--all")
    assert out.count("\n") == 1 and f"document {document.pk}" in out


def test_reingest_needs_exactly_one_selection(db):
    _, error = run_failing("reingest")
    assert "exactly one of --stale, --all or document IDs" in error
    _, error = run_failing("reingest", "--stale", "--all")
    assert "exactly one" in error


def test_reingest_names_unknown_ids(db):
    _, error = run_failing("reingest", "999999")
    assert error == "no document with id 999999"


def test_ingest_fetches_a_url_and_reports_an_unreachable_one(
    db, web_pages, closed_port_url, fake_extractor
):
    pages, base = web_pages
    pages["/acme.txt"] = (200, "text/plain", RELEASE_TEXT.encode())
    out, error = run_failing("ingest", f"{base}/acme.txt", closed_port_url)
    good, bad = out.strip().splitlines()
    assert good.startswith(f"{base}/acme.txt: document ")
    assert bad.startswith(f"{closed_port_url}: FAILED: could not fetch {closed_port_url}: ")
    assert "refused" in bad
    assert error == "1 of 2 failed"
    assert Document.objects.get().source_url == f"{base}/acme.txt"


def test_running_load_seeds_again_writes_no_history_row(db):
    from tests.ingestion.test_loader import history_row_counts

    call_command("load_seeds", stdout=StringIO())
    before = history_row_counts()
    assert before["companies.HistoricalCompany"] and before["deals.HistoricalDeal_drugs"]

    out = StringIO()
    call_command("load_seeds", stdout=out)

    assert history_row_counts() == before
    assert out.getvalue().count("no change") == len(out.getvalue().splitlines())


def test_ingest_refuses_a_file_with_a_nul_byte_past_the_first_8_kb(db, tmp_path, fake_extractor):
    path = tmp_path / "late-nul.txt"
    path.write_bytes(("Quillfeather Labs licensed zentravimab. " * 400 + "\x00").encode())
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(path), stdout=out, stderr=err)
    assert "holds a NUL character" in out.getvalue() + err.getvalue()
    assert not Document.objects.exists()


def test_ingest_refuses_an_internal_url(db, settings, fake_extractor):
    settings.FETCH_ALLOWED_NETWORKS = []
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", "http://127.0.0.1:8301/admin/", stdout=out, stderr=err)
    assert "a loopback address" in out.getvalue() + err.getvalue()
    assert not Document.objects.exists()
