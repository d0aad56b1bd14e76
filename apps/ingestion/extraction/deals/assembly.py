"""The agreement rule, recaps and role nouns, and find_deals: every deal of a release."""

import re

from ..companies import FoundCompany, find_mentions
from ..drugs import FoundDrug
from ..lexicons import deals as lex
from ..text import Document, Sentence, fold
from .cues import (
    ABOUT_LINE,
    ACQUIRE_VERB,
    ACQUISITION_NOUN,
    ACTION,
    AGREEMENT_WITH,
    BOTH_PARTIES,
    CO_DEVELOPED_WITH,
    DEAL_HEADING,
    DEVELOPED_IN_PARTNERSHIP,
    ELLIPTIC_RECAP_WITH,
    EQUITY_INVESTMENT,
    EXCLUSIVE_RIGHTS_HELD,
    FINANCING_ROUND,
    HYPOTHETICAL,
    IMPLICIT_SUBJECT,
    LICENSE_WORD,
    LICENSING_DEED,
    NAME_OPENING,
    NAME_REACH_CHARS,
    PLURAL_AGREEMENTS_WITH,
    RECAP_WITH,
    REPORTED_DEED,
    REPORTED_TAIL,
    SECOND_PREDICATE,
    SPEECH,
    TALKS,
    UNDER_THE_AGREEMENT,
    UNNAMED_PARTNERS,
    VENTURE_NAMED,
    kinds_in,
    surface_pattern,
)
from .licences import licence_deals
from .model import FoundDeal, deal_family, lead_end, make_deal, party_key, register, top
from .parties import (
    coordinate_party,
    coordinate_subjects,
    counterparty_after,
    listed_objects,
    names_other_deal,
    only_in_aside,
    parties_in,
    release_issuer,
    sentence_parties,
    subject_before,
    subject_party,
)
from .recaps import partner_recaps
from .roles import settle
from .terms import attach_terms, moneys_in
from .verbs import acquired_by, equity_investment_deal, verb_deals


def recapped_with(
    doc: Document, sentence: Sentence, companies, drugs, *, owned_only: bool = False
) -> list[FoundDeal]:
    """ "its research collaborations with A and B were terminated", "our license agreement with
    X": one deal per named counterparty, the other side being the subject before the phrase or
    the release's company. Type from the noun; licence roles are read as for any agreement.
    With `owned_only`, only a deal the subject owns ("its", "our", "their") is read."""
    deals = []
    recaps, leads = recap_matches(sentence.text)
    matches = [
        *recaps,
        *CO_DEVELOPED_WITH.finditer(sentence.text),
        *DEVELOPED_IN_PARTNERSHIP.finditer(sentence.text),
    ]
    for match in matches:
        lead = leads.get(id(match), match)  # the first of two agreements told with one owner
        if owned_only and not OWNED.match(lead.group(0)):
            continue
        if match.re is DEVELOPED_IN_PARTNERSHIP and not product_before(
            doc, sentence.start + match.start(), drugs
        ):
            continue  # "the guidelines were developed in partnership with Y": no product
        start = sentence.start + match.end()
        others, _ = listed_objects(doc, sentence, start, companies, drugs)
        the_at = start + re.match(r"(?:the\s+)?", doc.text[start : sentence.end]).end()
        named_at = NAME_OPENING.match(doc.text, start, sentence.end).end()
        if not others or not any(
            found[1] in (start, the_at, named_at)  # "partnerships with the UK's Hikama, ..."
            for found in parties_in(doc, start, start + NAME_REACH_CHARS, companies, drugs)
        ):
            continue
        before = sentence.start + lead.start()
        named = [
            m.company
            for m in find_mentions(doc.text, companies, sentence.start, before)
            if m.company not in others
        ]
        if OURS.match(lead.group(0)):
            named = []  # "our collaboration with Y": the release's company speaks
        subject = named[-1] if named else release_issuer(doc, companies)
        kind = "license" if LICENSE_WORD.search(match.group(0)) else "collaboration"
        if match.re is CO_DEVELOPED_WITH:
            kind = "co_development"
        for other in others:
            if subject is None or top(other) is top(subject):
                continue
            deal = FoundDeal([kind], [subject, other], [sentence], rule="deal.recap_with")
            deals.append(deal)
    return deals


def recap_matches(text: str) -> tuple[list[re.Match], dict[int, re.Match]]:
    """RECAP_WITH's matches in the text, each followed by the agreement told after "and" with
    the same owner ("our A collaboration with X and B collaboration with Y"); the second
    kind's match maps (by id) to the first, whose owner it shares. A second agreement's match
    ends, as RECAP_WITH's does, where its counterparty begins."""
    matches, leads = [], {}
    for match in RECAP_WITH.finditer(text):
        matches.append(match)
        second = ELLIPTIC_RECAP_WITH.match(text, match.end())
        if second and not RECAP_WITH.search(second.group(0)):
            matches.append(second)
            leads[id(second)] = match
    return matches, leads


# "The enzyme-based technology has drawn interest: Y signed a licensing deal": a technology the
# sentence refers back to with "the"
REFERRED_THING = re.compile(r"\b[Tt]he\s+(?:[\w\-]+\s+){0,3}?(?:technology|platform)\b")
# "Pyeonghwa has built a track record of exporting its platform PB-Fast": a company's technology
OWNED_THING = re.compile(r"\bits\s+(?:[\w\-]+\s+){0,3}?(?:technology|platform)\b")


# Words every recap pattern needs (deals.recaps and RECAP_WITH): "partner", "licence"/"license",
# "collaboration", "cooperation", "alliance", "joint"
RECAP_WORDS = ("partner", "licen", "collaborat", "cooperat", "alliance", "joint")
# Names taken as companies only for where they stand ("an agreement with X"), by the company
# finder or by the deal rules themselves
WEAK_NAME_RULES = {"company.agent", "company.deal_party"}
# ", while Y agreed to ...": a clause of its own, with its own subject and deal
CONTRAST = re.compile(r",\s+(?:while|whereas)\s+")


