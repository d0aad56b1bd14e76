"""Deals: who signed what with whom, roles, the asset, territory and money terms."""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .companies import Company, find_mentions, is_plausible_name
from .dates import find_dates
from .drugs import FoundDrug, body_mention_count, drugs_between
from .lexicons.companies import PLACES
from .lexicons.designations import AGENCIES
from .money import Money, find_money
from .text import Document, Sentence, fold

KINDS = [
    ("framework", r"\bframework agreement"),
    (
        "acquisition",
        r"\b(?:acquir(?:e|es|ed|ing)\b|acquisition of\b|to be acquired\b|takeover of\b)",
    ),
    (
        "merger",
        r"\bmerger (?:agreement|with|of equals)\b|\bmerge with\b"
        r"|\b(?:all-share|all-stock|stock-for-stock) (?:merger|combination)\b",
    ),
    (
        "option",
        r"\boption (?:and licen[cs]e )?agreement|\boption to (?:license|licence|acquire|obtain"
        r"|in-?license)\b",
    ),
    (
        "co_development",
        r"\bco-?development(?: and co-?commerciali[sz]ation)? (?:agreement|deal|partnership)"
        r"|\bco-?developed (?:in|by|with)\b",
    ),
    ("equity_investment", r"\b(?:equity investment|strategic investment in)\b"),
    ("license", r"\blicen[cs](?:e|ing|ed)\b(?! plate)|\bexclusive (?:commercial )?rights?\b"),
    (
        "collaboration",
        r"\b(?:collaborat(?:ion|e|ive)|partnership|cooperation|co-operation|alliance)\b",
    ),
]
ACTION = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|enter(?:ed|s|ing)?|announc\w*|complet\w*|clos(?:ed|ing)|grant(?:ed|s)?"
    r"|establish\w*|form(?:ed)?|execut\w*|reach(?:ed)?|under (?:a|the)|through (?:a|the|its)"
    r"|will acquire|to acquire|acquired|acquisition of|invest\w*|made|makes|will make)\b",
    re.IGNORECASE,
)
SPEECH = re.compile(r"\b(?:said|says|stated|commented|expressed|added|noted)\b")
BOTH_PARTIES = re.compile(r"\b(?:the two parties|both parties|the parties)\b", re.IGNORECASE)
RECAP_ONLY = re.compile(
    r"\b(?:complet\w*|clos(?:ed|ing|e))\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:previously announced\s+)?(?:acquisition|merger|transaction|deal|tender offer)",
    re.IGNORECASE,
)
SIGNED_VERB = re.compile(r"\b(?:signed|entered into|executed|concluded)\b", re.IGNORECASE)
EQUALS = re.compile(r"\bmerger of equals\b", re.IGNORECASE)
ANNOUNCED = re.compile(r"\b(?:announc\w*|today|sign\w*|enter\w*)\b", re.IGNORECASE)
TERM_WORDS = re.compile(
    r"upfront|up-front|milestone|royalt|consideration|per share|purchase price|deal value"
    r"|total value|payment|\bvalu(?:es|ed|ing)\b[^.]{0,40}\bat\b|option fee",
    re.IGNORECASE,
)
UNNAMED_PRODUCT = re.compile(
    r"\bfor (?:a|an|its)\s+((?:novel |new |proprietary )?(?:[\w\-]+ ){0,3}?"
    r"(?:antibody|antibodies|compound|molecule|drug candidate|candidate|asset|vaccine|therapy))\b"
)
PLACE_NAMES = [
    "Greater China",
    "Mainland China",
    "mainland China",
    "Ireland",
    "the Nordic countries",
    "Nordic countries",
    "the Nordics",
    "Scandinavia",
    "Benelux",
    "Germany",
    "France",
    "Italy",
    "Spain",
    "China",
    "Hong Kong",
    "Macau",
    "Macao",
    "Taiwan",
    "Japan",
    "South Korea",
    "Korea",
    "Europe",
    "the European Union",
    "European Union",
    "the EU",
    "EU",
    "the United States",
    "United States",
    "the U.S.",
    "the US",
    "U.S.",
    "US",
    "Canada",
    "Australia",
    "New Zealand",
    "Latin America",
    "Asia Pacific",
    "Asia",
    "the Middle East",
    "Middle East",
    "Africa",
    "India",
    "Singapore",
    "Israel",
    "Russia",
    "Brazil",
    "Mexico",
    "the United Kingdom",
    "United Kingdom",
    "the UK",
    "UK",
    "Switzerland",
    "North America",
    "Southeast Asia",
]
PLACE = "(?:" + "|".join(re.escape(p) for p in PLACE_NAMES) + ")"
PLACE_LIST = rf"{PLACE}(?:\s*,\s*{PLACE}|\s*,?\s+and\s+{PLACE})*"
TERRITORY_LIST = re.compile(rf"\b(?:in|covering|across|within|for)\s+({PLACE_LIST})\b")
OUTSIDE = re.compile(
    rf"\b(?:outside|excluding|except(?: for)?|other than)(?: of)?\s+"
    rf"((?:the\s+)?{PLACE}(?: region)?(?:\s*\([^)]*\))?)"
)


