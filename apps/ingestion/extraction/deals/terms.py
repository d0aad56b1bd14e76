"""Money terms: upfront, milestones and total value from a deal's own sentences."""

import re
from functools import lru_cache

from ..companies import find_mentions
from ..money import Money, dollar_currency, find_money, milestone_total, yen_currency
from ..text import Document, Sentence
from .cues import BREAKDOWN, QUOTE_REACH_SENTENCES, TERM_WORDS
from .model import FoundDeal, deal_family, own_sentences, top

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
    return find_money(sentence.text, sentence.start, dollar_of(doc.text), yen_of(doc.text))


@lru_cache(maxsize=2)  # read once per release; only the last two texts are kept alive
def dollar_of(text: str) -> str:
    return dollar_currency(text)


@lru_cache(maxsize=2)
def yen_of(text: str) -> str:
    return yen_currency(text)


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
        # a business handed over beside another deal of the same companies: only its own
        # telling prices it ("... for about 80 billion yen" later is the other deal's)
        # (rights sold are a licence: its terms are told over its own sentences, as any licence's)
        told_only = (
            deal.rule == "deal.sale_verb"
            and deal.type != "license"
            and "target" not in deal.roles.values()
        )
        sentences = [
            s
            for s in (deal.sentences if told_only else own_sentences(doc, deal))
            if (TERM_WORDS.search(s.text) or MORE_TERM_WORDS.search(s.text))
            and id(s) not in claimed
            and (s in deal.sentences or not names_outsider(doc, s, deal, companies))
            and (s in deal.sentences or not rival_owns(s, deal, deals))
        ]
        read_terms(doc, deal, sentences)


# Terms wording the deal cues' TERM_WORDS do not hold: "$180 million up front", a price in a
# marked dollar ("for HK$1.6 billion", "for about A$40 million")
MORE_TERM_WORDS = re.compile(
    r"\bup front\b|\bfor (?:about |up to |approximately |around )?(?:HK|A|AU|C|CA|S|NZ)\$"
    r"|\b(?:enterprise|equity|transaction|potential) value\b"
    # "Y pays $10 million at signing"
    r"|\b(?:at|on|upon) signing\b",
    re.IGNORECASE,
)


# the words that name each kind of deal in a terms sentence
KIND_WORDS = {
    "acquisition": re.compile(
        r"\b(?:acqui\w+|transaction|closing|merger|tender offer|per share)\b", re.I
    ),
    "license": re.compile(r"\b(?:licen[cs]\w*|royalt\w*|sublicens\w*)\b", re.I),
}


def rival_owns(sentence: Sentence, deal: FoundDeal, deals: list[FoundDeal]) -> bool:
    """Another deal of the same companies, of another kind, owns this terms sentence: the
    sentence names that kind and not this one ("Under the terms of the agreement, X will make
    an upfront payment ... upon closing of the transaction" prices the acquisition, not the
    licence the two companies already had)."""
    mine = KIND_WORDS.get(deal.type)
    if mine is None or mine.search(sentence.text):
        return False
    key = {id(top(p)) for p in deal.parties}
    return any(
        other is not deal
        and other.type != deal.type
        and {id(top(p)) for p in other.parties} == key
        and (theirs := KIND_WORDS.get(other.type)) is not None
        and theirs.search(sentence.text)
        for other in deals
    )


def respective_terms(doc: Document, deal: FoundDeal) -> None:
    """ "A and B ... at $9.9 million and $8.1 million, respectively": the i-th amount is the i-th
    target's total value."""
    sentence = deal.sentences[0]
    moneys = moneys_in(doc, sentence)
    if deal.priced_from is not None:  # "A for $5 million and B for $8 million"
        moneys = [m for m in moneys if m.start >= deal.priced_from]
    elif not re.search(r"\brespectively\b", sentence.text):
        return
    if deal.respectively < len(moneys):
        deal.terms = terms_json({"total_value": moneys[deal.respectively]})
        deal.money_sentence = sentence


