"""One press release in, the extraction contract's JSON shape out."""

import re
from itertools import chain

from .companies import FoundCompany, find_mentions
from .dates import dateline_value, published_on, to_date
from .deals import FoundDeal, deal_json, find_deals, top
from .designations import find_designations, product_introduced_next
from .drugs import (
    PARTNER_REACH,
    FoundDrug,
    body_mention_count,
    described_products,
    drugs_between,
    find_drugs,
    is_background_mention,
    modality_in,
    subject_drugs_in,
)
from .entities import find_entities
from .events import find_events
from .language import language_of
from .lexicons.drugs import HOLDING_NOUNS, LEAD_PRODUCT_CUES, PERSON_TITLE_WORDS
from .prefilter import prefiltered
from .text import Document, analyse, rejoined, with_given_quotes

SCHEMA_VERSION = 1
# A release's lead: its headline and first body sentences, or the whole body of a short item.
LEAD_SENTENCES = 4
SHORT_ITEM_CHARS = 2000
LEAD_CUES = prefiltered(LEAD_PRODUCT_CUES, re.IGNORECASE)
# A product listed only because the lead names it (no fact read about it): its measured
# precision on the 80 development releases of the fresh sets and dev2 (23 of 35).
LEAD_MENTION_RULE, LEAD_MENTION_CONFIDENCE = "drug.lead_mention", 0.65
ANNOUNCING = prefiltered(
    r"\b(?:today )?announc(?:ed|es)\b|/PRNewswire/|GLOBE NEWSWIRE|BUSINESS WIRE| -- ", re.IGNORECASE
)


def extract(text: str, *, title: str | None = None) -> dict:
    """The facts of one press release, in the extraction contract's shape.

    Input: the release as plain text (any length up to text.MAX_TEXT_CHARS characters) and,
    optionally, its headline when the text does not open with it. Output: a dict valid
    against extraction.schema.json (schema_version 1): document title and published_on,
    then companies, drugs, deals, designations and events, each fact with a verbatim quote,
    the id of the rule that produced it ("rule") and that rule's measured precision
    ("confidence", 0..1). Steps: sentences and sections (text.analyse), company entities
    with every mention resolved (entities.find_entities) before any fact is read, then drugs,
    designations, deals and events.

    Deterministic and offline; touches no database and never imports Django. Never invents
    a value the text does not state (unknowns are None). Raises ExtractionInputTooLarge
    for a text over the limit; no other input makes it fail with a library's message.

    Example (invented names): extract("Helvara to acquire Brindle AG\\n\\nBasel, March 4,
    2024 - Helvara today ...") gives {"schema_version": 1, "document": {"title": "Helvara to
    acquire Brindle AG", "published_on": "2024-03-04", ...}, "companies": [...], ...}.
    """
    joined, joints = rejoined(text)
    if not joints:
        return facts_of(text, title)
    # words broken over line ends ("an-\nnounced") are read whole; quotes stay as given
    return with_given_quotes(facts_of(joined, title), joined, text, joints)


def facts_of(text: str, title: str | None) -> dict:
    """`extract` of a text with no word broken over a line end."""
    doc = analyse(text, title)
    published = published_on(text)
    base = to_date(published)
    companies = find_entities(doc)
    drugs = find_drugs(doc)
    designations = find_designations(doc, drugs, base)
    deals = find_deals(doc, companies, drugs, published)
    events = find_events(doc, base, published, companies, deals)
    main = main_company(doc, companies)

    listed_drugs = subject_drugs(doc, drugs, designations, deals, events)
    facts_drugs = {id(d) for d in listed_drugs}
    listed_drugs += [d for d in lead_drugs(doc, drugs) if id(d) not in facts_drugs]
    listed_drugs.sort(key=lambda d: d.first)
    owners = {id(d): owner_of(doc, d, deals, companies, main) for d in listed_drugs}
    drug_items = [
        drug_json(doc, d, owners[id(d)], lead_only=id(d) not in facts_drugs) for d in listed_drugs
    ]
    drug_items += unnamed_drug_items(deals)

    event_companies = [
        event_subject(doc, e, companies, listed_drugs, owners) or main for e in events
    ]
    announcers = announcing_companies(doc, companies)
    listed = listed_companies(
        companies, main, deals, [*owners.values(), *announcers, *event_companies], None
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {"title": doc.title, "published_on": published, "language": language_of(text)},
        "companies": [company_json(doc, c, listed, companies) for c in listed],
        "drugs": drug_items,
        "deals": [deal_json(d, published, doc) for d in deals],
        "designations": [d.as_json() for d in designations],
        "events": [
            e.as_json(c.name) for e, c in zip(events, event_companies, strict=True) if c is not None
        ],
    }


