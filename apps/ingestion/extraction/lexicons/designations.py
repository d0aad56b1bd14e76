"""Regulators and designation wordings, mapped to the contract's vocabulary.

Patterns of the trade only: nothing here names a particular company or product.
"""

# Regulators, mapped to the contract's agency vocabulary.
AGENCIES = {
    "FDA": [
        "FDA",
        "U.S. FDA",
        "US FDA",
        "USFDA",
        "U.S. Food and Drug Administration",
        "US Food and Drug Administration",
        "United States Food and Drug Administration",
        "Food and Drug Administration",
        "Food & Drug Administration",
    ],
    "NMPA": [
        "NMPA",
        "CDE",
        "National Medical Products Administration",
        "Center for Drug Evaluation",
        "Centre for Drug Evaluation",
        "China Food and Drug Administration",
        "CFDA",
        "National Medical Products Administration of China",
        "国家药品监督管理局",
    ],
    "EMA": [
        "EMA",
        "European Medicines Agency",
        "European Commission",
        "EC",
        "CHMP",
        "Committee for Medicinal Products for Human Use",
        "COMP",
        "Committee for Orphan Medicinal Products",
    ],
    "PMDA": [
        "PMDA",
        "Pharmaceuticals and Medical Devices Agency",
        "MHLW",
        "Ministry of Health, Labour and Welfare",
        "Japanese Ministry of Health",
        "Ministry of Health, Labor and Welfare",
    ],
    "MHRA": ["MHRA", "Medicines and Healthcare products Regulatory Agency"],
    "Health Canada": ["Health Canada"],
    "TGA": ["TGA", "Therapeutic Goods Administration"],
    "other": [
        "Swissmedic",
        "ANVISA",
        "MFDS",
        "HSA",
        "Health Sciences Authority",
        "Taiwan Food and Drug Administration",
        "TFDA",
        "Korea Ministry of Food and Drug Safety",
        "Ministry of Food and Drug Safety",
        "SAHPRA",
        "Medsafe",
        "COFEPRIS",
        "SFDA",
        "Saudi Food and Drug Authority",
        # Taiwan's regulator, named like the American one: "the IND was submitted to the Taiwan
        # FDA" (the longest name wins, so never the FDA)
        "Taiwan FDA",
        "Taiwanese FDA",
        # national regulators that clear trials and approve products outside the EU procedure:
        # "the Paul-Ehrlich-Institut approved its clinical trial application for X"
        "Paul-Ehrlich-Institut",
        # (hyphenated or not: text.PhraseIndex joins words across a hyphen)
        "Paul Ehrlich Institute",
        # its common misspelling ("Paul Erlich Institute"), in releases and wire items alike
        "Paul-Erlich-Institut",
        "Paul Erlich Institute",
        "BfArM",
        "Federal Institute for Drugs and Medical Devices",
        "ANSM",
        "AEMPS",
        "Spanish Agency of Medicines and Medical Devices",
        "AIFA",
        "Italian Medicines Agency",
        "Danish Medicines Agency",
        "Swedish Medical Products Agency",
        "Norwegian Medicines Agency",
        "Finnish Medicines Agency",
        "Fimea",
        "Irish Health Products Regulatory Authority",
        "HPRA",
        "CDSCO",
        "Central Drugs Standard Control Organisation",
        "Central Drugs Standard Control Organization",
        "DCGI",
        "Drugs Controller General of India",
        "ANMAT",
        "Israeli Ministry of Health",
    ],
}