def own_clause_parties(doc: Document, sentence: Sentence, parties: list) -> list:
    """ "X signed a licensing deal in March, while Y agreed to a contract": two clauses, each
    with its own subject, tell no deal between X and Y; the parties of the clause that names
    the kind of agreement stay."""
    cut = CONTRAST.search(sentence.text)
    if cut is None or not ACTION.search(sentence.text, cut.end()):
        return parties
    at = sentence.start + cut.start()
    sides = [
        {id(m.company) for m in find_mentions(doc.text, parties, a, b)}
        for a, b in ((sentence.start, at), (at, sentence.end))
    ]
    if any(len(side) != 1 for side in sides) or sides[0] == sides[1]:
        return parties
    first = kinds_in(sentence.text[: cut.start()])
    kept = sides[0] if first else sides[1]
    return [p for p in parties if id(p) in kept]


def technology_owner(
    doc: Document, sentence: Sentence, party: FoundCompany, companies
) -> FoundCompany | None:
    """ "X has built a record of exporting its platform. The technology has drawn interest: Y
    signed a licensing deal.": a licence told with one party, of a technology the sentence
    refers back to, is with the company that the sentence before names as its owner."""
    if not REFERRED_THING.search(sentence.text):
        return None
    before = [s for s in doc.sentences if s.end <= sentence.start and s.section == "body"]
    if not before or not OWNED_THING.search(before[-1].text):
        return None
    named = find_mentions(doc.text, companies, before[-1].start, before[-1].end)
    owners = [m.company for m in named if top(m.company) is not top(party)]
    return owners[0] if len({id(top(o)) for o in owners}) == 1 else None


def buys_something(sentence: Sentence) -> bool:
    """The sentence has a verb or noun of buying ("acquire", "acquisition of")."""
    return any(p.search(sentence.text) for p in (ACQUIRE_VERB, ACQUISITION_NOUN))


# "Northam Pharma, our licensee in Japan, ...", "its licensor, Eastry Bio,": a deal of the
# release's company named by the other party's role in it
ROLE_NOUN = re.compile(
    r"\b(?:[Oo]ur|[Ii]ts|the Company[’']s)\s+(?:exclusive\s+)?(?:[\w\-]+\s+)?"
    r"(licensee|licensor|licensing partner|license partner|collaboration partner|collaborator)s?\b"
)


def role_noun_deals(doc: Document, sentence: Sentence, companies, drugs) -> list[FoundDeal]:
    """ "X, our licensee in Japan," or "our licensor, X,": a recapped deal between X and the
    release's company; the role noun gives X's role (licensee, licensor, or partner)."""
    deals = []
    for match in ROLE_NOUN.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        before = re.search(r",\s*$", doc.text[sentence.start : start])
        named = None
        if before:  # "X, our licensee"
            ahead = [
                m
                for m in find_mentions(doc.text, companies, sentence.start, start)
                if not doc.text[m.end : start].strip(" ,")
            ]
            named = ahead[-1].company if ahead else None
        else:  # "our licensee, X," / "our licensee X"
            after = re.match(r",?\s+", doc.text[end : sentence.end])
            if after:
                found = parties_in(doc, end + after.end(), sentence.end, companies, drugs)
                if found and found[0][1] == end + after.end():
                    named = found[0][0]
        issuer = release_issuer(doc, companies)
        if named is None or issuer is None or top(named) is top(issuer):
            continue
        noun = match.group(1)
        if noun in ("licensee", "licensor"):
            other = "licensor" if noun == "licensee" else "licensee"
            deal = make_deal(
                "license", sentence, rule="deal.role_noun", roles=[(named, noun), (issuer, other)]
            )
            deal.kinds = ["license"]
        else:
            kind = "license" if "licens" in noun else "collaboration"
            deal = make_deal(kind, sentence, rule="deal.role_noun", roles=[(named, "partner")])
            deal.parties.insert(0, issuer)
            deal.roles[id(issuer)] = "partner"
            deal.kinds = [kind]
        deals.append(deal)
    return deals


EXAMPLE_AGREEMENTS = re.compile(lex.EXAMPLE_AGREEMENTS, re.IGNORECASE)


def example_agreements(doc: Document, sentence: Sentence, companies, drugs) -> list[FoundDeal]:
    """ "X holds licensing agreements with several cancer centers, including A, B, and C": one
    agreement between the subject X and each example (EXAMPLE_AGREEMENTS); with fewer than two
    examples, or no subject, none."""
    match = EXAMPLE_AGREEMENTS.search(sentence.text)
    if match is None:
        return []
    start = sentence.start + match.end()
    examples, _ = listed_objects(doc, sentence, start, companies, drugs)
    verb = sentence.start + match.start()
    subject = subject_before(doc, sentence, verb, companies, drugs, examples)
    named = find_mentions(doc.text, companies, sentence.start, verb)
    if len(named) > 1 and not doc.text[named[-2].end : named[-1].start].strip():
        subject = named[-2].company  # "Blue Note holds": one name the finder read as two
    if subject is None or len(examples) < 2:
        return []
    kind = "license" if LICENSE_WORD.search(match.group("kind")) else "collaboration"
    return [
        FoundDeal([kind], [subject, other], [sentence], rule="deal.recap_with")
        for other in examples
        if top(other) is not top(subject)
    ]


def agreement_parties(doc, sentence, companies, drugs):
    """ "X has entered into an agreement with Y": the sentence and its two parties, or None."""
    if not AGREEMENT_WITH.search(sentence.text):
        return None
    parties = sentence_parties(doc, sentence, companies)
    if len(parties) == 1:
        partner = counterparty_after(doc, sentence, parties[0], companies, drugs)
        if partner is not None:
            if not any(partner is c for c in companies):
                companies.append(partner)
            parties.append(partner)
    return (sentence, parties) if len(parties) == 2 else None


