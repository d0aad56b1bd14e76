"""Deals: who signed what with whom, each party's role, the asset, territory and money terms.

Rules (each deal carries its rule's id and that rule's measured confidence):
- verb rules read the verb that makes the deal and give roles from the places around it:
  ``deal.acquire_verb`` ("X to acquire Y", "Y has been acquired by X", "X's acquisitions of A,
  B and C": one deal per target), ``deal.acquisition_noun`` ("the acquisition of Y by X"),
  ``deal.sale_verb`` ("X will sell its unit Y to Z": Z acquirer, Y target, X partner),
  ``deal.asset_purchase`` ("X acquired DRUG from Y": Y partner), ``deal.royalty_purchase``
  ("X will acquire a royalty on Y's DRUG": type other, Y partner);
- ``deal.agreement`` reads a sentence that names a kind of agreement and two parties (a party
  the company finder missed is taken from the place after "agreement with" or before the verb),
  then gives licence roles from who grants, licenses out, receives or retains (licensor) and who
  obtains, is granted, in-licenses, pays or exercises an option (licensee), in both voices;
- ``deal.recap_with`` reads "its collaborations with A and B", "our licence agreement with X",
  "DRUG was jointly developed with Y": one deal per counterparty with the release's company;
- ``deal.equity_beside`` reads a stake told beside a licence ("which includes a $10 million
  equity investment") as its own equity_investment deal, without the licence's drug.

Fields come from the deal's own sentences: those that tell it and those that follow until
another deal is told (the release's first deal also reads the headline and deck lines). Nothing
here reads Django; examples in docstrings use invented names.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .companies import FoundCompany, core_key, find_mentions, is_plausible_name
from .dates import find_dates
from .drugs import FoundDrug, body_mention_count, drugs_between
from .indications import indications_in
from .lexicons import deals as lex
from .lexicons.companies import PLACES
from .lexicons.designations import AGENCIES
from .money import Money, dollar_currency, find_money, milestone_total
from .text import Document, Sentence, fold

KINDS = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in lex.KINDS]
LICENSE_WORD = re.compile(lex.LICENSE_WORD, re.IGNORECASE)
ACTION = re.compile(lex.ACTION, re.IGNORECASE)
SPEECH = re.compile(lex.SPEECH)
HYPOTHETICAL = re.compile(lex.HYPOTHETICAL, re.IGNORECASE)
REPORTED_DEED = re.compile(lex.REPORTED_DEED, re.IGNORECASE)
REPORTED_TAIL = re.compile(lex.REPORTED_TAIL, re.IGNORECASE)
BOTH_PARTIES = re.compile(lex.BOTH_PARTIES, re.IGNORECASE)
RECAP_ONLY = re.compile(lex.RECAP_ONLY, re.IGNORECASE)
SIGNED_VERB = re.compile(lex.SIGNED_VERB, re.IGNORECASE)
SIGNING_WORD = re.compile(lex.SIGNING_WORD, re.IGNORECASE)
EQUALS = re.compile(lex.EQUALS, re.IGNORECASE)
ANNOUNCED = re.compile(lex.ANNOUNCED, re.IGNORECASE)
TERM_WORDS = re.compile(lex.TERM_WORDS, re.IGNORECASE)
UNNAMED_PRODUCT = re.compile(lex.UNNAMED_PRODUCT)
NOT_A_DEAL = {kind: re.compile(p, re.IGNORECASE) for kind, p in lex.NOT_A_DEAL.items()}
ACQUIRE_VERB = re.compile(lex.ACQUIRE_VERB, re.IGNORECASE)
ACQUISITION_NOUN = re.compile(lex.ACQUISITION_NOUN, re.IGNORECASE)
ACQUISITION_BY = re.compile(lex.ACQUISITION_BY, re.IGNORECASE)
SALE_VERB = re.compile(lex.SALE_VERB, re.IGNORECASE)
SALE_BUYER = re.compile(lex.SALE_BUYER)
OBJECT_END = re.compile(lex.OBJECT_END)
ASSET_WORDS = re.compile(lex.ASSET_WORDS, re.IGNORECASE)
ROYALTY_ASSET = re.compile(lex.ROYALTY_ASSET)
NOT_ACQUIRED = re.compile(lex.NOT_ACQUIRED, re.IGNORECASE)
EQUITY_INVESTMENT = re.compile(r"\bequity investment\b", re.IGNORECASE)
PLACE = "(?:" + "|".join(re.escape(p) for p in lex.PLACE_NAMES) + ")"
PLACE_LIST = rf"{PLACE}(?:\s*,\s*{PLACE}|\s*,?\s+and\s+{PLACE})*"
TERRITORY_LIST = re.compile(rf"{lex.TERRITORY_PREPOSITIONS}({PLACE_LIST})\b")
# "in the Greater China region": a place the list names without its article
TERRITORY_THE_LIST = re.compile(rf"{lex.TERRITORY_PREPOSITIONS}the\s+({PLACE_LIST})\b")
ROYALTY_SALES = re.compile(rf"\bon\s+((?:the\s+)?{PLACE})\s+(?:net\s+)?sales\b")
EX_TERRITORY = re.compile(rf"{lex.EX_PLACE}((?:the\s+)?{PLACE})(?![\w])")
OUTSIDE = re.compile(rf"{lex.OUTSIDE_WORDS}((?:the\s+)?{PLACE_LIST}(?: region)?(?:\s*\([^)]*\))?)")
RETAINED_OUTSIDE = re.compile(lex.RETAINED_OUTSIDE + OUTSIDE.pattern)
# "X retains the rights in the United States": the licensee has the rest of the world
RETAINED_IN = re.compile(
    lex.RETAINED_OUTSIDE + rf"\b(?:in|for|within)\s+((?:the\s+)?{PLACE_LIST})\b"
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
CO_DEVELOPED_WITH = re.compile(lex.CO_DEVELOPED_WITH, re.IGNORECASE)
PLACE_IN_LIST = re.compile(rf",\s*{PLACE}\s*(?=,)")
# A new clause with its own past-tense verb: "... with Y and submitted an NDA for X"
CLAUSE_CUT = re.compile(r";\s*|\s+and\s+(?=(?:also\s+)?[a-z]+ed\s+(?:a|an|the|our|its|their)\b)")
UNIT_WORD = re.compile(r"\b(?:subsidiary|unit|business|division|affiliate)\b", re.IGNORECASE)
OPTION_TERMS = re.compile(lex.OPTION_TERMS, re.IGNORECASE)
BREAKDOWN = re.compile(
    r"\s*(?:\([^)]*\)\s*)?,?\s*"
    r"(?:inclusive of|including|which includes|consisting of|comprising)\b",
    re.IGNORECASE,
)
SUBJECT_GAP = re.compile(r"\s*(?:(?:has|have|had|will|today|also|now|recently)\s+)*")
SHARES_OF = re.compile(
    # only the whole company: "all (of the) outstanding shares of Y", "100% of the shares of Y"
    r"(?:all\s+(?:of\s+)?|100\s?%\s+of\s+|the\s+entire\s+)(?:the\s+)?(?:issued\s+and\s+)?"
    r"(?:outstanding\s+)?(?:common\s+)?"
    r"(?:shares|stock)\s+of\s+(?:common\s+stock\s+of\s+)?(?=[A-Z])"
)
VENTURE_NAMED = re.compile(
    r"\bjoint venture(?: company)?,?\s+(?:(?:called|named|to be named)\s+)?[\"“]?$",
    re.IGNORECASE,
)
DESCRIPTOR_TAIL = re.compile(r"\s+(?:company|firm|biotech|drugmaker|startup|group)\s+(?=[A-Z])")
ABOUT_LINE = re.compile(r"^[ \t]*About\s+(?:the\s+)?([^\n]{1,80})$", re.MULTILINE | re.IGNORECASE)
PERSON_SUBJECT = re.compile(r"\b(?:he|she|who|whom|his|her)\b", re.IGNORECASE)
ASSET_ACQUISITION_BY = re.compile(
    r"(?:[’']s?|,?\s+whose)\s+asset\s+(?:acquisition|purchase)\s+by\s+", re.IGNORECASE
)
COUNTERPARTY = re.compile(r"\b(?:with|from|to)\s+(?=[A-Z])")
POSSESSIVE = re.compile(r"[’']s?$")
# How far (in sentences) a deal's quote may reach to cover its money sentence: a release tells
# its terms in the sentence or two after the one that names the deal.
QUOTE_REACH_SENTENCES = 3
# How far past "with" a counterparty's name may run (a long formal name with its ticker).
NAME_REACH_CHARS = 200
# How many words a bare name at a role's place may have ("Fiji Islands company Makans" is one).
MAX_NAME_WORDS = 5

# Measured precision of each rule on dev2A, dev and seeds, smoothed for the few deals each rule
# has read there: (matched + 1) / (predicted + 2), rounded. Counts (matched/predicted):
# agreement 20/21, acquire_verb 3/3, acquisition_noun 2/2, recap_with 3/3, asset_purchase 2/2,
# equity_beside 1/1, royalty_purchase 1/1, sale_verb 1/1.
RULE_CONFIDENCE = {
    "deal.agreement": 0.91,
    "deal.acquire_verb": 0.8,
    "deal.acquisition_noun": 0.75,
    "deal.recap_with": 0.8,
    "deal.asset_purchase": 0.75,
    "deal.equity_beside": 0.67,
    "deal.royalty_purchase": 0.67,
    "deal.sale_verb": 0.67,
    "deal.role_noun": 0.6,  # new, unmeasured on the corpora: below every measured rule
}


@dataclass
class FoundDeal:
    """One agreement read from a release, before it becomes the contract's JSON.

    `parties` are companies in order of first mention; `roles` maps id(company) to its
    contract role; `rule` names the rule that read it (a key of RULE_CONFIDENCE).
    """

    kinds: list
    parties: list
    sentences: list = field(default_factory=list)
    type: str = "other"
    roles: dict = field(default_factory=dict)
    drugs: list = field(default_factory=list)
    unnamed_product: str | None = None
    terms: dict | None = None
    exclusive: bool | None = None
    territory: str | None = None
    announced_on: str | None = None
    signed_on: str | None = None
    rule: str = "deal.agreement"
    main: bool = False  # the release's first deal: it also reads the headline and deck lines
    stops: list = field(default_factory=list)  # where later deals start: its sentences end there
    money_sentence: Sentence | None = None
    respectively: int | None = None  # place in a list whose amounts follow "respectively"

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE.get(self.rule, 0.5)


def kinds_in(sentence: str) -> list[str]:
    """Kinds of agreement a sentence names, most specific first ("option", "license")."""
    kinds = [kind for kind, pattern in KINDS if pattern.search(sentence)]
    if "agreement" not in sentence.lower():
        kinds = [k for k in kinds if not (k in NOT_A_DEAL and NOT_A_DEAL[k].search(sentence))]
    if NOT_A_DEAL["acquisition"].search(sentence) and "acquisition" not in kinds:
        kinds.append("license")  # "acquired worldwide rights to X from Y" is an in-license
    return list(dict.fromkeys(kinds))


def top(company: FoundCompany) -> FoundCompany:
    seen = set()
    while company.parent is not None and id(company) not in seen:
        seen.add(id(company))
        company = company.parent
    return company


def party_key(parties: list[FoundCompany]) -> frozenset:
    return frozenset(id(top(p)) for p in parties)


def sentence_parties(
    doc: Document, sentence: Sentence, companies: list[FoundCompany], drugs=()
) -> list[FoundCompany]:
    """Companies the sentence names, in order; "Fiji Islands company Makans" names Makans (the
    words before "company" describe it), and a parent named only to place its subsidiary is
    left out."""
    mentioned = []
    for mention in find_mentions(doc.text, companies, sentence.start, sentence.end):
        company = mention.company
        written = fold(doc.text[mention.start : mention.end])
        if written in PLACE_KEYS or written in PLACES:
            continue  # "sell in Fiji": a place, whatever company name it begins
        described = DESCRIPTOR_TAIL.match(doc.text, mention.end, sentence.end)
        if described:
            named = parties_in(doc, described.end(), sentence.end, companies, list(drugs))
            if not named or named[0][1] != described.end():
                continue
            company = named[0][0]
            if not any(company is c for c in companies):
                companies.append(company)
        if company not in mentioned:
            mentioned.append(company)
    # A parent named only to place its subsidiary ("JMT-Bio, a subsidiary of CSPC") is no party.
    return [c for c in mentioned if not any(other.parent is c for other in mentioned)]


# ---------------------------------------------------------------- bare names at a role's place


def is_drug_name(name: str, drugs: list[FoundDrug]) -> bool:
    key = fold(name)
    return any(key in {fold(n) for n in d.names()} for d in drugs)


def bare_company(
    doc: Document, start: int, end: int, companies: list[FoundCompany], drugs: list[FoundDrug]
) -> FoundCompany | None:
    """The company written doc.text[start:end] without legal form or ticker ("Helvara").

    A known company whose name or short form it is comes back as itself; a new plausible name is
    added to `companies`, so a party the company finder missed does not lose the deal. Places,
    regulators, drugs and generic words are never companies.
    """
    name = POSSESSIVE.sub("", doc.text[start:end].strip(" ,;:")).strip(" ,")
    words = name.split()
    while words and fold(words[0]) in lex.NOT_NAME_WORDS:
        start = doc.text.index(words[1], start) if len(words) > 1 else end
        words = words[1:]
    name = " ".join(words)
    if not words or len(words) > MAX_NAME_WORDS or not party_name(name):
        return None
    if any(fold(w) in lex.DEFINED_TERM_WORDS for w in words):
        return None
    if fold(name) in PLACES or fold(name) in PLACE_KEYS or fold(name) in AGENCY_NAMES:
        return None
    if is_drug_name(name, drugs) or re.match(r"\s*\$", doc.text[end : end + 2]):
        return None  # "AU$1.80" is a currency
    if any(w.endswith(("-based", "-headquartered")) for w in words):
        return None
    if len(words) == 1 and name.isupper() and len(name) > 2:
        return None  # "TRELAVO (dexafenil)": a lone upper-case word is a brand or a code
    return party_named(companies, name, start)


def party_name(name: str) -> bool:
    """A plausible company name, or an institution ("University of X") that can sign a deal."""
    if is_plausible_name(name):
        return True
    words = [fold(w) for w in name.split()]
    if not any(w in lex.INSTITUTION_WORDS for w in words):
        return False
    return is_plausible_name(
        " ".join(w for w in name.split() if fold(w) not in lex.INSTITUTION_WORDS and w != "of")
        or "x"
    )


def party_named(companies: list[FoundCompany], name: str, start: int) -> FoundCompany:
    """The known company `name` stands for, else a new company (not yet in `companies`)."""
    if hasattr(companies, "resolve_name"):  # the entity-resolution step's Entities
        known = companies.resolve_name(name)
        if known is not None:
            return known
    for company in companies:
        if fold(name) in {fold(form) for form in company.surfaces()}:
            return company
    return FoundCompany(name, [name], [], None, start, rule="company.deal_party")


def register(companies: list[FoundCompany], deal: "FoundDeal") -> None:
    """Bare names that became parties join the release's companies."""
    for party in deal.parties:
        if not any(party is c for c in companies):
            companies.append(party)


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


