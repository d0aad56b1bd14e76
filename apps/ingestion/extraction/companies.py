"""Companies: formal names, defined aliases, tickers, parents, and where they are mentioned."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from apps.core.names import LEGAL_SUFFIXES

from .drug_dictionary import dictionary_lookup
from .drugs import INN_WORD
from .gazetteer import known_spans
from .lexicons.companies import (
    AGENT_ADVERBS,
    AGENT_OBJECT_CUES,
    AGENT_VERBS,
    BUSINESS_UNIT_HEADS,
    COMPANY_HEADS,
    COUNTERPARTY_CUES,
    DESCRIBING_ENDING,
    DESCRIPTION_OPENERS,
    DESCRIPTOR_WORDS,
    EXCHANGES,
    FIELD_COMPOUND,
    GENERIC_ALIASES,
    HEADLINE_VERBS,
    INVESTMENT_ARM_HEADS,
    LEADING_DESCRIPTIONS,
    LEGAL_SUFFIX,
    NAME_STOPWORDS,
    NAME_TAIL_STOPWORDS,
    NON_COMPANY_WORDS,
    NOT_AGENTS,
    ORG_APPOSITIVE,
    ORG_HEADS,
    ORGANISATION_NOUNS,
    PAIR_HEADLINE_VERBS,
    PERSON_POST_BEFORE,
    PLACES,
    POST_WORDS,
    RUN_END_HEADS,
    SAID_IT,
    SPLIT_FORM_PIECES,
    STAFF_MODIFIERS,
    STAFF_NOUNS,
    STAFF_VERBS,
    WIRE_TAG,
)
from .lexicons.deals import INSTITUTION_WORDS
from .lexicons.designations import AGENCIES
from .lexicons.known_companies import KNOWN_COMPANIES, KNOWN_SHORT_FORMS
from .lexicons.text import ABBREVIATIONS
from .mentions import Mention, SurfaceIndex
from .prefilter import prefiltered
from .text import Document, fold, is_clean_name

SUFFIX_AT = re.compile(rf"(?:,\s*)?(?<![\w]){LEGAL_SUFFIX}(?![\w]|-\w)")
# One legal-form list with the database's alias keys (apps.core.names), plus the pieces that
# split forms leave once folded ("A/S" -> "a s"), which stored keys never needed.
CORE_DROP = frozenset(LEGAL_SUFFIXES) | SPLIT_FORM_PIECES
NAME_TOKEN = re.compile(r"(?:[A-Z0-9][\w&'’.\-/+]*|\([A-Z][a-z]+\)|&)")
PAREN = re.compile(r"\(([^()]{1,160})\)")
QUOTED = re.compile(r"[“\"‘]([^”\"’“]{1,40})[”\"’]")
# "NYSE American: X", "LSE AIM: X", "Nasdaq Global Select Market: X"
EXCHANGE_NAME = (
    r"(?:(?i:Nasdaq) (?:Global Select|Global|Capital) Market|[A-Z][A-Za-z]{1,8}(?: [A-Z]{2,8}"
    r"| American| Amex)?)"
)
# "(Nasdaq: X)", "(LSE/STO/Nasdaq: AZN)", "(Nasdaq and Euronext: X)", "(FSE: X; NASDAQ: X)"
EXCHANGE_SPLIT = re.compile(r"\s*(?:/|,|&|\band\b)\s*")
TICKER_PATTERNS = [
    prefiltered(
        rf"\b(?P<exchange>{EXCHANGE_NAME}(?:\s*(?:/|,|&|\band\b)\s*{EXCHANGE_NAME})*)\s*:\s*"
        r"(?P<symbol>[A-Z0-9]{1,6})\b"
    ),
    re.compile(r"\b(?P<symbol>\d{4,6})\s?\.\s?(?P<exchange>HK|SH|SZ|SS)\b"),
    re.compile(r"(?P<exchange>Stock Code)\s*:\s*(?P<symbol>\d{3,6})\b", re.IGNORECASE),
    # "(Shanghai Stock Exchange: 688999)", "(Hong Kong Stock Exchange stock code: 2999)"
    re.compile(
        r"\b(?:the\s+)?(?P<exchange>Shanghai|Shenzhen|Hong Kong) Stock Exchange(?: STAR Market)?"
        r"(?:\s+stock\s+code)?\s*:\s*(?P<symbol>\d{4,6})\b",
        re.IGNORECASE,
    ),
]
# the describing words hold no preposition: "a Priority Review Voucher (PRV), a potential
# game-changer for the company" describes the voucher, not a company
APPOSITION = re.compile(
    r"(?:,\s+(?:a|an|the)|\s+is\s+(?:a|an|the))\s+"
    rf"(?:(?!(?:for|of|to|with|from|by|the|that|which)\s)[\w\-’'/&]+\s+){{1,8}}?{ORGANISATION_NOUNS}\b"
)
SUBSIDIARY = re.compile(
    r"\s*,?\s+(?:(?:each|both|which is|which are|being|is|are)\s+)?(?:(?:a|an|the)\s+)?"
    # "an indirect wholly-owned subsidiary of"
    r"(?:(?:wholly|fully)[- ]owned\s+|indirect\s+|direct\s+"
    r"|(?:corporate\s+)?(?:venture|investment)\s+){0,3}"
    r"(?:[A-Z][a-z]+\s+|U\.S\.\s+)?"  # "the Korean unit of Y", "the U.S. subsidiary of Y"
    r"(?:subsidiary|subsidiaries|affiliates?|unit|arm|division)\s+of\s+"
    # "the venture arm of global healthcare leader Y", "a unit of Swiss-based biotech giant Y"
    r"(?:(?!the\b)(?:[a-z][\w\-]*|[A-Z][a-z]+-based|[A-Z][a-z]+['’]s)\s+){0,4}"
)
# "Y's subsidiary X", "Y ... its wholly-owned U.S. subsidiary, X"
OWNED_BY_BEFORE = re.compile(
    r"(?P<owner>['’]s|\bits|\bour)\s+(?:\([^()]{1,60}\)\s+)?(?:(?:wholly|fully)[- ]owned\s+)?"
    r"(?:[A-Z][\w.]*\s+)?"
    # "Dunmore Group's venture arm, Dunmore Ventures,"
    r"(?:(?:(?:corporate\s+)?(?:venture|investment)\s+)?arm|subsidiary|affiliate|unit|division)"
    r"\s*,?\s+$"
)
# "its global biologics research and development arm, Velmir,": describing words between
DESCRIBED_UNIT = (
    r"(?P<owner>['’]s|\bits|\bour)\s+(?:(?:wholly|fully)[- ]owned\s+)?(?:[a-z][\w\-]*\s+){1,6}"
    r"(?:arm|subsidiary|affiliate|unit|division)\s*,\s+"
)
OWNED_BY_DESCRIBED = re.compile(DESCRIBED_UNIT + "$")
UNIT_LOOKBACK_CHARS = 100  # "its ... arm, " with six describing words
FRONTED_OWNER = re.compile(r"(?:^|[.\n]\s*|\s)(?:Through|Via|With|Under)\s+$")
OWNER_SEARCH_CHARS = 200  # "its" refers to a company named earlier in the same sentence
# "X, a Hildred Capital portfolio company", "X, a Harlow & Finch company": the name between is
# X's owner
PORTFOLIO_TAIL = re.compile(r"^\s+(?:portfolio\s+|group\s+|family\s+of\s+)?compan(?:y|ies)\b")
SUBSIDIARY_WORDS = re.compile(
    r"\((?:China|Shanghai|Beijing|Hong Kong|Suzhou|Japan|USA?)\)"
    r"|\bInvestment\b|\bTrading\b"
)
LEGAL_FORM_FAMILIES = {
    **dict.fromkeys(("inc", "incorporated", "corp", "corporation", "llc"), "us"),
    **dict.fromkeys(("ag", "gmbh"), "de"),
    **dict.fromkeys(("sa", "se", "nv", "bv", "ab", "as", "asa", "oyj", "spa", "kk", "plc"), "eu"),
}
NAME_LOOKBACK_CHARS = 400  # longer than any name of `walk_back`'s word limit
SHOUTING_WINDOW = 400  # an all-capitals heading is shorter than this
# Diseases named after people: "Parkinson's disease" is no company.
EPONYMS = {
    "alzheimer",
    "parkinson",
    "huntington",
    "crohn",
    "hodgkin",
    "graves",
    "sjogren",
    "cushing",
    "addison",
    "duchenne",
    "behcet",
    "kaposi",
    "wilson",
    "fabry",
    "gaucher",
    "pompe",
    "tourette",
    "raynaud",
    "hashimoto",
    "still",
    "meniere",
    "paget",
    "bell",
    "down",
    "lou",
    "gehrig",
}
AGENCY_NAMES = {fold(name) for names in AGENCIES.values() for name in names}
DESCRIPTIVE = frozenset(PLACES | NAME_STOPWORDS | DESCRIPTOR_WORDS)
# Place words that describe a company's reach rather than locate it: "Global Blood ..." keeps
# "Global" as its first word.
PLACE_ADJECTIVES = frozenset(
    {"global", "international", "national", "new", "world", "worldwide", "greater", "united"}
    | {"american", "european", "asia", "pacific", "mainland", "us", "eu", "u.s.", "usa", "uk"}
)

# "Helvara", "Harlow & Finch": capitalised words, an ampersand joining two of them
# a name starts at a word's start: tried inside a long run of capitals, a pattern built on it
# made a one-line capitals blob quadratic
BARE_NAME = r"(?<![\w&\-])[A-Z][A-Za-z][\w&\-]*(?:\s+(?:&\s+)?[A-Z][\w&\-]*){0,3}"
# "the" before a name that ends in an organisation word ("with the Marlow Foundation") is not
# part of it; before any other capitalised run ("the Company and Brill") the run is no name.
BEFORE_ORG_HEAD = (
    r"(?=(?:[A-Z][\w&\-]*\s+){1,3}(?:"
    + "|".join(sorted(h.title() for h in ORG_HEADS))
    + r")(?![\w\-]))"
)
# Where a sentence's subject starts: its start, a dateline's dash or wire tag, "that", "and".
SUBJECT_START = (
    r"(?:^|--\s*|\s[–—-]\s+|/\s+|\)\s*[-–—:]+\s*|[;,]\s+|\bthat\s+|\band\s+"
    # a subordinate clause's subject: "shares rose after Helvara agreed to pay ..."
    r"|\b(?:after|when|while|because|since|before|once|until)\s+)"
)
AGENT_SUBJECT = re.compile(
    rf"{SUBJECT_START}(?:[Tt]he\s+{BEFORE_ORG_HEAD})?(?P<name>{BARE_NAME})"
    # "Orwick and Tamsel Bio Inc. today announced": the second may carry a legal form
    rf"(?:\s+and\s+{BARE_NAME}(?:,?\s+{LEGAL_SUFFIX})?)?\s+(?:{AGENT_ADVERBS}\s+)*"
    rf"(?:{AGENT_VERBS})\b"
)
# How a clause about an organisation opens, and nouns that make it a product's ("Zorivel, an
# oral TYK2 inhibitor, received ...")
SUBJECT_CLAUSE_OPENING = (
    r"(?:(?:which|that)\s+(?:develops|makes|is\s+developing|is\s+based|was\s+founded|specialises"
    r"|specializes|focuses)|whose\s+(?:lead|shares|investors|founders)|backed|founded|led|based"
    r"|headquartered|formerly|now|itself|one|part|spun|created|owned|listed|established"
    r"|incorporated|funded)"
)
PRODUCT_NOUN = (
    r"(?:inhibitors?|antibod(?:y|ies)|therap(?:y|ies)|drugs?|vaccines?|candidates?|treatments?"
    r"|agonists?|antagonists?|conjugates?|molecules?|medicines?|formulations?|biosimilars?)\b"
)
# "Pellwick, a spinout from Harvard, raised ...", "Pellwick (Cambridge, Mass.) raised ...": a
# subject parted from its verb by a bracket or a clause about it (not "Jane Ostby, who ...",
# not a list "Pellwick, Orrick and Quell")
INTERRUPTED_SUBJECT = re.compile(
    rf"{SUBJECT_START}(?P<name>{BARE_NAME})(?:\s*\([A-Z][^()]{{0,59}}\)"
    rf"|,\s+(?:(?:a|an|the)\s(?![^,;]*\b{PRODUCT_NOUN})|{SUBJECT_CLAUSE_OPENING}\s)"
    r"[^,;()\n]{3,80}?,)\s+"
    rf"(?:{AGENT_ADVERBS}\s+)*(?:{AGENT_VERBS})\b"
)
# "Velmir, Tamsin Bio, Quorrin and Pellwick have signed licence agreements": three or more
# names listed as one subject, closed by "and", before a party's verb (two names are
# AGENT_SUBJECT's). A name may end in a word written in mixed case ("Hanul inno.N").
LIST_NAME = rf"{BARE_NAME}(?:\s+[a-z][a-z]*\.?[A-Z][\w.]*(?<!\.))?"
LIST_SUBJECT = re.compile(
    rf"{SUBJECT_START}(?P<names>{LIST_NAME}(?:,\s+{LIST_NAME}){{1,8}},?\s+and\s+{LIST_NAME}),?"
    rf"\s+(?:{AGENT_ADVERBS}\s+)*(?:{AGENT_VERBS})\b"
)
LIST_SUBJECT_HINT = re.compile(r",[^,]{1,60},[^,]{1,60}\band\s")
# "Velmir scientists will present ...": an organisation's people as the subject
STAFF_SUBJECT = re.compile(
    rf"{SUBJECT_START}(?P<name>{BARE_NAME})\s+{STAFF_NOUNS}\s+{STAFF_VERBS}\b"
)
STAFF_HINT = re.compile(rf"\s{STAFF_NOUNS}\s")
# cheap tests that a sentence may hold the subjects above, so most sentences skip their scan
SAID_HINT = re.compile(r"\bsa(?:id|ys)\b")
INTERRUPTED_HINT = re.compile(rf",\s+(?:a|an|the|{SUBJECT_CLAUSE_OPENING})\s|\)\s")
SAID_SUBJECT = re.compile(rf"{SUBJECT_START}(?P<name>{BARE_NAME})\s+{SAID_IT}")
# A headline's name stops at its verb: "Corlan Says Zorivel Receives ..." is Corlan's.
HEADLINE_NAME = (
    rf"[A-Z][A-Za-z][\w&\-]*(?:\s+(?:&\s+)?(?!(?i:{HEADLINE_VERBS})\b)[A-Z][\w&\-]*){{0,3}}"
)
HEADLINE_NAME_START = re.compile(HEADLINE_NAME)
HEADLINE_SUBJECT = re.compile(
    rf"^(?P<name>{HEADLINE_NAME})(?:\s+(?:and\s+{BARE_NAME}\s+)?(?i:{HEADLINE_VERBS})\b|['’]s\s)"
)
# "Velmora and Quintal Sign Licensing Pact": the second name of a headline's pair of subjects
HEADLINE_PAIR = re.compile(
    rf"^(?P<first>{HEADLINE_NAME})(?:\s+(?i:and)\s+|\s*,\s*|\s+&\s+)(?P<name>{HEADLINE_NAME})\s+"
    rf"(?i:{PAIR_HEADLINE_VERBS}|{HEADLINE_VERBS})(?![\w-])"
)
PERSON_TITLE = (
    r"(?:Ph\.?\s?D|M\.?\s?D|MBA|M\.?\s?Sc|Pharm\.?\s?D|President|Chief|CEO|CFO|COO|CMO|CSO"
    r"|Chair|Founder|Director|Head|Vice|Executive|Senior|Partner)"
)
# "with the University of Westlake": "the" before an institution named "X of Y"
BEFORE_INSTITUTION_OF = r"(?=(?:University|Institute|College|Hospital|School)\s+of\s+[A-Z])"
AGENT_OBJECT = re.compile(
    rf"\b(?:{AGENT_OBJECT_CUES})\s+(?:the\s+(?:{BEFORE_ORG_HEAD}|{BEFORE_INSTITUTION_OF}))?"
    rf"(?P<name>{BARE_NAME})(?![\w\-])"
)
# the payee or grantee of a deal: "Velmir will pay Quorrin $5 million", "granted Quorrin
# exclusive rights"
PAYEE = re.compile(
    rf"\b(?:pay|pays|paid|grant|grants|granted)\s+(?P<name>{BARE_NAME})(?=\s+(?:up\s+to\s+|an?\s+"
    r"|the\s+)?(?:[A-Z]{0,3}[$€£¥]|US\$|exclusive\b|non-exclusive\b|rights\b|an?\s+option\b))"
)
# a headline's object, its words capitalised: "Velmir Inks Deal With Quorrin", "Tamsin to Be
# Acquired By Quorrin"
AGENT_OBJECT_TITLE = re.compile(
    r"\b(?i:(?:agreement|collaboration|partnership|alliance|merger|deal|pact|transaction)s?\s+"
    r"(?:with|between)|licen[cs]e\s+(?:agreement\s+)?with|(?:partners?|partnering|teams?\s+up"
    rf"|collaborates?)\s+with|acquired\s+by)\s+(?P<name>{HEADLINE_NAME})(?![\w\-])"
)
# a headline's recipient: "FDA Grants Orphan Drug Designation to Velmir for VX-1"
TITLE_RECIPIENT = re.compile(
    r"\b(?i:designations?|status|grants?|awards?|contracts?)\s+"
    rf"(?i:to)\s+(?P<name>{HEADLINE_NAME})(?=['’]s\s|\s+(?i:for|in)\b|\s*$)"
)
TITLE_ONLY = (AGENT_OBJECT_TITLE, TITLE_RECIPIENT)
# "Quorrin, based in Oslo, develops ...": a name the text places is an organisation
BASED_IN = re.compile(r",\s+(?:which\s+is\s+)?(?:based|headquartered)\s+in\s+[A-Z]")


# Precision of each finding rule for the companies it listed on dev2A and dev (answer keys
# matched by name or alias, 2026-12-01): legal suffix 53/53, head noun 16/16, agent 15/16,
# defined name or ticker 2/2, possessive 2/2, apposition 1/1. Small counts are shrunk
# toward 0.7 so that a rule seen a handful of times does not claim certainty.
RULE_CONFIDENCE = {
    "company.legal_suffix": 0.97,
    "company.head_noun": 0.93,
    "company.agent": 0.88,
    "company.defined_or_ticker": 0.8,
    "company.exchange_cover": 0.8,
    "company.deal_party": 0.8,  # deals.py: a counterparty named only in the deal sentence (5/5)
    "company.apposition": 0.75,
    "company.known": 0.85,  # gazetteer names listed on dev2 + the new dev sets: 12/13, shrunk
    "company.possessive": 0.75,
    "company.product_owner": 0.7,  # "X's Brand®", "trademarks of X": no sample yet, a guess
    "company.subsidiary_list": 0.7,  # "X's subsidiaries, such as A and B": no sample yet, a guess
    "company.owner_named": 0.7,  # "X, a Y company": no sample yet, a guess
    "company.other": 0.6,
}


@dataclass
class Candidate:
    name: str
    start: int
    end: int
    aliases: list = field(default_factory=list)
    tickers: list = field(default_factory=list)
    formal: bool = False
    rule: str = "company.other"


@dataclass(eq=False)  # identity, not field equality: two finds of one name are two objects
class FoundCompany:
    """A company as one release names it (not the Django model `companies.Company`).

    `names` holds every form the text uses for it (formal name, short forms, defined aliases,
    other scripts); `roles` the generic defined terms that stand for it ("company", "group").
    `rule` names the step that first found it, e.g. "company.legal_suffix".
    """

    name: str
    names: list  # every surface form seen: formal names, short forms, defined aliases
    tickers: list
    quote: str | None
    start: int
    parent: "FoundCompany | None" = None
    roles: set = field(default_factory=set)  # generic defined terms ("company", "group")
    rule: str = "company.other"
    found_by: set = field(default_factory=set)  # every rule that found one of its names

    @property
    def confidence(self) -> float:
        """The measured precision of the rule that found it (RULE_CONFIDENCE)."""
        return RULE_CONFIDENCE.get(self.rule, RULE_CONFIDENCE["company.other"])

    def surfaces(self) -> list[str]:
        forms = company_surfaces(self.name, tuple(self.names))
        return forms + [f"the {role.title()}" for role in sorted(self.roles)]

    def aliases(self) -> list[str]:
        """Every other form the text names it by, once per folded form; of "VERANT" (an
        all-capitals headline) and "Verant" the form the prose writes is kept."""
        chosen: dict[str, str] = {}
        for name in self.names:
            key = fold(name)
            if key == fold(self.name) or key in GENERIC_ALIASES:
                continue
            if key not in chosen or (chosen[key].isupper() and not name.isupper()):
                chosen[key] = name
        core = core_name(self.name)
        if chosen.get(fold(core), "").isupper() and not core.isupper():
            chosen[fold(core)] = core  # "VERANT" in a headline, "Verant, Inc." in the text
        return list(chosen.values())


@lru_cache(maxsize=4096)
def company_surfaces(name: str, names: tuple[str, ...]) -> list[str]:
    """Forms a mention may take: every name seen, without legal form, and the lead word."""
    forms = {n for n in names if len(n) >= 2}
    forms |= {core_name(n) for n in names if len(core_name(n)) >= 3}
    word = distinctive_word(name)
    if word:
        forms.add(word)
    return sorted(forms, key=len, reverse=True)


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def core_name(name: str) -> str:
    """The name without its legal form: "XOMA Royalty Corporation" -> "XOMA Royalty"."""
    words = name.replace(",", " ").split()
    while words and fold(words[-1]).replace(" ", "") in CORE_DROP | {"co"}:
        words.pop()
        if len(words) > 1 and words[-1] in ("&", "and"):
            words.pop()  # "Shionara & Co., Ltd." -> "Shionara", "Eli Lilly and Company"
    return " ".join(words).strip(" ,")


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def core_key(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in CORE_DROP)


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def distinctive_word(name: str) -> str | None:
    """The first word when it identifies the company alone ("Simcere", "LAVA")."""
    words = [w for w in re.split(r"\s+", core_name(name)) if w]
    if not words:
        return None
    first = words[0]
    lowered = fold(first)
    if len(words) > 1 and fold(words[-1]) in INVESTMENT_ARM_HEADS:
        return None  # "Sanofi" names the parent of "Sanofi Ventures", not the arm
    if lowered in PLACES or lowered in NAME_STOPWORDS or lowered in COMPANY_HEADS:
        return None
    if len(first) < 3 or not re.match(r"[A-Z]", first):
        return None
    return first


# ---------------------------------------------------------------- candidates


def walk_back(text: str, end: int, limit: int = 7) -> int | None:
    """Start of the capitalised run of words that ends at `end`, or None."""
    # a name is a few words: look back a bounded stretch, not to the start of a long line
    line_start = text.rfind("\n", max(0, end - NAME_LOOKBACK_CHARS), end) + 1
    line_start = max(line_start, end - NAME_LOOKBACK_CHARS)
    window = text[line_start:end]
    # a dash run is a break, not part of a word: "(BUSINESS WIRE)--Velmora Bio (NASDAQ: VLM)"
    words = list(DASHED_WORD.finditer(window))
    start = None
    next_token = None
    for word in reversed(words[-limit:]):
        token = word.group()
        if not is_name_token(token, next_token):
            break
        next_token = token
        start = line_start + word.start()
    return start


# a word up to a space or a run of dashes (a single hyphen stays inside: "Bristol-Myers"); the
# dash run is a token of its own, which no name holds
DASHED_WORD = re.compile(r"(?:[^\s\-—–]|(?<!-)-(?!-))+|-{2,}|[—–]")


def is_name_token(token: str, next_token: str | None = None) -> bool:
    if token in ("plc", "plc.", "&") or (
        token.endswith(",") and next_token and is_suffix(next_token)
    ):
        return True
    if token.endswith(",") or not NAME_TOKEN.fullmatch(token) or not re.search(r"[A-Za-z]", token):
        return False
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", token):
        return False
    # "ALM005." and "GBM." end a sentence; "Inc.", "Co.", "U.S." do not.
    if token.endswith(".") and token[:-1].isupper() and len(token) > 3 and not is_suffix(token):
        return False
    if token.endswith(".") and next_token and COMPANY_WORD_END.fullmatch(token):
        return False  # "... with Quorrin Bio. Quorrin Bio will pay": a name ended the sentence
    return not (token.endswith(".") and len(token) > 4 and "." not in token[:-1])


# a company word ending a sentence; short legal forms ("Co.", "AG.") are left to is_suffix
COMPANY_WORD_END = re.compile(r"(?i:bio|labs?|pharm|rx|med|tx|dx)\.")


def is_suffix(token: str) -> bool:
    return re.fullmatch(LEGAL_SUFFIX, token.strip(",")) is not None


# a lower-case word right before: the next word is not a sentence's first
LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w\-]*\s+$")
# a person's title written before a founder's possessive in a firm's name
TITLE_TOKEN = re.compile(r"(?:Dr|Mr|Mrs|Prof)\.?")


def trim_name(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Drop leading stop words ("Yesterday", "Under", "Copyright") from a name."""
    name = text[start:end]
    words = list(re.finditer(r"\S+", name))
    cut = 0
    for i, word in enumerate(words[:-1]):
        token = word.group()
        leading = i == cut
        if fold(token) == "company" and is_suffix(words[i + 1].group()):
            continue  # "Acme Company Limited"
        if token in ("and", "&") and re.fullmatch(r"Co\.?", words[i + 1].group()):
            continue  # "Acme and Co."
        if (
            leading
            and token == "The"
            and len(words) - i > 2
            and LOWER_WORD_BEFORE.search(text, max(0, start - 30), start + word.start())
        ):
            break  # "drugmaker The Medicines Company": a capital "The" mid-sentence is the name's
        founder = i + 2 < len(words) and POSSESSIVE_END.search(words[i + 1].group())
        if leading and founder and TITLE_TOKEN.fullmatch(token):
            break  # "Dr. Varma's Laboratories Ltd.": the founder's title opens the name
        # "Harbin High & New Technology Group": a word joined by "&" continues the name
        joined = not leading and words[i - 1].group() in ("&", "and")
        if (
            (
                fold(token) in NAME_STOPWORDS
                and (leading or fold(token) not in NAME_TAIL_STOPWORDS)
                and not joined
            )
            or (leading and LOCATED.search(token))  # "US-based Velmir Biotherapies"
            # "San Diego-based Velmir Biotherapies": a place of several words before it
            or (PLACED_AFTER.search(token) and all(w.group()[0].isupper() for w in words[cut:i]))
            # "China's Tamsin Pharmaceutical Group", "South Korea's Tamsin Bio": a place's
            # possessive (of one or more capitalised words) opens no name
            or (
                token.endswith(("'s", "’s"))
                and fold(POSSESSIVE_END.sub("", token)) in PLACES
                and i - cut < MAX_PLACE_WORDS
                and all(w.group()[0].isupper() for w in words[cut:i])
            )
            or (leading and token in ("©", "&"))
            # "Drugmaker Velmir", "Biotech Corlan Labs" (not "Biotech Pharmaceutical Co.")
            or (
                leading
                and fold(token) in LEADING_DESCRIPTIONS
                and is_bare_name(words[i + 1].group().strip(",."))
            )
            or (leading and fold(token) in PLACES and is_place_run([token]))
        ):
            cut = i + 1
    if cut >= len(words):
        return None
    start += words[cut].start()
    name = text[start:end].strip(" ,;:")
    repeated = re.fullmatch(r"(.{3,}?)\s*(\1)", name)
    if repeated:  # an "About X" heading run into its paragraph: "X Inc. X Inc."
        start += repeated.start(2)
        name = repeated.group(2)
    words = name.split()
    if not words or not is_plausible_name(name):
        return None
    return start, name


