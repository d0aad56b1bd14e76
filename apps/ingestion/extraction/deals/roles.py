"""A deal's type, its parties' roles and its products, from its own sentences."""

import re
from functools import lru_cache

from ..companies import FoundCompany, find_mentions
from ..drugs import FoundDrug, body_mention_count, drugs_between
from ..lexicons import deals as lex
from ..text import Document, Sentence, fold
from .cues import (
    ACQUIRED_RIGHTS,
    CLAUSE_CUT,
    EQUALS,
    JOINT_PURPOSE,
    KINDS,
    LICENSE_WORD,
    OPTION_TERMS,
    ROYALTY_SALES,
    SERVICE_AGREEMENT,
    UNNAMED_PRODUCT,
    cue_score,
    kinds_in,
    surface_pattern,
)
from .fields import announced_on, exclusivity, signed_on, territory
from .model import FoundDeal, own_sentences, role_sentences

# ---------------------------------------------------------------- type and roles


def settle(doc: Document, deal: FoundDeal, drugs: list[FoundDrug], published: str | None) -> None:
    if deal.rule in ("deal.agreement", "deal.recap_with"):
        deal.drugs = deal_drugs(doc, deal, drugs)
        if not deal.drugs:
            deal.unnamed_product = unnamed_product(deal)
        deal.type = deal_type(doc, deal)
        deal.roles = roles_for(doc, deal)
    if deal.rule in ("deal.role_noun", "deal.partner_recap"):
        deal.drugs = deal_drugs(doc, deal, drugs)  # type and roles come from the role noun
    context = role_sentences(doc, deal)
    if deal.rule == "deal.licence_verb":
        # type, roles and territory come from the licence's own clause of a shared sentence
        deal.drugs = deal_drugs(doc, deal, drugs)
        deal.exclusive = exclusivity(deal.sentences)
    elif deal.type in ("license", "option"):
        deal.exclusive = exclusivity(context)
        deal.territory = territory(context, deal.sentences[0].start)
    elif deal.type in ("collaboration", "co_development"):
        deal.exclusive = exclusivity(deal.sentences)
        deal.territory = territory(deal.sentences)  # only where the collaboration is told
    if deal.type == "co_development":
        deal.territory = territory(deal.sentences)
    if deal.type == "acquisition" and deal.territory is None:
        # "the buyer will have global rights to DRUG excluding Japan": what the buyer gains
        gained = [
            s for s in own_sentences(doc, deal) if not s.in_quote and ACQUIRED_RIGHTS.search(s.text)
        ]
        deal.territory = territory(gained) if gained else None
    if deal.rule == "deal.royalty_purchase":
        sales = next((m for s in deal.sentences if (m := ROYALTY_SALES.search(s.text))), None)
        deal.territory = sales.group(1) if sales else None  # "a royalty on U.S. sales of X"
    deal.signed_on = signed_on(doc, deal, published)
    # a partner named in passing is an agreement made before the release
    recap = deal.rule == "deal.partner_recap"
    deal.announced_on = None if recap else announced_on(doc, deal, published)


def deal_drugs(doc: Document, deal: FoundDeal, drugs: list[FoundDrug]) -> list[FoundDrug]:
    """Products named where the deal is told, or where a party's rights under it are told."""
    found = []
    told = deal.sentences + [
        s
        for s in role_sentences(doc, deal)
        if s.section == "body"
        and not s.in_quote
        and (kinds_in(s.text) or party_will_develop(s, deal))
    ]
    for sentence in told:
        for start, end in deal_clauses(doc, deal, sentence):
            for drug in drugs_between(drugs, start, end):
                if drug not in found and body_mention_count(drug, doc.body_end) > 0:
                    found.append(drug)
    return found


# "Kaskel will develop and commercialize DRUG across Europe": the rights a party uses
WILL_DEVELOP = (
    r"\W{0,3}(?:will|shall|is to|will have the right to|has the right to)\s+(?:\w+\s+)?"
    r"(?:develop|commerciali[sz]e|market|manufacture)\b"
)


def party_will_develop(sentence: Sentence, deal: FoundDeal) -> bool:
    """A party of a licence or collaboration is told as developing or selling the product."""
    if not {deal.type, *deal.kinds} & {"license", "option", "collaboration", "co_development"}:
        return False  # (the type is settled after the products: the kinds told say it)
    return any(will_develop(surface_pattern(p)).search(sentence.text) for p in deal.parties)