# "The vaccine was being developed ...", "TS-12 is developed ...": a product is the subject
PRODUCT_NOUN = re.compile(
    r"\b(?:vaccines?|drugs?|therap(?:y|ies)|therapeutics?|candidates?|antibod(?:y|ies)|products?"
    r"|programm?es?|assets?|compounds?|molecules?|treatments?|medicines?|injections?|devices?"
    r"|implants?|grafts?|diagnostics?)"
    r"(?:\s+(?:was|were|is|are|has|have|had|been|being))*\s*$",
    re.IGNORECASE,
)


def product_before(doc: Document, position: int, drugs) -> bool:
    """The words just before `position` name a product: a drug the release names, or a
    product noun ("the vaccine")."""
    head = doc.text[max(0, position - 80) : position]
    if PRODUCT_NOUN.search(head):
        return True
    subject = re.search(r"(?:\s+(?:was|were|is|are|has|have|had|been|being))*\s*$", head)
    end = position - (len(head) - subject.start())
    return any(0 <= end - m.end <= 2 for d in drugs for m in d.mentions)


OWNED = re.compile(r"(?:its|our|their)\b", re.IGNORECASE)
OURS = re.compile(r"our\b", re.IGNORECASE)


def own_recap_in_about(doc: Document, sentence: Sentence, drugs, companies) -> bool:
    """A sentence of an About section on a company (not on a deal or product) that recaps one
    of that company's own agreements ("its collaboration with Y"). A list of partners
    ("X has collaborations with A and B") stays no deal."""
    if sentence.section != "about" or sentence.in_quote:
        return False
    if about_deal_or_product(doc, sentence, drugs, companies):
        return False
    return any(OWNED.match(m.group(0)) for m in RECAP_WITH.finditer(sentence.text))


def own_licences_in_about(doc: Document, sentence: Sentence, companies, drugs) -> list:
    """Licences of the company an About section is on, told there by a licensing word and
    "from Y" or "to Z" ("The Company has an exclusive licence from Y to DRUG"); a list of
    partners or a third party's licence is no deal of the release."""
    if sentence.section != "about" or sentence.in_quote or not LICENSE_WORD.search(sentence.text):
        return []
    lines = list(ABOUT_LINE.finditer(doc.text, 0, sentence.start))
    if not lines or about_deal_or_product(doc, sentence, drugs, companies):
        return []
    named = find_mentions(doc.text, companies, lines[-1].start(1), lines[-1].end(1))
    issuer = release_issuer(doc, companies)
    if not named or issuer is None or top(named[0].company) is not top(issuer):
        return []  # an About section on a partner tells the partner's deals, not the release's
    owner = top(issuer)
    return [d for d in licence_deals(doc, sentence, companies, drugs) if top(d.parties[0]) is owner]


# "when it was purchased by X", "which had been acquired by X": a purchase told in the past
# passive with its buyer, a fact even inside a quoted opinion
PAST_PURCHASE_BY = re.compile(
    r"\b(?:was|were|had been)\s+(?:later\s+|subsequently\s+|eventually\s+)?"
    r"(?P<verb>acquired|purchased|bought)\s+(?=by\s+(?-i:[A-Z]))"
)


def quoted_purchases(doc: Document, sentence: Sentence, companies, drugs) -> list[FoundDeal]:
    """Purchases a quote tells as past facts (PAST_PURCHASE_BY), read as the verb rule reads
    "Y was acquired by X" outside quotes; nothing else in a quote makes a deal."""
    found = []
    for match in PAST_PURCHASE_BY.finditer(sentence.text):
        verb_start, by_start = sentence.start + match.start("verb"), sentence.start + match.end()
        found += acquired_by(doc, sentence, verb_start, by_start, companies, drugs)
    return found


def is_deal_sentence(
    sentence: Sentence, doc: Document | None = None, drugs=(), companies=()
) -> bool:
    """A sentence that may tell a deal: the body outside quotes and opinions, or an About
    section on the deal itself ("About the X-Y Collaboration") or on one of the release's
    products ("About DRUG ... was jointly developed with Y"). About sections on a company list
    its partners: no deals there, but for the company's own recaps (own_recap_in_about)."""
    if sentence.in_quote:
        return False
    if sentence.section == "about":
        if doc is None or not about_deal_or_product(doc, sentence, drugs, companies):
            return False
    elif sentence.section != "body":
        return False
    return (
        not SPEECH.search(sentence.text)
        or bool(REPORTED_DEED.search(sentence.text))
        or bool(REPORTED_TAIL.search(sentence.text))
    )


def about_deal_or_product(doc: Document, sentence: Sentence, drugs, companies=()) -> bool:
    """The About section holding the sentence is on a deal or a product: its heading names a
    deal, a drug, or one word that names no company ("About ZENTRAVO")."""
    lines = list(ABOUT_LINE.finditer(doc.text, 0, sentence.start))
    if not lines:
        return False
    heading = re.sub(r"[®™©]", "", lines[-1].group(1)).strip()
    if DEAL_HEADING.match(lines[-1].group(0)):
        return True
    key = fold(heading)
    if any(key == fold(name) for d in drugs for name in d.names()):
        return True
    named = find_mentions(doc.text, companies, lines[-1].start(1), lines[-1].end(1))
    return not named and len(heading.split()) == 1 and heading.isupper()