@dataclass
class Deal:
    kinds: list
    parties: list  # Company, in order of first mention
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


# "data generated in collaboration with", "acquired rights to": wording that names no new deal
NOT_A_DEAL = {
    "collaboration": re.compile(r"\bin (?:collaboration|partnership|cooperation) with\b", re.I),
    "acquisition": re.compile(r"\bacquir\w*\s+(?:\w+\s+){0,4}?(?:rights|licen[cs]e)\b", re.I),
}


def kinds_in(sentence: str) -> list[str]:
    kinds = [kind for kind, pattern in KINDS if re.search(pattern, sentence, re.IGNORECASE)]
    if "agreement" not in sentence.lower():
        kinds = [k for k in kinds if not (k in NOT_A_DEAL and NOT_A_DEAL[k].search(sentence))]
    if NOT_A_DEAL["acquisition"].search(sentence) and "acquisition" not in kinds:
        kinds.append("license")  # "acquired worldwide rights to X from Y" is an in-license
    return list(dict.fromkeys(kinds))


def top(company: Company) -> Company:
    seen = set()
    while company.parent is not None and id(company) not in seen:
        seen.add(id(company))
        company = company.parent
    return company


def sentence_parties(doc: Document, sentence: Sentence, companies: list[Company]) -> list[Company]:
    mentioned = []
    for mention in find_mentions(doc.text, companies, sentence.start, sentence.end):
        if mention.company not in mentioned:
            mentioned.append(mention.company)
    # A parent named only to place its subsidiary ("JMT-Bio, a subsidiary of CSPC") is no party.
    return [c for c in mentioned if not any(other.parent is c for other in mentioned)]


def partner_after_with(doc: Document, sentence: Sentence, drugs: list[FoundDrug]) -> Company | None:
    """ "a strategic partnership with OmniAb": a counterparty that has no legal form in the text."""
    pattern = re.compile(r"\b(?:with|from|of)\s+((?:[A-Z][\w\-&]*)(?:\s+[A-Z][\w\-&]*){0,3})")
    for match in pattern.finditer(sentence.text):
        name = re.sub(r"['’]s$", "", match.group(1))
        if not is_plausible_name(name) or fold(name) in PLACES:
            continue
        if fold(name) in {fold(t) for terms in AGENCIES.values() for t in terms}:
            continue
        if any(fold(name) in {fold(n) for n in d.names()} for d in drugs):
            continue
        start = sentence.start + match.start(1)
        return Company(name, [name], [], None, start)
    return None


def find_deals(
    doc: Document, companies: list[Company], drugs: list[FoundDrug], published: str | None
) -> list[Deal]:
    deals: list[Deal] = []
    for sentence in doc.sentences:
        if sentence.section != "body" or sentence.in_quote or SPEECH.search(sentence.text):
            continue
        kinds = kinds_in(sentence.text)
        if not kinds or not ACTION.search(sentence.text):
            continue
        parties = sentence_parties(doc, sentence, companies)
        if len(parties) == 1 and "collaboration" in kinds:
            partner = partner_after_with(doc, sentence, drugs)
            known = {fold(form) for c in companies for form in c.surfaces()}
            if partner and fold(partner.name) not in known:
                companies.append(partner)
                parties.append(partner)
        if len(parties) < 2 and BOTH_PARTIES.search(sentence.text) and deals:
            parties = list(deals[-1].parties)
        if len(parties) < 2:
            continue
        add_to_deal(deals, kinds, parties, sentence)
    for deal in deals:
        settle(doc, deal, drugs, published)
    attach_terms(doc, deals)
    for deal in deals:
        if deal.type == "equity_investment" and deal.announced_on is None:
            # "In addition, X will make an equity investment in Y": told with the main deal
            key = frozenset(id(top(p)) for p in deal.parties)
            deal.announced_on = next(
                (
                    d.announced_on
                    for d in deals
                    if d is not deal and frozenset(id(top(p)) for p in d.parties) == key
                ),
                None,
            )
    return deals


