"""Sentences, sections and character hygiene for one press release."""

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from apps.core import names

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


def analyse(text: str, title: str | None = None) -> Document:
    doc = nlp()(text)
    tail = tail_headings(text)
    body_end = tail[0][0] if tail else len(text)
    quotes = speech_spans(text)
    title_text = title if title is not None else first_line(text)
    title_end = 0
    if title_text and title_text in text and len(title_text) <= MAX_HEADLINE:
        title_end = text.find(title_text) + len(title_text)
    sentences = []
    for span in doc.sents:
        sentence = make_sentence(text, span.start_char, span.end_char, tail, title_end, quotes)
        if sentence:
            sentences.append(sentence)
    return Document(text, title_text, sentences, doc, body_end)


def make_sentence(text, start, end, tail, title_end, quotes) -> Sentence | None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return None
    start += len(raw) - len(raw.lstrip())
    end = start + len(stripped)
    in_quote = stripped[0] in '“"' or any(q_start <= start < q_end for q_start, q_end in quotes)
    return Sentence(stripped, start, end, section_of(stripped, start, tail, title_end), in_quote)


def section_of(sentence: str, start: int, tail: list[tuple[int, str]], title_end: int) -> str:
    """About sections (recaps count) are "about"; legal text and contacts are "boilerplate"."""
    if tail and start >= tail[0][0]:
        return [kind for offset, kind in tail if offset <= start][-1]
    if BOILERPLATE_LINE.search(sentence):
        return "boilerplate"
    if start < title_end:
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
