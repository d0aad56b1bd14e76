"""Parties: companies at a role's place (bare names the company finder missed included),
the subject and the objects of a verb."""

import re

from ..companies import (
    FoundCompany,
    core_name,
    find_mentions,
    is_nominal_opening,
    is_plausible_name,
    names_a_titled_person,
)
from ..drugs import AMINO_ACID_CHANGE, FoundDrug
from ..lexicons import deals as lex
from ..lexicons.companies import LEGAL_SUFFIX, PLACES, POST_WORDS
from ..lexicons.companies import ORG_APPOSITIVE as ORG_APPOSITIVE_PATTERN
from ..text import Document, Sentence, fold
from .cues import (
    ACTION,
    AGENCY_NAMES,
    AGENCY_TEXT,
    APPOSITIVE_GAP,
    BRAND_WITH_INN,
    COUNTERPARTY,
    DEMONYM_WORD,
    DESCRIBED_GAP,
    DESCRIPTOR_TAIL,
    LIST_SEPARATOR,
    MAX_NAME_WORDS,
    NAME_RUN,
    OBJECT_END,
    PERSON_SUBJECT,
    PLACE_IN_LIST,
    PLACE_KEYS,
    PLACE_OWNER,
    POSSESSIVE,
    REPORTED_NAMED,
    REPORTING_VERB,
    SUBJECT_GAP,
    mask_parentheses,
)
from .model import top


def sentence_parties(
    doc: Document, sentence: Sentence, companies: list[FoundCompany], drugs=()
) -> list[FoundCompany]:
    """Companies the sentence names, in order; "Fiji Islands company Makans" names Makans (the
    words before "company" describe it), and a parent named only to place its subsidiary is
    left out."""
    mentioned = []
    reported = REPORTED_NAMED.search(sentence.text)
    reporters: list[FoundCompany] = []
    for mention in find_mentions(doc.text, companies, sentence.start, sentence.end):
        company = mention.company
        if reported and mention.end <= sentence.start + reported.start():
            reporters.append(company)
            continue
        written = fold(doc.text[mention.start : mention.end])
        if written in PLACE_KEYS or written in PLACES:
            continue  # "sell in Fiji": a place, whatever company name it begins
        if PAYER_OF_SALES.match(doc.text, mention.end, sentence.end):
            continue  # "royalties on Norvale's net sales": the payer of sales, not a party
        described = DESCRIPTOR_TAIL.match(doc.text, mention.end, sentence.end)
        described = described or NAMED_PARENT_OF_UNIT.match(doc.text, mention.end, sentence.end)
        if described:
            named = parties_in(doc, described.end(), sentence.end, companies, list(drugs))
            if not named or named[0][1] != described.end():
                continue
            company = named[0][0]
            if not any(company is c for c in companies):
                companies.append(company)
            if UNIT_DESCRIPTOR.fullmatch(described.group()) and company.parent is None:
                company.parent = mention.company  # "Harrow subsidiary Quent": Harrow owns Quent
        if company not in mentioned:
            mentioned.append(company)
    if len(mentioned) < 2:
        # "X said Y has licensed DRUG from Z" names a deal of Y and Z that X reports; in "X said
        # Y will pay it $5 million" X is a party
        mentioned = [c for c in reporters if c not in mentioned] + mentioned
    # A parent named only to place its subsidiary ("JMT-Bio, a subsidiary of CSPC") is no party;
    # one that signs beside it ("the Company and its wholly-owned subsidiary, Y, entered ...")
    # is.
    parents = [c for c in mentioned if any(other.parent is c for other in mentioned)]
    if not parents:
        return mentioned
    signs_beside = [
        m.company
        for m in find_mentions(doc.text, parents, sentence.start, sentence.end)
        if WITH_ITS_UNIT.match(doc.text, m.end, sentence.end)
    ]
    return [
        c
        for c in mentioned
        if any(c is s for s in signs_beside) or not any(c is p for p in parents)
    ]


