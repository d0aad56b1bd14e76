import codecs

import pytest

from apps.ingestion.readers import DocumentError, read_document
from tests.ingestion.conftest import pdf_bytes

RELEASE_HTML = b"""<!doctype html>
<html><head><title>Acme licenses examplimab to Beta</title>
<script>var tracker = "SCRIPT-SECRET";</script>
<style>.STYLE-SECRET { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/news">Newsroom</a> NAV-MENU</nav>
<article>
<h1>Acme licenses examplimab to Beta</h1>
<p>SHANGHAI, March 1, 2024 -- Acme Biotherapeutics Co., Ltd. today announced an exclusive
license agreement with Beta Pharma Inc. for examplimab.</p>
<script>document.write("INLINE-SCRIPT")</script>
<p>Beta Pharma will pay Acme $50 million upfront and up to $400 million in milestones.</p>
</article>
<footer>Copyright 2024 FOOTER-BOILERPLATE. All rights reserved.</footer>
</body></html>"""


def test_plain_text_is_read_as_it_is_with_one_newline_convention():
    read = read_document("Acme licensed examplimab.\r\nBeta pays €5 million.".encode())
    assert read.text == "Acme licensed examplimab.\nBeta pays €5 million."
    assert read.media_type == "text/plain"


def test_a_byte_order_mark_does_not_reach_the_text():
    assert read_document("\ufeffAcme".encode()).text == "Acme"


def test_an_html_release_keeps_its_body_and_title_without_scripts_styles_or_navigation():
    read = read_document(RELEASE_HTML, file_name="release.html")
    assert read.media_type == "text/html"
    assert read.title == "Acme licenses examplimab to Beta"
    assert "exclusive" in read.text and "$50 million upfront" in read.text
    for leaked in ("SCRIPT-SECRET", "STYLE-SECRET", "INLINE-SCRIPT", "NAV-MENU", "tracker"):
        assert leaked not in read.text


def test_html_is_recognised_by_its_content_even_without_a_name():
    assert read_document(RELEASE_HTML).media_type == "text/html"


def test_a_pdf_gives_its_text_layer():
    read = read_document(pdf_bytes("Acme (HK) licensed examplimab to Beta."), file_name="a.pdf")
    assert read.media_type == "application/pdf"
    assert read.text == "Acme (HK) licensed examplimab to Beta."


