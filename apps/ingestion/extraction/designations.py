"""Regulatory designations: drug x agency x type, with status, date and indication.

    find_designations(doc, drugs, base) -> [FoundDesignation, ...]

Designation wordings and agencies come from lexicons/designations.py (spaCy PhraseMatcher over
the blank pipeline), trial clearances from their own phrasing ("approval to start a Phase 3
trial"). Each telling is read within its clause (a sentence split at semicolons): the drug is
the one named nearest to the designation in that clause, else the one of the sentence before
in the same paragraph ("X won BTD. The designation follows ..."); the agency is the one named
with it, else the country or region ("in Japan" is PMDA), else the one the sentence before
names. Never a hypothetical or planned designation ("may qualify for", "plans to file"), never
one told in a quotation or in boilerplate.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .dates import INLINE_DATELINE, find_dates
from .drugs import FoundDrug, Span, body_mention_count, is_background_mention
from .indications import find_indications, indications_in
from .lexicons.deals import PLACE_NAMES
from .lexicons.designations import (
    AGENCIES,
    CASE_SENSITIVE_TERMS,
    COUNTED_PLURAL,
    DESIGNATION_DEFINED,
    DESIGNATIONS,
    FACILITY_APPROVED,
    FILING_WORDS,
    GENERIC_RECIPIENT,
    INFERABLE_PROGRAMS,
    LABEL_EXPANDED,
    MARKET_OVERVIEW,
    NEGATIVE_DECISION,
    OWN_TELLING,
    PLURAL_BACK,
    PLURAL_COUNT,
    PLURAL_LAST_WORDS,
    PROGRAM_AGENCY,
    REFUSAL_ABBREVIATION,
    REGION_AGENCY,
    REGION_LIST_BREAK,
    REGION_MODIFIER_GAP,
    REGULATOR_NOUNS,
    REGULATOR_OWNERS,
    REGULATOR_TERMS,
    RIVAL_BACKGROUND,
    SHARED_BY_ALL,
    TRIAL_CLEARANCE,
    US_LISTING,
    US_PROGRAMS,
)
from .lexicons.drugs import NAMING_WORDS
from .lexicons.text import MONTHS
from .text import Document, PhraseIndex, Sentence

IND_CLEARED = re.compile(
    r"\bcleared\b[^;\n]{0,120}?\bto (?:enter|begin|start|initiate|commence|proceed)"
    rf"|{TRIAL_CLEARANCE}",
    re.IGNORECASE,
)
EXPANDED = re.compile(LABEL_EXPANDED, re.IGNORECASE)
REFUSAL = re.compile(REFUSAL_ABBREVIATION)
HYPOTHETICAL = re.compile(
    # (never a "may proceed" letter, quoted: the FDA's clearance of an IND)
    r"\b(?:will|would|(?<![“\"‘'])may|might|could|upon|subject to|pending"
    r"|potential(?:ly)?|expect\w*"
    # "plans", "planned", never "plant" or "plantar"
    r"|plan(?:s|ned|ning)?"
    # "is seeking priority review": a request made (applied), not a wish
    r"|intend\w*|(?<!\bis )(?<!\bare )seek\w*|eligib\w*|anticipat\w*|prior to|towards?"
    r"|path to|in order to|obtain"
    # "vital to obtaining final approval", "focused on achieving approval" (never "after
    # obtaining approval in 2024")
    r"|(?<!\b[Aa]fter )(?<!\b[Ss]ince )(?<!\b[Uu]pon )(?:obtaining|achieving|gaining|securing)"
    r"|(?:time|road|way|route|journey|steps?|progress) to"
    r"|cannot|routes? to|if|whether|unless|aim\w*|hope\w*|support\w*|required|prepar\w*"
    # what a designation brings ("incentives, including priority review") is no grant
    r"|incentives?|benefits|privileges"
    # "the opportunity for a rolling submission of a future BLA": what it makes possible
    r"|opportunit(?:y|ies) (?:for|to)|future"
    # a payment that falls due on the approval ("$2.50 per share for FDA approval", CVRs)
    r"|per share|payable|CVRs?|contingent value"
    # "60 days after the FDA approves", "once approved", "until approval"
    r"|(?:days|weeks|months|years) after|once|until"
    # "expire on the 60th day after the date the FDA approves ...": a deadline set by it
    r"|\d+(?:st|nd|rd|th) (?:business |calendar )?day after"
    # the same words opening a sentence: "If X gains FDA approval, ..."
    r"|If|Once|Upon|Unless|Until|Pending|Subject to|Whether|Should"
    # "Drugs that receive Fast Track designation benefit from ...": what any product gets
    r"|(?<!our )(?<!its )(?<!their )(?<!these )(?<!both )(?<!two )(?<!three )"
    r"(?i:drugs|products|programs|programmes|therapies|medicines|treatments|candidates|sponsors)"
    r" (?:that (?:receive|have|hold|are granted|obtain)|which (?:receive|have|hold)|with"
    r"|receiving|holding|granted)"
    # "the data needed for approval", "steps necessary to obtain approval"
    r"|(?:needed|necessary) (?:for|to)"
    # "failed to garner FDA approval for its arthritis drug", "did not win approval": a grant
    # that never came (a refusal told as such is NEGATIVE_DECISION)
    r"|fail(?:ed|s|ing)? to|did not (?:win|get|gain|garner|obtain|receive|secure)"
    r"|to (?:achieve|secure|gain"
    r"|pursue|file|submit))\b",
    # Case-sensitive: "In May 2020" is a date, "may" is a hedge.
)
OVERVIEW = re.compile(MARKET_OVERVIEW, re.IGNORECASE)
LISTED_IN_US = re.compile(US_LISTING)
# "a PDUFA target action date of June 30", "expected by mid-2026": a date ahead, not the telling's
# A market or trial step told after the telling, before a date: that date is the step's
OTHER_STEP = re.compile(
    # (never "begun", "initiated", "completed": a filing's own steps)
    r"\b(?:launch\w*|commerciali[sz]\w*|introduced|marketed|sold|enrol\w*|dosed"
    r"|listed|reimbursed|included in the (?:national )?reimbursement"
    # "X, a drug the company acquired from Y in 2023": the deal's date, not the telling's
    r"|acquired|in-licen[cs]ed|licen[cs]ed|purchased|bought)\b",
    re.IGNORECASE,
)
FUTURE_DATE_LEAD = re.compile(
    r"(?:\b(?:PDUFA|target|action|goal|decision|review)\s+(?:action\s+)?date\s+(?:of|is|on|in)?"
    r"|\b(?:by|until|expected\w*|anticipated|planned|scheduled)\s+(?:in|on|for)?"
    # "granted priority review with a PDUFA date set for the second quarter of 2027"
    r"|\bset\s+(?:for|in|on)(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
FUTURE_LEAD_REACH = 40
GOVERNED_GAP = 80  # "the IND application for X was approved": a status word and its telling
SAME_FACT_GAP = 40  # "an MAA with the EMA seeking approval": one telling across a short gap
DATE_AFTER_AGENCY = 12  # "by the FDA in June 2022": the date told right after the agency
FACILITY_REACH = 40  # "a plant that has been approved": the site noun before the approval
HYPOTHETICAL_REACH = 60  # characters before a designation that may hedge it ("may qualify for")
ADJECTIVE_REACH = 100  # "a U.S. Food and Drug Administration (FDA) approved": article to verb
REGION_NAMES = "|".join(re.escape(r) for r in sorted(REGION_AGENCY, key=len, reverse=True))
REGION = re.compile(
    rf"\b(?:in|across|from|by|for|including|such as)\s+(?:both\s+)?({REGION_NAMES})(?!\w)",
    re.IGNORECASE,
)
FILING = re.compile(FILING_WORDS, re.IGNORECASE)
# 'its announcement, titled "X Receives Orphan Drug Designation", was published on ...': the
# title of another document, quoted
TITLED = re.compile(r"\b(?:titled|entitled|headlined)\s*,?\s*[“\"]([^”\"\n]{1,300})[”\"]", re.I)
# "X is investigational and has not been approved by the FDA or any other authority", "has not
# yet received approval": a standing disclaimer, no telling (a decision against a product is
# told in the past: "the FDA did not approve", "was not granted")
# "is not currently approved in Japan", "has not as yet been", "isn't yet approved": the same
# disclaimer with a time adverb or a contraction
NOT_YET_TOLD = re.compile(
    r"\b(?:(?:has|have|is|are)\s+not|(?:hasn|haven|isn|aren)[’']t)\s+"
    r"(?:(?:yet|as\s+yet|currently|presently|now|so\s+far|still)\s+)?(?:been\s+)?"
    r"(?:(?:received|obtained|granted|given)\s+(?:any\s+|an?\s+|the\s+)?)?$",
    re.IGNORECASE,
)
# "the U.S. Department of Agriculture", "Hong Kong's Department of Health": a region's authority
# that is none of the listed drug regulators (those are matched as agencies first)
OTHER_AUTHORITY = re.compile(
    r"(?:['’]s)?\s+(?:(?:Federal|National|State)\s+)?(?:Department|Ministry|Dept\.)\s+of\s+[A-Z]"
)
# "approved in the U.S. in May; in Japan, an application was filed in June": an item of a
# regional list that opens with its territory, its filing named only as "an application"
REGION_LED_FILING = re.compile(
    rf"(?:^|[.;:]\s+(?:and\s+|while\s+|whereas\s+)?)in\s+(?:{REGION_NAMES})\s*,\s*"
    r"(?:an?|the|its|their)\s+(?:(?!patent|trademark|listing|IPO|grant)[\w-]+\s+){0,2}?"
    r"(?P<filing>applications?|submissions?|filings?|dossiers?)\b"
    r"(?![^;.]{0,40}\b(?:clinical|trials?|stud(?:y|ies)|patents?|listing)\b)",
    re.IGNORECASE | re.MULTILINE,
)
NEGATIVE = re.compile(NEGATIVE_DECISION, re.IGNORECASE)
RIVAL = re.compile(RIVAL_BACKGROUND, re.IGNORECASE)
# "approval to X, and the MAA was accepted by the PMDA": a new clause tells a new fact
# "approved in Japan in 2024": the telling, a place at most, then its date
TOLD_DATE = re.compile(
    rf"(?:\s+(?:in|by|from)\s+(?:the\s+)?(?:{REGION_NAMES}|[A-Z][\w.]*))?"
    rf"\s+(?:in|on)\s+(?:{MONTHS}\.?\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d{{2}}\b",
    re.IGNORECASE,
)
# "submissions in the U.S. and Japan are planned to complete in 2026": a plan told after
PLANNED_AFTER = re.compile(
    r"(?:[^;]{0,60}?\b(?:(?:is|are)\s+(?:planned|expected|anticipated|scheduled|intended)"
    r"|will\s+be\s+(?:submitted|filed|sought|made))"
    # "an IND filing planned for mid-2026": the participle right after the telling
    r"|\s*(?:[\w-]+\s+)?(?:planned|scheduled|expected|anticipated|targeted)\s+(?:for|in|by)"
    # "an approval for X would make it eligible for ...": the telling is the subject of a
    # conditional (no verb, date or comma of its own between)
    r"|(?:(?!\b(?:granted|received|awarded|approved|obtained|was|were|has|have|is|are|had"
    r"|(?:19|20)\d\d)\b)[^;,.]){0,40}?\b(?:would|could|might)"
    # "European approval is pending", "the NDA remains under discussion": not decided yet
    r"|\s+(?:is|are|remains?)\s+(?:still\s+)?pending)\b",
    re.IGNORECASE,
)
# "the US approval pathway", "the approval process": the noun names another thing
APPROVAL_COMPOUND = re.compile(
    r"\s+(?:pathway|path|process|timeline|strategy|requirements?|standards?|criteria|route"
    r"|framework|landscape|prospects?|chances?|odds|risk)\b",
    re.IGNORECASE,
)
# "the authorities approved the acquisition of ...", "approved the transfer of the licence": a
# decision on a transaction, not on a product
TRANSACTION_APPROVED = re.compile(
    r"\s+(?:of\s+)?(?:the\s+|its\s+|a\s+|(?:[\w.&-]+\s+){0,3}[\w.&-]+['’]s\s+)?"
    r"(?:proposed\s+|planned\s+)?"
    r"(?:[\w-]+\s+)?"
    r"(?:acquisition|merger|transaction|transfer|deal|spin-off|spinoff|takeover|buyout|offering"
    r"|listing|share\s+(?:issue|issuance|capital)|joint venture"
    # "approved X's plan to set up a pilot plant": a project, not a product
    r"|plans?\s+to|proposals?\s+to|budget)\b",
    re.IGNORECASE,
)
# "made in a facility that has been approved by the FDA": a site's approval, not a product's
FACILITY = re.compile(FACILITY_APPROVED, re.IGNORECASE)
# "Orphan Drug Designation is awarded to drugs that ...": the designation explained, not told
DEFINITION = re.compile(DESIGNATION_DEFINED, re.IGNORECASE)
GENERIC_SUBJECT = re.compile(GENERIC_RECIPIENT, re.IGNORECASE)
# "the approval, which is expected to ...": a relative clause tells what follows the fact
RELATIVE = re.compile(r"\b(?:which|that|who|whose)\b|,\s*and\b", re.IGNORECASE)
# "In 2019, ...", "On March 3, 2024, ...": a clause that opens with its date
OPENING = re.compile(r"(?<!\w)(?:In|On|During|As of)\s+(?:early\s+|late\s+|mid-?)?$")
# ", with the rolling submission": a comma and a preposition open a new telling
# ", which will use the name X in the US, was approved": a verb after an aside opens the clause
CLAUSE_OPENER = re.compile(
    r".*,\s+(?:(?:with|and|while|whereas|but)\s|(?:was|were|is|are|has|have|had)\b)",
    re.IGNORECASE | re.DOTALL,
)
SEPARATES = re.compile(r"[;,]|\band\b", re.IGNORECASE)
APPOSITION_BETWEEN_COMMAS = re.compile(
    r",\s+(?:an?|the|its|our)\s+[^,;]{1,50}?,(?=\s+(?:has|have|was|were|is)\b)"
)
CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\b", re.IGNORECASE)
# "approved in Australia, the Czech Republic, Poland and the United Kingdom": a country whose
# regulator has no name of its own here is still an item of the list, its agency "other"
_OTHER_PLACES = "|".join(
    re.escape(place)
    for place in sorted(
        {p for p in PLACE_NAMES if p.lower() not in REGION_AGENCY}, key=len, reverse=True
    )
)
OTHER_PLACE_MORE = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:{_OTHER_PLACES})(?![\w-])"
)
REGION_MORE = re.compile(
    rf"(?:\s*\([^()]{{1,20}}\))?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)({REGION_NAMES})(?!\w)", re.I
)
MODIFIER_GAP = re.compile(REGION_MODIFIER_GAP)
# "US orphan drug designation", "European orphan designation", "Japanese SAKIGAKE": a region's
# adjective right before the telling names its regulator ("ex-US approval" does not)
REGION_ADJECTIVES = {
    adjective: agency
    for agency, (_, adjectives) in REGULATOR_OWNERS.items()
    for adjective in adjectives
}
_ADJECTIVE = "|".join(re.escape(a) for a in sorted(REGION_ADJECTIVES, key=len, reverse=True))
ADJECTIVE_REGION = re.compile(
    rf"(?<![\w.-])({_ADJECTIVE})((?:\s*(?:,|and|or|/)\s*(?:{_ADJECTIVE}))*)\s+$"
)
ADJECTIVE_ITEM = re.compile(rf"(?<![\w.-])(?:{_ADJECTIVE})(?![\w])")
POSSESSIVE_REGION = re.compile(
    rf"(?<![\w.])({REGION_NAMES})['’]s\s+(?:(?:first|second|new|full|formal|conditional)\s+)*$",
    re.IGNORECASE,
)
# "Japan granted orphan drug designation to X", "the EU has approved X": a territory that is the
# subject of the grant, right before the telling (or the grant verb before it)
REGION_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:,]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bsaid\s)|(?<=--\s)"
    rf"|(?<=[—–\n]\s)|(?<=\n))(?:the\s+)?({REGION_NAMES})\s+"
    r"(?:(?:has|have|also|now|had)\s+)*"
    r"(?:(?:granted|awarded|gave|has given)\s+(?:[\w-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)
# "approved in Japan in 2023, has entered a trial in Europe": a verb or a trial between two
# places ends the first list ("in the US in 2022 and in Europe in 2023" stays one)
REGION_BREAK = re.compile(REGION_LIST_BREAK, re.IGNORECASE)
# "the European Commission and the UK MHRA approved ...": agencies listed as one subject
BARE_REGIONS = "|".join(
    sorted({re.escape(r.removeprefix("the ")) for r in REGION_AGENCY}, key=len, reverse=True)
)
AGENCY_LIST_GAP = re.compile(
    rf"[\s)]*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|&\s*|/\s*)(?:the\s+)?"
    rf"(?:(?:{BARE_REGIONS})(?:['’]s)?\s*)?\(?\s*",
    re.IGNORECASE,
)
# "..., and the EMA granted it PRIME": an agency that opens its own telling, not the one before
OWN_VERB = re.compile(OWN_TELLING, re.IGNORECASE)
PLURAL = re.compile(PLURAL_COUNT, re.IGNORECASE)
COUNTED = re.compile(COUNTED_PLURAL, re.IGNORECASE)
COUNTED_REACH = 40  # characters before a plural telling that may count it ("four new INDs")
# "SHANGHAI, Sept. 2, 2024 /PRNewswire/ --": the release's dateline, not the designation's date
DATELINE_TAIL = re.compile(r"\s*(?:/\s?\w|--|–|—|-\s|\((?:GLOBE|BUSINESS|ACN|PR|NEWMEDIA)\w*)")
ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{1,6}")
WORDS_BEFORE = re.compile(r"(?:[\w'’-]+\s+){1,6}$")
DEFINITION_REACH = 300  # characters before "(AML)" that hold its six defining words
# "the MHRA has authorised its ": an agency's grant verb right before the telling it governs
SUBJECT_GRANT = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:now\s+)?(?:authori[sz]ed|approved|cleared|granted|accepted"
    r"|validated)\s+(?:(?:its|the|their|our|an?)\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
TRIAL_APPROVAL_REACH = 120  # characters from a trial application to "the approval" that is its
ENABLING = re.compile(r"(?:\s*/\s*[A-Z]{2,5})?\s*-\s*enabling\b", re.IGNORECASE)
# "dosed the first patient under its FDA-cleared IND": the trial's standing framework, no
# clearance told, unless a clearance word stands before it ("cleared to proceed under its IND")
UNDER_FRAMEWORK = re.compile(
    r"\bunder\s+(?:its|the|an?|our|their|this|that)\s+(?:[\w.-]+\s+){0,4}\(?$", re.IGNORECASE
)
UNDER_REACH = 40  # characters before a trial application that may put a trial under it
CLEARANCE_BEFORE = re.compile(
    r"\b(?:clear\w*|approv\w*|authori[sz]\w*|allow\w*|permi\w*|green light|go-ahead|nod)\b"
    r"[^.;\n]*$",
    re.IGNORECASE,
)
CLEARANCE_REACH = 150  # characters before "under its IND" where a clearance may be told
ARTICLE_BEFORE = re.compile(r"\b(?:the|an?|any)\s+$", re.IGNORECASE)
ADJECTIVE_LEAD = re.compile(
    r"\b(?:an?|any|other|another)\s+(?:(?:[A-Z][\w.]*|\([A-Z]+\)|and|of)\s+){1,8}$"
)
GROUP_GAP = re.compile(
    r"[\s(),]*(?:and|as well as|&)?[\s(),]*(?:an?|the)?\s*(?:designations?)?[\s(),]*",
    re.IGNORECASE,
)
REFERS_BACK = re.compile(
    r"\b(?:the|this|these) (?:designations?|drug|product|candidate|therapy|vaccine|medicine"
    # "The asset received PRIME designation ...": the product the sentence before names
    r"|asset|antibody|compound|molecule|drug candidate|product candidate|program|programme"
    r"|approval|application|status|BLA|NDA|MAA|sBLA|sNDA|IND|submission|filing)\b"
    # a pronoun refers back only as the subject, near the sentence's start ("In May, it
    # received ..."); "since its inception" refers to a company
    r"|^.{0,30}\bit\b"
    # or as the one the agency grants to: "The FDA previously granted it Fast Track status"
    r"|\b(?:granted|awarded|gave|given|conferred on|assigned)\s+it\b"
    # a sentence that opens with the designation granted, no product named: "Both Fast Track
    # and Orphan Drug designations were granted by the FDA in 2025."
    r"|^.{0,60}\b(?:designations?|status)\s+(?:was|were|has been|have been|had been)\s+"
    r"(?:granted|awarded|given|conferred)\b"
    rf"|(?:{PLURAL_BACK})",
    re.IGNORECASE,
)
# "The drug is used to treat ...", "It is being developed for ...": a sentence that opens by
# describing the product told just before
DESCRIBES_BACK = re.compile(
    r"\s*(?:(?:the|this) (?:drug|product|candidate|product candidate|therapy|vaccine|medicine"
    r"|compound|molecule|antibody|treatment|drug candidate"
    # "This designation, specifically for the treatment of X, ...": the telling's own disease
    r"|designation|approval|clearance)\b"
    # "It is being developed for ...", never "It also sells drugs for ..." (the company)
    r"|it\s+(?:is|was|has been)\s+(?:currently\s+|also\s+)?(?:being\s+)?(?:developed|designed"
    r"|used|indicated|intended|studied|tested|evaluated|investigated)\b)",
    re.IGNORECASE,
)
# "Both candidates hold active INDs", "They have received ...": every product the sentence
# before lists together
REFERS_BACK_PLURAL = re.compile(PLURAL_BACK, re.IGNORECASE)

# Measured precision of each rule on dev2A and dev (matched facts / facts the rule produced,
# re-measured after the generalisation round of 2026-12-01: named 30/31, region 15/15, previous
# sentence 1/2; the development half, so an upper bound for unseen releases).
RULE_CONFIDENCE = {
    "designation.named_agency": 0.97,
    "designation.region_agency": 1.0,
    "designation.previous_sentence": 0.5,
    # a program told with no agency, run by the release's one named regulator (or the FDA for a
    # New York-listed company naming none): 3/5 on fresh1, fresh3, fresh4 and dev2 (one wrong
    # product from the drug step, one foreign target's program)
    "designation.document_agency": 0.6,
    # a program only one regulator runs (RMAT, PRIME) told with no agency: no sample yet, so
    # the named-agency rule's figure, the agency being certain
    "designation.program_agency": 0.97,
    # an agency's telling with no product, the product introduced by the next sentence's
    # opening ("The drug, X, ..."): no measured sample yet, so the previous-sentence figure
    "designation.next_sentence": 0.5,
    # a telling whose subject is "The drug", in an item that names one product only: no
    # measured sample yet (1 of 1 on heldF), so the previous-sentence figure
    "designation.sole_product": 0.5,
    # a regulator named only by a term of its own law ("Investigational New Drug application",
    # "manufacturing and sales approval"), the release naming none: no measured sample yet
    # (2 of 2 on the development sets), so the document-agency figure
    "designation.term_agency": 0.6,
}


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    label: str  # an agency code or a designation type


@dataclass
class FoundDesignation:
    """One designation telling: drug, agency (contract vocabulary), type, status and the rest."""

    drug: FoundDrug
    agency: str
    type: str
    status: str
    indication: str | None
    date: str | None
    date_known: bool  # an explicit date, or "today" (which pins the date to null)
    quote: str
    rule: str = "designation.named_agency"
    at: int = -1  # where the telling starts in the text

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE[self.rule]

    def as_json(self) -> dict:
        return {
            "drug": self.drug.name,
            "agency": self.agency,
            "type": self.type,
            "status": self.status,
            "indication": self.indication,
            "date": self.date,
            "quote": self.quote,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@lru_cache(maxsize=1)
def matchers() -> PhraseIndex:
    """The agency and designation lexicons as one phrase index, built once per process."""
    index = PhraseIndex()
    lexicons = [
        ("agency", AGENCIES),
        ("agency", described_agencies()),
        ("designation", DESIGNATIONS),
    ]
    for kind, lexicon in lexicons:
        for label, terms in lexicon.items():
            for term in terms:
                forms = [term]
                if term.rsplit(" ", 1)[-1].lower() in PLURAL_LAST_WORDS:
                    forms.append(term + "s")
                for form in forms:
                    index.add(f"{kind}:{label}", form, folded=term not in CASE_SENSITIVE_TERMS)
    return index


def described_agencies() -> dict[str, list[str]]:
    """Regulators named by description: every owner form of REGULATOR_OWNERS with every noun of
    REGULATOR_NOUNS ("China's drug regulator", "China’s drug regulator", "Chinese drug
    regulator"), per contract agency."""
    described = {}
    for agency, (places, adjectives) in REGULATOR_OWNERS.items():
        owners = [f"{place}{mark}s" for place in places for mark in ("'", "’")] + list(adjectives)
        described[agency] = [f"{owner} {noun}" for owner in owners for noun in REGULATOR_NOUNS]
    return described


# "FDA orphan and fast track designations": "orphan" shares the plural noun of the list it opens
ORPHAN_SHARED = re.compile(
    r"\borphan(?=(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)*\s*,?\s*(?:and|&)\s+(?:[\w-]+\s+){1,3}?"
    r"designations\b)",
    re.IGNORECASE,
)


# "Health Canada has authorized X", "the Therapeutic Goods Administration (TGA) has registered
# X": a regulator's own verb of approval ("authorized" and "registered" alone are too common
# elsewhere: authorized shares, a registered office)
AGENCY_AUTHORISED = re.compile(
    r"\)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?(authori[sz]ed|registered)\b"
    r"(?!\s+(?:to|by|as|with|office|trademarks?|shares|facilit(?:y|ies)|sites?|plants?"
    r"|establishments?)\b)",
    re.IGNORECASE,
)
# "The product is under review by Health Canada": a filing the regulator has taken up, told
# with no filing word (the status word "under review" makes it accepted)
# The subject must be a product or its filing ("The merger is under review by ..." is not).
UNDER_REVIEW_BY = re.compile(
    r"(?:\b(?i:product|drug|medicine|vaccine|therapy|application|submission|filing|dossier|it)"
    r"|\b[A-Z][\w-]*\d[\w-]*|\b[A-Z][a-z]{3,}[®™]?)\s+(?i:is|remains)\s+(?:(?i:currently|now)\s+)?"
    r"(?P<told>(?i:under\s+(?:regulatory\s+)?review))\s+(?i:by|with|at)\s+(?:the\s+)?$"
)
UNDER_REVIEW_REACH = 120  # "X is currently under regulatory review with the " before the agency
EMERGENCY_USE = re.compile(r"[^.;\n]{0,60}?\bfor emergency use\b", re.IGNORECASE)
PLAIN_APPROVALS = ("approved", "approval", "approves", "authorized", "authorised", "registered")
OPINIONS = ("positive opinion",)


# A grant told as done ("has granted", "we received"), the only telling a quotation gives
QUOTE_GRANT = re.compile(r"\b(?:granted|awarded|received|obtained|secured|won|conferred)\b", re.I)


def under_framework(text: str, start: int) -> bool:
    """Whether a trial application at start is only the framework a trial runs under ("the
    first patient was dosed under its IND"), with no clearance told before it."""
    under = UNDER_FRAMEWORK.search(text, max(0, start - UNDER_REACH), start)
    if under is None:
        return False
    return not CLEARANCE_BEFORE.search(text, max(0, under.start() - CLEARANCE_REACH), under.start())


def lexicon_hits(doc: Document) -> tuple[list[Hit], list[Hit]]:
    """Agency and designation mentions in the whole text, longest match first."""
    agencies, designations = [], []
    for name, start, end in matchers().find(doc.text):
        kind, label = name.split(":", 1)
        if kind == "designation" and ENABLING.match(doc.text, end):
            continue  # "IND-enabling studies": the work before a filing, no telling
        if label == "ind_clearance" and under_framework(doc.text, start):
            continue
        hit = Hit(start, end, label)
        (agencies if kind == "agency" else designations).append(hit)
    for match in IND_CLEARED.finditer(doc.text):
        word = re.match(r"\w+", match.group())
        end = match.start() + (len(word.group()) if word else 0)
        designations = [d for d in designations if not (d.start <= match.start() < d.end)]
        designations.append(Hit(match.start(), end, "ind_clearance"))
    for match in EXPANDED.finditer(doc.text):
        designations = [d for d in designations if not (match.start() <= d.start < match.end())]
        designations.append(Hit(match.start(), match.end(), "approval"))
    designations += [Hit(m.start(), m.end(), "approval") for m in REFUSAL.finditer(doc.text)]
    for agency in agencies:
        verb = AGENCY_AUTHORISED.match(doc.text, agency.end)
        if verb and not any(d.start < verb.end(1) and verb.start(1) < d.end for d in designations):
            # "authorized X for emergency use": an emergency use authorisation
            label = "other" if EMERGENCY_USE.match(doc.text, verb.end(1)) else "approval"
            designations.append(Hit(verb.start(1), verb.end(1), label))
    for agency in agencies:
        under = UNDER_REVIEW_BY.search(
            doc.text, max(0, agency.start - UNDER_REVIEW_REACH), agency.start
        )
        if under and not any(
            d.start < agency.start and under.start() < d.end for d in designations
        ):
            designations.append(Hit(under.start("told"), under.end("told"), "approval"))
    for match in ORPHAN_SHARED.finditer(doc.text):
        if not any(d.start <= match.start() < d.end for d in designations):
            designations.append(Hit(match.start(), match.end(), "orphan_drug"))
    for match in REGION_LED_FILING.finditer(doc.text):
        start, end = match.span("filing")
        if not any(d.start < end and start < d.end for d in designations):
            designations.append(Hit(start, end, "approval"))
    designations = [trial_approval(doc.text, d, designations) for d in designations]
    return agencies, sorted(designations, key=lambda h: h.start)


def trial_approval(text: str, hit: Hit, hits: list[Hit]) -> Hit:
    """ "The IND was then submitted to the Taiwan FDA, and the approval was received in 2024":
    "the approval" after a trial application in the same sentence is that application's."""
    if hit.label != "approval" or text[hit.start : hit.end].lower() != "approval":
        return hit
    if not THE_BEFORE.search(text, max(0, hit.start - 5), hit.start):
        return hit
    for other in hits:
        if (
            other.label == "ind_clearance"
            and other.end <= hit.start
            and hit.start - other.end <= TRIAL_APPROVAL_REACH
            and not re.search(r"[.;\n]", text[other.end : hit.start])
        ):
            return Hit(hit.start, hit.end, "ind_clearance")
    return hit


def group_hits(
    sentence: Sentence, hits: list[Hit], text: str, agencies: list[Hit]
) -> list[list[Hit]]:
    """Designations joined by "and", "," or a bracketed acronym share agency and date."""
    inside = [
        h
        for h in hits
        if sentence.start <= h.start < sentence.end and not is_adjectival(text, h, agencies)
    ]
    others = [h for h in inside if h.label != "approval"]
    # "the NMPA approved the IND application": the verb is the status of the telling it governs,
    # not a second fact; "approved in China ...; holds orphan status in Japan" stays a fact. So
    # is an opinion: "a positive opinion recommending orphan designation", "a positive opinion
    # on the Paediatric Investigation Plan" recommend that program, no marketing approval
    inside = [
        h
        for h in inside
        if not (
            h.label == "approval"
            and (is_plain_approval(text, h) or is_opinion(text, h))
            and any(governs(text, h, other) for other in others)
        )
    ]
    groups: list[list[Hit]] = []
    for hit in inside:
        if groups:
            gap = text[groups[-1][-1].end : hit.start]
            names_agency = any(groups[-1][-1].end <= a.start < hit.start for a in agencies)
            if (
                {h.label for h in groups[-1]} == {hit.label}
                and ";" not in gap
                and not (names_agency and len(gap) > SAME_FACT_GAP)
                and not REGION.search(gap)
                and not CLAUSE_BREAK.search(gap)
                # "EU approval in 2021 and Japanese approval in 2022": its own regulator
                and not ADJECTIVE_REGION.search(gap)
                # "Following a complete response letter, the FDA approved X": a refusal and a
                # grant are two tellings (a filing and its refusal are one)
                and not refused_then_granted(text, groups[-1][-1], hit)
                # "The FDA's approval of X follows its approval in the EU in 2025": the second
                # telling names its own territory, the first its own agency
                and not own_places(text, groups[-1][0], hit, agencies)
            ):
                groups[-1].append(hit)  # "the NDA of X received approval": one fact told twice
                continue
            if GROUP_GAP.fullmatch(gap):
                groups[-1].append(hit)
                continue
        groups.append([hit])
    return groups


def own_places(text: str, first: Hit, hit: Hit, agencies: list[Hit]) -> bool:
    """Whether `first` is told with its agency right before it ("the FDA's approval") and `hit`
    with a territory right after it ("approval in the EU"): two regulators' tellings."""
    named = any(
        a.end <= first.start and MODIFIER_BEFORE.fullmatch(text, a.end, first.start)
        for a in agencies
    )
    return named and REGION.match(text, hit.end + 1) is not None


MODIFIER_BEFORE = re.compile(r"[\s’'s]{0,4}")


def refused_then_granted(text: str, one: Hit, other: Hit) -> bool:
    """A refusal ("complete response letter") beside a grant word ("approved"), either way."""
    refused = [NEGATIVE.search(text, h.start, h.end) is not None for h in (one, other)]
    return refused[0] != refused[1] and any(
        is_plain_approval(text, h) for h, r in zip((one, other), refused, strict=True) if not r
    )


def governs(text: str, verb: Hit, other: Hit) -> bool:
    """Whether "approved"/"approval" is the status word of `other` in the same phrase: nothing
    between them opens another clause or list item (a comma, a semicolon, "and")."""
    start, end = (verb.end, other.start) if verb.end <= other.start else (other.end, verb.start)
    # "the IND application for X, an antibody-drug conjugate, has been approved": an apposition
    # between commas describes the product and separates nothing
    gap = APPOSITION_BETWEEN_COMMAS.sub(" ", text[start:end])
    return end - start <= GOVERNED_GAP and not SEPARATES.search(gap)


def is_plain_approval(text: str, hit: Hit) -> bool:
    return text[hit.start : hit.end].lower() in PLAIN_APPROVALS


def is_opinion(text: str, hit: Hit) -> bool:
    """Whether the hit is a committee's opinion ("positive opinion"), whose object may be a
    program rather than the product's marketing."""
    return text[hit.start : hit.end].lower() in OPINIONS


def is_adjectival(text: str, hit: Hit, agencies: list[Hit]) -> bool:
    """ "an FDA-approved medicine", "a U.S. FDA approved vaccine": another product's status."""
    if text[hit.start : hit.end].lower() != "approved":
        return False
    if text[max(0, hit.start - 1) : hit.start] == "-":
        return True
    if ARTICLE_BEFORE.search(text, max(0, hit.start - 8), hit.start):
        return True  # "a trial against the approved vaccine": another product's status
    if not any(0 <= hit.start - a.end <= 6 for a in agencies):
        return False
    before = text[max(0, hit.start - ADJECTIVE_REACH) : hit.start]
    return ADJECTIVE_LEAD.search(before) is not None


def clause_of(text: str, sentence: Sentence, position: int) -> tuple[int, int]:
    """The semicolon-separated clause of the sentence that holds ``position``."""
    start = text.rfind(";", sentence.start, position)
    end = text.find(";", position, sentence.end)
    return (start + 1 if start >= 0 else sentence.start), (end if end >= 0 else sentence.end)


def within_dateline(text: str, sentence: Sentence, clause: tuple[int, int], position: int):
    """A subhead run into the dateline ("... is already approved in the US TOKYO, July 1, 2024
    /PRNewswire/ -- X announced ..."): the dateline ends the subhead's clause and opens the
    body's, so neither lends the other its date, status or agency."""
    for match in INLINE_DATELINE.finditer(text, max(clause[0], sentence.start), clause[1]):
        if match.end() <= position:
            clause = (match.end(), clause[1])
        elif match.start() >= position:
            return clause[0], match.start()
    return clause


# "sold in the United States as X", "marketed in Japan under the name Y": where a product is
# sold under another name, not whose regulator tells the decision. Checked right before a region
# and right after it ("approved and marketed in Australia" keeps its approvals there).
MARKET_BEFORE = re.compile(r"\b(?:sold|marketed|available|commerciali[sz]ed)\s+$", re.IGNORECASE)
MARKET_AFTER = re.compile(r"\s+(?:as|under)\b", re.IGNORECASE)
MARKET_REACH = 30  # characters before a region that may hold the market's verb


def region_agencies(
    text: str, start: int, end: int, agencies: list[Hit], *, first_list: bool = False
) -> list[str]:
    """Agencies named by territory in ``text[start:end]``: "in China, Japan and Taiwan"; with
    ``first_list``, only the first list and the places joined to it ("in the US in 2022 and in
    Europe in 2023"; "approved in Japan in 2023, ... a trial in Europe" names Japan's only)."""
    found = []
    position = start
    for match in REGION.finditer(text, start, end):
        if first_list and found and REGION_BREAK.search(text, position, match.start()):
            break
        if any(a.start < match.end(1) and match.start(1) < a.end for a in agencies):
            continue  # "by the U.S. Food and Drug Administration": the region opens the agency
        if MARKET_AFTER.match(text, match.end()) and MARKET_BEFORE.search(
            text, max(start, match.start() - MARKET_REACH), match.start()
        ):
            continue  # "sold in the United States as Lupara": a market, no regulator
        if any(
            a.start >= match.end(1) and MODIFIER_GAP.fullmatch(text[match.end(1) : a.start])
            for a in agencies
        ):
            continue  # "by the U.S. FDA": the region names the agency that follows
        if OTHER_AUTHORITY.match(text, match.end(1)):
            # "from the U.S. Department of Agriculture": another of the region's authorities
            found.append("other")
            position = match.end()
            continue
        found.append(REGION_AGENCY[match.group(1).lower()])
        position = match.end()
        while True:
            if more := REGION_MORE.match(text, position, end):
                found.append(REGION_AGENCY[more.group(1).lower()])
            elif more := OTHER_PLACE_MORE.match(text, position, end):
                found.append("other")
            else:
                break
            position = more.end()
    return list(dict.fromkeys(found))


def agencies_for(group, clause, agencies, text, next_start) -> tuple[list[str], str]:
    """The agencies of one group and the rule that found them."""
    in_clause = [a for a in agencies if clause[0] <= a.start < clause[1]]
    first, last = group[0], group[-1]
    adjacent = REGION.match(
        text, last.end + 1 if text[last.end : last.end + 1] == " " else last.end
    )
    modifier = [
        a
        for a in in_clause
        if a.end <= first.start
        and first.start - a.end <= 12
        and re.fullmatch(r"[\s’'s]*", text[a.end : first.start])
    ]
    if modifier:
        return listed_agencies(text, in_clause, modifier[-1]), "designation.named_agency"
    adjective = ADJECTIVE_REGION.search(text, max(clause[0], first.start - 60), first.start)
    if adjective:
        named = ADJECTIVE_ITEM.findall(text, adjective.start(), adjective.end())
        return list(dict.fromkeys(REGION_ADJECTIVES[a] for a in named)), "designation.region_agency"
    owner = POSSESSIVE_REGION.search(text, max(clause[0], first.start - 40), first.start)
    if owner and not any(owner.start() <= a.start < first.start for a in in_clause):
        # "won Japan's first approval for ...": the territory owns the telling
        return [REGION_AGENCY[owner.group(1).lower()]], "designation.region_agency"
    subject = REGION_SUBJECT.search(text, max(clause[0], first.start - 60), first.start)
    if subject and not any(subject.start() <= a.start < first.start for a in in_clause):
        # "Japan granted orphan drug designation to X", "the EU approved X": the territory is
        # the subject that grants
        return [REGION_AGENCY[subject.group(1).lower()]], "designation.region_agency"
    # "approved in China": the territory right after the telling ("from China's NMPA" names
    # the agency itself and falls through to it)
    tail_end = min(next_start, clause[1])
    regions = (
        region_agencies(text, adjacent.start(), tail_end, agencies, first_list=True)
        if adjacent
        else []
    )
    if regions:
        return regions, "designation.region_agency"
    # "submitted an MAA with the EMA seeking approval": an agency inside the telling counts too
    after = [
        a.label
        for a in in_clause
        if first.end <= a.start < tail_end and not OWN_VERB.match(text, a.end)
    ]
    # "the MHRA authorised its clinical trial application for X, following IND clearance from
    # the FDA": the agency whose verb governs the telling comes before one named after it
    subject = [
        a
        for a in in_clause
        if a.end <= first.start and SUBJECT_GRANT.fullmatch(text, a.end, first.start)
    ]
    if subject and after:
        governed = listed_agencies(text, in_clause, subject[-1])
        if len(group) > 1:  # each telling of the group its own agency
            governed = list(dict.fromkeys(governed + after))
        return governed, "designation.named_agency"
    if after:
        return list(dict.fromkeys(after)), "designation.named_agency"
    before = [a for a in in_clause if a.end <= first.start]
    if before:
        return listed_agencies(text, in_clause, before[-1]), "designation.named_agency"
    regions = region_agencies(text, clause[0], clause[1], agencies)
    if regions:
        return regions, "designation.region_agency"
    return [], ""


def listed_agencies(text: str, agencies: list[Hit], last: Hit) -> list[str]:
    """The agency and those listed with it before it: "the FDA and the EMA granted ..."."""
    listed = [last]
    for hit in reversed([a for a in agencies if a.end <= last.start]):
        if not AGENCY_LIST_GAP.fullmatch(text, hit.end, listed[-1].start):
            break
        listed.append(hit)
    return list(dict.fromkeys(h.label for h in reversed(listed)))


STATUS_WORDS = [
    # "included in the proposed breakthrough therapy list" (China's CDE publishes it first)
    (
        "recommended",
        r"recommend\w*|positive opinion|propos\w+ (?:to be )?(?:included|granted|designated)"
        r"|(?:included|inclusion) in the proposed"
        # "proposed AB-12 for inclusion in", "proposed to include": a proposal, not a grant
        r"|propos(?:ed|es|al)(?:\s+[\w-]+){0,3}?\s+(?:for inclusion|to (?:be )?includ\w*)",
    ),
    # "the MAA is under review", "reviews are underway": filed and taken up for review
    (
        "accepted",
        r"accept\w*|validat\w*|under (?:regulatory )?review"
        r"|reviews? (?:is |are )?(?:now )?(?:underway|under way|ongoing)",
    ),
    ("applied", r"submit\w*|submission|filed|filing|applied for|seeking"),
    (
        "granted",
        r"grant\w*|receiv\w*|award\w*|approv\w*|clear\w*|obtain\w*|authori[sz]\w*|secur\w*"
        r"|won|wins|gain(?:s|ed)"
        # "acquired manufacturing and marketing approval": Japanese releases' word for obtaining
        # an approval (never a company acquired: an approval word must follow, or the telling
        # itself when the words read end right before it)
        r"|acquir(?:ed|es)(?=\s+(?:[\w-]+\s+){0,4}?(?:approvals?|authori[sz]ations?)\b"
        r"|(?:\s+[\w-]+){0,4}\s*$)",
    ),
]
STATUS = re.compile(
    "|".join(f"(?P<{status}>\\b(?:{words}))" for status, words in STATUS_WORDS), re.IGNORECASE
)


# "according to a Tuesday filing with the exchange", "said in a statement": where the news
# comes from, never the designation's status
REPORTED_IN = re.compile(
    r"\b(?:according to|said in|stated in|disclosed in|told in)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w.-]+\s+){0,4}?(?:filings?|statements?|announcements?|releases?|notices?)\b"
    # "..., the exchange filing said": the attribution told after the news
    r"|\b(?:the|a|its|their)\s+(?:[\w.'’-]+\s+){0,3}?(?:filings?|statements?|announcements?"
    r"|releases?|notices?)\s+(?:said|says|showed|shows|stated|states|added)\b",
    re.IGNORECASE,
)


# "following the Priority Review designation granted by the CDE": a participle right after the
# telling is its own status, whatever status word an earlier telling took ("this BTD
# recommendation marks another step following ...")
GRANTED_RIGHT_AFTER = re.compile(
    r"[\s\"”’']*(?:designations?\s+|status\s+)?(?:(?:was|were|has been|had been|have been)\s+)?"
    r"(?:granted|awarded|conferred|received|obtained)\s+(?:by|from|in|on|to)\b",
    re.IGNORECASE,
)


# "granted orphan designation ..., following a positive recommendation from the EMA": the step
# that came before the grant
EARLIER_STEP = re.compile(
    r"\b(?:following|after|based on|on the basis of|upon)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:recommend\w*|opinion|review|acceptance|validation)\b",
    re.IGNORECASE,
)


def status_of(segment: str, *, last: bool = False) -> str | None:
    """The status word nearest the telling: the first one after it, the last one before it.
    Words of a source attribution (REPORTED_IN) are no status."""
    segment = REPORTED_IN.sub(lambda m: " " * len(m.group()), segment)
    matches = list(STATUS.finditer(segment))
    if not matches:
        return None
    return (matches[-1] if last else matches[0]).lastgroup


def status_in(text: str, segment: tuple[int, int], group: list[Hit]) -> str | None:
    """The verb before the telling when it files or reviews ("submitted an MAA ... seeking
    approval" is applied), else the words from the telling on, else the verb before."""
    before = status_of(text[segment[0] : group[0].start], last=True)
    granted_after = GRANTED_RIGHT_AFTER.match(text, group[-1].end, segment[1])
    if before in ("applied", "accepted", "recommended") and not granted_after:
        return before
    told = status_of(" ".join(text[h.start : h.end] for h in group))
    if told in ("recommended", "accepted"):
        # "a positive opinion", "under review by the TGA": the telling is its own status
        return told
    if {"approved", "approves", "authorized", "authorised", "registered"} & {
        text[h.start : h.end].lower() for h in group
    }:
        # "the FDA approved X ..., and the PMDA accepted", "the authorisation was approved in
        # June, and other submissions are ongoing", "approved X's supplemental application":
        # the verb is its own status
        return "granted"
    after = status_of(text[group[-1].end : segment[1]])
    if after == "applied" and before == "granted":
        return before  # "received approval ..., according to a filing": the filing reports it
    if (
        before == "granted"
        and after in ("recommended", "accepted")
        and EARLIER_STEP.search(text, group[-1].end, segment[1])
    ):
        return before  # "granted ..., following a positive recommendation": the step before
    # "initiated a rolling submission to the FDA": a filing with no other status word
    return after or before or (told if told == "applied" else None)


def opening_date(text: str, start: int, first_telling: int, base) -> tuple[str | None, bool]:
    """The date that opens a clause before its first telling ("In 2019, the FDA granted ...")."""
    if re.search(r"\btoday\b", text[start:first_telling], re.IGNORECASE):
        return None, False
    dates = [
        m
        for m in find_dates(text[start:first_telling], base, start)
        if OPENING.search(text, start, m.start)
    ]
    return (dates[0].value, True) if dates else (None, False)


# Programs a regulator grants, never "accepts": told with a filing's acceptance ("FDA Acceptance
# of NDA and Priority Review for X"), the program was granted with it
GRANTED_PROGRAMS = frozenset(
    {"priority_review", "breakthrough_therapy", "fast_track", "orphan_drug", "prime", "rmat"}
)


def label_status(label: str, status: str | None) -> str:
    """The status of one program of a telling: the telling's, except that a program told beside
    a filing's acceptance ("FDA Acceptance of NDA and Priority Review for X") is granted."""
    if status == "accepted" and label in GRANTED_PROGRAMS:
        return "granted"
    return status or "granted"


def filing_status(text: str, clause: tuple[int, int], group: list[Hit]) -> str | None:
    """A filing told with no verb of its own ("accepted for filing and granted Priority Review
    to the NDA") takes the filing verb of its clause: an application is accepted or applied,
    never granted by default."""
    told = " ".join(text[h.start : h.end] for h in group)
    if not FILING.search(told):
        return None
    words = {m.lastgroup for m in STATUS.finditer(text, clause[0], group[0].start)}
    # "accepted for filing": the agency's acceptance is the later step
    return next((w for w in ("accepted", "applied") if w in words), None)


def date_of(
    text: str,
    span: tuple[int, int],
    group_start: int,
    doc_base: date | None,
    first_in_sentence: bool,
    group_end: int = -1,
) -> tuple[str | None, bool]:
    """The telling's own date; the release's dateline and "today" give null (conventions)."""
    segment = text[span[0] : span[1]]
    if re.search(r"\btoday\b", segment, re.IGNORECASE):
        # "today announced that ... has granted": the release date, not stated; a date told
        # right after the telling ("was approved in Japan in 2024") is still its own
        told = TOLD_DATE.match(text, group_end, span[1])
        dates = find_dates(told.group(), doc_base, told.start()) if told else []
        return (dates[0].value, True) if dates else (None, True)
    mentions = [
        m
        for m in find_dates(segment, doc_base, span[0])
        if not DATELINE_TAIL.match(text, m.end)
        and not FUTURE_DATE_LEAD.search(text, max(span[0], m.start - FUTURE_LEAD_REACH), m.start)
        # "is approved in the U.S. and was launched there in April 2022": the launch's date
        and not (m.start > group_end >= 0 and OTHER_STEP.search(text, group_end, m.start))
    ]
    # "BTD from the FDA in 2020 and ODD from the EMA": a date before a later group is the earlier's;
    # one in an earlier clause ("expects decisions in 2026, with a filing begun in May") is not
    opener = CLAUSE_OPENER.match(text, span[0], group_start)
    clause_start = opener.end() if opener else span[0]
    before = [
        m
        for m in mentions
        if clause_start <= m.start and m.end <= group_start and first_in_sentence
    ]
    mentions = [
        m
        for m in mentions
        if (m.start >= group_start or first_in_sentence) and m.start >= clause_start
    ]
    chosen = before[-1] if before else (mentions[0] if mentions else None)
    if chosen:
        return chosen.value, True
    return None, False


def indication_of(text: str, group: list[Hit], start: int, end: int, clause_start: int):
    """The disease after the designation; all of them for a plural telling ("two ... one for A
    and one for B"); else one cued before it in the same clause ("X for the treatment of Y
    received ...")."""
    told = text[group[0].start : group[-1].end]
    plural = PLURAL.search(text, max(clause_start, group[0].start - 20), group[-1].end)
    if plural or (told.endswith("s") and not told.isupper()):
        found = indications_in(text, group[-1].end, end)
        if found:
            return " and ".join(found)
    found = find_indications(text, group[-1].end, end)
    if found:
        return without_next_verb(qualified(text, found[0], end))
    named = find_indications(text, start, group[0].start)
    if named and SHARED_AFTER.match(text, named[-1].end):
        # "studies in breast cancer and pancreatic cancer, both of which have received ...":
        # the diseases the telling refers back to
        return named[-1].text
    before = [f for f in named if f.cued]
    return before[-1].text if before else None


# "for X syndrome and intends to seek ...": a second verb of the subject ends the disease
NEXT_VERB = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:intends|plans|expects|aims|hopes|will|would|is|are|was|were"
    r"|has|have|had|continues|remains|seeks|said|says|anticipates"
    # the agency's next act: "... in gastric cancer and set a PDUFA date of March 3"
    r"|set|sets|assigned|assigns|scheduled|granted|grants|accepted|issued|requested|agreed)\b.*$",
    re.DOTALL,
)


