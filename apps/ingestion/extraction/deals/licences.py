"""Licence histories: one sentence that tells several licences of one company.

"X in-licensed DRUG from Y and has since out-licensed it to Z in North America and W in China"
is three licences: Y licensor and X licensee, then X licensor to Z and to W, each with its own
territory. The roles come from the preposition that names the counterparty after a licensing
word: rights come "from" a licensor and go "to" a licensee.
"""

import re

from ..companies import FoundCompany
from ..text import Document, Sentence
from .cues import LICENSE_WORD, PLACE_END, PLACE_LIST, mask_parentheses
from .fields import sentence_territory
from .model import FoundDeal, make_deal, top
from .parties import listed_objects, object_end, parties_in, subject_before

# "from Y", "to Z": where a counterparty of a licence is named
COUNTERPARTY_AT = re.compile(r"\b(to|from)\s+(?:the\s+)?(?=[A-Z])")
# Rights go out: "out-licensed rights to DRUG ... to Z", "granted Z", "sublicensed to Z"
OUT_WORDS = re.compile(
    r"\b(?:out-?licen[cs]\w*|sub-?licen[cs]\w*|licen[cs]ed\b(?!\s+(?:\S+\s+){0,6}?from)"
    r"|licen[cs]es\b|grant\w*)",
    re.IGNORECASE,
)
# Rights come in: "an exclusive licence from Y", "in-licensed DRUG from Y", "rights from Y"
IN_WORDS = re.compile(r"\b(?:in-?licen[cs]\w*|licen[cs]\w*|rights?)\b", re.IGNORECASE)
# "income from Y", "a milestone payment from Y": money comes from the licensee
MONEY_BEFORE = re.compile(
    r"\b(?:income|payments?|revenues?|fees?|royalt\w+|milestones?|proceeds)\s+$", re.IGNORECASE
)
# "rights to DRUG", "a licence to DRUG": what is licensed, not who
PRODUCT_AFTER = re.compile(
    r"\b(?:rights?|licen[cs]es?|access|worldwide|globally)\s+$", re.IGNORECASE
)
# "to Z in North America and W in China": each licensee's place follows its name
PLACE_AFTER = re.compile(rf"\s+(?:in|for)\s+(?:the\s+)?({PLACE_LIST}){PLACE_END}")
NEXT_IN_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:to\s+)?(?:the\s+)?(?=[A-Z])")


def licence_deals(
    doc: Document, sentence: Sentence, companies: list[FoundCompany], drugs
) -> list[FoundDeal]:
    """Each licence a sentence tells by "from Y" (Y grants) or "to Z" (Z obtains) after a
    licensing word, between Y or Z and the sentence's subject (the company before the first
    counterparty, "the Company" or "we" being the release's company).

    Input: one sentence of the analysed document. Output: licence deals, one per counterparty,
    each with the territory told beside that counterparty (type, roles and territory set;
    rule ``deal.licence_verb``). Never: a product after "rights to"; a counterparty without a
    licensing word before it; a deal whose two sides are one company.
    """
    text = sentence.text
    if not LICENSE_WORD.search(text):
        return []
    masked = mask_parentheses(text)
    told = []  # (company, its role, its territory, where its "to"/"from" starts)
    last = sentence.start
    for anchor in COUNTERPARTY_AT.finditer(masked):
        at = sentence.start + anchor.start()
        start = sentence.start + anchor.end()
        if anchor.group(1) == "to" and PRODUCT_AFTER.search(doc.text, sentence.start, at):
            continue
        named, end = listed_objects(doc, sentence, start, companies, drugs)
        found = parties_in(doc, start, end, companies, drugs)
        if not named or not found or found[0][1] != start or any(named[0] is t[0] for t in told):
            continue
        segment = doc.text[last:at]
        if anchor.group(1) == "from" and MONEY_BEFORE.search(doc.text, sentence.start, at):
            role = "licensee"  # "licensing income from A, B and C": the licensees pay
        elif anchor.group(1) == "from":
            if not IN_WORDS.search(segment):
                continue
            role = "licensor"
        else:
            outgoing = any(t[1] == "licensee" for t in told)
            if not OUT_WORDS.search(segment) and not outgoing:
                continue
            role = "licensee"
        # "licensed its antibodies to A and B": one licence each, the list's place for all
        end = max((e for c, _, e in found if any(c is n for n in named)), default=found[0][2])
        place = place_in(segment, last)
        for company in named:
            told.append((company, role, place_after(doc, end) or place, at))
        segment_start = last
        last = end
        while role == "licensee":  # "to Z in North America and W in China"
            place = PLACE_AFTER.match(doc.text, end)
            following = place and NEXT_IN_LIST.match(doc.text, place.end())
            if not following:
                break
            after = parties_in(
                doc, following.end(), object_end(doc, sentence, following.end()), companies, drugs
            )
            if not after or after[0][1] != following.end():
                break
            company, end = after[0][0], after[0][2]
            told.append((company, role, place_after(doc, end), following.start()))
            last = end
    if not told:
        return []
    company, role, place, at = told[-1]
    if place is None:  # "an exclusive licence from Y for all indications worldwide"
        place = place_in(doc.text[segment_start : sentence.end], segment_start)
        told[-1] = (company, role, place, at)
    counterparties = [t[0] for t in told]
    subject = subject_before(doc, sentence, told[0][3], companies, drugs, counterparties)
    if subject is None:
        return []
    deals = []
    for company, role, place, _ in told:
        if top(company) is top(subject):
            continue
        other = "licensee" if role == "licensor" else "licensor"
        deal = make_deal(
            "license", sentence, rule="deal.licence_verb", roles=[(subject, other), (company, role)]
        )
        deal.kinds = ["license"]
        deal.territory = place
        deals.append(deal)
    return deals


def place_after(doc: Document, end: int) -> str | None:
    """ "Z in North America": the place named right after a licensee."""
    found = PLACE_AFTER.match(doc.text, end)
    return re.sub(r"^the\s+", "", found.group(1)) if found else None


def place_in(segment: str, start: int) -> str | None:
    """The territory the words before a counterparty name ("rights for North America to Z")."""
    found = sentence_territory(Sentence(segment, start, start + len(segment), "body", False))
    return found[0] if found else None
