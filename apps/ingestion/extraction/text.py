"""Sentences, sections and character hygiene for one press release."""

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from apps.core import names

from .dates import INLINE_DATELINE, dateline_value
from .lexicons.text import END_OF_BODY_HEADINGS

# Headings that may run long (a cautionary paragraph, a glued "About X" line).
LONG_HEADINGS = re.compile(
    r"^\s*(?:about\s|cautionary|forward[- ]looking|as at the date of this announcement"
    r"|by order of the board|source\s|view original content)",
    re.IGNORECASE,
)
SHORT_HEADINGS = re.compile(rf"^\s*[*•·l]?\s*(?:{END_OF_BODY_HEADINGS})", re.IGNORECASE)
BOILERPLATE_LINE = re.compile(
    r"registered trademarks?|all rights reserved|copyright|press release features multimedia"
    r"|view (?:the )?(?:full|source) (?:release|version)|solely responsible for the content"
    r"|take no responsibility for the contents|trademarks? of",
    re.IGNORECASE,
)
SPEECH_MIN_CHARS = 60
NEW_LINE_START = re.compile(r"\n\s*(?=\S)")
MAX_HEADLINE = 250  # a longer first line is the body's opening paragraph, not a headline
MAX_DATE_LINE = 80  # "23.7.2024 13:01:28 CEST | Business Wire | Press release" is furniture
HEADLINE_SEARCH_LINES = 40  # the headline sits under at most an exchange cover and a disclaimer
HEADER_LINE = re.compile(
    r"^(?:EX-\d|Exhibit\s+\d|<\w|FORM\s+\d|\S+\.html?\b)"  # EDGAR exhibit headers
    r"|^(?:press|news|media)\s+release\b|^for immediate release\b"
    r"|^(?:voluntary\s+|overseas\s+regulatory\s+)?announcements?$|^inside information$"
    r"|\s/\s+Key\s+word\(s\):",  # EQS wire label: "Acme AG / Key word(s): Approval"
    re.IGNORECASE,
)
# spaCy refuses texts over its max_length (1,000,000 characters) with E088; longer texts are
# parsed in pieces this long. Above MAX_TEXT_CHARS (beyond the ingest size limit) the
# extractor refuses the text with ExtractionInputTooLarge.
CHUNK_CHARS = 200_000
MAX_TEXT_CHARS = 25_000_000
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
REPORTED = re.compile(r"\b(?:has|have|had|today)\s+announced\b|\bannounced that\b|\bsaid\b")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    section: str  # "title", "body", "about" (About sections and everything after), "boilerplate"
    in_quote: bool

    @property
    def is_body(self) -> bool:
        return self.section in ("title", "body")


@dataclass
class Document:
    text: str
    title: str | None
    sentences: list[Sentence]
    spacy_doc: object
    body_end: int

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.is_body]


@Language.component("newline_boundaries")
def newline_boundaries(doc):
    """A line break always ends a sentence: headings and bullets carry no full stop."""
    starts = doc.to_array("IDX").tolist()
    for match in NEW_LINE_START.finditer(doc.text):
        index = bisect_left(starts, match.end())
        if 0 < index < len(doc):
            doc[index].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def nlp():
    """The blank English pipeline, built once per process."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("newline_boundaries")
    return pipeline


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def headline(text: str) -> str | None:
    """The release's headline: the first line that is neither furniture nor body.

    Skipped: date lines, exchange disclaimers and other legal lines, EDGAR exhibit headers,
    wire labels ("Press release - No. 4 / 2025", "Acme AG / Key word(s): ..."), and an exchange
    cover (issuer name, its Chinese name, "(Stock Code: ...)"). None when the first line that
    is left is a body paragraph: longer than MAX_HEADLINE, holding a dateline, or a reported
    sentence ("Acme has announced ... .").
    """
    lines = [line.strip() for line in text.splitlines()[:HEADLINE_SEARCH_LINES] if line.strip()]
    for i, line in enumerate(lines):
        if is_furniture(line, lines[i + 1 : i + 5]):
            continue
        if is_body_paragraph(line):
            return None
        return line
    return None


def is_furniture(line: str, following: list[str]) -> bool:
    """A line above the headline that is not it (see `headline`)."""
    if BOILERPLATE_LINE.search(line) or HEADER_LINE.search(line):
        return True
    if dateline_value(line) and len(line) <= MAX_DATE_LINE:
        return True
    if re.fullmatch(r"[\W\d\u3000-\u303f\u4e00-\u9fff]+", line) or re.fullmatch(r"\(.*\)", line):
        return True  # a name in Chinese, "(Stock Code: 1234)", "(Incorporated in ...)"
    return any(re.match(r"\((?:Incorporated|Stock Code)", f, re.IGNORECASE) for f in following)


def is_body_paragraph(line: str) -> bool:
    if len(line) > MAX_HEADLINE or INLINE_DATELINE.search(line):
        return True
    if not line.endswith(".") or re.search(r"\b(?:Inc|Ltd|Co|Corp|S\.A|N\.V)\.$", line):
        return False
    return bool(REPORTED.search(line) or re.search(r"[a-z0-9)]\.\s+[A-Z]", line))


def analyse(text: str, title: str | None = None) -> Document:
    """Sentences with their sections, the headline and where the body ends.

    Texts longer than spaCy's limit are read in sentence-bounded chunks (see `parse`).
    Raises ExtractionInputTooLarge above MAX_TEXT_CHARS.
    """
    doc = parse(text)
    tail = tail_headings(text)
    body_end = tail[0][0] if tail else len(text)
    quotes = speech_spans(text)
    title_text = title if title is not None else headline(text)
    title_start = title_end = 0
    if title_text and title_text in text and len(title_text) <= MAX_HEADLINE:
        title_start = text.find(title_text)
        title_end = title_start + len(title_text)
    sentences = []
    for span in doc.sents:
        sentence = make_sentence(
            text, span.start_char, span.end_char, tail, (title_start, title_end), quotes
        )
        if sentence:
            sentences.append(sentence)
    return Document(text, title_text, sentences, doc, body_end)


class ExtractionInputTooLarge(ValueError):
    """The text is longer than MAX_TEXT_CHARS characters; nothing was extracted."""


def parse(text: str) -> Doc:
    """The spaCy Doc of the whole text, whatever its length.

    spaCy refuses texts over `nlp().max_length` (E088); such texts are cut into chunks of at
    most CHUNK_CHARS that end at a line break, else a sentence end, else a space, parsed one
    by one and joined, so offsets stay those of `text`.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionInputTooLarge(
            f"text of {len(text):,} characters is over the extractor's limit of "
            f"{MAX_TEXT_CHARS:,}; split the document"
        )
    pipeline = nlp()
    if len(text) <= CHUNK_CHARS:
        return pipeline(text)
    docs = list(pipeline.pipe(text_chunks(text)))
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:  # never expected: from_docs keeps every character
        raise ExtractionInputTooLarge("the text could not be read in chunks")
    return joined