def is_place_run(words: list[str]) -> bool:
    """Only strip a place when the name is place + company word ("Global Pharma Leader")."""
    return fold(words[0]) in {"global", "international", "national", "new", "world"}


POSSESSIVE_END = re.compile(r"['’]s$")
# "US-based Velmir", "Tamsin-backed Velmir": a word that places or funds the name, no part of it
LOCATED = re.compile(
    r"-(?:based|headquartered|listed|registered|backed|funded|owned|controlled)$", re.IGNORECASE
)
SUFFIX_GAP = re.compile(rf"\b{LEGAL_SUFFIX}\s+")
# The same word after a place of several words ("San Diego-based", "Rio de Janeiro-based" is
# left alone): written in lower case only, so a name's own capitalised word ("Cell-Based
# Therapies Inc.") is never cut
PLACED_AFTER = re.compile(r"[a-z]-(?:based|headquartered)$")
# Words of a place's name written before its possessive: "Hong Kong's", "United Arab Emirates'"
MAX_PLACE_WORDS = 3


def heading_run(name: str) -> bool:
    """A legal suffix followed by the name's own first word, as a whole word.

    One precompiled pattern and a string test, not a pattern compiled per name: this runs for
    every candidate name, and per-name patterns thrashed the `re` cache on the hot path."""
    first = name.split()[0]
    word_end = bool(re.match(r"\w", first[-1]))
    for gap in SUFFIX_GAP.finditer(name):
        rest = name[gap.end() :]
        if rest.startswith(first):
            after = rest[len(first) : len(first) + 1]
            if word_end != bool(after and re.match(r"\w", after)):  # what `\b` after it meant
                return True
    return False


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def is_plausible_name(name: str) -> bool:
    if not is_clean_name(name) or len(name) < 2 or len(name) > 90:
        return False
    if heading_run(name):
        return False  # a heading run into its paragraph: "About X, Inc. X, Inc. is ..."
    words = fold(name).split()
    if not words or fold(name) in AGENCY_NAMES or fold(core_name(name)) in AGENCY_NAMES:
        return False
    blocked = {w for w in words if w in NON_COMPANY_WORDS}
    if blocked and not (blocked <= SITE_WORDS and words[-1] in COMPANY_HEADS):
        return False  # "Alder Park Bio", "Center Point Therapeutics": a site word in a name
    if all(w in PLACES or w in NAME_STOPWORDS or w in CORE_DROP for w in words):
        return False
    if FIELD_WORD.fullmatch(name):
        return False  # "Immuno-Oncology": a therapeutic area
    if all(fold(w) in DESCRIPTIVE or w.lower() in DESCRIPTIVE for w in name.split()):
        return False  # "British AI", "a Danish biotech": a description, not a name
    # a name the trade writes in lower case ("argenx", "bluebird bio") when the gazetteer lists it
    return bool(re.match(r"[A-Z0-9\u4e00-\u9fff]", name)) or name in KNOWN_COMPANIES


FIELD_WORD = re.compile(FIELD_COMPOUND)


# Words of a site ("Zhangjiang Science Park") that a company word after them makes part of a
# company's name ("Alder Park Bio")
SITE_WORDS = frozenset({"park", "center", "centre", "campus"})


