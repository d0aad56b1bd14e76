"""Turn the bytes of an uploaded or fetched press release into its plain text.

Three kinds of input: plain text, an HTML page (only the release body is kept:
no navigation, scripts, styles or footer boilerplate) and a PDF (HKEX
announcements). Anything that cannot give clean text raises DocumentError with
a message a curator can act on; nothing is stored by this module.
"""

import codecs
import contextlib
import io
import logging
import re
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings

TEXT_PLAIN = "text/plain"
TEXT_HTML = "text/html"
APPLICATION_PDF = "application/pdf"

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Magic numbers of formats that are surely not a press release's text.
BINARY_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x1f\x8b",  # gzip
    b"\xd0\xcf\x11\xe0",  # old Office files
    b"\x7fELF",
    b"MZ",
)
SNIFF_BYTES = 8192


class DocumentError(ValueError):
    """The input cannot become a document: the message says why, for the person who sent it."""


@dataclass(frozen=True)
class ReadDocument:
    text: str
    title: str
    media_type: str


def read_document(data: bytes, *, file_name: str = "", media_type: str = "") -> ReadDocument:
    """The text of one press release given as text, HTML or PDF bytes.

    Text is UTF-8, or UTF-16/UTF-32 with a byte order mark. Raises DocumentError when the
    input is empty, too big, binary, not decodable or holds a NUL character anywhere
    (PostgreSQL text cannot store one, and no press release has one).
    """
    size_check(data)
    data = bom_transcode(data)
    kind = media_type_guess(data, file_name=file_name, media_type=media_type)
    if kind == APPLICATION_PDF:
        text, title = pdf_text(data)
    elif kind == TEXT_HTML:
        text, title = html_text(data)
    else:
        text, title = plain_text(data), ""
    text = text_normalize(text)
    nul_check(text, what="PDF's text" if kind == APPLICATION_PDF else "file")
    if not text.strip():
        raise DocumentError("the file holds no text (only whitespace)")
    return ReadDocument(text=text, title=title.replace("\x00", "").strip()[:500], media_type=kind)


# UTF-32 first: its little-endian mark starts with UTF-16's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_transcode(data: bytes) -> bytes:
    """UTF-16 or UTF-32 text that starts with its byte order mark, as UTF-8; else unchanged.

    Windows tools save "Unicode" text as UTF-16 with a mark; without this its zero bytes
    would make it look binary.
    """
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding).encode("utf-8")
            except UnicodeDecodeError as error:
                raise DocumentError(
                    f"the file starts with a {encoding.upper()} byte order mark but is not "
                    f"valid {encoding.upper()} (bad bytes at offset {error.start}); "
                    "save it as UTF-8 and try again"
                ) from error
    return data


def nul_check(text: str, *, what: str = "file") -> None:
    """Refuse text holding a NUL character, wherever it is, naming where the first one is."""
    at = text.find("\x00")
    if at < 0:
        return
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    raise DocumentError(
        f"the {what} holds a NUL character (line {line}, column {column}): it is binary, or "
        "text in an encoding other than UTF-8 (or UTF-16 with a byte order mark); "
        "nothing was stored"
    )


def size_check(data: bytes) -> None:
    if not data:
        raise DocumentError("the file is empty (0 bytes)")
    limit = settings.INGEST_MAX_BYTES
    if len(data) > limit:
        raise DocumentError(
            f"the file is {_size(len(data))}, over the limit of {_size(limit)} "
            "(setting INGEST_MAX_BYTES)"
        )


def media_type_guess(data: bytes, *, file_name: str = "", media_type: str = "") -> str:
    """PDF, HTML or plain text, from the content first: a file name or header can lie."""
    media_type = media_type.split(";")[0].strip().lower()
    suffix = PurePath(file_name).suffix.lower()
    if data.lstrip()[:5] == b"%PDF-":
        return APPLICATION_PDF
    if media_type == APPLICATION_PDF or suffix == ".pdf":
        raise DocumentError("the file is named or sent as a PDF but is not one (no %PDF header)")
    head = data[:1024].lstrip().lower()
    looks_like_html = head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in (
        data[:4096].lower()
    )
    if media_type in (TEXT_HTML, "application/xhtml+xml") or suffix in HTML_SUFFIXES:
        return TEXT_HTML
    if looks_like_html:
        return TEXT_HTML
    return TEXT_PLAIN


def plain_text(data: bytes) -> str:
    binary_check(data)
    return utf8_decode(data)


def binary_check(data: bytes) -> None:
    """Refuse images, archives and executables before trying to read them as text."""
    head = data[:SNIFF_BYTES]
    if head.startswith(BINARY_SIGNATURES) or b"\x00" in head:
        raise DocumentError("the file is binary, not text (expected plain text, HTML or PDF)")
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > len(head) * 0.05:
        raise DocumentError("the file is binary, not text (expected plain text, HTML or PDF)")