@lru_cache(maxsize=256)
def will_develop(x: str) -> re.Pattern:
    return re.compile(x + WILL_DEVELOP, re.IGNORECASE)


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
    if "settlement" in kinds and not licensed:
        return "other"  # a settlement that grants no licence
    has_product = bool(deal.drugs or deal.unnamed_product)
    if licensed and (has_product or "collaboration" not in kinds or licence_named_first(deal)):
        if any(OPTION_TERMS.search(s.text) for s in own_sentences(doc, deal)) and not (
            LICENSE_WORD.search(deal.sentences[0].text)
        ):
            # "... inclusive of the upfront and potential exercise payment": an option deal;
            # a licence agreement told as such stays a licence beside an option it grants
            return "option"
        return "license"
    if "collaboration" in kinds:
        return "collaboration"
    if "equity_investment" in kinds:
        return "equity_investment"
    if licensed:
        return "license"
    if kinds == {"agreement"} and not has_product and joint_purpose(deal):
        return "collaboration"
    return "other"


def joint_purpose(deal: FoundDeal) -> bool:
    """ "signed an agreement with Y to develop treatments for hearing loss": a deal of no named
    kind, with no product named, told as made for work the two do together."""
    text = deal.sentences[0].text
    return bool(JOINT_PURPOSE.search(text)) and not SERVICE_AGREEMENT.search(text)


def licence_named_first(deal: FoundDeal) -> bool:
    """ "a licensing and collaboration agreement" is a licence; "a collaboration and license
    agreement" with no product named is a collaboration: the deal's first word for itself
    decides, read through the sentences that tell it, as a news item first says "X licensed out
    its drug to Y" and only then "a licensing and cooperation agreement"."""
    collaboration_word = dict(KINDS)["collaboration"]
    for sentence in deal.sentences:
        licence = LICENSE_WORD.search(sentence.text)
        collaboration = collaboration_word.search(sentence.text)
        if licence or collaboration:
            return bool(licence) and (not collaboration or licence.start() < collaboration.start())
    return False


