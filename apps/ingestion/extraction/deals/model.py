"""A deal as read (FoundDeal), its rule's confidence, and the sentences it owns."""

import re
from dataclasses import dataclass, field

from ..companies import FoundCompany
from ..dates import find_dates
from ..text import Document, Sentence
from .cues import surface_pattern

# Measured precision of each rule on dev2 (its A and C halves), dev and seeds, smoothed for the
# few deals each rule has read there: (matched + 1) / (predicted + 2), rounded. Counts
# (matched/predicted): agreement 26/27, acquire_verb 4/4, recap_with 4/4, asset_purchase 3/3,
# acquisition_noun 2/2, sale_verb 2/2, equity_beside 1/1, royalty_purchase 1/1.
RULE_CONFIDENCE = {
    "deal.agreement": 0.93,
    "deal.acquire_verb": 0.83,
    "deal.acquisition_noun": 0.75,
    "deal.recap_with": 0.83,
    "deal.asset_purchase": 0.8,
    "deal.equity_beside": 0.67,
    "deal.royalty_purchase": 0.67,
    "deal.sale_verb": 0.75,
    "deal.role_noun": 0.6,  # new, unmeasured on the corpora: below every measured rule
    "deal.licence_verb": 0.6,  # new, unmeasured on held-out releases
    # partners named in passing (deals/recaps.py): below every measured rule until measured
    "deal.partner_recap": 0.55,
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
    priced_from: int | None = None  # "A for $5 million and B for $8 million": amounts from here

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE.get(self.rule, 0.5)


def top(company: FoundCompany) -> FoundCompany:
    seen = set()
    while company.parent is not None and id(company) not in seen:
        seen.add(id(company))
        company = company.parent
    return company


def party_key(parties: list[FoundCompany]) -> frozenset:
    return frozenset(id(top(p)) for p in parties)


def register(companies: list[FoundCompany], deal: "FoundDeal") -> None:
    """Bare names that became parties join the release's companies."""
    for party in deal.parties:
        if not any(party is c for c in companies):
            companies.append(party)


def make_deal(type_, sentence, *, rule, roles, drugs=()) -> FoundDeal:
    parties = []
    for company, _role in roles:
        if company not in parties:
            parties.append(company)
    deal = FoundDeal([type_], parties, [sentence], type=type_, rule=rule)
    deal.roles = {id(company): role for company, role in reversed(roles)}
    deal.drugs = list(drugs)
    return deal


def deal_family(kinds: list[str]) -> str:
    """Agreements told apart between the same parties: a framework, an equity stake, the deal."""
    if "framework" in kinds:
        return "framework"
    if set(kinds) == {"equity_investment"}:
        return "equity"  # "In addition, X will make a $20M equity investment in Y"
    return "main"


def role_sentences(doc: Document, deal: FoundDeal) -> list[Sentence]:
    """The deal's own sentences that name a party: where rights, payments and territory are told.

    A deal's own sentences run from the first sentence that tells it to the next sentence that
    tells another agreement (see own_sentences)."""
    patterns = [re.compile(surface_pattern(p), re.IGNORECASE) for p in deal.parties]
    own = own_sentences(doc, deal)
    return [s for s in own if any(p.search(s.text) for p in patterns)]


def own_sentences(doc: Document, deal: FoundDeal) -> list[Sentence]:
    """Body sentences from the deal's first telling up to where the next deal is told; the
    main deal also owns the headline and deck lines above it, and the sentences above it that
    name one of its parties."""
    told = {id(s) for s in deal.sentences}
    first = min(s.start for s in deal.sentences)
    lead = lead_end(doc) if deal.main else 0
    named = (
        re.compile("|".join(surface_pattern(p) for p in deal.parties), re.IGNORECASE)
        if deal.main
        else None
    )
    return [
        s
        for s in doc.sentences
        if s.is_body
        and (
            s.start >= first
            or id(s) in told
            or s.start < lead
            or (named is not None and named.search(s.text))  # "X struck a deal worth $1B"
        )
        and (id(s) in told or not any(stop <= s.start for stop in deal.stops))
    ]


# How far into its text a dateline's date stands ("BOSTON, May 6, 2025 --" opens the story)
DATELINE_DATE_CHARS = 160
# How many body sentences may stand above the dateline (deck lines, bullets)
DATELINE_SENTENCES = 20
# Words a dateline sentence tells after its date ("-- X and Y today signed ...")
DATELINE_STORY_WORDS = 3
# Deck lines are short; a release without a dateline starts its story with a long sentence
STORY_SENTENCE_WORDS = 25


def lead_end(doc: Document) -> int:
    """Where the story starts: the headline and deck lines above it are the release's lead,
    which tells its main deal; a body paragraph before a deal is told is another matter (a
    results release's revenue is no term of the deal told three paragraphs later)."""
    body = [s for s in doc.sentences if s.section == "body"][:DATELINE_SENTENCES]
    for sentence in body:
        dates = find_dates(sentence.text[:DATELINE_DATE_CHARS], None, sentence.start)
        if not dates:
            continue
        # a date line on its own ("27th January 2021") stands above the deck: not the story
        story = sentence.text[dates[-1].end - sentence.start :]
        if len(re.findall(r"[A-Za-z]{2,}", story)) >= DATELINE_STORY_WORDS:
            return sentence.start
    # no dateline: the story starts at the first sentence as long as a paragraph's
    for sentence in body:
        if len(sentence.text.split()) >= STORY_SENTENCE_WORDS:
            return sentence.start
    return max((s.end for s in doc.sentences if s.section == "title"), default=0)
