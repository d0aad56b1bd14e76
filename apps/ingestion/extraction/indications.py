"""Indications: the disease a product is for, read from the cue that introduces it.

    indication_after(text, start, end)  -> "membranous nephropathy" or None
    indications_in(text, start, end)    -> ["primary biliary cholangitis", ...]

Cues are "for the treatment of", "indicated for", "as a treatment of", "to treat",
"in/for (adult) patients with", and a bare "for" or "in" when the phrase after it names a
disease ("for Batten disease", "in hepatocellular carcinoma"). The phrase ends at the clause:
a full stop, semicolon, colon or comma, a relative clause ("who", "that", "which"), a verb,
a place ("in China"), a trial ("in the PALISADE study") or a bracket (short abbreviations in
brackets, "(AML)", are dropped and the phrase goes on). No Django, no spaCy: plain text in,
verbatim phrases out (whitespace collapsed). Never a drug, a company or an amount: a phrase
with no disease word after a bare "for"/"in" is not an indication.
"""

import re
from dataclasses import dataclass

from .lexicons.drugs import CODE_NAME, INN_STEMS
from .lexicons.indications import (
    CANCER_SITES,
    CUES,
    DISEASE_EVENT_LEAD_INS,
    DISEASE_WORDS,
    PLACE_TAIL,
    SHARED_TUMOUR_HEADS,
    STOP_WORDS,
)
from .lexicons.text import MONTHS

CUE = re.compile(r"\b(?:" + "|".join(f"(?:{cue})" for cue in CUES) + r")\s+", re.IGNORECASE)
BARE_CUE = re.compile(r"(?:for|in|for use (?:in|among|by))\s+$", re.IGNORECASE)
NESTED_CUE = re.compile(
    r"(?:for\s+)?(?:the\s+)?(?:treatment|prevention|prophylaxis|management)\s+of\s+", re.IGNORECASE
)
DISEASE = re.compile(rf"\b(?:{DISEASE_WORDS})\b", re.IGNORECASE)
NOT_DISEASE = re.compile(r"\b(?:diagnosis|prognosis|emphasis|basis|thesis|analysis)\b", re.I)
CLAUSE_END = re.compile(r"[.;:,!?\n\[\]“”\"]|\s[-–—]\s|\band one\b|\bor one\b")
STOP = re.compile(
    rf"\s(?:(?:{STOP_WORDS})\b|{PLACE_TAIL}\b"
    r"|in (?:the|a|an|its|their|our|this|these|combination|patients|adults|children|phase"
    r"|infants|newborns|neonates|people|individuals|subjects|pediatric|paediatric|women|men"
    r"|adult|adolescent"
    r"|clinical|\d+)\b|with (?:a|an|the|its|their|our|limited|no|other)\b"
    # "for cystinosis in April 2024": a date ends the disease
    rf"|(?:in|on|since) {MONTHS}\b"
    r"|(?:[A-Z][A-Z0-9-]{3,}\s+)?(?:study|studies|trial|trials|program|programme)\b"
    # "for gout and Orphan Drug designation to Y": the next telling starts
    r"|(?:and|or)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:designations?|approvals?|status"
    r"|clearance|authori[sz]ation)\b)"
)
# An abbreviation in brackets ("(AML)", "(LR-MDS)") is dropped; any other bracket ends the phrase.
SHORT_BRACKET = re.compile(r"\s*\([^()\s]{1,15}\)")
LEADING = re.compile(
    r"^(?:(?:the|both|certain|adults?|adult|adolescents|pediatric|paediatric|patients|people"
    r"|children|infants|individuals|treating|(?:living|diagnosed|suffering|afflicted)\s+(?:with|from)"
    # "prevention of attacks of hereditary angioedema": the disease's events lead into it
    rf"|(?:{DISEASE_EVENT_LEAD_INS})(?=\s+of\s)"
    # "Corlan's treatment of Kessler syndrome": a company's product for the disease
    r"|[A-Z][\w-]*['’]s\s+(?:treatment|therapy|drug)\s+(?:of|for)"
    # "aged 2 years and older with": the patients' age
    r"|aged\s+\d+\s+(?:years?|months?)(?:\s+of\s+age)?(?:\s+(?:and|or)\s+(?:older|above|over"
    r"|younger))?)(?:\s+(?:and|or)\s+|\s*,\s*(?:and\s+|or\s+)?|\s+)(?:(?:with|of)\s+)?)+",
    re.IGNORECASE,
)
# "for lung cancer patients": the people treated are not part of the disease
TRAILING = re.compile(
    # ("Sanfilippo syndrome type A": a capital A is the disease's type, not an article)
    r"[\s,\-–(]+$|\s+(?:and|or|then|the|(?-i:a)|an|of|in|with|for|patients|subjects|individuals"
    r"|populations?)$",
    re.IGNORECASE,
)
BAD_START = re.compile(
    r"(?:the|a|an|its|their|our|this|that|these|those|each|all|any|up|more|less|about"
    r"|approximately|development|research|further|use|sale|marketing|commerciali[sz]ation"
    r"|phase"  # "is in Phase 2b development to treat pain": a stage of development
    # "designation for two rare blood disorders": a count of diseases the text names elsewhere
    r"|two|three|four|five|six|seven|eight|nine|ten|several|various|numerous"
    r"|multiple\s+(?:\w+\s+)?(?:diseases|disorders|indications|conditions|cancers|tumou?rs)"
    # "Fast Track ... to treat serious conditions and fill an unmet medical need": the
    # programme's own wording, not the product's disease
    r"|serious\s+(?:or\s+life-threatening\s+)?(?:conditions|diseases|illnesses)"
    r"|\$|US\$|€|£|RMB|HK\$|\d)\b",
    re.IGNORECASE,
)
# "for ostafenib in gastric cancer": a product named right after a bare cue is not the disease
PRODUCT_WORD = re.compile(
    rf"(?:{CODE_NAME}|[A-Za-z][a-z]{{2,}}(?:{'|'.join(INN_STEMS)})\b)(?![\w-])"
)
MAX_WORDS = 14
LIST_SPLIT = re.compile(r"(\s*,\s*(?:and\s+)?|\s+and\s+)")
MIN_CHARS = 3
# "pancreatic and colorectal cancer", "breast, ovarian, and gastric cancers": sites listed
# before the one tumour noun they share
SHARED_HEAD = re.compile(
    rf"(?P<sites>(?:{CANCER_SITES})(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:{CANCER_SITES}))+)"
    rf"\s+(?P<head>{SHARED_TUMOUR_HEADS})",
    re.IGNORECASE,
)
BIOMARKER_STATUS = re.compile(
    r"-(?:positive|negative|mutant|mutated|mutation|expressing|driven|low|high|deficient"
    r"|amplified|altered|rearranged|null)$",
    re.IGNORECASE,
)
SITE_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@dataclass(frozen=True)
class FoundIndication:
    """One disease phrase: its text (verbatim, whitespace collapsed) and offsets in the text."""

    text: str
    start: int
    end: int
    cued: bool  # introduced by an explicit cue ("for the treatment of"), not a bare "for"/"in"