def skip_parens_back(text: str, end: int) -> int:
    """Move `end` before any "(...)" groups and spaces that directly precede it."""
    while True:
        stripped = text[:end].rstrip()
        if not stripped.endswith(")"):
            return len(stripped)
        depth = 0
        for i in range(len(stripped) - 1, -1, -1):
            if stripped[i] == ")":
                depth += 1
            elif stripped[i] == "(":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        else:
            return len(stripped)


def candidate_at(text: str, end: int, name_end: int | None = None) -> Candidate | None:
    end = skip_parens_back(text, end)
    start = walk_back(text, end)
    if start is None:
        return None
    trimmed = trim_name(text, start, name_end or end)
    if not trimmed:
        return None
    start, name = trimmed
    if continues_longer_name(text, start):  # "Bright and Moore Pharma Ltd. (HKEX: 1234)"
        start, name = joined_name(text, start, name_end or end) or (start, name)
    name = POSSESSIVE_END.sub("", name)  # "Fosun Pharma's (SHA:600196) unit": the owner's name
    if not name:
        return None
    return Candidate(name, start, start + len(name))


AND_CO = re.compile(r"\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+(?:and|&)\s+Co\.?(?=\W|$)")


# Legal forms written in capitals, read only inside a line in capitals (a headline or an
# all-capitals release): "VELTRA PHARMA INC. ANNOUNCES ...", "... WITH MORIKAWA CO., LTD."
SHOUTED_SUFFIX_AT = re.compile(
    r"(?:,\s*)?(?<![\w])(?:CO\.,?\s*LTD\.?|CO\.,?\s*LIMITED|INC\.|INC\b|CORPORATION|CORP\."
    r"|LIMITED|LTD\.?|LLC|GMBH|S\.P\.A\.|K\.K\.)(?![\w])"
)


def suffix_matches(text: str) -> list[re.Match]:
    """Where a legal form closes a name: as written in prose, or in capitals in a line written
    in capitals."""
    matches = list(SUFFIX_AT.finditer(text))
    if SHOUTED_SUFFIX_AT.search(text):
        taken = {m.start() for m in matches}
        shouted = [
            m
            for m in SHOUTED_SUFFIX_AT.finditer(text)
            if m.start() not in taken and in_shouting_line(text, m.start())
        ]
        matches = sorted(matches + shouted, key=lambda m: m.start())
    return matches


def formal_candidates(text: str) -> list[Candidate]:
    found = []
    for match in suffix_matches(text):
        before = match.start()
        low = max(0, before - NAME_LOOKBACK_CHARS)
        preceding = text[low:before].rstrip(" ")
        # "Shionara & Co., Ltd.": an ampersand before the legal form joins it to the name
        if not preceding or not re.match(r"[A-Za-z0-9.)&\u4e00-\u9fff]", preceding[-1]):
            continue
        before = low + len(preceding)
        start = walk_back(text, before)
        and_co = AND_CO.search(text, max(0, match.start() - 60), match.end())
        if and_co and and_co.end() == match.end():
            start = and_co.start()  # "Eli Lilly and Co.": the "and" belongs to the name
        if start is None:
            continue
        trimmed = trim_name(text, start, match.end())
        if trimmed and continues_longer_name(text, trimmed[0]):
            trimmed = joined_name(text, trimmed[0], match.end())  # "Bright and Moore Ltd."
        if trimmed:
            start, name = trimmed
            if core_key(name):
                candidate = Candidate(name, start, start + len(name), formal=True)
                defined = OR_ALIAS.match(text, match.end())
                if defined:  # "Chongqing Acme Co., Ltd., or CA,": a defined short name
                    candidate.aliases = [defined.group("alias")]
                found.append(candidate)
    return found


OR_ALIAS = re.compile(r",\s+or\s+(?:the\s+)?[“\"]?(?P<alias>[A-Z][\w\-]{1,20})[”\"]?(?=[,.;)])")


def continues_longer_name(text: str, start: int) -> bool:
    """ "Research and Development Co." is one name; "Tamsin SA and Quillon SA", "Tamsin SA
    (Euronext: TMS) and Quillon SA" are two: the word before "and" / "of" / "&" decides."""
    joined = re.search(r"(\S+)\s+(?:and|of|&|AND|OF)\s*$", text[max(0, start - 40) : start])
    if not joined:
        return bool(re.search(r"(?:\band|\bof|&|\bAND|\bOF)\s*$", text[max(0, start - 6) : start]))
    word = joined.group(1).strip(",")
    abbreviated_form = re.fullmatch(r"(?i:Co|Corp|Inc|Ltd|Bhd|KK|Limited)\.?", word)
    of_join = re.search(r"\b(?:of|OF)\s*$", text[max(0, start - 6) : start]) is not None
    if (fold(word) in NON_COMPANY_WORDS and of_join) or fold(word) in NAME_STOPWORDS:
        return False  # "the Board of Directors of Acme S.p.A.": a body of the company, no name
    if not of_join and fold(word) in COMPANY_HEADS and not generic_part(text, start):
        return False  # "Koru Medicines and Brantley Inc.": a company word ends the first name
    return (
        bool(re.match(r"[A-Z]", word))
        and not is_suffix(word)
        and not abbreviated_form
        and not word.endswith(")")
        and not named_alone(text, word, start)
    )


# the words of a formal name up to its legal form
WORDS_BEFORE_FORM = re.compile(rf"((?:[A-Z][\w\-]*\s+){{1,3}}?){LEGAL_SUFFIX}")


def generic_part(text: str, start: int) -> bool:
    """The formal name at `start` holds only company words before its legal form ("Healthcare
    Holdings Ltd."): no company of its own, the end of a longer name ("Grand Pharmaceutical
    and Healthcare Holdings Ltd.")."""
    words = WORDS_BEFORE_FORM.match(text, start)
    return bool(words) and all(fold(w) in COMPANY_HEADS for w in words.group(1).split())


def joined_name(text: str, start: int, end: int) -> tuple[int, str] | None:
    """A formal name whose first word continues a longer run joined by "and" or "&"
    (continues_longer_name): the whole name ("Bright and Moore Pharma Ltd.", neither part
    named alone), the second part alone when the text names it alone elsewhere or the first
    part is a company the trade knows or ends a list ("Orwick and Tamsel Bio Inc. ... Tamsel
    will pay", "Pfizer and Moore Pharma Ltd.", "with Brill, Corlan and Moore Pharma Ltd."), or
    None when neither reading holds ("the Board of Directors and Moore Pharma Ltd.")."""
    second = trim_name(text, start, end)
    joined = re.search(r"(\S+)\s+(?:and|&)\s*$", text[max(0, start - 40) : start])
    if joined is None or second is None:
        return None
    lead = re.match(r"[A-Z][\w\-]{2,}", text[start:])
    if lead and len(re.findall(rf"\b{re.escape(lead.group())}\b", text)) > 1:
        return second
    first_end = max(0, start - 40) + joined.end(1)
    first_start = walk_back(text, first_end)
    if first_start is None or first_start == start:
        return None
    first = trim_name(text, first_start, first_end)  # "Yesterday Bright": the first part alone
    if first is None or continues_longer_name(text, first[0]) or first[1].isupper():
        return None  # "SAN DIEGO and CALGARY, AB, Feb. 7": a dateline's places, no name
    if first[1] in KNOWN_COMPANIES or re.search(r",\s*$", text[max(0, first[0] - 5) : first[0]]):
        return second
    name = text[first[0] : end].strip(" ,;:")
    return (first[0], name) if is_plausible_name(name) else None


def named_alone(text: str, word: str, start: int) -> bool:
    """ "Kirimo and Dunleavy Pharma plc" are two parties when the text names "Kirimo" elsewhere
    as a name of its own ("Tamsin grants Kirimo rights", "Osaka Kirimo Pharma"): followed by
    lower case, punctuation, a company word or a legal form, never by " and"."""
    if not re.fullmatch(r"[A-Z][\w\-]{2,}", word) or fold(word) in COMPANY_HEADS:
        return False
    for match in re.finditer(rf"\b{re.escape(word)}\b", text):
        after = text[match.end() : match.end() + 30]
        if re.match(r"\s+(?:and|&|of)\b", after):
            continue  # this very "Kirimo and", or another run of words
        following = re.match(r"\s+([A-Z][\w\-]*)", after)
        if not following or fold(following.group(1)) in COMPANY_HEADS or is_suffix(following[1]):
            return True
    return False


STOCK_MOVE = re.compile(r"\s*([A-Z]{2,5})\s+[-+−–]?\d+(?:\.\d+)?%\s*")


# "Velmir (01530) announced": Hong Kong writes a stock code bare, five digits from a zero;
# read as one only when the text speaks of a Hong Kong listing or its dollars
BARE_HK_CODE = re.compile(r"0\d{4}")
HONG_KONG_LISTING = re.compile(r"\bHong Kong\b|\bHKEX\b|\bHK\$|\bSEHK\b")


def parenthetical_candidates(text: str) -> list[Candidate]:
    """`Name (2096.HK, hereinafter referred to as "Simcere")`, `Name (the "Company")`."""
    found = []
    for match in PAREN.finditer(text):
        inside = match.group(1)
        tickers = tickers_in(inside)
        aliases = [
            re.sub(r"^the\s+", "", a.strip(" ,"), flags=re.IGNORECASE)
            for a in QUOTED.findall(inside)
        ]
        aliases += bare_aliases(inside)
        short = BARE_SHORT_NAME.fullmatch(inside) if not tickers and not aliases else None
        if short:
            aliases.append(short.group())
        moved = STOCK_MOVE.fullmatch(inside)
        if moved:  # "MacroGenics (MGNX -2.86%)": a symbol and its share move name a company
            aliases.append(moved.group(1))
        elif not tickers and CASHTAG.fullmatch(inside):
            moved = True  # "Unilore ($UNLR) jumped": a cashtag is a stock symbol, whatever letters
        elif not tickers and BARE_SYMBOL.fullmatch(inside):
            # "a deal with Kestrel (KSTL)": a news item's bare symbol, spelled from the name
            moved = symbol_of_name(inside, text, match.start())
        roles = [a for a in aliases if fold(a) in GENERIC_ALIASES]
        names = [a for a in aliases if fold(a) not in GENERIC_ALIASES and is_clean_name(a)]
        company_like = (
            tickers
            or moved
            or any(fold(r) in ("company", "group", "issuer") for r in roles)
            or (BARE_HK_CODE.fullmatch(inside) and HONG_KONG_LISTING.search(text))
        )
        if not company_like and not (names and not roles):
            continue
        candidate = candidate_at(text, match.start())
        if not candidate:
            continue
        if any(fold(a) in AGENCY_NAMES for a in names):
            continue
        if short and not moved and not is_short_name_of(short.group(), candidate.name):
            continue  # "Velmir AG (Vienna)", "the trial (Phase 2)": no short form of the name
        before = text[max(0, match.start() - 200) : match.start()]
        if not company_like and all(is_initialism(a, before) for a in names):
            continue  # 'Good Manufacturing Practice ("GMP")': a defined term, not a company
        if not company_like and names and all(defines_other(a, candidate.name) for a in names):
            continue  # 'the Westlake Institute, part of the Office of Health Services ("WI")'
        candidate.aliases = names + [r for r in roles if fold(r) in ("company", "group")]
        candidate.tickers = tickers
        found.append(candidate)
    return found


BARE_SYMBOL = re.compile(r"[A-Z]{3,5}")
# A social-media and news-wire "cashtag": "$UNLR", "$ABC.L"
CASHTAG = re.compile(r"\s*\$[A-Z]{1,6}(?:\.[A-Z]{1,2})?\s*")


def symbol_of_name(symbol: str, text: str, bracket: int) -> bool:
    """Whether a bare bracketed symbol ("(KSTL)") after a one- or two-word capitalised name
    ("Kestrel") is its stock symbol: the symbol's letters appear in the name in order from its
    first letter, and they are not the initials of the words before (a defined term, "Food and
    Drug Administration (FDA)")."""
    candidate = candidate_at(text, bracket)
    if candidate is None or len(candidate.name.split()) > 2:
        return False
    name = candidate.name.lower()
    if fold(candidate.name) in DESCRIPTIVE or fold(candidate.name) in AGENCY_NAMES:
        return False
    if is_initialism(symbol, text[max(0, bracket - 200) : bracket]):
        return False
    position = 0
    for letter in symbol.lower():
        position = name.find(letter, position)
        if position < 0 or (letter == symbol[0].lower() and position != 0):
            return False
        position += 1
    return True


# "Velmora BioPharmaceutical, Inc. (VelBio)", "Harwick Stone Biologics (HSB)": an unquoted
# short name in the bracket after a company's formal name
BARE_SHORT_NAME = re.compile(r"[A-Z][A-Za-z0-9]*[a-zA-Z0-9](?:-[A-Z][A-Za-z0-9]+)?")


def is_short_name_of(short: str, name: str) -> bool:
    """Whether an unquoted bracket word defines a short name for `name`: the name is formal (a
    legal form or a company head word), the short name opens with the name's first letter and
    is no place, and is shorter than the name ("Velbio" for "Velmora Biopharmaceutical, Inc.",
    "BMK" for "Bristow-Myers Kimble Ltd.")."""
    words = re.findall(r"[A-Za-z][\w&-]*", name)
    formal = has_legal_form(name) or (bool(words) and fold(words[-1]) in COMPANY_HEADS)
    return (
        formal
        and short[0] == name[0]
        and len(short) < len(core_key(name)) + 1
        and fold(short) not in DESCRIPTIVE
        and fold(short) not in AGENCY_NAMES
    )


def defines_other(alias: str, name: str) -> bool:
    """An upper-case alias that neither opens with a letter of the name's words nor is written
    in it ("NIH" after "... within the Office of Health Services"): it stands for something
    named earlier, not for the words right before it."""
    if not re.fullmatch(r"[A-Z]{2,6}", alias) or has_legal_form(name):
        return False
    words = re.findall(r"[A-Za-z]+", name)
    if len(words) < 2 or alias.lower() in name.lower():
        return False
    return alias[0] not in {w[0].upper() for w in words}


def is_initialism(alias: str, before: str) -> bool:
    """ "NDA" after "New Drug Application", "DoD" after "Department of Defense": the defined term
    spells the initials of the words right before it, the last no company word or legal form; a
    term the release defines, not a company (a company defined by its initials carries a
    ticker or a legal form)."""
    letters = [c for c in alias if c.isupper()] if alias[1:].lower() != alias[1:] else list(alias)
    if len(letters) < 2 or not alias[0].isupper() or not alias.isalpha():
        return False
    words = re.findall(r"[\w&’'.]+", before)
    index = len(words) - 1
    for letter in reversed(letters):
        while index >= 0 and words[index].lower() in ("of", "and", "&", "for", "the", "in", "on"):
            index -= 1
        if index < 0:
            return False
        word = words[index]
        if not word[0].isupper() and not word[0].isdigit():
            return False
        if index == len(words) - 1 and (fold(word) in COMPANY_HEADS or is_suffix(word)):
            return False  # "Harwick Stone Biologics (HSB)": a company word heads the name
        if word[0].upper() != letter.upper():
            return False
        index -= 1
    return True