def find_deals(
    doc: Document, companies: list[FoundCompany], drugs: list[FoundDrug], published: str | None
) -> list[FoundDeal]:
    """Every agreement the release tells, announced or recapped, one FoundDeal each.

    Input: the analysed document, its companies (bare names found at a party's place are added
    to this list), its drugs and the release date ("YYYY-MM-DD" or None). Output: deals in order
    of first mention, with type, roles, drugs, territory, money terms and dates filled.
    Never: a deal from a quoted opinion, an About section or boilerplate; a deal with fewer than
    two parties; a term from another deal's sentences.
    """
    deals: list[FoundDeal] = []
    recaps: list[FoundDeal] = []  # partners named in passing (deals.recaps), added last
    previous = None  # the last "agreement with X" sentence and its parties
    headline_only = is_headline_only(doc)
    for sentence in doc.sentences:
        if own_recap_in_about(doc, sentence, drugs, companies):
            # "About X: ... royalties from products developed under its collaboration with Y"
            for deal in recapped_with(doc, sentence, companies, drugs, owned_only=True):
                register(companies, deal)
                add_deal(deals, deal)
            continue
        own = own_licences_in_about(doc, sentence, companies, drugs)
        if own:
            # "About X: X has an exclusive licence from Y ... and has out-licensed it to Z"
            for deal in own:
                register(companies, deal)
                add_deal(deals, deal)
            continue
        if sentence.in_quote and sentence.section == "body":
            # '"As the former CEO of Y when it was purchased by X, ..."': a purchase told as
            # past fact in a quote is a recap, whatever opinion surrounds it
            for deal in quoted_purchases(doc, sentence, companies, drugs):
                register(companies, deal)
                add_deal(deals, deal)
            continue
        if not is_deal_sentence(sentence, doc, drugs, companies) and not (
            headline_only and sentence.section == "title"
        ):
            continue
        low = sentence.text.lower()
        if any(word in low for word in RECAP_WORDS):  # a cheap test before the patterns
            recaps += partner_recaps(doc, sentence, companies)
            # "revenue reflecting our collaboration with Y": an agreement the company owns,
            # named without any verb of making, is still a deal (added last, like the
            # partner recaps)
            if " with " in low:
                recaps += recapped_with(doc, sentence, companies, drugs, owned_only=True)
        by_verb = verb_deals(doc, sentence, companies, drugs)
        licensed = licence_deals(doc, sentence, companies, drugs) if not by_verb else []
        # one licence per sentence is the agreement rule's; several make a licence history
        for deal in by_verb or (licensed if len(licensed) > 1 else []):
            register(companies, deal)
            add_deal(deals, deal)
        if by_verb and SECOND_PREDICATE.search(sentence.text):
            # "X acquired Y and in-licensed DRUG from Z": the licence beside the purchase
            predicate = SECOND_PREDICATE.search(sentence.text)
            second = sentence.start + predicate.start()
            bought = {party_key(d.parties) for d in by_verb}
            for deal in licence_deals(doc, sentence, companies, drugs):
                if not predicate.group("rel"):
                    deal = licence_of_buyer(doc, deal, by_verb, second)
                if deal is not None and party_key(deal.parties) not in bought:
                    register(companies, deal)
                    add_deal(deals, deal)
        stake_beside_licence = (
            by_verb
            and all(d.type == "equity_investment" for d in by_verb)
            and (
                LICENSING_DEED.search(sentence.text)
                # "will buy $40 million of its stock as part of a broader partnership on DRUG":
                # the partnership the stake belongs to is a deal of its own
                or STAKE_IN_PARTNERSHIP.search(sentence.text)
            )
        )
        if (by_verb and not stake_beside_licence) or len(licensed) > 1:
            continue  # ("licensed DRUG to Y, which will also buy $10 million of X stock": the
            # stake is the verb rule's, the licence still the agreement rule's)
        for deal in role_noun_deals(doc, sentence, companies, drugs):
            register(companies, deal)
            add_deal(deals, deal)
        listed = example_agreements(doc, sentence, companies, drugs)
        for deal in listed:
            register(companies, deal)
            add_deal(deals, deal)
        if listed:
            continue
        kinds = kinds_in(sentence.text)
        if "acquisition" in kinds and buys_something(sentence):
            # the verb rules read every "acquire"/"acquisition of" and found no deal in it:
            # a facility, shares, a person's past deal
            kinds.remove("acquisition")
        if not kinds or kinds == ["agreement"]:
            # "X has entered into an agreement with Y. Under the agreement, Y has obtained
            # rights ...": the next sentence may give the agreement its kind
            previous = agreement_parties(doc, sentence, companies, drugs) or previous
            if not kinds:
                continue
        if set(kinds) == {"equity_investment"} and deals and equity_beside(doc, sentence, deals):
            continue
        if "license" in kinds and deals and rights_of_partner(doc, sentence, deals[-1]):
            # "X entered into a collaboration with Y for DRUG. Y has exclusive rights to
            # develop and commercialise DRUG in Mexico.": the collaboration is a licence
            deals[-1].kinds.append("license")
            deals[-1].sentences.append(sentence)
            continue
        if (
            not ACTION.search(sentence.text)
            or HYPOTHETICAL.search(sentence.text)
            or TALKS.search(sentence.text)
            # "compounds being developed in collaboration with other partners": with nobody
            # the release names
            or UNNAMED_PARTNERS.search(sentence.text)
        ):
            continue  # no deal made, or one only hoped for or still negotiated
        parties = sentence_parties(doc, sentence, companies, drugs)
        parties = [p for p in parties if not names_other_deal(doc, sentence, p, companies)]
        if len(parties) > 2:
            parties = [p for p in parties if not only_in_aside(doc, sentence, p, companies)]
        recap = RECAP_WITH.search(sentence.text)
        if recap and len(recap_matches(sentence.text)[0]) > 1:
            # "under our A collaboration with X and our B collaboration with Y": each
            # agreement told with its own counterparty is its own deal with the subject
            recapped = recapped_with(doc, sentence, companies, drugs)
            if len({party_key(d.parties) for d in recapped}) > 1:
                for deal in recapped:
                    register(companies, deal)
                    add_deal(deals, deal)
                continue
        partners = (
            listed_objects(doc, sentence, sentence.start + recap.end(), companies, drugs)[0]
            if recap
            else []
        )
        if len(partners) > 1:
            subject = find_mentions(
                doc.text, companies, sentence.start, sentence.start + recap.start()
            )
            if not subject or (recap.group("kind") or recap.group("plural")).endswith("s"):
                # "(X's) collaborations with A and B": one agreement each, A and B not partners
                for deal in recapped_with(doc, sentence, companies, drugs):
                    register(companies, deal)
                    add_deal(deals, deal)
                continue
            else:
                # "X leads ... as part of a collaboration with A and B": one agreement of three
                parties += [p for p in partners if not any(p is q for q in parties)]
        if not parties:
            parties = coordinate_subjects(doc, sentence, companies, drugs)
            for party in parties:
                if not any(party is c for c in companies):
                    companies.append(party)
        if len(parties) == 2:
            parties = own_clause_parties(doc, sentence, parties)
        if len(parties) == 1:
            partner = counterparty_after(doc, sentence, parties[0], companies, drugs)
            partner = partner or subject_party(doc, sentence, parties[0], companies, drugs)
            partner = partner or coordinate_party(doc, sentence, parties[0], companies, drugs)
            owner = None
            if partner is None and set(kinds) & {"license", "option"}:
                owner = technology_owner(doc, sentence, parties[0], companies)
            if partner is not None:
                if not any(partner is c for c in companies):
                    companies.append(partner)
                parties.append(partner)
            elif owner is not None:
                parties.insert(0, owner)  # the owner licenses its technology out
        if len(parties) < 2 and UNDER_THE_AGREEMENT.match(sentence.text) and previous:
            # "X entered into an agreement with Y. Under the agreement, Y has obtained ..."
            parties = list(dict.fromkeys([*previous[1], *parties]))
            if len(parties) >= 2:
                add_to_deal(deals, kinds, parties, previous[0])
        if len(parties) == 1 and IMPLICIT_SUBJECT.match(sentence.text):
            issuer = release_issuer(doc, companies)
            if issuer is not None and top(issuer) is not top(parties[0]):
                parties.insert(0, issuer)
                if not any(issuer is c for c in companies):
                    companies.append(issuer)
        if len(parties) < 2 and BOTH_PARTIES.search(sentence.text) and deals:
            parties = list(deals[-1].parties)
        if len(parties) < 2:
            for deal in recapped_with(doc, sentence, companies, drugs):
                register(companies, deal)
                add_deal(deals, deal)
            continue
        if kinds == ["agreement"] and any(p.rule in WEAK_NAME_RULES for p in parties):
            # an agreement of no named kind is weak evidence: its parties must be named as
            # companies by more than their place ("signed an agreement with Paul Jones")
            continue
        if set(kinds) == {"equity_investment"}:
            parties = investment_parties(doc, sentence, parties)
            if len(parties) > 2 or FINANCING_ROUND.search(sentence.text):
                continue  # several investors: a financing round (an event), not a deal
        if "merger" in kinds and any(
            UNIT_POSSESSED_AFTER.match(doc.text, m.end)
            for m in find_mentions(doc.text, companies, sentence.start, sentence.end)
            if any(m.company is p for p in parties)
        ):
            continue  # "merger between X and Y's oncology subsidiary": the unit, unnamed here
        if "joint_venture" in kinds:
            parties = [p for p in parties if not is_venture_name(doc, sentence, p)]
            if len(parties) < 2:
                continue
        for group in separate_agreements(doc, sentence, parties, companies, drugs):
            companies.extend(p for p in group if not any(p is c for c in companies))
            add_to_deal(deals, kinds, group, sentence)
    for deal in recaps:
        # a partner named in passing adds a deal only when no sentence told one between them
        if not any(party_key(d.parties) == party_key(deal.parties) for d in deals):
            register(companies, deal)
            deals.append(deal)
    deals = units_named_later(doc, deals, companies)
    issuer = release_issuer(doc, companies)
    deals = [d for d in deals if not market_background(doc, d, issuer)]
    deals = [d for d in deals if not within_group(doc, d)]
    mark_spans(deals)
    for deal in deals:
        settle(doc, deal, drugs, published)
    attach_terms(doc, deals, companies)
    for deal in deals:
        if deal.type == "equity_investment" and deal.announced_on is None:
            # "In addition, X will make an equity investment in Y": told with the main deal
            deal.announced_on = next(
                (
                    d.announced_on
                    for d in deals
                    if d is not deal and party_key(d.parties) == party_key(deal.parties)
                ),
                None,
            )
    return deals