def read_terms(doc: Document, deal: FoundDeal, sentences: list[Sentence]) -> None:
    if not sentences:
        return
    terms: dict = {"upfront": None, "milestones": None, "total_value": None}
    one_milestone = False
    told_before = deal.money_sentence
    priced: list[Sentence] = []  # the sentences that gave a term, in order
    for sentence in sentences:
        moneys = moneys_in(doc, sentence)
        milestones = []
        for i, money in enumerate(moneys):
            if i and CONVERSION.fullmatch(doc.text, moneys[i - 1].end, money.start):
                continue  # "$60 million (about 80.4 billion won)": the same amount again
            if ONE_MILESTONE_BEFORE.search(
                doc.text, max(sentence.start, money.start - 40), money.start
            ) and ONE_MILESTONE_AFTER.match(doc.text, money.end):
                one_milestone = True  # "will receive a $75 million milestone payment"
                continue
            term = classify(doc.text, sentence, moneys, i, deal.type)
            if term is None and not i and milestones_told_above(doc, sentences, sentence, money):
                term = "milestones"  # "X will make milestone payments upon ... The payments
                # could reach up to 1.6 trillion won."
            if term == "milestones":
                milestones.append((i, money))
            elif term and terms[term] is None:
                terms[term] = money
                deal.money_sentence = deal.money_sentence or sentence
                priced.append(sentence)
        if milestones and terms["milestones"] is None:
            terms["milestones"] = milestone_sum(doc.text, sentence, milestones)
            deal.money_sentence = deal.money_sentence or sentence
            priced.append(sentence)
    if told_before is None and priced:
        # the quote reaches the last sentence that priced a term, when it is near: "X will make
        # an upfront payment of $40 million. Y is also eligible for up to $500 million in
        # milestones." shows both amounts
        deal.money_sentence = last_near(doc, deal.sentences[0], priced) or deal.money_sentence
    if deal.rule == "deal.royalty_purchase" and terms["total_value"] is None:
        terms["total_value"] = terms["upfront"]  # the price paid for the royalty is the deal
    deal.terms = terms_json(terms)
    deal.terms["royalties_disclosed"] = any(ROYALTY_TERM.search(s.text) for s in sentences)
    if one_milestone and deal.terms["milestones"] is None:
        # one milestone payment earned is told, not what the milestones add up to
        deal.terms["milestones_disclosed"] = True
    if deal.type in ("acquisition", "merger") and deal.terms["upfront"] is None:
        deal.terms["upfront_disclosed"] = False


# "The payments could reach up to", "These payments total": payments the sentence above named
PAYMENTS_ANAPHORA = re.compile(
    r"^\s*(?:The|These|Such|Those)\s+(?:potential\s+|future\s+)?payments\s+"
    r"(?:(?:could|may|might|will|would|can)\s+)?(?:potentially\s+)?"
    r"(?:total|reach|amount to|add up to|be|are)\s+"
    r"(?:(?:up to|approximately|about|as much as)\s+)?$",
    re.IGNORECASE,
)


def milestones_told_above(
    doc: Document, sentences: list[Sentence], sentence: Sentence, money: Money
) -> bool:
    """ "The payments could reach X" right after a sentence that names milestone payments
    without pricing them: X is the milestones."""
    if not PAYMENTS_ANAPHORA.match(doc.text[sentence.start : money.start]):
        return False
    above = [s for s in sentences if s.end <= sentence.start]
    if not above:
        return False
    last = above[-1]
    between = doc.text[last.end : sentence.start]
    return (
        not between.strip()
        and bool(re.search(r"\bmilestone", last.text, re.IGNORECASE))
        and not moneys_in(doc, last)
    )


def last_near(doc: Document, first: Sentence, priced: list[Sentence]) -> Sentence | None:
    """The last of these sentences within a quote's reach of the deal's first sentence."""
    order = [s for s in doc.sentences if s.is_body]
    if first not in order:
        return None
    start = order.index(first)
    near = [
        s
        for s in priced
        if s.section == first.section
        and s in order
        and abs(order.index(s) - start) <= QUOTE_REACH_SENTENCES
    ]
    return max(near, key=lambda s: s.start) if near else None