@pytest.mark.parametrize(
    ("data", "file_name", "message"),
    [
        (b"", "empty.txt", "the file is empty"),
        (b"  \n\t \n", "blank.txt", "holds no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "logo.png", "binary, not text"),
        (b"Acme\x00\x00\x01\x02 licensed", "release.txt", "binary, not text"),
        (b"line one\nab\xff cd", "latin1.txt", "not valid UTF-8: byte 0xff at offset 11 (line 2"),
        (pdf_bytes(None), "scan.pdf", "PDF has no extractable text"),
        (b"%PDF-1.7\nthis is not really a pdf", "broken.pdf", "PDF cannot be read"),
        (b"Acme licensed examplimab.", "release.pdf", "not one (no %PDF header)"),
        (b"<html><body><script>x = 1</script></body></html>", "s.html", "HTML page has no body"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(data, file_name, message):
    with pytest.raises(DocumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_document(data, file_name=file_name)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(settings):
    settings.INGEST_MAX_BYTES = 1024
    with pytest.raises(DocumentError, match=r"over the limit of 1\.0 KB .*INGEST_MAX_BYTES"):
        read_document(b"a" * 1025, file_name="big.txt")
    assert read_document(b"a" * 1024).text == "a" * 1024


def test_an_html_page_in_its_declared_legacy_charset_is_decoded():
    html = (
        '<html><head><meta charset="windows-1252"><title>T</title></head><body><article>'
        "<p>Acme Biotherapeutics Co., Ltd. will receive \u20ac5 million from Beta Pharma "
        "under the license agreement announced today in Paris.</p></article></body></html>"
    ).encode("windows-1252")
    assert "\u20ac5 million" in read_document(html, file_name="r.html").text


LONG_LINE = "Quillfeather Labs licensed zentravimab to Marrowgate Bio. " * 400  # ~23 KB


@pytest.mark.parametrize(
    ("data", "file_name", "where"),
    [
        ((LONG_LINE + "\x00 tail").encode(), "late-nul.txt", "line 1, column 23201"),
        ((LONG_LINE + "\nsecond line\x00").encode(), "late-nul.txt", "line 2, column 12"),
        (
            f"<html><body><p>{LONG_LINE}</p><p>after\x00it</p></body></html>".encode(),
            "late-nul.html",
            f"line 1, column {len('<html><body><p>' + LONG_LINE + '</p><p>after') + 1}",
        ),
    ],
    ids=["text-one-line", "text-second-line", "html"],
)
def test_a_nul_character_anywhere_is_refused_naming_where_it_is(data, file_name, where):
    with pytest.raises(DocumentError, match="holds a NUL character") as refused:
        read_document(data, file_name=file_name)
    assert where in str(refused.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_with_a_byte_order_mark_is_decoded(encoding):
    text = "Quillfeather Labs and Marrowgate Bio sign a licence for zentravimab — €12 million."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    read = read_document(data, file_name="unicode.txt")
    assert read.text == text
    assert read.media_type == "text/plain"


def test_an_html_page_saved_as_utf16_is_read():
    page = (
        "<html><head><title>Quillfeather</title></head><body><p>" + LONG_LINE + "</p></body></html>"
    )
    read = read_document(page.encode("utf-16"), file_name="page.html")
    assert "zentravimab" in read.text


def test_a_byte_order_mark_followed_by_invalid_utf16_is_refused_clearly():
    with pytest.raises(DocumentError, match="UTF-16 byte order mark but is not valid UTF-16"):
        read_document(codecs.BOM_UTF16_LE + b"\x00\xd8\x41", file_name="broken.txt")


WRAPPED = (
    "Orla Bio licenses OB-12 to Tarn\n"
    "\n"
    "OSLO, June 3, 2025 -- Orla Bio ASA today announced that it has granted Tarn\n"
    "Therapeutics Inc. an exclusive license to develop and commercialize OB-12 in\n"
    "Japan. Orla will receive an upfront payment of USD 12 million and is eligible\n"
    "for milestone payments of up to USD 90 million.\n"
    "\n"
    "About Orla Bio\n"
    "Orla Bio ASA is a clinical-stage company based in Oslo that develops antibodies\n"
    "for inflammatory diseases of the skin and of the gut.\n"
)


def test_a_hard_wrapped_text_has_each_paragraph_on_one_line():
    text = read_document(WRAPPED.encode(), file_name="release.txt").text
    assert (
        "OSLO, June 3, 2025 -- Orla Bio ASA today announced that it has granted Tarn "
        "Therapeutics Inc. an exclusive license to develop and commercialize OB-12 in Japan. "
        "Orla will receive an upfront payment of USD 12 million and is eligible for milestone "
        "payments of up to USD 90 million."
    ) in text.split("\n")
    # a short line ends its paragraph: the heading stays a line of its own
    assert "About Orla Bio" in text.split("\n")
    assert " ".join(text.split()) == " ".join(WRAPPED.split())  # only whitespace changed


def test_a_wrapped_licence_reads_as_the_unwrapped_one():
    from apps.ingestion.extraction import extract

    wrapped = read_document(WRAPPED.encode(), file_name="release.txt")
    (deal,) = extract(wrapped.text)["deals"]
    assert deal["terms"]["upfront"] == {"amount": 12000000, "currency": "USD"}
    assert {p["company"] for p in deal["parties"]} == {"Orla Bio ASA", "Tarn Therapeutics Inc."}


def test_a_text_written_a_paragraph_per_line_is_not_rejoined():
    text = (
        "Orla Bio licenses OB-12\n\nOSLO, June 3, 2025 -- Orla Bio ASA today announced a "
        "licence.\nThe upfront payment is USD 12 million.\nContact:\nJane Roe\n+47 555 0100\n"
    )
    assert read_document(text.encode()).text == text


def test_no_break_and_other_unicode_spaces_become_plain_spaces():
    text = read_document("Orla\u00a0Bio ASA pays USD\u202f12\u2009million.".encode()).text
    assert text == "Orla Bio ASA pays USD 12 million."


def test_a_damaged_pdf_s_warnings_join_the_error_instead_of_the_console(caplog, capfd):
    with caplog.at_level("WARNING"), pytest.raises(DocumentError) as refused:
        read_document(b"%PDF-1.4\nthe rest was lost in transfer", file_name="cut.pdf")
    assert "PDF cannot be read" in str(refused.value)
    assert "EOF marker not found" in str(refused.value)
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert "EOF marker" not in capfd.readouterr().err