UNIT_OF_BEFORE = re.compile(lex.UNIT_OF_BEFORE, re.IGNORECASE)
UNIT_POSSESSED_AFTER = re.compile(lex.UNIT_POSSESSED_AFTER, re.IGNORECASE)


def units_named_later(doc: Document, deals: list[FoundDeal], companies) -> list[FoundDeal]:
    """ "grant a licence to the Swiss unit of Y Pharma" and later "payments from Y Specialty
    S.A.": one deal, its party the unit. A deal whose party is named only as "the unit of P"
    takes a later deal of its type with the same other party and a company named like P (its
    first word), the unit's own name, and the later deal is dropped; or the unit named so in
    a later sentence of the deal itself. Never merges deals whose
    party is named plainly, or a unit whose name shares no word with P's first."""
    dropped = set()
    for first in deals:
        for parent in first.parties:
            told = find_mentions(
                doc.text, [parent], first.sentences[0].start, first.sentences[0].end
            )
            if not told or not UNIT_OF_BEFORE.search(
                doc.text, first.sentences[0].start, told[0].start
            ):
                continue
            others = [p for p in first.parties if p is not parent]
            for later in deals:
                if (
                    later is first
                    or id(later) in dropped
                    or later.type != first.type
                    or not set(later.kinds) & set(first.kinds)
                ):
                    continue
                units = [p for p in later.parties if p is not parent and top(p) is not top(parent)]
                unit = [p for p in units if p.name.split()[0] == parent.name.split()[0]]
                rest = [p for p in units if not any(p is u for u in unit)]
                if len(unit) != 1 or {id(top(p)) for p in rest} != {id(top(p)) for p in others}:
                    continue
                first.parties = [unit[0] if p is parent else p for p in first.parties]
                first.sentences += [s for s in later.sentences if s not in first.sentences]
                dropped.add(id(later))
                break
            else:
                # "Under the agreement, ... from Y Specialty AG": the unit named in a later
                # sentence of the same deal, or in the next one telling its terms
                at = doc.sentences.index(first.sentences[0])
                after = doc.sentences[at + 1 : at + 2]
                told_after = [
                    s
                    for s in after
                    if s not in first.sentences and UNDER_THE_AGREEMENT.match(s.text)
                ]
                named = [
                    m.company
                    for s in first.sentences[1:] + told_after
                    for m in find_mentions(doc.text, companies, s.start, s.end)
                    if top(m.company) is not top(parent)
                    and m.company.name.split()[0] == parent.name.split()[0]
                ]
                if len({id(c) for c in named}) == 1:
                    first.parties = [named[0] if p is parent else p for p in first.parties]
    return [d for d in deals if id(d) not in dropped]