def without_next_verb(indication: str) -> str:
    """The indication up to a verb that opens the subject's next predicate."""
    return NEXT_VERB.sub("", indication) or indication


# "chronic myeloid leukemia (CP CML) resistant or intolerant to two prior TKIs": the patients'
# qualifier after a spelled-out abbreviation belongs to the disease
QUALIFIER_AFTER = re.compile(
    r"\s*\([A-Z][A-Za-z0-9/ -]{0,20}\)\s+((?:resistant|refractory|intolerant|relapsed"
    r"|ineligible|unfit|harbou?ring|previously treated)\b[^.;:,()]{0,100})"
)
QUALIFIER_WORDS = 14


def qualified(text: str, found, end: int) -> str:
    """The indication with a qualifier of its patients that follows a bracketed abbreviation
    (the phrase stops at the bracket); the phrase alone otherwise."""
    match = QUALIFIER_AFTER.match(text, found.end, end)
    if match is None:
        return found.text
    words = " ".join(match.group(1).split())
    if len(found.text.split()) + len(words.split()) > QUALIFIER_WORDS:
        return found.text
    return f"{found.text} {words}"


def agency_date(text: str, segment, agencies: list[Hit], agency: str, base) -> str | None:
    """ "approved by the EC in March 2021 and by the FDA in June 2022", "granted in the US in
    2023 and in Europe in 2024": when each agency or region of the telling is followed by its
    own date, that date is the agency's."""
    named = [a for a in agencies if segment[0] <= a.start < segment[1]]
    for match in REGION.finditer(text, segment[0], segment[1]):
        if not any(a.start < match.end(1) and match.start(1) < a.end for a in agencies):
            named.append(Hit(match.start(1), match.end(1), REGION_AGENCY[match.group(1).lower()]))
    named.sort(key=lambda h: h.start)
    if len({a.label for a in named}) < 2:
        return None
    for hit, after in zip(named, [*named[1:], None], strict=False):
        if hit.label != agency:
            continue
        end = after.start if after else segment[1]
        dates = find_dates(text[hit.end : end], base, hit.end)
        if dates and dates[0].start - hit.end <= DATE_AFTER_AGENCY:
            return dates[0].value
    return None