def parties_in(
    doc: Document, start: int, end: int, companies: list[FoundCompany], drugs: list[FoundDrug]
) -> list[tuple[FoundCompany, int, int]]:
    """Companies named in doc.text[start:end], known ones first, then bare capitalised names."""
    found = [(m.company, m.start, m.end) for m in find_mentions(doc.text, companies, start, end)]
    masked = AGENCY_TEXT.sub(lambda m: " " * len(m.group()), mask_parentheses(doc.text[start:end]))
    for run in NAME_RUN.finditer(masked):
        run_start, run_end = start + run.start(), start + run.end()
        if any(s < run_end and run_start < e for _, s, e in found):
            continue
        if any(m.start < run_end and run_start < m.end for d in drugs for m in d.mentions):
            continue
        company = bare_company(doc, run_start, run_end, companies, drugs)
        if company is not None:
            found.append((company, run_start, run_end))
    return sorted(found, key=lambda item: item[1])


def object_end(doc: Document, sentence: Sentence, start: int) -> int:
    """Where the object phrase that starts at `start` ends: before a price, a seller, a clause."""
    masked = mask_parentheses(doc.text[start : sentence.end])
    end = OBJECT_END.search(masked)
    return start + end.start() if end else sentence.end


def listed_objects(
    doc: Document, sentence: Sentence, start: int, companies, drugs
) -> tuple[list[FoundCompany], int]:
    """The company or list of companies that a verb's object phrase names, and the phrase end.

    "acquire Birch Therapeutics, Cedar Bio and Alder" gives three; descriptive words before the
    first name ("Swiss-based biotech company") are skipped; the list stops at the first gap
    that is not a comma or "and".
    """
    end = object_end(doc, sentence, start)
    items = parties_in(doc, start, end, companies, drugs)
    objects = []
    last_end = None
    for company, item_start, item_end in items:
        if BRAND_WITH_INN.match(doc.text, item_end):
            continue  # "TRELAVO (dexafenil)": a product, whatever the company finder said
        if last_end is not None:
            gap = mask_parentheses(doc.text[last_end:item_start])
            gap = PLACE_IN_LIST.sub("", gap)  # "University of X, Germany, and Y, Australia"
            gap = re.sub(r"^\s*", " ", gap.replace("  ", " "))
            if not LIST_SEPARATOR.match(re.sub(r"\s+", " ", gap)) and gap.strip():
                break
        if company not in objects:
            objects.append(company)
        last_end = item_end
    return objects, end


def subject_before(
    doc: Document, sentence: Sentence, position: int, companies, drugs, exclude=()
) -> FoundCompany | None:
    """The party that does what the verb at `position` says.

    The nearest company before it in the sentence that is not one of `exclude` (the verb's
    objects); after ", acquiring" (a participle) the clause's first company; with no known
    company, the bare name that opens the clause after the dateline."""
    mentions = find_mentions(doc.text, companies, sentence.start, position)
    mentions = [
        m
        for m in mentions
        if not re.match(r"[’']s\b", doc.text[m.end : m.end + 2])
        and not any(top(m.company) is top(e) for e in exclude)
    ]
    if mentions and PERSON_SUBJECT.search(doc.text[mentions[-1].end : position]):
        return None  # "at X, where she negotiated the acquisition of Y": a person's career
    if mentions:
        if re.search(r",\s*$", doc.text[sentence.start : position]):
            return mentions[0].company
        return mentions[-1].company
    head = doc.text[sentence.start : position]
    issuer = re.search(r"\bthe Company\b", head)
    if issuer and hasattr(companies, "resolve_name"):
        company = companies.resolve_name("the Company")
        if company is not None and company not in exclude:
            return company
    dateline = list(re.finditer(r"\s(?:--|–|—|-)\s|/PRNewswire/|\(GLOBE NEWSWIRE\)", head))
    offset = sentence.start + (dateline[-1].end() if dateline else 0)
    found = [f for f in parties_in(doc, offset, position, companies, drugs) if f[0] not in exclude]
    return found[0][0] if found else None


def possessive_before(doc: Document, position: int, sentence: Sentence, companies, drugs):
    """ "Verant's acquisitions of ...": the company whose possessive ends just before `position`."""
    head = doc.text[sentence.start : position]
    match = re.search(r"([A-Z][\w\-&.]*(?:\s+[A-Z][\w\-&.]*){0,4})[’']s?\s+$", head)
    if not match:
        return None
    start = sentence.start + match.start(1)
    end = sentence.start + match.end(1)
    for mention in find_mentions(doc.text, companies, start, end):
        if mention.end == end:
            return mention.company
    return bare_company(doc, start, end, companies, drugs)


# ---------------------------------------------------------------- verb rules


def verb_deals(
    doc: Document, sentence: Sentence, companies: list[FoundCompany], drugs: list[FoundDrug]
) -> list[FoundDeal]:
    """Deals made by a verb of buying or selling in this sentence, with roles from the verb.

    "X to acquire Y", "X's acquisitions of A, B and C" (one deal per target), "the acquisition
    of Y by X", "X will sell its unit Y to Z", "X acquired DRUG from Y" (asset purchase: the
    seller is a partner), "X will acquire a royalty on Y's DRUG" (royalty purchase, type other).
    Never a deal without two parties; never shares, data or rights (rights are licences).
    """
    found = []
    cues = ((ACQUIRE_VERB, "deal.acquire_verb"), (ACQUISITION_NOUN, "deal.acquisition_noun"))
    for pattern, rule in cues:
        for cue in pattern.finditer(sentence.text):
            found += acquisition_at(
                doc,
                sentence,
                sentence.start + cue.start(),
                sentence.start + cue.end(),
                companies,
                drugs,
                rule=rule,
            )
    for noun in ASSET_ACQUISITION_BY.finditer(sentence.text):
        found += asset_acquisition_by(doc, sentence, noun, companies, drugs)
    for verb in SALE_VERB.finditer(sentence.text):
        found += sale_at(
            doc,
            sentence,
            sentence.start + verb.start(),
            sentence.start + verb.end(),
            companies,
            drugs,
        )
    unique = []
    for deal in found:
        if not any(party_key(d.parties) == party_key(deal.parties) for d in unique):
            unique.append(deal)
    return unique