# A Chinese or Japanese character (kana, kanji, the repeat and length marks)
CJK = r"[\u3040-\u30ff\u4e00-\u9fff々ー]"
# A registered Chinese or Japanese company name: "艾克(苏州)生物科技有限公司", "艾克集团",
# "株式会社ヴェルミ", "ヴェルミ製薬株式会社"
CJK_COMPANY = (
    rf"{CJK}+(?:[(（]{CJK}+[)）])?{CJK}*(?:公司|集[团團]|会社|會社)"
    rf"|株式会社{CJK}+(?:[(（]{CJK}+[)）])?{CJK}*"
)
# The name opens the bracket after the formal name, alone or before its short name and
# ticker: "(艾克生物科技有限公司)", '(艾克生物科技有限公司, "Acme", SSE: 688001)'
CHINESE_NAME_PAREN = re.compile(rf"\(({CJK_COMPANY})(?=\)|\s*[,，;；、])")


def chinese_name_candidates(text: str) -> list[Candidate]:
    """A registered Chinese name in brackets after a company's name is its alias:
    "Acme (Suzhou) Biotech Co., Ltd. (艾克(苏州)生物科技有限公司)"."""
    found = []
    for match in CHINESE_NAME_PAREN.finditer(text):
        candidate = candidate_at(text, match.start())
        if candidate:
            candidate.aliases = [match.group(1)]
            found.append(candidate)
    return found


def bare_aliases(inside: str) -> list[str]:
    """Unquoted short names inside a ticker parenthesis: "(Henlius, HKEX:02696)"."""
    if not any(p.search(inside) for p in TICKER_PATTERNS):
        return []
    # "(Nasdaq: ACME; AcmeRx or the Company)": the defined name before "or the Company"
    parts = [OR_THE_COMPANY.sub("", p.strip()) for p in re.split(r"[,;]", inside)]
    return [
        p
        for p in parts
        if re.fullmatch(r"(?=\S*[A-Za-z])[A-Z0-9][\w\-]+(?: [A-Z][\w\-]+)?", p)
        and ":" not in p
        and fold(p) not in EXCHANGE_WORDS
    ]


OR_THE_COMPANY = re.compile(r"\s+or\s+(?:the\s+)?[“\"]?(?:Company|Group)[”\"]?$")
EXCHANGE_WORDS = {fold(e) for e in EXCHANGES} | {"asx", "six", "otcqx", "bme", "stock code"}


def apposition_candidates(text: str) -> list[Candidate]:
    """ "X, a clinical-stage biotech company", "X, the company's commercial subsidiary"."""
    found = []
    for pattern in (APPOSITION, CHILD_AFTER, BASED_IN):
        for match in pattern.finditer(text):
            candidate = candidate_at(text, match.start())
            if candidate and (pattern is not BASED_IN or is_placed_organisation(candidate.name)):
                found.append(candidate)
    return found


# "Velmir AG, a unit of Swiss-based drugmaker Tamsin": what is a unit of something is a company
UNIT_OF = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?:(?:wholly|fully)[- ]owned|indirect|direct|[A-Z][\w.]*)\s+){0,2}"
    r"(?:subsidiary|unit|affiliate|division)\s+of\s"
)


def unit_of_candidates(text: str) -> list[Candidate]:
    """ "F Velmir-La Tamsin, a unit of Swiss-based biotech giant Tamsin": the unit. Run after the
    head-noun rule, so a name that rule finds keeps its measured confidence."""
    return [c for m in UNIT_OF.finditer(text) if (c := candidate_at(text, m.start()))]


def is_placed_organisation(name: str) -> bool:
    """ "Quorrin, based in Oslo" or "Quorrin Bio, based in Oslo", never "Mara Lind, based in
    Oslo": one word that may name a company alone, or a name headed by a company word."""
    words = name.split()
    last = fold(words[-1])
    if len(words) == 1:
        return is_bare_name(words[0]) and not re.search(r"\d", name)
    return last in COMPANY_HEADS or last in ORG_HEADS or last in INSTITUTION_WORDS


# A capitalised word after a company word on the same line continues the run; a line break
# ends it ("Company: Velmir Pharmaceuticals\nApproval date: ...", a label line's value)
RUN_GOES_ON = re.compile(r"[^\S\n]+[A-Z]|[^\S\n]*\([A-Z][a-z]+\)\s+[A-Z]")


def head_noun_candidates(text: str) -> list[Candidate]:
    """Capitalised runs ending in a company word: "LigaChem Biosciences", "Hildred Capital"."""
    found = []
    heads = "|".join(sorted(COMPANY_HEADS | RUN_END_HEADS, key=len, reverse=True))
    for match in re.finditer(rf"\b(?:{heads})(?=(?:['’]s)?\b)", text, re.IGNORECASE):
        if not match.group()[0].isupper() or in_shouting_line(text, match.start()):
            continue
        if RUN_GOES_ON.match(text, match.end()):
            continue  # the run goes on: "European Medicines Agency", "Acme Bio (Suzhou) Co."
        start = walk_back(text, match.start())
        if start is None or start == match.start():
            continue
        trimmed = trim_name(text, start, match.end())
        if trimmed and len(trimmed[1].split()) >= 2 and not DISCIPLINE.fullmatch(trimmed[1]):
            start, name = trimmed
            found.append(Candidate(name, start, start + len(name)))
    return found


# a field of medicine, not a company: "Clinical Oncology" (of a society's name), "Internal
# Medicine", "Regenerative Medicine", "Pediatric Neuro-Oncology"
DISCIPLINE = re.compile(
    r"(?:[A-Z][a-z]+(?:al|ic|ive|ary)\s+)+(?:Neuro-|Hemato-|Radiation\s+)?(?:Medicine|Oncology)"
)


CHINESE_NAME_LINE = re.compile(r"[\u4e00-\u9fff()（）]{2,30}")


def announcement_header_candidates(text: str) -> list[Candidate]:
    """Exchange announcements open with the issuer's name (in capitals or not), its name in
    Chinese and its stock code: the cover-page issuer, with the code as its ticker."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text[:3000])]
    lines = [(pos, line) for pos, line in lines if line]
    found = []
    for i, (pos, line) in enumerate(lines[:25]):
        if not re.fullmatch(r"[A-Z][A-Za-z&.,'’()\- ]{3,100}", line) or len(line.split()) < 2:
            continue
        last = line.split()[-1]
        if line.endswith(".") and not (is_suffix(last) or is_suffix(last.title())):
            continue  # a sentence (the exchange's disclaimer), not a name
        following = [text for _, text in lines[i + 1 : i + 5]]
        if not any(re.match(r"\((?:Incorporated|Stock Code)", f, re.IGNORECASE) for f in following):
            continue
        candidate = Candidate(line, text.find(line, pos), text.find(line, pos) + len(line))
        candidate.aliases = [f for f in following if CHINESE_NAME_LINE.fullmatch(f)]
        # the cover's own code lines ("(Stock Code: 1234)"), never a body paragraph after them
        # that names a counterparty's ticker ("... with Y Inc. (NYSE: YYY)")
        candidate.tickers = [t for f in following if f.startswith("(") for t in tickers_in(f)]
        found.append(candidate)
    return found


def in_shouting_line(text: str, position: int) -> bool:
    """True inside a line written mostly in capitals (an exchange heading), judged on at most
    SHOUTING_WINDOW characters either side so a one-line megabyte text stays linear."""
    low = max(0, position - SHOUTING_WINDOW)
    line_start = text.rfind("\n", low, position) + 1 or low
    line_start = max(line_start, low)
    line_end = text.find("\n", position, position + SHOUTING_WINDOW)
    line = text[line_start : line_end if line_end >= 0 else position + SHOUTING_WINDOW]
    letters = [c for c in line if c.isalpha()]
    return len(line) > 30 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def tickers_in(text: str) -> list[str]:
    tickers = []
    for pattern in TICKER_PATTERNS:
        for match in pattern.finditer(text):
            for exchange in EXCHANGE_SPLIT.split(match.group("exchange")):
                ticker = normal_ticker(exchange, match.group("symbol"))
                if ticker and ticker not in tickers:
                    tickers.append(ticker)
    return tickers


def normal_ticker(exchange: str, symbol: str) -> str | None:
    exchange = exchange.upper().strip()
    if exchange == "STOCK CODE":
        exchange = "HK"
    if exchange == "SS":
        exchange = "SH"
    suffix = EXCHANGES.get(exchange)
    if not suffix:
        return None
    if suffix == "HK":
        if not symbol.isdigit():
            return None
        symbol = str(int(symbol))
    if suffix in ("SH", "SZ") and not re.fullmatch(r"\d{6}", symbol):
        return None  # mainland codes have six digits: "Shanghai: 3 p.m." holds none
    return f"{symbol}.{suffix}"


# ---------------------------------------------------------------- merging


def same_company(a: FoundCompany, b: Candidate) -> bool:
    form_a, form_b = legal_form_family(a.name), legal_form_family(b.name)
    if form_a and form_b and form_a != form_b:
        return False  # "Orrin AG" and its U.S. subsidiary "Orrin Therapeutics, Inc."
    keys_a = {core_key(n) for n in a.names} - {""}
    keys_b = {core_key(n) for n in [b.name, *b.aliases]} - {""}
    if keys_a & keys_b:
        return True
    if is_subsidiary_name(a.name, b.name) or is_subsidiary_name(b.name, a.name):
        return False
    if has_legal_form(a.name) and has_legal_form(b.name):
        # two registered names that differ are two legal entities, often of one group:
        # "Quillon (Shanghai) Biotech Co., Ltd." is not "Quillon Pharmaceutical Group Limited"
        return False  # "Brevik Inc." and its subsidiary "Brevik Labs Inc." too
    if is_investment_arm(a.name, b.name) or is_investment_arm(b.name, a.name):
        return False
    word_a, word_b = distinctive_word(a.name), distinctive_word(b.name)
    if word_a and word_b and fold(word_a) == fold(word_b) and not distinct_members(a.name, b.name):
        return True
    if placed_lead(a.name) in keys_b or placed_lead(b.name) in keys_a:
        return True  # "Corwen" alone is "Hangzhou Corwen Biologics Co., Ltd."
    norms_a = {normal_key(n) for n in a.names} - {None}
    if norms_a & ({normal_key(n) for n in [b.name, *b.aliases]} - {None}):
        # "Fosun Pharma" is "Shanghai Fosun Pharmaceutical"; "Jiangsu Fosun Pharmaceutical"
        # is another member of its group
        places_a = {leading_place(n) for n in a.names} - {None}
        places_b = {leading_place(n) for n in [b.name, *b.aliases]} - {None}
        return not (places_a and places_b and not places_a & places_b)
    return any(
        k_a.startswith(k_b + " ") or k_b.startswith(k_a + " ")
        for k_a in keys_a
        for k_b in keys_b
        if len(k_a) > 3 and len(k_b) > 3
    )


# Company words written short or long: "Fosun Pharma" is "Fosun Pharmaceutical"
HEAD_FORMS = {
    "pharma": "pharmaceutical",
    "pharmaceuticals": "pharmaceutical",
    "biotech": "biotechnology",
    "therapeutic": "therapeutics",
    "bioscience": "biosciences",
    "laboratories": "labs",
}


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def normal_key(name: str) -> str | None:
    """The core key without a leading city or region and with company words in one form
    ("Shanghai Fosun Pharmaceutical" and "Fosun Pharma" -> "fosun pharmaceutical"); None
    for a name of fewer than two words left."""
    words = core_key(name).split()
    while len(words) > 2 and words[0] in PLACES and words[0] not in PLACE_ADJECTIVES:
        words.pop(0)
    if len(words) < 2 or words[-1] not in COMPANY_HEADS and words[-1] not in HEAD_FORMS:
        return None
    return " ".join(HEAD_FORMS.get(w, w) for w in words)


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def leading_place(name: str) -> str | None:
    """The city or region a name opens with ("shanghai"), or None."""
    words = fold(name).split()
    if len(words) > 2 and words[0] in PLACES and words[0] not in PLACE_ADJECTIVES:
        return words[0]
    return None


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def placed_lead(name: str) -> str | None:
    """The folded word after a leading city or region ("Hangzhou Corwen Biologics" ->
    "corwen"), or None when the name does not open with a place."""
    words = fold(core_name(name)).split()
    if len(words) < 2 or words[0] not in PLACES or words[0] in PLACE_ADJECTIVES:
        return None
    while words and words[0] in PLACES:
        words.pop(0)
    if not words or words[0] in COMPANY_HEADS or words[0] in NAME_STOPWORDS:
        return None
    return words[0]


def distinct_members(name_a: str, name_b: str) -> bool:
    """ "Tamwick Jushi Biologics" and "Tamwick Pharmaceutical Group": two names that share a
    lead word but each add a word of its own that is no company word are two group members,
    not one company ("Tamsin Bio" and "Tamsin Biotherapeutics" stay one)."""
    words_a, words_b = core_key(name_a).split()[1:], core_key(name_b).split()[1:]
    if not words_a or not words_b:
        return False
    own_a = {w for w in words_a if w not in words_b and w not in COMPANY_HEADS}
    own_b = {w for w in words_b if w not in words_a and w not in COMPANY_HEADS}
    # "Zhaolin Biopharmaceutical (Suzhou) Co., Ltd." and "Zhaolin Biopharma": a bracketed place
    # that only one of the names adds tells where the company is registered, not another member
    # ("Tamwick (Shanghai)" and "Tamwick (Beijing)" still are two, and so are "Hanul Korea" and
    # "Hanul Pharm": a country unit names its country outside brackets)
    places_a, places_b = bracketed_places(name_a) & own_a, bracketed_places(name_b) & own_b
    if not (places_a and places_b):
        own_a, own_b = own_a - places_a, own_b - places_b
    return bool(own_a or own_b) and bool(set(words_a) ^ set(words_b))


def bracketed_places(name: str) -> set[str]:
    """Folded places a name writes in brackets: {"suzhou"} for "Zhaolin Bio (Suzhou) Co., Ltd."."""
    return {
        fold(m.group(1)) for m in BRACKETED_PLACE_WORD.finditer(name) if fold(m.group(1)) in PLACES
    }


BRACKETED_PLACE_WORD = re.compile(r"\(([A-Z][a-z]+)\)")


def is_investment_arm(longer: str, shorter: str) -> bool:
    """ "Sanofi Ventures" is Sanofi's venture arm, not Sanofi: a name that adds only an
    investment-arm word to another is another company (its parent, if the text says so)."""
    long_key, short_key = core_key(longer).split(), core_key(shorter).split()
    return (
        len(long_key) > len(short_key)
        and long_key[: len(short_key)] == short_key
        and all(w in INVESTMENT_ARM_HEADS for w in long_key[len(short_key) :])
    )


def legal_form_family(name: str) -> str | None:
    """The jurisdiction a name's legal form belongs to ("inc" and "corp" are one), or None
    for forms used everywhere (Ltd, Limited, Co.) and names without one."""
    words = fold(name).split()
    if len(words) < 2:
        return None
    last = words[-1]
    if words[-2:] in (["a", "s"], ["s", "a"]):
        last = "".join(words[-2:])
    if words[-4:] == POLISH_FORM:
        return "pl"  # "Velmir Sp. z o.o." is the Polish subsidiary of "Velmir Inc."
    return LEGAL_FORM_FAMILIES.get(last)


# "Sp. z o.o." folded: four words, none a legal form of its own
POLISH_FORM = ["sp", "z", "o", "o"]


def has_legal_form(name: str) -> bool:
    words = fold(name).split()
    if len(words) > 4 and words[-4:] == POLISH_FORM:
        return True
    return len(words) > 1 and words[-1] in CORE_DROP - {"the", "company", "group"}


def is_subsidiary_name(longer: str, shorter: str) -> bool:
    """ "AstraZeneca Investment (China) Co., Ltd." is a subsidiary of "AstraZeneca"."""
    short_key = core_key(shorter)
    long_key = core_key(longer)
    if not short_key or not long_key.startswith(short_key + " "):
        return False
    markers = [m.group() for m in SUBSIDIARY_WORDS.finditer(longer)]
    if not markers:
        return False
    # "Zhaolin Biopharmaceutical (Suzhou) Co., Ltd." is the registered name of "Zhaolin": the
    # short form and company words, then where it is registered. Only a name that adds no company
    # word of its own ("Pfizer (China) Co., Ltd.") or an arm's word ("Investment") is the
    # subsidiary's.
    added = long_key[len(short_key) :].split()
    heads = [w for w in added if w in COMPANY_HEADS]
    registered = all(m.startswith("(") for m in markers) and heads
    return not (registered and all(w in COMPANY_HEADS or w in PLACES for w in added))


def better_name(current: str, other: str, other_formal: bool, current_formal: bool) -> bool:
    """Whether `other` names the company better than `current`: a formal name (legal suffix)
    first, then a mixed-case one, then the longer."""
    if other_formal != current_formal:
        return other_formal
    if current.isupper() != other.isupper():
        return current.isupper()
    return len(other) > len(current)


def is_unit_name(name: str) -> bool:
    """ "Velmir Oncology", "Acme Consumer Health": a lead word, then a business unit's head."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in BUSINESS_UNIT_HEADS