# The lead's body sentences: the dateline's and the one after (a dateline cut by "s.r.o.")
STAKE_IN_PARTNERSHIP = re.compile(lex.STAKE_IN_PARTNERSHIP, re.IGNORECASE)
OPENING_SENTENCES = 2
# A company's first word stands for it when it is a name, not an article or initials
SHORT_NAME_CHARS = 4


# How background is told: dated in a past year or period, or given as an example
BACKGROUND_TELLING = re.compile(
    r"\b(?:in|since|during|back in)\s+(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?(?:19|20)\d{2}\b"
    r"|\b(?i:last|previous) year\b|\b(?i:previously|including|in recent years)\b"
    r"|\b(?i:such as|for example|for instance)\b"
)


def market_background(doc: Document, deal: FoundDeal, issuer: FoundCompany | None) -> bool:
    """A deal of other companies told as the market's background in a release about the
    issuer's own business ("the class has drawn interest: in 2023, A acquired B's rights for
    $7 billion"): the lead (headline, deck and first two body sentences) names the release's company
    and none of the deal's parties, that company is no party, and the deal is told as
    background (dated in a past year, or given as an example: BACKGROUND_TELLING). A recap of
    the company's own agreement, a deal the lead tells, an item of a news roundup told as news
    of its own, and any deal of an article with no company of its own stay."""
    if issuer is None or any(top(p) is top(issuer) for p in deal.parties):
        return False
    if not any(BACKGROUND_TELLING.search(s.text) for s in deal.sentences):
        return False  # told as news of its own ("X has agreed to buy Y"): a roundup's item
    if any(s.section == "about" for s in deal.sentences):
        return False  # About sections are read under their own rules (own_recap_in_about)
    lead = lead_end(doc)
    first = [s for s in doc.sentences if s.section == "body"][:OPENING_SENTENCES]
    opening = [s for s in doc.sentences if s.is_body and (s.start < lead or s in first)]
    home = re.compile(surface_pattern(issuer), re.IGNORECASE)
    if not any(home.search(s.text) for s in opening):
        return False  # an article on the market, not a release of its company
    short = issuer.name.split()[0]  # "funded by Marwick": the company's first word alone
    near = re.compile(rf"\b{re.escape(short)}\b") if len(short) >= SHORT_NAME_CHARS else home
    if any(home.search(s.text) or near.search(s.text) for s in deal.sentences):
        return False  # "Y closed its purchase of Z, funded in part by X": X has a hand in it
    named = re.compile("|".join(surface_pattern(p) for p in deal.parties), re.IGNORECASE)
    return not any(named.search(s.text) for s in opening)


# "X and one of its subsidiaries, Y", "X and its wholly-owned subsidiary Y": {A} the parent,
# {B} the unit
UNIT_OF = (
    r"{A}\W{{0,3}}(?:\([^)]*\)\W{{0,3}})?\s*and\s+(?:one\s+of\s+)?its\s+(?:[\w\-]+\s+)?"
    r"(?:subsidiar(?:y|ies)|affiliates?|units?)\W{{0,3}}{B}"
    r"|{B}\W{{0,3}}(?:\([^)]*\)\W{{0,3}})?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}?"
    r"(?:subsidiary|affiliate|unit)\s+of\s+{A}"
)
# The words UNIT_OF needs, in one cheap pattern
UNIT_WORD = re.compile(r"\b(?:subsidiar(?:y|ies)|affiliates?|units?)\b", re.IGNORECASE)
# Deals a company may make with its own unit without telling a deal between companies
GROUP_INTERNAL_TYPES = ("collaboration", "license", "co_development", "other")


def within_group(doc: Document, deal: FoundDeal) -> bool:
    """A licence or collaboration of two parties the text ties as parent and unit ("X and one
    of its subsidiaries, Y, entered a licence with Z"; "owned by X and Y"): one side, no deal
    between them."""
    if len(deal.parties) != 2 or deal.type not in GROUP_INTERNAL_TYPES:
        return False
    if not UNIT_WORD.search(doc.text):
        return False  # the usual case: no unit named, so no pair pattern to build and run
    a, b = (surface_pattern(p) for p in deal.parties)
    return any(
        re.search(UNIT_OF.format(A=x, B=y), doc.text, re.IGNORECASE) for x, y in ((a, b), (b, a))
    )


# A body sentence that tells something has a few words; a date or a link alone does not
TELLING_WORDS = 4


def is_headline_only(doc: Document) -> bool:
    """A news item that is its headline alone (the body holds a date or a link at most): the
    headline is the release, and a deal it tells is read there."""
    return not any(
        s.section in ("body", "about") and len(s.text.split()) >= TELLING_WORDS
        for s in doc.sentences
    )