def acquisition_at(doc, sentence, verb_start, object_start, companies, drugs, *, rule):
    text = doc.text
    if OPTION_TO.search(text[sentence.start : verb_start]):
        return []  # "an exclusive option to acquire Y": an option deal, read by the agreement rule
    if re.match(r"\s*by\s", text[object_start - 1 : object_start + 3]):
        return acquired_by(doc, sentence, verb_start, object_start, companies, drugs)
    shares = SHARES_OF.match(text, object_start)
    if shares:
        object_start = shares.end()  # "all outstanding shares of Y": Y is bought
    if re.match(r"\s*from\s", text[object_start - 1 : object_start + 6]):
        return relative_asset_purchase(doc, sentence, verb_start, object_start, companies, drugs)
    phrase_end = object_end(doc, sentence, object_start)
    phrase = text[object_start:phrase_end]
    if STOCK_PURCHASE.match(phrase):
        return stock_purchase(doc, sentence, verb_start, object_start, phrase_end, companies, drugs)
    if NOT_ACQUIRED.match(phrase):
        return []
    royalty = bool(ROYALTY_ASSET.search(phrase))
    targets, _ = listed_objects(doc, sentence, object_start, companies, drugs)
    if rule == "deal.acquisition_noun":
        acquirer = possessive_before(doc, verb_start, sentence, companies, drugs)
        by = ACQUISITION_BY.match(text[phrase_end : sentence.end])
        if acquirer is None and by:
            by_start = phrase_end + by.end()
            after = parties_in(doc, by_start, object_end(doc, sentence, by_start), companies, drugs)
            acquirer = after[0][0] if after and after[0][1] == by_start else None
        if acquirer is None:
            acquirer = subject_before(doc, sentence, verb_start, companies, drugs, targets)
    else:
        acquirer = subject_before(doc, sentence, verb_start, companies, drugs, targets)
    if acquirer is None:
        return []
    seller = seller_after(doc, sentence, phrase_end, companies, drugs)
    named = [d for d in drugs_between(drugs, object_start, phrase_end)]
    targets = [t for t in targets if top(t) is not top(acquirer) and t is not seller]
    if royalty:
        owner = seller or (targets[0] if targets else None)
        if owner is None:
            return []
        return [
            make_deal(
                "other",
                sentence,
                rule="deal.royalty_purchase",
                drugs=named,
                roles=[(acquirer, "acquirer"), (owner, "partner")],
            )
        ]
    if named and targets and drug_first(named, object_start, targets, doc, sentence):
        targets = []  # "acquire BRAND (inn), a medicine approved ... from Y": a product bought
    if targets:
        deals = []
        for i, target in enumerate(targets):
            roles = [(acquirer, "acquirer"), (target, "target")]
            if seller is not None:
                roles.append((seller, "partner"))
            # "acquire Y, including its lead asset DRUG": the target's products named after it
            owned = products_after(doc, sentence, object_start, drugs) if len(targets) == 1 else []
            deal = make_deal("acquisition", sentence, rule=rule, roles=roles, drugs=owned)
            deal.respectively = i if len(targets) > 1 else None
            deals.append(deal)
        return deals
    if seller is not None and (
        named or ASSET_WORDS.search(phrase) or BRAND_WITH_INN.search(phrase)
    ):
        return [
            make_deal(
                "acquisition",
                sentence,
                rule="deal.asset_purchase",
                drugs=named,
                roles=[(acquirer, "acquirer"), (seller, "partner")],
            )
        ]
    return []


# "purchase $15 million of Y common stock", "acquire 9.9% of the shares of Y": a stake, not Y
STOCK_PURCHASE = re.compile(
    r"\s*(?:(?:an?|its|additional|newly issued)\s+)?"
    r"(?:(?:US|HK|A|C)?[$€£¥]\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+"
    r"|(?!100\s?%)\d+(?:\.\d+)?\s?%\s+(?:of\s+)?)"  # 100% of the shares: the whole company
    r"(?:the\s+)?(?:[\w’'.\-]+\s+){0,4}?(?:common\s+|ordinary\s+|preferred\s+|new\s+)?"
    r"(?:stock|shares|equity)\b",
    re.IGNORECASE,
)


def stock_purchase(doc, sentence, verb_start, object_start, phrase_end, companies, drugs):
    """ "Y will purchase $15 million of X common stock": Y invests in X (equity_investment,
    its price the total value); one company's stake is never its acquisition."""
    named = parties_in(doc, object_start, phrase_end, companies, drugs)
    if not named:
        return []
    investee = named[0][0]
    investor = subject_before(doc, sentence, verb_start, companies, drugs, [investee])
    if investor is None or top(investor) is top(investee):
        return []
    deal = make_deal(
        "equity_investment",
        sentence,
        rule="deal.equity_beside",
        roles=[(investor, "investor"), (investee, "investee")],
    )
    deal.kinds = ["equity_investment"]
    price = [m for m in moneys_in(doc, sentence) if object_start <= m.start < phrase_end]
    if price:
        deal.terms = terms_json({"total_value": price[0]})
        deal.money_sentence = sentence
    return [deal]


OPTION_TO = re.compile(r"\b(?:option|right)s?\s+(?:to\s+)?$", re.IGNORECASE)


def asset_acquisition_by(doc, sentence, noun, companies, drugs) -> list[FoundDeal]:
    """ "Y's asset acquisition by X", "Y, ..., whose asset acquisition by X": X bought Y's assets;
    Y sold them (partner)."""
    by_start = sentence.start + noun.end()
    after = parties_in(doc, by_start, object_end(doc, sentence, by_start), companies, drugs)
    if not after or after[0][1] != by_start:
        return []
    acquirer = after[0][0]
    before = [
        m.company
        for m in find_mentions(doc.text, companies, sentence.start, sentence.start + noun.start())
        if top(m.company) is not top(acquirer)
    ]
    if not before:
        return []
    return [
        make_deal(
            "acquisition",
            sentence,
            rule="deal.asset_purchase",
            roles=[(acquirer, "acquirer"), (before[-1], "partner")],
        )
    ]


def relative_asset_purchase(doc, sentence, verb_start, from_start, companies, drugs):
    """ "DRUG, which X acquired from Y in 2020": the product named before "which" is bought."""
    head = doc.text[sentence.start : verb_start]
    relatives = list(re.finditer(r",?\s+(?:which|that)\s+", head))
    if not relatives:
        return []
    relative = relatives[-1]
    antecedent = sentence.start + relative.start()
    named = [
        d for d in drugs if any(m.end <= antecedent and antecedent - m.end <= 3 for m in d.mentions)
    ]
    acquirer = subject_before(doc, sentence, verb_start, companies, drugs)
    seller = seller_after(doc, sentence, from_start - 1, companies, drugs)
    if not named or acquirer is None or seller is None or top(acquirer) is top(seller):
        return []
    return [
        make_deal(
            "acquisition",
            sentence,
            rule="deal.asset_purchase",
            drugs=named,
            roles=[(acquirer, "acquirer"), (seller, "partner")],
        )
    ]


def acquired_by(doc, sentence, verb_start, by_start, companies, drugs) -> list[FoundDeal]:
    """ "Y has been acquired by X": X is the acquirer, the subject Y the target."""
    start = by_start + re.match(r"\s*by\s+", doc.text[by_start - 1 :]).end() - 1
    after = parties_in(doc, start, object_end(doc, sentence, start), companies, drugs)
    if not after or after[0][1] != start:
        return []
    acquirer = after[0][0]
    target = subject_before(doc, sentence, verb_start, companies, drugs, [acquirer])
    if target is None or top(target) is top(acquirer):
        return []
    return [
        make_deal(
            "acquisition",
            sentence,
            rule="deal.acquire_verb",
            roles=[(acquirer, "acquirer"), (target, "target")],
        )
    ]


def drug_first(named, object_start, targets, doc, sentence) -> bool:
    """The object phrase opens with a product, before any company it names."""
    first_drug = min(m.start for d in named for m in d.mentions if m.start >= object_start)
    company_starts = [
        m.start
        for m in find_mentions(doc.text, targets, object_start, sentence.end)
        if m.company in targets
    ]
    return not company_starts or first_drug < min(company_starts)


def products_after(doc: Document, sentence: Sentence, start: int, drugs) -> list[FoundDrug]:
    """Products named in the sentence after `start`; a code that is an amount ("CHF450m") is
    not a product."""
    moneys = moneys_in(doc, sentence)
    return [
        d
        for d in drugs_between(drugs, start, sentence.end)
        if not any(
            m.start < money.end and money.start < m.end for m in d.mentions for money in moneys
        )
    ]


def seller_after(doc, sentence, phrase_end, companies, drugs) -> FoundCompany | None:
    """ "... from Y": the selling party, the first company after "from" past the object."""
    masked = mask_parentheses(doc.text[phrase_end : sentence.end])
    for match in re.finditer(r"\bfrom\s+", masked):
        start = phrase_end + match.end()
        found = parties_in(doc, start, object_end(doc, sentence, start), companies, drugs)
        if found and found[0][1] == start:
            return found[0][0]
    return None


def sale_at(doc, sentence, verb_start, object_start, companies, drugs) -> list[FoundDeal]:
    """ "X will sell its unit Y to Z for ...": Z acquires Y (target), X is the selling partner."""
    seller = subject_before(doc, sentence, verb_start, companies, drugs)
    if seller is None:
        return []
    # The buyer follows the first "to" that a company follows: "sold its rights to DRUG to Z".
    buyer = None
    masked = mask_parentheses(doc.text[object_start : sentence.end])
    for to in SALE_BUYER.finditer(masked):
        buyer_start = object_start + to.end()
        found = parties_in(
            doc, buyer_start, object_end(doc, sentence, buyer_start), companies, drugs
        )
        if found and found[0][1] == buyer_start:
            buyer, phrase_end = found[0][0], object_start + to.start()
            break
    if buyer is None or top(buyer) is top(seller):
        return []
    targets, _ = listed_objects(doc, sentence, object_start, companies, drugs)
    targets = [t for t in targets if t is not seller and t is not buyer]
    if not targets:
        targets = own_unit(doc, object_start, phrase_end, seller, companies, drugs)
    named = drugs_between(drugs, object_start, phrase_end)
    if ROYALTY_ASSET.search(doc.text[object_start:phrase_end]):
        return [
            make_deal(
                "other",
                sentence,
                rule="deal.royalty_purchase",
                drugs=named,
                roles=[(buyer, "acquirer"), (seller, "partner")],
            )
        ]
    if targets:
        return [
            make_deal(
                "acquisition",
                sentence,
                rule="deal.sale_verb",
                roles=[(buyer, "acquirer"), (targets[0], "target"), (seller, "partner")],
            )
        ]
    in_aside = any(
        sentence.start + m.start() <= verb_start < sentence.start + m.end()
        for m in ASIDE.finditer(mask_parentheses(sentence.text))
    )
    if named or (ASSET_WORDS.search(doc.text[object_start:phrase_end]) and not in_aside):
        # an unnamed business sold in an aside (", which last year sold its unit to Z,") is
        # a third party's history, not a deal of this release
        # "sell DRUG to Z", "divest its consumer health business to Z": assets bought, the
        # seller is a partner (the vocabulary has no seller role)
        return [
            make_deal(
                "acquisition",
                sentence,
                rule="deal.sale_verb",
                drugs=named,
                roles=[(buyer, "acquirer"), (seller, "partner")],
            )
        ]
    return []


