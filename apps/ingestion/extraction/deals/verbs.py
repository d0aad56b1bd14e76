"""Verb rules: deals made by a verb of buying or selling, with roles from the verb."""

import re

from ..companies import FoundCompany, core_key, find_mentions, is_first_name
from ..drugs import FoundDrug, drugs_between
from ..lexicons import deals as lex
from ..text import Document, Sentence
from .cues import (
    ACQUIRE_VERB,
    ACQUISITION_BY,
    ACQUISITION_NOUN,
    ASSET_ACQUISITION_BY,
    ASSET_WORDS,
    BRAND_WITH_INN,
    DESCRIBED_BEFORE,
    IMPLICIT_SUBJECT,
    NOT_ACQUIRED,
    OFFER_FROM,
    POSSESSIVE,
    PURSUED,
    REFUSED,
    ROYALTY_ASSET,
    SALE_BUYER,
    SALE_VERB,
    SECOND_PREDICATE,
    SHARES_OF,
    TALKS,
    TRANSFER_VERB,
    TURNED_DOWN,
    UNIT_WORD,
    mask_parentheses,
)
from .fields import territory
from .model import FoundDeal, make_deal, party_key, top
from .parties import (
    ASIDE,
    listed_objects,
    object_end,
    parallel_objects,
    parties_in,
    possessive_before,
    release_issuer,
    subject_before,
)
from .terms import moneys_in, terms_json

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
    for pattern, step in VERB_STEPS:  # in this order: the first deal per set of parties stays
        for cue in pattern.finditer(sentence.text):
            found += step(doc, sentence, cue, companies, drugs)
    unique = []
    for deal in found:
        if not any(party_key(d.parties) == party_key(deal.parties) for d in unique):
            unique.append(deal)
    return unique