# "said Jane Roe, president of Velmir Oncology": a post held in a business unit
POST_OF = re.compile(
    r"\b(?:president|head|chair(?:man|woman)?|officer|director|CEO|CFO|CMO|CSO|leader|lead)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def is_post_unit(text: str, candidate: Candidate) -> bool:
    """An informal business unit's name read from a person's post ("president of Velmir
    Oncology"): it stays an alias of the company ("Velmir"), never its name; a company that
    is itself named so ("Silvan Neuroscience will develop ...") is not told in a post."""
    return (
        not candidate.formal
        and is_unit_name(candidate.name)
        and POST_OF.search(text, max(0, candidate.start - 40), candidate.start) is not None
    )


def key_prefixes(key: str) -> list[str]:
    """ "a b c" -> ["a", "a b"]: the shorter keys `key` extends word by word."""
    words = key.split()
    return [" ".join(words[:i]) for i in range(1, len(words))]


class CompanyIndex:
    """Companies found so far, indexed by what `same_company` compares.

    A candidate is compared only with the companies that share a core key, a distinctive word
    or a word prefix with it, so merging grows with the number of names, not its square. The
    index may return extra companies (a stale word after a rename); `same_company` decides.
    """

    def __init__(self) -> None:
        self.companies: list[FoundCompany] = []
        self.position: dict[int, int] = {}
        # key -> {id(company): company}: each company once per key, however often it is named
        self.by_key: dict[str, dict[int, FoundCompany]] = {}
        self.by_prefix: dict[str, dict[int, FoundCompany]] = {}
        self.by_word: dict[str, dict[int, FoundCompany]] = {}
        # "fosun pharmaceutical" for "Shanghai Fosun Pharmaceutical" and "Fosun Pharma"
        self.by_norm: dict[str, dict[int, FoundCompany]] = {}
        self.separate: set[frozenset] = set()  # core-key pairs never to merge (stated_pairs)
        self.children: set[str] = set()  # core keys of stated subsidiaries (stated_children)

    def add(self, company: FoundCompany) -> None:
        self.position[id(company)] = len(self.companies)
        self.companies.append(company)
        self.index_names(company, company.names)

    def index_names(self, company: FoundCompany, names: list[str]) -> None:
        for name in names:
            key = core_key(name)
            if not key:
                continue
            self.by_key.setdefault(key, {})[id(company)] = company
            for prefix in key_prefixes(key):
                self.by_prefix.setdefault(prefix, {})[id(company)] = company
            lead = placed_lead(name)
            if lead:
                self.by_prefix.setdefault(lead, {})[id(company)] = company
            norm = normal_key(name)
            if norm:
                self.by_norm.setdefault(norm, {})[id(company)] = company
        self.index_word(company)

    def index_word(self, company: FoundCompany) -> None:
        word = distinctive_word(company.name)
        if word:
            self.by_word.setdefault(fold(word), {})[id(company)] = company

    def first_match(self, candidate: Candidate) -> FoundCompany | None:
        possible: dict[int, FoundCompany] = {}
        for name in [candidate.name, *candidate.aliases]:
            key = core_key(name)
            if not key:
                continue
            possible.update(self.by_key.get(key, {}))
            possible.update(self.by_prefix.get(key, {}))
            possible.update(self.by_key.get(placed_lead(name) or "", {}))
            for prefix in key_prefixes(key):
                possible.update(self.by_key.get(prefix, {}))
        word = distinctive_word(candidate.name)
        if word:
            possible.update(self.by_word.get(fold(word), {}))
        exact = {
            id(c)
            for name in [candidate.name, *candidate.aliases]
            for c in self.by_key.get(core_key(name), {}).values()
        }
        for name in [candidate.name, *candidate.aliases]:
            same_norm = self.by_norm.get(normal_key(name) or "", {})
            possible.update(same_norm)
            exact |= set(same_norm)
        # a company bearing the very name first, then the earliest that may be the same
        ranked = sorted(possible.values(), key=lambda c: (id(c) not in exact, self.position[id(c)]))
        key = core_key(candidate.name)
        later = []
        for found in ranked:
            keys = {core_key(n) for n in found.names}
            if any(frozenset({key, k}) in self.separate for k in keys):
                continue  # the text calls one the other's subsidiary
            if key not in keys and key in self.children:
                continue  # a stated subsidiary is not its group's other member
            if key not in keys and keys & self.children:
                later.append(found)  # "Clene" is its parent, unless the text names no other
                continue
            if same_company(found, candidate):
                return found
        return next((found for found in later if same_company(found, candidate)), None)


STATED_SUBSIDIARY = re.compile(
    r"(?:\s+is|,)\s+(?:a|an)\s+(?:(?:wholly|fully)[- ]owned\s+|indirect\s+|direct\s+){0,3}"
    r"(?:subsidiary|affiliate|unit|division)\s+of\s+"
    # "Velmir Labs AG, a unit of Swiss-based biotech giant Velmir"
    r"(?:(?!the\b)(?:[a-z][\w\-]*|[A-Z][a-z]+-based|[A-Z][a-z]+['’]s)\s+){0,4}"
)


# "X is a part of Y", "X, part of the Y group": Y is X's parent (the owner named right after)
PART_OF = re.compile(r"(?:\s+is|,)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?")
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]")
OWNED_BY_AFTER = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+is\s+|(?:is|was)\s+)?(?:now\s+)?(?:wholly[- ]|majority[- ]|"
    r"fully\s+)?owned\s+by\s+(?:the\s+)?"
)
# The text calls the name after this a subsidiary: "its wholly owned subsidiary, X", "the
# company's subsidiary X", "Y subsidiary X", "Y's unit X"
CHILD_BEFORE = re.compile(
    r"(?:['’]s|\bits|\btheir|[\w.)]\s)\s*(?:(?:(?:wholly|fully)[- ]owned|[a-z][\w-]*)\s+){0,3}"
    r"(?:subsidiary|affiliate|unit)\s*,?\s+$"
)
# "X, the company's commercial subsidiary,", "X, its wholly owned subsidiary,"
CHILD_AFTER = re.compile(
    r"\s*,\s+(?:the\s+compan(?:y|ies)['’]s?|its|their|(?P<owner>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)"
    r"{0,3})['’]s)\s+(?:(?:(?:wholly|fully)[- ]owned|(?!former\b|previous\b|ex-)[a-z][\w-]*)\s+)"
    r"{0,3}(?:subsidiary|affiliate|unit|division)\b"  # "its former unit" is its own company now
)


def stated_children(candidates: list[Candidate], text: str) -> set[str]:
    """Core keys of names the text calls a subsidiary, its owner named elsewhere ("Tonix
    Medicines, the company's subsidiary", "its wholly owned subsidiary, Clene Nanomedicine
    Inc."): such a name is its own company, never merged into a group member sharing its lead
    word; only its own name (with or without legal form) joins it."""
    children = set()
    for candidate in candidates:
        before = text[max(0, candidate.start - 80) : candidate.start]
        after = skip_parens_forward(text[candidate.end : candidate.end + 160])
        if (
            CHILD_BEFORE.search(before)
            or CHILD_AFTER.match(after)
            or STATED_SUBSIDIARY.match(after)
            or PART_OF.match(after)
        ):
            key = core_key(candidate.name)
            if key:
                children.add(key)
    return children


def stated_pairs(candidates: list[Candidate], text: str) -> set[frozenset]:
    """Core keys of names the text calls parent and subsidiary ("Abbot Bio is a subsidiary of
    Abbot Cayman Limited"): two companies, however alike their names."""
    ordered = sorted(candidates, key=lambda c: c.start)
    by_start = {c.start: c for c in ordered}
    pairs = set()
    for child in ordered:
        gap = STATED_SUBSIDIARY.match(text, child.end) or PART_OF.match(text, child.end)
        if gap is None:
            continue
        parent = by_start.get(gap.end())
        if parent and core_key(parent.name) != core_key(child.name):
            pairs.add(frozenset({core_key(parent.name), core_key(child.name)}))
    return pairs


def merge(candidates: list[Candidate], text: str) -> list[FoundCompany]:
    """One FoundCompany per company the candidates name, in order of first candidate."""
    index = CompanyIndex()
    index.separate = stated_pairs(candidates, text)
    index.children = stated_children(candidates, text)
    formal = {}
    for candidate in sorted(candidates, key=lambda c: c.start):
        match = index.first_match(candidate)
        if match is None:
            match = FoundCompany(
                candidate.name, [candidate.name], [], None, candidate.start, rule=candidate.rule
            )
            index.add(match)
            formal[id(match)] = candidate.formal
        elif better_name(
            match.name, candidate.name, candidate.formal, formal[id(match)]
        ) and not is_post_unit(text, candidate):
            match.name = candidate.name
            formal[id(match)] = candidate.formal
            if candidate.formal:
                match.rule = candidate.rule
            index.index_word(match)
        match.found_by.add(candidate.rule)
        added = []
        for name in [candidate.name, *candidate.aliases]:
            if fold(name) in ("company", "group"):
                match.roles.add(fold(name))
            elif fold(name) not in {fold(n) for n in match.names}:
                match.names.append(name)
                added.append(name)
        if added:
            index.index_names(match, added)
        for ticker in candidate.tickers:
            if ticker not in match.tickers:
                match.tickers.append(ticker)
    for company in index.companies:
        company.names = [
            n for n in company.names if not any(cuts_legal_form(n, o) for o in company.names)
        ]
    link_subsidiaries_by_name(index.companies)
    return index.companies


LEGAL_FORM_ONLY = re.compile(LEGAL_SUFFIX)


def cuts_legal_form(name: str, other: str) -> bool:
    """ "Peltrica Biosciences Co" of "Peltrica Biosciences Co., Ltd.": `name` stops inside the
    legal form `other` ends with (a full stop read as the sentence's end); no name of its own.
    "Peltrica Biosciences" drops the whole form and stays a short name."""
    if len(other) <= len(name) or not other.startswith(name) or not name.strip():
        return False
    last = name.split()[-1]
    return LEGAL_FORM_ONLY.fullmatch(last + other[len(name) :]) is not None


def link_subsidiaries_by_name(companies: list[FoundCompany]) -> None:
    """ "Acme Investment (China) Co., Ltd." gets "Acme" as parent; the last such company wins."""
    by_core: dict[str, list[int]] = {}
    for i, company in enumerate(companies):
        by_core.setdefault(core_key(company.name), []).append(i)
    for child in companies:
        if not SUBSIDIARY_WORDS.search(child.name):
            continue
        parents = [
            i
            for prefix in key_prefixes(core_key(child.name))
            for i in by_core.get(prefix, [])
            if companies[i] is not child and is_subsidiary_name(child.name, companies[i].name)
        ]
        if parents:
            child.parent = companies[max(parents)]


# ---------------------------------------------------------------- mentions


def find_mentions(
    text: str, companies: list[FoundCompany], start: int = 0, end: int | None = None
) -> list[Mention]:
    """Non-overlapping mentions of known companies in text[start:end], longest form first.

    When `companies` is the release's `Entities` (entities.find_entities), the mentions come
    from its one resolved pass over the text; for a plain list they are found afresh.
    """
    end = len(text) if end is None else end
    between = getattr(companies, "mentions_in", None)
    if between is not None and getattr(companies, "text", None) is text:
        return between(start, end)
    return surface_index(companies).find(text, start, end)


def surface_index(companies: list[FoundCompany]) -> SurfaceIndex:
    """Forms -> companies; a form that is one company's whole name ("Velmir") stays that
    company's, though it is another's lead word ("Velmir Labs AG")."""
    whole = [(name, company) for company in companies for name in company.names]
    return SurfaceIndex(
        whole + [(form, company) for company in companies for form in company.surfaces()]
    )


# ---------------------------------------------------------------- parents


POSSESSIVE_GAP = re.compile(r"['’]s\s+")
OWNER_WORD_GAP = re.compile(r"\s+(?:(?:wholly|fully)[- ]owned\s+)?(?:subsidiary|unit|affiliate)\s+")