def main_company(doc: Document, companies: list[FoundCompany]) -> FoundCompany | None:
    """The release's own company: the first one named in the announcing (dateline) sentence.

    A deck line under the headline ("Financing led by X Capital") may name an investor first.
    """
    body = [s for s in doc.sentences if s.section == "body"]
    # the dateline's sentence ("Milan, May 2, 2025 – The Board of Acme S.p.A. has ...") first;
    # read lazily: the first sentence that names a company ends the search
    datelined = next((s for s in body if dateline_value(s.text)), None)
    announcing = (s for s in body if ANNOUNCING.search(s.text))
    for sentence in chain([datelined] if datelined else [], announcing, body):
        mentions = find_mentions(doc.text, companies, sentence.start, sentence.end)
        if mentions:
            return mentions[0].company
    return companies[0] if companies else None


def event_subject(doc: Document, event, companies, drugs, owners) -> FoundCompany | None:
    """Whose event: the company named before the trigger, else the owner of the drug named there,
    else the teller after it ("..., X said."), else the subject of the sentence before in the
    same paragraph ("X opened a plant. In January the facility passed ...")."""
    if event.start < 0:
        return None
    mentions = find_mentions(doc.text, companies, event.start, event.trigger)
    end = doc.text.find(event.quote, event.start) + len(event.quote)  # the telling's end
    if event.type == "leadership":
        owner = board_owner(doc, companies, event.start, end)
        if owner is not None:
            return owner
        # "Jane Roe of Y joined ...": Y is where the person comes from, not whose board it is
        mentions = [m for m in mentions if not affiliation_before(doc.text, m.start)]
    if mentions:
        return mentions[0].company
    named = drugs_between(drugs, event.start, event.trigger)
    if named and owners.get(id(named[0])):
        return owners[id(named[0])]
    # "..., X said." names the teller after the trigger
    for mention in find_mentions(doc.text, companies, event.trigger, end):
        if re.match(r"\s+(?:said|says|reported)\b", doc.text[mention.end : end]):
            return mention.company
    previous = [s for s in doc.sentences if s.end <= event.start and s.section == "body"]
    if previous and "\n" not in doc.text[previous[-1].end : event.start]:
        mentions = find_mentions(doc.text, companies, previous[-1].start, previous[-1].end)
        if mentions:
            return mentions[0].company
    return None


# "joined Z's board", "to the Z board of directors": the board names whose change it is
BOARD_OF = re.compile(
    r"\s*(?:[’']s\s+)?(?:(?:board|Board)\s+of\s+(?:directors|Directors)|(?:board|Board)\b)"
)
# "Jane Roe of Y", "Olof Brand from Y": a person's affiliation (two capitalised words that are
# no job title, then "of"/"from"/"at")
AFFILIATION = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+),?\s+(?:of|from|at)\s+(?:the\s+)?$")
TITLE_WORDS = frozenset(
    {"officer", "executive", "president", "director", "directors", "chairman", "chair", "board"}
)
AFFILIATION_REACH = 60  # characters before a company name that may hold "Jane Roe of"


