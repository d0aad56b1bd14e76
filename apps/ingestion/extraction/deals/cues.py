"""Compiled cue patterns of the deal rules (from lexicons.deals) and the kinds a sentence names."""

import re
from functools import lru_cache

from ..companies import FoundCompany
from ..lexicons import deals as lex
from ..lexicons.designations import AGENCIES
from ..prefilter import prefiltered
from ..text import Sentence, fold

KINDS = [(kind, prefiltered(pattern, re.IGNORECASE)) for kind, pattern in lex.KINDS]
LICENSE_WORD = re.compile(lex.LICENSE_WORD, re.IGNORECASE)
ACTION = re.compile(lex.ACTION, re.IGNORECASE)
SPEECH = re.compile(lex.SPEECH)
HYPOTHETICAL = re.compile(lex.HYPOTHETICAL, re.IGNORECASE)
TALKS = re.compile(lex.TALKS, re.IGNORECASE)
UNNAMED_PARTNERS = re.compile(lex.UNNAMED_PARTNERS, re.IGNORECASE)
PURSUED = re.compile(lex.PURSUED, re.IGNORECASE)
TURNED_DOWN = re.compile(lex.TURNED_DOWN, re.IGNORECASE)
ACQUIRED_RIGHTS = re.compile(lex.ACQUIRED_RIGHTS, re.IGNORECASE)
JOINT_PURPOSE = re.compile(lex.JOINT_PURPOSE, re.IGNORECASE)
SERVICE_AGREEMENT = re.compile(lex.SERVICE_AGREEMENT, re.IGNORECASE)
REPORTED_DEED = re.compile(lex.REPORTED_DEED, re.IGNORECASE)
REPORTED_TAIL = re.compile(lex.REPORTED_TAIL, re.IGNORECASE)
REPORTED_NAMED = re.compile(lex.REPORTED_NAMED, re.IGNORECASE)
BOTH_PARTIES = re.compile(lex.BOTH_PARTIES, re.IGNORECASE)
RECAP_ONLY = re.compile(lex.RECAP_ONLY, re.IGNORECASE)
SIGNED_VERB = re.compile(lex.SIGNED_VERB, re.IGNORECASE)
SIGNING_WORD = re.compile(lex.SIGNING_WORD, re.IGNORECASE)
EQUALS = re.compile(lex.EQUALS, re.IGNORECASE)
ANNOUNCED = re.compile(lex.ANNOUNCED, re.IGNORECASE)
TERM_WORDS = re.compile(lex.TERM_WORDS, re.IGNORECASE)
UNNAMED_PRODUCT = re.compile(lex.UNNAMED_PRODUCT)
NOT_A_DEAL = {kind: re.compile(p, re.IGNORECASE) for kind, p in lex.NOT_A_DEAL.items()}
ADMINISTRATIVE_AGREEMENT = re.compile(lex.ADMINISTRATIVE_AGREEMENT, re.IGNORECASE)
GOVERNMENT_COUNTERPARTY = re.compile(lex.GOVERNMENT_COUNTERPARTY, re.IGNORECASE)
ACQUIRE_VERB = re.compile(lex.ACQUIRE_VERB, re.IGNORECASE)
ACQUISITION_NOUN = re.compile(lex.ACQUISITION_NOUN, re.IGNORECASE)
ACQUISITION_BY = re.compile(lex.ACQUISITION_BY, re.IGNORECASE)
SALE_VERB = re.compile(lex.SALE_VERB, re.IGNORECASE)
TRANSFER_VERB = re.compile(lex.TRANSFER_VERB, re.IGNORECASE)
SALE_BUYER = re.compile(lex.SALE_BUYER)
OBJECT_END = re.compile(lex.OBJECT_END)
ASSET_WORDS = re.compile(lex.ASSET_WORDS, re.IGNORECASE)
ROYALTY_ASSET = re.compile(lex.ROYALTY_ASSET)
NOT_ACQUIRED = re.compile(lex.NOT_ACQUIRED, re.IGNORECASE)
EQUITY_INVESTMENT = re.compile(r"\bequity investment\b", re.IGNORECASE)
FINANCING_ROUND = re.compile(lex.FINANCING_ROUND, re.IGNORECASE)
# longest first: "Central and Eastern Europe" before "Europe", "Nigeria" before a shorter stem
PLACE = "(?:" + "|".join(map(re.escape, sorted(lex.PLACE_NAMES, key=len, reverse=True))) + ")"
# "the United States, Canada and Mexico", "Japan, the Philippines, and Vietnam": the whole list
# "China and certain countries in Southeast Asia": part of a region is a list item too
PLACE_ITEM = (
    rf"(?:the\s+)?(?:{PLACE}"
    r"|(?:certain|other|selected|select|several)\s+(?:other\s+)?(?:countries|markets"
    rf"|territories)\s+(?:in|of)\s+(?:the\s+)?{PLACE})"
)
PLACE_LIST = rf"{PLACE}(?:\s*,\s*{PLACE_ITEM}|\s*,?\s+and\s+{PLACE_ITEM})*"
# A place ends where no word character follows: "\b" after "U.S." asked for a letter next, so
# "exclusive rights in the U.S. to X" named no territory. "U.S." that ends the sentence stays
# unread as before: a sentence's closing "in the U.S." tells where a drug sells more often
# than where rights run (a milestone "tied to use ... in the U.S.").
PLACE_END = r"(?!\w)(?:(?<!\.)|(?!\s*$))"
TERRITORY_LIST = re.compile(rf"{lex.TERRITORY_PREPOSITIONS}({PLACE_LIST}){PLACE_END}")
# "in the Greater China region": a place the list names without its article
TERRITORY_THE_LIST = re.compile(rf"{lex.TERRITORY_PREPOSITIONS}the\s+({PLACE_LIST}){PLACE_END}")
ROYALTY_SALES = re.compile(rf"\bon\s+((?:the\s+)?{PLACE})\s+(?:net\s+)?sales\b")
EX_TERRITORY = re.compile(rf"{lex.EX_PLACE}((?:the\s+)?{PLACE})(?![\w])")
OUTSIDE = re.compile(rf"{lex.OUTSIDE_WORDS}((?:the\s+)?{PLACE_LIST}(?: region)?(?:\s*\([^)]*\))?)")
RETAINED_OUTSIDE = re.compile(lex.RETAINED_OUTSIDE + OUTSIDE.pattern)
# "X retains the rights in the United States": the licensee has the rest of the world
RETAINED_IN = re.compile(
    lex.RETAINED_OUTSIDE + rf"\b(?:in|for|within)\s+((?:the\s+)?{PLACE_LIST}){PLACE_END}"
)
WORLDWIDE = re.compile(lex.WORLDWIDE, re.IGNORECASE)
GLOBAL_LICENCE = re.compile(r"\bglobal (?:exclusive )?licen[cs](?:e|ing)\b", re.IGNORECASE)
DEFINED_SHORT = re.compile(r"\s*\(\s*[\"“]?(?:the\s+)?[\"“]?([^\"”()]{2,30}?)[\"”]\s*\)")
# A bare company name at a role's place: a run of capitalised words ("Helvara", "Birch
# Therapeutics"), joined at most by "&"; a possessive ending is not part of the name.
NAME_RUN = re.compile(r"[A-Z][\w\-&.’']*(?:\s+(?:[A-Z][\w\-&.’']*|&|of(?=\s+[A-Z])))*")
LIST_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|as well as\s+)$")
AGREEMENT_WITH = re.compile(r"\b(?:entered into|signed|concluded) an? (?:\w+ )?agreement with\b")
UNDER_THE_AGREEMENT = re.compile(
    r"\s*(?:Under|Pursuant to) (?:the terms of )?the (?:agreement|terms)\b", re.IGNORECASE
)
BRAND_WITH_INN = re.compile(r"[®™]?\s*\([a-z][a-z\-]+(?: [a-z\-]+)?\)")
IMPLICIT_SUBJECT = re.compile(lex.IMPLICIT_SUBJECT)
DEAL_HEADING = re.compile(lex.DEAL_HEADING, re.IGNORECASE | re.MULTILINE)
RECAP_WITH = re.compile(lex.RECAP_WITH)
ELLIPTIC_RECAP_WITH = re.compile(lex.ELLIPTIC_RECAP_WITH)
CO_DEVELOPED_WITH = re.compile(lex.CO_DEVELOPED_WITH, re.IGNORECASE)
PLURAL_AGREEMENTS_WITH = re.compile(lex.PLURAL_AGREEMENTS_WITH, re.IGNORECASE)
EXCLUSIVE_RIGHTS_HELD = re.compile(lex.EXCLUSIVE_RIGHTS_HELD, re.IGNORECASE)
LICENSING_DEED = re.compile(lex.LICENSING_DEED, re.IGNORECASE)
SECOND_PREDICATE = re.compile(lex.SECOND_PREDICATE, re.IGNORECASE)
DEVELOPED_IN_PARTNERSHIP = re.compile(lex.DEVELOPED_IN_PARTNERSHIP, re.IGNORECASE)
REPORTING_VERB = re.compile(lex.REPORTING_VERB)
PLACE_IN_LIST = re.compile(rf",\s*{PLACE}\s*(?=,)")
# "A, India's B and Singapore's C": a place's possessive opens a list item
PLACE_OWNER = re.compile(rf"(?:the\s+)?{PLACE}[’']s\s*$")
NAME_OPENING = re.compile(rf"(?:the\s+)?(?:(?:the\s+)?{PLACE}[’']s\s+)?")
# A new clause with its own past-tense verb: "... with Y and submitted an NDA for X"
# A new clause: "...; ...", "... and submitted an NDA", ", who has brought DRUG to market"
# (a relative clause on a party's record names no product of the deal)
CLAUSE_CUT = re.compile(
    r";\s*|\s+and\s+(?=(?:also\s+)?[a-z]+ed\s+(?:a|an|the|our|its|their)\b)|,\s+who(?:se)?\s+"
)
UNIT_WORD = re.compile(r"\b(?:subsidiary|unit|business|division|affiliate)\b", re.IGNORECASE)
OPTION_TERMS = re.compile(lex.OPTION_TERMS, re.IGNORECASE)
BREAKDOWN = re.compile(
    r"\s*(?:\([^)]*\)\s*)?,?\s*"
    r"(?:inclusive of|including|which includes|consisting of|comprising)\b",
    re.IGNORECASE,
)
SUBJECT_GAP = re.compile(r"\s*(?:(?:has|have|had|will|today|also|now|recently)\s+)*")
# "X, an independent research institute based in Kiel, Germany, announced": an appositive that
# describes the subject stands between it and its verb
APPOSITIVE_GAP = re.compile(
    r"\s*(?:\([^)]*\)\s*)?,\s+(?:a|an|the|one of)\s[^;:()“”\"]{0,200}?," + SUBJECT_GAP.pattern
)
SHARES_OF = re.compile(
    # only the whole company: "all (of the) outstanding shares of Y", "100% of the shares of Y"
    r"(?:all\s+(?:of\s+)?|100\s?%\s+of\s+|the\s+entire\s+)(?:the\s+)?(?:issued\s+and\s+)?"
    r"(?:outstanding\s+)?(?:common\s+)?"
    r"(?:shares|stock)\s+(?:of|in)\s+(?:common\s+stock\s+of\s+)?(?=[A-Z])"
)
VENTURE_NAMED = re.compile(
    r"\bjoint venture(?: company)?,?\s+(?:(?:called|named|to be named)\s+)?[\"“]?$",
    re.IGNORECASE,
)
# "Fiji Islands company Makans", "Norvale subsidiary Quent Bio": the words before the noun
# describe the company named after it
DESCRIPTOR_TAIL = re.compile(rf"\s+(?:{lex.DESCRIPTOR_NOUNS})\s+(?=[A-Z])")
# "the Oxford University spin-out Quillix": lower-case words ending in a descriptor noun between
# two names; the first name describes the second, which is the one meant
DESCRIBED_GAP = re.compile(rf"^\s*(?:[a-z][\w\-]*\s+){{0,4}}?(?:{lex.DESCRIPTOR_NOUNS})\s*$")
ABOUT_LINE = re.compile(r"^[ \t]*About\s+(?:the\s+)?([^\n]{1,80})$", re.MULTILINE | re.IGNORECASE)
PERSON_SUBJECT = re.compile(r"\b(?:he|she|who|whom|his|her)\b", re.IGNORECASE)
# "a $9 billion buyout offer from Y": Y bids for the company the sentence is about; a bid
# turned down, unasked or hostile is no deal
OFFER_FROM = re.compile(
    r"\b(?:buyout|takeover|acquisition|tender)\s+"
    r"(?:offer|bid|proposal)\s+from\s+",
    re.IGNORECASE,
)
REFUSED = re.compile(
    r"\b(?:unsolicited|hostile|reject\w*|refus\w*|declin\w*|rebuff\w*|spurn\w*)\b", re.IGNORECASE
)
ASSET_ACQUISITION_BY = re.compile(
    r"(?:[’']s?|,?\s+whose)\s+asset\s+(?:acquisition|purchase)\s+by\s+", re.IGNORECASE
)
# "an agreement with Y", "rights from Y", "has been granted a licence by Y"
DEMONYM = "(?:" + "|".join(sorted(map(re.escape, lex.DEMONYMS), key=len, reverse=True)) + ")"
# "Japanese drugmaker ", "US-based ", "the Swiss biotech company ": words that describe the
# company named next
DESCRIBED_BEFORE = (
    rf"(?:(?:{DEMONYM}|[A-Z][\w.]*-based)\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
    rf"(?:{lex.DESCRIPTOR_NOUNS})\s+|[A-Z][\w.]*-based\s+)"
)
COUNTERPARTY = re.compile(
    rf"\b(?:with|from|to)\s+(?:the\s+)?(?:{DESCRIBED_BEFORE})?(?=[A-Z])"
    rf"|\b(?:granted|awarded)\b[^.;]{{0,60}}?\bby\s+(?:the\s+)?(?:{DESCRIBED_BEFORE})?(?=[A-Z])"
)
DEMONYM_WORD = re.compile(rf"(?:{DEMONYM}|[A-Z][\w.]*-based)$")
POSSESSIVE = re.compile(r"[’']s?$")
# How far (in sentences) a deal's quote may reach to cover its money sentence: a release tells
# its terms in the sentence or two after the one that names the deal.
QUOTE_REACH_SENTENCES = 3
# How far past "with" a counterparty's name may run (a long formal name with its ticker).
NAME_REACH_CHARS = 200
# How many words a bare name at a role's place may have ("Fiji Islands company Makans" is one).
MAX_NAME_WORDS = 5