# A regulator named by what it is and whose it is, as wire items do: "China's medical products
# administrator", "the U.S. drug regulator", "Japan's health ministry" (designations.matchers
# joins every form below with every noun).
REGULATOR_NOUNS = (
    "medical products administrator",
    "medical products administration",
    "medical products regulator",
    "drug regulator",
    "drugs regulator",
    "drug regulators",
    "medicines regulator",
    "medicine regulator",
    "health regulator",
    "healthcare regulator",
    "pharmaceutical regulator",
    "regulator",
    "regulators",
    "drug administration",
    "drug agency",
    "drugs agency",
    "medicines agency",
    "health ministry",
    "ministry of health",
    "health authority",
    "health authorities",
    # "cleared by Australian authorities", "Chinese authorities approved ..."
    "authorities",
    "drug authority",
    "drug authorities",
    "regulatory authority",
    "regulatory authorities",
    "drug watchdog",
    "medicines watchdog",
    "health watchdog",
)
# Per agency: the places that own it in a possessive ("China's") and the adjectives before it
# ("Chinese drug regulator").
REGULATOR_OWNERS = {
    "FDA": (
        ("the U.S.", "the US", "U.S.", "US", "America", "the United States"),
        ("U.S.", "US", "American", "United States"),
    ),
    "NMPA": (("China", "the PRC", "mainland China"), ("Chinese", "China")),
    "EMA": (("Europe", "the EU", "the European Union"), ("European", "EU")),
    "PMDA": (("Japan",), ("Japanese", "Japan")),
    "MHRA": (("the UK", "the U.K.", "Britain", "the United Kingdom"), ("British", "UK", "U.K.")),
    "Health Canada": (("Canada",), ("Canadian",)),
    "TGA": (("Australia",), ("Australian",)),
    "other": (
        (
            "South Korea",
            "Korea",
            "Taiwan",
            "India",
            "Brazil",
            "Switzerland",
            "Singapore",
            "Hong Kong",
            "Israel",
            "Mexico",
            "Saudi Arabia",
        ),
        (
            "South Korean",
            "Korean",
            "Taiwanese",
            "Indian",
            "Brazilian",
            "Swiss",
            "Singaporean",
            "Israeli",
            "Mexican",
            "Saudi",
        ),
    ),
}


# "approved ... in China" names the regulator by its territory.
REGION_AGENCY = {
    "china": "NMPA",
    "the eu": "EMA",
    "eu": "EMA",
    "the e.u.": "EMA",
    "e.u.": "EMA",
    "the u.k.": "MHRA",
    "u.k.": "MHRA",
    "the u.s.a.": "FDA",
    "europe": "EMA",
    "the european union": "EMA",
    "european union": "EMA",
    "japan": "PMDA",
    "the u.s.": "FDA",
    "the us": "FDA",
    "the united states": "FDA",
    "u.s.": "FDA",
    "canada": "Health Canada",
    "australia": "TGA",
    "the uk": "MHRA",
    "the united kingdom": "MHRA",
    "great britain": "MHRA",
    "taiwan": "other",
    "korea": "other",
    "south korea": "other",
    "new zealand": "other",
    "ukraine": "other",
    "switzerland": "other",
    "brazil": "other",
    "israel": "other",
    "singapore": "other",
    "india": "other",
    "saudi arabia": "other",
    "the united arab emirates": "other",
    "the uae": "other",
    "uae": "other",
    "bahrain": "other",
    "kuwait": "other",
    "qatar": "other",
    "mexico": "other",
    "argentina": "other",
    "hong kong": "other",
    "macau": "other",
    "russia": "other",
    "turkey": "other",
    "south africa": "other",
    "thailand": "other",
    "vietnam": "other",
    "malaysia": "other",
    "indonesia": "other",
    "the philippines": "other",
    "egypt": "other",
    "the kingdom of saudi arabia": "other",
    "kingdom of saudi arabia": "other",
    "ksa": "other",
    "the kingdom of bahrain": "other",
    "oman": "other",
    "jordan": "other",
    "norway": "other",
    "iceland": "other",
    "chile": "other",
    "colombia": "other",
    "peru": "other",
    "pakistan": "other",
    "mainland china": "NMPA",
    # "approval for sale in the Chinese market"
    "the chinese market": "NMPA",
    "the chinese mainland": "NMPA",
    "the u.s. market": "FDA",
    "the us market": "FDA",
    "the european market": "EMA",
    "the japanese market": "PMDA",
    "the people's republic of china": "NMPA",
    "the prc": "NMPA",
    "great britain and northern ireland": "MHRA",
    "britain": "MHRA",
    "the united states of america": "FDA",
    "the usa": "FDA",
    "usa": "FDA",
}

# "..., and the EMA granted it PRIME": an agency followed by its own verb tells its own grant.
OWN_TELLING = (
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|subsequently\s+|then\s+|later\s+)*"
    # "FDA approval" is a noun the agency modifies, not its verb
    r"(?:grant|approv(?!als?\b)|accept|validat|recommend|issu|award|clear|authori[sz]|adopt"
    r"|design)\w*"
)