# "... for DRUG worth up to": a value named with no term noun of its own
BARE_WORTH = re.compile(
    r"\bworth\s+(?:up to |approximately |about |around |as much as |more than |over |nearly )?$",
    re.IGNORECASE,
)
# "$60 million (about 80.4 billion won)": an amount converted in brackets
CONVERSION = re.compile(r"\s*\(\s*(?:about|approximately|around|roughly|or|c\.|ca\.|~)?\s*")
# "expects to receive a $75 million milestone payment": one payment earned, not the total
ONE_MILESTONE_BEFORE = re.compile(
    r"\b(?:receive[sd]?|receiving|earn(?:s|ed)?|trigger(?:s|ed)?|achieved|collect(?:s|ed)?)\s+"
    r"(?:a|an|the|this|its)\s+$",
    re.IGNORECASE,
)
ONE_MILESTONE_AFTER = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:[\w\-]+\s+)?milestone payment\b(?!s)", re.IGNORECASE
)
# lower case: "X Royalty Corp." is a name; "a double-digit percentage of net sales" is one too
# (a deck's title case too: "Double-Digit Percentage of Revenue Based on Product Sales")
ROYALTY_TERM = re.compile(
    r"\broyalt(?:y|ies)\b|\b[Pp]ercentage of (?:\w+ ){0,2}(?:net )?(?:[Ss]ales|[Rr]evenues?)\b"
)
INCLUDED_IN = re.compile(
    r"\b(?:including|includes?|of which|consisting of|comprising|comprised of)\b(?:[^,;]|,\d)*$"
)
# "payments of up to $5 billion include $1 billion for ... and $4 billion for ...": after the
# total, the word that opens its breakdown makes every later amount of the sentence a part
BREAKDOWN_OPENS = re.compile(
    r"\b(?:include|includes|including|consist of|consists of|consisting of|comprise|comprises"
    r"|comprising|split into|broken down into)\b"
)