def own_unit(doc, start, end, seller, companies, drugs) -> list[FoundCompany]:
    """ "sell its subsidiary, Kinsale Pharma, to Z": a unit named like its parent is its own
    company here, even where the text's short forms folded it into the parent."""
    for company, item_start, item_end in parties_in(doc, start, end, companies, drugs):
        written = POSSESSIVE.sub("", doc.text[item_start:item_end]).strip()
        if top(company) is not top(seller) or not UNIT_WORD.search(doc.text[start:item_start]):
            continue
        key, parent_key = core_key(written), core_key(seller.name)
        if key and not parent_key.startswith(key) and not key.startswith(parent_key):
            unit = FoundCompany(written, [written], [], None, item_start, rule="company.deal_party")
            unit.parent = seller
            return [unit]
    return []


def make_deal(type_, sentence, *, rule, roles, drugs=()) -> FoundDeal:
    parties = []
    for company, _role in roles:
        if company not in parties:
            parties.append(company)
    deal = FoundDeal([type_], parties, [sentence], type=type_, rule=rule)
    deal.roles = {id(company): role for company, role in reversed(roles)}
    deal.drugs = list(drugs)
    return deal


# ---------------------------------------------------------------- the agreement rule


def counterparty_after(
    doc: Document, sentence: Sentence, known: FoundCompany, companies, drugs
) -> FoundCompany | None:
    """ "an agreement with Quillon Pharma Inc.", "a partnership with OmniAb": the other party,
    named right after "with" (or "from", "to") though the company finder missed it."""
    for match in COUNTERPARTY.finditer(sentence.text):
        start = sentence.start + match.end()
        found = parties_in(doc, start, object_end(doc, sentence, start), companies, drugs)
        if found and found[0][1] == start and top(found[0][0]) is not top(known):
            return found[0][0]
    return None


def recapped_with(doc: Document, sentence: Sentence, companies, drugs) -> list[FoundDeal]:
    """ "its research collaborations with A and B were terminated", "our license agreement with
    X": one deal per named counterparty, the other side being the subject before the phrase or
    the release's company. Type from the noun; licence roles are read as for any agreement."""
    deals = []
    matches = [*RECAP_WITH.finditer(sentence.text), *CO_DEVELOPED_WITH.finditer(sentence.text)]
    for match in matches:
        start = sentence.start + match.end()
        others, _ = listed_objects(doc, sentence, start, companies, drugs)
        if not others or not any(
            found[1] == start
            for found in parties_in(doc, start, start + NAME_REACH_CHARS, companies, drugs)
        ):
            continue
        before = sentence.start + match.start()
        named = [
            m.company
            for m in find_mentions(doc.text, companies, sentence.start, before)
            if m.company not in others
        ]
        subject = named[-1] if named else release_issuer(doc, companies)
        kind = "license" if LICENSE_WORD.search(match.group(0)) else "collaboration"
        if match.re is CO_DEVELOPED_WITH:
            kind = "co_development"
        for other in others:
            if subject is None or top(other) is top(subject):
                continue
            deal = FoundDeal([kind], [subject, other], [sentence], rule="deal.recap_with")
            deals.append(deal)
    return deals


def buys_something(sentence: Sentence) -> bool:
    """The sentence has a verb or noun of buying ("acquire", "acquisition of")."""
    return any(p.search(sentence.text) for p in (ACQUIRE_VERB, ACQUISITION_NOUN))


def release_issuer(doc: Document, companies: list[FoundCompany]) -> FoundCompany | None:
    """The company the release is from: "the Company" when defined, else the first company
    named in the body."""
    if hasattr(companies, "resolve_name"):
        issuer = companies.resolve_name("the Company")
        if issuer is not None:
            return issuer
    for sentence in doc.sentences:
        if sentence.section == "body":
            mentions = find_mentions(doc.text, companies, sentence.start, sentence.end)
            if mentions:
                return mentions[0].company
    return None


def subject_party(
    doc: Document, sentence: Sentence, known: FoundCompany, companies, drugs
) -> FoundCompany | None:
    """ "* Bristol Labs signs an exclusive agreement with Y": the bare name that opens the
    sentence (after a bullet or dateline) and does the deal's verb, when the finder missed it."""
    verb = ACTION.search(sentence.text)
    if verb is None:
        return None
    head = sentence.text[: verb.start()]
    opening = re.match(r"\s*(?:[*•\-+·]\s*)?", head)
    dateline = list(re.finditer(r"\s(?:--|–|—|-)\s", head))
    start = sentence.start + (dateline[-1].end() if dateline else opening.end())
    found = parties_in(doc, start, sentence.start + verb.start(), companies, drugs)
    if not found or found[0][1] != start or top(found[0][0]) is top(known):
        return None
    gap = doc.text[found[0][2] : sentence.start + verb.start()]
    if not SUBJECT_GAP.fullmatch(gap):
        return None  # "Revenue included royalties under ...": the name does not do the verb
    return found[0][0]


COORDINATE = re.compile(r"\s*(?:\([^)]*\)\s*)?,?\s+and\s+")


def coordinate_party(
    doc: Document, sentence: Sentence, known: FoundCompany, companies, drugs
) -> FoundCompany | None:
    """ "X and Helvara today announced a licence agreement": the bare name joined to a known
    party by "and", when both do the deal's verb together (nothing but "today", "have" and the
    like between the name and the verb)."""
    verb = ACTION.search(sentence.text)
    if verb is None:
        return None
    verb_start = sentence.start + verb.start()
    for mention in find_mentions(doc.text, [known], sentence.start, verb_start):
        joined = COORDINATE.match(doc.text, mention.end, verb_start)
        if joined is None:
            continue
        found = parties_in(doc, joined.end(), verb_start, companies, drugs)
        if not found or found[0][1] != joined.end() or top(found[0][0]) is top(known):
            continue
        if SUBJECT_GAP.fullmatch(doc.text[found[0][2] : verb_start]):
            return found[0][0]
    return None


# ", which was spun out of X in 2019,": an aside about a party's history, not a party
ASIDE = re.compile(r",\s+(?:which|who|whose|formerly|previously|once)\b[^,;()]*(?:,|$)")


def only_in_aside(doc: Document, sentence: Sentence, company, companies) -> bool:
    """Every mention of `company` in the sentence sits inside a relative clause or brackets."""
    masked = mask_parentheses(sentence.text)
    asides = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in ASIDE.finditer(masked)
    ]
    mentions = [
        m
        for m in find_mentions(doc.text, companies, sentence.start, sentence.end)
        if m.company is company
    ]
    if not mentions:
        return False
    return all(
        any(a <= m.start < b for a, b in asides) or masked[m.start - sentence.start] == " "
        for m in mentions
    )


# "Northam Pharma, our licensee in Japan, ...", "its licensor, Eastry Bio,": a deal of the
# release's company named by the other party's role in it
ROLE_NOUN = re.compile(
    r"\b(?:[Oo]ur|[Ii]ts|the Company[’']s)\s+(?:exclusive\s+)?(?:[\w\-]+\s+)?"
    r"(licensee|licensor|licensing partner|license partner|collaboration partner|collaborator)s?\b"
)


def role_noun_deals(doc: Document, sentence: Sentence, companies, drugs) -> list[FoundDeal]:
    """ "X, our licensee in Japan," or "our licensor, X,": a recapped deal between X and the
    release's company; the role noun gives X's role (licensee, licensor, or partner)."""
    deals = []
    for match in ROLE_NOUN.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        before = re.search(r",\s*$", doc.text[sentence.start : start])
        named = None
        if before:  # "X, our licensee"
            ahead = [
                m
                for m in find_mentions(doc.text, companies, sentence.start, start)
                if not doc.text[m.end : start].strip(" ,")
            ]
            named = ahead[-1].company if ahead else None
        else:  # "our licensee, X," / "our licensee X"
            after = re.match(r",?\s+", doc.text[end : sentence.end])
            if after:
                found = parties_in(doc, end + after.end(), sentence.end, companies, drugs)
                if found and found[0][1] == end + after.end():
                    named = found[0][0]
        issuer = release_issuer(doc, companies)
        if named is None or issuer is None or top(named) is top(issuer):
            continue
        noun = match.group(1)
        if noun in ("licensee", "licensor"):
            other = "licensor" if noun == "licensee" else "licensee"
            deal = make_deal(
                "license", sentence, rule="deal.role_noun", roles=[(named, noun), (issuer, other)]
            )
            deal.kinds = ["license"]
        else:
            kind = "license" if "licens" in noun else "collaboration"
            deal = make_deal(kind, sentence, rule="deal.role_noun", roles=[(named, "partner")])
            deal.parties.insert(0, issuer)
            deal.roles[id(issuer)] = "partner"
            deal.kinds = [kind]
        deals.append(deal)
    return deals


def agreement_parties(doc, sentence, companies, drugs):
    """ "X has entered into an agreement with Y": the sentence and its two parties, or None."""
    if not AGREEMENT_WITH.search(sentence.text):
        return None
    parties = sentence_parties(doc, sentence, companies)
    if len(parties) == 1:
        partner = counterparty_after(doc, sentence, parties[0], companies, drugs)
        if partner is not None:
            if not any(partner is c for c in companies):
                companies.append(partner)
            parties.append(partner)
    return (sentence, parties) if len(parties) == 2 else None


def is_deal_sentence(
    sentence: Sentence, doc: Document | None = None, drugs=(), companies=()
) -> bool:
    """A sentence that may tell a deal: the body outside quotes and opinions, or an About
    section on the deal itself ("About the X-Y Collaboration") or on one of the release's
    products ("About DRUG ... was jointly developed with Y"). About sections on a company list
    its partners: no deals there."""
    if sentence.in_quote:
        return False
    if sentence.section == "about":
        if doc is None or not about_deal_or_product(doc, sentence, drugs, companies):
            return False
    elif sentence.section != "body":
        return False
    return (
        not SPEECH.search(sentence.text)
        or bool(REPORTED_DEED.search(sentence.text))
        or bool(REPORTED_TAIL.search(sentence.text))
    )