def without_product(text: str, drug: FoundDrug, segment, indication: str | None) -> str | None:
    """ "the NDA for corvadolent in ulcerative colitis": a phrase that opens with the product's
    name is read again from after the name."""
    if indication is None:
        return None
    for mention in drug.mentions:
        if segment[0] <= mention.start < segment[1] and indication.startswith(mention.surface):
            found = find_indications(text, mention.end, segment[1])
            return found[0].text if found else None
    return indication


def expanded(text: str, indication: str | None) -> str | None:
    """ "AML" -> "acute myeloid leukemia" when the text defines the abbreviation; each part of
    "SCD and TDT" alike."""
    if indication is None:
        return None
    parts = re.split(r"(\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)", indication)
    if len(parts) > 1 and all(ABBREVIATION.fullmatch(p) for p in parts[::2]):
        return "".join(expanded(text, p) if i % 2 == 0 else p for i, p in enumerate(parts))
    if not ABBREVIATION.fullmatch(indication):
        return indication
    words = defining_words(text, indication)
    if not words:
        return indication
    letters = len(re.sub(r"[^A-Za-z]", "", indication))
    # the shortest tail that starts with the abbreviation's first letter: "non-small cell ..."
    for count in range(min(2, letters), len(words) + 1):
        tail = words[-count:]
        if tail[0][:1].lower() == indication[:1].lower():
            return " ".join(tail)
    return indication