def link_parents(text: str, companies: list[FoundCompany], mentions: list[Mention]) -> None:
    """ ", a wholly-owned subsidiary of Y" and "a Y portfolio company" make Y the parent."""
    by_start = {m.start: m for m in mentions}
    starts = [m.start for m in mentions]
    for mention in mentions:
        after = text[mention.end : mention.end + 160]
        sub = SUBSIDIARY.match(skip_parens_forward(after))
        if sub:
            offset = mention.end + (len(after) - len(skip_parens_forward(after))) + sub.end()
            parent = by_start[offset].company if offset in by_start else None
            for child in coordinated(text, mentions, mention):
                if parent and parent is not child:
                    child.parent = parent
    for i, mention in enumerate(mentions):
        owned = OWNED_BY_BEFORE.search(
            text, max(0, mention.start - 60), mention.start
        ) or OWNED_BY_DESCRIBED.search(
            text, max(0, mention.start - UNIT_LOOKBACK_CHARS), mention.start
        )
        if owned:
            earlier = [
                m
                for m in mentions[max(0, i - 5) : i]
                if m.company is not mention.company
                and mention.start - m.end < OWNER_SEARCH_CHARS
                and not re.search(r"[.\n]\s", text[m.end : owned.start()])
            ]
            if owned.group("owner") == "our":
                # "our subsidiary Velmir": the release's own company, the first one it names
                issuer = next(
                    (m.company for m in mentions if m.company is not mention.company), None
                )
                mention.company.parent = issuer or mention.company.parent
            elif earlier and (owned.group("owner") == "its" or earlier[-1].end == owned.start()):
                mention.company.parent = earlier[-1].company
            elif owned.group("owner") == "its" and FRONTED_OWNER.search(
                text, max(0, owned.start() - 20), owned.start()
            ):
                # "Through its wholly owned subsidiary, X, Y develops ...": Y, named after
                later = [
                    m
                    for m in mentions[i + 1 : i + 4]
                    if m.company is not mention.company
                    and m.start - mention.end < OWNER_SEARCH_CHARS
                    and not re.search(r"[.\n]\s", text[mention.end : m.start])
                ]
                if later:
                    mention.company.parent = later[0].company
    for first, second in zip(mentions, mentions[1:], strict=False):
        # "AstraZeneca's Velmir notified ...": the unit named after its owner's possessive
        if first.company is second.company or second.company.parent is not None:
            continue
        gap = text[first.end : second.start]
        if POSSESSIVE_GAP.fullmatch(gap) and OWNED_SUBJECT.match(text, first.start):
            second.company.parent = first.company  # not "X's Y deal", "X's Y partnership"
    for first, second in zip(mentions, mentions[1:], strict=False):
        # "Acme subsidiary Brill Labs", "Acme unit Brill": the owner's bare name before the word
        if first.company is not second.company and OWNER_WORD_GAP.fullmatch(
            text, first.end, second.start
        ):
            second.company.parent = first.company
    for i, mention in enumerate(mentions):
        after = skip_parens_forward(text[mention.end : mention.end + 160])
        child = CHILD_AFTER.match(after)
        skipped = len(text[mention.end : mention.end + 160]) - len(after)
        if child and child.group("owner"):  # "Corvane Labs, Brindle's oncology unit,"
            owner = by_start.get(mention.end + skipped + child.start("owner"))
            if owner and owner.company is not mention.company:
                mention.company.parent = owner.company
        elif child:
            # "Brill Labs, the company's commercial subsidiary", "Brill Labs, its unit": the
            # subject, the first other company named in the sentence, else in the paragraph
            paragraph = text.rfind("\n", 0, mention.start)
            earlier = [
                m for m in mentions[:i] if m.company is not mention.company and m.start > paragraph
            ]
            sentence = [m for m in earlier if not SENTENCE_BREAK.search(text, m.end, mention.start)]
            if sentence or earlier:
                mention.company.parent = (sentence or earlier)[0].company
        owned = OWNED_BY_AFTER.match(after)
        if owned:  # "Corvane Labs, which is owned by Brindle Holdings"
            owner = by_start.get(mention.end + skipped + owned.end())
            if owner and owner.company is not mention.company:
                mention.company.parent = owner.company
        part = PART_OF.match(after)
        if part:  # "Brill Labs is a part of Acme Inc.'s life science business"
            owner = by_start.get(mention.end + skipped + part.end())
            if owner and owner.company is not mention.company:
                mention.company.parent = owner.company
    for mention in mentions:
        before = text[max(0, mention.start - 12) : mention.start]
        after = text[mention.end : mention.end + 30]
        if re.search(r",\s+(?:a|an)\s+$", before) and PORTFOLIO_TAIL.match(after):
            child = owner_before(mentions[: bisect_left(starts, mention.start)], mention)
            if child and child is not mention.company:
                child.parent = mention.company


def coordinated(text: str, mentions: list[Mention], last: Mention) -> list[FoundCompany]:
    """The companies of a list ending at `last`: "X (...) and Y (...) (collectively ...)"."""
    companies = [last.company]
    position = mentions.index(last)
    while position > 0:
        before = mentions[position - 1]
        gap = re.sub(
            r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", text[before.end : mentions[position].start]
        )
        if not re.fullmatch(r"\s*(?:,|,?\s*and|;)\s*", gap):
            break
        companies.append(before.company)
        position -= 1
    return companies


# a bracket, one level of brackets inside allowed: "(路摩生物科技(杭州)有限公司)"
LEADING_BRACKET = re.compile(r"\s*[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]")


def skip_parens_forward(text: str) -> str:
    """The text after the brackets it opens with (asides, tickers, names in other scripts)."""
    while True:
        match = LEADING_BRACKET.match(text)
        if not match:
            return text
        text = text[match.end() :]


def owner_before(mentions: list[Mention], mention: Mention) -> FoundCompany | None:
    earlier = [m for m in mentions if m.end <= mention.start and mention.start - m.end < 120]
    return earlier[-1].company if earlier else None


# ---------------------------------------------------------------- entry point


def possessive_candidates(doc: Document) -> list[Candidate]:
    """A one-word name used as an owner ("Akeso's", "AstraZeneca's") and named at least thrice."""
    body = doc.text[: doc.body_end]
    counts: dict[str, list[int]] = {}
    for match in re.finditer(r"(?<![A-Z][\w\-]\s)\b([A-Z][A-Za-z\-]{2,})(?:['’]s)\b", body):
        word = match.group(1)
        if not is_bare_name(word) or is_first_name(body, word) or is_surname(body, word):
            continue
        if ends_longer_name(body, match.start()):
            continue  # "Zorivel XR's role", "Mara Lind's": the last word of a longer name
        counts.setdefault(word, []).append(match.start())
    found = []
    for word, positions in counts.items():
        if len(re.findall(rf"\b{re.escape(word)}\b", body)) >= 3:
            found.append(
                Candidate(word, positions[0], positions[0] + len(word), rule="company.possessive")
            )
    return found


# "CEO Jane Ostby", "Chairman and Chief Executive Officer Jane Ostby": a post before a
# first name and a surname
POST_BEFORE_PERSON = (
    r"\b(?:CEO|CFO|COO|CMO|CSO|[Cc]hairman|[Cc]hair|[Pp]resident|[Ff]ounder|[Oo]fficer"
    r"|[Dd]irector|[Aa]nalyst|[Hh]ead|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)"
)


# The words around a surname, read in a window before and after each place the word is written
# (one pattern per word over the whole text cost a compile and a full scan per candidate)
POST_AND_FIRST_NAME_BEFORE = re.compile(rf"{POST_BEFORE_PERSON}\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?$")
FIRST_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?$")
POST_AFTER = re.compile(rf",\s+(?:the\s+)?{PERSON_TITLE}")
SURNAME_WINDOW = 80  # characters before the word: a post, a first name and an initial


@lru_cache(maxsize=256)
def is_surname(text: str, word: str) -> bool:
    """The text names a person with `word` as surname: after a post and a first name ("CEO
    John Ostby"), or before a post ("John Ostby, Chief Executive Officer"); so "Ostby's
    announcement" is the person's, not a company's."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if at > 0 and text[at - 1].isspace():
            before = text[max(0, at - SURNAME_WINDOW) : at]
            ends_word = end == len(text) or not (text[end].isalnum() or text[end] == "_")
            if ends_word and POST_AND_FIRST_NAME_BEFORE.search(before):
                return True
            if POST_AFTER.match(text, end) and FIRST_NAME_BEFORE.search(before):
                return True
        at = text.find(word, at + 1)
    return False


# the capitalised word right before a possessive's word, on its line
WORD_BEFORE = re.compile(r"([A-Z][\w\-]*)[ \t]+$")


def ends_longer_name(text: str, start: int) -> bool:
    """The word at `start` follows a capitalised word that opens no clause ("Imprime",
    "Jane"), so it ends a longer name (a product's, a person's); "In Velmir's", "Under
    Velmir's" and "Swiss Velmir's" do not."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = fold(before.group(1))
    return word not in OPENING_WORDS and word not in PLACES


# "Velmir's Zorivel", "Brill Labs' ZX-101", "Harlow & Finch's TAVENZA® (tavozumab)": an owner
# named before a product
PRODUCT_OWNER = re.compile(
    rf"(?P<name>{BARE_NAME})(?:['’]s|(?<=s)['’])\s+"
    r"(?P<product>[A-Z][A-Za-z]*(?:-?\d[\w-]*)?)(?P<mark>\s?(?:[®™]|\((?:R|TM)\)))?"
    r"(?P<inn>\s+\([a-z][a-z\-]{4,}\))?"
)
DRUG_CODE = re.compile(r"[A-Z]{1,6}-\d+[\w-]*|[A-Z]{1,6}\d{2,}[\w-]*")
# "Brindle's unit Corvane Labs", "Corvane Labs, Brindle's oncology unit,": the owner of a
# unit, named once by its possessive, is a company
UNIT_OWNER = re.compile(
    rf"(?P<name>{BARE_NAME})['’]s\s+(?:(?:(?:wholly|fully)[- ]owned|[a-z][\w-]*)\s+){{0,2}}"
    r"(?:subsidiary|subsidiaries|unit|affiliate|division)\b"
)
# "... are trademarks of Harlow & Finch;", "a registered trademark of Velmir Bio"
TRADEMARK_OWNER = re.compile(
    rf"\b(?:registered\s+)?trademarks?\s+(?:of|owned\s+by)\s+(?P<name>{BARE_NAME})(?![\w\-&])"
)


def names_a_product(text: str, match: re.Match) -> bool:
    """The word after an owner's possessive is a product: marked as a trademark, followed by
    its INN in brackets, itself an INN or a code, or a brand the drug dictionary holds."""
    product = match.group("product")
    if match.group("mark") or DRUG_CODE.fullmatch(product):
        return True
    if match.group("inn") and INN_WORD.search(match.group("inn")):
        return True
    if INN_WORD.fullmatch(product.lower()) or is_marked(text, product):
        return True
    return any(name for name, _, _ in dictionary_lookup([product]))


TRADEMARK_SIGN = re.compile(r"\s?(?:[®™]|\((?:R|TM)\))")


def is_marked(text: str, word: str) -> bool:
    """The text writes `word` with a trademark sign somewhere ("Zorivel®", "Zorivel(TM)"); a
    string search and one precompiled pattern, no pattern compiled per word."""
    position = text.find(word)
    while position >= 0:
        whole = position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_")
        if whole and TRADEMARK_SIGN.match(text, position + len(word)):
            return True
        position = text.find(word, position + 1)
    return False


def product_owner_candidates(doc: Document) -> list[Candidate]:
    """Owners named by a possessive before a product, and the owners trademark notices name;
    once is enough (a one-word owner of anything else must be named thrice, see
    possessive_candidates)."""
    text = doc.text
    found = []
    matches = [m for m in PRODUCT_OWNER.finditer(text) if names_a_product(text, m)]
    matches += list(TRADEMARK_OWNER.finditer(text)) + list(UNIT_OWNER.finditer(text))
    for match in matches:
        trimmed = trim_name(text, match.start("name"), match.end("name"))
        if not trimmed:
            continue
        start, name = trimmed
        words = name.split()
        if not is_bare_name(words[0]) or is_first_name(text, words[0]):
            continue
        if any(fold(w) in NOT_AGENT_WORDS for w in words) or re.search(r"\d", name):
            continue
        if fold(name) in AGENCY_NAMES or is_trademark(text, name):
            continue
        found.append(Candidate(name, start, start + len(name), rule="company.product_owner"))
    return found


def is_first_name(text: str, word: str) -> bool:
    """ "Mara Lind, Ph.D.", "Dr. Mara", "Mara Lind, Chief Executive Officer": a person."""
    return word in first_names(text)


# An English noun made of a verb ("Completion", "Termination", "Enrollment", "Acceptance")
NOMINAL_ENDING = re.compile(r"[A-Z][a-z]{3,}(?:tion|sion|ment|ance|ence)")
OF_AFTER = re.compile(r"\s+of\s")


def is_nominal_opening(text: str, start: int, name: str) -> bool:
    """ "Completion of the acquisition follows ...": one capitalised word of a noun made of a
    verb, followed by "of", is the sentence's noun phrase, never a company's name."""
    return (
        bool(NOMINAL_ENDING.fullmatch(name)) and OF_AFTER.match(text, start + len(name)) is not None
    )


def names_a_titled_person(text: str, name: str) -> bool:
    """A bare name of two or three words whose first the text uses as a person's first name
    ("Gaël Roué, Ph.D., from ...") and whose last is no company word: a person, never a
    company, wherever a rule reads it."""
    words = name.split()
    return (
        1 < len(words) <= 3
        and is_first_name(text, words[0])
        and fold(words[-1]) not in COMPANY_HEADS
        and fold(words[-1]) not in ORG_HEADS
    )


# A person's names may carry accented letters ("Gaël Roué", "Zoë Ærlig")
UPPER = "A-ZÀ-ÖØ-Þ"
LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
TITLED = re.compile(rf"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+([{UPPER}][{LETTER}\-]*)")
# "Mara Lind, Chief ...", "Mara J. Lind, Ph.D.": a middle initial may stand between the names
NAMED_WITH_TITLE = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LETTER}\-]*)\s+(?:[A-Z]\.\s*){{0,2}}[{UPPER}][a-zß-öø-ÿ]+,"
    rf"\s*{PERSON_TITLE}"
)


@lru_cache(maxsize=4)
def first_names(text: str) -> frozenset:
    """Words the text uses as a person's first name, found in one pass each (not a pattern
    compiled per word): after a title ("Dr. Mara") or before a surname and a role ("Mara Lind,
    Chief Executive Officer"). A hyphenated name also gives its first part."""
    words = set()
    for pattern in (TITLED, NAMED_WITH_TITLE):
        for match in pattern.finditer(text):
            words.add(match.group(1))
            words.add(match.group(1).split("-")[0])
    return frozenset(words)


@lru_cache(maxsize=8192)  # a pure function of the name, asked many times per release
def is_bare_name(word: str) -> bool:
    """A capitalised word that may name a company alone: no place, month, agency, drug stem,
    company head ("Pharmaceuticals") or disease eponym."""
    lowered = fold(word)
    if lowered in PLACES or lowered in NAME_STOPWORDS or lowered in AGENCY_NAMES:
        return False
    if lowered in GENERIC_ALIASES or lowered in NON_COMPANY_WORDS or lowered in NOT_AGENTS:
        return False
    return not (lowered in COMPANY_HEADS or lowered in EPONYMS or INN_WORD.fullmatch(lowered))


TRADEMARK_MARK = re.compile(r"[®™]|\((?:R|TM)\)")
# How much text before a trademark mark may hold the marked name.
MARKED_NAME_CHARS = 200


@lru_cache(maxsize=4)
def trademark_marks(text: str) -> tuple[str, ...]:
    """The text before each trademark mark, read once per text: searching the whole text for
    each candidate name made a one-line megabyte release quadratic."""
    return tuple(
        text[max(0, m.start() - MARKED_NAME_CHARS) : m.start()]
        for m in TRADEMARK_MARK.finditer(text)
    )


def is_trademark(text: str, name: str) -> bool:
    """A bare name the text marks as a trademark ("Zorivel®", "Zorivel(TM)") and never writes
    with a legal form or a company word after it: a product's brand."""
    ends_with_name = re.compile(rf"\b{re.escape(name)}\s?$")
    if not any(ends_with_name.search(before) for before in trademark_marks(text)):
        return False
    followed = re.finditer(rf"\b{re.escape(name)}\s?(?:[®™]|\((?:R|TM)\))?,?\s+(\S+)", text)
    return not any(is_suffix(m.group(1)) or fold(m.group(1)) in COMPANY_HEADS for m in followed)


PERSON_POST = re.compile(PERSON_POST_BEFORE)
POST_REACH = 80  # "a founding managing partner with " fits; a long sentence is not rescanned
COUNTERPARTY_CUE = re.compile(rf"(?:{COUNTERPARTY_CUES.lstrip('|')})\s+$")
ORG_DESCRIBED = re.compile(ORG_APPOSITIVE)
INSTITUTION_OF = re.compile(r" of(?: [A-Z][\w\-]*)+")
# an institution's name longer than a bare name's four words: the words up to its head
INSTITUTION_TAIL = re.compile(r"(?: [A-Z][\w\-]*){0,2} ([A-Z][a-z]+)(?![\w\-])")


