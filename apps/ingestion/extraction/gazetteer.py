"""Companies found by name alone, from the trade's gazetteer (lexicons.known_companies).

A counterparty named once and bare ("an option deal with AbbVie") has nothing the general
company rules can see: no legal form, ticker, company word or defining bracket. Such a name
is a company when the gazetteer lists it, as a drug is a drug when the dictionary lists it.
"""

import re

from .lexicons.companies import COMPANY_HEADS
from .lexicons.known_companies import KNOWN_COMPANIES

# First word -> the gazetteer's names opening with it, longest first, so "Eli Lilly and
# Company" wins over "Eli Lilly"; case-sensitive, since the gazetteer holds each name as the
# trade writes it. One dict look-up per word of the text: a regular expression with one
# alternative per name costs (text length x names).
WORD_AT = re.compile(r"(?<![\w&.-])\w+")
NAME_CONTINUES = re.compile(r"[\w&-]")


def names_by_first_word() -> dict[str, list[str]]:
    by_first: dict[str, list[str]] = {}
    for name in sorted(KNOWN_COMPANIES, key=len, reverse=True):
        by_first.setdefault(re.match(r"\w+", name).group(), []).append(name)
    return by_first


BY_FIRST_WORD = names_by_first_word()


def known_matches(text: str):
    """(start, end, name) of each gazetteer name written as whole words, left to right and
    not overlapping: not inside a longer word ("Pfizerish", "GSK-branded")."""
    last_end = 0
    for word in WORD_AT.finditer(text):
        start = word.start()
        if start < last_end:
            continue
        for name in BY_FIRST_WORD.get(word.group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and not NAME_CONTINUES.match(text, end):
                last_end = end
                yield start, end, name
                break


# A capitalised word right before the name: the name is part of a longer one
# ("Shanghai Hengrui", "Jane Abbott"), which the general rules read whole.
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
NEXT_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")


def known_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each gazetteer name the text writes on its own: not inside a
    longer capitalised run, except when the next word is a company word or a legal form
    ("Novartis Pharma AG" still gives "Novartis"; the formal name is found by its own rule).
    Headlines in title case ("AbbVie And Kestrel Sign Pact") keep the name."""
    found = []
    for start, end, name in known_matches(text):
        line_start = text.rfind("\n", 0, start) + 1
        headline = title_case_line(text, start)
        if not headline and CAPITALISED_BEFORE.search(text[line_start:start]):
            continue
        following = NEXT_WORD.match(text, end)
        if following and not headline:
            word = following.group(1).lower()
            if word not in COMPANY_HEADS and word.rstrip(".,") not in LEGAL_WORDS:
                continue
        found.append((start, end, name))
    return found


LEGAL_WORDS = frozenset(
    {"inc", "ltd", "limited", "corp", "corporation", "co", "ag", "gmbh", "plc", "sa", "se", "nv"}
    | {"llc", "kk", "a/s", "asa", "ab", "oyj", "spa", "s.a", "n.v", "s.p.a", "k.k"}
)


def title_case_line(text: str, position: int) -> bool:
    """The line holding `position` capitalises most of its words: a headline."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.8