def roles_for(doc: Document, deal: FoundDeal) -> dict:
    parties = deal.parties
    if deal.type == "merger" and any(EQUALS.search(s.text) for s in deal.sentences):
        return {id(p): "partner" for p in parties}
    if deal.type in ("acquisition", "merger"):
        target = acquisition_target(deal)
        return {id(p): "target" if p is target else "acquirer" for p in parties}
    if deal.type == "option" and (target := option_target(deal)) is not None:
        # "an exclusive option to acquire the remainder of Y": a company bought, not licensed
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
    obtains, is granted, in-licenses, pays or exercises an option. Parties named together
    before "with Z" share a side ("X and its affiliate Y (collectively, the Licensors) entered
    into a licence agreement with Z")."""
    parties = deal.parties
    # the sentences that tell the licence itself count twice: "Y has advanced DRUG under a
    # licence from X" outweighs "X will make an upfront payment" told of another deal of the two
    # (a licence told in an About section on a product is read from that telling too: "About
    # DRUG ... X in-licensed DRUG from Y")
    sentences = role_sentences(doc, deal) + [
        s for s in deal.sentences if s.section in ("body", "about") and not s.in_quote
    ]
    scores = [
        cue_score(p, sentences, lex.LICENSOR_CUES) - cue_score(p, sentences, lex.LICENSEE_CUES)
        for p in parties
    ]
    licensor = parties[max(range(len(parties)), key=lambda i: (scores[i], -i))]
    institutions = [p for p in parties if is_institution(p)]
    if len(institutions) == 1 and scores.count(max(scores)) == len(parties):
        # no cue decides: a university or hospital licenses out what its researchers made
        # ("X has finalized a licensing agreement with the Kelso Cancer Center")
        licensor = institutions[0]
    side = one_side(doc, deal, licensor)
    return {id(p): "licensor" if any(p is q for q in side) else "licensee" for p in parties}


def is_institution(company: FoundCompany) -> bool:
    """A university, institute, hospital or centre ("Kelso Cancer Center")."""
    return any(fold(w) in lex.INSTITUTION_WORDS for w in company.name.split())


def one_side(doc: Document, deal: FoundDeal, party: FoundCompany) -> list[FoundCompany]:
    """The parties on `party`'s side: those named together before "with Z" where the deal is
    told ("X and its subsidiary Y entered into a licence agreement with Z"), else `party`."""
    for sentence in deal.sentences:
        counterpart = COUNTERPART.search(sentence.text)
        if counterpart is None:
            continue
        at = sentence.start + counterpart.start()
        before = [m.company for m in find_mentions(doc.text, deal.parties, sentence.start, at)]
        after = [m.company for m in find_mentions(doc.text, deal.parties, at, sentence.end)]
        group = [p for p in deal.parties if any(p is b for b in before)]
        rest = [p for p in deal.parties if not any(p is g for g in group)]
        if len(group) > 1 and rest and all(any(r is a for a in after) for r in rest):
            return group if any(party is g for g in group) else rest
    return [party]


# "... entered into an agreement with Z": the side after "with"
COUNTERPART = re.compile(
    r"\b(?:entered into|signed|executed|concluded)\b[^.;]{0,80}?\bagreements?\s+with\b"
)


# "X has made a $50 million equity investment in the company", "X will invest $20 million in
# it": X invests in the party that tells the news
INVESTS_IN_SPEAKER = (
    r"\W{0,3}(?:\w+\s+){0,3}?(?:made|make|makes|making|invest(?:s|ed|ing)?)\b[^.;]{0,60}?"
    r"\bin\s+(?:the\s+company|it|us)\b"
)


def investment_target(deal: FoundDeal) -> FoundCompany | None:
    for sentence in deal.sentences:
        if EQUITY_OF_ITS.search(sentence.text):
            # "X struck a deal with Y for the latter to invest $20 million into its equity":
            # "its" is the subject's, the first party the sentence names
            named = [
                (m.start(), i)
                for i, party in enumerate(deal.parties)
                if (m := re.search(surface_pattern(party), sentence.text))
            ]
            if len(named) > 1:
                return deal.parties[min(named)[1]]
        for party in deal.parties:
            x = surface_pattern(party)
            if INVESTED_IN.search(sentence.text) and re.search(
                rf"{INVESTED_IN.pattern}{x}", sentence.text, re.IGNORECASE
            ):
                return party
            if re.search(rf"\binvestment (?:from|by)\s+(?:the\s+)?{x}", sentence.text, re.I):
                return next((p for p in deal.parties if p is not party), None)
            if re.search(rf"{x}{INVESTS_IN_SPEAKER}", sentence.text, re.I):
                # "Y announced that X has made a $50 million equity investment in the company":
                # X invests; "the company" is the other party, the one telling it
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


EQUITY_OF_ITS = re.compile(lex.EQUITY_OF_ITS, re.IGNORECASE)
# "a stake in Y", "invested $7 million in Y": Y takes the money
INVESTED_IN = re.compile(
    r"\b(?:invest\w*|stake)\s+(?:(?:of\s+)?(?:an?\s+)?(?:additional\s+)?(?:US|HK)?[$€£¥]?\s?[\d.,]+"
    r"\s*(?:million|billion|m|bn)?\s+)?in\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "X agreed to subscribe for new shares": the subscriber is the investor
SUBSCRIBER = re.compile(
    r"(?:has |have |had )?(?:(?:conditionally )?agreed to |will |shall |is to )?subscribe\b",
    re.IGNORECASE,
)


def option_target(deal: FoundDeal) -> FoundCompany | None:
    """The company an option buys: "option to acquire 100% of Y", "option to purchase the
    remainder of Y"; None for an option on a licence or a product."""
    for sentence in deal.sentences:
        for party in deal.parties:
            pattern = rf"{OPTION_TO_BUY.pattern}{surface_pattern(party)}"
            if re.search(pattern, sentence.text, re.IGNORECASE):
                return party
    return None


# "option to acquire 100% of", "option to purchase the remainder of", "option to buy": a
# company's shares named right after
OPTION_TO_BUY = re.compile(
    r"\boptions?\s+to\s+(?:acquire|purchase|buy)\s+(?:all\s+(?:of\s+)?|the\s+(?:remainder|rest"
    r"|remaining\s+(?:shares|stake|equity))\s+of\s+|\d+(?:\.\d+)?\s?%\s+of\s+"
    r"|(?:all\s+)?(?:the\s+)?(?:outstanding\s+)?(?:shares|equity)\s+(?:of|in)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def acquisition_target(deal: FoundDeal) -> FoundCompany | None:
    for sentence in deal.sentences:
        for party in deal.parties:
            x = surface_pattern(party)
            pattern = (
                rf"(?:acquire|acquisition of|acquiring|takeover of|buy)\s+(?:\w+\s+){{0,4}}?{x}"
                rf"|{x}[^.]{{0,60}}\bto be acquired\b"
                # "with Y shareholders receiving 0.42 X shares": whose holders are paid is bought
                rf"|\b{x}(?:[’']s)?\s+(?:share|stock)holders\s+(?:will\s+|would\s+)?receiv"
            )
            if re.search(pattern, sentence.text, re.IGNORECASE):
                return party
    return deal.parties[-1]