def text_chunks(text: str, size: int | None = None) -> list[str]:
    """`text` cut into consecutive pieces of at most `size` characters at natural breaks."""
    size = size or CHUNK_CHARS
    chunks = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n") + 1
        if cut < size // 2:
            ends = list(SENTENCE_END.finditer(window))
            cut = ends[-1].end() if ends and ends[-1].end() >= size // 2 else 0
        if cut < size // 2:
            cut = window.rfind(" ") + 1
        if cut < size // 2:
            cut = size  # one unbroken run: cut it anyway
        chunks.append(text[start : start + cut])
        start += cut
    chunks.append(text[start:])
    return chunks


def make_sentence(text, start, end, tail, title_span, quotes) -> Sentence | None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return None
    start += len(raw) - len(raw.lstrip())
    end = start + len(stripped)
    in_quote = stripped[0] in '“"' or any(q_start <= start < q_end for q_start, q_end in quotes)
    return Sentence(stripped, start, end, section_of(stripped, start, tail, title_span), in_quote)


def section_of(
    sentence: str, start: int, tail: list[tuple[int, str]], title_span: tuple[int, int]
) -> str:
    """About sections (recaps count) are "about"; legal text, contacts and the lines above the
    headline (disclaimers, exchange cover, exhibit headers) are "boilerplate"."""
    if tail and start >= tail[0][0]:
        return [kind for offset, kind in tail if offset <= start][-1]
    if BOILERPLATE_LINE.search(sentence) or start < title_span[0]:
        return "boilerplate"
    if start < title_span[1]:
        return "title"
    return "body"


def tail_headings(text: str) -> list[tuple[int, str]]:
    """Headings that end the body, each with the kind of section it opens."""
    headings = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if offset > 0 and is_end_heading(stripped):
            kind = (
                "about" if re.match(r"[*•·]?\s*about\s", stripped, re.IGNORECASE) else "boilerplate"
            )
            headings.append((offset, kind))
        offset += len(line)
    return headings


def is_end_heading(line: str) -> bool:
    if not line:
        return False
    if LONG_HEADINGS.match(line):
        return True
    return len(line) <= 60 and bool(SHORT_HEADINGS.match(line))


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Spans between quotation marks long enough to be someone speaking."""
    spans = []
    opened = None
    for match in re.finditer(r"[“”\"]", text):
        char = match.group()
        if opened is None and char in '“"':
            opened = match.start()
        elif opened is not None and char in '”"':
            if match.start() - opened >= SPEECH_MIN_CHARS:
                spans.append((opened, match.end()))
            opened = None
    return spans


def is_clean_char(char: str) -> bool:
    """Characters a real name can hold: Latin, Greek, CJK and common punctuation."""
    code = ord(char)
    if code < 0x80:
        return char.isprintable()
    if 0xC0 <= code <= 0x24F:
        return char not in "×÷"
    if 0x391 <= code <= 0x3C9 or 0x2010 <= code <= 0x2027 or char in "®™©°":
        return True
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3000 <= code <= 0x303F


def is_clean_name(name: str) -> bool:
    """False for text damaged by PDF extraction (mojibake) or empty names."""
    return bool(name.strip()) and all(is_clean_char(char) for char in name)


def garbled_count(text: str) -> int:
    return sum(1 for char in text if not is_clean_char(char) and not char.isspace())


# The one fold shared with the database's alias keys (apps.core.names, pure Python), cached
# because rules fold the same names many times per release.
fold = lru_cache(maxsize=65536)(names.fold)


def collapse(value: str) -> str:
    return " ".join(value.split())