# "X and its wholly-owned subsidiary, Y,": a parent and its unit on one side of a deal
WITH_ITS_UNIT = re.compile(
    r"\s*(?:\([^)]*\)\s*)?,?\s+and\s+its\s+(?:[\w\-]+\s+){0,2}?(?:subsidiary|affiliate|unit)\b"
)


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
    # "the", "Announced"; "Japan's Teikoku Pharma": where the company is from; "Norvale's
    # Halden unit": the owner of the unit named after it
    while words and (
        fold(words[0]) in lex.NOT_NAME_WORDS
        or place_possessive(words[0])
        or (len(words) > 1 and OWNER_POSSESSIVE.fullmatch(words[0]))
    ):
        if HONORIFIC.fullmatch(words[0]):
            break
        start = doc.text.index(words[1], start) if len(words) > 1 else end
        words = words[1:]
    titled = HONORIFIC_BEFORE.search(doc.text, max(0, start - HONORIFIC_CHARS), start)
    if titled or (words and HONORIFIC.fullmatch(words[0])):
        brand = TITLED_BRAND.match(doc.text, titled.start() if titled else start)
        if not brand:
            return None  # "Dr. Jonathan Crane": a person
        words = brand.group().split()  # "Dr. Reddy's" is a company, its "'s" its own
    name = " ".join(words)
    if name.endswith(".") and not SUFFIX_DOT.search(name):
        name = name[:-1]  # "... from Halden Bio.": the full stop ends the sentence, not "Inc."
        words[-1] = words[-1][:-1]
    if not words or len(words) > MAX_NAME_WORDS or not party_name(name):
        return None
    if DEGREE_AFTER.match(doc.text, end):
        return None  # "its collaborator, Jan Roe, Ph.D., of the Kiel Institute": a person
    if len(words) == 1 and HEAD_NOUN_OF.match(doc.text, end):
        return None  # "Completion of the acquisition ...": a noun heading its phrase
    if len(words) == 1 and name.endswith("ing") and LOWER_WORD_AFTER.match(doc.text, end):
        return None  # "Updating on its acquisition of Y, X says": a participle, not a name
    if any(fold(w) in lex.DEFINED_TERM_WORDS for w in words):
        return None
    if fold(name) in PLACES or fold(name) in PLACE_KEYS or fold(name) in AGENCY_NAMES:
        return None
    if is_drug_name(name, drugs) or re.match(r"\s*\$", doc.text[end : end + 2]):
        return None  # "AU$1.80" is a currency
    if any(w.endswith(("-based", "-headquartered")) for w in words):
        return None
    if DEMONYM_WORD.match(words[0]):
        return None  # "Japanese drugmaker X", "British AI start-up X": where it is from
    if (
        len(words) == 1
        and name.isupper()
        and len(name) > 2
        and not ORG_APPOSITIVE.match(doc.text, end)
        and not any(is_initials(name, c) for c in companies)  # "J&J": a known company's
    ):
        return None  # "TRELAVO (dexafenil)": a lone upper-case word is a brand or a code
    company = party_named(companies, name, start)
    if not any(company is c for c in companies) and names_a_titled_person(doc.text, name):
        return None  # "collaborators, Gaël Roué, Ph.D., from ...": a person
    if all(fold(w) in POST_WORDS for w in words):
        return None  # "Mara Lind, Chief Executive Officer, paid ...": her post, no company
    if not any(company is c for c in companies) and is_nominal_opening(doc.text, start, name):
        return None  # "Completion of the acquisition ...": a noun phrase
    if not any(company is c for c in companies) and title_case_line(doc.text, start):
        return None  # "to Leverage Deep Experience": a deck line capitalises every word
    return company


# Words of a line long enough to tell title case from prose ("of", "and", "in" are not)
TITLE_WORD = re.compile(r"[A-Za-z][\w’'\-]{3,}")
# A line is in title case when nearly all its longer words are capitalised
TITLE_CASE_SHARE = 0.9
TITLE_CASE_MIN_WORDS = 4


