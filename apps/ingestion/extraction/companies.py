"""Companies: formal names, defined aliases, tickers, parents, and where they are mentioned."""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .drugs import INN_WORD
from .lexicons.companies import (
    COMPANY_HEADS,
    EXCHANGES,
    GENERIC_ALIASES,
    LEGAL_SUFFIX,
    NAME_STOPWORDS,
    NON_COMPANY_WORDS,
    ORGANISATION_NOUNS,
    PLACES,
)
from .lexicons.designations import AGENCIES
from .text import Document, fold, is_clean_name

SUFFIX_AT = re.compile(rf"(?:,\s*)?(?<![\w]){LEGAL_SUFFIX}(?![\w])")
CORE_DROP = {
    "co",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "llc",
    "plc",
    "ag",
    "sa",
    "se",
    "nv",
    "bv",
    "gmbh",
    "kk",
    "group",
    "holdings",
    "holding",
    "international",
    "the",
    "company",
    "pty",
    "a",
    "s",
    "asa",
    "ab",
    "oyj",
    "spa",
    "sas",
    "llp",
}
NAME_TOKEN = re.compile(r"(?:[A-Z0-9][\w&'’.\-/+]*|\([A-Z][a-z]+\)|&)")
PAREN = re.compile(r"\(([^()]{1,160})\)")
QUOTED = re.compile(r"[“\"‘]([^”\"’“]{1,40})[”\"’]")
TICKER_PATTERNS = [
    re.compile(
        r"\b(?P<exchange>[A-Z][A-Za-z]{1,5}(?: [A-Z]{2,8})?(?:/[A-Za-z]{2,6})*)\s*:\s*"
        r"(?P<symbol>[A-Z0-9]{1,6})\b"
    ),
    re.compile(r"\b(?P<symbol>\d{4,6})\s?\.\s?(?P<exchange>HK|SH|SZ|SS)\b"),
    re.compile(r"(?P<exchange>Stock Code)\s*:\s*(?P<symbol>\d{3,6})\b", re.IGNORECASE),
]
APPOSITION = re.compile(
    rf"(?:,\s+(?:a|an|the)|\s+is\s+(?:a|an|the))\s+(?:[\w\-’'/&]+\s+){{1,8}}?{ORGANISATION_NOUNS}\b"
)
SUBSIDIARY = re.compile(
    r",?\s+(?:a|an)\s+(?:wholly[- ]owned\s+|indirect\s+|direct\s+)?"
    r"(?:subsidiary|affiliate|unit)\s+of\s+"
)
PORTFOLIO_TAIL = re.compile(r"^\s+portfolio company")
SUBSIDIARY_WORDS = re.compile(
    r"\((?:China|Shanghai|Beijing|Hong Kong|Suzhou|Japan|USA?)\)"
    r"|\bInvestment\b|\bTrading\b"
)
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


@dataclass
class Candidate:
    name: str
    start: int
    end: int
    aliases: list = field(default_factory=list)
    tickers: list = field(default_factory=list)
    formal: bool = False


@dataclass
class Company:
    name: str
    names: list  # every surface form seen: formal names, short forms, defined aliases
    tickers: list
    quote: str | None
    start: int
    parent: "Company | None" = None
    roles: set = field(default_factory=set)  # generic defined terms ("Company")

    def surfaces(self) -> list[str]:
        forms = company_surfaces(self.name, tuple(self.names))
        return forms + ["the Company"] if "company" in self.roles else forms

    def aliases(self) -> list[str]:
        seen = {fold(self.name)}
        out = []
        for name in self.names:
            if fold(name) not in seen and fold(name) not in GENERIC_ALIASES:
                seen.add(fold(name))
                out.append(name)
        return out