def defining_words(text: str, abbreviation: str) -> list[str]:
    """The (up to six) words right before the first "(AML)" or "(“AML”)" in the text."""
    brackets = rf"\(\s*[“\"‘']?{re.escape(abbreviation)}[”\"’']?\s*\)"
    for bracket in re.finditer(brackets, text):
        window = text[max(0, bracket.start() - DEFINITION_REACH) : bracket.start()]
        words = WORDS_BEFORE.search(window)
        if words:
            return words.group().split()
    return []


def nearest_drug(
    text: str, drugs: list[FoundDrug], clause: tuple[int, int], group: list[Hit], body_end: int
) -> FoundDrug | None:
    """The drug named nearest to the designation in its clause, after it on a tie."""
    best, best_distance = None, None
    for drug in drugs:
        # a product named only after the body counts for a telling there ("About X: its lead
        # candidate ZX-4 holds Orphan Drug Designation"), not for one in the body
        if body_mention_count(drug, body_end) == 0 and clause[0] < body_end:
            continue
        for mention in drug.mentions:
            if not clause[0] <= mention.start < clause[1]:
                continue
            if is_partner_mention(text, mention, clause[0]):
                # "approved in combination with Y and Z", "versus Y": not the approved product
                continue
            if mention.start >= group[-1].end:
                distance = mention.start - group[-1].end
                if NEXT_ITEM.search(text, group[-1].end, mention.start):
                    # "X, which has received BTD from the FDA, and Y": Y opens the next item
                    distance += len(text)
            elif mention.end <= group[0].start:
                distance = group[0].start - mention.end + 1
            else:
                distance = 0
            if best_distance is None or distance < best_distance:
                best, best_distance = drug, distance
    return best