def title_case_line(text: str, position: int) -> bool:
    """The line holding `position` capitalises (nearly) every word, as a headline or deck line
    does: a capitalised run there is no evidence of a name."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = TITLE_WORD.findall(text, start, end if end >= 0 else len(text))
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= TITLE_CASE_MIN_WORDS and capitalised >= TITLE_CASE_SHARE * len(words)


ORG_APPOSITIVE = re.compile(ORG_APPOSITIVE_PATTERN)
# An academic or medical degree written after a name makes it a person's
DEGREE_AFTER = re.compile(lex.DEGREE_AFTER)
# A capitalised word followed by "of the"/"of its" heads a noun phrase ("Completion of the
# merger", "Closing of its offer"); a one-word company is not followed by an article's phrase
# A lower-case word right after a name: "Updating on", "Following its"
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
HEAD_NOUN_OF = re.compile(r"\s+of\s+(?:the|its|their|this|that|our|a|an)\s", re.IGNORECASE)
HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?")
HONORIFIC_CHARS = 6  # "Dame. " at most
# "Dr. Reddy's": a title and one possessive word make a company's name, not a person
TITLED_BRAND = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][a-z]+[’']s\b")


OWNER_POSSESSIVE = re.compile(r"[A-Z][\w\-&.]*[’']s")


def place_possessive(word: str) -> bool:
    """ "Japan's", "UK’s": a place in the possessive, which says where a company is from."""
    stem = re.fullmatch(r"(.+?)[’']s", word)
    return bool(stem) and (
        fold(stem.group(1)) in PLACE_KEYS
        or fold(stem.group(1)) in PLACES
        or stem.group(1) in lex.DEMONYMS
    )


HONORIFIC_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+$")
# "Dr. Reddy's Laboratories (NYSE: RDY) subsidiary Aurigene": a parent named beyond its known
# short form, with its ticker, before the unit it places (only a unit noun: "X (NASDAQ: X)
# company Y" is no wording of a release)
NAMED_PARENT_OF_UNIT = re.compile(
    r"(?:\s+[A-Z][\w.’'\-]*){0,2}(?:\s*\([^)]*\))?\s+(?:subsidiary|unit|affiliate)\s+(?=[A-Z])"
)
PAYER_OF_SALES = re.compile(r"[’']s?\s+(?:\w+\s+)?(?:net\s+)?sales\b|\s+(?:net\s+)?sales\b")
UNIT_DESCRIPTOR = re.compile(r"\s+(?:subsidiary|unit|affiliate)\s+")
SUFFIX_BEFORE = re.compile(rf"^,?\s*{LEGAL_SUFFIX}(?=\s)")
# A full stop that belongs to the name: a legal form ("Inc.", "S.p.A.") or an initial
SUFFIX_DOT = re.compile(rf"(?:{LEGAL_SUFFIX}|\b[A-Z]\.)$")


def party_name(name: str) -> bool:
    """A plausible company name, or an institution ("University of X") that can sign a deal."""
    if any(AMINO_ACID_CHANGE.fullmatch(word) for word in name.split()):
        return False  # "an oral KRAS G12D inhibitor, from Y": a mutant target, never a party
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
    initialled = [c for c in companies if is_initials(name, c)]
    if len(initialled) == 1:
        return initialled[0]  # "JT" for "Japan Tobacco Inc." named before
    return FoundCompany(name, [name], [], None, start, rule="company.deal_party")


def is_initials(name: str, company: FoundCompany) -> bool:
    """ "JT" is "Japan Tobacco Inc.": two to four capitals, the initials of the core name's
    words; "J&J" is "Johnson & Johnson" (the ampersand stands in both)."""
    if not re.fullmatch(r"[A-Z]{2,4}|[A-Z]&[A-Z]", name):
        return False
    letters = name.replace("&", "")
    return any(
        len(words := [w for w in core_name(form).split() if w != "&"]) == len(letters)
        and "".join(w[0] for w in words).upper() == letters
        for form in company.names
    )


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
    closed = False  # "A and B": the list ends with its last "and"
    for company, item_start, item_end in items:
        if BRAND_WITH_INN.match(doc.text, item_end):
            continue  # "TRELAVO (dexafenil)": a product, whatever the company finder said
        if last_end is not None:
            gap = mask_parentheses(doc.text[last_end:item_start])
            gap = PLACE_IN_LIST.sub("", gap)  # "University of X, Germany, and Y, Australia"
            gap = PLACE_OWNER.sub("", gap)  # "A, India's B": the place describes B
            if len(objects) == 1 and DESCRIBED_GAP.match(gap):
                objects = []  # "the Oxford University spin-out Quillix": Quillix is meant
            elif closed or (
                not LIST_SEPARATOR.match(re.sub(r"\s+", " ", " " + gap.lstrip())) and gap.strip()
            ):
                break  # "partners such as A and B, X has received": X opens the next clause
            closed = bool(re.search(r"\band\b|\bas well as\b", gap))
            if DEAL_OWNER.match(doc.text, item_end):
                break  # "acquisition of A and B's licence of X from C": B's own deal follows
        if company not in objects:
            objects.append(company)
        last_end = item_end
    return objects, end


# "B's licence of X", "B's $2 billion acquisition of C": a list item that owns the next deal
DEAL_OWNER = re.compile(
    r"[’']s?\s+(?:[\w$€£¥.,\-]+\s+){0,3}?(?:licen[cs]es?|licensing|acquisitions?|purchases?"
    r"|collaborations?|partnerships?|agreements?|deals?|options?|buyouts?|takeovers?)\b",
    re.IGNORECASE,
)


# "in 2021", "in March 2023", "in the second quarter", "for $50 million": when or for how much
# one listed object was bought; it may stand between the items of a list
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
OBJECT_ADJUNCT = re.compile(
    r"\s+(?:(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{_MONTH}(?:\s+\d{{4}})?|\d{{4}}|Q[1-4](?:\s+\d{{4}})?"
    r"|the\s+(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of\s+\d{4})?)"
    r"|for\s+(?:approximately\s+|about\s+|around\s+)?"
    r"(?:(?:US|HK|A|C)?[$€£¥]\s?[\d.,]+|[\d.,]+\s+(?:USD|EUR|euros?|dollars?))"
    r"(?:\s*(?:million|billion|m|bn)\b)?)"
)
PARALLEL_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
OBJECT_CLOSE = re.compile(r"\s*(?:[.;,]|$)")


def adjunct_end(doc: Document, adjunct: re.Match, sentence: Sentence) -> int:
    """ "for $50 million in 2021": a price and a date may follow one object together."""
    second = OBJECT_ADJUNCT.match(doc.text, adjunct.end(), sentence.end)
    return second.end() if second else adjunct.end()


def parallel_objects(
    doc: Document, sentence: Sentence, last: FoundCompany, start: int, companies, drugs
) -> tuple[list[FoundCompany], bool]:
    """ "acquired A in 2021 and B in 2023", "bought A for $50 million and B for $80 million":
    objects that each carry their own date or price, after the list that ended with `last`.

    Only a parallel list counts: every further object is followed by the same kind of adjunct
    ("in ..." or "for ..."), and the list closes the clause; otherwise nothing is added.
    Returns the further objects and whether each carries its own price.
    """
    mentions = [m for m in parties_in(doc, start, sentence.end, companies, drugs)]
    first = next((m for m in mentions if m[0] is last), None)
    if first is None:
        return [], False
    position = first[2]
    adjunct = OBJECT_ADJUNCT.match(doc.text, position, sentence.end)
    if adjunct is None:
        return [], False
    kind = adjunct.group().split()[0]
    more = []
    position = adjunct_end(doc, adjunct, sentence)
    while True:
        separator = PARALLEL_SEPARATOR.match(doc.text, position, sentence.end)
        if separator is None:
            break
        item = next((m for m in mentions if m[1] == separator.end()), None)
        if item is None:
            break
        adjunct = OBJECT_ADJUNCT.match(doc.text, item[2], sentence.end)
        if adjunct is None or adjunct.group().split()[0] != kind:
            break
        more.append(item[0])
        position = adjunct_end(doc, adjunct, sentence)
    if not more or not OBJECT_CLOSE.match(doc.text, position, sentence.end):
        return [], False
    return more, kind == "for"


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
    asides = [
        (sentence.start + a.start(), sentence.start + a.end())
        for a in ASIDE.finditer(mask_parentheses(sentence.text))
    ]
    outside = [m for m in mentions if not any(a <= m.start < b for a, b in asides)]
    mentions = outside or mentions  # "Y, a portfolio company of Z, was acquired by X": Y
    if mentions and PERSON_SUBJECT.search(doc.text[mentions[-1].end : position]):
        return None  # "at X, where she negotiated the acquisition of Y": a person's career
    reported = list(REPORTED_CLAUSE.finditer(doc.text, sentence.start, position))
    if reported and all(m.start < reported[-1].start() for m in mentions):
        # "X announced that Y's unit Z notified W that it has exercised ...": the reported
        # clause has its own subject, which X is not
        clause = reported[-1].end()
        found = [f for f in parties_in(doc, clause, position, companies, drugs) if f[1] == clause]
        if found and not any(top(found[0][0]) is top(e) for e in exclude):
            return found[0][0]
    if mentions:
        if re.search(r",\s*$", doc.text[sentence.start : position]):
            return mentions[0].company
        return mentions[-1].company
    head = doc.text[sentence.start : position]
    if PRONOUN_SUBJECT.search(head):
        # "In 2015, the company agreed to buy Y": the company the text was just about
        company = antecedent(doc, sentence, companies)
        if company is not None and not any(top(company) is top(e) for e in exclude):
            return company
    if COMPANY_OWNS_OPENING.match(head):
        # "The company's pipeline includes ... therapies licensed to Y": the company owns; in
        # an About section, the company it is on (the release's)
        company = antecedent(doc, sentence, companies)
        if company is None and sentence.section == "about":
            company = release_issuer(doc, companies)
        if company is not None and not any(top(company) is top(e) for e in exclude):
            return company
    issuer = re.search(r"\b[Tt]he (?:Company|Group)\b|\b[Ww]e\b", head)
    if issuer:
        # "the Group announced the closing of ...", "we completed ...": the release's company
        company = release_issuer(doc, companies)
        if company is not None and company not in exclude:
            return company
    # the bare name opens the clause: after a dateline or a label ("Highlights: Completed ...")
    dateline = list(re.finditer(r"\s(?:--|–|—|-)\s|/PRNewswire/|\(GLOBE NEWSWIRE\)|:\s", head))
    offset = sentence.start + (dateline[-1].end() if dateline else 0)
    found = [f for f in parties_in(doc, offset, position, companies, drugs) if f[0] not in exclude]
    return found[0][0] if found else None


# "The company's pipeline ...": a sentence opened by its owner, who was named just before
COMPANY_OWNS_OPENING = re.compile(r"\W*[Tt]he (?:company|group|firm)[’']s\s")
# "It is also partnering", "In 2015, the company agreed to buy": a subject that refers back
PRONOUN_SUBJECT = re.compile(
    r"(?:^\W*|[,;]\s+|\b(?:after|when|as|because|since|while|and|but)\s+)"
    r"(?:[Ii]t|[Tt]he (?:[A-Z][\w\-]*\s+)?(?:company|group|firm|drugmaker|biotech"
    r"|pharmaceutical company|pharma group|maker|developer))\s+"
    # "The company already inked a separate agreement with Z": adverbs of a news roundup
    r"(?:(?:has|have|had|is|was|will|would|also|then|now|recently|previously|later|already"
    r"|separately|subsequently)\s+)*$"
    # "its licensed product X, obtained from Y", "the company's announcement that ...": an owner
    # that refers back
    r"|\b(?:[Ii]ts|[Tt]he (?:company|group|firm|drugmaker|biotech)[’']s)\s+$"
)
# "Norvale's shares took flight after the company ...": a possessive name opening the sentence
OWNER_OPENING = re.compile(
    r"\W*(?:([A-Z][\w\-&.]*(?:\s+[A-Z][\w\-&.]*){0,3})[’']s?\s+[a-z]"
    r"|(?:Shares|Stock) (?:of|in) (?:the\s+)?(?:[a-z][\w\-]*\s+){0,6}?"
    r"([A-Z][\w\-&.]*(?:\s+[A-Z][\w\-&.]*){0,3}))"
)
# How many sentences back a pronoun's company may be named
ANTECEDENT_SENTENCES = 3


def antecedent(doc: Document, sentence: Sentence, companies) -> FoundCompany | None:
    """The company a pronoun subject refers to: the first company named in the nearest body
    sentence before it that names one (a few sentences back at most) and that the sentence
    itself does not name ("The Swedish drugmaker is paying for rights to Y's drug": not Y),
    else None."""
    named = {
        id(top(m.company)) for m in find_mentions(doc.text, companies, sentence.start, sentence.end)
    }
    before = [s for s in doc.sentences if s.end <= sentence.start and s.section == "body"]
    for previous in [sentence, *reversed(before[-ANTECEDENT_SENTENCES:])]:
        # "X's shares rose after the company announced ...", "Shares of X jumped.": the
        # company whose shares moved is what the news is about
        owner = OWNER_OPENING.match(previous.text)
        if owner:
            group = 1 if owner.group(1) else 2
            start, end = previous.start + owner.start(group), previous.start + owner.end(group)
            company = bare_company(doc, start, end, companies, [])
            if company is not None and id(top(company)) not in named:
                return company
        if previous is sentence:
            continue
        mentions = find_mentions(doc.text, companies, previous.start, previous.end)
        mentions = [m for m in mentions if id(top(m.company)) not in named]
        if mentions:
            return mentions[0].company
    return None


# "X's ", "X's $3 billion ", "X's proposed ": the owner of the noun that follows
POSSESSIVE_END = re.compile(
    r"([A-Z][\w\-&.]*(?:\s+[A-Z][\w\-&.]*){0,4})[’']s?\s+"
    r"(?:(?:US|HK|A|C)?[$€£¥]\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+"
    r"|(?:proposed|planned|pending|recent|previous|earlier|announced)\s+)?$"
)


def possessive_before(doc: Document, position: int, sentence: Sentence, companies, drugs):
    """ "Verant's acquisitions of ...": the company whose possessive ends just before `position`."""
    head = doc.text[sentence.start : position]
    match = POSSESSIVE_END.search(head)
    if not match:
        return None
    start = sentence.start + match.start(1)
    end = sentence.start + match.end(1)
    for mention in find_mentions(doc.text, companies, start, end):
        if mention.end == end:
            return mention.company
    return bare_company(doc, start, end, companies, drugs)


# ---------------------------------------------------------------- the agreement rule


def counterparty_after(
    doc: Document, sentence: Sentence, known: FoundCompany, companies, drugs
) -> FoundCompany | None:
    """ "an agreement with Quillon Pharma Inc.", "a partnership with OmniAb": the other party,
    named right after "with" (or "from", "to") though the company finder missed it."""
    for match in COUNTERPARTY.finditer(sentence.text):
        start = sentence.start + match.end()
        found = parties_in(doc, start, object_end(doc, sentence, start), companies, drugs)
        if not found or found[0][1] != start or top(found[0][0]) is top(known):
            continue
        if not PAYER_OF_SALES.match(doc.text, found[0][2], sentence.end):
            return found[0][0]
    return None


def release_issuer(doc: Document, companies: list[FoundCompany]) -> FoundCompany | None:
    """The company the release is from: "the Company" when defined, else the first company
    named in the body, or the bare name that opens a news item's first sentence as the subject
    of "said"/"announced" ("Norvale said it would ...") when that comes first. A bare name
    found so is not added to `companies`: the caller registers it with the deal it makes."""
    if hasattr(companies, "resolve_name"):
        issuer = companies.resolve_name("the Company")
        if issuer is not None:
            return issuer
    titled = title_company(doc, companies)
    if titled is not None:
        return titled
    for sentence in doc.sentences:
        if sentence.section == "body":
            mentions = find_mentions(doc.text, companies, sentence.start, sentence.end)
            opening = reporting_subject(doc, sentence, companies)
            if opening is not None and (not mentions or opening[1] < mentions[0].start):
                return opening[0]
            if mentions:
                return mentions[0].company
    return None


def title_company(doc: Document, companies: list[FoundCompany]) -> FoundCompany | None:
    """The first company the headline names that the body names again ("NORVALE: RESULTS FOR
    2024"), or None."""
    titles = [s for s in doc.sentences if s.section == "title"]
    body = [s for s in doc.sentences if s.section == "body"]
    if not titles or not body:
        return None
    for sentence in titles:
        for mention in find_mentions(doc.text, companies, sentence.start, sentence.end):
            if find_mentions(doc.text, [mention.company], body[0].start, doc.body_end):
                return mention.company
    return None


def reporting_subject(
    doc: Document, sentence: Sentence, companies: list[FoundCompany]
) -> tuple[FoundCompany, int] | None:
    """ "Norvale said Tuesday it would ...": the name that opens the sentence (after a dateline)
    as the subject of a reporting verb, and where it starts; None otherwise."""
    head = sentence.text
    dateline = list(re.finditer(r"\s(?:--|–|—|-)\s|\)\s*[-–—]+\s*", head[:200]))
    start = sentence.start + (dateline[0].end() if dateline else 0)
    run = NAME_RUN.match(doc.text, start, sentence.end)
    if run is None or not REPORTING_VERB.match(doc.text, run.end(), sentence.end):
        return None
    if any(fold(w) in lex.NOT_REPORTING_COMPANY_WORDS for w in run.group().split()):
        return None  # "Analysts said", "Reuters reported": no company of the release
    company = bare_company(doc, run.start(), run.end(), companies, [])
    return (company, run.start()) if company is not None else None


def subject_party(
    doc: Document, sentence: Sentence, known: FoundCompany, companies, drugs
) -> FoundCompany | None:
    """ "* Bristol Labs signs an exclusive agreement with Y": the bare name that opens the
    sentence (after a bullet or dateline) and does the deal's verb, when the finder missed it."""
    verb = deal_verb(sentence)
    if verb is None:
        return None
    head = sentence.text[: verb.start()]
    opening = re.match(r"\s*(?:[*•\-+·]\s*)?", head)
    dateline = list(re.finditer(r"\s(?:--|–|—|-)\s|:\s+", head))
    start = sentence.start + (dateline[-1].end() if dateline else opening.end())
    verb_start = sentence.start + verb.start()
    found = subject_at(doc, sentence, start, verb_start, companies, drugs)
    if found is not None and top(found) is not top(known):
        return found
    # "X and Y concluded a licence", the finder knowing only Y: X is the other subject
    named = parties_in(doc, start, verb_start, companies, drugs)
    if len(named) == 2 and named[0][1] == start and any(top(n[0]) is top(known) for n in named):
        joined = COORDINATE.match(doc.text, named[0][2], verb_start)
        if joined and joined.end() == named[1][1]:
            gap = SUFFIX_BEFORE.sub("", doc.text[named[1][2] : verb_start], count=1)
            if SUBJECT_GAP.fullmatch(gap):  # "Y plc concluded": a suffix the finder left off
                return next(n[0] for n in named if top(n[0]) is not top(known))
    if PRONOUN_SUBJECT.search(head):  # "It is also partnering with Y": the last subject
        found = antecedent(doc, sentence, companies)
        if found is not None and top(found) is not top(known):
            return found
    # "X today announced that Y has expanded ...": the subject of the reported clause
    for that in REPORTED_CLAUSE.finditer(sentence.text):
        start = sentence.start + that.end()
        verb = ACTION.search(doc.text, start, sentence.end)
        if verb is None:
            continue
        # "X said that Y will develop and commercialize DRUG ... under a licence": Y's own verb
        works = WILL_WORK.search(doc.text, start, verb.start())
        found = subject_at(
            doc, sentence, start, works.start() if works else verb.start(), companies, drugs
        )
        if found is not None and top(found) is not top(known):
            return found
    return None


def deal_verb(sentence: Sentence) -> re.Match | None:
    """The verb that makes the deal: the first verb of making or joining, in the clause after a
    label ("DRUG is partnered in Europe: X and Y concluded a licence ...") when there is one."""
    label = LABEL_END.search(sentence.text)
    verb = first_verb(sentence.text, label.end()) if label else None
    return verb or first_verb(sentence.text, 0)


# "under the", "as part of its": ACTION's prepositions tell a deal but are no verb; the word
# before one is no subject ("Research under the partnership with Y moved ...")
PREPOSITION_CUE = re.compile(r"(?:under|based on|pursuant to|as part of|through)\b", re.IGNORECASE)


def first_verb(text: str, start: int) -> re.Match | None:
    """The first of ACTION's matches from `start` that is a verb, not a preposition."""
    return next(
        (m for m in ACTION.finditer(text, start) if not PREPOSITION_CUE.match(m.group())), None
    )


# "...: " ends a label or an introduction; the clause after it tells the deal
LABEL_END = re.compile(r":\s+(?=[A-Z])")


# "announced that", "said that": a reported clause opens with its own subject
REPORTED_CLAUSE = re.compile(
    r"\b(?:announced|announces|announce|said|says|reported|disclosed)"
    r"(?:\s+(?:today|yesterday|on\s+\w+day))? that\s+"
)


# "will develop and commercialize", "is to market": a licensee's work, the clause's own verb
WILL_WORK = re.compile(
    r"\s(?:will|shall|is to|would)\s+(?:\w+\s+)?"
    r"(?:develop|commerciali[sz]e|manufacture|market|sell|distribute)\b"
)


def subject_at(doc, sentence, start, verb_start, companies, drugs) -> FoundCompany | None:
    """The bare name at `start` that does the verb at `verb_start` (nothing but "has",
    "today" and the like between them), or None."""
    found = parties_in(doc, start, verb_start, companies, drugs)
    if not found or found[0][1] != start:
        return None
    gap = doc.text[found[0][2] : verb_start]
    if not SUBJECT_GAP.fullmatch(gap) and not APPOSITIVE_GAP.fullmatch(gap):
        return None  # "Revenue included royalties under ...": the name does not do the verb
    return found[0][0]


COORDINATE = re.compile(r"\s*(?:\([^)]*\)\s*)?,?\s+and\s+")


def coordinate_subjects(doc: Document, sentence: Sentence, companies, drugs) -> list[FoundCompany]:
    """ "Helvara and Birch Bio Inc. today announced a licence agreement": two bare names joined
    by "and" that open the sentence (after a dateline) and do the deal's verb together, or
    "Helvara will license DRUG from Birch": the bare subject and the counterparty after "with",
    "from" or "to", when the company finder named neither. Empty otherwise."""
    verb = deal_verb(sentence)
    if verb is None:
        return []
    head = sentence.text[: verb.start()]
    dateline = list(re.finditer(r"\s(?:--|–|—|-)\s", head))
    start = sentence.start + (dateline[-1].end() if dateline else 0)
    verb_start = sentence.start + verb.start()
    found = parties_in(doc, start, verb_start, companies, drugs)
    if not found and PRONOUN_SUBJECT.search(head):
        # "... after the company announced a deal to license DRUG to Y": the company the news
        # is about, then the counterparty
        subject = antecedent(doc, sentence, companies)
        other = subject and counterparty_after(doc, sentence, subject, companies, drugs)
        return [subject, other] if other is not None else []
    if len(found) == 1:
        # "Novaris will license DRUG from Corvane": the subject, then the counterparty
        subject = subject_at(doc, sentence, start, verb_start, companies, drugs)
        other = subject and counterparty_after(doc, sentence, subject, companies, drugs)
        return [subject, other] if other is not None else []
    if len(found) != 2 or found[0][1] != start or top(found[0][0]) is top(found[1][0]):
        return []
    joined = COORDINATE.match(doc.text, found[0][2], verb_start)
    if joined is None or joined.end() != found[1][1]:
        return []
    if not SUBJECT_GAP.fullmatch(doc.text[found[1][2] : verb_start]):
        return []
    return [found[0][0], found[1][0]]


def coordinate_party(
    doc: Document, sentence: Sentence, known: FoundCompany, companies, drugs
) -> FoundCompany | None:
    """ "X and Helvara today announced a licence agreement": the bare name joined to a known
    party by "and", when both do the deal's verb together (nothing but "today", "have" and the
    like between the name and the verb)."""
    verb = deal_verb(sentence)
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
ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose|formerly|previously|once)\b"
    # ", an indirect wholly-owned subsidiary of the Company,": a parent named to place its unit
    r"|(?:an?\s+|the\s+|both\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:subsidiary|subsidiaries|affiliates?|unit|division|parent|parent company|portfolio company"
    r"|venture arm|arm)\s+of\b"
    # ", launched by A and B in 2019,", ", backed by A,": founders and backers named in passing
    r"|(?:(?:co-)?founded|launched|backed|formed|created|established|incubated|seeded|funded"
    r"|financed|(?:majority-|wholly-)?owned|controlled)\s+(?:\w+\s+){0,2}?by\b"
    r"|spun (?:out|off) (?:of|from)\b)"
    r"[^,;()]*(?:,|$)"
)