def acquisition_at(doc, sentence, verb_start, object_start, companies, drugs, *, rule):
    text = doc.text
    if ADJECTIVE_BEFORE.search(text, sentence.start, verb_start) and re.match(
        r"acquired\b", text[verb_start:object_start]
    ):
        return []  # "the unwind of acquired inventory": a participle describing a thing
    option = OPTION_TO.search(text[sentence.start : verb_start])
    if option and not OPTION_EXERCISED.search(text[sentence.start : verb_start]):
        return []  # "an exclusive option to acquire Y": an option deal, read by the agreement rule
    if TALKS.search(text, sentence.start, verb_start):
        return []  # "X is in advanced talks to acquire Y": nothing is agreed yet
    if PURSUED.search(text[sentence.start : verb_start]) or TURNED_DOWN.search(sentence.text):
        return []  # "X is pursuing an acquisition of Y, which Y rejected": a bid, not a deal
    if re.match(r"\s*by\s", text[object_start - 1 : object_start + 3]):
        return acquired_by(doc, sentence, verb_start, object_start, companies, drugs)
    if PASSIVE_BEFORE.search(text, sentence.start, verb_start) and not ACTIVE_AFTER_BE.match(
        text, verb_start
    ):
        # "Y was acquired for $575 million": no buyer named, no deal to read; but "X is
        # acquiring Y" and "X is to acquire Y" are active
        return []
    shares = SHARES_OF.match(text, object_start)
    if shares:
        object_start = shares.end()  # "all outstanding shares of Y": Y is bought
    if re.match(r"\s*from\s", text[object_start - 1 : object_start + 6]):
        return relative_asset_purchase(doc, sentence, verb_start, object_start, companies, drugs)
    phrase_end = object_end(doc, sentence, object_start)
    phrase = text[object_start:phrase_end]
    if COUNTED_OBJECTS.match(phrase) and text.startswith(":", phrase_end):
        # "bought three companies: A, B and C": the objects are listed after the colon
        object_start = phrase_end + 1
        phrase_end = object_end(doc, sentence, object_start)
        phrase = text[object_start:phrase_end]
    clause = next_clause(doc, sentence, object_start, phrase_end, companies, drugs)
    if clause is not None:  # "acquisition of A and B's licence of X from C": ends before B
        phrase_end = clause
        phrase = text[object_start:phrase_end]
    second = SECOND_PREDICATE.search(text, object_start, phrase_end)
    if second is not None:  # "acquired A for $2 million and in-licensed X from C"
        phrase_end = second.start()
        phrase = text[object_start:phrase_end]
    if STOCK_PURCHASE.match(phrase):
        return stock_purchase(doc, sentence, verb_start, object_start, phrase_end, companies, drugs)
    if rule == "deal.acquisition_noun" and RIGHTS_BOUGHT.match(phrase):
        return rights_purchase(
            doc, sentence, verb_start, object_start, phrase_end, companies, drugs
        )
    if NOT_ACQUIRED.match(phrase) and not DESCRIBED_COMPANY.match(phrase):
        return []  # shares, data, a facility; but "the data start-up Y" is a company
    royalty = bool(ROYALTY_ASSET.search(phrase))
    targets, _ = listed_objects(doc, sentence, object_start, companies, drugs)
    if rule == "deal.acquisition_noun":
        acquirer = possessive_before(doc, verb_start, sentence, companies, drugs)
        # "the acquisitions of A and B by X": the agent follows the last object named
        objects_end = max(
            (
                e
                for c, _, e in parties_in(doc, object_start, phrase_end, companies, drugs)
                if any(c is t or c.name == t.name for t in targets)
            ),
            default=phrase_end,
        )
        by = AGENT_AFTER.match(text, objects_end, sentence.end)
        by_end = objects_end + by.end() - by.start() if by else None
        if by is None:
            by = ACQUISITION_BY.match(text[phrase_end : sentence.end])
            by_end = phrase_end + by.end() if by else None
        if acquirer is None and by:
            by_start = by_end
            after = parties_in(doc, by_start, object_end(doc, sentence, by_start), companies, drugs)
            acquirer = after[0][0] if after and after[0][1] == by_start else None
        if acquirer is None and ITS_BEFORE.search(text, sentence.start, verb_start):
            # "completed its acquisition of A in March and its acquisition of B in June": the
            # second "its" is the clause's subject, never the object of the first acquisition
            first = ACQUISITION_CUE.search(text, sentence.start, verb_start)
            if first is not None and first.start() < verb_start - 4:
                acquirer = subject_before(doc, sentence, first.start(), companies, drugs, targets)
        if acquirer is None:
            acquirer = subject_before(doc, sentence, verb_start, companies, drugs, targets)
        if acquirer is None and FRONTED_ITS.match(text, sentence.start, verb_start):
            # "Following its acquisition of Y, X said ...": the opening phrase's "its" is the
            # main clause's subject, named after the phrase
            acquirer = fronted_subject(doc, sentence, object_start, companies, drugs, targets)
    else:
        acquirer = subject_before(doc, sentence, verb_start, companies, drugs, targets)
    if acquirer is None and IMPLICIT_SUBJECT.match(sentence.text):
        acquirer = release_issuer(doc, companies)  # "* Completed the acquisition of Y"
    if acquirer is None:
        return []
    sellers = sellers_after(doc, sentence, phrase_end, companies, drugs)
    seller = sellers[0] if sellers else None
    # "acquire a royalty on DRUG from A and B": every seller listed is a partner
    co_sellers = [(s, "partner") for s in sellers[1:] if top(s) is not top(acquirer)]
    named = [d for d in drugs_between(drugs, object_start, phrase_end)]
    targets = [t for t in targets if top(t) is not top(acquirer) and t is not seller]
    owner = unit_owner(doc, object_start, phrase_end, targets, companies, drugs)
    if owner is not None and seller is None and not royalty:
        # "agreed to buy Y's dermatology portfolio", "the ophthalmology business of Y": Y sells
        # a part of itself and stays; it is a partner, not the target
        owned = named or products_after(doc, sentence, object_start, drugs)
        return [
            make_deal(
                "acquisition",
                sentence,
                rule="deal.asset_purchase",
                drugs=owned,
                roles=[(acquirer, "acquirer"), (owner, "partner")],
            )
        ]
    if royalty:
        owner = seller or royalty_owner(doc, object_start, phrase_end, targets, companies, drugs)
        owner = owner or royalty_receiver(doc, sentence, phrase_end, companies, drugs)
        if owner is None or top(owner) is top(acquirer):
            return []
        return [
            make_deal(
                "other",
                sentence,
                rule="deal.royalty_purchase",
                drugs=named,
                roles=[(acquirer, "acquirer"), (owner, "partner")]
                + (co_sellers if owner is seller else []),
            )
        ]
    paired = False
    if targets and not royalty and seller is None:
        # "acquired A in 2021 and B in 2023": each object told with its own date or price
        more, paired = parallel_objects(doc, sentence, targets[-1], object_start, companies, drugs)
        targets += [t for t in more if t not in targets and top(t) is not top(acquirer)]
    if named and targets and drug_first(named, object_start, targets, doc, sentence):
        targets = []  # "acquire BRAND (inn), a medicine approved ... from Y": a product bought
    if targets:
        deals = []
        for i, target in enumerate(targets):
            roles = [(acquirer, "acquirer"), (target, "target")]
            if seller is not None:
                roles += [(seller, "partner"), *co_sellers]
            # "acquire Y, including its lead asset DRUG": the target's products named after it
            owned = products_after(doc, sentence, object_start, drugs) if len(targets) == 1 else []
            deal = make_deal("acquisition", sentence, rule=rule, roles=roles, drugs=owned)
            deal.respectively = i if len(targets) > 1 else None
            deal.priced_from = object_start if paired and len(targets) > 1 else None
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
                roles=[(acquirer, "acquirer"), (seller, "partner"), *co_sellers],
            )
        ]
    return []