def next_item_start(text: str, drugs: list[FoundDrug], drug: FoundDrug, group, segment) -> int:
    """Where the next list item starts after the telling: the first other product named past a
    comma or "and" ("X, which has received BTD, and Y, for lupus"); the segment's end if none.
    Products listed with the telling's own ("to X and Y for gout") share its disease."""
    listed = listed_with(text, drugs, drug, segment)
    starts = [
        m.start
        for other in drugs
        if other not in listed
        for m in other.mentions
        if group[-1].end <= m.start < segment[1] and NEXT_ITEM.search(text, group[-1].end, m.start)
    ]
    return min(starts, default=segment[1])


# What opens a sentence that introduces the product the sentence before told of without naming:
# "The drug, Velqara, ...", "The new treatment, called Orvex, ...", "This medicine, X, ..."
INTRODUCES_PRODUCT = re.compile(
    r"\s*(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:drug|medicine|medication|treatment"
    r"|therapy|vaccine|pill|shot|injection|product|antibody)\s*,?\s*"
    rf"(?:{NAMING_WORDS}\s+)?"
    # "The committee's positive opinion covers X", "The approval applies to X": the decision
    # told before, now naming its product
    r"|(?:opinion|recommendation|approval|authori[sz]ation|decision|clearance)\s+"
    r"(?:covers|applies\s+to|is\s+for)\s+)$",
    re.IGNORECASE,
)