# "appointed chief financial officer of Z", "the Board of Directors of Z": the post names Z
TITLE_OF = re.compile(
    r"\b(?:officer|president|chair(?:man|woman)?|directors?|CEO|CFO|COO|CMO|CSO|head|board)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "formerly Chief Executive Officer of Y": a post held before names where the person comes from
FORMER = re.compile(r"\b(?:formerly|former|previously|most recently|prior to)\b", re.IGNORECASE)
TITLE_REACH = 60  # characters before a company name that may hold its post ("... officer of")


def board_owner(doc: Document, companies, start: int, end: int) -> FoundCompany | None:
    """The company whose board or post the leadership telling text[start:end] names ("joined
    Z's board", "appointed chief financial officer of Z"), never a post held before ("formerly
    CEO of Y")."""
    text = doc.text
    for mention in find_mentions(text, companies, start, end):
        before = text[max(start, mention.start - TITLE_REACH) : mention.start]
        if BOARD_OF.match(text, mention.end, end) or (
            TITLE_OF.search(before) and not FORMER.search(before)
        ):
            return mention.company
    return None


def affiliation_before(text: str, position: int) -> bool:
    found = AFFILIATION.search(text, max(0, position - AFFILIATION_REACH), position)
    return found is not None and not {found[1].lower(), found[2].lower()} & TITLE_WORDS


def announcing_companies(doc: Document, companies: list[FoundCompany]) -> list[FoundCompany]:
    """Co-announcers: "X and Y today announced ..." in the release's first announcing sentence."""
    for sentence in doc.sentences:
        verb = re.search(r"\bannounc", sentence.text) if sentence.section == "body" else None
        if verb:
            end = sentence.start + verb.start()
            return [m.company for m in find_mentions(doc.text, companies, sentence.start, end)]
    return []


def subject_drugs(
    doc: Document, drugs, designations, deals: list[FoundDeal], events
) -> list[FoundDrug]:
    """Drugs a fact is about; background drugs (standard of care, About lists) stay out."""
    chosen = [d.drug for d in designations]
    described = described_products(doc, drugs)
    for deal in deals:
        chosen += deal.drugs
        if not deal.drugs and not deal.unnamed_product:
            # a collaboration on a product it describes ("to develop an HER2 antibody
            # developed by X"): the description names the deal's asset
            chosen += [
                d for d in described if any(s.start <= d.first < s.end for s in deal.sentences)
            ]
            chosen += combination_partners(doc, [*drugs, *described], deal)
    title_sentences = [s for s in doc.sentences if s.section == "title"]
    for sentence in title_sentences:
        chosen += [
            d
            for d in drugs_between(drugs, sentence.start, sentence.end)
            if body_mention_count(d, doc.body_end) > 1
        ]
    for event in events:
        if event.type in ("clinical_milestone", "conference", "financing"):
            start = doc.text.find(event.quote)
            chosen += subject_drugs_in(
                doc.text, [*drugs, *described], start, start + len(event.quote)
            )
    unique = []
    for drug in chosen:
        if drug not in unique:
            unique.append(drug)
    return sorted(unique, key=lambda d: d.first)


# "KX-5 in combination with velumab": the second product is the first one's partner
COMBINED_WITH = re.compile(
    r"\b(?:in combination with|combined with|together with|plus)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
COMBINATION_GAP = 120  # characters at most from one product to its partner


def combination_partners(doc: Document, drugs: list[FoundDrug], deal: FoundDeal) -> list:
    """A deal whose sentences name no product, and a body sentence that names one party's
    product in combination with the other party's, each owner told beside it ("Kestrel's KX-5
    in combination with velumab, Orvane's approved antibody"): the two products are what the
    parties work on together. Parents count as their subsidiaries' side."""
    sides = []
    for party in deal.parties:
        side, company = [], party
        while company is not None and company not in side:
            side.append(company)
            company = company.parent
        sides.append(side)
    if len(sides) < 2:
        return []
    companies = [c for side in sides for c in side]
    named = sorted(
        ((m.start, m.end, id(m)), m, d) for d in drugs for m in d.mentions if m.start < doc.body_end
    )
    found = []
    for (_, first, drug), (_, second, partner) in zip(named, named[1:], strict=False):
        if drug is partner or second.start - first.end > COMBINATION_GAP:
            continue
        cue = doc.text[max(first.end, second.start - PARTNER_REACH) : second.start]
        if not COMBINED_WITH.search(cue) or "." in doc.text[first.end : second.start]:
            continue
        owners = [named_owner(doc, m, companies) for m in (first, second)]
        if None in owners:
            continue
        placed = [next(i for i, side in enumerate(sides) if o in side) for o in owners]
        if placed[0] != placed[1]:
            found += [drug, partner]
    return found


def owner_of(doc: Document, drug: FoundDrug, deals, companies, main) -> FoundCompany | None:
    for deal in deals:
        if drug in deal.drugs:
            # an acquired company's asset is the target's: it owned the drug when the deal was told
            owners = [p for p in deal.parties if deal.roles.get(id(p)) in ("licensor", "target")]
            if owners:
                return owners[0]
    return stated_owner(doc, drug, companies, giver=sole_giver(deals)) or main


def sole_giver(deals) -> FoundCompany | None:
    """The one licensor or acquired company of a release whose deals name no product: what the
    release tells of a product it does not tie to the deal is most often the asset that company
    gave ("Kestrel licensed its programme to Orvane ... development of KX-5 progressed")."""
    if any(deal.drugs or deal.unnamed_product for deal in deals):
        return None
    givers = {
        id(p): p for deal in deals for p in deal.parties if deal.roles.get(id(p)) in GIVER_ROLES
    }
    return next(iter(givers.values())) if len(givers) == 1 else None


GIVER_ROLES = ("licensor", "target")  # the party that held the product before the deal


def stated_owner(
    doc: Document, drug: FoundDrug, companies, giver: FoundCompany | None = None
) -> FoundCompany | None:
    """ "X's ... DRUG", "DRUG ... of X", "DRUG developed by X" in the same sentence; else the
    sole licensor or target of drugless deals (sole_giver), else the clause's one company."""
    for mention in drug.mentions:
        if mention.start < doc.body_end:
            owner = named_owner(doc, mention, companies)
            if owner is not None:
                return owner
    if giver is not None:
        return giver
    for mention in drug.mentions:
        if mention.start < doc.body_end:
            owner = holding_owner(doc, mention, companies)
            if owner is not None:
                return owner
    for mention in drug.mentions:
        # "; Amsel Bio dosed the first patient in a trial of D;": the one company its clause
        # names before it (entities.Entities.clause_owner)
        if mention.start < doc.body_end:
            owner = companies.clause_owner(doc, mention.start, mention.end)
            if owner is not None:
                return owner
    return None


def holding_owner(doc: Document, mention, companies) -> FoundCompany | None:
    """ "Kestrel is a clinical-stage biotech. Its pipeline includes D": a sentence that opens
    with a possessive pronoun and names no company before D gives D to the first company the
    sentence before it names."""
    sentence = sentence_at_span(doc, mention.start)
    if not sentence or not HOLDING_OPENING.match(doc.text, sentence[0], mention.start):
        return None
    if list(find_mentions(doc.text, companies, sentence[0], mention.start)):
        return None
    previous = [(s.start, s.end) for s in doc.sentences if s.end <= sentence[0]]
    named = list(find_mentions(doc.text, companies, *previous[-1])) if previous else []
    return named[0].company if named else None


def named_owner(doc: Document, mention, companies) -> FoundCompany | None:
    """The company one mention's own words give the product to: "DRUG developed by X",
    "DRUG, X's blockbuster product", "X's DRUG", "X ... its drug DRUG"."""
    before = doc.text[max(0, mention.start - 90) : mention.start]
    for company_mention in find_mentions(doc.text, companies, mention.end, mention.end + 90):
        gap = doc.text[mention.end : company_mention.start]
        if OWNER_AFTER.fullmatch(gap):
            return company_mention.company
        if gap.strip() == "," and POSSESSED_PRODUCT.match(doc.text, company_mention.end):
            return company_mention.company  # "velumab, Orvane's approved antibody"
    its = ITS_PRODUCT.search(before)
    if its:  # "X received approval for its peptide drug D": D is the subject's, X's
        sentence = sentence_at_span(doc, mention.start)
        start = sentence[0] if sentence else mention.start - len(before)
        subjects = list(
            find_mentions(doc.text, companies, start, mention.start - len(before) + its.start())
        )
        if subjects:
            return subjects[-1].company
    sentence = sentence_at_span(doc, mention.start)
    if sentence:
        # "X announced that the FDA accepted its New Drug Application for D", "X said it had
        # completed regulatory submissions for D": the company that files for D owns it
        filed = ITS_FILING.search(doc.text, max(sentence[0], mention.start - 200), mention.start)
        if filed:
            subjects = find_mentions(doc.text, companies, sentence[0], filed.start())
            if subjects and TELLING.match(doc.text, subjects[-1].end):
                return subjects[-1].company
    possessive = list(
        find_mentions(doc.text, companies, mention.start - len(before), mention.start)
    )
    if possessive:
        last = possessive[-1]
        between = doc.text[last.end : mention.start]
        if (
            re.match(r"['’]s?\s", between)
            and "." not in between
            and not PERSON_POSSESSED.match(between)
            and not QUOTE_MARK.search(between)
        ):
            return last.company
        if COMPANY_PRODUCT_BEFORE.fullmatch(between) and (
            between[:1] in "'’" or THE_BEFORE.search(doc.text, 0, last.start)
        ):
            return last.company  # "Tesaro's ovarian cancer drug, D", "the Merck drug, D"
    return None


ITS_FILING = re.compile(
    r"\b(?:its\s+|it\s+(?:has\s+|had\s+)?(?:\w+\s+){0,2}?)(?:[\w-]+\s+){0,4}?(?:(?i:applications?"
    r"|submissions?|filings?|dossier)|NDA|BLA|sNDA|sBLA|MAA|IND)(?:\s*\([^()]{1,40}\))?"
    r"(?:\s+(?:in|with|to)\s+[^.;,()]{1,60}?)?\s+for\s+(?:the\s+)?$"
)
# the company before a filing is its teller: "X announced", "X said", "X reported"
TELLING = re.compile(r"\s+(?:announced|announces|said|says|reported|reports|disclosed)\b")
# ("marketed by X" is not ownership: a distributor)
OWNER_AFTER = re.compile(
    r"\s*(?:\([^()]*\))?,?\s*(?:(?:developed|owned|discovered|invented|made|manufactured) by|of)\s+"
)
# "X's ovarian cancer drug, D", "the X drug, D": the company's product noun right before D
COMPANY_PRODUCT_BEFORE = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,4}?(?:product|drug|medicine|therapy|treatment|antibody"
    r"|vaccine|candidate|asset|compound|biosimilar)s?,?\s+"
)
THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# "D, X's blockbuster product in ...": an apposition that gives D to X
POSSESSED_PRODUCT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:product|drug|medicine|therapy|treatment|antibody|inhibitor"
    r"|vaccine|candidate|asset|compound)s?\b"
)