# A news agency's tag in a dateline, "LONDON (Alliance News) -": its name tells no deal
NEWS_AGENCY_TAG = re.compile(r"\((?:[A-Z][\w&'’.-]*\s+){0,3}(?:News|Newswire|Wire)\)")


def kinds_in(sentence: str) -> list[str]:
    """Kinds of agreement a sentence names, most specific first ("option", "license")."""
    if "(" in sentence:
        sentence = NEWS_AGENCY_TAG.sub(lambda m: " " * len(m.group()), sentence)
    kinds = [kind for kind, pattern in KINDS if pattern.search(sentence)]
    if "agreement" not in sentence.lower() and not DEVELOPED_IN_PARTNERSHIP.search(sentence):
        kinds = [k for k in kinds if not (k in NOT_A_DEAL and NOT_A_DEAL[k].search(sentence))]
    if NOT_A_DEAL["acquisition"].search(sentence) and "acquisition" not in kinds:
        kinds.append("license")  # "acquired worldwide rights to X from Y" is an in-license
    if len(kinds) > 1 and "agreement" in kinds:
        # "struck a deal with Y for Y to invest in its equity": the deal has a kind after all
        kinds.remove("agreement")
    if kinds == ["agreement"] and (
        ADMINISTRATIVE_AGREEMENT.search(sentence) or GOVERNMENT_COUNTERPARTY.search(sentence)
    ):
        return []  # "a loan agreement with Y Capital", "a contract with BARDA": no deal
    return list(dict.fromkeys(kinds))