def phrase_at(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The disease phrase starting at ``start`` (not beyond ``end``), and where it ends."""
    tail = SHORT_BRACKET.sub(lambda m: " " * len(m.group()), text[start:end])
    bracket = tail.find("(")
    if bracket >= 0:
        tail = tail[:bracket]
    clause = CLAUSE_END.search(tail)
    if clause and clause.group() == "," and not DISEASE.search(tail, 0, clause.start()):
        clause = listed_to_disease(tail, clause)
    if clause:
        tail = tail[: clause.start()]
    stop = STOP.search(" " + tail)
    if stop:
        tail = tail[: max(stop.start() - 1, 0)]
    length = len(tail)
    while True:
        trimmed = TRAILING.sub("", tail)
        if trimmed == tail:
            break
        tail = trimmed
    phrase = " ".join(text[start : start + len(tail)].split())
    phrase = SHORT_BRACKET.sub("", phrase)
    phrase = LEADING.sub("", phrase).strip()
    if len(phrase) < MIN_CHARS or len(phrase.split()) > MAX_WORDS:
        return None
    if is_shouted(phrase):
        return None  # "IN RELAPSED MULTIPLE MYELOMA": a headline in capitals, not the text's case
    del length
    return phrase, start + len(tail)


# a plain word (two vowels or more, six letters or more) in capitals: no abbreviation
SHOUTED_WORD = re.compile(r"(?<![\w-])(?=(?:[A-Z]*[AEIOUY]){2})[A-Z]{6,}(?![\w-])")


def is_shouted(phrase: str) -> bool:
    """ "RELAPSED MULTIPLE MYELOMA": a phrase in capitals with a plain word in it is a headline's
    shouting ("KRAS G12C NSCLC" has abbreviations only and stays)."""
    return not re.search(r"[a-z]", phrase) and SHOUTED_WORD.search(phrase) is not None


def listed_to_disease(tail: str, comma: re.Match) -> re.Match | None:
    """Where a phrase cut at a comma before any disease word really ends: "relapsed, refractory
    multiple myeloma", "A-deficient ovarian, fallopian tube, and peritoneal cancers" list their
    words before the disease. The comma itself when no disease follows in reach."""
    clause = comma
    while clause is not None and clause.group() == ",":
        later = CLAUSE_END.search(tail, clause.end())
        stop_at = later.start() if later else len(tail)
        if len(tail[:stop_at].split()) > MAX_WORDS:
            break
        if DISEASE.search(tail, clause.end(), stop_at):
            return later
        clause = later
    return comma


def find_indications(text: str, start: int = 0, end: int | None = None) -> list[FoundIndication]:
    """Every indication phrase in ``text[start:end]``, in order of appearance.

    A bare "for"/"in" counts only when its phrase holds a disease word; an explicit cue
    ("for the treatment of") needs no disease word but never takes a phrase that opens with an
    article, an amount or a business word ("for the development of", "for $50 million").
    """
    end = len(text) if end is None else end
    found: list[FoundIndication] = []
    for cue in CUE.finditer(text, start, end):
        bare = BARE_CUE.fullmatch(cue.group()) is not None
        nested = NESTED_CUE.match(text, cue.end(), end)
        if nested:
            # "as a monotherapy for the treatment of X": the inner cue introduces the disease
            cue, bare = nested, False
        if BAD_START.match(text, cue.end()):
            continue
        if text[cue.end() : cue.end() + 1].isupper() and bare and is_name_like(text, cue.end()):
            continue  # "for TB-301", "for Quillon": a product or company, not a disease
        if bare and PRODUCT_WORD.match(text, cue.end()):
            continue  # "for ostafenib in ...": the disease follows the product's own cue
        result = phrase_at(text, cue.end(), end)
        if result is None:
            continue
        phrase, phrase_end = result
        if bare and (not DISEASE.search(phrase) or NOT_DISEASE.search(phrase)):
            continue
        if found and cue.start() < found[-1].end:
            continue  # a cue inside the previous phrase
        found.append(FoundIndication(phrase, cue.end(), phrase_end, not bare))
    return found


def is_name_like(text: str, position: int) -> bool:
    """A capitalised word with a digit or a hyphenated code, or two capitalised words."""
    word = re.match(r"[\w\-]+", text[position:])
    if word is None:
        return False
    token = word.group()
    if DISEASE.fullmatch(token):
        return False  # "NSCLC", "AML"
    if BIOMARKER_STATUS.search(token):
        return False  # "for HER2-positive breast cancer": a marker's status opens the disease
    if re.search(r"\d", token):
        # "for GM1 gangliosidosis": a code that a disease word follows names the disease's form
        return not DISEASE.match(text, position + len(token) + 1)
    if not re.match(r"[A-Z][a-z]+\s+[A-Z]", text[position:]):
        return False
    # "in Familial Adenomatous Polyposis", "for Duchenne Muscular Dystrophy": a title-cased
    # headline's disease, its run of capitalised words ending on a disease word; "for Quillon
    # Pharma", "in Cancer Research UK" end on a name's word
    run = CAPITALISED_RUN.match(text, position)
    return not DISEASE.fullmatch(run.group().split()[-1])


# A run of capitalised words (a name, or a title-cased disease)
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,6}")


def indication_after(text: str, start: int, end: int) -> str | None:
    """The first indication in ``text[start:end]``: for a designation told before its disease."""
    found = find_indications(text, start, end)
    return found[0].text if found else None


def indications_in(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Distinct indication phrases in ``text[start:end]``, first telling first.

    For a drug's or a deal's sentences: ``indications_in(sentence.text)``.
    """
    seen: dict[str, str] = {}
    for indication in find_indications(text, start, end):
        for disease in separate_diseases(indication.text):
            seen.setdefault(disease.lower(), disease)
    return list(seen.values())


def separate_diseases(phrase: str) -> list[str]:
    """ "type 2 diabetes and obesity" -> two diseases; "head and neck cancer" and "relapsed or
    refractory myeloma" stay one: a part without a disease word belongs to the next; organ
    sites that share a tumour noun are one disease each ("pancreatic and colorectal cancer")."""
    shared = shared_head_diseases(phrase)
    if shared:
        return shared
    parts = LIST_SPLIT.split(phrase)
    if len(parts) < 2:
        return [phrase]
    diseases, pending = [], ""
    for part, separator in zip(parts[::2], [*parts[1::2], ""], strict=True):
        pending += part
        if DISEASE.search(part):
            diseases.append(pending.strip())
            pending = ""
        else:
            pending += separator
    if pending.strip():
        if not diseases:
            return [phrase]
        diseases[-1] = phrase[phrase.index(diseases[-1]) :].strip()
    return diseases


def shared_head_diseases(phrase: str) -> list[str] | None:
    """ "pancreatic and colorectal cancer" -> ["pancreatic cancer", "colorectal cancer"]: the
    whole phrase is organ sites (CANCER_SITES) listed before one tumour noun, which each site
    takes in the singular. None for any other phrase ("KRAS-mutant pancreatic and biliary
    cancers", "head and neck cancer" keep their words together)."""
    match = SHARED_HEAD.fullmatch(phrase)
    if match is None:
        return None
    head = match.group("head")
    if head.lower().endswith("s"):
        head = head[:-1]
    return [f"{site} {head}" for site in SITE_SPLIT.split(match.group("sites")) if site]
