"""Date phrases: found by regex, resolved against the release's own date.

The phrases are the few shapes DATE_PHRASE finds, so they are read here directly: a
general date parser (dateparser) cost ~0.3 s of import per process and most of the time
spent on dates.
"""

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .lexicons.text import MONTH_NAMES, MONTHS
from .prefilter import prefiltered

DAY = r"\d{1,2}(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
# Longest forms first: the alternation stops at the first that matches.
DATE_PHRASE = prefiltered(
    rf"\b(?:{DAY}\s*(?:[-–]|to)\s*{DAY}\s+{MONTHS}\.?,?\s+{YEAR}"  # 4 to 7 May 2025
    rf"|{MONTHS}\.?\s+{DAY}\s*[-–]\s*{DAY},?\s+{YEAR}"  # Apr. 10–12, 2025
    rf"|{DAY}\s+{MONTHS}\.?,?\s+{YEAR}"  # 13 February 2025
    rf"|{DAY}\s+of\s+{MONTHS}\.?,?\s+{YEAR}"  # the 3rd of May 2026
    rf"|{MONTHS}\.?\s+{DAY},?\s+{YEAR}"  # Feb. 13, 2025 / August 30th, 2021
    rf"|{MONTHS}\.?,?\s+{YEAR}"  # May 2020
    rf"|{MONTHS}\.?\s+{DAY}\s*[-–]\s*{DAY}\b"  # taking place June 11–14 (year-less span)
    rf"|(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.{YEAR}"  # 13.02.2025
    rf"|{YEAR}-\d{{2}}-\d{{2}}"  # 2025-02-13
    rf"|(?<=\bon )(?:{MONTHS}\.?\s+{DAY}|{DAY}\s+{MONTHS})\b"  # on November 6
    rf"|(?<=\bend of ){MONTHS}\b|(?<=\bin ){MONTHS}\b(?!\s+\d))",  # end of January
    re.IGNORECASE,
)
# "Apr. 10–12, 2025", "4 to 7 May 2025": a span of days is dated by its first day
RANGE_END = re.compile(r"\s*(?:[-–]|to)\s*\d{1,2}(?:st|nd|rd|th)?\b")
YEAR_ONLY = re.compile(rf"(?<=\b[Ii]n )({YEAR})\b(?![-/]\d)")
# "in Q1 2026", "in the first quarter of 2026", "in the second half of 2025": a part of a year
# the contract cannot write, so the year
YEAR_PART = re.compile(
    r"\b(?:Q[1-4]|[1-4]Q|H[12]|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
    rf"|(?:first|second)\s+half)(?:\s+of)?,?\s+({YEAR})\b",
    re.IGNORECASE,
)
# one of these is in every YEAR_PART phrase (a cheap test before the regex: most texts hold none)
YEAR_PART_WORDS = ("uarter", "UARTER", "alf", "ALF", "Q", "H1", "H2")
RELATIVE_WORDS = re.compile(r"\b(?:today|yesterday|recently|this week|tonight)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"


# "sep", "sept" and "september" -> 9: a month is known by its first three letters
MONTH_NUMBER = {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}


def clean_phrase(phrase: str) -> str:
    """Words only: no ordinals, no full stops or commas, single spaces."""
    phrase = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", phrase)
    return " ".join(phrase.replace(".", " ").replace(",", " ").split())


@lru_cache(maxsize=4096)
def resolve(phrase: str, base: date | None = None, ahead: bool = False) -> str | None:
    """The phrase as a partial ISO date, as precise as the text allows and no more.

    "13 February 2025", "Feb. 13, 2025", "13.02.2025" (day first) and "2025-02-13" give
    "2025-02-13"; "May 2020" gives "2020-05". Without a year ("on November 6", "in January")
    the phrase is the latest such day or month up to `base`, the release's date (a step told
    as done: "the FDA granted ... on November 6"); with `ahead` (an event that may still be
    coming: "will present a poster on March 3") it is in the year of `base`, earlier or later
    in it, unless its month lies more than YEAR_BACK_MONTHS after the release's (then last
    year). None without `base`, and None for an impossible date.
    """
    numeric = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", phrase)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        if month > 12 >= day:  # "02.13.2025" can only be month first
            day, month = month, day
        return iso(year, month, day)
    numeric = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", phrase)
    if numeric:
        year, month, day = (int(part) for part in numeric.groups())
        return iso(year, month, day)
    year = day = month = None
    phrase = RANGE_END.sub("", phrase, count=1) if not phrase[:4].isdigit() else phrase
    for word in clean_phrase(phrase).split():
        if word.isdigit():
            if len(word) == 4:
                year = int(word)
            else:
                day = int(word)
        else:
            month = MONTH_NUMBER.get(word[:3].lower())
    if month is None:
        return None
    if year is None:
        if base is None:
            return None
        if ahead:
            # the release's year, for a past step or a coming one ("the meeting on March 3" in
            # a February release); a month well after the release's is last year's ("on
            # December 18" in a January release)
            year = base.year - 1 if month - base.month > YEAR_BACK_MONTHS else base.year
        else:
            later = (month, 1 if day is None else day) > (base.month, base.day)
            year = base.year - 1 if later else base.year
        if (month, day) == (2, 29):  # the latest leap day
            while not iso(year, month, day):
                year -= 1
    return iso(year, month, day)


# How many months after the release's own month a year-less date may lie and still be in its
# year: beyond it, the release recaps last year ("on November 6" in a March release)
YEAR_BACK_MONTHS = 6


def iso(year: int, month: int, day: int | None) -> str | None:
    """ "YYYY-MM-DD", or "YYYY-MM" when `day` is None; None for an impossible date."""
    try:
        value = date(year, month, 1 if day is None else day)
    except ValueError:
        return None
    return value.isoformat() if day is not None else value.isoformat()[:7]


def find_dates(
    text: str, base: date | None = None, offset: int = 0, *, ahead: bool = False
) -> list[DateMention]:
    """Every date phrase in `text`, resolved against `base` (see `resolve` for `ahead`)."""
    mentions = []
    for match in DATE_PHRASE.finditer(text):
        value = resolve(match.group(), base, ahead)
        if value:
            mentions.append(DateMention(match.start() + offset, match.end() + offset, value))
    parts = YEAR_PART.finditer(text) if any(w in text for w in YEAR_PART_WORDS) else ()
    for match in [*YEAR_ONLY.finditer(text), *parts]:
        if not any(m.start <= match.start(1) + offset < m.end for m in mentions):
            mentions.append(
                DateMention(match.start() + offset, match.end() + offset, match.group(1))
            )
    return sorted(mentions, key=lambda m: m.start)


def range_value(first: str, last: str) -> str | None:
    """What two dates that bound one event share: "2024-11-07" and "2024-11-13" give
    "2024-11", "2024-11-28" and "2024-12-02" give "2024"; None for different years or when
    either is only a year."""
    if len(first) < 7 or len(last) < 7 or first[:4] != last[:4]:
        return None
    return first[:7] if first[:7] == last[:7] else first[:4]


def to_date(value: str | None) -> date | None:
    if not value or len(value) != 10:
        return None
    return date.fromisoformat(value)


# A dateline: the date opens a line or follows a place ("HONG KONG, Feb. 13, 2025 /PRNewswire/",
# "Lyon (France); March 9, 2022,", "ANAHEIM, CA - March 10, 2025 (NEWMEDIAWIRE)"), and closes the
# line or is followed by a wire tag, a dash, a time, a comma or a full stop.
PLACE_WORD = r"(?:[A-Z][\w.'’]*|\([A-Z][\w .'’]*\))"
PLACE_PREFIX = (
    r"(?:(?!(?:On|In|As|Since|By|From|Until|Through|Dated?|Effective|Before|After)\b)"
    rf"{PLACE_WORD}(?:[ ,;/]+(?:and|AND|of|the|{PLACE_WORD}))*[,;]?\s*(?:--\(.*?\)--)?[,;]?\s*"
    r"(?:[-–—]\s*)?)?"
)
DATELINE_TAIL = r"\s*(?:$|/|\(|-|–|—|:|\||\d{1,2}:\d{2}|,\s|\.(?:\s|$))"
# A dateline inside a paragraph (a headline run into the body): capitals, then the date and a
# wire tag or dash: "... China SHANGHAI, Sept. 2, 2024 /PRNewswire/ -- Acme ..."
INLINE_DATELINE = re.compile(
    r"\b[A-Z]{2,}[A-Z .'’]*(?:,\s*[A-Z][\w.]*)*,?\s+"
    + rf"(?:{MONTHS}\.?\s+{DAY},?\s+{YEAR}|{DAY}\s+{MONTHS}\.?,?\s+{YEAR})"
    + r"\s*(?:/\w+/|\(|--|–|—|-\s)"
)


def published_on(text: str) -> str | None:
    """The release's own date, from a dateline or date line at the top or bottom.

    Input: the whole text. Output: "YYYY-MM-DD", or None when no line reads as a dateline
    (a date in a sentence is never the release's date).
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    candidates = lines[:15] + lines[-6:]
    for line in candidates:
        value = dateline_value(line)
        if value:
            return value
    for line in lines[:15]:
        match = INLINE_DATELINE.search(line)
        if match:
            value = resolve(DATE_PHRASE.search(match.group()).group())
            if value and len(value) == 10:
                return value
    return None


def dateline_value(line: str) -> str | None:
    for match in DATE_PHRASE.finditer(line[:160]):
        prefix = line[: match.start()]
        tail = line[match.end() :]
        if not re.fullmatch(PLACE_PREFIX, prefix):
            continue
        if not re.match(DATELINE_TAIL, tail):
            continue
        value = resolve(match.group())
        if value and len(value) == 10:
            return value
    return None