def about_deal_or_product(doc: Document, sentence: Sentence, drugs, companies=()) -> bool:
    """The About section holding the sentence is on a deal or a product: its heading names a
    deal, a drug, or one word that names no company ("About ZENTRAVO")."""
    lines = list(ABOUT_LINE.finditer(doc.text, 0, sentence.start))
    if not lines:
        return False
    heading = re.sub(r"[®™©]", "", lines[-1].group(1)).strip()
    if DEAL_HEADING.match(lines[-1].group(0)):
        return True
    key = fold(heading)
    if any(key == fold(name) for d in drugs for name in d.names()):
        return True
    named = find_mentions(doc.text, companies, lines[-1].start(1), lines[-1].end(1))
    return not named and len(heading.split()) == 1 and heading.isupper()


def find_deals(
    doc: Document, companies: list[FoundCompany], drugs: list[FoundDrug], published: str | None
) -> list[FoundDeal]:
    """Every agreement the release tells, announced or recapped, one FoundDeal each.

    Input: the analysed document, its companies (bare names found at a party's place are added
    to this list), its drugs and the release date ("YYYY-MM-DD" or None). Output: deals in order
    of first mention, with type, roles, drugs, territory, money terms and dates filled.
    Never: a deal from a quoted opinion, an About section or boilerplate; a deal with fewer than
    two parties; a term from another deal's sentences.
    """
    deals: list[FoundDeal] = []
    previous = None  # the last "agreement with X" sentence and its parties
    for sentence in doc.sentences:
        if not is_deal_sentence(sentence, doc, drugs, companies):
            continue
        by_verb = verb_deals(doc, sentence, companies, drugs)
        if by_verb:
            for deal in by_verb:
                register(companies, deal)
                add_deal(deals, deal)
            continue
        for deal in role_noun_deals(doc, sentence, companies, drugs):
            register(companies, deal)
            add_deal(deals, deal)
        kinds = kinds_in(sentence.text)
        if "acquisition" in kinds and buys_something(sentence):
            # the verb rules read every "acquire"/"acquisition of" and found no deal in it:
            # a facility, shares, a person's past deal
            kinds.remove("acquisition")
        if not kinds:
            previous = agreement_parties(doc, sentence, companies, drugs) or previous
            continue
        if set(kinds) == {"equity_investment"} and deals and equity_beside(doc, sentence, deals):
            continue
        if not ACTION.search(sentence.text) or HYPOTHETICAL.search(sentence.text):
            continue
        parties = sentence_parties(doc, sentence, companies, drugs)
        if len(parties) > 2:
            parties = [p for p in parties if not only_in_aside(doc, sentence, p, companies)]
        recap = RECAP_WITH.search(sentence.text)
        if (
            recap
            and not find_mentions(
                doc.text, companies, sentence.start, sentence.start + recap.start()
            )
            and len(
                listed_objects(doc, sentence, sentence.start + recap.end(), companies, drugs)[0]
            )
            > 1
        ):
            parties = []  # "the collaborations with A and B": A and B are not each other's partners
        if len(parties) == 1:
            partner = counterparty_after(doc, sentence, parties[0], companies, drugs)
            partner = partner or subject_party(doc, sentence, parties[0], companies, drugs)
            partner = partner or coordinate_party(doc, sentence, parties[0], companies, drugs)
            if partner is not None:
                if not any(partner is c for c in companies):
                    companies.append(partner)
                parties.append(partner)
        if len(parties) < 2 and UNDER_THE_AGREEMENT.match(sentence.text) and previous:
            # "X entered into an agreement with Y. Under the agreement, Y has obtained ..."
            parties = list(dict.fromkeys([*previous[1], *parties]))
            if len(parties) >= 2:
                add_to_deal(deals, kinds, parties, previous[0])
        if len(parties) == 1 and IMPLICIT_SUBJECT.match(sentence.text):
            issuer = release_issuer(doc, companies)
            if issuer is not None and top(issuer) is not top(parties[0]):
                parties.insert(0, issuer)
        if len(parties) < 2 and BOTH_PARTIES.search(sentence.text) and deals:
            parties = list(deals[-1].parties)
        if len(parties) < 2:
            for deal in recapped_with(doc, sentence, companies, drugs):
                register(companies, deal)
                add_deal(deals, deal)
            continue
        if set(kinds) == {"equity_investment"}:
            parties = investment_parties(doc, sentence, parties)
            if len(parties) > 2:
                continue  # several investors: a financing round (an event), not a deal
        if "joint_venture" in kinds:
            parties = [p for p in parties if not is_venture_name(doc, sentence, p)]
            if len(parties) < 2:
                continue
        add_to_deal(deals, kinds, parties, sentence)
    mark_spans(deals)
    for deal in deals:
        settle(doc, deal, drugs, published)
    attach_terms(doc, deals, companies)
    for deal in deals:
        if deal.type == "equity_investment" and deal.announced_on is None:
            # "In addition, X will make an equity investment in Y": told with the main deal
            deal.announced_on = next(
                (
                    d.announced_on
                    for d in deals
                    if d is not deal and party_key(d.parties) == party_key(deal.parties)
                ),
                None,
            )
    return deals


def equity_beside(doc: Document, sentence: Sentence, deals: list[FoundDeal]) -> bool:
    """ "..., which includes a $10 million equity investment": a stake beside the last deal.

    The stake is its own equity_investment deal between the same parties; it takes no drug from
    the licence. The party this sentence names (the one receiving the money) is the investee.
    """
    moneys = moneys_in(doc, sentence)
    stake = next((m for m in moneys if EQUITY_INVESTMENT.match(doc.text, m.end + 1)), None)
    previous = deals[-1]
    if stake is None or len(previous.parties) != 2 or previous.type == "equity_investment":
        return False
    investee = stake_receiver(doc, sentence, previous.parties)
    if investee is None:
        return False
    investor = next(p for p in previous.parties if p is not investee)
    deal = make_deal(
        "equity_investment",
        sentence,
        rule="deal.equity_beside",
        roles=[(investor, "investor"), (investee, "investee")],
    )
    deal.kinds = ["equity_investment"]
    deal.terms = terms_json({"total_value": stake})
    deal.money_sentence = sentence
    deals.append(deal)
    return True


def mark_spans(deals: list[FoundDeal]) -> None:
    """Give each deal the offsets where later deals begin, and mark the release's main deal."""
    for deal in deals:
        first = min(s.start for s in deal.sentences)
        others = [d for d in deals if party_key(d.parties) != party_key(deal.parties)]
        deal.stops = sorted({start for d in others if (start := d.sentences[0].start) > first})
    main = next((d for d in deals if deal_family(d.kinds) == "main"), None)
    if main is not None:
        main.main = True


def stake_receiver(
    doc: Document, sentence: Sentence, parties: list[FoundCompany]
) -> FoundCompany | None:
    """Who takes the stake: "investment in Y", "Y will receive", else the other of "X will make"."""
    for party in parties:
        x = surface_pattern(party)
        if re.search(rf"\b(?:invest\w*|stake) in\s+{x}", sentence.text, re.IGNORECASE):
            return party
        if re.search(rf"{x}\W{{0,3}}(?:will |shall |is to )?receive", sentence.text, re.I):
            return party
    for party in parties:
        x = surface_pattern(party)
        if re.search(
            rf"{x}\W{{0,3}}(?:will |shall |is to )?(?:make|pay|invest)", sentence.text, re.I
        ):
            return next(p for p in parties if p is not party)
    return None


def is_venture_name(doc: Document, sentence: Sentence, company: FoundCompany) -> bool:
    """ "formed a joint venture, Sakura-Penrose Bio, ...": the venture is what the deal makes,
    not a party to it."""
    for mention in find_mentions(doc.text, [company], sentence.start, sentence.end):
        if VENTURE_NAMED.search(doc.text[sentence.start : mention.start]):
            return True
    return False


def investment_parties(doc: Document, sentence: Sentence, parties: list[FoundCompany]) -> list:
    """ "a strategic investment from X and funding from investors A, B": only X and the company
    invested in are parties (a round's investors make a financing event, not deals)."""
    match = re.search(r"\binvestment from\s+", sentence.text, re.IGNORECASE)
    if not match:
        return parties
    start = sentence.start + match.end()
    named = [m.company for m in find_mentions(doc.text, parties, start, sentence.end)]
    if not named or find_mentions(doc.text, parties, start, sentence.end)[0].start != start:
        return parties
    investor = named[0]
    before = [m.company for m in find_mentions(doc.text, parties, sentence.start, start)]
    return [*before[:1], investor] if before else parties


def deal_family(kinds: list[str]) -> str:
    """Agreements told apart between the same parties: a framework, an equity stake, the deal."""
    if "framework" in kinds:
        return "framework"
    if set(kinds) == {"equity_investment"}:
        return "equity"  # "In addition, X will make a $20M equity investment in Y"
    return "main"


def add_deal(deals: list[FoundDeal], deal: FoundDeal) -> None:
    """A verb rule's deal; a deal between the same parties told again keeps its first reading."""
    for other in deals:
        if party_key(other.parties) == party_key(deal.parties) and other.type == deal.type:
            if deal.sentences[0] not in other.sentences:
                other.sentences.append(deal.sentences[0])
            return
    deals.append(deal)


def add_to_deal(deals, kinds: list[str], parties: list[FoundCompany], sentence: Sentence) -> None:
    family = deal_family(kinds)
    key = party_key(parties)
    for deal in deals:
        if party_key(deal.parties) == key and deal_family(deal.kinds) == family:
            deal.kinds += [k for k in kinds if k not in deal.kinds]
            deal.sentences.append(sentence)
            return
        if party_key(deal.parties) == key and deal.rule != "deal.agreement" and family == "main":
            deal.sentences.append(sentence)  # the bought company named again with its buyer
            return
    deals.append(FoundDeal(list(kinds), list(parties), [sentence]))


# ---------------------------------------------------------------- type and roles


