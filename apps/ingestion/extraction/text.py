"""Sentences, sections and character hygiene for one press release."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from apps.core import names

from .dates import INLINE_DATELINE, dateline_value
from .lexicons.text import ABBREVIATIONS, END_OF_BODY_HEADINGS
from .prefilter import prefiltered

# Headings that may run long (a cautionary paragraph, a glued "About X" line).
LONG_HEADINGS = re.compile(
    r"^\s*(?:about\s|cautionary|forward[- ]looking|as at the date of this announcement"
    r"|by order of the board|source\s|view original content)",
    re.IGNORECASE,
)
SHORT_HEADINGS = re.compile(rf"^\s*[*•·l]?\s*(?:{END_OF_BODY_HEADINGS})", re.IGNORECASE)
BOILERPLATE_LINE = prefiltered(
    r"registered trademarks?|all rights reserved|copyright|press release features multimedia"
    r"|view (?:the )?(?:full|source) (?:release|version)|solely responsible for the content"
    r"|take no responsibility for the contents|trademarks? of",
    re.IGNORECASE,
)
SPEECH_MIN_CHARS = 60
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
# A contact line above the headline: "Contact: media@acme.example", "Media Contacts", "Investor
# Relations:", a line holding an e-mail address, or a telephone number alone
CONTACT_HEADING = re.compile(
    r"^(?:(?:media|press|investors?|ir|company|corporate|news)"
    r"(?:\s*(?:and|&|/)\s*(?:media|press|investors?))?\s+)?"
    r"(?:contacts?|inquiries|enquiries|relations)\b\s*(?::|$)",
    re.IGNORECASE,
)
CONTACT_DETAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|^(?:(?:tel|phone|telephone|mobile|mob|office|fax|[tpmf])\.?\s*:?\s*)?"
    r"\+?\(?\d[\d\s().\-/]{5,}\d$",  # a telephone number alone on its line
    re.IGNORECASE,
)
# The lines under a contact heading (a name, a title, a number) up to the blank line that ends
# the block; a block that runs longer without a blank line ends at its heading
CONTACT_BLOCK_LINES = 6
# Above MAX_TEXT_CHARS the extractor refuses the text with ExtractionInputTooLarge, and the
# ingest keeps the document with that message. The rules' cost grows faster than the text on
# long inputs (a breaker measured 11 s at 200 KB and 75 s at 500 KB of dense deal sentences);
# the longest release in the development sets is 43 KB, so 500,000 characters is ten times
# any real release and bounds a worker's time on one document.
MAX_TEXT_CHARS = 500_000
PROSE_MIN_WORDS = 10  # a headline rarely runs this long in sentence case with a full stop
REPORTED = re.compile(
    r"\b(?:has|have|had|today)\s+announced\b|\bannounced (?:today|that)\b|\bsaid\b"
)
# What only a body's opening sentence holds: a term defined in brackets ('Velmir Inc.
# ("Velmir")'), an apposition in lower case (", a clinical-stage biotech company,")
BODY_OPENING = re.compile(
    r"\((?:the\s+|hereinafter\s+)?[\"“][^\"”]{1,40}[\"”]"
    r"|,\s+an?\s+(?:[a-z][\w-]*\s+){0,5}(?:company|firm|developer|leader|provider)\b"
    r"|\b(?:today|recently)\s+announced\b|\bannounced\s+today\b"
)


# eq=False: a release's sentences differ by their spans, so identity is equality, and rules ask
# "is this sentence one of the deal's?" thousands of times in a long release (field-by-field
# comparison made that quadratic in cost)
@dataclass(frozen=True, eq=False)
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
    body_end: int

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.is_body]


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
    return headline_of(opening_line(text))


def headline_of(opening: tuple[int, str] | None) -> str | None:
    """The headline, given the text's opening_line: None when that is a body paragraph."""
    if opening is None or is_body_paragraph(opening[1]):
        return None
    return opening[1]


def opening_line(text: str) -> tuple[int, str] | None:
    """(offset, stripped line) of the first line that is neither furniture nor a contact block
    above the headline: the headline, or the body's first paragraph."""
    raw = text.splitlines(keepends=True)[:HEADLINE_SEARCH_LINES]
    stripped = [line.strip() for line in raw]
    contact = contact_block(stripped)
    lines = [line for line in stripped if line]
    offset = 0
    seen = 0  # the non-blank lines before this one
    for i, line in enumerate(stripped):
        at = offset
        offset += len(raw[i])
        if not line:
            continue
        seen += 1
        if i in contact or is_furniture(line, lines[seen : seen + 4]):
            continue
        return at + raw[i].find(line), line
    return None


