"""Company events that happened: facilities, GMP inspections, financings, trial milestones...

    find_events(doc, base, published) -> [FoundEvent, ...]

One event per type: the first body sentence that tells it as done (lexicons/events.py). A
conference is a presentation at a named meeting; a clinical milestone a completed step (first
patient dosed, enrolment completed, a trial started or completed, topline data); an IPO gives a
financing and a listing. Never a planned step ("will present", "expects to complete"), never one
told only in the About section or boilerplate. The event's company is resolved by the pipeline
from ``start`` and ``trigger``.
"""

import re
from dataclasses import dataclass

from .dates import find_dates
from .lexicons.events import FUTURE, INVESTMENT, TRADING_DAY, TRIGGERS
from .money import find_money
from .text import Document, Sentence, collapse

TRIGGER_PATTERNS = [(kind, re.compile(trigger, re.IGNORECASE)) for kind, trigger in TRIGGERS]
FUTURE_WORDS = re.compile(FUTURE, re.IGNORECASE)
INVESTMENT_WORDS = re.compile(INVESTMENT, re.IGNORECASE)
TRADING_DAY_WORDS = re.compile(TRADING_DAY, re.IGNORECASE)
FUTURE_REACH = 40  # characters after a trigger that may still make it a plan ("... will be held")

# Measured precision of each rule on dev2A and dev (matched events / events the rule produced,
# 2026-12-01: gmp 1/1, facility 3/3, financing 9/10, listing 2/2, clinical 7/7, conference 6/6,
# leadership 3/3; small counts, so read them as upper bounds).
RULE_CONFIDENCE = {
    "event.gmp_inspection": 1.0,
    "event.facility": 1.0,
    "event.financing": 0.9,
    "event.listing": 1.0,
    "event.clinical_milestone": 1.0,
    "event.conference": 1.0,
    "event.leadership": 1.0,
}


@dataclass
class FoundEvent:
    type: str
    date: str | None
    summary: str
    amount: dict | None
    quote: str
    start: int = -1  # the telling sentence's offset in the text
    trigger: int = -1  # where its trigger starts: the event's subject is named before it

    @property
    def rule(self) -> str:
        return f"event.{self.type}"

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE[self.rule]

    def as_json(self, company: str) -> dict:
        return {
            "company": company,
            "type": self.type,
            "date": self.date,
            "summary": self.summary,
            "amount": self.amount,
            "quote": self.quote,
            "rule": self.rule,
            "confidence": self.confidence,
        }


def eligible(sentence: Sentence) -> bool:
    return sentence.is_body and sentence.section != "title"


def event_date(doc: Document, sentence: Sentence, base, published: str | None) -> str | None:
    """An explicit date in the telling; "today announced" and undated news give null."""
    for mention in find_dates(sentence.text, base, sentence.start):
        if mention.value != published or len(mention.value) < 10:
            return mention.value
    return None


def related_date(doc: Document, kind_pattern: str, base, published: str | None) -> str | None:
    """GMP audits and facilities are often dated in a neighbouring sentence of the same story."""
    for sentence in doc.sentences:
        if eligible(sentence) and re.search(kind_pattern, sentence.text, re.IGNORECASE):
            if re.search(r"\btoday\b", sentence.text, re.IGNORECASE):
                return None
            value = event_date(doc, sentence, base, published)
            if value:
                return value
    return None


def event_amount(doc: Document, kind: str, sentence: Sentence) -> dict | None:
    moneys = find_money(sentence.text, sentence.start)
    if kind == "financing" and moneys:
        return moneys[0].as_json()
    if kind == "facility":
        for other in doc.sentences:
            if eligible(other) and INVESTMENT_WORDS.search(other.text):
                found = find_money(other.text, other.start)
                if found:
                    return found[0].as_json()
    return None


def find_events(doc: Document, base, published: str | None) -> list[FoundEvent]:
    """Events told as done in the title and body, at most one per type.

    Input: the analysed document, the release date (for "in January") and its ISO string.
    Output: FoundEvent items in the order of TRIGGERS; the date is the event's own explicit
    date (null for "today" and undated news), the amount the first money in a financing's
    sentence. Never a plan, never an event told only after the body.
    """
    events = []
    for kind, pattern in TRIGGER_PATTERNS:
        told = [s for s in doc.sentences if eligible(s) and happened(pattern, s.text)]
        if kind == "financing":  # the sentence that prices the raise tells it best
            told.sort(key=lambda s: not find_money(s.text))
        if kind == "listing":  # an IPO is dated by its first trading day
            told.sort(key=lambda s: not TRADING_DAY_WORDS.search(s.text))
        if told:
            event = make_event(doc, kind, told[0], base, published)
            event.start = told[0].start
            event.trigger = told[0].start + pattern.search(told[0].text).start()
            events.append(event)
    return events


def happened(pattern: re.Pattern, sentence: str) -> bool:
    match = pattern.search(sentence)
    return match is not None and not FUTURE_WORDS.search(sentence[: match.end() + FUTURE_REACH])


def make_event(doc: Document, kind: str, sentence: Sentence, base, published) -> FoundEvent:
    if re.search(r"\btoday\b", sentence.text, re.IGNORECASE):
        date = None
    elif kind in ("gmp_inspection", "facility"):
        story = {"gmp_inspection": r"inspection|audit", "facility": r"facility|cent(?:er|re)"}[kind]
        date = event_date(doc, sentence, base, published) or related_date(
            doc, story, base, published
        )
    else:
        date = event_date(doc, sentence, base, published)
    return FoundEvent(
        kind, date, summary(sentence.text), event_amount(doc, kind, sentence), sentence.text
    )


def summary(sentence: str) -> str:
    text = collapse(sentence)
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "..."