def settle(doc: Document, deal: FoundDeal, drugs: list[FoundDrug], published: str | None) -> None:
    if deal.rule in ("deal.agreement", "deal.recap_with"):
        deal.drugs = deal_drugs(doc, deal, drugs)
        if not deal.drugs:
            deal.unnamed_product = unnamed_product(deal)
        deal.type = deal_type(doc, deal)
        deal.roles = roles_for(doc, deal)
    if deal.rule == "deal.role_noun":
        deal.drugs = deal_drugs(doc, deal, drugs)  # type and roles come from the role noun
    context = role_sentences(doc, deal)
    if deal.type in ("license", "option"):
        deal.exclusive = exclusivity(context)
        deal.territory = territory(context, deal.sentences[0].start)
    elif deal.type in ("collaboration", "co_development"):
        deal.exclusive = exclusivity(deal.sentences)
        deal.territory = territory(deal.sentences)  # only where the collaboration is told
    if deal.type == "co_development":
        deal.territory = territory(deal.sentences)
    if deal.rule == "deal.royalty_purchase":
        sales = next((m for s in deal.sentences if (m := ROYALTY_SALES.search(s.text))), None)
        deal.territory = sales.group(1) if sales else None  # "a royalty on U.S. sales of X"
    deal.signed_on = signed_on(doc, deal, published)
    deal.announced_on = announced_on(doc, deal, published)


def deal_drugs(doc: Document, deal: FoundDeal, drugs: list[FoundDrug]) -> list[FoundDrug]:
    """Products named where the deal is told, or where a party's rights under it are told."""
    found = []
    told = deal.sentences + [
        s
        for s in role_sentences(doc, deal)
        if s.section == "body" and not s.in_quote and kinds_in(s.text)
    ]
    for sentence in told:
        for start, end in deal_clauses(doc, deal, sentence):
            for drug in drugs_between(drugs, start, end):
                if drug not in found and body_mention_count(drug, doc.body_end) > 0:
                    found.append(drug)
    return found


def deal_clauses(doc: Document, deal: FoundDeal, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of the sentence's clauses that tell the deal (name a party or a kind of agreement):
    "Signed a licence with Y and submitted an NDA for DRUG" keeps DRUG out of the licence."""
    spans = []
    start = sentence.start
    for cut in CLAUSE_CUT.finditer(sentence.text):
        spans.append((start, sentence.start + cut.start()))
        start = sentence.start + cut.end()
    spans.append((start, sentence.end))
    if len(spans) == 1:
        return spans
    kept = [
        (a, b)
        for a, b in spans
        if kinds_in(doc.text[a:b]) or find_mentions(doc.text, deal.parties, a, b)
    ]
    return kept or spans


def unnamed_product(deal: FoundDeal) -> str | None:
    for sentence in deal.sentences:
        match = UNNAMED_PRODUCT.search(sentence.text)
        if match:
            return match.group(1)
    return None


def deal_type(doc: Document, deal: FoundDeal) -> str:
    kinds = set(deal.kinds)
    if kinds == {"equity_investment"}:
        return "equity_investment"
    for kind in ("framework", "acquisition", "merger", "option", "co_development"):
        if kind in kinds:
            return kind
    if "joint_venture" in kinds:
        return "other"  # the contract has no joint-venture type; the partners are partners
    if "royalty" in kinds:
        return "other"  # a royalty bought: the contract has no royalty type
    title = doc.title or ""
    licensed = "license" in kinds or (
        LICENSE_WORD.search(title)
        and any(re.search(re.escape(fold(n)), fold(title)) for p in deal.parties for n in p.names)
    )
    has_product = bool(deal.drugs or deal.unnamed_product)
    if licensed and (has_product or "collaboration" not in kinds or licence_named_first(deal)):
        if any(OPTION_TERMS.search(s.text) for s in own_sentences(doc, deal)):
            return "option"  # "... inclusive of the upfront and potential exercise payment"
        return "license"
    if "collaboration" in kinds:
        return "collaboration"
    if "equity_investment" in kinds:
        return "equity_investment"
    return "license" if licensed else "other"


def licence_named_first(deal: FoundDeal) -> bool:
    """ "a licensing and collaboration agreement" is a licence; "a collaboration and license
    agreement" with no product named is a collaboration: the agreement's first word decides."""
    text = deal.sentences[0].text
    licence = LICENSE_WORD.search(text)
    collaboration = dict(KINDS)["collaboration"].search(text)
    return bool(licence and collaboration and licence.start() < collaboration.start())


def surface_pattern(company: FoundCompany) -> str:
    forms = sorted({re.escape(f) for f in company.surfaces()}, key=len, reverse=True)
    return r"(?:" + "|".join(forms) + r")" if forms else r"(?!x)x"


def role_sentences(doc: Document, deal: FoundDeal) -> list[Sentence]:
    """The deal's own sentences that name a party: where rights, payments and territory are told.

    A deal's own sentences run from the first sentence that tells it to the next sentence that
    tells another agreement (see own_sentences)."""
    patterns = [re.compile(surface_pattern(p), re.IGNORECASE) for p in deal.parties]
    own = own_sentences(doc, deal)
    return [s for s in own if any(p.search(s.text) for p in patterns)]


def own_sentences(doc: Document, deal: FoundDeal) -> list[Sentence]:
    """Body sentences from the deal's first telling up to where the next deal is told; the
    main deal also owns the headline and deck lines above it."""
    told = {id(s) for s in deal.sentences}
    first = min(s.start for s in deal.sentences)
    return [
        s
        for s in doc.sentences
        if s.is_body
        and (deal.main or s.start >= first or id(s) in told)
        and (id(s) in told or not any(stop <= s.start for stop in deal.stops))
    ]


def cue_score(company: FoundCompany, sentences: list[Sentence], cues: tuple[str, ...]) -> int:
    pattern = cue_regex(surface_pattern(company), cues)
    return sum(len(pattern.findall(s.text)) for s in sentences)


@lru_cache(maxsize=256)
def cue_regex(x: str, cues: tuple[str, ...]) -> re.Pattern:
    """All cues for one company in one pattern, compiled once per company form."""
    return re.compile("|".join(f"(?:{cue.format(X=x)})" for cue in cues), re.IGNORECASE)


def roles_for(doc: Document, deal: FoundDeal) -> dict:
    parties = deal.parties
    if deal.type == "merger" and any(EQUALS.search(s.text) for s in deal.sentences):
        return {id(p): "partner" for p in parties}
    if deal.type in ("acquisition", "merger"):
        target = acquisition_target(deal)
        return {id(p): "target" if p is target else "acquirer" for p in parties}
    if deal.type in ("license", "option"):
        return licence_roles(doc, deal)
    if "royalty" in deal.kinds and len(parties) == 2:
        sentences = role_sentences(doc, deal)
        scores = [
            cue_score(p, sentences, lex.ROYALTY_BUYER_CUES)
            - cue_score(p, sentences, lex.ROYALTY_SELLER_CUES)
            for p in parties
        ]
        buyer = parties[max(range(2), key=lambda i: (scores[i], -i))]
        return {id(p): "acquirer" if p is buyer else "partner" for p in parties}
    if deal.type == "equity_investment":
        investee = investment_target(deal) or subscribed_issuer(doc, deal)
        if investee is not None:
            return {id(p): "investee" if p is investee else "investor" for p in parties}
        return {id(p): "investor" if i == 0 else "investee" for i, p in enumerate(parties)}
    return {id(p): "partner" for p in parties}


def licence_roles(doc: Document, deal: FoundDeal) -> dict:
    """Licensor: who grants, licenses out, receives payments or retains rights; licensee: who
    obtains, is granted, in-licenses, pays or exercises an option. Several parties can share a
    side ("X and its affiliate Y (collectively, the Licensors) grant ... to Z")."""
    parties = deal.parties
    sentences = role_sentences(doc, deal)
    scores = [
        cue_score(p, sentences, lex.LICENSOR_CUES) - cue_score(p, sentences, lex.LICENSEE_CUES)
        for p in parties
    ]
    licensors = co_licensors(doc, deal)
    if licensors:
        return {id(p): "licensor" if p in licensors else "licensee" for p in parties}
    licensor = parties[max(range(len(parties)), key=lambda i: (scores[i], -i))]
    return {id(p): "licensor" if p is licensor else "licensee" for p in parties}


def co_licensors(doc: Document, deal: FoundDeal) -> list[FoundCompany]:
    """Parties named together before "(collectively, the "Licensors")" share the licensor role."""
    for sentence in deal.sentences:
        defined = re.search(r"collectively,?\s+(?:the\s+)?[\"“]Licensors[\"”]", sentence.text)
        if not defined:
            continue
        end = sentence.start + defined.start()
        named = [m.company for m in find_mentions(doc.text, deal.parties, sentence.start, end)]
        named = list(dict.fromkeys(named))
        if 1 < len(named) < len(deal.parties):
            return named
    return []


def investment_target(deal: FoundDeal) -> FoundCompany | None:
    for sentence in deal.sentences:
        for party in deal.parties:
            x = surface_pattern(party)
            if re.search(rf"\b(?:invest\w*|stake) in\s+{x}", sentence.text, re.IGNORECASE):
                return party
            if re.search(rf"\binvestment from\s+{x}", sentence.text, re.IGNORECASE):
                return next((p for p in deal.parties if p is not party), None)
            if SUBSCRIBER.search(sentence.text) and re.search(
                rf"{x}\W{{0,3}}(?:\([^)]*\)\W{{0,3}})?{SUBSCRIBER.pattern}", sentence.text, re.I
            ):
                return next((p for p in deal.parties if p is not party), None)  # X subscribes
    return None


def subscribed_issuer(doc: Document, deal: FoundDeal) -> FoundCompany | None:
    """In a share subscription, the party defined as 'the "Company"' issues the shares: it is
    the investee, whichever party the text names first."""
    if not any(SUBSCRIBER.search(s.text) for s in deal.sentences):
        return None
    for party in deal.parties:
        defined = rf"{surface_pattern(party)}\s*(?:\([^)]*\)\s*)?\(\s*the\s+[\"“]Company[\"”]"
        if re.search(defined, doc.text):
            return party
    return None


# "X agreed to subscribe for new shares": the subscriber is the investor
SUBSCRIBER = re.compile(
    r"(?:has |have |had )?(?:(?:conditionally )?agreed to |will |shall |is to )?subscribe\b",
    re.IGNORECASE,
)


def acquisition_target(deal: FoundDeal) -> FoundCompany | None:
    for sentence in deal.sentences:
        for party in deal.parties:
            x = surface_pattern(party)
            pattern = (
                rf"(?:acquire|acquisition of|acquiring|takeover of|buy)\s+(?:\w+\s+){{0,4}}?{x}"
                rf"|{x}[^.]{{0,60}}\bto be acquired\b"
            )
            if re.search(pattern, sentence.text, re.IGNORECASE):
                return party
    return deal.parties[-1]


# ---------------------------------------------------------------- other fields


def exclusivity(sentences: list[Sentence]) -> bool | None:
    text = " ".join(s.text for s in sentences)
    if re.search(r"non-exclusive", text, re.IGNORECASE):
        return False
    if re.search(r"\bexclusive(?!\s+(?:financial|legal)\s+advis)", text, re.IGNORECASE):
        return True
    return None


def territory(sentences: list[Sentence], told_from: int = 0) -> str | None:
    """Where the licensee's rights run; sentences that grant rights speak first.

    "Y retains all rights outside Greater China" gives "Greater China" (the licensor keeps the
    rest); "outside of the PRC ("PRC")" gives "outside the PRC"; "outside X" otherwise gives
    "worldwide outside X", and of several such phrases the most detailed is kept ("outside
    China" in the headline, "excluding mainland China, Hong Kong and Macau" in the body).
    """
    ranked = sorted(
        sentences,
        key=lambda s: (
            not re.search(r"\brights?\b", s.text),
            not LICENSE_WORD.search(s.text),
            s.start < told_from,  # a deck line above the story shortens what the story says
        ),
    )
    for sentence in ranked:
        found = sentence_territory(sentence)
        if found is None:
            continue
        value, complement = found
        if not complement:
            return value
        others = [f[0] for s in ranked if (f := sentence_territory(s)) and f[1]]
        return max([value, *others], key=lambda v: len(v.split()))
    return None


def sentence_territory(sentence: Sentence) -> tuple[str, bool] | None:
    """The territory one sentence names and whether it is told as a complement ("outside X")."""
    text = sentence.text
    retained = RETAINED_OUTSIDE.search(text)
    if retained:
        return place_phrase(text, retained.start(1), retained.group(1)), False
    kept = RETAINED_IN.search(text)
    if kept:
        return "worldwide outside " + re.sub(r"^the\s+", "", kept.group(1)), True
    outside = OUTSIDE.search(text)
    if outside:
        place = place_phrase(text, outside.start(1), outside.group(1))
        if place.startswith("the ") and DEFINED_SHORT.match(
            text, outside.start(1) + len(outside.group(1).split(" (")[0])
        ):
            return "outside " + place, True  # 'outside of the PRC ("PRC")' -> "outside the PRC"
        return "worldwide outside " + re.sub(r"^the\s+", "", place), True
    ex_place = EX_TERRITORY.search(text)
    if ex_place:
        return "worldwide outside " + re.sub(r"^the\s+", "", ex_place.group(1)), True
    if GLOBAL_LICENCE.search(text):
        return "global", False  # "under their global licensing agreement"
    if WORLDWIDE.search(text):
        return "worldwide", False
    listed = TERRITORY_LIST.search(text) or TERRITORY_THE_LIST.search(text)
    if listed:
        return listed.group(1), False
    return None


def place_phrase(text: str, start: int, phrase: str) -> str:
    """A place as the text names it; a place with a defined short name ("PRC") takes that."""
    phrase = re.sub(r"\s+region\b", "", phrase)
    defined = DEFINED_SHORT.match(text, start + len(phrase.split(" (")[0]))
    if defined and "(" in phrase:
        return "the " + defined.group(1)
    return phrase.strip()


RESULTS_RELEASE = re.compile(
    r"\b(?:results|reports?|quarter|half[- ]year|annual report|business update|interim)\b",
    re.IGNORECASE,
)
CLOSING = re.compile(lex.CLOSING, re.IGNORECASE)
TERMINATED = re.compile(lex.TERMINATED, re.IGNORECASE)
TODAY = re.compile(r"\btoday\b", re.IGNORECASE)


def announced_on(doc: Document, deal: FoundDeal, published: str | None) -> str | None:
    """The release date when the release announces the deal; None for a recap, a closing, or a
    deal told in a results release without "today"."""
    if not published or is_recap(deal.signed_on, published):
        return None
    told = [s for s in deal.sentences if ANNOUNCED.search(s.text)]
    if not told:
        return published if in_headlines(doc, deal, published) else None
    if all(RECAP_ONLY.search(s.text) or TERMINATED.search(s.text) for s in told):
        return None  # a closing or a termination: the deal itself was announced before
    recap = RESULTS_RELEASE.search(doc.title or "") and not any(TODAY.search(s.text) for s in told)
    if recap and not in_headlines(doc, deal, published):
        return None  # recapped in a results release
    if CLOSING.search(doc.title or "") or all(CLOSING.search(s.text) for s in told):
        return None  # the agreement was announced when it was signed
    return published


def in_headlines(doc: Document, deal: FoundDeal, published: str) -> bool:
    """The deal is one of the release's headlines: a line above the dateline names its parties
    and a kind of agreement ("-X and Y establish a partnership to co-develop Z-")."""
    patterns = [re.compile(surface_pattern(p), re.IGNORECASE) for p in deal.parties]
    for sentence in doc.sentences:
        if sentence.section not in ("title", "body"):
            break
        if any(d.value == published for d in find_dates(sentence.text, None, sentence.start)):
            break  # the dateline: headlines end here
        if kinds_in(sentence.text) and all(p.search(sentence.text) for p in patterns):
            return True
    return False


def is_recap(signed: str | None, published: str | None) -> bool:
    """Signed in an earlier year or month than the release: the deal is recapped, not announced."""
    if not signed or not published:
        return False
    if signed[:4] < published[:4]:
        return True
    return len(signed) < 10 and signed < published[: len(signed)]


# The dateline that opens a sentence ("PARIS, March 3, 2024 -- X and Y signed ...") is the
# release date, not a signing date.
DATELINE_CHARS = 40
# "signed with Y, a Swiss company, in August 2022": a recap's date follows its verb in the same
# clause; a clause break or another clause's verb between them means the date is of something else
SIGNED_DATE_GAP_WORDS = 20
OTHER_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|which|who|where)\b|\b(?:and|but) (?:it|they|we)\b"
)