# "Kestrel's chief medical officer, said: ... D": a person's title, not D's owner; a quotation
# mark between the possessive and D starts someone's words
PERSON_POSSESSED = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_TITLE_WORDS})\b")
QUOTE_MARK = re.compile(r"[\"“”]")
# "Its pipeline includes D", "The company's lead candidate, D": a sentence that opens with the
# company of the sentence before
HOLDING_OPENING = re.compile(
    rf"\s*(?:Its|The company['’]s|The firm['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{HOLDING_NOUNS})\b"
)


# "its innovative peptide drug D", "its lead candidate, D": the sentence's subject owns D
ITS_PRODUCT = re.compile(
    r"\bits\s+(?:[\w-]+\s+){0,4}?(?:drug|product|candidate|therapy|vaccine|medicine|antibody"
    r"|agent|asset|compound|molecule|therapeutic)s?,?\s+(?:\([^()]*\)\s*)?$"
)


def sentence_at_span(doc: Document, position: int) -> tuple[int, int] | None:
    for sentence in doc.sentences:
        if sentence.start <= position < sentence.end:
            return sentence.start, sentence.end
    return None


def lead_drugs(doc: Document, drugs: list[FoundDrug]) -> list[FoundDrug]:
    """Products a release's lead tells something about, whether or not a fact was read.

    The lead is the headline and the first LEAD_SENTENCES body sentences (the whole body of an
    item under SHORT_ITEM_CHARS): a news item's subject. A product counts when a lead sentence
    names it beside a regulatory, clinical or deal word (LEAD_CUES) and not as a combination
    partner or comparator ("with doxorubicin"). Never a product named only further down, in an
    About section or in boilerplate. On releases the rules were not written for, a quarter of
    the products the answer keys list were found in the text but tied to no fact read.
    """
    lead = [s for s in doc.sentences if s.section in ("title", "body")]
    if len(doc.text) >= SHORT_ITEM_CHARS:
        titles = [s for s in lead if s.section == "title"]
        body = [s for s in lead if s.section == "body"]
        lead = titles + body[:LEAD_SENTENCES]
    told = [s for s in lead if LEAD_CUES.search(s.text)]
    # "... to develop an antibody that targets tumours. The novel bispecific antibody, known as
    # HBM-1, is in preclinical testing": the product the sentence after a telling introduces
    indices = {id(s): i for i, s in enumerate(doc.sentences)}
    introduced = [product_introduced_next(doc, indices[id(s)], drugs) for s in told]
    return [
        drug
        for drug in drugs
        if any(drug is named for named in introduced)
        or any(
            s.start <= m.start < s.end and not is_background_mention(doc.text, m, s.start)
            for s in told
            for m in drug.mentions
        )
    ]