def only_in_aside(doc: Document, sentence: Sentence, company, companies) -> bool:
    """Every mention of `company` in the sentence sits inside a relative clause, a unit's
    appositive or brackets, or announces a clause that names the parties itself ("The board
    of X is pleased to announce that Y and Z signed ...")."""
    masked = mask_parentheses(sentence.text)
    asides = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in ASIDE.finditer(masked)
    ]
    reported = REPORTED_CLAUSE.search(masked)
    if reported:
        told = find_mentions(doc.text, companies, sentence.start + reported.end(), sentence.end)
        if len({id(top(m.company)) for m in told}) > 1:  # the clause names both sides itself
            asides.append((sentence.start, sentence.start + reported.start()))
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


# "once the Amylin merger is completed": a company that names another deal, as its modifier
OTHER_DEAL_AFTER = re.compile(r"\s+(?:merger|acquisition|takeover|buyout|transaction)\b")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def names_other_deal(doc: Document, sentence: Sentence, company, companies) -> bool:
    """Every mention of `company` in the sentence is "the X merger", "the X acquisition": X
    names a deal told elsewhere, not a party to the agreement the sentence makes."""
    mentions = [
        m
        for m in find_mentions(doc.text, companies, sentence.start, sentence.end)
        if m.company is company
    ]
    return bool(mentions) and all(
        OTHER_DEAL_AFTER.match(doc.text, m.end)
        and THE_BEFORE.search(doc.text, max(0, m.start - 6), m.start)
        for m in mentions
    )