def milestone_sum(text: str, sentence: Sentence, milestones: list[tuple[int, Money]]) -> Money:
    """Development, regulatory and sales milestones told side by side are summed; an amount
    that only breaks down another ("including $X in ...") is not added again."""
    first = milestones[0][1]
    kept = [
        money
        for _i, money in milestones
        if money is first
        or not (
            INCLUDED_IN.search(text[sentence.start : money.start])
            or BREAKDOWN_OPENS.search(text, first.end, money.start)
        )
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
        moneys = [
            m
            for m in moneys_in(doc, sentence)
            if not PER_SHARE.match(doc.text, m.end)
            and not SHARE_PRICE_BEFORE.search(doc.text, max(sentence.start, m.start - 60), m.start)
        ]
        if moneys:
            # "an upfront payment of $15 million and an equity investment of $10 million": the
            # amount told as the stake's, when the sentence tells one
            stake = [m for m in moneys if stake_amount(doc.text, sentence, m)]
            deal.terms = terms_json({"total_value": (stake or moneys)[0]})
            deal.money_sentence = sentence
            return


# "an equity investment of $10 million", "purchase $20 million of newly issued shares", "a $10
# million equity investment", "invest $5 million in Y"
STAKE_BEFORE = re.compile(
    r"\b(?:equity\s+investment|investment|invest(?:s|ing|ed)?|stake|equity|shares|stock)"
    r"\s+(?:of\s+|worth\s+|totall?ing\s+)?(?:up to\s+|approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
STAKE_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:in\s+)?(?:an?\s+)?(?:equity\s+investment|investment|equity\b"
    r"|of\s+(?:\w+\s+){0,3}?(?:shares|stock|equity)\b|in\s+(?:\w+\s+){0,3}?(?:shares|stock)\b)",
    re.IGNORECASE,
)


def stake_amount(text: str, sentence: Sentence, money: Money) -> bool:
    """The amount is told as the stake's own (the words right before or after it name it)."""
    before = text[max(sentence.start, money.start - 40) : money.start]
    return bool(STAKE_BEFORE.search(before) or STAKE_AFTER.match(text, money.end))


# "X's shares dipped 1.7% to $76.76", "stock closed at $12": the market price, not the stake
SHARE_PRICE_BEFORE = re.compile(
    r"\b(?:shares?|stock)\b(?:[^.;$€£¥]|\.\d){0,40}?\b(?:to|at|from)\s+$", re.IGNORECASE
)
# "at HK$4.00 each", "$12.50 per share": a share's price, not what the stake is worth
PER_SHARE = re.compile(r"\s*(?:each|per (?:\w+ )?share)\b", re.IGNORECASE)
# "$11 per share in cash", "$47 a share", "$3 per CVR", "$9.50 per ADS": a price per security,
# never the deal's value (the conventions give it no field)
SHARE_PRICE = re.compile(
    r"\s*(?:in cash\s+)?(?:per|a|for each|each)\s+(?:\w+\s+)?(?:share|ADS|ADR|CVR)s?\b",
    re.IGNORECASE,
)


def as_json(money: Money | None) -> dict | None:
    return money.as_json() if money else None


UPFRONT = (
    r"up[-\s]?front|initial payment|first payment|down payment|signing fee"
    r"|one-time(?:,? non-refundable)? payment|option (?:exercise )?(?:payments?|fees?)"
    r"|exercise (?:payments?|fees?)"
    # "an initial license fee of $4 million", "an initial access payment"
    r"|initial (?:licen[cs]e|licensing|access|technology access) (?:payments?|fees?)"
)
# "a $21 million down payment and milestone payments of ...": the term's noun follows the amount
UPFRONT_NOUN = re.compile(
    rf"\s*(?:cash\s+)?(?:(?:{UPFRONT})\s+(?:cash\s+)?(?:payments?|fees?)"
    r"|(?:down|initial|first) payment|signing fee)\b",
    re.IGNORECASE,
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


# "fees of", "an upfront payment of" right before the amount: that amount is the upfront
UPFRONT_OF = re.compile(
    rf"(?:{UPFRONT})(?: (?:cash|option|licen[cs]e|licensing|purchase))?(?: payments?| fees?)?"
    # "The upfront payment is $80 million", "the upfront fee will be RMB 50 million"
    r"\s*(?:of|amounting to|totaling|totalling|(?:is|was|will be|would be|amounts to|totals)"
    r"(?: (?:approximately|about|around))?)\s*$",
    re.IGNORECASE,
)
# "€10m on signing": paid when the agreement is signed
SIGNING = re.compile(r"\s*(?:in cash\s+)?(?:up)?on\s+(?:the\s+)?signing\b|\s*at signing\b", re.I)
# "Y paid €410 million in cash at closing": a takeover's price paid when it closes
AT_CLOSING = re.compile(
    r"\s*(?:in cash\s+)?(?:at|(?:up)?on)\s+(?:the\s+)?(?:closing|completion)\b", re.IGNORECASE
)
EXERCISE = re.compile(r"\bexercis\w*\b", re.IGNORECASE)
# "a $780 million buyout of Y", "its $2.1 billion all-cash takeover": the price named as the
# purchase's own adjective
PRICED_NOUN = re.compile(
    r"\s+(?:(?:all-cash|all-stock|cash|stock|cash-and-stock)\s+)?(?:acquisition|takeover"
    r"|buyout|purchase|deal|transaction|merger)\b",
    re.IGNORECASE,
)
# "paid Y $15 million for an option to license DRUG", "$5 million for the exclusive option":
# the price of an option is its upfront
OPTION_PRICE = re.compile(
    r"\s*(?:in cash\s+)?(?:upfront\s+)?(?:in exchange\s+)?for\s+(?:an?|the|its)\s+"
    r"(?:[\w\-]+\s+){0,2}?options?\b",
    re.IGNORECASE,
)
# "..., triggering a $40 million payment to Y": a payment an exercise sets off
TRIGGERED_PAYMENT = re.compile(r"\btrigger(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
PAYMENT_NOUN = re.compile(r"\s*(?:cash\s+)?(?:payment|fee)\b(?!s)", re.IGNORECASE)
PAYS = re.compile(r"\bpay(?:s|ing)?\s+(?:[\w’']+\s+){0,3}$", re.IGNORECASE)
# "$5 million upon IND clearance", "$2 million on the first patient dosed": a milestone
MILESTONE_EVENT = re.compile(
    # "a $5 million payment upon IND clearance": the payment's noun may stand between
    r"\s*(?:in cash\s+)?(?:(?:cash\s+)?payments?\s+)?(?:upon|on|following)\s+(?:the\s+)?"
    r"(?:reaching|achieving|meeting"
    r"|attaining|achievement|approval|clearance"
    r"|acceptance|initiation|dosing|first|start|completion|filing|submission|regulatory|IND\b"
    r"|NDA\b|BLA\b|MAA\b|marketing|commercial launch"
    # "up to $250 million upon sales thresholds", "upon specified sales events"
    r"|(?:annual |net |cumulative |certain |specified )?sales\b|specified|predefined|pre-specified"
    r"|certain (?:development|regulatory|commercial|sales))",
    re.IGNORECASE,
)
# "up to $200m contingent on Y's future performance": an earn-out paid on later results
CONTINGENT = re.compile(
    r"\s*(?:in\s+)?(?:\w+\s+)?(?:contingent|conditional|dependent)\s+(?:up)?on\b"
)
# "The aggregate amount of upfront, option and milestone payments adds up to": a total
SUMS_TO = re.compile(
    r"\b(?:aggregate|total|sum)\b[^;.]{0,160}\b(?:adds? up to|amounts? to|comes? to|reach(?:es)?"
    # "The aggregate amount of upfront and milestone payments to Y is up to $517 million"
    r"|(?:is|are|will be|could be|would be|may be)(?= (?:up to|approximately|about)\b))"
    r"\s+(?:up to\s+|approximately\s+|about\s+)?$",
    re.IGNORECASE,
)


# "... and total milestones of", "... up to": words that name the amount coming next
INTRODUCES_NEXT = re.compile(
    r"\b(?:of|totaling|totalling|up to|worth|amounting to|reaching|approximately|about)\s*$",
    re.IGNORECASE,
)
# "total potential milestones of $450 million", "aggregate milestone payments of up to":
# the milestones' own total, not the deal's
MILESTONE_TOTAL = re.compile(
    r"\b(?:total|aggregate|combined)\s+(?:(?!and\b|or\b|plus\b)[\w\-]+\s+){0,3}?milestones?"
    r"(?:\s+payments?)?\s*"
    r"(?:of|totaling|totalling|amounting to|:)?\s*(?:(?:up to|approximately|about)\s*)?$",
    re.IGNORECASE,
)
# "Milestone payments could total 1.5 billion yuan", "the milestones may reach up to $90
# million": the milestones told as the sentence's subject, with a verb of amount
MILESTONES_VERB = re.compile(
    r"\bmilestones?(?:[\s\-]+(?:based\s+)?payments?)?\s+(?:(?:could|may|might|will|would|can)\s+)?"
    r"(?:potentially\s+)?(?:total(?:s|l?ed)?|reach(?:es|ed)?|amount(?:s|ed)? to|add(?:s|ed)? up to"
    r"|come to|be|are|were|was)\s+"
    r"(?:(?:up to|approximately|about|as much as)\s+)?$",
    re.IGNORECASE,
)
# "for an enterprise value of approximately $900 million", "a transaction value of": the whole
# price of the deal
VALUE_OF = re.compile(
    r"\b(?:enterprise|equity|transaction|deal|purchase|potential|total potential)\s+value\s+of\s+"
    r"(?:up to |approximately |about |around |over |more than |nearly )?$",
    re.IGNORECASE,
)
# "a potential value of up to US$30 million in equity consideration, US$3.5 million in cash
# ...": the value of one part, listed before the whole
PART_AFTER = re.compile(r"\s*(?:\[\d+\]\s*)?in\s+(?!total\b|aggregate\b)[a-z]", re.IGNORECASE)
PREVIOUS_TAIL = re.compile(
    r"^\s*(?:in\s+)?(?:cash|stock|shares)(?:\s+(?:at|upon|on)\s+(?:the\s+)?"
    r"(?:closing|signing|completion))?\b",
    re.IGNORECASE,
)
# "Total revenue for the fourth quarter of 2024 was €173.9 million", "net loss of": a figure of
# the company's accounts told beside the deal, no term of it
REPORTED_FIGURE = re.compile(
    r"\b(?:revenues?|net (?:sales|loss|income)|sales|cash(?: and cash equivalents)?|expenses"
    r"|operating (?:loss|income|profit)|profit)\b(?:(?!milestone)[^,;$€£¥]){0,60}?"
    r"\b(?:was|were|totall?ed|amounted to|reached|(?:increased|decreased|rose|fell|grew) to)\s+"
    r"(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
# "up to $450 million in total milestone payments"
MILESTONES_IN_TOTAL = re.compile(
    r"\s*in (?:total|aggregate)\s+(?:(?!and\b|or\b|plus\b)[\w\-]+\s+){0,3}?milestones?\b",
    re.IGNORECASE,
)
# "$60 million in upfront and milestone payments": one amount for both terms, unlike "¥3 billion
# upfront with further milestones" or "RMB 150 million upfront, and the total deal value,
# including milestones, ..." (the milestones told apart)
JOINED_MILESTONES = re.compile(
    rf"\s*(?:in\s+)?(?:cash\s+)?(?:{UPFRONT})(?:\s+(?:cash\s+)?(?:payments?|fees?))?"
    # "in upfront and milestone payments", "in upfront, development and sales milestones"
    r"\s*(?:,\s*|\s+(?=(?:and|or|&)\s))(?:(?:and|or|&)\s+)?"
    # ("$60 million upfront and is eligible for milestones": a verb tells the milestones apart)
    r"(?:(?!(?:the|a|an|total|with|is|are|was|were|will|would|could|may|can|be|eligible|gets?"
    r"|receives?|stands?)\b)[\w\-]+(?:,\s*|\s+)){0,4}?milestones?\b",
    re.IGNORECASE,
)
# "$20 million upfront plus ...": the bare upfront word right after an amount
UPFRONT_WORD = re.compile(rf"\s*(?:in\s+)?(?:cash\s+)?(?:{UPFRONT})\b", re.IGNORECASE)


def classify(text: str, sentence: Sentence, moneys: list[Money], i: int, type_: str) -> str | None:
    """Which term an amount is: "upfront", "milestones", "total_value" or None (not a term)."""
    money = moneys[i]
    clause_start = moneys[i - 1].end if i else wrapped_start(text, sentence.start)
    before = text[max(clause_start, money.start - WORDS_BEFORE_CHARS) : money.start]
    after_end = moneys[i + 1].start if i + 1 < len(moneys) else sentence.end
    after = text[money.end : min(after_end, money.end + WORDS_AFTER_CHARS)]
    converted = converted_end(text, moneys, i)
    if converted is not None:
        # "KRW 50 billion (about $37 million) upfront": the words after the bracket are its own
        after_end = moneys[i + 2].start if i + 2 < len(moneys) else sentence.end
        after = text[converted : min(after_end, converted + WORDS_AFTER_CHARS)]
    # a deck line wrapped mid-phrase ("Milestone\nPayments of up to $89 Million") reads as one line
    before, after = re.sub(r"\s+", " ", before), re.sub(r"\s+", " ", after)
    if SHARE_PRICE.match(after):
        return None  # "for $14.20 per share in cash": a share's price has no field of the deal
    if i:
        # "$1.1 billion in cash at closing and up to $400 million ...": the words that qualify
        # the previous amount are not this one's ("cash" names no term here)
        before = PREVIOUS_TAIL.sub("", before, count=1)
    if re.search(
        r"\b(?:sales(?![\s\-]+(?:based\s+|related\s+)?milestones?)|market|revenue|revenues|assets"
        r"|increase to|valuation|cash|proceeds)\b"
        r"[^,;]{0,25}$",
        before,
        re.IGNORECASE,
    ) and not re.search(rf"(?:{UPFRONT})", before, re.IGNORECASE):
        return None
    if type_ in ("acquisition", "merger") and PRICED_NOUN.match(after):
        return "total_value"  # "X's $780 million buyout of Y", "the $2 billion all-cash deal"
    if type_ in ("acquisition", "merger") and AT_CLOSING.match(after):
        return "upfront"  # "Y paid €410 million in cash at closing, and up to €190 million ..."
    if REPORTED_FIGURE.search(before) and not re.search(UPFRONT, before, re.IGNORECASE):
        return None  # "Total revenue for the fourth quarter was €173.9 million": a result
    if OPTION_PRICE.match(after):
        return "upfront"  # "has paid Y $15 million for an option to license DRUG": the option fee
    if re.search(
        r"\b(?:cumulative|(?<!be )paid|received|raised)\b", before, re.IGNORECASE
    ) and not UPFRONT_OF.search(before):
        # money already paid under the deal is no term of it ("will be paid" is); a received
        # payment named as the upfront is the upfront ("received an upfront payment of $60M")
        return None
    if UPFRONT_OF.search(before) or SIGNING.match(after):
        return "upfront"  # "option exercise fees of $45 million in aggregate", "$10m on signing"
    if (
        type_ == "option"
        and EXERCISE.search(sentence.text)
        and (PAYS.search(before) or TRIGGERED_PAYMENT.search(before) and PAYMENT_NOUN.match(after))
    ):
        # "In connection with the exercise, X is paying Y $20 million", "has exercised its
        # option ..., triggering a $40 million payment to Y": the exercise fee
        return "upfront"
    if (
        type_ in ("acquisition", "merger", "other")
        and re.search(r"\bpay(?:s|ing)?\s+(?:[\w’']+\s+){0,3}$", before, re.IGNORECASE)
        # ("agreed to pay $210 million to Y for a portion of its royalties": the payee between)
        and re.match(
            r"\s*(?:in cash\s+)?(?:to\s+(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.,\-]*){0,3}\s+)?"
            r"(?:in exchange\s+)?for\b",
            after,
            re.IGNORECASE,
        )
    ):
        return "total_value"  # "Y will pay X $200 million for its royalty": the price
    # "$20 million upfront and total milestones of $450 million": the words after the upfront
    # word introduce the next amount, they are not this amount's own ("in upfront and
    # milestone payments" is)
    next_owned = (
        i + 1 < len(moneys)
        and money.end + WORDS_AFTER_CHARS >= after_end
        and INTRODUCES_NEXT.search(after)
    )
    if re.match(rf"\s*(?:in\s+)?(?:cash\s+)?(?:{UPFRONT})", after, re.I) and (
        not re.search("milestone", after, re.I) or next_owned or not JOINED_MILESTONES.match(after)
    ):
        return "upfront"  # "a total of $52 million in upfront payments" is all upfront
    if UPFRONT_NOUN.match(after):
        return "upfront"  # "$21 million down payment and milestone payments of up to $90 million"
    if MILESTONE_TOTAL.search(before) or MILESTONES_IN_TOTAL.match(after):
        return "milestones"  # "total potential milestones of $450 million": as stated
    if MILESTONES_VERB.search(before) and not re.search(
        UPFRONT, text[clause_start : money.start], re.IGNORECASE
    ):
        return "milestones"  # "and total milestones could reach 300 billion won"
    if SUMS_TO.search(text, clause_start, money.start):
        return "total_value"  # "the aggregate of the upfront and milestones adds up to $600M"
    if MILESTONES_VERB.search(before):
        return "milestones"  # "Milestone payments could total 1.5 billion yuan"
    if BARE_WORTH.search(before) and not re.search(
        r"milestone|payment|shares?\b|stock|royalt", before[-50:], re.IGNORECASE
    ):
        return "total_value"  # "an agreement with Y for DRUG worth up to $385 million"
    if WORTH.search(before) or re.match(r"\s*in (?:total|aggregate)\b", after, re.IGNORECASE):
        return "total_value"  # "a deal worth up to $1 billion", "will pay RMB 150 million in total"
    if (
        re.search(r"\b(?:total|aggregate|in total)\b", before, re.IGNORECASE)
        or (VALUE_OF.search(before) and not PART_AFTER.match(after))
        or re.search(
            r"\b(?:values|valued|valuing)\b(?: \S+){0,4}? at (?:up to |approximately |about "
            r"|around )?$",
            before,
            re.IGNORECASE,
        )
    ):
        return "total_value"
    if re.search(UPFRONT, after, re.IGNORECASE) and re.search("milestone", after, re.IGNORECASE):
        return "total_value"
    breakdown = text[money.end : min(sentence.end, money.end + WORDS_AFTER_CHARS)]
    if BREAKDOWN.match(breakdown) and re.search(rf"{UPFRONT}|milestone", breakdown, re.I):
        return "total_value"  # "up to $975 million, inclusive of $60 million upfront and ..."
    # the previous amount's own noun ("$21 million down payment and ...") names no term here
    told_before = before
    if i and (
        noun := UPFRONT_NOUN.match(text, moneys[i - 1].end, money.start)
        or UPFRONT_WORD.match(text, moneys[i - 1].end, money.start)
    ):
        # "$20 million upfront plus milestones of up to $450 million": "upfront" is the
        # previous amount's word, not this one's
        told_before = text[max(noun.end(), money.start - WORDS_BEFORE_CHARS) : money.start]
    if re.search(UPFRONT, told_before, re.I) and re.search("milestone", told_before, re.I):
        return "total_value"
    if re.search(
        rf"(?:{UPFRONT})(?: (?:cash|option|licen[cs]e|licensing|purchase))?(?: payment| fee)?\s*"
        r"(?:of|amounting to|totaling|totalling)?\s*$",
        before,
        re.IGNORECASE,
    ):
        return "upfront"
    if re.search("milestone", after + milestone_tail(text, after_end, money), re.I) or re.search(
        r"(?:milestones?(?: payments?)?|(?:potential|future|contingent) (?:\w+ )?payments?)"
        r"\s*(?:of|totaling|totalling)?\s*"
        r"(?:(?:up to|not more than|no more than|a maximum of|as much as)\s*)?$",
        before,
        re.IGNORECASE,
    ):
        return "milestones"
    if MILESTONE_EVENT.match(after) or CONTINGENT.match(after):
        return "milestones"  # "$5 million upon IND clearance": paid when a step is reached
    if re.search(r"\breceives?\s+(?:an?\s+)?$|\bwill receive\s+$", before, re.I) and not re.search(
        r"\b(?:eligible|potential|up to|additional|future)\b", before + after.split(",")[0], re.I
    ):
        return "upfront"  # "Upon closing, X receives $825 million"
    if type_ in ("acquisition", "merger", "other") and re.search(
        # "for a purchase price of $95 million", "for a consideration of"
        r"\b(?:for|or|(?:at|for) an? (?:total |overall |estimated |aggregate )?(?:purchase )?"
        r"(?:cost|price|consideration) of)\s+"
        # ("$14.20 per share, or roughly $900 million": the total after a share's price)
        r"(?:about|approximately|around|up to|roughly|nearly|some|almost)?\s*$",
        before,
        re.IGNORECASE,
    ):
        return "total_value"  # "to acquire X for $1.5 billion", "at a cost of $17 billion"
    return None


def wrapped_start(text: str, start: int) -> int:
    """Where a sentence's first clause starts: a line that a deck wrapped mid-phrase ("...,
    Additional Potential Milestone\nPayments of up to $89 Million") continues the clause the
    line above left open, back to that line's last comma."""
    if start < 2 or text[start - 1] != "\n" or not text[start - 2].isalpha():
        return start
    line_start = text.rfind("\n", 0, start - 1) + 1
    cut = max(text.rfind(",", line_start, start), text.rfind(";", line_start, start))
    return cut + 1 if cut >= 0 else line_start


def converted_end(text: str, moneys: list[Money], i: int) -> int | None:
    """Where the bracket that converts the i-th amount into another currency closes, if one
    does ("KRW 50 billion (about $37 million)")."""
    if i + 1 >= len(moneys) or not CONVERSION.fullmatch(text, moneys[i].end, moneys[i + 1].start):
        return None
    closing = re.match(r"[^()]{0,20}?\)", text[moneys[i + 1].end :])
    return moneys[i + 1].end + closing.end() if closing else None


def milestone_tail(text: str, after_end: int, money: Money) -> str:
    """ "up to EUR 350M in additional payments upon ... regulatory milestones": a longer reach."""
    if not re.match(r"\s*in (?:[\w\-]+ ){0,2}payments", text[money.end :]):
        return ""
    reach = text[money.end : min(after_end, money.end + MILESTONE_REACH_CHARS)]
    return re.split(r";|,\s+(?:as well as|plus|and (?:is|will|a|an|the))\b", reach, maxsplit=1)[0]