# "Following its acquisition of", "Updating on its proposed purchase of": a phrase opening the
# sentence, its pronoun owning the noun of buying (a few words before it at most)
FRONTED_ITS = re.compile(
    r"(?:[^\n]*?\s(?:--|—|–)\s+)?"  # after a dateline
    r"\W*(?-i:[A-Z])[A-Za-z\-]*\s+(?:[A-Za-z\-]+\s+){0,2}(?:its|their)\s+(?:\w+\s+)?$"
)
# "..., US healthcare giant X": the main clause's subject after the opening phrase's comma,
# described by a few words before its name
FRONTED_GAP = re.compile(
    r",\s+(?:(?!(?:of|for|at|by|with|to|from|and|in|on|as)\b)[\w\-]+\s+){0,4}", re.IGNORECASE
)


def fronted_subject(doc, sentence, object_start, companies, drugs, targets) -> FoundCompany | None:
    """The company that opens the main clause after an opening phrase ("Following its
    acquisition of Y, X reported ..."): the first company named right after a comma past the
    object (a few describing words before it at most) that is not a company bought."""
    masked = mask_parentheses(doc.text[object_start : sentence.end])
    for comma in re.finditer(",", masked):
        start = object_start + comma.start()
        for company, name_start, _ in parties_in(doc, start, sentence.end, companies, drugs):
            if any(top(company) is top(t) for t in targets):
                continue
            if FRONTED_GAP.fullmatch(doc.text, start, name_start):
                return company
            break
    return None


# "purchase $15 million of Y common stock", "acquire 9.9% of the shares of Y": a stake, not Y
STOCK_PURCHASE = re.compile(
    r"\s*(?:(?:an?|its|additional|newly issued)\s+)?"
    # "EUR 20 million of Y shares": a price by its currency code is a price too
    r"(?:(?:(?:US|HK|A|C)?[$€£¥]|(?:EUR|USD|GBP|CHF|JPY|CNY|RMB|HKD|SEK|DKK|NOK)\s)\s?[\d.,]+"
    r"\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+"
    r"|(?!100\s?%)\d+(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:of\s+)?)"  # 100%: the company
    # "$40 million of Acme, Inc. common stock": the company's name may hold a comma
    r"(?:the\s+)?(?:[\w’'.,\-]+\s+){0,4}?(?:common\s+|ordinary\s+|preferred\s+|new\s+)?"
    r"(?:stock|shares|equity)\b"
    # "4 million newly issued shares of Y": a number of shares is a stake, not the company
    r"|\s*(?:(?:an?|its|additional|another|further)\s+)*[\d.,]+\s*(?:million|billion|m|bn)?\s+"
    r"(?:(?:newly\s+issued|new|ordinary|common"
    r"|preferred|treasury)\s+)*(?:shares|stock)\s+(?:of|in)\b"
    # "a 30% stake in Y", "a minority stake": a stake is no more the company than its shares
    # are (a majority stake bought is the company's acquisition)
    r"|\s*(?:an?\s+)?(?:(?:[1-4]?\d(?:\.\d+)?)\s?(?:%|percent|per cent)|minority"
    r"|non-controlling)\s+(?:equity\s+)?stake\b",
    re.IGNORECASE,
)


