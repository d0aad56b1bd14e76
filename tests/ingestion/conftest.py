"""Fixtures for the ingestion pipeline: a stand-in extractor, a tiny web server, PDFs."""

import copy
import http.server
import io
import socket
import threading

import pytest

from apps.ingestion import extraction as extraction_package

RELEASE_TEXT = (
    'SHANGHAI, March 1, 2024 -- Acme Biotherapeutics Co., Ltd. ("Acme") and Beta Pharma Inc. '
    "today announced an exclusive license agreement for examplimab. Beta Pharma will pay "
    "Acme $50 million upfront."
)

LICENSE_EXTRACTION = {
    "schema_version": 1,
    "document": {"title": None, "published_on": "2024-03-01", "language": "en"},
    "companies": [
        {
            "name": "Acme Biotherapeutics Co., Ltd.",
            "aliases": ["Acme"],
            "tickers": [],
            "parent": None,
            "quote": 'Acme Biotherapeutics Co., Ltd. ("Acme")',
        },
        {
            "name": "Beta Pharma Inc.",
            "aliases": [],
            "tickers": [],
            "parent": None,
            "quote": "Beta Pharma Inc.",
        },
    ],
    "drugs": [
        {
            "name": "examplimab",
            "aliases": [],
            "owner": "Acme Biotherapeutics Co., Ltd.",
            "modality": "antibody",
            "targets": [],
            "indications": [],
            "quote": "an exclusive license agreement for examplimab",
        }
    ],
    "deals": [
        {
            "type": "license",
            "parties": [
                {"company": "Acme Biotherapeutics Co., Ltd.", "role": "licensor"},
                {"company": "Beta Pharma Inc.", "role": "licensee"},
            ],
            "drugs": ["examplimab"],
            "exclusive": True,
            "territory": "worldwide",
            "indications": [],
            "announced_on": "2024-03-01",
            "signed_on": None,
            "terms": {
                "upfront": {"amount": 50000000, "currency": "USD"},
                "upfront_disclosed": True,
                "milestones": None,
                "milestones_disclosed": False,
                "royalties_disclosed": False,
                "total_value": None,
            },
            "quote": "today announced an exclusive license agreement for examplimab",
        }
    ],
    "designations": [],
    "events": [],
}


def license_extraction() -> dict:
    """A valid extraction of RELEASE_TEXT: two companies, one drug, one license."""
    return copy.deepcopy(LICENSE_EXTRACTION)


class FakeExtractor:
    """Stands in for the real extractor: returns `result`, or raises `error`, and counts calls."""

    def __init__(self):
        self.version = "test-1"
        self.result = license_extraction()
        self.error: Exception | None = None
        self.calls: list[str] = []

    def extract(self, text: str, *, title: str | None = None) -> dict:
        self.calls.append(text)
        if self.error is not None:
            error, self.error = self.error, None  # fail once, as a transient error would
            raise error
        return copy.deepcopy(self.result)


@pytest.fixture
def fake_extractor(monkeypatch):
    fake = FakeExtractor()
    monkeypatch.setattr(extraction_package, "extract", fake.extract, raising=False)
    monkeypatch.setattr(extraction_package, "EXTRACTOR_VERSION", fake.version, raising=False)
    return fake


def extractor_version_set(monkeypatch, version: str) -> None:
    monkeypatch.setattr(extraction_package, "EXTRACTOR_VERSION", version, raising=False)


@pytest.fixture
def web_pages(settings):
    """A local web server: add pages as pages[path] = (status, content type, body bytes).

    A 3xx page's body is the URL it redirects to.

    Its loopback address is allowed (FETCH_ALLOWED_NETWORKS) for the test, since fetches
    refuse internal addresses otherwise.
    """
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    pages: dict[str, tuple[int, str, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            status, media_type, body = pages.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", body.decode())  # a redirect's body is its target
                body = b""
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    pages_url = f"http://127.0.0.1:{server.server_address[1]}"
    yield pages, pages_url
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url(settings):
    """A localhost URL where nothing listens: connecting is refused at once (address allowed)."""
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/release.html"


def pdf_bytes(text: str | None) -> bytes:
    """A one-page PDF whose text layer says `text`; None gives a page with no text (a scan)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    if text is not None:
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 11 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
