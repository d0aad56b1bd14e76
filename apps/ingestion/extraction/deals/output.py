"""The contract's deal JSON: quote, indications, rule and confidence."""

import re

from ..indications import indications_in
from ..text import Document, Sentence
from .cues import KINDS, QUOTE_REACH_SENTENCES, kinds_in
from .model import FoundDeal, role_sentences

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