def deal_family(kinds: list[str]) -> str:
    """Agreements told apart between the same parties: a framework, an equity stake, the deal."""
    if "framework" in kinds:
        return "framework"
    if set(kinds) == {"equity_investment"}:
        return "equity"  # "In addition, X will make a $20M equity investment in Y"
    return "main"


def add_to_deal(deals: list[Deal], kinds: list[str], parties: list[Company], sentence: Sentence):
    family = deal_family(kinds)
    key = frozenset(id(top(p)) for p in parties)
    for deal in deals:
        same_parties = frozenset(id(top(p)) for p in deal.parties) == key
        if same_parties and deal_family(deal.kinds) == family:
            deal.kinds += [k for k in kinds if k not in deal.kinds]
            deal.sentences.append(sentence)
            return
    deals.append(Deal(list(kinds), list(parties), [sentence]))


# ---------------------------------------------------------------- type and roles


def settle(doc: Document, deal: Deal, drugs: list[FoundDrug], published: str | None) -> None:
    deal.drugs = deal_drugs(deal, drugs, doc.body_end, doc)
    if not deal.drugs:
        deal.unnamed_product = unnamed_product(deal)
    deal.type = deal_type(doc, deal)
    deal.roles = roles_for(doc, deal)
    context = role_sentences(doc, deal)
    if deal.type in ("license", "option"):
        deal.exclusive = exclusivity(context)
        deal.territory = territory(context)
    elif deal.type in ("collaboration", "co_development"):
        deal.exclusive = exclusivity(deal.sentences)
    if deal.type == "co_development":
        deal.territory = territory(deal.sentences)
    deal.signed_on = signed_on(doc, deal, published)
    deal.announced_on = announced_on(deal, published)


def deal_drugs(deal: Deal, drugs: list[FoundDrug], body_end: int, doc: Document) -> list[FoundDrug]:
    """Products named where the deal is told, or where a party's rights under it are told."""
    found = []
    told = deal.sentences + [
        s for s in role_sentences(doc, deal) if s.section == "body" and kinds_in(s.text)
    ]
    for sentence in told:
        for drug in drugs_between(drugs, sentence.start, sentence.end):
            if drug not in found and body_mention_count(drug, body_end) > 0:
                found.append(drug)
    return found


def unnamed_product(deal: Deal) -> str | None:
    for sentence in deal.sentences:
        match = UNNAMED_PRODUCT.search(sentence.text)
        if match:
            return match.group(1)
    return None


def deal_type(doc: Document, deal: Deal) -> str:
    kinds = set(deal.kinds)
    if kinds == {"equity_investment"}:
        return "equity_investment"
    for kind in ("framework", "acquisition", "merger", "option", "co_development"):
        if kind in kinds:
            return kind
    title = doc.title or ""
    licensed = "license" in kinds or (
        re.search(KINDS[6][1], title, re.IGNORECASE)
        and any(
            re.search(re.escape(fold(name)), fold(title)) for p in deal.parties for name in p.names
        )
    )
    has_product = bool(deal.drugs or deal.unnamed_product)
    if licensed and (has_product or "collaboration" not in kinds):
        return "license"
    if "collaboration" in kinds:
        return "collaboration"
    if "equity_investment" in kinds:
        return "equity_investment"
    return "license" if licensed else "other"


def surface_pattern(company: Company) -> str:
    forms = sorted({re.escape(f) for f in company.surfaces()}, key=len, reverse=True)
    return r"(?:" + "|".join(forms) + r")" if forms else r"(?!x)x"


LICENSOR_CUES = (
    r"{X}\W{{0,3}}(?:will |shall |is eligible to |also )?(?:receive|retain|be eligible)",
    r"{X}\W{{0,3}}(?:has |have )?grant(?:ed|s)?\b",
    r"{X}\W{{0,3}}licen[cs]es\b",
    r"(?:payments?|royalt\w*)(?: \w+){{0,6}} to {X}",
    r"licen[cs]ed? from {X}",
    r"rights\b(?: \S+){{0,6}} from {X}",
)
LICENSEE_CUES = (
    r"{X}\W{{0,3}}acquired (?:\S+ ){{0,3}}rights",
    r"{X}\W{{0,3}}(?:will |shall )?"
    r"(?:obtain|gain|be granted|acquire the rights|be responsible for)",
    r"grant(?:ed|s)? {X}",
    r"{X}\W{{0,3}}(?:has|have|will have|holds?|obtains?|receives?) (?:the )?(?:an )?(?:exclusive )?"
    r"(?:\w+ )?rights?",
    r"{X}\W{{0,3}}(?:will|shall) (?:make|pay)\b",
    r"licen[cs]ed? to {X}",
)