# A filing, not a decision: its status is the verb that files or accepts it.
FILING_WORDS = (
    r"\b(?:applications?|NDA|BLA|MAA|sNDA|sBLA|ANDA|submissions?|filings?|dossiers?"
    r"|variations?)\b"
)

# Words between two places that end a list of places the telling names: a verb of another
# clause, a relative word, a trial ("approved in Japan, has entered a trial in Europe").
REGION_LIST_BREAK = (
    r"[;]|\b(?:has|have|had|is|are|was|were|will|would|which|that|who|while|whereas|but"
    r"|trials?|stud(?:y|ies)|launch\w*|sold|sales|enter\w*|plans?|expects?)\b"
)

# What follows a designation that explains it in general ("is awarded to drugs that ...",
# "is designed to expedite ...", "provides sponsors with ...").
DESIGNATION_DEFINED = (
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:(?:is|are)\s+(?:\w+\s+)?(?:awarded|granted|given|available"
    r"|reserved|intended|designed)\s+(?:to|for)\s+(?:\w+\s+)?(?:drugs|products|therapies"
    r"|treatments|medicines|biologics|candidates|sponsors|companies|expedite|facilitate|speed)"
    r"|(?:provides|offers|gives)\s+(?:sponsors|companies|developers|drug\s+developers))\b"
)

# A sentence whose subject is any product or company holding a program, not one the text names:
# "Companies that receive this designation are eligible for ... accelerated approval and
# priority review", "Drugs granted Breakthrough Therapy status may receive ...", "A product
# with Fast Track designation is eligible for ...". What the program brings, told of everyone;
# never "The drug that ..." or "Our products that ...", which tell of the release's own.
GENERIC_RECIPIENT = (
    # a singular noun only after "a", "any", "every": "Treatment with X was approved" is X's
    r"\W*(?:(?:an?|any|every|each)\s+(?:[a-z-]+\s+){0,2}?(?:drug|product|therapy|treatment"
    r"|medicine|biologic|candidate|sponsor|company|developer|applicant|program|programme)"
    r"|(?:all\s+)?(?!(?:the|these|those|its|our|their|both|two|three)\b)(?:[a-z-]+\s+){0,2}?"
    r"(?:drugs|products|therapies|treatments|medicines|biologics|candidates|sponsors|companies"
    r"|developers|applicants|programs|programmes))"
    r"\s+(?:that|which|who|with|receiving|granted|holding|awarded|given)\b"
)

# A decision that grants nothing: the telling's status is "other".
NEGATIVE_DECISION = (
    r"\b(?:complete response letter|CRL(?![\w-])|refus(?:al|ed) to (?:file|approve)"
    r"|(?:partial )?clinical hold|did not (?:grant|approve)|not (?:been )?approved"
    r"|negative opinion|refused to approve"
    # an application the company takes back: "has withdrawn its Marketing Authorisation
    # Application", "the withdrawal of the NDA" (never "opioid withdrawal symptoms")
    r"|withdr(?:ew|awn|aws?|awing)"
    r"|withdrawal\s+of\s+(?:the|its|our|their)\s+(?:[\w-]+\s+){0,4}?(?:applications?|NDA|BLA|MAA"
    r"|submission|filing)"
    r"|declined to approve)\b"
)

# "China's NMPA", "the U.S. FDA": a region word that modifies a named agency is not a second one.
REGION_MODIFIER_GAP = r"[\s’'s]*(?:the\s+)?"


DESIGNATIONS = {
    "breakthrough_therapy": [
        "Breakthrough Therapy Designation",
        "Breakthrough Therapy",
        "BTD",
        "Breakthrough Therapy designations",
        "Breakthrough Designation",
        # China's CDE words it "Breakthrough Therapeutic" (突破性治疗药物)
        "Breakthrough Therapeutic Designation",
        "Breakthrough Therapeutic",
        "Breakthrough Therapy Drug",
        # news wording: "the FDA granted X breakthrough status"
        "Breakthrough status",
        "Breakthrough Therapy status",
    ],
    "priority_review": ["Priority Review", "Priority Review designation", "Priority Review status"],
    "orphan_drug": [
        "Orphan Drug Designation",
        "Orphan Drug Designations",
        "Orphan Drug",
        "ODD",
        "Orphan Designation",
        "Orphan Drug Status",
        "Orphan Medicinal Product Designation",
        "Orphan Status",
        "Orphan Medicinal Product",
    ],
    # ("Fast-Track" too: text.PhraseIndex joins words across a hyphen)
    "fast_track": ["Fast Track Designation", "Fast Track Designations", "Fast Track"],
    "accelerated_approval": ["Accelerated Approval"],
    "conditional_approval": [
        "Conditional Approval",
        "Conditional Marketing Authorisation",
        "Conditional Marketing Authorization",
        "Conditional Marketing Approval",
        "conditionally approved",
        # Australia's TGA grants "provisional approval" (provisional registration), Health
        # Canada a "Notice of Compliance with conditions" (NOC/c): each regulator's conditional
        # approval, the same program under its own name
        "Provisional Approval",
        "Provisional Registration",
        "provisionally approved",
        "provisionally registered",
        "Notice of Compliance with Conditions",
        "NOC/c",
    ],
    "rmat": ["RMAT", "Regenerative Medicine Advanced Therapy"],
    "prime": ["PRIME", "PRIority MEdicines"],
    "other": [
        # a voucher the FDA awards with an approval ("a rare pediatric disease priority review
        # voucher"): its own program, never the Priority Review of the application
        "Priority Review Voucher",
        "PRV",
        "PRVs",
        "Rare Pediatric Disease Priority Review Voucher",
        "SAKIGAKE",
        "Rare Pediatric Disease designation",
        "Rare Pediatric Disease Designation",
        "Innovation Passport",
        "Breakthrough Device Designation",
        "Accelerated Assessment",
        "Promising Innovative Medicine",
        "Qualified Infectious Disease Product",
        "QIDP",
        "Emergency Use Authorization",
        "Emergency Use Authorisation",
        "EUA",
        # a regulator's agreement on a development plan or its advice on one: its own step
        # ("received positive Scientific Advice from the EMA for X", "the PDCO adopted a positive
        # opinion on the Paediatric Investigation Plan for X"), never a marketing approval
        "Scientific Advice",
        "Paediatric Investigation Plan",
        "Pediatric Investigation Plan",
        "PIP",
        "Pediatric Study Plan",
        "initial Pediatric Study Plan",
        "iPSP",
    ],
    "ind_clearance": [
        "IND clearance",
        "IND application",
        "Investigational New Drug",
        "IND approval",
        "clinical trial application",
        "clinical trial approval",
        "clinical trial clearance",
        "CTA",
        "IND",
        "INDs",
        # Health Canada's clearance of a trial application
        "No Objection Letter",
    ],
    "approval": [
        "marketing authorisation",
        "marketing authorization",
        "approved for marketing",
        "cleared for marketing",
        "authorized for marketing",
        "authorised for marketing",
        "marketing approval",
        "market approval",
        "New Drug Application",
        "NDA",
        "Biologics License Application",
        "BLA",
        "positive opinion",
        "approval",
        "approved",
        "Marketing Authorisation Application",
        "Marketing Authorization Application",
        "MAA",
        "sNDA",
        "sBLA",
        "supplemental New Drug Application",
        "supplemental Biologics License Application",
        # "accepted its supplemental application for X": a filing for a new use
        "supplemental application",
        # "completed regulatory submissions for X in the EU, the UK and Canada"
        "regulatory submission",
        # headlines tell a decision in the present: "FDA approves X"
        "approves",
        # news wording: "wins FDA nod for X", "X gets green light in Japan"
        "nod",
        "nods",
        "green light",
        "Abbreviated New Drug Application",
        "ANDA",
        # China's approval is issued as a certificate: "received the Drug Registration
        # Certificate from the NMPA for X"
        "Drug Registration Certificate",
        "Import Drug License",
        "Import Drug Licence",
        # Health Canada's approval is its Notice of Compliance
        "Notice of Compliance",
        "NOC",
        # and the filing for it a New Drug Submission: "Health Canada accepted the NDS for X"
        "New Drug Submission",
        "NDS",
        # a filing sent in parts: its first part opens the application
        "rolling submission",
        # filings named by what they ask for: "the marketing application", "a Type II variation"
        "marketing application",
        # news wording: "its application to market X was accepted for review by the FDA"
        "application to market",
        "registration application",
        "Type II variation",
        # a decision against the filing is told of the approval it withholds (status "other",
        # NEGATIVE_DECISION): "the FDA issued a complete response letter to X for Y"
        "complete response letter",
        "negative opinion",
        "declined to approve",
        "refused to approve",
        "refusal to file",
        # a new use of an approved product: "the EC approved an extension of indication"
        "label expansion",
        "label extension",
        "extension of indication",
        "expanded label",
        "expanded indication",
    ],
}


# Plural forms are matched too ("two rare pediatric disease designations"): a term whose last
# word is one of these also matches with an "s".
PLURAL_LAST_WORDS = {
    "submission",
    "designation",
    "approval",
    "application",
    "clearance",
    "authorisation",
    "authorization",
    "opinion",
}

# "approval ... to start a Phase 3 trial", "clearance to initiate a clinical trial": a trial
# clearance however the agency words it.
TRIAL_CLEARANCE = (
    r"\b(?:cleared|clearance|approv\w*|authori[sz]\w*|permission|green light|nod|go-ahead)\b"
    r"[^;\n.]{0,100}?\bto (?:conduct|start|begin|initiate|commence|enter|proceed|recruit|run"
    r"|launch|advance)\b[^;\n.]{0,80}?\b(?:clinical|trials?|stud(?:y|ies)|Phase|recruiting)\b"
    r"|\bapplications? for (?:an? |the )?(?:\w+ )?clinical (?:trials?|stud(?:y|ies))\b"
    # "cleared by the FDA for a Phase 2 trial": the trial the clearance is for
    r"|\bcleared\b[^;\n.]{0,60}?\bfor (?:an? |the |its )?(?:Phase [\w/]+ )?(?:clinical )?"
    r"(?:trial|study)\b"
    # "received FDA approval for a Phase II clinical trial of X", "implied approval from the NMPA
    # for the clinical trial": the trial's clearance
    r"|\bapprov(?:als?|ed) (?:from (?:the )?(?:[\w.'’-]+ ){1,5}?)?(?:for|of) (?:an? |the |its )?"
    # "approvals for further trials in Australia"
    r"(?:further |additional |new |next |more )?(?:Phase [\w/]+ )?(?:clinical )?"
    r"(?:trials?|stud(?:y|ies))\b"
    # "the MFDS approved a Phase 1 clinical trial of X" (never "approved the trial design")
    r"|\bapproved (?:an? |the |its )(?:Phase [\w/]+ |clinical )(?:clinical )?(?:trial|study)\b"
    r"(?! (?:design|protocol|results|data|endpoints?)\b)"
)

# "received a CRL for X": the abbreviated complete response letter (never a code such as
# "CRL-207"); case-sensitive.
REFUSAL_ABBREVIATION = r"(?<![\w-])CRLs?(?![\w-])"

# "the FDA expanded the label of X", "expanded its approval to include children": a new use
# approved, told by the verb (the nouns are in DESIGNATIONS)
LABEL_EXPANDED = (
    r"\bexpand(?:ed|s) (?:the |its )?(?:approved |marketing )?(?:label|labell?ing|indications?"
    r"|approval|authori[sz]ation)\b"
)

# "the FDA has approved four INDs, X for A, Y for B and Z for C": a counted plural telling
# whose products are listed after it, each with its own disease.
COUNTED_PLURAL = r"\b(?:two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}$"

# Words that make a designation a plural telling: its indications are all the ones named after.
PLURAL_COUNT = r"\b(?:two|three|four|both|several|multiple)\b"

# Acronyms matched case-sensitively; the rest match in any case.
CASE_SENSITIVE_TERMS = {
    "SAKIGAKE",
    "QIDP",
    "PRV",
    "PRVs",
    "MAA",
    "sNDA",
    "sBLA",
    "BTD",
    "ODD",
    "RMAT",
    "PRIME",
    "IND",
    "INDs",
    "PIP",
    "iPSP",
    "NDA",
    "BLA",
    "CTA",
    "ANDA",
    "NOC",
    "EUA",
    "EC",
    "COMP",
    "EMA",
    "FDA",
    "CDE",
    "TGA",
    "HSA",
    "NICE",
}

# A clause about other companies' products (a market overview) tells no designation of the
# release's own: "competing products such as ... were approved in 2019".
MARKET_OVERVIEW = r"\b(?:competitors?'?|competing|rival|marketed by)\b"

# "X and Y, both of which received Fast Track designation": every product named before the
# telling in its clause shares it.
SHARED_BY_ALL = r"\b(?:both|each|all)(?: of)? (?:which|them|these|those)\b|\bboth\b"

# Programs only one regulator runs: "RMAT designation" is the FDA's and "PRIME" the EMA's,
# whichever agency the sentence names beside them ("received RMAT designation in 2024 and PRIME
# from the EMA") and when it names none.
PROGRAM_AGENCY = {"rmat": "FDA", "prime": "EMA"}

# Programs a regulator runs under its own name: told with no agency ("ZX-4 holds Orphan Drug
# Designation"), the one regulator the release names anywhere runs them.
INFERABLE_PROGRAMS = frozenset(
    {"orphan_drug", "fast_track", "breakthrough_therapy", "rmat", "priority_review"}
)
# Told with no regulator named anywhere, in the release of a company listed in New York: the
# FDA's (dev2 convention: "an orphan designation in a US IPO release is FDA").
US_PROGRAMS = frozenset({"orphan_drug", "fast_track", "breakthrough_therapy", "rmat"})
US_LISTING = r"\b(?:NASDAQ|Nasdaq|NYSE)\b"

# Terms of one regulator's own law, which name it when a release names no regulator at all: the
# "Investigational New Drug" application is the FDA's (21 CFR 312; other regulators call theirs
# a clinical trial application, and a release filing one with them names them), and the
# "manufacturing and marketing (or sales) approval" is Japan's (the translation of
# seizo-hanbai shonin), the approval the MHLW grants on the PMDA's review. Each is read within
# the telling: the hit itself, or the words right before it.
REGULATOR_TERMS = (
    (r"\b(?i:investigational\s+new\s+drug)\b", "FDA"),
    (r"\bmanufacturing\s+and\s+(?:marketing|sales|distribution)\s+approvals?\b", "PMDA"),
)

# "manufactured in a facility that has been approved by the FDA", "a GMP-certified plant approved
# by ...": the site's approval (an inspection), never the product's.
FACILITY_APPROVED = (
    r"\b(?:facility|facilities|plants?|sites?|factory|factories|manufacturing lines?)"
    r"(?:\s+(?:that|which)\s+(?:has|have|had|was|were|is|are)?\s*(?:been\s+)?|\s+)$"
)

# "Both candidates hold active INDs", "They have received ...", "The two programs were granted
# ...": a plural subject that refers back to every product the sentence before lists together.
PLURAL_BACK = (
    r"\b(?:both|these|the two|the three|all three|all four|all) (?:of (?:the|these) )?"
    r"(?:drugs|products|product candidates|candidates|therapies|programs|programmes|assets"
    r"|compounds|medicines|vaccines|molecules)\b"
    r"|^.{0,30}\bthey\b"
)

# A rival's product told as background in a relative clause after a word of competition: "NH-3
# will compete with Ortalix, which won FDA approval in 2021", "targets the same receptor as
# Venzora, a drug from Corvane that was approved in 2019". Matched from the sentence's start up
# to the telling; the telling is the rival's history, not a fact of the release.
RIVAL_BACKGROUND = (
    r"\b(?:compet\w*|rivals?|rivalling|rivaling|versus|vs\.?|same [\w-]+ as|similar to"
    r"|reference (?:product|drug|medicine)|standard of care|market leader|challenge)\b"
    r"[^.;]{0,60}?,\s*(?:which|that|a [\w-]+(?: [\w-]+)? (?:from|by|of|made by|marketed by)"
    r"\b[^,;]{0,40}?\b(?:that|which))\b[^.;]{0,120}$"
)
