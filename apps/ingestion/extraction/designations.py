"""Regulatory designations: drug x agency x type, with status, date and indication."""

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from .dates import find_dates
from .drugs import FoundDrug, body_mention_count, drugs_between
from .lexicons.designations import AGENCIES, CASE_SENSITIVE_TERMS, DESIGNATIONS, REGION_AGENCY
from .text import Document, Sentence, collapse, nlp

IND_CLEARED = re.compile(
    r"\bcleared\b[^;\n]{0,120}?\bto (?:enter|begin|start|initiate|commence|proceed)", re.IGNORECASE
)
HYPOTHETICAL = re.compile(
    r"\b(?:will|would|may|might|could|upon|subject to|pending|potential(?:ly)?|expect\w*|plan\w*"
    r"|intend\w*|seek\w*|eligible|anticipat\w*|prior to|towards?|path to|in order to|obtain"
    r"|cannot|routes? to|if approved|aim\w*|hope\w*|support\w*|required|to (?:achieve|secure|gain"
    r"|pursue|file|submit))\b",
    # Case-sensitive: "In May 2020" is a date, "may" is a hedge.
)
REGION = re.compile(
    r"\b(?:in|across|from|by)\s+("
    + "|".join(re.escape(r) for r in sorted(REGION_AGENCY, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
INDICATION = re.compile(
    r"(?:\b(?:for the treatment of|indicated for(?: the treatment of)?|for patients with)"
    r"|^\s*(?:\([^()]*\)\s*)?for(?!\s+(?:the|a|an|its|their|both)\b)(?!\s+[A-Z]{1,6}-?\d))\s+"
    r"(?:patients with\s+)?(?P<indication>[^.;]{3,220})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    label: str  # an agency code or a designation type


@dataclass
class FoundDesignation:
    drug: FoundDrug
    agency: str
    type: str
    status: str
    indication: str | None
    date: str | None
    date_known: bool  # an explicit date, or "today" (which pins the date to null)
    quote: str

    def as_json(self) -> dict:
        return {
            "drug": self.drug.name,
            "agency": self.agency,
            "type": self.type,
            "status": self.status,
            "indication": self.indication,
            "date": self.date,
            "quote": self.quote,
        }


@lru_cache(maxsize=1)
def matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Lexicon matchers over the blank pipeline, built once: one by case, one folded."""
    exact = PhraseMatcher(nlp().vocab, attr="ORTH")
    folded = PhraseMatcher(nlp().vocab, attr="LOWER")
    lexicons = [("agency", AGENCIES), ("designation", DESIGNATIONS)]
    for kind, lexicon in lexicons:
        for label, terms in lexicon.items():
            for term in terms:
                matcher = exact if term in CASE_SENSITIVE_TERMS else folded
                matcher.add(f"{kind}:{label}", [nlp().make_doc(term)])
    return exact, folded


def lexicon_hits(doc: Document) -> tuple[list[Hit], list[Hit]]:
    """Agency and designation mentions in the whole text, longest match first."""
    spans = []
    for matcher in matchers():
        for match_id, start, end in matcher(doc.spacy_doc):
            spans.append(make_span(doc, match_id, start, end))
    spans = filter_spans(spans)
    agencies, designations = [], []
    for span in spans:
        kind, label = span.label_.split(":", 1)
        hit = Hit(span.start_char, span.end_char, label)
        (agencies if kind == "agency" else designations).append(hit)
    for match in IND_CLEARED.finditer(doc.text):
        designations.append(Hit(match.start(), match.start() + len("cleared"), "ind_clearance"))
    return agencies, sorted(designations, key=lambda h: h.start)


def make_span(doc: Document, match_id: int, start: int, end: int):
    span = doc.spacy_doc[start:end]
    span.label_ = nlp().vocab.strings[match_id]
    return span


def group_hits(sentence: Sentence, hits: list[Hit], text: str) -> list[list[Hit]]:
    """Designations joined by "and", "," or a bracketed acronym share agency and date."""
    inside = [h for h in hits if sentence.start <= h.start < sentence.end]
    if any(h.label != "approval" for h in inside):
        # "the NMPA approved the IND application": the verb is the status, not a second fact
        inside = [h for h in inside if not (h.label == "approval" and is_plain_approval(text, h))]
    groups: list[list[Hit]] = []
    for hit in inside:
        if groups:
            gap = text[groups[-1][-1].end : hit.start]
            if {h.label for h in groups[-1]} == {hit.label} and ";" not in gap:
                groups[-1].append(hit)  # "the NDA of X received approval": one fact told twice
                continue
            if re.fullmatch(
                r"[\s(),]*(?:and|as well as|&)?[\s(),]*(?:an?|the)?\s*(?:designations?)?"
                r"[\s(),]*",
                gap,
                re.IGNORECASE,
            ):
                groups[-1].append(hit)
                continue
        groups.append([hit])
    return groups


def is_plain_approval(text: str, hit: Hit) -> bool:
    return text[hit.start : hit.end].lower() in ("approved", "approval")


def agencies_for(group, sentence, agencies, text, next_start) -> list[str]:
    in_sentence = [a for a in agencies if sentence.start <= a.start < sentence.end]
    first, last = group[0], group[-1]
    modifier = [
        a
        for a in in_sentence
        if a.end <= first.start
        and first.start - a.end <= 12
        and re.fullmatch(r"[\s’'s]*", text[a.end : first.start])
    ]
    if modifier:
        return [modifier[-1].label]
    tail_end = min(next_start, sentence.end)
    semicolon = text.find(";", last.end, tail_end)
    tail_end = semicolon if semicolon >= 0 else tail_end
    after = [a.label for a in in_sentence if last.end <= a.start < tail_end]
    if after:
        return list(dict.fromkeys(after))
    before = [a for a in in_sentence if a.end <= first.start]
    if before:
        return [before[-1].label]
    region = REGION.search(text, sentence.start, sentence.end)
    if region and any(h.label in ("approval", "conditional_approval") for h in group):
        return [REGION_AGENCY[region.group(1).lower()]]
    return []


def status_of(segment: str) -> str | None:
    if re.search(r"recommend|positive opinion", segment, re.IGNORECASE):
        return "recommended"
    if re.search(r"\baccept", segment, re.IGNORECASE):
        return "accepted"
    if re.search(r"\b(?:submit\w*|submission|filed|filing|applied for)\b", segment, re.IGNORECASE):
        return "applied"
    if re.search(
        r"\b(?:grant\w*|receiv\w*|award\w*|approv\w*|clear\w*|obtain\w*)", segment, re.IGNORECASE
    ):
        return "granted"
    return None


def date_of(
    segment: str, offset: int, group_start: int, doc_base, first_in_sentence: bool
) -> tuple[str | None, bool]:
    if re.search(r"\btoday\b", segment, re.IGNORECASE):
        return None, True  # "today announced that ... has granted": the release date, not stated
    mentions = find_dates(segment, doc_base, offset)
    # "BTD from the FDA in 2020 and ODD from the EMA": a date before a later group is the earlier's
    before = [m for m in mentions if m.end <= group_start and first_in_sentence]
    mentions = [m for m in mentions if m.start >= group_start or first_in_sentence]
    chosen = before[-1] if before else (mentions[0] if mentions else None)
    if chosen:
        return chosen.value, True
    return None, False


def indication_of(segment: str) -> str | None:
    match = INDICATION.search(segment)
    if not match:
        return None
    indication = re.sub(r"\s*\([^()]*\)", "", match.group("indication"))
    indication = re.split(
        r",\s+(?:a|an|which|who|where)\s|\s+(?:in|across) (?:China|the )", indication
    )[0]
    return collapse(indication).strip(" ,") or None


def choose_drug(candidates: list[FoundDrug], body_end: int) -> FoundDrug | None:
    known = [d for d in candidates if body_mention_count(d, body_end) > 0]
    if not known:
        return None
    return max(known, key=lambda d: (body_mention_count(d, body_end), -d.first))


def is_hypothetical(text: str, sentence: Sentence, group_start: int) -> bool:
    clause_start = max(sentence.start, group_start - 60)
    return HYPOTHETICAL.search(text, clause_start, group_start) is not None


def find_designations(doc: Document, drugs: list[FoundDrug], base) -> list[FoundDesignation]:
    agencies, hits = lexicon_hits(doc)
    found: list[FoundDesignation] = []
    text = doc.text
    for sentence in doc.sentences:
        if sentence.section == "boilerplate" or sentence.in_quote:
            continue
        drug = choose_drug(drugs_between(drugs, sentence.start, sentence.end), doc.body_end)
        if drug is None:
            continue
        groups = group_hits(sentence, hits, text)
        for i, group in enumerate(groups):
            previous_end = groups[i - 1][-1].end if i else sentence.start
            next_start = groups[i + 1][0].start if i + 1 < len(groups) else sentence.end
            if is_hypothetical(text, sentence, group[0].start):
                continue
            segment = text[previous_end:next_start]
            for agency in agencies_for(group, sentence, agencies, text, next_start):
                date, known = date_of(segment, previous_end, group[0].start, base, i == 0)
                status = status_of(text[group[0].start : next_start]) or status_of(
                    text[previous_end : group[0].start]
                )
                for label in dict.fromkeys(h.label for h in group):
                    found.append(
                        FoundDesignation(
                            drug,
                            agency,
                            label,
                            status or "granted",
                            indication_of(text[group[-1].end : next_start]),
                            date,
                            known,
                            sentence.text,
                        )
                    )
    return merge(found)


def merge(found: list[FoundDesignation]) -> list[FoundDesignation]:
    """One entry per drug, agency and type; the first dated telling gives the date."""
    merged: dict[tuple, FoundDesignation] = {}
    for item in found:
        key = (id(item.drug), item.agency, item.type)
        if key not in merged:
            merged[key] = item
            continue
        kept = merged[key]
        if not kept.date_known and item.date_known:
            kept.date, kept.date_known = item.date, True
        if kept.indication is None:
            kept.indication = item.indication
    return list(merged.values())