# "the acquisition of the global rights to DRUG from Y": a product's rights bought outright
RIGHTS_BOUGHT = re.compile(
    r"\s*(?:the\s+)?(?:(?:global|worldwide|exclusive|commercial|full|all)\s+){0,2}rights"
    r"(?:\s+(?:to|for|of)\b|\s*$)",
    re.IGNORECASE,
)
# "three companies", "two biotech firms", "the following businesses" before a colon list
COUNTED_OBJECTS = re.compile(
    r"\s*(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)|the following)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:companies|biotechs|businesses|firms|developers|start-?ups)\s*$",
    re.IGNORECASE,
)
# "its acquisition of", "their purchase of": a pronoun owns the acquisition noun
ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
ACQUISITION_CUE = re.compile(rf"{lex.ACQUIRE_VERB}|{lex.ACQUISITION_NOUN}", re.IGNORECASE)
# "of acquired inventory", "the acquired business": "acquired" as an adjective, no verb
# (an adverb alone is no sign: "X recently acquired assets from Y" is the verb)
ADJECTIVE_BEFORE = re.compile(
    r"(?:\b(?:of|the|an?|its|their|our)\s+(?:(?:newly|recently|previously)\s+)?"
    r"|(?-i:\b(?:Newly|Recently|Previously))\s+)$",
    re.IGNORECASE,
)


def rights_purchase(doc, sentence, verb_start, object_start, phrase_end, companies, drugs):
    """ "the acquisition of the global rights to DRUG from Y": the buyer (the phrase's subject,
    or "the Group"/"the Company" of the release) acquires the product; Y, the seller, is a
    partner. The noun says acquisition: a licence is told with "licence" or "acquired rights"."""
    seller = seller_after(doc, sentence, phrase_end, companies, drugs)
    if seller is None:
        return []
    buyer = possessive_before(doc, verb_start, sentence, companies, drugs)
    buyer = buyer or subject_before(doc, sentence, verb_start, companies, drugs, [seller])
    if buyer is None or top(buyer) is top(seller):
        return []
    deal = make_deal(
        "acquisition",
        sentence,
        rule="deal.asset_purchase",
        drugs=drugs_between(drugs, object_start, seller_start(doc, sentence, phrase_end)),
        roles=[(buyer, "acquirer"), (seller, "partner")],
    )
    deal.territory = territory([sentence])
    return [deal]


def stock_purchase(doc, sentence, verb_start, object_start, phrase_end, companies, drugs):
    """ "Y will purchase $15 million of X common stock": Y invests in X (equity_investment,
    its price the total value); one company's stake is never its acquisition."""
    named = parties_in(doc, object_start, phrase_end, companies, drugs)
    if not named:
        return reported_stock_purchase(
            doc, sentence, verb_start, object_start, phrase_end, companies, drugs
        )
    investee = named[0][0]
    investor = subject_before(doc, sentence, verb_start, companies, drugs, [investee])
    if investor is None or top(investor) is top(investee):
        return []
    price = [m for m in moneys_in(doc, sentence) if object_start <= m.start < phrase_end]
    return [equity_investment_deal(sentence, investor, investee, price[0] if price else None)]


# "Y said X will buy $40 million of its common stock": "its" is the teller's, named before
# the reporting verb
ITS_STOCK = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
TELLER_BEFORE = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,2}?(?:said|says|announced|announces)\b(?:\s+that)?"
)


def reported_stock_purchase(doc, sentence, verb_start, object_start, phrase_end, companies, drugs):
    """ "Y said X will buy $40 million of its common stock": X invests in Y, the teller."""
    if not ITS_STOCK.search(doc.text, object_start, phrase_end):
        return []
    investor = subject_before(doc, sentence, verb_start, companies, drugs)
    if investor is None:
        return []
    at = next(
        (
            s
            for c, s, _ in parties_in(doc, sentence.start, verb_start, companies, drugs)
            if c is investor
        ),
        None,
    )
    if at is None:
        return []
    before = parties_in(doc, sentence.start, at, companies, drugs)
    if not before or top(before[0][0]) is top(investor):
        return []
    teller, _, teller_end = before[0]
    if not TELLER_BEFORE.match(doc.text[teller_end:at]):
        return []
    price = [m for m in moneys_in(doc, sentence) if object_start <= m.start < phrase_end]
    return [equity_investment_deal(sentence, investor, teller, price[0] if price else None)]