def drug_json(
    doc: Document, drug: FoundDrug, owner: FoundCompany | None, *, lead_only: bool = False
) -> dict:
    """The contract's drug item; `lead_only`: listed by lead_drugs alone, with its own rule."""
    first_body = next((m for m in drug.mentions if m.start < doc.body_end), drug.mentions[0])
    return {
        "name": drug.name,
        "aliases": drug.aliases,
        "owner": owner.name if owner else None,
        "modality": drug.modality,
        "targets": drug.targets,
        "indications": drug.indications,
        "quote": sentence_at(doc, first_body.start),
        "rule": LEAD_MENTION_RULE if lead_only else drug.rule,
        "confidence": LEAD_MENTION_CONFIDENCE if lead_only else drug.confidence,
    }


def unnamed_drug_items(deals: list[FoundDeal]) -> list[dict]:
    items = []
    for deal in deals:
        if deal.unnamed_product and deal.type == "license":
            licensor = next((p for p in deal.parties if deal.roles.get(id(p)) == "licensor"), None)
            items.append(
                {
                    "name": deal.unnamed_product,
                    "aliases": [],
                    "owner": licensor.name if licensor else None,
                    "modality": modality_in(deal.unnamed_product),
                    "targets": [],
                    "indications": [],
                    "quote": deal.sentences[0].text,
                }
            )
    return items