def product_introduced_next(doc: Document, index: int, drugs: list[FoundDrug]) -> FoundDrug | None:
    """The product the next body sentence introduces at its opening ("The drug, Velqara, is
    made by ..."), for a telling that names an agency but no product; None when the next
    sentence opens otherwise, is in another section or in a quotation."""
    if index + 1 >= len(doc.sentences):
        return None
    current, after = doc.sentences[index], doc.sentences[index + 1]
    if after.section != current.section or after.in_quote:
        return None
    for drug in drugs:
        for mention in drug.mentions:
            if after.start <= mention.start < after.end and INTRODUCES_PRODUCT.fullmatch(
                doc.text, after.start, mention.start
            ):
                return drug
    return None


def subject_drug(
    text: str, drugs: list[FoundDrug], sentence: Sentence, body_end: int
) -> FoundDrug | None:
    """The drug a following "The therapy has received ..." refers back to: the first one the
    sentence names, not a partner ("ZX-4 ... is given with Y" is about ZX-4)."""
    first, first_start = None, None
    for drug in drugs:
        if body_mention_count(drug, body_end) == 0 and sentence.start < body_end:
            continue
        for mention in drug.mentions:
            if not sentence.start <= mention.start < sentence.end:
                continue
            if is_partner_mention(text, mention, sentence.start):
                continue
            if first_start is None or mention.start < first_start:
                first, first_start = drug, mention.start
    return first


# "..., and", "... and Y, a ...": a product after these words is the next item, not the telling's
NEXT_ITEM = re.compile(r"\band\b|[,;]", re.IGNORECASE)
SHARED = re.compile(SHARED_BY_ALL, re.IGNORECASE)
SHARED_AFTER = re.compile(rf"\s*,?\s*(?:{SHARED_BY_ALL})", re.IGNORECASE)
# "A (INN-1), B (INN-2) and C": a name in brackets closes before the comma, and the next one
# may follow its brand
LIST_GAP = re.compile(
    r"[\s)]*(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|and|&)\s*(?:[A-Z][\w®™-]*\s*\(\s*)?"
)


def listed_with(
    text: str, drugs: list[FoundDrug], drug: FoundDrug, clause, group_start: int = -1
) -> list[FoundDrug]:
    """The drug and the others listed with it in the clause: "to TRX-21 and TRX-34"; with
    "both of which received ...", every drug named before the telling."""
    listed = [drug]
    named_before = sorted(
        (
            (m.end, m, d)
            for d in drugs
            for m in d.mentions
            if clause[0] <= m.start and m.end <= group_start
        ),
        key=lambda item: item[0],
    )
    if named_before:
        last_end = named_before[-1][0]
        if SHARED.search(text, last_end, group_start):
            for _, mention, other in named_before:
                if other not in listed and not is_partner_mention(text, mention, clause[0]):
                    listed.append(other)
    spans = sorted(
        (
            (m.start, m.end, m, d)
            for d in drugs
            for m in d.mentions
            if clause[0] <= m.start < clause[1]
        ),
        key=lambda span: span[:2],
    )
    grew = True
    while grew:
        grew = False
        for (_, a_end, _, a), (b_start, _, b_mention, b) in zip(spans, spans[1:], strict=False):
            if (a in listed) != (b in listed) and LIST_GAP.fullmatch(text[a_end:b_start]):
                if is_partner_mention(text, b_mention, clause[0]):
                    continue
                listed.append(b if a in listed else a)
                grew = True
    return listed


def counted_items(text: str, drugs: list[FoundDrug], group: list[Hit], clause) -> list[FoundDrug]:
    """The products listed after a counted plural telling ("approved four INDs, X for A, Y for B
    and Z for C"), in order, no more than the count; none for a singular or uncounted one."""
    told = text[group[-1].start : group[-1].end]
    counted = COUNTED.search(text, max(clause[0], group[0].start - COUNTED_REACH), group[0].start)
    if counted is None or not told.endswith("s"):
        return []
    word = counted.group().split()[0].lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS[word]
    after = sorted(
        (m.start, d)
        for d in drugs
        for m in d.mentions
        if group[-1].end <= m.start < clause[1] and not is_partner_mention(text, m, clause[0])
    )
    items, end = [], group[-1].end
    for start, drug in after:
        if drug in items:
            continue
        gap = text[end:start]
        # the first item right after the telling ("four INDs, X for A"), each next one after a
        # list separator ("..., Y for B and Z")
        if not (ITEMS_OPEN.fullmatch(gap) if not items else ITEM_GAP.fullmatch(gap)):
            break
        items.append(drug)
        end = start + len(drug.name) if text.startswith(drug.name, start) else start
    return items[:count]


ITEMS_OPEN = re.compile(r"[\s,:(–—-]*(?:(?:including|namely)\s*:?\s*)?")
ITEM_GAP = re.compile(r"[^;.]{0,120}?(?:,|\band\b)\s*(?:and\s+)?", re.IGNORECASE)


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def is_partner_mention(text: str, mention, limit: int) -> bool:
    """A partner, comparator, prior or standard therapy of the sentence's product ("combined with
    A and B", "versus Y"), as drugs.is_background_mention reads it from `limit` on; a code in
    brackets after a disease stays the approved product ("approved its antibody for psoriasis
    (BX12)"), so a trial label is not asked for here."""
    return is_background_mention(text, Span(mention.start, mention.end, "inn"), limit)


def is_partner_product(text: str, drug: FoundDrug, body_end: int) -> bool:
    """Introduced as another product's partner ("in combination with KEYTRUDA"): background, so
    the release's recap of its approvals is not a fact about the release's products."""
    body = [m for m in drug.mentions if m.start < body_end]
    first = body[0] if body else drug.mentions[0]
    return is_partner_mention(text, first, 0)