def agent_candidates(doc: Document) -> list[Candidate]:
    """Bare names (no legal form, no ticker) that act as a party: "Helvara today announced",
    "Helvara to acquire ...", "... an agreement with Helvara", and every name of a list a
    party cue opens ("collaborations with Helvara, Brindle and Corlan")."""
    found = []
    for sentence in doc.sentences:
        if sentence.section not in ("title", "body"):
            continue
        patterns = [AGENT_SUBJECT, AGENT_OBJECT, PAYEE, NAMED_UNIT]
        if SAID_HINT.search(sentence.text):
            patterns.append(SAID_SUBJECT)
        if INTERRUPTED_HINT.search(sentence.text):
            patterns.append(INTERRUPTED_SUBJECT)
        if "'s " in sentence.text or "’s " in sentence.text:
            patterns.append(OWNED_SUBJECT)
        if STAFF_HINT.search(sentence.text):
            patterns.append(STAFF_SUBJECT)
        if sentence.section == "title":
            patterns += [HEADLINE_SUBJECT, HEADLINE_PAIR, AGENT_OBJECT_TITLE, TITLE_RECIPIENT]
        for pattern in patterns:
            for match in pattern.finditer(sentence.text):
                if pattern is AGENT_OBJECT and PERSON_POST.search(
                    sentence.text, max(0, match.start("name") - POST_REACH), match.start("name")
                ):
                    continue  # "Mara Lind, a partner with Velmir": her firm, no party
                owned = POSSESSED_NAME.match(sentence.text, match.end("name"))
                if owned and pattern is AGENT_OBJECT:
                    # "a licence with Mexico's Laboratorios Ortega": the party follows the
                    # possessive; the possessor is its country or its owner
                    candidate = agent_candidate(doc, sentence, owned.start("name"), owned["name"])
                    found += [candidate] if candidate else []
                    continue
                name = match.group("name")
                if sentence.section == "title" and pattern is AGENT_OBJECT:
                    # "Drugmaker Velmir Buys Tamsin": a headline's name stops at its verb
                    name = HEADLINE_NAME_START.match(name).group()
                candidate = agent_candidate(doc, sentence, match.start("name"), name)
                if (
                    candidate
                    and pattern in (SAID_SUBJECT, INTERRUPTED_SUBJECT)
                    and names_a_person(doc.text, candidate)
                ):
                    candidate = None  # "Ostby said it would ...", Jane Ostby named before
                if candidate and pattern is STAFF_SUBJECT and not named_again(doc, candidate):
                    candidate = None  # "Harwell scientists found" once: a lab, a town
                if candidate and pattern in TITLE_ONLY and not named_in_body(doc, candidate.name):
                    candidate = None  # every headline word is capitalised: the body must name it
                if candidate:
                    found.append(candidate)
                if pattern is AGENT_OBJECT or pattern is AGENT_OBJECT_TITLE:
                    # the list goes on after the whole name ("the University of Westlake, X")
                    end = match.end("name")
                    if candidate and candidate.end - sentence.start > end:
                        end = candidate.end - sentence.start
                    found += listed_after(doc, sentence, end)
                if pattern is HEADLINE_PAIR:  # "Velmir, Quorrin Ink Deal": the first too
                    first = agent_candidate(doc, sentence, match.start("first"), match["first"])
                    found += [first] if first else []
                if pattern is OWNED_SUBJECT and candidate:  # the owner is a company too
                    owner = agent_candidate(doc, sentence, match.start("owner"), match["owner"])
                    found += [owner] if owner else []
        if LIST_SUBJECT_HINT.search(sentence.text):
            for match in LIST_SUBJECT.finditer(sentence.text):
                found += listed_subject(doc, sentence, match)
    return found


def listed_subject(doc: Document, sentence, match: re.Match) -> list[Candidate]:
    """Every name of a listed subject (LIST_SUBJECT), or none when one of them is not a
    company's (a place, a generic word, a person the text names with a title). What opens
    the sentence before the list ("Since January, A, B and C signed") is no item of it."""
    found = []
    position = match.start("names")
    parts = LIST_SPLIT.split(match.group("names"))
    for i, part in enumerate(parts):
        start = sentence.text.find(part, position)
        position = start + len(part)
        if is_first_name(doc.text, part.split()[0]):
            return []
        candidate = agent_candidate(doc, sentence, start, part)
        if candidate is None and not found and len(parts) - i > 3:
            continue  # an opening phrase: the list proper has three names or more after it
        if candidate is None:
            return []
        found.append(candidate)
    return found


POSSESSED_NAME = re.compile(rf"['’]s\s+(?P<name>{BARE_NAME})")


def names_a_person(text: str, candidate: Candidate) -> bool:
    """A name that says "it" may still be a person's: more than one word with no company
    word ("Chief Executive Jane Ostby"), a first name or a title before it anywhere in the
    text ("Jane Ostby, CEO", "Dr. Ostby")."""
    words = candidate.name.split()
    if len(words) > 1:
        return fold(words[-1]) not in COMPANY_HEADS and fold(words[-1]) not in ORG_HEADS
    for match in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(words[0])}\b", text):
        before = fold(match.group(1))
        if before not in DESCRIPTIVE and before not in LEADING_DESCRIPTIONS:
            return True
    return False


def named_again(doc: Document, candidate: Candidate) -> bool:
    """The text names the candidate, as a word of its own, somewhere else too, and never
    writes it in lower case ("Clinical investigators have ..." names no one)."""
    words = candidate.name.split()
    if any(fold(w) in STAFF_MODIFIERS for w in words):
        return False
    if re.search(rf"{DESCRIBING_ENDING}$", words[-1]):
        return False  # "Pediatric investigators reported": a describing word
    lowered = re.compile(rf"(?<![\w\-]){re.escape(words[0].lower())}(?![\w\-])")
    if lowered.search(doc.text):
        return False
    pattern = re.compile(rf"(?<![\w\-]){re.escape(candidate.name)}(?![\w\-])")
    return any(m.start() != candidate.start for m in pattern.finditer(doc.text))


def named_in_body(doc: Document, name: str) -> bool:
    """The body writes the name's first word capitalised as a word of its own."""
    first = name.split()[0]
    body_start = next((s.start for s in doc.sentences if s.section != "title"), len(doc.text))
    position = doc.text.find(first, body_start)
    while position >= 0:
        end = position + len(first)
        before = doc.text[position - 1] if position else " "
        after = doc.text[end] if end < len(doc.text) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        position = doc.text.find(first, end)
    return False


# "AstraZeneca's Velmir notified Tamsin": a group's unit, named after its owner's possessive,
# acting as a subject
OWNED_SUBJECT = re.compile(
    rf"\b(?P<owner>[A-Z][\w&\-]*(?:,?\s+{LEGAL_SUFFIX})?)['’]s\s+"  # "AstraZeneca PLC's"
    # "AstraZeneca's unit Velmir", "Tamsin's U.S. subsidiary, Velmir,": the unit word between
    r"(?:(?:[A-Z][\w.]*\s+)?(?:(?:wholly|fully)[- ]owned\s+)?"
    r"(?:unit|subsidiary|affiliate|division)\s*,?\s+)?"
    # "AstraZeneca PLC's Alexion unit has agreed": the unit word after the name
    rf"(?P<name>{BARE_NAME})(?:\s+(?:unit|subsidiary|affiliate|division))?,?\s+"
    r"(?:has\s+|have\s+|had\s+|will\s+)?"
    r"(?:[a-z]+ed|agreed|signed|acquired|exercised|notified|announced|said|holds|owns"
    # "Tamsin's Velmir will license QX-1 from ...": a future party's verb
    r"|(?<=will )(?:license|licence|acquire|buy|pay|receive|co-develop|develop|invest|gain))\b"
)


# "AstraZeneca and its biologics research arm, Velmir, today announced": the unit named in
# apposition after its owner's unit word is a company
# "including our subsidiary Velmir, ...", "its unit Velmir (Oslo)" likewise
NAMED_UNIT = re.compile(
    DESCRIBED_UNIT.replace(r"{1,6}", r"{0,6}").replace(r"\s*,\s+", r"(?:\s*,\s+|\s+)")
    + rf"(?P<name>{BARE_NAME})(?=\s*[,(.;])"
)


# ", Brindle", " and Corlan Labs" after a party cue's first name; the list ends with "and NAME"
LIST_ITEM = re.compile(
    rf"(?:\s*\([^()]{{0,60}}\))?(?P<sep>,\s+(?:and\s+)?|\s+and\s+)(?P<name>{BARE_NAME}"
    # an institution's head may be its fifth word: "Harwick Sloane Memorial Cancer Center"
    r"(?:\s+(?:Center|Centre|Hospital|Institute|University|College))?)"
    r"(?=\s*(?:[,.;:(]|\s(?:and|to|for|in|on|as|under|which|that)\b|$))"
)


def listed_after(doc: Document, sentence, position: int) -> list[Candidate]:
    """The other names of a list that starts at a party cue's name: only a list closed by
    "and NAME" counts, so "with Helvara, Chief Executive Officer" names one party."""
    items = []
    closed = False
    while not closed:
        item = LIST_ITEM.match(sentence.text, position)
        if item is None:
            break
        closed = "and" in item.group("sep")
        items.append((item.start("name"), item.group("name")))
        position = item.end("name")
    if not closed:
        return []
    found = []
    for start, name in items:
        candidate = agent_candidate(doc, sentence, start, name)
        if candidate is None:
            return []  # "with Helvara, Boston and Geneva": not a list of companies
        found.append(candidate)
    return found


WIRE_TAG_AT = re.compile(WIRE_TAG)
# "with San Diego-based Velmir Biotherapies": a place of two or three words, then the name
PLACED_BEFORE = re.compile(r"(?:[A-Z][\w.]*\s+){1,2}[A-Z]\S*[a-z]-(?:based|headquartered)\s+")
NOT_AGENT_WORDS = frozenset(NAME_STOPWORDS | NOT_AGENTS)
# Words that may open a bare name's run without being part of it
OPENING_WORDS = frozenset(LEADING_DESCRIPTIONS | NAME_STOPWORDS | DESCRIPTION_OPENERS)
PLACE_OR_INSTITUTION = frozenset(PLACES | INSTITUTION_WORDS)


def is_institution(name: str) -> bool:
    """ "Northfield University", "University of Westlake" in a party's place: an institution
    that signs agreements, named by a plausible name beside its institution word."""
    words = name.split()
    if not any(fold(w) in INSTITUTION_WORDS for w in words):
        return False
    rest = [w for w in words if fold(w) not in INSTITUTION_WORDS and w != "of"]
    return bool(rest) and is_plausible_name(" ".join(rest))


def agent_candidate(doc: Document, sentence, name_start: int, name: str) -> Candidate | None:
    """A Candidate for the bare name at sentence.text[name_start:], or None when the name is
    a place, a generic word, an agency, a trademark or a code."""
    # "Acme Pharma Subsidiary Receives ...": the headline's subject is Acme's unit
    name = re.sub(r"\s+(?:Subsidiary|Unit|Affiliate|Arm|Division)$", "", name)
    tagged = WIRE_TAG_AT.match(name)
    if tagged:  # "BRIEF-Velmir Says ...": the wire's tag
        name_start += tagged.end()
        name = name[tagged.end() :]
    located = re.match(
        r"\S+-(?:based|headquartered|listed|registered|backed|funded|owned|controlled)\s+",
        name,
        re.IGNORECASE,
    ) or PLACED_BEFORE.match(name)
    if located:  # "with US-based Velmir Biotherapies"
        name_start += located.end()
        name = name[located.end() :]
    # "Drugmaker Velmir", "Biotech Corlan Labs", "Separately Velmir": what opens the run is
    # no part of the name after it
    # "Korean Biotech Handeul" (a headline's words all capitalised) likewise
    words = list(re.finditer(r"\S+", name))
    lead = 0
    while lead < len(words) - 1 and fold(words[lead].group()) in OPENING_WORDS:
        lead += 1
    if lead and is_bare_name(words[lead].group()):
        name_start += words[lead].start()
        name = name[words[lead].start() :]
    written = name
    after = sentence.text[name_start + len(name) :]
    if after.startswith(".") and f"{name}." in ABBREVIATIONS:
        return None  # "St. Aldric's Hospital": an abbreviation opens a longer name
    # "a licence from Medical School of Westlake": an institution keeps its "of X"
    institution = INSTITUTION_OF.match(after)
    if fold(name.split()[-1]) in INSTITUTION_WORDS and institution:
        name += institution.group(0)
    longer = INSTITUTION_TAIL.match(after)
    if longer and fold(longer.group(1)) in INSTITUTION_WORDS:
        name += longer.group(0)  # "Westlake Sloan Memorial Cancer Center": five words
    words = name.split()
    lead = next((w for w in words if fold(w) not in PLACE_OR_INSTITUTION and w != "of"), None)
    if lead is None or not is_bare_name(lead):
        return None  # "Jiangsu Recbio Technology" leads with a place, "Jiangsu" alone no
    if lead is not words[0] and len(words) < 3 and not is_institution(name):
        return None
    if not (is_plausible_name(name) or is_institution(name)) or re.search(r"\d", name):
        return None
    kept = written.split()
    if len(kept) > 1 and fold(kept[-1]) == "partners":
        kept = kept[:-1]  # "Brackley Partners" is a firm; "Partners" alone or first is no name
    if any(fold(w) in NOT_AGENT_WORDS for w in kept):
        return None
    if all(fold(w) in POST_WORDS for w in kept):
        return None  # "ABVC's Chief Executive Officer stated": a person's post
    if fold(name) in AGENCY_NAMES or fold(name) in GENERIC_ALIASES:
        return None
    if is_trademark(doc.text, written):
        return None  # "Zorivel® was granted approval": a product, not its maker
    if len(words) == 1 and name.isupper() and len(name) > 2:
        cue = sentence.text[max(0, name_start - 60) : name_start]
        if COUNTERPARTY_CUE.search(cue) and not ORG_DESCRIBED.match(after):
            return None  # "paid to QUANTA": a lone upper-case word is a brand or a code
    start = sentence.start + name_start
    return Candidate(name, start, start + len(name), rule="company.agent")


# "Tamsin Bio, a Harlow & Finch company": the owner is named, as a bare name, before "company"
OWNER_BEFORE_COMPANY = re.compile(
    rf",\s+(?:a|an)\s+(?P<name>{BARE_NAME})\s+(?:portfolio\s+|group\s+)?company\b"
)


def owner_named_candidates(doc: Document) -> list[Candidate]:
    """The owner in "X, a Y company": Y is a company (X's parent, see link_parents). Never a
    description ("a Danish company", "a Nasdaq-listed company")."""
    found = []
    for match in OWNER_BEFORE_COMPANY.finditer(doc.text, 0, doc.body_end):
        name = match.group("name")
        words = name.split()
        if not is_bare_name(words[0]) or any(fold(w) in NAME_STOPWORDS for w in words):
            continue
        if re.search(r"\d", name) or is_trademark(doc.text, name):
            continue
        start = match.start("name")
        found.append(Candidate(name, start, start + len(name), rule="company.owner_named"))
    return found


# "Acme's subsidiaries, such as Brill and Corlan Labs": the listed names are companies, the
# owner their parent.
SUBSIDIARY_LIST = re.compile(
    r"(?P<owner>['’]s|\bits)\s+(?:[\w-]+\s+)?(?:subsidiaries|affiliates|units|operating companies)"
    r"\s*,?\s+(?:such as|including|namely)\s+(?P<names>[^.;:\n]{2,200})"
)
LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def subsidiary_list_candidates(doc: Document) -> list[Candidate]:
    found = []
    for match in SUBSIDIARY_LIST.finditer(doc.text, 0, doc.body_end):
        position = match.start("names")
        for part in LIST_SPLIT.split(match.group("names")):
            start = doc.text.find(part, position)
            position = start + len(part)
            name = part.strip()
            if not re.fullmatch(BARE_NAME, name) or not is_bare_name(name.split()[0]):
                break  # the list ends where its names do
            found.append(Candidate(name, start, start + len(name), rule="company.subsidiary_list"))
    return found