def role_sentences(doc: Document, deal: Deal) -> list[Sentence]:
    """Body sentences that name a party: where rights, payments and territory are told."""
    patterns = [re.compile(surface_pattern(p), re.IGNORECASE) for p in deal.parties]
    return [s for s in doc.sentences if s.is_body and any(p.search(s.text) for p in patterns)]


def cue_score(company: Company, sentences: list[Sentence], cues: tuple[str, ...]) -> int:
    pattern = cue_regex(surface_pattern(company), cues)
    return sum(len(pattern.findall(s.text)) for s in sentences)


@lru_cache(maxsize=256)
def cue_regex(x: str, cues: tuple[str, ...]) -> re.Pattern:
    """All cues for one company in one pattern, compiled once per company form."""
    return re.compile("|".join(f"(?:{cue.format(X=x)})" for cue in cues), re.IGNORECASE)


def roles_for(doc: Document, deal: Deal) -> dict:
    parties = deal.parties
    if deal.type == "merger" and any(EQUALS.search(s.text) for s in deal.sentences):
        return {id(p): "partner" for p in parties}
    if deal.type in ("acquisition", "merger"):
        target = acquisition_target(doc, deal)
        return {id(p): "target" if p is target else "acquirer" for p in parties}
    if deal.type in ("license", "option"):
        sentences = role_sentences(doc, deal)
        scores = [
            cue_score(p, sentences, LICENSOR_CUES) - cue_score(p, sentences, LICENSEE_CUES)
            for p in parties
        ]
        licensor = parties[max(range(len(parties)), key=lambda i: (scores[i], -i))]
        return {id(p): "licensor" if p is licensor else "licensee" for p in parties}
    if deal.type == "equity_investment":
        investee = investment_target(deal)
        if investee is not None:
            return {id(p): "investee" if p is investee else "investor" for p in parties}
        return {id(p): "investor" if i == 0 else "investee" for i, p in enumerate(parties)}
    return {id(p): "partner" for p in parties}


def investment_target(deal: Deal) -> Company | None:
    for sentence in deal.sentences:
        for party in deal.parties:
            x = surface_pattern(party)
            if re.search(rf"\b(?:invest\w*|stake) in\s+{x}", sentence.text, re.IGNORECASE):
                return party
    return None


def acquisition_target(doc: Document, deal: Deal) -> Company | None:
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


def territory(sentences: list[Sentence]) -> str | None:
    """Where the rights run; sentences that grant rights speak first."""
    ranked = sorted(
        sentences,
        key=lambda s: (not re.search(r"\brights?\b", s.text), not re.search("licen[cs]", s.text)),
    )
    for sentence in ranked:
        outside = OUTSIDE.search(sentence.text)
        if outside:
            return "worldwide outside " + re.sub(r"^the\s+|\s+region\b", "", outside.group(1))
        if re.search(r"\b(?:worldwide|global rights|globally)\b", sentence.text, re.IGNORECASE):
            return "worldwide"
        listed = TERRITORY_LIST.search(sentence.text)
        if listed:
            return listed.group(1)
    return None


def announced_on(deal: Deal, published: str | None) -> str | None:
    if not published or is_recap(deal.signed_on, published):
        return None
    told = [s for s in deal.sentences if ANNOUNCED.search(s.text)]
    if not told or all(RECAP_ONLY.search(s.text) for s in told):
        return None
    return published


def is_recap(signed: str | None, published: str | None) -> bool:
    """Signed in an earlier year or month than the release: the deal is recapped, not announced."""
    if not signed or not published:
        return False
    if signed[:4] < published[:4]:
        return True
    return len(signed) < 10 and signed < published[: len(signed)]


def signed_on(doc: Document, deal: Deal, published: str | None) -> str | None:
    for sentence in deal.sentences:
        if not re.search(r"\b(?:sign|enter|execut)", sentence.text, re.IGNORECASE):
            continue
        for mention in find_dates(sentence.text, None, sentence.start):
            if mention.start < sentence.start + 40 and mention.value == published:
                continue  # the dateline opening the sentence, not a signing date
            if len(mention.value) == 10:
                return mention.value
    return signed_in_past(deal, published)


def signed_in_past(deal: Deal, published: str | None) -> str | None:
    """ "an agreement signed in August 2022", "entered into with X in 2022": a recap's period."""
    for sentence in deal.sentences:
        for verb in SIGNED_VERB.finditer(sentence.text):
            for mention in find_dates(sentence.text, None, sentence.start):
                gap = sentence.text[verb.end() : mention.start - sentence.start]
                if mention.start - sentence.start < verb.end() or len(gap) > 60:
                    continue
                if ";" in gap or not re.search(r"\b(?:in|on)\s+$", gap):
                    continue
                if published is None or is_recap(mention.value, published):
                    return mention.value
    return None