# "The drug was approved ...", "This therapy received ...": a sentence whose subject is the
# product, named only by its noun
ANAPHOR_SUBJECT = re.compile(
    r"\s*(?:The|This)\s+(?:[a-z-]+\s+)?(?:drug|product|therapy|medicine|medication|treatment"
    r"|vaccine|candidate|antibody)\s+(?:was|were|is|has|had|received|won|gained|got|obtained)\b"
)


def sole_product(drugs: list[FoundDrug], sentence: Sentence, body_end: int) -> FoundDrug | None:
    """The one product the body names, when it names it before the sentence; None when the body
    names two or more."""
    named = [d for d in drugs if body_mention_count(d, body_end) > 0]
    if len(named) != 1 or min(m.start for m in named[0].mentions) >= sentence.start:
        return None
    return named[0]


def previous_sentence(doc: Document, index: int) -> Sentence | None:
    """The sentence before, when it is in the same paragraph (no blank line between)."""
    if index == 0:
        return None
    before = doc.sentences[index - 1]
    current = doc.sentences[index]
    if "\n" in doc.text[before.end : current.start] or not before.is_body:
        return None
    return before


# A bullet or numbered item that opens a line: "- Orphan Drug Designation ...", "2) Fast Track"
LIST_BULLET = re.compile(r"(?:[-*•·▪◦●–—]|\(?\d{1,2}[.)])\s")
LIST_REACH = 12  # the items a lead-in line ("... has been granted:") may head


def list_lead(doc: Document, index: int) -> Sentence | None:
    """The lead-in sentence ending in ":" that heads the list item `doc.sentences[index]`,
    over the items between; None when the sentence is no list item or no such line heads it."""
    if not LIST_BULLET.match(doc.sentences[index].text):
        return None
    for back in range(index - 1, max(-1, index - 1 - LIST_REACH), -1):
        before = doc.sentences[back]
        if not before.is_body:
            return None
        if LIST_BULLET.match(before.text):
            continue
        return before if before.text.endswith(":") else None
    return None


def is_hypothetical(text: str, clause_start: int, group_start: int, group_end: int = -1) -> bool:
    """A hedge ("may qualify for", "plans to file") shortly before the telling, or a plan told
    right after it ("submissions ... are planned to complete in 2026"); a hedge in an earlier
    clause ("... are planned for 2026, with the first initiated in May") hedges that clause
    only."""
    planned = PLANNED_AFTER.match(text, group_end) if group_end >= 0 else None
    if planned and not RELATIVE.search(planned.group()):
        return True
    if group_end >= 0 and DEFINITION.match(text, group_end):
        return True  # "Orphan Drug Designation is granted to drugs that ...": what it is
    reach_start = max(clause_start, group_start - HYPOTHETICAL_REACH)
    clause_break = CLAUSE_OPENER.search(text[reach_start:group_start])
    if clause_break:
        reach_start += clause_break.end()
    return HYPOTHETICAL.search(text, reach_start, group_start) is not None


def find_designations(
    doc: Document, drugs: list[FoundDrug], base: date | None
) -> list[FoundDesignation]:
    """Designations told in the title and body, one per drug, agency and type.

    Input: the analysed document, the drugs found in it and the release date (for relative
    dates). Output: FoundDesignation items in order of first telling; the date is the first
    explicit date of the event itself, null for "today" and for the dateline. Never a telling
    in a quotation, boilerplate, or a hedged clause; never a designation without a drug and an
    agency.
    """
    agencies, hits = lexicon_hits(doc)
    found: list[FoundDesignation] = []
    batches: list[tuple[int, list[FoundDesignation]]] = []  # each telling sentence's items
    text = doc.text
    titled = [m.span(1) for m in TITLED.finditer(text)]
    for index, sentence in enumerate(doc.sentences):
        if sentence.section == "boilerplate":
            continue
        if GENERIC_SUBJECT.match(sentence.text):
            continue  # "Companies that receive this designation are eligible for ...": everyone's
        groups = group_hits(sentence, hits, text, agencies)
        told_from = len(found)
        for i, group in enumerate(groups):
            previous_end = groups[i - 1][-1].end if i else sentence.start
            next_start = groups[i + 1][0].start if i + 1 < len(groups) else sentence.end
            clause = clause_of(text, sentence, group[0].start)
            clause = within_dateline(text, sentence, clause, group[0].start)
            if is_hypothetical(text, clause[0], group[0].start, group[-1].end):
                continue
            if NOT_YET_TOLD.search(text, max(clause[0], group[0].start - 40), group[0].start):
                continue
            if RIVAL.search(text, sentence.start, group[0].start):
                continue  # "will compete with X, which won FDA approval": a rival's history
            if any(a <= group[0].start < b for a, b in titled):
                continue  # 'an announcement titled "X Granted Orphan Drug ..."': a reference
            if OVERVIEW.search(text, clause[0], group[0].start):
                continue
            if all(is_plain_approval(text, h) for h in group) and (
                APPROVAL_COMPOUND.match(text, group[-1].end)
                or TRANSACTION_APPROVED.match(text, group[-1].end)
            ):
                continue
            if all(is_plain_approval(text, h) for h in group) and FACILITY.search(
                text, max(clause[0], group[0].start - FACILITY_REACH), group[0].start
            ):
                continue
            # a list told in semicolons ("X has: A; B; and C") keeps the sentence's drug
            drug = nearest_drug(text, drugs, clause, group, doc.body_end) or nearest_drug(
                text, drugs, (sentence.start, sentence.end), group, doc.body_end
            )
            names, rule = agencies_for(group, clause, agencies, text, next_start)
            if drug is None and names:
                # "The FDA approved the first drug for X. The drug, Velqara, ...": a news item
                # names the product at the opening of the sentence after the telling
                drug = product_introduced_next(doc, index, drugs)
                rule = "designation.next_sentence" if drug is not None else rule
            if drug is None and not names and all(is_plain_approval(text, h) for h in group):
                # "the approval of the first therapy of its kind", told with neither product nor
                # agency: an approval in general, not a telling to carry back
                continue
            list_clause = clause
            before = previous_sentence(doc, index)
            if (drug is None or not names) and before and REFERS_BACK.search(sentence.text):
                if drug is None:
                    drug = subject_drug(text, drugs, before, doc.body_end)
                    if REFERS_BACK_PLURAL.search(sentence.text):
                        list_clause = (before.start, before.end)
                if not names:
                    names, _ = agencies_for(
                        group, (before.start, before.end), agencies, text, before.end
                    )
                rule = "designation.previous_sentence"
            if (drug is None or not names) and found and REFERS_BACK.search(sentence.text):
                # "The designation follows an orphan drug designation in January": the drug and
                # agency of the last telling before
                drug = drug or found[-1].drug
                names = names or [found[-1].agency]
                rule = "designation.previous_sentence"
            lead = list_lead(doc, index) if drug is None else None
            if lead is not None and not is_hypothetical(text, lead.start, lead.end):
                # "SB-1 has been granted:" over "- Orphan Drug Designation from the FDA": each
                # bullet tells a designation of the drug its lead-in line names
                drug = subject_drug(text, drugs, lead, doc.body_end)
                if not names:
                    names, _ = agencies_for(group, (lead.start, lead.end), agencies, text, lead.end)
                rule = "designation.previous_sentence"
            if drug is None and ANAPHOR_SUBJECT.match(sentence.text):
                # "The drug was approved in China in May": an item that names one product only
                # refers back to it, however many sentences ago
                drug = sole_product(drugs, sentence, doc.body_end)
                rule = "designation.sole_product" if drug is not None else rule
            if drug is None or is_partner_product(text, drug, doc.body_end):
                continue
            if sentence.in_quote and not (
                names
                and rule == "designation.named_agency"
                and not any(is_plain_approval(text, h) for h in group)
                and QUOTE_GRANT.search(text, clause[0], clause[1])
            ):
                # a quotation tells a named program the regulator granted ('"... the FDA has
                # granted X Orphan Drug Designation ..."'), never a wish ("look forward to the
                # FDA granting"), never a bare approval word ("no drugs are FDA approved")
                continue
            if not names and {h.label for h in group} <= INFERABLE_PROGRAMS:
                # "X was approved under Priority Review and received a voucher from the FDA":
                # the one regulator the sentence names, when it tells no grant of its own
                names = sentence_agency(text, sentence, agencies)
                rule = "designation.named_agency"
            if not names and before and {h.label for h in group} <= INFERABLE_PROGRAMS:
                # "X was approved by the FDA in May. X was previously granted Orphan Drug and
                # Fast Track designations": the one agency that just told the same product's
                names = paragraph_agency(found, before, drug)
                rule = "designation.previous_sentence"
            if not names and {h.label for h in group} <= PROGRAM_AGENCY.keys():
                names = [PROGRAM_AGENCY[group[0].label]]
                rule = "designation.program_agency"
            if not names:
                names = term_agency(text, agencies, group)
                rule = "designation.term_agency"
            if not names:
                names = document_agency(text, agencies, group)
                rule = "designation.document_agency"
            segment = (max(previous_end, clause[0]), min(next_start, clause[1]))
            date, known = date_of(text, segment, group[0].start, base, i == 0, group[-1].end)
            if not known and i and clause[0] <= groups[0][0].start:
                # "In 2019, the FDA granted QIDP designation and Fast Track designation": the
                # date that opens the clause dates each telling its verb governs
                date, known = opening_date(text, clause[0], groups[0][0].start, base)
            if not known:
                # "2024 ACHIEVEMENTS" over a list of this year's steps: the heading's year, which
                # a later telling's own date still replaces (merge)
                date = heading_year(text, sentence.start)
            status = status_in(text, segment, group) or filing_status(text, clause, group)
            if NEGATIVE.search(text, segment[0], segment[1]):
                status = "other"  # a complete response letter, a clinical hold: no grant
            elif (
                status is None
                and FILING.search(text, group[0].start, group[-1].end)
                and not any(is_plain_approval(text, h) for h in group)
                and QUOTE_GRANT.search(text, clause[0], clause[1])
            ):
                # a filing told with no verb at all was at least filed; one given Priority
                # Review in its clause ("granted priority review to the NDA") was accepted
                reviewed = any(
                    h.label == "priority_review" and clause[0] <= h.start < clause[1]
                    for other in groups
                    for h in other
                )
                status = "accepted" if reviewed else "applied"
            if rule == "designation.term_agency" and status is None:
                # "completed the Investigational New Drug application transition to Y": the
                # term alone, told with no step of its own (filed, cleared, approved), is no
                # telling of the regulator's
                continue
            if date and base and (status or "granted") == "granted" and after_release(date, base):
                continue  # "the date the FDA approves ... and June 1, 2029": not granted yet
            # "X, for gout, which has received BTD, and Y for lupus": Y's disease is not X's
            told_end = next_item_start(text, drugs, drug, group, segment)
            indication = indication_of(text, group, segment[0], told_end, clause[0])
            indication = without_product(text, drug, segment, indication)
            if indication is None and i and ";" not in text[previous_end : group[0].start]:
                # "BTD for FCS ... and ODD by the EMA": a shared disease, within one clause
                indication = next(
                    (
                        f.indication
                        for f in reversed(found)
                        if f.quote == sentence.text and f.indication
                    ),
                    None,
                )
            indication = expanded(text, indication)
            listed_from = group[0].start if list_clause == clause else list_clause[1]
            each_drugs = listed_with(text, drugs, drug, list_clause, listed_from)
            each_drugs += [
                d for d in counted_items(text, drugs, group, clause) if d not in each_drugs
            ]
            for each_drug in each_drugs:
                for agency in names:
                    own = agency_date(text, segment, agencies, agency, base) if i == 0 else None
                    for label in dict.fromkeys(h.label for h in group):
                        found.append(
                            FoundDesignation(
                                each_drug,
                                PROGRAM_AGENCY.get(label, agency),
                                label,
                                label_status(label, status),
                                indication,
                                own or date,
                                known or own is not None,
                                sentence.text,
                                rule,
                                group[0].start,
                            )
                        )
        if len(found) > told_from:
            batches.append((index, found[told_from:]))
    telling = {index for index, _ in batches}
    # a sentence naming a program ("granted Orphan Drug designation for X"), told or not
    starts = [sentence.start for sentence in doc.sentences]
    telling |= {bisect_right(starts, h.start) - 1 for h in hits if not is_plain_approval(text, h)}
    for index, told in batches:
        fill_indications(doc, index, told, telling)
    return without_headline_approvals(doc, merge(found))