def signed_on(doc: Document, deal: FoundDeal, published: str | None) -> str | None:
    for sentence in deal.sentences:
        if not SIGNING_WORD.search(sentence.text):
            continue
        for mention in find_dates(sentence.text, None, sentence.start):
            if mention.start < sentence.start + DATELINE_CHARS and mention.value == published:
                continue
            if len(mention.value) == 10 and mention.value != published:
                return mention.value
            if len(mention.value) == 10 and not dateline_of(sentence, mention.start):
                return mention.value
    return signed_in_past(deal, published)


def dateline_of(sentence: Sentence, position: int) -> bool:
    """The date is followed by the dateline dash or comma that opens the story."""
    after = sentence.text[position - sentence.start :]
    return bool(re.match(r"[^,;]{4,20}?\d{4}\s*(?:--|–|—|,|-|/)", after))


YEAR_OF_PURCHASE = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:acquisition|purchase|takeover|buyout|merger)\s+(?:of|with)\b"
)


def signed_in_past(deal: FoundDeal, published: str | None) -> str | None:
    """ "an agreement signed in August 2022", "entered into with X in 2022": a recap's period;
    "through its 2021 acquisition of Y": the year the purchase was made."""
    for sentence in deal.sentences:
        dated = YEAR_OF_PURCHASE.search(sentence.text)
        if (
            dated
            and deal.type in ("acquisition", "merger")
            and (published is None or is_recap(dated.group(1), published))
        ):
            return dated.group(1)
        for verb in SIGNED_VERB.finditer(sentence.text):
            for mention in find_dates(sentence.text, None, sentence.start):
                gap = sentence.text[verb.end() : mention.start - sentence.start]
                if mention.start - sentence.start < verb.end():
                    continue
                if len(gap.split()) > SIGNED_DATE_GAP_WORDS or OTHER_CLAUSE.search(gap):
                    continue
                if not re.search(r"\b(?:in|on)\s+$", gap):
                    continue
                if published is None or is_recap(mention.value, published):
                    return mention.value
        # "In 2023, X entered into ..." : the year opens the sentence
        opening = re.match(r"\s*In ((?:\w+ )?\d{4}),", sentence.text)
        if opening and SIGNED_VERB.search(sentence.text):
            for mention in find_dates(sentence.text[: opening.end()], None, sentence.start):
                if published is None or is_recap(mention.value, published):
                    return mention.value
    return None


# ---------------------------------------------------------------- money terms


def names_outsider(doc: Document, sentence: Sentence, deal: FoundDeal, companies) -> bool:
    """The sentence names a company that is no party to the deal (nor a parent or subsidiary
    of one): its amounts belong to that company's business, not to this deal."""
    keys = {id(top(p)) for p in deal.parties}
    return any(
        id(top(m.company)) not in keys
        for m in find_mentions(doc.text, companies, sentence.start, sentence.end)
    )


def moneys_in(doc: Document, sentence: Sentence) -> list[Money]:
    """Amounts in a sentence, a bare "$" read in the release's own dollar."""
    return find_money(sentence.text, sentence.start, dollar_of(doc.text))


@lru_cache(maxsize=2)  # read once per release; only the last two texts are kept alive
def dollar_of(text: str) -> str:
    return dollar_currency(text)


def attach_terms(doc: Document, deals: list[FoundDeal], companies=()) -> None:
    """Each deal's money terms from its own sentences (never another deal's).

    Amounts listed "respectively" after a list of targets go one to each target; a stake's
    price is its total value.
    """
    claimed = {
        id(s)
        for d in deals
        if d.terms is not None and d.rule != "deal.equity_beside"
        for s in d.sentences
    }
    for deal in deals:
        if deal.terms is not None or deal.type == "framework":
            continue
        if deal.respectively is not None:
            respective_terms(doc, deal)
            continue
        if deal.type == "equity_investment" and deal_family(deal.kinds) == "equity":
            equity_terms(doc, deal)
            continue
        sentences = [
            s
            for s in own_sentences(doc, deal)
            if TERM_WORDS.search(s.text)
            and id(s) not in claimed
            and (s in deal.sentences or not names_outsider(doc, s, deal, companies))
        ]
        read_terms(doc, deal, sentences)


def respective_terms(doc: Document, deal: FoundDeal) -> None:
    """ "A and B ... at $9.9 million and $8.1 million, respectively": the i-th amount is the i-th
    target's total value."""
    sentence = deal.sentences[0]
    if not re.search(r"\brespectively\b", sentence.text):
        return
    moneys = moneys_in(doc, sentence)
    if deal.respectively < len(moneys):
        deal.terms = terms_json({"total_value": moneys[deal.respectively]})
        deal.money_sentence = sentence


