"""Partnerships told in passing: "its partner Y began a trial", "Y, X's licensee in Japan,",
"X is developing DRUG in collaboration with Y".

The conventions count an agreement the body names as a deal, recapped (announced_on null). A
release names its partners this way far more often than it tells the agreement itself, and
such deals made most of the misses on releases nobody developed on. Each rule here wants a
company at the partner's place (a known entity, never a bare capitalised word) and a second
company as the possessor or the sentence's subject; the type comes from the role noun: a
licensee or licensor makes a licence, any other partner a collaboration.
"""

import re

from ..companies import FoundCompany, find_mentions
from ..lexicons import deals as lex
from ..lexicons.known_companies import KNOWN_COMPANIES
from ..text import Document, Sentence
from .cues import PERSON_SUBJECT
from .model import FoundDeal, make_deal, top
from .parties import release_issuer

POSSESSED_PARTNER = re.compile(lex.POSSESSED_PARTNER, re.IGNORECASE)
PARTNER_APPOSITIVE = re.compile(lex.PARTNER_APPOSITIVE, re.IGNORECASE)
WORKING_WITH = re.compile(lex.DEVELOPING_WITH, re.IGNORECASE)
NAMED_OWNER_PARTNER = re.compile(lex.NAMED_OWNER_PARTNER, re.IGNORECASE)
PARTNERED_COMPOUND = re.compile(lex.PARTNERED_COMPOUND, re.IGNORECASE)
# "The company is developing ...", "We are developing ...": the release's company is the subject
IMPLIED_SUBJECT = re.compile(r"\s*(?:the company|we|it)\s+(?:is|are)\b", re.IGNORECASE)


def kind_of(role: str | None) -> str:
    if role and re.match(r"co-?development", role, re.IGNORECASE):
        return "co_development"  # "its co-development partner Y"
    return "license" if role and role.lower().startswith("licens") else "collaboration"


def partner_recaps(doc: Document, sentence: Sentence, companies) -> list[FoundDeal]:
    """One recapped deal per partner the sentence names by its role (see the module's
    docstring). Input: a body sentence and the release's companies. Never a deal of a company
    with itself, with a name that is not a known company, or in a quote or About section (the
    caller passes deal sentences only)."""
    text = doc.text
    deals = []
    for match in POSSESSED_PARTNER.finditer(sentence.text):
        partner = company_at(doc, companies, sentence.start + match.end(), sentence.end)
        if partner is None:
            continue
        before = [
            m.company
            for m in find_mentions(text, companies, sentence.start, sentence.start + match.start())
            if top(m.company) is not top(partner)
        ]
        ours = match.group("owner").lower() == "our"
        owner = release_issuer(doc, companies) if ours or not before else before[-1]
        add(deals, owner, partner, kind_of(match.group("role")), match.group("role"), sentence)
    for mention in find_mentions(text, companies, sentence.start, sentence.end):
        appositive = PARTNER_APPOSITIVE.match(text, mention.end, sentence.end)
        if appositive is None:
            continue
        if appositive.group("its"):
            # "Y, its partner,": the owner is the company named before, else the release's
            before = [
                m.company
                for m in find_mentions(text, companies, sentence.start, mention.start)
                if top(m.company) is not top(mention.company)
            ]
            owner = before[-1] if before else release_issuer(doc, companies)
        else:
            owner = company_at(doc, companies, appositive.start("owner"), sentence.end)
        if owner is None:
            continue
        role = appositive.group("role")
        add(deals, owner, mention.company, kind_of(role), role, sentence)
    for match in NAMED_OWNER_PARTNER.finditer(sentence.text):
        # "X's co-development partner, Y,": the owner is the company the possessive names
        owner = company_at(doc, companies, sentence.start + match.start("owner"), sentence.end)
        partner = company_at(doc, companies, sentence.start + match.end(), sentence.end)
        if owner is not None and partner is not None:
            role = match.group("role")
            add(deals, owner, partner, kind_of(role), role, sentence)
    for match in PARTNERED_COMPOUND.finditer(sentence.text):
        # "the Tarrow-partnered programme": a collaboration of the partner with the company
        # named before it in the sentence, else with the release's company
        at = sentence.start + match.start("name")
        partner = compound_partner(companies, match.group("name"), at)
        if partner is None or PERSON_SUBJECT.search(sentence.text, 0, match.start()):
            continue  # "Jane Roe, who led the Novartis-partnered programs at Y": her past
        after = find_mentions(text, companies, sentence.start + match.end(), sentence.end)
        if any(top(m.company) is not top(partner) for m in after):
            continue  # "the Novartis-partnered programs at Vesta": whose programme is unclear
        before = [
            m.company
            for m in find_mentions(text, companies, sentence.start, at)
            if top(m.company) is not top(partner)
        ]
        owner = before[-1] if before else release_issuer(doc, companies)
        add(deals, owner, partner, "collaboration", None, sentence)
    for match in WORKING_WITH.finditer(sentence.text):
        partner = company_at(doc, companies, sentence.start + match.end(), sentence.end)
        subject = [
            m.company
            for m in find_mentions(text, companies, sentence.start, sentence.start + match.start())
        ]
        if not subject and IMPLIED_SUBJECT.match(sentence.text):
            # "The company is developing DRUG in partnership with Y": the release's company
            subject = [release_issuer(doc, companies)]
        if partner is None or not subject:
            continue
        add(deals, subject[0], partner, "collaboration", None, sentence)
    return deals


def compound_partner(companies, name: str, start: int) -> FoundCompany | None:
    """The company a "-partnered" compound names ("The Tarrow Pharmaceuticals-partnered"): the
    longest tail of its words that is a company of the release or of the trade's gazetteer
    ("the Novartis-partnered asset"); never a bare capitalised word."""
    words = name.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if hasattr(companies, "resolve_name"):
            known = companies.resolve_name(tail)
            if known is not None:
                return known
        if tail in KNOWN_COMPANIES:
            return FoundCompany(tail, [tail], [], None, start, rule="company.deal_party")
    return None


def company_at(doc: Document, companies, start: int, end: int) -> FoundCompany | None:
    """The company whose mention starts at `start` (after an optional "the")."""
    start += len(re.match(r"(?:the\s+)?", doc.text[start:end], re.IGNORECASE).group())
    mentions = find_mentions(doc.text, companies, start, end)
    return mentions[0].company if mentions and mentions[0].start == start else None


def add(deals, owner, partner, kind, role, sentence) -> None:
    if owner is None or top(owner) is top(partner):
        return
    if kind == "license" and role.lower().endswith("partner"):
        # "its licensing partner Y": a licence, but who grants it is not told
        roles = [(owner, "partner"), (partner, "partner")]
    elif kind == "license":
        licensee = role.lower().startswith("licensee")
        roles = [(owner, "licensor" if licensee else "licensee")]
        roles.append((partner, "licensee" if licensee else "licensor"))
    else:
        roles = [(owner, "partner"), (partner, "partner")]
    deals.append(make_deal(kind, sentence, rule="deal.partner_recap", roles=roles))