def equity_investment_deal(sentence, investor, investee, price) -> FoundDeal:
    """An equity_investment of `investor` in `investee` told by `sentence`, its price (a Money
    mention or None) the total value, read from that same sentence."""
    deal = make_deal(
        "equity_investment",
        sentence,
        rule="deal.equity_beside",
        roles=[(investor, "investor"), (investee, "investee")],
    )
    deal.kinds = ["equity_investment"]
    if price is not None:
        deal.terms = terms_json({"total_value": price})
        deal.money_sentence = sentence
    return deal


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")
# "X is acquiring Y", "X is to acquire Y": after "is", the progressive and the infinitive are
# active
ACTIVE_AFTER_BE = re.compile(r"\w+ing\b|to\s")
# "the data start-up Y", "a plant-biology company Y": a company described before its name
DESCRIBED_COMPANY = re.compile(
    rf"\s*(?:the\s+|an?\s+)?(?:[\w\-]+\s+){{0,4}}?(?:{lex.DESCRIPTOR_NOUNS})\s+[A-Z]"
)
# "the purchase by X of Y": the agent before the object
PURCHASE_BY = re.compile(
    r"\b(?:acquisition|purchase|takeover|buyout)\s+by\s+(?=[A-Z])", re.IGNORECASE
)
# "... of A and B by X": the agent of a noun of buying
AGENT_AFTER = re.compile(r",?\s+by\s+(?=[A-Z])")
# "X has exercised its option to acquire Y": the option is spent, Y is bought
OPTION_EXERCISED = re.compile(
    r"\bexercis\w+\s+(?:its|their|an|the|this)\s+(?:[\w\-]+\s+){0,2}?options?\s+(?:to\s+)?$",
    re.IGNORECASE,
)
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


