"""Company events that happened: facilities, GMP inspections, financings, trial milestones..."""

import re
from dataclasses import dataclass

from .dates import find_dates
from .money import find_money
from .text import Document, Sentence, collapse

# (type, trigger); the first matching sentence of each type gives the event.
TRIGGERS = [
    (
        "gmp_inspection",
        r"\b(?:c?GMP\b.{0,80}\b(?:inspection|audit)|(?:inspection|audit)\b.{0,80}\bc?GMP\b"
        r"|carried out an inspection|site inspection|pre-(?:approval|licen[cs]e) inspection"
        r"|\bPLI\b)",
    ),
    (
        "facility",
        r"\b(?:groundbreaking|broke ground|ground-breaking|opening of|opening ceremony|opened"
        r"|inaugurat\w*|completed construction|commenced operations?)\b.{0,120}\b(?:facility"
        r"|facilities|(?:R&D|research|innovation|manufacturing|production|development|technology)"
        r" (?:cent(?:er|re)|site|base|hub)|plant|campus|headquarters|laborator(?:y|ies))\b",
    ),
    (
        "financing",
        r"\b(?:placement|placing|capital rais\w*|rais(?:ed|es|ing) (?:gross proceeds|approximately"
        r"|[A-Z]{0,3}\$|US)|financing round|series [A-F]\b.{0,40}financing"
        r"|private placement|public offering)\b",
    ),
    (
        "listing",
        r"\b(?:listed on|began trading|commenced trading|debut(?:ed)? on|initial public offering)"
        r"\b",
    ),
    (
        "clinical_milestone",
        r"\b(?:top-?line (?:results|data)|first (?:patient|subject|participant)s?"
        r" (?:was |were |has been |have been )?(?:dosed|enrolled|treated)"
        r"|completed (?:patient )?enrol?lment|completion of (?:the )?(?:\w+[- ])*"
        r"(?:enrol?lment|run-in|dosing)|met (?:its|the) primary endpoint"
        r"|completed (?:an? |the |its )?(?:\w+ )?Phase (?:[1-4]|I{1,3}|IV)"
        r"(?:[ab]|/(?:[1-4]|I{1,3}))? (?:study|trial|clinical trial))\b",
    ),
    (
        "conference",
        r"\b(?:selected for (?:an? )?(?:oral|poster|late-breaking)|presented (?:at|in)"
        r"|oral presentation at)\b",
    ),
    (
        "leadership",
        r"\b(?:appointed|appointment of|named)\b.{0,60}\b(?:Chief|CEO|CFO|President"
        r"|Chair(?:man|woman)?|Director)\b",
    ),
]
FUTURE = re.compile(
    r"\b(?:will|plans? to|planned|expects?|expected|intends?|to be held|is to|are to|aims? to"
    r"|anticipat\w*|look(?:s|ing)? forward|proposed|upcoming)\b",
    re.IGNORECASE,
)
INVESTMENT = re.compile(r"\binvest(?:ment|ed)?\b", re.IGNORECASE)


@dataclass
class FoundEvent:
    type: str
    date: str | None
    summary: str
    amount: dict | None
    quote: str
    start: int = -1  # the telling sentence's offset in the text
    trigger: int = -1  # where its trigger starts: the event's subject is named before it

    def as_json(self, company: str) -> dict:
        return {
            "company": company,
            "type": self.type,
            "date": self.date,
            "summary": self.summary,
            "amount": self.amount,
            "quote": self.quote,
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
            if eligible(other) and INVESTMENT.search(other.text):
                found = find_money(other.text, other.start)
                if found:
                    return found[0].as_json()
    return None


def find_events(doc: Document, base, published: str | None) -> list[FoundEvent]:
    events = []
    for kind, trigger in TRIGGERS:
        pattern = re.compile(trigger, re.IGNORECASE)
        told = [s for s in doc.sentences if eligible(s) and happened(pattern, s.text)]
        if kind == "financing":  # the sentence that prices the raise tells it best
            told.sort(key=lambda s: not find_money(s.text))
        if told:
            event = make_event(doc, kind, told[0], base, published)
            event.start = told[0].start
            event.trigger = told[0].start + pattern.search(told[0].text).start()
            events.append(event)
    return events


def happened(pattern: re.Pattern, sentence: str) -> bool:
    match = pattern.search(sentence)
    return match is not None and not FUTURE.search(sentence[: match.end() + 40])


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