def read_terms(doc: Document, deal: FoundDeal, sentences: list[Sentence]) -> None:
    if not sentences:
        return
    terms: dict = {"upfront": None, "milestones": None, "total_value": None}
    for sentence in sentences:
        moneys = moneys_in(doc, sentence)
        milestones = []
        for i, money in enumerate(moneys):
            term = classify(doc.text, sentence, moneys, i, deal.type)
            if term == "milestones":
                milestones.append((i, money))
            elif term and terms[term] is None:
                terms[term] = money
                deal.money_sentence = deal.money_sentence or sentence
        if milestones and terms["milestones"] is None:
            terms["milestones"] = milestone_sum(doc.text, sentence, milestones)
            deal.money_sentence = deal.money_sentence or sentence
    if deal.rule == "deal.royalty_purchase" and terms["total_value"] is None:
        terms["total_value"] = terms["upfront"]  # the price paid for the royalty is the deal
    deal.terms = terms_json(terms)
    deal.terms["royalties_disclosed"] = any(ROYALTY_TERM.search(s.text) for s in sentences)
    if deal.type in ("acquisition", "merger") and deal.terms["upfront"] is None:
        deal.terms["upfront_disclosed"] = False


ROYALTY_TERM = re.compile(r"\broyalt(?:y|ies)\b")  # lower case: "X Royalty Corp." is a name
INCLUDED_IN = re.compile(
    r"\b(?:including|includes|of which|consisting of|comprising|comprised of)\b(?:[^,;]|,\d)*$"
)


def milestone_sum(text: str, sentence: Sentence, milestones: list[tuple[int, Money]]) -> Money:
    """Development, regulatory and sales milestones told side by side are summed; an amount
    that only breaks down another ("including $X in ...") is not added again."""
    kept = [
        money
        for _i, money in milestones
        if not INCLUDED_IN.search(text[sentence.start : money.start]) or money is milestones[0][1]
    ]
    return milestone_total(kept)


def terms_json(terms: dict) -> dict:
    upfront, milestones, total = (terms.get(k) for k in ("upfront", "milestones", "total_value"))
    return {
        "upfront": as_json(upfront),
        "upfront_disclosed": upfront is not None,
        "milestones": as_json(milestones),
        "milestones_disclosed": milestones is not None,
        "royalties_disclosed": False,
        "total_value": as_json(total),
    }


def equity_terms(doc: Document, deal: FoundDeal) -> None:
    """An equity stake's price is its total value."""
    for sentence in deal.sentences:
        moneys = [m for m in moneys_in(doc, sentence) if not PER_SHARE.match(doc.text, m.end)]
        if moneys:
            deal.terms = terms_json({"total_value": moneys[0]})
            deal.money_sentence = sentence
            return


# "at HK$4.00 each", "$12.50 per share": a share's price, not what the stake is worth
PER_SHARE = re.compile(r"\s*(?:each|per (?:\w+ )?share)\b", re.IGNORECASE)


def as_json(money: Money | None) -> dict | None:
    return money.as_json() if money else None


UPFRONT = (
    r"up-?front|initial payment|first payment|signing fee|option (?:exercise )?(?:payments?|fees?)"
)
# How far before an amount its naming words may stand ("an upfront cash payment of"), and how
# far after ("... in upfront and near-term payments"), within the amount's own clause.
WORDS_BEFORE_CHARS = 70
WORDS_AFTER_CHARS = 90
MILESTONE_REACH_CHARS = 200
WORTH = re.compile(
    r"\b(?:deal|agreement|transaction|pact|partnership|collaboration|licen[cs]e)s?\s+"
    r"(?:potentially\s+|that could be\s+|that is\s+)?worth\s+(?:up to |approximately |about "
    r"|around |as much as |more than |over |nearly )?$",
    re.IGNORECASE,
)


def classify(text: str, sentence: Sentence, moneys: list[Money], i: int, type_: str) -> str | None:
    """Which term an amount is: "upfront", "milestones", "total_value" or None (not a term)."""
    money = moneys[i]
    clause_start = moneys[i - 1].end if i else sentence.start
    before = text[max(clause_start, money.start - WORDS_BEFORE_CHARS) : money.start]
    after_end = moneys[i + 1].start if i + 1 < len(moneys) else sentence.end
    after = text[money.end : min(after_end, money.end + WORDS_AFTER_CHARS)]
    if re.search(
        r"\b(?:sales|market|revenue|revenues|assets|increase to|valuation|cash|proceeds)\b"
        r"[^,;]{0,25}$",
        before,
        re.IGNORECASE,
    ) and not re.search(rf"(?:{UPFRONT})", before, re.IGNORECASE):
        return None
    if re.search(r"\b(?:cumulative|paid|received|raised)\b", before, re.IGNORECASE):
        return None  # money already paid under the deal is no term of it
    if (
        type_ in ("acquisition", "merger", "other")
        and re.search(r"\bpay(?:s|ing)?\s+(?:[\w’']+\s+){0,3}$", before, re.IGNORECASE)
        and re.match(r"\s*(?:in cash\s+)?for\b", after, re.IGNORECASE)
    ):
        return "total_value"  # "Y will pay X $200 million for its royalty": the price
    if re.match(rf"\s*(?:in\s+)?(?:cash\s+)?(?:{UPFRONT})", after, re.I) and not re.search(
        "milestone", after, re.I
    ):
        return "upfront"  # "a total of $52 million in upfront payments" is all upfront
    if WORTH.search(before) or re.match(r"\s*in (?:total|aggregate)\b", after, re.IGNORECASE):
        return "total_value"  # "a deal worth up to $1 billion", "will pay RMB 150 million in total"
    if re.search(r"\b(?:total|aggregate|in total)\b", before, re.IGNORECASE) or re.search(
        r"\b(?:values|valued|valuing)\b(?: \S+){0,4}? at (?:up to |approximately |about "
        r"|around )?$",
        before,
        re.IGNORECASE,
    ):
        return "total_value"
    if re.search(UPFRONT, after, re.IGNORECASE) and re.search("milestone", after, re.IGNORECASE):
        return "total_value"
    breakdown = text[money.end : min(sentence.end, money.end + WORDS_AFTER_CHARS)]
    if BREAKDOWN.match(breakdown) and re.search(rf"{UPFRONT}|milestone", breakdown, re.I):
        return "total_value"  # "up to $975 million, inclusive of $60 million upfront and ..."
    if re.search(UPFRONT, before, re.IGNORECASE) and re.search("milestone", before, re.IGNORECASE):
        return "total_value"
    if re.search(
        rf"(?:{UPFRONT})(?: (?:cash|option|licen[cs]e|licensing))?(?: payment| fee)?\s*"
        r"(?:of|amounting to|totaling|totalling)?\s*$",
        before,
        re.IGNORECASE,
    ):
        return "upfront"
    if re.search("milestone", after + milestone_tail(text, after_end, money), re.I) or re.search(
        r"milestones?(?: payments?)?\s*(?:of|totaling|totalling)?\s*(?:up to\s*)?$",
        before,
        re.IGNORECASE,
    ):
        return "milestones"
    if re.search(r"\breceives?\s+(?:an?\s+)?$|\bwill receive\s+$", before, re.I) and not re.search(
        r"\b(?:eligible|potential|up to|additional|future)\b", before + after.split(",")[0], re.I
    ):
        return "upfront"  # "Upon closing, X receives $825 million"
    if type_ in ("acquisition", "merger", "other") and re.search(
        r"\b(?:for|or)\s+(?:about|approximately|around|up to)?\s*$", before, re.IGNORECASE
    ):
        return "total_value"  # "to acquire X for $1.5 billion"
    return None


def milestone_tail(text: str, after_end: int, money: Money) -> str:
    """ "up to EUR 350M in additional payments upon ... regulatory milestones": a longer reach."""
    if not re.match(r"\s*in (?:[\w\-]+ ){0,2}payments", text[money.end :]):
        return ""
    reach = text[money.end : min(after_end, money.end + MILESTONE_REACH_CHARS)]
    return re.split(r";|,\s+(?:as well as|plus|and (?:is|will|a|an|the))\b", reach, maxsplit=1)[0]


# ---------------------------------------------------------------- JSON


def deal_quote(doc: Document, deal: FoundDeal) -> str:
    """The sentence that tells the deal, reaching to its money sentence when that is near, so a
    curator sees the amounts in the highlight."""
    first = deal.sentences[0]
    money = deal.money_sentence
    if money is None or money is first or money.section != first.section:
        return first.text
    order = [s for s in doc.sentences if s.is_body]
    if first not in order or money not in order:
        return first.text
    a, b = order.index(first), order.index(money)
    if abs(a - b) > QUOTE_REACH_SENTENCES:
        return first.text
    start, end = min(first.start, money.start), max(first.end, money.end)
    return doc.text[start:end]


ALL_INDICATIONS = re.compile(r"\ball indications\b", re.IGNORECASE)


def deal_indications(deal: FoundDeal, doc: Document | None = None) -> list[str]:
    """Diseases the deal's own telling sentences name ("for the treatment of X"), in order;
    "all indications" when the rights cover every one. None for a company bought whole or a
    stake: what a company works on is not the deal's indication."""
    if deal.type in ("equity_investment", "merger") or (
        deal.type == "acquisition" and not deal.drugs
    ):
        return []
    found: list[str] = []
    told = list(deal.sentences)
    if doc is not None:
        told += [s for s in role_sentences(doc, deal) if s not in told and kinds_in(s.text)]
    for sentence in told:
        if ALL_INDICATIONS.search(sentence.text):
            found.append("all indications")
        found += indications_in(sentence.text, told_at(deal, sentence))
    return list(dict.fromkeys(found))


def told_at(deal: FoundDeal, sentence: Sentence) -> int:
    """Where the deal itself starts in its sentence (its first product, else the word naming
    the agreement): what comes before describes the parties ("X, a developer of treatments
    for Y, ...")."""
    starts = [m.start - sentence.start for d in deal.drugs for m in d.mentions]
    starts = [s for s in starts if 0 <= s < len(sentence.text)]
    if starts:
        return min(starts)
    kinds = [m.start() for _kind, pattern in KINDS if (m := pattern.search(sentence.text))]
    return min(kinds) if kinds else 0


def deal_json(deal: FoundDeal, published: str | None, doc: Document | None = None) -> dict:
    """The contract's deal object, with the rule that read it and that rule's confidence."""
    drug_names = [d.name for d in deal.drugs] or (
        [deal.unnamed_product] if deal.unnamed_product else []
    )
    return {
        "type": deal.type,
        "parties": [{"company": p.name, "role": deal.roles[id(p)]} for p in deal.parties],
        "drugs": drug_names,
        "exclusive": deal.exclusive,
        "territory": deal.territory,
        "indications": deal_indications(deal, doc),
        "announced_on": deal.announced_on,
        "signed_on": deal.signed_on,
        "terms": deal.terms,
        "quote": deal_quote(doc, deal) if doc is not None else deal.sentences[0].text,
        "rule": deal.rule,
        "confidence": deal.confidence,
    }
