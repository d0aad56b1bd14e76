"""Date phrases: found by regex, resolved by dateparser against the release's own date."""

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser

from .lexicons.text import MONTHS

DAY = r"\d{1,2}(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
# Longest forms first: the alternation stops at the first that matches.
DATE_PHRASE = re.compile(
    rf"\b(?:{DAY}\s+{MONTHS}\.?,?\s+{YEAR}"  # 13 February 2025
    rf"|{MONTHS}\.?\s+{DAY},?\s+{YEAR}"  # Feb. 13, 2025 / August 30th, 2021
    rf"|{MONTHS}\.?,?\s+{YEAR}"  # May 2020
    rf"|(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.{YEAR}"  # 13.02.2025
    rf"|{YEAR}-\d{{2}}-\d{{2}}"  # 2025-02-13
    rf"|(?<=\bon )(?:{MONTHS}\.?\s+{DAY}|{DAY}\s+{MONTHS})\b"  # on November 6
    rf"|(?<=\bend of ){MONTHS}\b|(?<=\bin ){MONTHS}\b(?!\s+\d))",  # end of January
    re.IGNORECASE,
)
YEAR_ONLY = re.compile(rf"(?<=\b[Ii]n )({YEAR})\b(?![-/]\d)")
RELATIVE_WORDS = re.compile(r"\b(?:today|yesterday|recently|this week|tonight)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"


@lru_cache(maxsize=1)
def date_parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


@lru_cache(maxsize=64)
def relative_parser(base: date) -> DateDataParser:
    """Reads "on November 6" or "end of January" as the latest such date up to the release."""
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=1)
def dmy_parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"DATE_ORDER": "DMY"})


def clean_phrase(phrase: str) -> str:
    """Shapes dateparser reads reliably: no ordinals, no "Sept.", single spaces."""
    phrase = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", phrase)
    phrase = re.sub(r"\bSept\b", "Sep", phrase.replace(".", " "), flags=re.IGNORECASE)
    return " ".join(phrase.replace(",", " ").split())


@lru_cache(maxsize=4096)
def resolve(phrase: str, base: date | None = None) -> str | None:
    """The phrase as a partial ISO date, as precise as the text allows and no more."""
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", phrase):
        data = dmy_parser().get_date_data(phrase)
        return data.date_obj.strftime("%Y-%m-%d") if data.date_obj else None
    cleaned = clean_phrase(phrase)
    has_year = re.search(YEAR, cleaned) is not None
    if not has_year and base is None:
        return None
    parser = relative_parser(base) if base and not has_year else date_parser()
    data = parser.get_date_data(cleaned)
    if data.date_obj is None:
        return None
    return partial_iso(data.date_obj, data.period)


def partial_iso(value: datetime, period: str | None) -> str:
    if period == "year":
        return f"{value.year:04d}"
    if period == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.strftime("%Y-%m-%d")


def find_dates(text: str, base: date | None = None, offset: int = 0) -> list[DateMention]:
    mentions = []
    for match in DATE_PHRASE.finditer(text):
        value = resolve(match.group(), base)
        if value:
            mentions.append(DateMention(match.start() + offset, match.end() + offset, value))
    for match in YEAR_ONLY.finditer(text):
        if not any(m.start <= match.start() + offset < m.end for m in mentions):
            mentions.append(
                DateMention(match.start() + offset, match.end() + offset, match.group(1))
            )
    return sorted(mentions, key=lambda m: m.start)


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