@lru_cache(maxsize=4096)
def company_surfaces(name: str, names: tuple[str, ...]) -> list[str]:
    """Forms a mention may take: every name seen, without legal form, and the lead word."""
    forms = {n for n in names if len(n) >= 2}
    forms |= {core_name(n) for n in names if len(core_name(n)) >= 3}
    word = distinctive_word(name)
    if word:
        forms.add(word)
    return sorted(forms, key=len, reverse=True)


def core_name(name: str) -> str:
    """The name without its legal form: "XOMA Royalty Corporation" -> "XOMA Royalty"."""
    words = name.replace(",", " ").split()
    while words and fold(words[-1]).replace(" ", "") in CORE_DROP | {"co"}:
        words.pop()
    return " ".join(words).strip(" ,")


def core_key(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in CORE_DROP)


def distinctive_word(name: str) -> str | None:
    """The first word when it identifies the company alone ("Simcere", "LAVA")."""
    words = [w for w in re.split(r"\s+", core_name(name)) if w]
    if not words:
        return None
    first = words[0]
    lowered = fold(first)
    if lowered in PLACES or lowered in NAME_STOPWORDS or lowered in COMPANY_HEADS:
        return None
    if len(first) < 3 or not re.match(r"[A-Z]", first):
        return None
    return first


# ---------------------------------------------------------------- candidates


def walk_back(text: str, end: int, limit: int = 7) -> int | None:
    """Start of the capitalised run of words that ends at `end`, or None."""
    line_start = text.rfind("\n", 0, end) + 1
    window = text[line_start:end]
    words = list(re.finditer(r"\S+", window))
    start = None
    next_token = None
    for word in reversed(words[-limit:]):
        token = word.group()
        if not is_name_token(token, next_token):
            break
        next_token = token
        start = line_start + word.start()
    return start


def is_name_token(token: str, next_token: str | None = None) -> bool:
    if token in ("plc", "plc.", "&") or (
        token.endswith(",") and next_token and is_suffix(next_token)
    ):
        return True
    if token.endswith(",") or not NAME_TOKEN.fullmatch(token) or not re.search(r"[A-Za-z]", token):
        return False
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", token):
        return False
    # "ALM005." ends a sentence; "Inc.", "Co.", "U.S." do not.
    return not (token.endswith(".") and len(token) > 4 and "." not in token[:-1])


def is_suffix(token: str) -> bool:
    return re.fullmatch(LEGAL_SUFFIX, token.strip(",")) is not None