def purchase_by_of(doc, sentence, noun, companies, drugs) -> list[FoundDeal]:
    """ "the purchase by X of Y": the agent named before the object; one deal per company
    bought."""
    by_start = sentence.start + noun.end()
    of_at = doc.text.find(" of ", by_start, sentence.end)  # the agent's name ends at "of"
    end = min(object_end(doc, sentence, by_start), of_at if of_at >= 0 else sentence.end)
    after = parties_in(doc, by_start, end, companies, drugs)
    if not after or after[0][1] != by_start:
        return []
    acquirer, acquirer_end = after[0][0], after[0][2]
    of = re.match(r"\s+of\s+", doc.text[acquirer_end : sentence.end])
    if of is None:
        return []
    targets, _ = listed_objects(doc, sentence, acquirer_end + of.end(), companies, drugs)
    return [
        make_deal(
            "acquisition",
            sentence,
            rule="deal.acquisition_noun",
            roles=[(acquirer, "acquirer"), (target, "target")],
        )
        for target in targets
        if top(target) is not top(acquirer)
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


# "by Italian drugmaker Y", "by the Swiss company Y": the agent described before its name
AGENT_DESCRIBED = re.compile(rf"(?:the\s+)?{DESCRIBED_BEFORE}(?:(?:{lex.DESCRIPTOR_NOUNS})\s+)*")


def acquired_by(doc, sentence, verb_start, by_start, companies, drugs) -> list[FoundDeal]:
    """ "Y has been acquired by X": X is the acquirer, the subject Y the target."""
    start = by_start + re.match(r"\s*by\s+", doc.text[by_start - 1 :]).end() - 1
    described = AGENT_DESCRIBED.match(doc.text, start, sentence.end)
    if described:
        start = described.end()  # "acquired by Italian drugmaker Y", "by the Swiss company Y"
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


def offer_from(doc, sentence, cue, companies, drugs) -> list[FoundDeal]:
    """ "X shares rose after a buyout offer from Y": Y is the acquirer, the company the sentence
    names first (its shares, its board) the target; a refused bid is no deal."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    if REFUSED.search(sentence.text) or TALKS.search(doc.text, sentence.start, start):
        return []
    bidders, _ = listed_objects(doc, sentence, end, companies, drugs)
    named = find_mentions(doc.text, companies, sentence.start, start)
    if len(bidders) != 1 or not named or top(named[0].company) is top(bidders[0]):
        return []
    return [
        make_deal(
            "acquisition",
            sentence,
            rule="deal.acquisition_noun",
            roles=[(bidders[0], "acquirer"), (named[0].company, "target")],
        )
    ]


BUSINESS_AFTER = re.compile(rf"[’']s?\s+(?:[\w\-]+\s+){{0,3}}?{lex.BUSINESS_SOLD}\b")
BUSINESS_BEFORE = re.compile(
    rf"^\s*(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){{0,3}}?{lex.BUSINESS_SOLD}\s+(?:of|from)\s+"
    r"(?:the\s+)?$"
)


def unit_owner(doc, object_start, phrase_end, targets, companies, drugs) -> FoundCompany | None:
    """The one company named as the owner of a business, unit or portfolio the object phrase
    names ("Y's dermatology portfolio", "the consumer unit of Y"), else None."""
    if len(targets) != 1:
        return None
    for company, start, end in parties_in(doc, object_start, phrase_end, companies, drugs):
        if company is not targets[0] and company.name != targets[0].name:
            continue
        if BUSINESS_AFTER.match(doc.text, end, phrase_end) or BUSINESS_BEFORE.match(
            doc.text[object_start:start]
        ):
            return company
        return None
    return None


def royalty_owner(doc, start, end, targets, companies, drugs) -> FoundCompany | None:
    """Whose royalty is bought: "a royalty on Y's DRUG" names Y; in "royalties on A and B"
    A and B (the list after "on") are the products the royalties are paid on."""
    listed = [
        (company, name_start, name_end)
        for company, name_start, name_end in parties_in(doc, start, end, companies, drugs)
        # a bare name is found anew each time: the same name is the same party
        if any(company is t or company.name == t.name for t in targets)
    ]
    if not listed:
        return None
    products = ON_PRODUCT.search(doc.text, start, listed[0][1])
    for company, _, name_end in listed:
        if POSSESSIVE_AFTER.match(doc.text, name_end) or not products:
            return company
    return None


def royalty_receiver(doc, sentence, phrase_end, companies, drugs) -> FoundCompany | None:
    """ "a portion of the royalty stream that Y receives on sales of DRUG": the company that
    receives the royalty (named in the relative clause right after the object) sells it."""
    clause = RECEIVES_CLAUSE.match(doc.text, phrase_end, sentence.end)
    if clause is None:
        return None
    found = parties_in(doc, clause.end(), sentence.end, companies, drugs)
    if not found or found[0][1] != clause.end():
        return None
    company, _, name_end = found[0]
    return company if RECEIVES_AFTER.match(doc.text, name_end, sentence.end) else None


# "... that Y receives", "... which Y earns": the royalty's owner is the relative clause's subject
RECEIVES_CLAUSE = re.compile(r"\s*,?\s*(?:that|which)\s+(?:the\s+)?")
RECEIVES_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,80},\s*)?(?:currently\s+|now\s+)?"
    r"(?:receives|earns|is entitled to|collects|is owed)\b"
)
POSSESSIVE_AFTER = re.compile(r"[’']s?\s")
# "royalties on A": what follows "on" is what the royalty is paid on
ON_PRODUCT = re.compile(r"\broyalt(?:y|ies)\s+(?:interests?\s+)?on\s+(?:the\s+)?$")


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


def seller_start(doc: Document, sentence: Sentence, phrase_end: int) -> int:
    """Where "from Y" begins past the object phrase (the sentence end when it does not)."""
    found = re.search(r"\bfrom\s+", mask_parentheses(doc.text[phrase_end : sentence.end]))
    return phrase_end + found.start() if found else sentence.end


# A coordinated clause with its own subject ("..., and C paid $4 billion to license X from D";
# "..., while C ..."; "; C ..."): a "from Y" past it is another deal's seller
NEXT_CLAUSE = re.compile(
    r";\s*|,\s+(?:and|while|whereas|but)\s+(?=[A-Z])"
    # "... and C licensed X from D": a capitalised subject with its own past-tense verb
    r"|\s+(?:and|while|whereas)\s+(?=[A-Z][\w.\-&]*(?:\s+[\w.\-&]+){0,4}?"
    r"(?:\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:[a-z]+ed|paid|bought|sold|signed|took|won)\b"
    # "... and C's licence of X from D": C owns the next deal
    r"|[’']s\s+(?:\S+\s+){0,3}?(?:licen[cs]e|licensing|acquisition|purchase|collaboration"
    r"|partnership|agreement|deal|option)))"
)


def next_clause(doc, sentence, start, end, companies, drugs) -> int | None:
    """Where a coordinated clause whose subject is a company begins in [start, end), or None."""
    masked = mask_parentheses(doc.text[start:end])
    for clause in NEXT_CLAUSE.finditer(masked):
        at = start + clause.end()
        found = parties_in(doc, at, min(end, at + 120), companies, drugs)
        if found and found[0][1] <= at + 4:  # "and the Swiss C" still names C first
            return start + clause.start()
    return None


def seller_after(doc, sentence, phrase_end, companies, drugs) -> FoundCompany | None:
    """ "... from Y": the selling party, the first company after "from" past the object and
    before a coordinated clause of its own."""
    sellers = sellers_after(doc, sentence, phrase_end, companies, drugs)
    return sellers[0] if sellers else None


# Between two sellers of a list: "A and B", "A, B and C", "A (TKR) and B (TKR)"
SELLER_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def sellers_after(doc, sentence, phrase_end, companies, drugs) -> list[FoundCompany]:
    """ "... from Y", "... from A and B": the selling parties, the companies listed after "from"
    past the object (joined by commas and "and") and before a coordinated clause of its own."""
    masked = mask_parentheses(doc.text[phrase_end : sentence.end])
    clause = next_clause(doc, sentence, phrase_end, sentence.end, companies, drugs)
    masked = masked[: clause - phrase_end] if clause is not None else masked
    second = SECOND_PREDICATE.search(masked)
    masked = masked[: second.start()] if second else masked  # "... and in-licensed X from Z"
    for match in re.finditer(r"\bfrom\s+", masked):
        start = phrase_end + match.end()
        found = parties_in(doc, start, object_end(doc, sentence, start), companies, drugs)
        if not found or found[0][1] != start:
            continue
        sellers, last_end = [found[0][0]], found[0][2]
        limit = phrase_end + len(masked)
        for company, item_start, item_end in found[1:]:
            if top(company) is top(sellers[-1]):
                last_end = max(last_end, item_end)  # "A (NASDAQ: TKR)": A's ticker
                continue
            gap = mask_parentheses(doc.text[last_end:item_start]).replace(")", " ")  # "A (TKR) and"
            if item_end > limit or not SELLER_GAP.fullmatch(gap):
                break
            if all(top(company) is not top(s) for s in sellers):
                sellers.append(company)
            last_end = item_end
        return sellers
    return []


def sale_at(
    doc, sentence, verb_start, object_start, companies, drugs, *, companies_sold=True
) -> list[FoundDeal]:
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
    targets = []
    if companies_sold:
        targets, _ = listed_objects(doc, sentence, object_start, companies, drugs)
        targets = [t for t in targets if t is not seller and t is not buyer]
        if not targets:
            targets = own_unit(doc, object_start, phrase_end, seller, companies, drugs)
    named = drugs_between(drugs, object_start, phrase_end)
    if RIGHTS_SOLD.match(doc.text, object_start, phrase_end):
        # "X will sell rights to its antibody to Z", "sold the China rights for DRUG to Z": rights
        # sold are licensed out (X licensor, Z licensee); rights sold whole ("all rights") or a
        # company or unit sold are acquisitions
        return [
            make_deal(
                "license",
                sentence,
                rule="deal.sale_verb",
                drugs=named,
                roles=[(seller, "licensor"), (buyer, "licensee")],
            )
        ]
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


# "rights to DRUG", "the ex-US rights for its antibody", "development and marketing rights": the
# object opens with the rights themselves; but rights sold whole ("all rights", "its rights to
# DRUG": all it holds) are the product sold, an asset purchase
RIGHTS_SOLD = re.compile(
    r"\s*(?!(?:its|their)\s+rights\b)(?:the\s+|its\s+|their\s+|certain\s+|some\s+)?(?!all\b)"
    r"(?:(?!all\b)[\w\-]+\s+(?:and\s+)?){0,3}?rights\s+(?:to|for|of|on|in)\b",
    re.IGNORECASE,
)


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


STAKE_PAID = re.compile(lex.STAKE_PAID, re.IGNORECASE)
ISSUER_BY_SALE = re.compile(lex.ISSUER_BY_SALE, re.IGNORECASE)
FINANCING_ROUND = re.compile(lex.FINANCING_ROUND, re.IGNORECASE)
# "Australian biotech firm Y": the words that describe the company named after them
DESCRIBED_NAME = re.compile(rf"{DESCRIBED_BEFORE}(?:(?:{lex.DESCRIPTOR_NOUNS})\s+)*")


def stake_paid(doc, sentence, verb_start, object_start, companies, drugs) -> list[FoundDeal]:
    """ "Y paid $17m for about 680,000 shares in the offering", "Y retains a stake after investing
    $11m in X": Y (the clause's subject) invests in the company named where the match ends, or
    in the release's company when the stake is told as bought "in the offering" or "in the
    company"; the price is the deal's total value. A stake bought in a round is a financing
    event's (FINANCING_ROUND); a person who buys shares is no investor of a deal."""
    if FINANCING_ROUND.search(sentence.text):
        return []
    described = DESCRIBED_NAME.match(doc.text, object_start, sentence.end)
    name_start = described.end() if described else object_start  # "in Australian biotech Y"
    named = parties_in(doc, name_start, sentence.end, companies, drugs)
    if named and named[0][1] == name_start:
        investee = named[0][0]
    elif ISSUER_BY_SALE.match(doc.text, object_start, sentence.end):
        investee = release_issuer(doc, companies)
    else:
        return []
    if investee is None:
        return []
    investor = subject_before(doc, sentence, verb_start, companies, drugs, [investee])
    if investor is None or top(investor) is top(investee) or names_a_person(doc, investor):
        return []
    price = [m for m in moneys_in(doc, sentence) if verb_start <= m.start < object_start]
    return [equity_investment_deal(sentence, investor, investee, price[0] if price else None)]


def names_a_person(doc: Document, company: FoundCompany) -> bool:
    """A bare name read at a party's place whose first word the text uses as a person's first
    name ("Mara Lind paid $2 million for 100,000 shares")."""
    words = company.name.split()
    return (
        company.rule == "company.deal_party"
        and len(words) > 1
        and is_first_name(doc.text, words[0])
    )


OWN_MERGER_OF = re.compile(lex.OWN_MERGER_OF, re.IGNORECASE)


def merger_of(doc, sentence, cue, companies, drugs) -> list[FoundDeal]:
    """ "X closed its merger of Y": read as "its acquisition of Y" (X acquirer, Y target), typed
    a merger; a business or asset merged is no company deal."""
    start = sentence.start + cue.start() + cue.group().lower().rindex("merger")
    end = sentence.start + cue.end()
    rule = "deal.acquisition_noun"
    found = acquisition_at(doc, sentence, start, end, companies, drugs, rule=rule)
    found = [d for d in found if d.rule == rule]
    for deal in found:
        deal.kinds = ["merger"]
        deal.type = "merger"
    return found


def spanned(step, **options):
    """`step(doc, sentence, verb_start, object_start, companies, drugs, **options)` called with
    a cue match's document offsets, as VERB_STEPS calls each step."""

    def at_cue(doc, sentence, cue, companies, drugs):
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        return step(doc, sentence, start, end, companies, drugs, **options)

    return at_cue


# Each cue of buying or selling and the step that reads its deal, in the order verb_deals tries
# them: (pattern, step(doc, sentence, cue match, companies, drugs) -> list[FoundDeal]).
VERB_STEPS = (
    (ACQUIRE_VERB, spanned(acquisition_at, rule="deal.acquire_verb")),
    (ACQUISITION_NOUN, spanned(acquisition_at, rule="deal.acquisition_noun")),
    (OWN_MERGER_OF, merger_of),
    (ASSET_ACQUISITION_BY, asset_acquisition_by),
    (OFFER_FROM, offer_from),
    (PURCHASE_BY, purchase_by_of),
    (SALE_VERB, spanned(sale_at)),
    # a business handed over: its buyer and seller; a company it names is not what is sold
    (TRANSFER_VERB, spanned(sale_at, companies_sold=False)),
    # "Y paid $17m for 680,000 shares in the offering": a priced stake, Y the investor
    (STAKE_PAID, spanned(stake_paid)),
)