def contact_block(lines: list[str]) -> set[int]:
    """Indexes of the contact lines among `lines` (stripped): each CONTACT_HEADING with the
    lines under it up to a blank line (when one comes within CONTACT_BLOCK_LINES), and each
    line of CONTACT_DETAIL."""
    found = set()
    for i, line in enumerate(lines):
        if CONTACT_DETAIL.search(line) and len(line) <= MAX_DATE_LINE:
            found.add(i)
        if not CONTACT_HEADING.match(line):
            continue
        found.add(i)
        block = lines[i + 1 : i + 1 + CONTACT_BLOCK_LINES]
        if "" in block:
            found.update(range(i + 1, i + 1 + block.index("")))
    return found


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
    if len(line) > MAX_HEADLINE or INLINE_DATELINE.search(line) or BODY_OPENING.search(line):
        return True
    if not line.endswith(".") or re.search(r"\b(?:Inc|Ltd|Co|Corp|S\.A|N\.V)\.$", line):
        return False
    return bool(REPORTED.search(line) or re.search(r"[a-z0-9)]\.\s+[A-Z]", line) or is_prose(line))


def is_prose(line: str) -> bool:
    """A long sentence in lower case with a full stop ("Acme raised HK$1 billion in its IPO,
    with the offer price set at HK$20."), not a headline in title case."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    lower = [w for w in words if w[0].islower()]
    return len(words) >= PROSE_MIN_WORDS and len(lower) >= len(words) / 2


def analyse(text: str, title: str | None = None) -> Document:
    """Sentences with their sections, the headline and where the body ends.

    Raises ExtractionInputTooLarge above MAX_TEXT_CHARS.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionInputTooLarge(
            f"text of {len(text):,} characters is over the extractor's limit of "
            f"{MAX_TEXT_CHARS:,}; split the document"
        )
    # a heading above the headline ("Contact: ..." under "FOR IMMEDIATE RELEASE") ends no body
    opening = opening_line(text)
    tail = [h for h in tail_headings(text) if opening is None or h[0] >= opening[0]]
    body_end = tail[0][0] if tail else len(text)
    quotes = speech_spans(text)
    title_text = title if title is not None else headline_of(opening)
    title_start = title_end = 0
    if title_text and title_text in text and len(title_text) <= MAX_HEADLINE:
        title_start = text.find(title_text)
        title_end = title_start + len(title_text)
    sentences = []
    for start, end in sentence_spans(text):
        sentence = make_sentence(text, start, end, tail, (title_start, title_end), quotes)
        if sentence:
            sentences.append(sentence)
    return Document(text, title_text, sentences, body_end)


class ExtractionInputTooLarge(ValueError):
    """The text is longer than MAX_TEXT_CHARS characters; nothing was extracted."""


# --- Words broken over a line end ----------------------------------------------------------
# "today an-\nnounced", "ELV-\n09": a word a wrapped text broke at a line's end with a hyphen
# (the reader keeps that line break, see readers.unwrap_hard_breaks). The rules read the word
# whole; quotes are then taken back from the text as given, so each stays verbatim.
LINE_END_HYPHEN = re.compile(r"(?<=\w)-\n(?=\w)")
FRAGMENT = re.compile(r"\w+")