# Approvals of a kind: a headline's plain "approval" of the same product and agency is one of them
SPECIFIC_APPROVALS = frozenset({"conditional_approval", "accelerated_approval"})


def without_headline_approvals(
    doc: Document, found: list[FoundDesignation]
) -> list[FoundDesignation]:
    """A plain approval told only in the headline ("NMPA APPROVAL OF X") when the body tells the
    same product's approval of a kind by the same agency ("granted conditional approval"): the
    headline's word for the body's fact, not a second approval."""
    title_end = max((s.end for s in doc.sentences if s.section == "title"), default=-1)
    specific = {(id(d.drug), d.agency) for d in found if d.type in SPECIFIC_APPROVALS}
    return [
        d
        for d in found
        if not (d.type == "approval" and d.at < title_end and (id(d.drug), d.agency) in specific)
    ]


def fill_indications(
    doc: Document, index: int, told: list[FoundDesignation], telling: set[int]
) -> None:
    """The disease of tellings whose own clause names none: a later telling of the same product
    in the sentence ("fast track and orphan drug designation to X for Y"), else a sentence beside
    it that describes the product ("The drug is being developed for Y")."""
    text = doc.text
    for item in told:
        if item.indication is not None:
            continue
        item.indication = (
            next(
                (
                    o.indication
                    for o in told
                    if o.drug is item.drug
                    and o.indication
                    # "approved by the FDA for X; in Japan, an NDA was filed": each item its own
                    and ";" not in text[min(o.at, item.at) : max(o.at, item.at)]
                ),
                None,
            )
            or described_indication(doc, index, item.drug, telling)
        )


def described_indication(
    doc: Document, index: int, drug: FoundDrug, telling: set[int]
) -> str | None:
    """The disease an explicit cue ("for the treatment of", "to treat") gives in a sentence
    beside the telling that describes the product: the sentence before or after it in the same
    paragraph when it names the product or opens by referring back to it ("The drug ...",
    "It ..."), or the first sentence of the next paragraph when it opens so. Never a sentence
    that tells a designation of its own (its disease is that telling's).
    """
    text = doc.text
    neighbours = []
    before = previous_sentence(doc, index)
    if before is not None:
        neighbours.append((index - 1, before, True))
    if index + 1 < len(doc.sentences):
        after = doc.sentences[index + 1]
        if after.section == doc.sentences[index].section and not after.in_quote:
            same_paragraph = "\n" not in text[doc.sentences[index].end : after.start]
            neighbours.append((index + 1, after, same_paragraph))
    for at, sentence, same_paragraph in neighbours:
        if at in telling:
            continue
        own = [m for m in drug.mentions if sentence.start <= m.start < sentence.end]
        if own and same_paragraph:
            start = own[0].end
        elif DESCRIBES_BACK.match(sentence.text):
            start = sentence.start
        else:
            continue
        cued = [f for f in find_indications(text, start, sentence.end) if f.cued]
        if cued:
            return expanded(text, cued[0].text)
    return None


# A heading of a year's record: "2024 ACHIEVEMENTS", "Full-Year 2024 Highlights", "Highlights
# of 2024" (never an outlook or guidance, which are plans)
YEAR_HEADING = re.compile(
    r"(?:(?:full[- ]year|fy|fiscal(?: year)?)\s+)?((?:19|20)\d\d)\s+(?:business\s+|key\s+)?"
    r"(?:achievements|highlights|accomplishments|milestones)"
    r"|(?:business\s+|key\s+)?(?:achievements|highlights|accomplishments|milestones)\s+"
    r"(?:of|in|for)\s+(?:(?:full[- ]year|fiscal(?: year)?)\s+)?((?:19|20)\d\d)",
    re.IGNORECASE,
)
HEADING_LINES = 40  # how many lines back a heading may govern
HEADING_REACH = 8000  # characters read back for them
SUBHEADINGS = 2  # "2024 ACHIEVEMENTS / Business Progress": subheadings under the year's heading
PLAN_HEADING = re.compile(
    r"\b(?:outlook|guidance|upcoming|expected|anticipated|plans?|next steps|priorities|forecast)\b",
    re.IGNORECASE,
)


def heading_year(text: str, position: int) -> str | None:
    """The year of the heading line above `position` when it is a year's record ("2024
    ACHIEVEMENTS"), through up to SUBHEADINGS other headings ("Business Progress"); None under a
    plan's heading ("2025 Outlook") or none."""
    lines = text[max(0, position - HEADING_REACH) : position].split("\n")[1:-1]
    headings = 0
    for line in reversed(lines[-HEADING_LINES:]):
        line = line.strip().strip("*#|: ").strip()
        if not line or line.startswith(("-", "•")):
            continue
        if len(line.split()) > 6 or line[-1] in ".;,":
            continue  # a sentence or a list item, not a heading
        match = YEAR_HEADING.fullmatch(line)
        if match:
            return match.group(1) or match.group(2)
        headings += 1
        if headings > SUBHEADINGS or PLAN_HEADING.search(line):
            return None  # "Outlook", "2025 Guidance": plans, not the year's record
    return None


def paragraph_agency(found: list[FoundDesignation], before: Sentence, drug: FoundDrug) -> list[str]:
    """The agency of the tellings in the sentence before (same paragraph) when they are all of
    this product and name one agency; none otherwise."""
    told = [f for f in found if f.quote == before.text]
    if not told or any(f.drug is not drug for f in told):
        return []
    named = {f.agency for f in told}
    return list(named) if len(named) == 1 else []


def sentence_agency(text: str, sentence: Sentence, agencies: list[Hit]) -> list[str]:
    """The one regulator a sentence names, when none of its mentions opens its own telling
    ("the EMA granted PRIME" is the EMA's own grant); none otherwise."""
    inside = [a for a in agencies if sentence.start <= a.start < sentence.end]
    named = {a.label for a in inside}
    if len(named) != 1 or any(OWN_VERB.match(text, a.end) for a in inside):
        return []
    return list(named)


TERM_AGENCIES = [(re.compile(term), agency) for term, agency in REGULATOR_TERMS]
TERM_REACH = 40  # characters before a telling's first word that may hold the term's start


def term_agency(text: str, agencies: list[Hit], group: list[Hit]) -> list[str]:
    """The regulator whose own term the telling uses ("filed an Investigational New Drug
    application", "obtained manufacturing and sales approval"), in a release that names no
    regulator at all (REGULATOR_TERMS); else nothing."""
    if agencies:
        return []
    window = max(0, group[0].start - TERM_REACH)
    for term, agency in TERM_AGENCIES:
        if any(m.end() > group[0].start for m in term.finditer(text, window, group[-1].end)):
            return [agency]
    return []


def document_agency(text: str, agencies: list[Hit], group: list[Hit]) -> list[str]:
    """The agency of a program told with no regulator ("ZX-4 holds Orphan Drug Designation"):
    the one regulator the release names anywhere, or the FDA in the release of a New York-listed
    company that names none; an application ("an NDA filing") goes to the one named regulator
    too. Nothing for an approval or a trial clearance told otherwise, nor when the release names
    two regulators."""
    labels = {h.label for h in group}
    named = {a.label for a in agencies}
    # "initiated a New Drug Application filing for X": an application goes to the one regulator
    application = FILING.search(" ".join(text[h.start : h.end] for h in group)) is not None
    if not (labels <= INFERABLE_PROGRAMS or application):
        return []
    if len(named) == 1:
        return list(named)
    if not named and labels <= US_PROGRAMS and LISTED_IN_US.search(text):
        return ["FDA"]
    return []


def after_release(value: str, base: date) -> bool:
    """Whether a date ("2029", "2029-06", "2029-06-01") lies after the release's own date."""
    return value > base.isoformat()[: len(value)]


def merge(found: list[FoundDesignation]) -> list[FoundDesignation]:
    """One entry per drug, agency and type; the first dated telling gives the date."""
    merged: dict[tuple, FoundDesignation] = {}
    for item in found:
        key = (id(item.drug), item.agency, item.type)
        if key not in merged:
            merged[key] = item
            continue
        kept = merged[key]
        if not kept.date_known and item.date_known:
            kept.date, kept.date_known = item.date, True
        if kept.indication is None:
            kept.indication = item.indication
        if kept.status == "other" and item.status == "granted":
            # "Following a complete response letter in 2025, the FDA approved X": the grant
            # is the standing state
            kept.status, kept.quote, kept.rule = item.status, item.quote, item.rule
            kept.date, kept.date_known = item.date, item.date_known
        elif kept.status == "applied" and item.status == "accepted":
            # "submitted its NDA in March. The FDA has accepted the NDA": the later step
            kept.status, kept.quote, kept.rule = item.status, item.quote, item.rule
        elif kept.status in ("applied", "accepted") and item.status == "granted" and item.date:
            # "submitted a J-NDA for a new use ... X was approved in Japan in May 2023": a dated
            # grant is the standing state, dated by its own telling
            kept.status, kept.quote, kept.rule = item.status, item.quote, item.rule
            kept.date, kept.date_known = item.date, item.date_known
    return list(merged.values())