def utf8_decode(data: bytes) -> str:
    """Decode UTF-8 strictly, naming the line and column of the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise DocumentError(
            f"the file is not valid UTF-8: byte 0x{data[error.start]:02x} at offset "
            f"{error.start} (line {line}, column {column}); save it as UTF-8 and try again"
        ) from error
    return text.removeprefix("\ufeff")


def html_text(data: bytes) -> tuple[str, str]:
    """The body text and title of an HTML page, without navigation, scripts or boilerplate."""
    import trafilatura

    binary_check(data)
    html = _html_decode(data)
    nul_check(html, what="HTML page")  # the parser would drop it silently
    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if not text or not text.strip():
        raise DocumentError("the HTML page has no body text (only markup, scripts or navigation)")
    metadata = trafilatura.extract_metadata(html)
    return text, (metadata.title if metadata and metadata.title else "")


def _html_decode(data: bytes) -> str:
    """UTF-8, or the charset the page itself declares."""
    try:
        return utf8_decode(data)
    except DocumentError:
        declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.IGNORECASE)
        if not declared:
            raise
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError) as error:
            raise DocumentError(
                f"the HTML page declares charset {declared.group(1).decode('ascii')!r} "
                "but cannot be decoded with it"
            ) from error


def pdf_text(data: bytes) -> tuple[str, str]:
    """The text layer of every page; a scanned PDF (images only) has none."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    with pdf_warnings_kept() as warnings:
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError("the PDF is encrypted with a password")
            pages = [page.extract_text() or "" for page in reader.pages]
            title = (reader.metadata.title if reader.metadata else None) or ""
        except DocumentError:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
            noted = f" ({'; '.join(dict.fromkeys(warnings))})" if warnings else ""
            raise DocumentError(f"the PDF cannot be read: {error}{noted}") from error
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise DocumentError(
            "the PDF has no extractable text (a scanned image?); OCR it or paste the text"
        )
    return text, str(title)


class _KeptMessages(logging.Handler):
    def __init__(self, kept: list[str]):
        super().__init__(level=logging.WARNING)
        self.kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        self.kept.append(record.getMessage())


@contextlib.contextmanager
def pdf_warnings_kept():
    """Yield a list that collects pypdf's warnings while the block runs, instead of printing.

    pypdf logs a damaged file's symptoms ("EOF marker not found") as warnings on its own
    logger, so a curator saw them on the console beside our one clear error. Kept here,
    they are folded into that error's message, and a readable PDF's repairs stay quiet.
    """
    logger = logging.getLogger("pypdf")
    kept: list[str] = []
    handler = _KeptMessages(kept)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield kept
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def text_normalize(text: str) -> str:
    """One newline convention, plain spaces, and hard-wrapped paragraphs rejoined.

    No-break and other Unicode spaces become " " (a release typed in a word processor is
    full of them, and the rules read words split by spaces). A text wrapped at a fixed width
    (a mail-style .txt file, a PDF's lines) has each wrapped paragraph joined back into one
    line, since a sentence cut by a line break is read as two (unwrap_hard_breaks). Only
    whitespace changes: a quote is verbatim in the file once runs of whitespace are folded,
    which is how quotes are checked.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unwrap_hard_breaks(UNICODE_SPACES.sub(" ", text))


# Space characters other than " ", tab and newline (no-break, thin, figure, ideographic ...).
UNICODE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# A line a wrapped paragraph cannot continue into: a bullet, a numbered item, a table row.
LIST_ITEM = re.compile(r"\s*(?:[-•*▪●◦–]\s|\(?\d{1,2}[.)]\s|\|)")
# A line that opens with a dateline ("BOSTON, May 3, 2026 --", "SAN DIEGO and SHANGHAI, Jan.
# 5") starts the body: the headline above it is never wrapped into it.
DATELINE_OPENS = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:\s+and\s+[A-Z][A-Z.'’ -]{2,40})?(?:,\s*[A-Z][\w.'’ -]{1,30})*"
    r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)
# A line ending in a word and a hyphen: a word the wrap broke ("an-", "ELV-", "small-")
WORD_BREAK = re.compile(r"\w-$")
# Wrap widths seen in practice (72-80 for mail and .txt, up to ~110 for a PDF's column).
WRAP_WIDTHS = range(40, 121)
# How short of the width a line may stop and still have been filled by the wrap: the next
# word did not fit. A line shorter than this ends its paragraph (a heading, an address).
WRAP_SLACK = 22


def unwrap_hard_breaks(text: str) -> str:
    """The text with each hard-wrapped paragraph on one line; unchanged if it is not wrapped.

    The text counts as wrapped when its longest lines share one width (40-120 characters)
    and most lines that are followed by another line come close to that width. Then a line
    that comes close to the width is joined with the next one by a space, unless the next
    line is blank or opens a list item. Texts written a paragraph per line never qualify:
    their long lines have no common width.
    """
    lines = text.split("\n")
    followed = [
        len(line.rstrip())
        for line, after in zip(lines, lines[1:], strict=False)
        if line.strip() and after.strip()
    ]
    if len(followed) < 3:
        return text
    width = max(followed)
    if width not in WRAP_WIDTHS:
        return text
    filled = [n for n in followed if n >= width - WRAP_SLACK]
    if len(filled) < 0.6 * len(followed) or max(len(line) for line in lines) > width + 5:
        return text
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        if (
            line.strip()
            and previous.strip()
            and len(previous.rstrip()) >= width - WRAP_SLACK
            and not LIST_ITEM.match(line)
            and not DATELINE_OPENS.match(line)
        ):
            # a word broken by a hyphen at the line's end ("an-", "ELV-") keeps its line break:
            # the extractor reads it whole (text.rejoined), and a space would make "an- nounced"
            joint = (
                "\n"
                if WORD_BREAK.search(previous.rstrip()) and line.lstrip()[:1].isalnum()
                else " "
            )
            out[-1] = previous.rstrip() + joint + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"