PLACE_KEYS = {fold(p) for p in lex.PLACE_NAMES}
# Regulators are never parties: their names are blanked before bare names are read.
AGENCY_TEXT = re.compile(
    "|".join(
        re.escape(term)
        for term in sorted({t for ts in AGENCIES.values() for t in ts}, key=len, reverse=True)
        if len(term) > 3
    )
)
AGENCY_NAMES = {fold(term) for terms in AGENCIES.values() for term in terms}


def mask_parentheses(text: str) -> str:
    """The text with every "(...)" blanked, same length, so clause ends inside are not seen."""
    out = list(text)
    depth = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        if depth:
            out[i] = " "
        if char == ")" and depth:
            depth -= 1
    return "".join(out)


def surface_pattern(company: FoundCompany) -> str:
    forms = sorted({re.escape(f) for f in company.surfaces()}, key=len, reverse=True)
    return r"(?:" + "|".join(forms) + r")" if forms else r"(?!x)x"


def cue_score(company: FoundCompany, sentences: list[Sentence], cues: tuple[str, ...]) -> int:
    """How often the cues name `company` as their X in these sentences.

    Each of the company's surfaces is replaced by one placeholder word first, so the cues are
    compiled once per cue list (cue_regex), not once per company: compiling every cue with a
    company's names in it cost a fifth of all extraction time."""
    surface = surface_regex(surface_pattern(company))
    pattern = cue_regex(cues)
    return sum(len(pattern.findall(surface.sub(PLACEHOLDER, s.text))) for s in sentences)


# One word that no release writes, standing for the company in the cues ({X}).
PLACEHOLDER = "Qxqcompanyqxq"


@lru_cache(maxsize=512)
def surface_regex(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=64)
def cue_regex(cues: tuple[str, ...]) -> re.Pattern:
    """All cues of one list in one pattern, {X} standing for PLACEHOLDER."""
    return re.compile("|".join(f"(?:{cue.format(X=PLACEHOLDER)})" for cue in cues), re.IGNORECASE)