def trim_name(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Drop leading stop words ("Yesterday", "Under", "Copyright") from a name."""
    name = text[start:end]
    words = list(re.finditer(r"\S+", name))
    cut = 0
    for i, word in enumerate(words[:-1]):
        token = word.group()
        leading = i == cut
        if (
            fold(token) in NAME_STOPWORDS
            or (leading and token in ("©", "&"))
            or (leading and fold(token) in PLACES and is_place_run([token]))
        ):
            cut = i + 1
    if cut >= len(words):
        return None
    start += words[cut].start()
    name = text[start:end].strip(" ,;:")
    words = name.split()
    if not words or not is_plausible_name(name):
        return None
    return start, name


def is_place_run(words: list[str]) -> bool:
    """Only strip a place when the name is place + company word ("Global Pharma Leader")."""
    return fold(words[0]) in {"global", "international", "national", "new", "world"}


def is_plausible_name(name: str) -> bool:
    if not is_clean_name(name) or len(name) < 2 or len(name) > 90:
        return False
    words = fold(name).split()
    if not words or fold(name) in AGENCY_NAMES or fold(core_name(name)) in AGENCY_NAMES:
        return False
    if any(w in NON_COMPANY_WORDS for w in words):
        return False
    if all(w in PLACES or w in NAME_STOPWORDS or w in CORE_DROP for w in words):
        return False
    return bool(re.match(r"[A-Z0-9\u4e00-\u9fff]", name))


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
    return Candidate(name, start, start + len(name))


def formal_candidates(text: str) -> list[Candidate]:
    found = []
    for match in SUFFIX_AT.finditer(text):
        before = match.start()
        preceding = text[:before].rstrip(" ")
        if not preceding or not re.match(r"[A-Za-z0-9.)\u4e00-\u9fff]", preceding[-1]):
            continue
        before = len(preceding)
        start = walk_back(text, before)
        if start is None:
            continue
        trimmed = trim_name(text, start, match.end())
        if trimmed and not re.search(
            r"(?:\band|\bof|&)\s*$", text[max(0, trimmed[0] - 6) : trimmed[0]]
        ):
            start, name = trimmed
            if core_key(name):
                found.append(Candidate(name, start, start + len(name), formal=True))
    return found


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
        roles = [a for a in aliases if fold(a) in GENERIC_ALIASES]
        names = [a for a in aliases if fold(a) not in GENERIC_ALIASES and is_clean_name(a)]
        company_like = tickers or any(fold(r) in ("company", "group", "issuer") for r in roles)
        if not company_like and not (names and not roles):
            continue
        candidate = candidate_at(text, match.start())
        if not candidate:
            continue
        if any(fold(a) in AGENCY_NAMES for a in names):
            continue
        candidate.aliases = names + [r for r in roles if fold(r) in ("company", "group")]
        candidate.tickers = tickers
        found.append(candidate)
    return found


def bare_aliases(inside: str) -> list[str]:
    """Unquoted short names inside a ticker parenthesis: "(Henlius, HKEX:02696)"."""
    if not any(p.search(inside) for p in TICKER_PATTERNS):
        return []
    parts = [p.strip() for p in re.split(r"[,;]", inside)]
    return [
        p
        for p in parts
        if re.fullmatch(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?", p)
        and ":" not in p
        and fold(p) not in EXCHANGE_WORDS
    ]


EXCHANGE_WORDS = {fold(e) for e in EXCHANGES} | {"asx", "six", "otcqx", "bme", "stock code"}


def apposition_candidates(text: str) -> list[Candidate]:
    found = []
    for match in APPOSITION.finditer(text):
        candidate = candidate_at(text, match.start())
        if candidate:
            found.append(candidate)
    return found


def head_noun_candidates(text: str) -> list[Candidate]:
    """Capitalised runs ending in a company word: "LigaChem Biosciences", "Hildred Capital"."""
    found = []
    heads = "|".join(sorted(COMPANY_HEADS, key=len, reverse=True))
    for match in re.finditer(rf"\b(?:{heads})(?=(?:['’]s)?\b)", text, re.IGNORECASE):
        if not match.group()[0].isupper() or in_shouting_line(text, match.start()):
            continue
        if re.match(r"(?:['’]s)?\s+[A-Z]", text[match.end() :]):
            continue  # the run goes on: "European Medicines Agency"
        start = walk_back(text, match.start())
        if start is None or start == match.start():
            continue
        trimmed = trim_name(text, start, match.end())
        if trimmed and len(trimmed[1].split()) >= 2:
            start, name = trimmed
            found.append(Candidate(name, start, start + len(name)))
    return found


def announcement_header_candidates(text: str) -> list[Candidate]:
    """Exchange announcements open with the issuer's name in capitals and its stock code."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text[:3000])]
    lines = [(pos, line) for pos, line in lines if line]
    found = []
    for i, (pos, line) in enumerate(lines[:25]):
        if not re.fullmatch(r"[A-Z][A-Z&.,' \-]{3,80}", line) or len(line.split()) < 2:
            continue
        following = [text for _, text in lines[i + 1 : i + 5]]
        if not any(re.match(r"\((?:Incorporated|Stock Code)", f) for f in following):
            continue
        candidate = Candidate(line, text.find(line, pos), text.find(line, pos) + len(line))
        candidate.aliases = [f for f in following if re.fullmatch(r"[\u4e00-\u9fff]{2,20}", f)]
        candidate.tickers = [t for f in following for t in tickers_in(f)]
        found.append(candidate)
    return found


def in_shouting_line(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(line) > 30 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def tickers_in(text: str) -> list[str]:
    tickers = []
    for pattern in TICKER_PATTERNS:
        for match in pattern.finditer(text):
            for exchange in match.group("exchange").split("/"):  # "LSE/STO/Nasdaq: AZN"
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
    return f"{symbol}.{suffix}"


# ---------------------------------------------------------------- merging


def same_company(a: Company, b: Candidate) -> bool:
    keys_a = {core_key(n) for n in a.names} - {""}
    keys_b = {core_key(n) for n in [b.name, *b.aliases]} - {""}
    if keys_a & keys_b:
        return True
    if is_subsidiary_name(a.name, b.name) or is_subsidiary_name(b.name, a.name):
        return False
    word_a, word_b = distinctive_word(a.name), distinctive_word(b.name)
    if word_a and word_b and fold(word_a) == fold(word_b):
        return True
    return any(
        k_a.startswith(k_b + " ") or k_b.startswith(k_a + " ")
        for k_a in keys_a
        for k_b in keys_b
        if len(k_a) > 3 and len(k_b) > 3
    )


def is_subsidiary_name(longer: str, shorter: str) -> bool:
    """ "AstraZeneca Investment (China) Co., Ltd." is a subsidiary of "AstraZeneca"."""
    short_key = core_key(shorter)
    return (
        bool(short_key)
        and core_key(longer).startswith(short_key + " ")
        and bool(SUBSIDIARY_WORDS.search(longer))
    )


def better_name(current: str, other: str, other_formal: bool, current_formal: bool) -> bool:
    if other_formal != current_formal:
        return other_formal
    if current.isupper() != other.isupper():
        return current.isupper()
    return len(other) > len(current)


def merge(candidates: list[Candidate], text: str) -> list[Company]:
    companies: list[Company] = []
    formal = {}
    for candidate in sorted(candidates, key=lambda c: c.start):
        match = next((c for c in companies if same_company(c, candidate)), None)
        if match is None:
            match = Company(candidate.name, [candidate.name], [], None, candidate.start)
            companies.append(match)
            formal[id(match)] = candidate.formal
        elif better_name(match.name, candidate.name, candidate.formal, formal[id(match)]):
            match.name = candidate.name
            formal[id(match)] = candidate.formal
        for name in [candidate.name, *candidate.aliases]:
            if fold(name) in ("company", "group"):
                match.roles.add(fold(name))
            elif fold(name) not in {fold(n) for n in match.names}:
                match.names.append(name)
        for ticker in candidate.tickers:
            if ticker not in match.tickers:
                match.tickers.append(ticker)
    link_subsidiaries_by_name(companies)
    return companies


def link_subsidiaries_by_name(companies: list[Company]) -> None:
    for child in companies:
        for parent in companies:
            if parent is not child and is_subsidiary_name(child.name, parent.name):
                child.parent = parent


# ---------------------------------------------------------------- mentions


@dataclass(frozen=True)
class Mention:
    company: Company
    start: int
    end: int


def find_mentions(text: str, companies: list[Company], start: int = 0, end: int | None = None):
    """Non-overlapping mentions of known companies in text[start:end], longest form first."""
    end = len(text) if end is None else end
    by_form = {}
    for company in companies:
        for form in company.surfaces():
            by_form.setdefault(form.lower(), company)
    if not by_form:
        return []
    pattern = mention_pattern(tuple(sorted(by_form, key=len, reverse=True)))
    mentions = []
    for match in pattern.finditer(text, start, end):
        if any(char.isupper() for char in match.group()) or not match.group()[0].isalpha():
            mentions.append(Mention(by_form[match.group().lower()], match.start(), match.end()))
    return mentions


@lru_cache(maxsize=256)
def mention_pattern(forms: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.IGNORECASE)


# ---------------------------------------------------------------- parents


def link_parents(text: str, companies: list[Company]) -> None:
    """ ", a wholly-owned subsidiary of Y" and "a Y portfolio company" make Y the parent."""
    mentions = find_mentions(text, companies)
    for mention in mentions:
        after = text[mention.end : mention.end + 160]
        sub = SUBSIDIARY.match(skip_parens_forward(after))
        if sub:
            offset = mention.end + (len(after) - len(skip_parens_forward(after))) + sub.end()
            parent = next((m.company for m in mentions if m.start == offset), None)
            if parent and parent is not mention.company:
                mention.company.parent = parent
    for mention in mentions:
        before = text[max(0, mention.start - 12) : mention.start]
        after = text[mention.end : mention.end + 30]
        if re.search(r",\s+(?:a|an)\s+$", before) and PORTFOLIO_TAIL.match(after):
            child = owner_before(mentions, mention)
            if child and child is not mention.company:
                child.parent = mention.company


def skip_parens_forward(text: str) -> str:
    while True:
        match = re.match(r"\s*\([^()]*\)", text)
        if not match:
            return text
        text = text[match.end() :]


def owner_before(mentions: list[Mention], mention: Mention) -> Company | None:
    earlier = [m for m in mentions if m.end <= mention.start and mention.start - m.end < 120]
    return earlier[-1].company if earlier else None


# ---------------------------------------------------------------- entry point


def possessive_candidates(doc: Document) -> list[Candidate]:
    """A one-word name used as an owner ("Akeso's", "AstraZeneca's") and named at least thrice."""
    body = doc.text[: doc.body_end]
    counts: dict[str, list[int]] = {}
    for match in re.finditer(r"(?<![A-Z][\w\-]\s)\b([A-Z][A-Za-z\-]{2,})(?:['’]s)\b", body):
        word = match.group(1)
        lowered = fold(word)
        if lowered in PLACES or lowered in NAME_STOPWORDS or lowered in AGENCY_NAMES:
            continue
        if lowered in COMPANY_HEADS or lowered in EPONYMS or INN_WORD.fullmatch(lowered):
            continue
        counts.setdefault(word, []).append(match.start())
    found = []
    for word, positions in counts.items():
        if len(re.findall(rf"\b{re.escape(word)}\b", body)) >= 3:
            found.append(Candidate(word, positions[0], positions[0] + len(word)))
    return found


def find_companies(doc: Document) -> list[Company]:
    text = doc.text
    candidates = (
        formal_candidates(text)
        + parenthetical_candidates(text)
        + apposition_candidates(text)
        + head_noun_candidates(text)
        + announcement_header_candidates(text)
    )
    candidates += possessive_candidates(doc)
    candidates = [c for c in candidates if is_plausible_name(c.name)]
    companies = merge(candidates, text)
    attach_tickers(text, companies)
    link_parents(text, companies)
    for company in companies:
        company.start = first_mention(text, company, companies)
    return companies


def attach_tickers(text: str, companies: list[Company]) -> None:
    """A ticker after a name belongs to it: `Revance Therapeutics, Inc. ("Revance") NASDAQ:RVNC`."""
    mentions = find_mentions(text, companies)
    for pattern in TICKER_PATTERNS[:2]:
        for match in pattern.finditer(text):
            ticker = normal_ticker(match.group("exchange").split("/")[0], match.group("symbol"))
            if not ticker:
                continue
            earlier = [
                m
                for m in mentions
                if m.end <= match.start()
                and match.start() - m.end < 60
                and "\n" not in text[m.end : match.start()]
            ]
            if earlier and not any(ticker in c.tickers for c in companies):
                earlier[-1].company.tickers.append(ticker)


def first_mention(text: str, company: Company, companies: list[Company]) -> int:
    mentions = [m for m in find_mentions(text, companies) if m.company is company]
    return mentions[0].start if mentions else company.start