def rights_of_partner(doc: Document, sentence: Sentence, deal: FoundDeal) -> bool:
    """The sentence right after a collaboration's own sentence says that one of its parties,
    as the subject and the only party named, holds exclusive rights to develop or sell
    (EXCLUSIVE_RIGHTS_HELD)."""
    held = EXCLUSIVE_RIGHTS_HELD.search(sentence.text)
    if held is None or "collaboration" not in deal.kinds or "license" in deal.kinds:
        return False
    body = [s for s in doc.sentences if s.section == "body"]
    at = next((i for i, s in enumerate(body) if s is sentence), None)
    if not at or body[at - 1] is not deal.sentences[-1]:
        return False
    named = find_mentions(doc.text, deal.parties, sentence.start, sentence.end)
    subject = find_mentions(doc.text, deal.parties, sentence.start, sentence.start + held.start())
    return len({id(top(m.company)) for m in named}) == 1 and bool(subject)


def licence_of_buyer(
    doc: Document, deal: FoundDeal, bought: list[FoundDeal], second: int
) -> FoundDeal | None:
    """A licence told by a second predicate beside a purchase ("X acquired Y and in-licensed
    DRUG from Z"): its subject is the buyer, though the bought company stands nearer to the
    verb. The licence read between the bought company and Z is given to the buyer; a licence
    whose counterparty is named before the second predicate is the purchase's own words."""
    for purchase in bought:
        roles = {id(p): r for p in purchase.parties if (r := purchase.roles.get(id(p)))}
        target = next((p for p in purchase.parties if roles.get(id(p)) == "target"), None)
        buyer = next((p for p in purchase.parties if roles.get(id(p)) == "acquirer"), None)
        if target is None or buyer is None or not any(p is target for p in deal.parties):
            continue
        other = next((p for p in deal.parties if p is not target), None)
        if other is None or top(other) is top(buyer):
            return None
        if not find_mentions(doc.text, [other], second, deal.sentences[0].end):
            return None  # the counterparty is named in the purchase's own words
        fixed = make_deal(
            "license",
            deal.sentences[0],
            rule=deal.rule,
            roles=[(buyer, deal.roles[id(target)]), (other, deal.roles[id(other)])],
        )
        fixed.kinds = ["license"]
        fixed.territory = deal.territory
        return fixed
    return deal


def equity_beside(doc: Document, sentence: Sentence, deals: list[FoundDeal]) -> bool:
    """ "..., which includes a $10 million equity investment": a stake beside the last deal.

    The stake is its own equity_investment deal between the same parties; it takes no drug from
    the licence. The party this sentence names (the one receiving the money) is the investee.
    """
    moneys = moneys_in(doc, sentence)
    stake = next((m for m in moneys if EQUITY_INVESTMENT.match(doc.text, m.end + 1)), None)
    previous = deals[-1]
    if stake is None or len(previous.parties) != 2 or previous.type == "equity_investment":
        return False
    investee = stake_receiver(doc, sentence, previous.parties)
    if investee is None:
        return False
    investor = next(p for p in previous.parties if p is not investee)
    deals.append(equity_investment_deal(sentence, investor, investee, stake))
    return True


def mark_spans(deals: list[FoundDeal]) -> None:
    """Give each deal the offsets where later deals begin, and mark the release's main deal."""
    for deal in deals:
        first = min(s.start for s in deal.sentences)
        others = [
            d
            for d in deals
            if party_key(d.parties) != party_key(deal.parties)
            # an option granted beside a licence of the same parties ends the licence's span:
            # its product is the option's (option_beside_licence)
            or ("option" in d.kinds and "option" not in deal.kinds and "license" in deal.kinds)
        ]
        deal.stops = sorted({start for d in others if (start := d.sentences[0].start) > first})
    main = next((d for d in deals if deal_family(d.kinds) == "main"), None)
    if main is not None:
        main.main = True


def stake_receiver(
    doc: Document, sentence: Sentence, parties: list[FoundCompany]
) -> FoundCompany | None:
    """Who takes the stake: "investment in Y", "Y will receive", else the other of "X will make"."""
    for party in parties:
        x = surface_pattern(party)
        if re.search(rf"\b(?:invest\w*|stake) in\s+{x}", sentence.text, re.IGNORECASE):
            return party
        if re.search(rf"{x}\W{{0,3}}(?:will |shall |is to )?receive", sentence.text, re.I):
            return party
    for party in parties:
        x = surface_pattern(party)
        if re.search(
            rf"{x}\W{{0,3}}(?:will |shall |is to )?(?:make|pay|invest)", sentence.text, re.I
        ):
            return next(p for p in parties if p is not party)
    return None


def is_venture_name(doc: Document, sentence: Sentence, company: FoundCompany) -> bool:
    """ "formed a joint venture, Sakura-Penrose Bio, ...": the venture is what the deal makes,
    not a party to it."""
    for mention in find_mentions(doc.text, [company], sentence.start, sentence.end):
        if VENTURE_NAMED.search(doc.text[sentence.start : mention.start]):
            return True
    return False


def investment_parties(doc: Document, sentence: Sentence, parties: list[FoundCompany]) -> list:
    """ "a strategic investment from X and funding from investors A, B": only X and the company
    invested in are parties (a round's investors make a financing event, not deals)."""
    match = re.search(r"\binvestment from\s+", sentence.text, re.IGNORECASE)
    if not match:
        return parties
    start = sentence.start + match.end()
    named = [m.company for m in find_mentions(doc.text, parties, start, sentence.end)]
    if not named or find_mentions(doc.text, parties, start, sentence.end)[0].start != start:
        return parties
    investor = named[0]
    before = [m.company for m in find_mentions(doc.text, parties, sentence.start, start)]
    return [*before[:1], investor] if before else parties


# "partners such as A and B", "partners, including A and B": examples of separate agreements
EXAMPLES = re.compile(
    r"\b(?:partners|licensees|licensors|collaborators|companies|drugmakers|firms),?\s+"
    r"(?:such as|including|namely|like)\s+(?:the\s+)?"
)