def listed_companies(companies, main, deals, owners, event_company) -> list[FoundCompany]:
    """Companies tied to a fact, with the parents and subsidiaries the text links to them."""
    chosen = [main] if main else []
    for deal in deals:
        chosen += deal.parties
    chosen += [o for o in owners if o]
    if event_company:
        chosen.append(event_company)
    for company in list(chosen):
        parent = company.parent
        while parent is not None and parent not in chosen:
            chosen.append(parent)
            parent = parent.parent
    chosen += [c for c in companies if c.parent in chosen and c not in chosen]
    unique = []
    for company in chosen:
        if company not in unique:
            unique.append(company)
    return sorted(unique, key=lambda c: c.start)


def company_json(doc: Document, company: FoundCompany, listed, companies) -> dict:
    parent = company.parent if company.parent in listed else None
    return {
        "name": company.name,
        "aliases": company.aliases(),
        "tickers": company.tickers,
        "parent": parent.name if parent else None,
        "quote": company_quote(doc, company, companies),
        "rule": company.rule,
        "confidence": company.confidence,
    }


def company_quote(doc: Document, company: FoundCompany, companies) -> str | None:
    for sentence in doc.sentences:
        if company.name in sentence.text:
            return sentence.text
    mentions = [m for m in find_mentions(doc.text, companies) if m.company is company]
    return sentence_at(doc, mentions[0].start) if mentions else None


def sentence_at(doc: Document, position: int) -> str | None:
    for sentence in doc.sentences:
        if sentence.start <= position < sentence.end:
            return sentence.text
    return None


__all__ = ["extract", "top"]