# ---------------------------------------------------------------- money terms


def attach_terms(doc: Document, deals: list[Deal]) -> None:
    """Money terms belong to the release's main deal (the first one that is not a framework)."""
    for deal in deals:
        if deal.type == "equity_investment" and deal_family(deal.kinds) == "equity":
            equity_terms(deal)
    main = next((d for d in deals if d.type not in ("framework", "equity_investment")), None)
    main = main or next((d for d in deals if d.type != "framework" and d.terms is None), None)
    if main is None:
        return
    own = {id(s) for d in deals if d is not main and d.terms is not None for s in d.sentences}
    term_sentences = [
        s for s in doc.sentences if s.is_body and TERM_WORDS.search(s.text) and id(s) not in own
    ]
    if not term_sentences:
        return
    terms = {"upfront": None, "milestones": None, "total_value": None}
    for sentence in term_sentences:
        moneys = find_money(sentence.text, sentence.start)
        for i, money in enumerate(moneys):
            term = classify(doc.text, sentence, moneys, i)
            if term and terms[term] is None:
                terms[term] = money
    main.terms = {
        "upfront": as_json(terms["upfront"]),
        "upfront_disclosed": terms["upfront"] is not None,
        "milestones": as_json(terms["milestones"]),
        "milestones_disclosed": terms["milestones"] is not None,
        "royalties_disclosed": any(re.search(r"royalt", s.text, re.I) for s in term_sentences),
        "total_value": as_json(terms["total_value"]),
    }


def equity_terms(deal: Deal) -> None:
    """An equity stake's price is its total value."""
    for sentence in deal.sentences:
        moneys = find_money(sentence.text, sentence.start)
        if moneys:
            deal.terms = {
                "upfront": None,
                "upfront_disclosed": False,
                "milestones": None,
                "milestones_disclosed": False,
                "royalties_disclosed": False,
                "total_value": moneys[0].as_json(),
            }
            return


def as_json(money: Money | None) -> dict | None:
    return money.as_json() if money else None


UPFRONT = r"up-?front|initial payment|first payment|signing fee"


def classify(text: str, sentence: Sentence, moneys: list[Money], i: int) -> str | None:
    money = moneys[i]
    clause_start = moneys[i - 1].end if i else sentence.start
    before = text[max(clause_start, money.start - 70) : money.start]
    after_end = moneys[i + 1].start if i + 1 < len(moneys) else sentence.end
    after = text[money.end : min(after_end, money.end + 90)]
    if re.search(
        r"\b(?:sales|market|revenue|assets|increase to|valuation)\b[^,;]{0,25}$",
        before,
        re.IGNORECASE,
    ):
        return None
    if re.search(r"\b(?:total|aggregate|in total)\b", before, re.IGNORECASE) or re.search(
        r"\b(?:values|valued|valuing)\b(?: \S+){1,4} at (?:approximately |about |around )?$",
        before,
        re.IGNORECASE,
    ):
        return "total_value"
    if re.search(UPFRONT, after, re.IGNORECASE) and re.search("milestone", after, re.IGNORECASE):
        return "total_value"
    if re.search(UPFRONT, before, re.IGNORECASE) and re.search("milestone", before, re.IGNORECASE):
        return "total_value"
    if re.match(rf"\s*(?:in\s+)?(?:{UPFRONT})", after, re.IGNORECASE) or re.search(
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
    return None


def milestone_tail(text: str, after_end: int, money: Money) -> str:
    """ "up to EUR 350M in additional payments upon ... regulatory milestones": a longer reach."""
    if not re.match(r"\s*in (?:additional |further |contingent )?payments", text[money.end :]):
        return ""
    return re.split(r"[,;]", text[money.end : min(after_end, money.end + 200)], maxsplit=1)[0]


def deal_json(deal: Deal, published: str | None) -> dict:
    drug_names = [d.name for d in deal.drugs] or (
        [deal.unnamed_product] if deal.unnamed_product else []
    )
    return {
        "type": deal.type,
        "parties": [{"company": p.name, "role": deal.roles[id(p)]} for p in deal.parties],
        "drugs": drug_names,
        "exclusive": deal.exclusive,
        "territory": deal.territory,
        "indications": [],
        "announced_on": deal.announced_on,
        "signed_on": deal.signed_on,
        "terms": deal.terms,
        "quote": deal.sentences[0].text,
    }