def separate_agreements(doc: Document, sentence: Sentence, parties, companies, drugs) -> list:
    """The sentence's parties as agreements: one of all of them, or, when the others are
    given as examples ("payments from partners such as A and B, X has received ..."), one
    between the remaining party and each example."""
    for example in EXAMPLES.finditer(sentence.text):
        start = sentence.start + example.end()
        listed, _ = listed_objects(doc, sentence, start, companies, drugs)
        rest = [p for p in parties if not any(p is q or p.name == q.name for q in listed)]
        if len(listed) > 1 and len(rest) == 1:
            return [[rest[0], other] for other in listed]
    plural = PLURAL_AGREEMENTS_WITH.search(sentence.text)
    if len(parties) > 2 and plural:
        # "X signed licence agreements with A for Italy and with B for Canada": agreements in
        # the plural with several partners are one agreement with each (a singular "an
        # agreement with A and B" stays one agreement of three)
        each = one_with_each(doc, sentence, parties, sentence.start + plural.start())
        if each:
            return each
        at = sentence.start + plural.start()
        if not find_mentions(doc.text, parties, at, sentence.end):
            # "A, B and C have signed licence agreements with foreign partners": each signed
            # its own with a partner the sentence does not name; none is another's party
            return []
    with_ = WITH_PARTNERS.search(sentence.text)
    if len(parties) > 2 and with_ and SEPARATE.search(sentence.text):
        # "X is partnering with A and B on separate programmes": one agreement with each
        each = one_with_each(doc, sentence, parties, sentence.start + with_.start())
        if each:
            return each
    return [parties]


def one_with_each(doc: Document, sentence: Sentence, parties, at: int) -> list | None:
    """[subject, partner] pairs when one party is named before `at` and several after it."""
    before = {id(m.company) for m in find_mentions(doc.text, parties, sentence.start, at)}
    subject = [p for p in parties if id(p) in before]
    others = [p for p in parties if id(p) not in before]
    if len(subject) == 1 and len(others) > 1:
        return [[subject[0], other] for other in others]
    return None


# "on separate programmes", "in separate agreements", "separately": one agreement per partner
SEPARATE = re.compile(
    r"\b(?:separate|individual|respective|independent)\s+(?:[\w\-]+\s+)?(?:agreements?|deals?"
    r"|programm?es|projects|collaborations|partnerships|licen[cs]es|transactions|contracts)\b"
    r"|\bseparately\b",
    re.IGNORECASE,
)
WITH_PARTNERS = re.compile(r"\bwith\s+(?=[A-Z])")


def add_deal(deals: list[FoundDeal], deal: FoundDeal) -> None:
    """A verb rule's deal; a deal between the same parties told again keeps its first reading.

    A company bought from its parent and the parent's other business bought by a second
    verb ("X acquires Y, a unit of Z ... Z transfers its other operations to X") are two deals:
    a purchase of a company and a purchase of assets are told apart by their rule."""
    for other in deals:
        if (
            party_key(other.parties) == party_key(deal.parties)
            and same_type(other, deal)
            and {other.rule, deal.rule} != {"deal.acquire_verb", "deal.sale_verb"}
        ):
            if deal.sentences[0] not in other.sentences:
                other.sentences.append(deal.sentences[0])
            return
    deals.append(deal)


# "an exclusive option to license DRUG", "options to acquire two programmes": a right to a
# further deal, granted by a sentence of its own
OPTION_GRANTED = re.compile(
    r"\boptions?\s+to\s+(?:(?:in-)?licen[cs]e|acquire|obtain\s+(?:an?\s+)?(?:exclusive\s+)?"
    r"licen[cs]e)\b",
    re.IGNORECASE,
)


def option_beside_licence(deal: FoundDeal, kinds: list[str], sentence: Sentence) -> bool:
    """A later sentence grants an option beside a licence already told between the same
    parties ("The deal also grants X an exclusive option to license DRUG"): the option is an
    agreement of its own, with its own product; an "option and licence agreement" told in
    one sentence stays one deal."""
    return (
        "option" in kinds
        and "option" not in deal.kinds
        and "license" in deal.kinds
        and sentence not in deal.sentences
        and bool(OPTION_GRANTED.search(sentence.text))
    )


def same_type(other: FoundDeal, deal: FoundDeal) -> bool:
    """`deal` (a verb rule's) is of `other`'s type; an agreement read earlier is typed only when
    settled, so its kinds told so far stand for its type: "X signed a licence with Y" and later
    "licensing income from Y" are one licence."""
    if other.type == deal.type:
        return True
    return (
        other.rule == "deal.agreement"
        and deal.type in ("license", "option")
        and (deal.type in other.kinds and deal_family(other.kinds) == "main")
    )


def add_to_deal(deals, kinds: list[str], parties: list[FoundCompany], sentence: Sentence) -> None:
    family = deal_family(kinds)
    key = party_key(parties)
    for deal in deals:
        if (
            deal.rule != "deal.agreement"
            and deal.type == "acquisition"
            and "acquisition" not in kinds
            and set(kinds) & {"collaboration", "license"}
        ):
            continue  # "X was already involved in joint projects with Y": its own agreement
        if (
            party_key(deal.parties) == key
            and deal_family(deal.kinds) == family
            and not option_beside_licence(deal, kinds, sentence)
        ):
            deal.kinds += [k for k in kinds if k not in deal.kinds]
            deal.sentences.append(sentence)
            return
        if (
            party_key(deal.parties) == key
            and deal.rule != "deal.agreement"
            and family == "main"
            and deal_family(deal.kinds) != "equity"  # a stake bought beside the licence
        ):
            deal.sentences.append(sentence)  # the bought company named again with its buyer
            return
    deals.append(FoundDeal(list(kinds), list(parties), [sentence]))