def rejoined(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each LINE_END_HYPHEN joint closed, and the joints as (offset in the result,
    characters removed up to there). Between two lower-case fragments the hyphen goes too
    ("an-\nnounced" is "announced") unless the second fragment is a word of its own elsewhere
    in the text ("small-\nmolecule" stays "small-molecule"); a code or a name keeps it
    ("ELV-\n09" is "ELV-09")."""
    if "-\n" not in text:
        return text, []
    pieces, joints = [], []
    last = removed = 0
    words = None
    for match in LINE_END_HYPHEN.finditer(text):
        right = FRAGMENT.match(text, match.end()).group()
        syllable = text[match.start() - 1].islower() and right.islower()
        if syllable and words is None:
            words = Counter(w.lower() for w in FRAGMENT.findall(text))
        # a syllable break loses "-\n", any other break only "\n"
        cut = match.start() if syllable and words[right] == 1 else match.start() + 1
        pieces.append(text[last:cut])
        removed += match.end() - cut
        last = match.end()
        joints.append((cut - removed + (match.end() - cut), removed))
    pieces.append(text[last:])
    return "".join(pieces), joints


def original_span(joints: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The span of the text as given that [start, end) of `rejoined`'s result came from."""

    def shift(offset: int) -> int:
        before = [removed for at, removed in joints if at <= offset]
        return before[-1] if before else 0

    return start + shift(start), end - 1 + shift(end - 1) + 1


def with_given_quotes(result: dict, joined: str, text: str, joints) -> dict:
    """`result` of the rejoined text with each quote taken back from `text` as given."""
    for items in result.values():
        if not isinstance(items, list):
            continue
        for item in items:
            quote = item.get("quote") if isinstance(item, dict) else None
            at = joined.find(quote) if quote else -1
            if at >= 0:
                start, end = original_span(joints, at, at + len(quote))
                item["quote"] = text[start:end]
    return result


# --- Sentences, without a tokenizer library ------------------------------------------------
# A sentence ends at "!", "?", a full-width stop, or a "." that ends a word and is not part of
# an abbreviation (lexicons.text.ABBREVIATIONS, "Inc.", "e.g.", "No.") or an initial ("J. Doe",
# "U.S."); the punctuation right after it (closing quotes, brackets, a bullet) stays with it.
# A line break always ends a sentence: headings and bullets carry no full stop. A stop inside
# brackets that close on the same line is no end: "(Reg. no. 123)" is one aside.
SENTENCE_STOPS = frozenset("!?。！？．｡")
STOP_WORD = re.compile(r"\S*[.!?。！？．｡]\S*")  # a word holding a stop; most words hold none
STOP_CHAR = re.compile(r"[.!?。！？．｡]")
NON_SPACE = re.compile(r"\S*")
LINE = re.compile(r"[^\n]*\n|[^\n]+$")
WORD_OPENERS = "([{\"'“‘«„‚`"
WORD_CLOSERS = "\"'”’)]}»"
AFTER_STOP = re.compile(r"(?:\s*[^\w\s$€£¥+<=>^|~®©™°§]+)*")
# "ended.Then" written without a space is two sentences; web addresses are not, nor a name
# that ends in one capital after a stop ("Hanul inno.N"): a sentence opens with a word of
# two letters or more, or with "A" or "I".
JOINED_STOP = re.compile(r"(?<=[a-z\"'”’])\.(?=[A-Z][A-Za-z\"'’]|[AI]\s|[\"'“‘])")
# "... for EMBLAVO.8 The designation ...": a footnote number after the stop ends the sentence.
FOOTNOTED_STOP = re.compile(r"[A-Za-z)\]]{2,}\.\d{1,2}(?:[,–-]\d{1,2})*")
CODE_LIKE = re.compile(r"[-\d].*\.")  # "EX-99.1", "v2.1": a number, not a note
NEXT_SENTENCE = re.compile(r"\s+[A-Z]")
LEGAL_FORM_STOP = re.compile(r"(?:Inc|Ltd|Co|Corp|plc|Limited|AG|SA|LLC)\.")
QUOTE_OPENS = re.compile(r"\s+[\"“‘']\s?[A-Z]")
MAX_BRACKET_CHARS = 200  # an aside in brackets; a stray "(" further away is no aside


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, whitespace included, covering it all."""
    spans = []
    start = 0
    for line in LINE.finditer(text):
        for end in stop_offsets(line.group()):
            if line.start() + end > start:
                spans.append((start, line.start() + end))
                start = line.start() + end
        if line.end() > start:
            spans.append((start, line.end()))
            start = line.end()
    return [
        piece
        for span in spans
        for joined in unjoined(text, *span)
        for piece in bounded(text, *joined)
    ]


# A sentence this long may be a bullet list whose line breaks were lost when the page was
# copied ("... subject to certain milestonesTotal Operating Activities saw ..."): each item
# then runs into the next with no space, and rules read the items as one sentence, pairing a
# lender in one bullet with a royalty in another. Ordinary sentences are shorter, so a camel
# joint inside one ("electroCore") is never cut.
RUN_TOGETHER_MIN_CHARS = 400
# A word of at least four lower-case letters, or a year, run straight into a capitalised word:
# the end of one item and the start of the next. "uniQure" (three letters) and "iPhone" are
# spared.
ITEM_JOINT = re.compile(r"(?<![\w\-])(?:[a-z]{4,}|\d{4})(?=[A-Z][a-z]{2,}\b)")
# Any word run into a capitalised past tense, the way a highlight opens ("...in Greater
# ChinaReceived $15 million", "...from TollgateAppointed"), at any length of run: a
# camel-cased name ("AstraZeneca", "SpringWorks") ends in no "-ed".
HIGHLIGHT_JOINT = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2,}ed\b)")


def unjoined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at each HIGHLIGHT_JOINT, and at each ITEM_JOINT when it runs past
    RUN_TOGETHER_MIN_CHARS; whole when it has none."""
    joints = {m.end() for m in HIGHLIGHT_JOINT.finditer(text, start, end)}
    if end - start >= RUN_TOGETHER_MIN_CHARS:
        joints.update(m.end() for m in ITEM_JOINT.finditer(text, start, end))
    pieces = []
    for joint in sorted(joints):
        pieces.append((start, joint))
        start = joint
    pieces.append((start, end))
    return pieces


# The longest run read as one sentence. Real sentences stay far below it (the longest in the
# development corpora is under 2,000 characters); a text with no stops for pages (a table
# dumped on one line) is cut into pieces, because several rules compare each pair of
# mentions in a sentence and would take minutes on one 100 KB "sentence".
MAX_SENTENCE_CHARS = 2_500


def bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut into pieces of at most MAX_SENTENCE_CHARS, each ending after the last
    "; " or ", " (else the last space) before the limit, or at the limit."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start : start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut <= 0:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut > 0 else MAX_SENTENCE_CHARS)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def stop_offsets(line: str) -> list[int]:
    """Offsets in `line` just after each sentence end inside it, closing punctuation included."""
    ends = []
    asides = bracket_spans(line) if "(" in line or "[" in line else []
    for start, end in stop_words(line):
        token = line[start:end]
        stop = word_stop(token)
        if stop is None:
            if "/" not in token and "@" not in token:
                ends.extend(start + m.end() for m in joined_stops(token))
            if is_footnoted_stop(token) and NEXT_SENTENCE.match(line, end):
                ends.append(end)
            elif LEGAL_FORM_STOP.fullmatch(token) and QUOTE_OPENS.match(line, end):
                # '... to Kestrel Pharma Co., Ltd. "We are pleased," said ...': a name's legal
                # form ends the sentence when a quotation opens right after it
                ends.append(end)
            continue
        if any(open_ < start + stop - 1 < close for open_, close in asides):
            continue
        after = AFTER_STOP.match(line, end)
        ends.append(after.end())
    return ends


def stop_words(line: str) -> list[tuple[int, int]]:
    """(start, end) of each STOP_WORD match in `line`: every whole run of non-space characters
    that holds a stop. Found from the stops themselves (rare) rather than by trying STOP_WORD
    at every position of the line."""
    spans = []
    end = 0
    for stop in STOP_CHAR.finditer(line):
        position = stop.start()
        if position < end:
            continue  # a second stop in the same word
        start = position
        while start > end and not line[start - 1].isspace():
            start -= 1
        end = NON_SPACE.match(line, position).end()
        spans.append((start, end))
    return spans


def bracket_spans(line: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the round or square brackets closed on `line`."""
    spans = []
    opened: list[int] = []
    for match in re.finditer(r"[()\[\]]", line):
        if match.group() in "([":
            opened.append(match.start())
        elif opened:
            start = opened.pop()
            if match.start() - start <= MAX_BRACKET_CHARS:
                spans.append((start, match.start()))
    return spans


def is_footnoted_stop(token: str) -> bool:
    """ "approved.4,7" ends a sentence and cites notes 4 and 7; "No.1" and "EX-99.1" do not."""
    if not FOOTNOTED_STOP.fullmatch(token):
        return False
    return not is_abbreviation(token.split(".", 1)[0] + ".") and not CODE_LIKE.search(token)


def joined_stops(token: str) -> list[re.Match]:
    """Stops between two words written without a space ("ended.Then"), not after "Inc."."""
    if is_abbreviation(token.rstrip(",;:").rstrip(WORD_CLOSERS).lstrip(WORD_OPENERS)):
        return []
    return [
        m
        for m in JOINED_STOP.finditer(token)
        if not is_abbreviation(re.split(r"[^\w.]", token[: m.end()])[-1])
    ]


def word_stop(token: str) -> int | None:
    """Length of `token` up to its sentence-final stop, or None when it ends no sentence."""
    core = token.rstrip(WORD_CLOSERS)
    if not core:
        return None
    if core[-1] in SENTENCE_STOPS:
        return len(core)
    bare = core.rstrip(",;:").rstrip(WORD_CLOSERS).lstrip(WORD_OPENERS)
    if is_abbreviation(bare) or is_abbreviation(bare.rsplit("-", 1)[-1]):
        return None
    if not core.endswith(".") or core.endswith(".."):
        return None
    before = bare[:-1]
    if not before:
        return len(core)
    last = before[-1]
    if last.isupper():  # "the FDA." ends; "J." and "U.S." are initials
        return len(core) if len(before) > 1 and before[-2].isupper() else None
    if last.isdigit() or last.islower() or last in "%²-+":
        return len(core)
    return len(core) if unicodedata.category(last)[0] in "PS" else None  # ")." "®."


# Legal forms an all-capitals release writes in capitals ("KESTREL BIO INC. AND ..."): an
# abbreviation still, where "the FDA." or "NORVALE AG." ends a sentence as in mixed case
CAPITALS_LEGAL_FORMS = frozenset({"INC.", "LTD.", "CO.", "CORP.", "LTDA.", "BHD."})


def is_abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or word in CAPITALS_LEGAL_FORMS


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
    if name.isascii():  # is_clean_char of an ASCII character is its isprintable()
        return bool(name.strip()) and name.isprintable()
    return bool(name.strip()) and all(is_clean_char(char) for char in name)


def garbled_count(text: str) -> int:
    return sum(1 for char in text if not is_clean_char(char) and not char.isspace())


# The one fold shared with the database's alias keys (apps.core.names, pure Python), cached
# because rules fold the same names many times per release.
fold = lru_cache(maxsize=65536)(names.fold)


def collapse(value: str) -> str:
    return " ".join(value.split())


# --- Phrases as whole runs of words --------------------------------------------------------
WORD_TOKEN = re.compile(r"\w+|[^\w\s]")
# A hyphen between two words joins them as a space would: "orphan-drug designation" and
# "Fast-Track" are the lexicon's "Orphan Drug Designation" and "Fast Track", whoever typed them.
WORD_HYPHENS = frozenset("-\u2010\u2011")


def phrase_tokens(text: str) -> list[re.Match]:
    """The word and punctuation tokens of text, without hyphens that stand between two words."""
    tokens = list(WORD_TOKEN.finditer(text))
    return [
        t
        for i, t in enumerate(tokens)
        if not (
            t.group() in WORD_HYPHENS
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].group()[-1].isalnum()
            and tokens[i + 1].group()[0].isalnum()
        )
    ]


class PhraseIndex:
    """Lexicon phrases found in a text as whole runs of words, longest first.

    A phrase matches the same words in the same order, whatever the spacing and whether a
    hyphen joins two of its words ("Fast-Track", "Fast - Track", "Fast Track"); a word of a
    phrase added with ``folded=True`` matches in any case. `find`
    returns (label, start, end) character offsets, overlapping matches resolved as spaCy's
    ``filter_spans`` does: the longest wins, then the earliest.
    """

    def __init__(self) -> None:
        # first word -> phrase length -> the phrase's words -> [(order added, label, folded)]:
        # a token is compared with the phrases of its first word by one lookup per length,
        # not one comparison per phrase ("the" opens hundreds of agency names)
        self.by_first: dict[str, dict[int, dict[tuple[str, ...], list]]] = {}
        self.added = 0

    def add(self, label: str, phrase: str, *, folded: bool) -> None:
        words = tuple(m.group() for m in phrase_tokens(phrase))
        if folded:
            words = tuple(w.lower() for w in words)
        if words:
            by_length = self.by_first.setdefault(words[0], {})
            by_length.setdefault(len(words), {}).setdefault(words, []).append(
                (self.added, label, folded)
            )
            self.added += 1

    def find(self, text: str) -> list[tuple[str, int, int]]:
        tokens = phrase_tokens(text)
        exact = [t.group() for t in tokens]
        lower = [w.lower() for w in exact]
        by_first = self.by_first
        found = []  # (words, -start index, label, first, last)
        for i, word in enumerate(exact):
            low = lower[i]
            if word not in by_first and low not in by_first:
                continue  # most words start no phrase
            hits = []  # (key rank, order added, length, label): the order ties are broken in
            for rank, key in enumerate((word,) if low == word else (word, low)):
                for length, phrases in by_first.get(key, {}).items():
                    as_written = tuple(exact[i : i + length])
                    as_lower = tuple(lower[i : i + length])
                    for added, label, folded in phrases.get(as_written, ()):
                        if not folded or as_lower == as_written:
                            hits.append((rank, added, length, label))
                    if as_lower != as_written:
                        for added, label, folded in phrases.get(as_lower, ()):
                            if folded:
                                hits.append((rank, added, length, label))
            for _, _, length, label in sorted(hits):
                found.append((length, -i, label, i, i + length))
        found.sort(key=lambda f: (f[0], f[1]), reverse=True)
        taken: set[int] = set()
        spans = []
        for _, _, label, first, last in found:
            if taken.isdisjoint(range(first, last)):
                taken.update(range(first, last))
                spans.append((label, tokens[first].start(), tokens[last - 1].end()))
        return sorted(spans, key=lambda s: s[1])