def link_listed_subsidiaries(text: str, mentions: list[Mention]) -> None:
    """The companies of "X's subsidiaries, such as A and B" (or "its subsidiaries ...", X named
    before in the sentence) get X as their parent."""
    for match in SUBSIDIARY_LIST.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and match.start() - m.end < 200]
        if not before or (match.group("owner") != "its" and before[-1].end != match.start()):
            continue
        if re.search(r"[.\n]\s", text[before[-1].end : match.start()]):
            continue
        owner = before[-1].company
        for mention in mentions:
            listed = match.start("names") <= mention.start < match.end("names")
            if listed and mention.company is not owner:
                mention.company.parent = owner


# "the UK Medicines and Healthcare products Regulatory Agency": a name that runs on into a
# regulator's name is part of it
REGULATOR_TAIL = re.compile(
    r"\s+(?:and|&)\s+(?:[A-Z][\w-]*\s+|products\s+|of\s+|for\s+){0,5}(?:Agency|Administration"
    r"|Authority|Commission|Ministry|Office|Council|Department)\b"
)


def opens_regulator(text: str, end: int) -> bool:
    return REGULATOR_TAIL.match(text, end) is not None


# "San Diego-based", "Basel-headquartered": the words before are a place
PLACE_ADJECTIVE = re.compile(
    r"(?<![\w\-])(?P<place>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})-(?i:based|headquartered)\b"
)


def placed_names(text: str) -> set[str]:
    """Names the text makes a place by writing them before "-based" ("a San Diego-based
    biotech"): the same words alone elsewhere ("a deal with San Diego biotech") are that place,
    not a company. A run of several capitalised words keeps its last one to three words."""
    places = set()
    for match in PLACE_ADJECTIVE.finditer(text):
        words = match.group("place").split()
        places.update(" ".join(words[i:]) for i in range(len(words)))
    return places


def find_companies(doc: Document) -> list[FoundCompany]:
    """Every company the release names, merged across the forms it uses, each with its tickers,
    aliases and parent. Input: the analysed document. Never lists regulators, exchanges, places
    or a bare generic word ("Pharmaceuticals", "the Group"), nor a company the text names only
    as a transaction's adviser or as a media outlet (adviser_companies, media_companies).
    See entities.find_entities for the resolved mentions built on this."""
    text = doc.text
    rules = (
        (formal_candidates, "company.legal_suffix"),
        (parenthetical_candidates, "company.defined_or_ticker"),
        (chinese_name_candidates, "company.defined_or_ticker"),
        (apposition_candidates, "company.apposition"),
        (head_noun_candidates, "company.head_noun"),
        (unit_of_candidates, "company.apposition"),
        (announcement_header_candidates, "company.exchange_cover"),
    )
    candidates = []
    for finder, rule in rules:
        for candidate in finder(text):
            candidate.rule = rule
            candidates.append(candidate)
    candidates += possessive_candidates(doc)
    candidates += product_owner_candidates(doc)
    candidates += agent_candidates(doc)
    candidates += subsidiary_list_candidates(doc)
    candidates += owner_named_candidates(doc)
    candidates += [
        Candidate(name, start, end, rule="company.known") for start, end, name in known_spans(text)
    ]
    places = placed_names(text)
    candidates = [
        c
        for c in candidates
        if (is_plausible_name(c.name) or (c.rule == "company.agent" and is_institution(c.name)))
        and not opens_regulator(text, c.end)
        and c.name not in places
    ]
    companies = merge(candidates, text)
    mentions = surface_index(companies).find(text)
    attach_tickers(text, companies, mentions)
    folded = fold_listed_subsidiaries(companies) | fold_former_names(text, companies, mentions)
    folded = fold_initialisms(companies) | fold_known_short_forms(companies) | folded
    if fold_ticker_names(companies) or folded:
        mentions = surface_index(companies).find(text)
    advisers = adviser_companies(text, mentions) | media_companies(text, mentions)
    if advisers:
        companies = [c for c in companies if id(c) not in advisers]
        mentions = [m for m in mentions if id(m.company) not in advisers]
    link_parents(text, companies, mentions)
    link_listed_subsidiaries(text, mentions)
    prose_names(text, mentions)
    first: dict[int, int] = {}
    for mention in mentions:
        first.setdefault(id(mention.company), mention.start)
    for company in companies:
        company.start = first.get(id(company), company.start)
    return companies


def prose_names(text: str, mentions: list[Mention]) -> None:
    """A name found only in an all-capitals headline ("DRESSLER BIO AND YUKIMA SIGN ...")
    takes the form the prose writes it in ("Yukima said ..."), as an analyst would."""
    for mention in mentions:
        company = mention.company
        written = text[mention.start : mention.end]
        if company.name.isupper() and not written.isupper() and fold(written) == fold(company.name):
            company.name = written
            if written not in company.names:
                company.names.append(written)


ADVISER_ROLE = (
    r"(?:the\s+|an?\s+)?(?:(?:sole|exclusive|lead|joint|co-lead|global|[A-Z][\w.]*)\s+)*(?:placement\s+agents?"
    r"|underwriters?|book-?running\s+managers?|bookrunners?|lead\s+managers?|financial\s+advis[eo]rs?"
    r"|legal\s+(?:counsel|advis[eo]rs?)|counsel|capital\s+markets\s+advis[eo]rs?)\b"
)
# "X is serving as exclusive placement agent", "X and Y acted as joint bookrunners",
# "X is acting as financial adviser to Acme"
ADVISER_AFTER = re.compile(
    r"(?:\s*\([^()]{0,60}\))?(?:,?\s+and\s+[A-Z][^,.;()]{1,60}?(?:\s*\([^()]{0,60}\))?)?"
    r",?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+"
    r"(?:(?:serv(?:ing|ed)|act(?:ing|ed)|engaged|retained)\s+as\s+)?"
    rf"|(?:serv(?:ed|es?)|act(?:ed|s)?)\s+as\s+){ADVISER_ROLE}"
)
# "... with Ladd & Co. as placement agent", "placement agent: X", "financial adviser to Acme, X"
ADVISER_BEFORE = re.compile(rf"{ADVISER_ROLE}(?:\s+to\s+[A-Z][\w&.\- ]{{1,40}})?\s*[:,]?\s*$")


# "By Mara Lind, Velmir Daily" (a byline), "Velmir is a leading financial media and data
# provider", "Velmir, a news publisher": a media outlet, never a company of the release
BYLINE_BEFORE = re.compile(r"(?:^|\n)\s*By\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3},\s*$")
MEDIA_AFTER = re.compile(
    r"(?:,\s+|\s+is\s+)(?:a|an|the)\s+"
    # describing words only: "a company that made news" describes no outlet
    r"(?:(?!(?:company|firm|biotech|that|which|who|with|in|of|for|to|by|on)\s)[\w\-]+\s+){0,4}?"
    r"(?:media|news|newswire|publishing|broadcasting)\b(?!\s+release)"
)


def media_companies(text: str, mentions: list[Mention]) -> set[int]:
    """Ids of companies the text signs as a byline's outlet or describes as a media outlet."""
    media = set()
    for mention in mentions:
        before = text[max(0, mention.start - 80) : mention.start]
        if BYLINE_BEFORE.search(before) or MEDIA_AFTER.match(text, mention.end):
            media.add(id(mention.company))
    return media


def adviser_companies(text: str, mentions: list[Mention]) -> set[int]:
    """Ids of companies the text names only as an adviser to a transaction (placement agent,
    underwriter, bookrunner, financial or legal adviser): never a party, never a company of
    the release's facts."""
    roles: dict[int, list[bool]] = {}
    for mention in mentions:
        after = text[mention.end : mention.end + 200]
        before = text[max(0, mention.start - 80) : mention.start]
        adviser = bool(ADVISER_AFTER.match(after)) or bool(ADVISER_BEFORE.search(before))
        roles.setdefault(id(mention.company), []).append(adviser)
    return {company for company, flags in roles.items() if all(flags)}


FORMERLY = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s*(?:,|\(|–|—)?\s*(?:formerly|previously|f/k/a|fka),?\s+"
    r"(?:known\s+as\s+|named\s+|called\s+)?",
    re.IGNORECASE,
)


def absorb(
    keep: FoundCompany, old: FoundCompany, companies: list[FoundCompany], *, with_roles=True
) -> None:
    """`keep` takes `old`'s names, tickers and (unless told not to) roles, and `old`'s
    subsidiaries; `old` leaves `companies`. One company written two ways becomes one."""
    known = {fold(name) for name in keep.names}
    keep.names += [name for name in old.names if fold(name) not in known]
    keep.tickers += [ticker for ticker in old.tickers if ticker not in keep.tickers]
    if with_roles:
        keep.roles |= old.roles
    for other in companies:
        if other.parent is old:
            other.parent = keep
    companies.remove(old)


def fold_former_names(text: str, companies: list[FoundCompany], mentions: list[Mention]) -> bool:
    """ "Grace Bio, Inc., formerly Acasti Pharma Inc.", "Unbuzzd Inc. (formerly Celly Corp.)":
    the former name is an alias of the company, not another company. True if any were folded."""
    folded = False
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        former = FORMERLY.match(text, mention.end)
        if not former:
            continue
        later = by_start.get(former.end())
        if later is None or later.company is mention.company:
            continue
        keep, old = mention.company, later.company
        if old not in companies or keep not in companies:
            continue
        absorb(keep, old, companies, with_roles=False)
        folded = True
    return folded


def fold_ticker_names(companies: list[FoundCompany]) -> bool:
    """ "Velmir Ltd. (NASDAQ: VLMR) ... VLMR has granted ...": a bare name that is another
    company's ticker symbol is that company written by its symbol, not a company of its own.
    True if any were folded (the list is changed in place)."""
    symbols = {}
    for company in companies:
        for ticker in company.tickers:
            symbols.setdefault(ticker.split(".")[0], company)
    folded = False
    for company in list(companies):
        if company.tickers or not re.fullmatch(r"[A-Z]{2,6}", company.name):
            continue
        keep = symbols.get(company.name)
        if keep is None or keep is company:
            continue
        absorb(keep, company, companies)
        folded = True
    return folded


def initials(name: str) -> str:
    """ "Bristow-Myers Kimble Ltd." -> "BMK": the first letters of a name's words (hyphenated
    parts count as words), its legal form and linking words left out."""
    words = [w for w in re.split(r"[\s\-]+", core_name(name)) if w and w[0].isalpha()]
    return "".join(w[0] for w in words if w.lower() not in INITIALS_SKIPPED).upper()


INITIALS_SKIPPED = frozenset({"and", "of", "the", "&", "for", "de"})


def fold_initialisms(companies: list[FoundCompany]) -> bool:
    """ "Bristow-Myers Kimble ... BMK will pay": a bare name in capitals that spells another
    company's initials (at least three letters, one company only) is that company written
    short, not a company of its own. True if any were folded (the list is changed in place)."""

    def owners(company: FoundCompany) -> list[FoundCompany]:
        if company.tickers or not re.fullmatch(r"[A-Z]{3,6}", company.name):
            return []
        return [
            other
            for other in companies
            if other is not company
            and len(other.name.split()) >= 2
            and initials(other.name) == company.name
        ]

    return fold_into_sole_owner(companies, owners)


def fold_known_short_forms(companies: list[FoundCompany]) -> bool:
    """ "Eli Lilly ... Lilly's payment", "Johnson & Johnson ... J&J": a company named by the
    trade's short form (lexicons.known_companies.KNOWN_SHORT_FORMS) is the company the release
    also names in full, not one of its own. True if any were folded (the list is changed in
    place)."""

    def owners(company: FoundCompany) -> list[FoundCompany]:
        full_names = {core_key(n) for n in KNOWN_SHORT_FORMS.get(core_name(company.name), ())}
        return [
            other
            for other in companies
            if full_names
            and other is not company
            and any(core_key(n) in full_names for n in other.names)
        ]

    return fold_into_sole_owner(companies, owners)


def fold_into_sole_owner(companies: list[FoundCompany], owners_of) -> bool:
    """Each company that `owners_of(company)` gives exactly one other company for is absorbed
    into that one (the same company written another way). True if any were folded."""
    folded = False
    for company in list(companies):
        owners = owners_of(company)
        if len(owners) == 1:
            absorb(owners[0], company, companies)
            folded = True
    return folded


def fold_listed_subsidiaries(companies: list[FoundCompany]) -> bool:
    """ "Acme (China) Limited" with the stock codes is the listed company itself, not a
    subsidiary of an unlisted "Acme Limited" the text also names: one company. True if any
    were folded (the list is changed in place)."""
    folded = False
    for child in list(companies):
        parent = child.parent
        if parent is None or not child.tickers or parent.tickers:
            continue
        if not is_subsidiary_name(child.name, parent.name):
            continue
        child.parent = parent.parent
        absorb(child, parent, companies)
        folded = True
    return folded


def attach_tickers(text: str, companies: list[FoundCompany], mentions: list[Mention]) -> None:
    """A ticker after a name belongs to it: `Revance Therapeutics, Inc. ("Revance") NASDAQ:RVNC`."""
    taken = {ticker for company in companies for ticker in company.tickers}
    ends = sorted((m.end, i) for i, m in enumerate(mentions))
    end_positions = [e for e, _ in ends]
    for pattern in TICKER_PATTERNS[:2]:
        for match in pattern.finditer(text):
            ticker = normal_ticker(
                EXCHANGE_SPLIT.split(match.group("exchange"))[0], match.group("symbol")
            )
            if not ticker or ticker in taken:
                continue
            last = bisect_right(end_positions, match.start()) - 1
            if last < 0:
                continue
            mention = mentions[ends[last][1]]
            if match.start() - mention.end < 60 and "\n" not in text[mention.end : match.start()]:
                mention.company.tickers.append(ticker)
                taken.add(ticker)
    for match in TRADING_SYMBOL.finditer(text):
        # "expected to begin trading on the Nasdaq Global Market under the ticker "CRVN"": the
        # listing company's symbol, on the exchange its sentence names
        opening = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        exchange = LISTING_EXCHANGE.search(text, opening, match.end())
        ticker = exchange and normal_ticker(listing_exchange(exchange.group()), match["symbol"])
        if not ticker or ticker in taken:
            continue
        last = bisect_right(end_positions, match.start()) - 1
        if last >= 0:
            mentions[ends[last][1]].company.tickers.append(ticker)
            taken.add(ticker)


TRADING_SYMBOL = re.compile(
    r"\bunder\s+the\s+(?:(?:ticker|trading|stock)\s+)?(?:symbol|ticker)(?:\s+symbol)?\s+"
    r"[“\"'‘]?(?P<symbol>[A-Z]{2,5})[”\"'’]?(?![\w-])"
)
LISTING_EXCHANGE = re.compile(
    r"\b(?:Nasdaq|NASDAQ|NYSE|New York Stock Exchange|London Stock Exchange|AIM)\b"
)


def listing_exchange(words: str) -> str:
    """ "Nasdaq" -> "NASDAQ", "New York Stock Exchange" -> "NYSE", "AIM" -> "LSE"."""
    folded = words.upper()
    if folded.startswith("NEW YORK"):
        return "NYSE"
    if folded in ("AIM", "LONDON STOCK EXCHANGE"):
        return "LSE"
    return folded


# Kept for the rule modules written against the old name; new code uses FoundCompany.
Company = FoundCompany
