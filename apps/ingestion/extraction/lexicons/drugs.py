"""Drug names: code-name shapes, INN stems and their false friends, modality words.

Patterns of the trade only: nothing here names a particular company or product.
"""

# Code names: letters then digits (HQP1351, JMT101, ALM005, AK139, NXC-201, RLS-0071), with a
# letter suffix ("QX17-B", "AB604c", "KV-17a") or a hyphenated one.
CODE_NAME = (
    # a hyphenated letter suffix stays with its code ("HR070-C"): the third shape takes it
    r"\b(?:[A-Z]{1,5}[A-Za-z]?-?\d{3,8}[A-Za-z]?(?!-[A-Z]{1,2}\d?\b)|[A-Z]{2,5}-[A-Z]?\d{2,8}[a-z]?"
    r"|[A-Z]-[A-Z]{2,5}\d{1,4}"  # one-letter prefix: "L-KX52", "D-AB12"
    r"|[A-Z]{1,5}\d{2,6}-[A-Z]{1,2}\d?|[A-Z]{2,5}-[A-Z]{2,6}\d{1,3}"
    r"|[A-Z]{2,5}\d-[A-Z]{1,2}(?![\w-])"  # one digit and a letter suffix: "HT9-C"
    r"|[A-Z]{2,5}-(?=[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]{3,8}"
    # two letter groups before the number ("ACT-KX-003"); at most five digits, so a company
    # registration number ("LABS-LTD-17053959") stays out
    r"|[A-Z]{2,5}-[A-Z]{2,5}-\d{3,5}[a-z]?"
    r"|(?<![\w.-])[1-9][A-Z]{1,3}-\d{3}"  # a digit-led prefix: "4D-150", "2X-101"
    # or without a hyphen, two or three letters ("7XM2821"; "1H2025" is a half-year)
    r"|(?<![\w.-])[1-9][A-Z]{2,3}\d{3,5}"
    r"|(?<![\w.-])[a-z]{1,2}[A-Z]{2,4}-\d{3,5}"  # a lower-case prefix: "mRNA-2290"
    r"|(?<![\w.-])[A-Z]{1,3}\d[A-Z]{1,2}-\d{2,5})\b"  # a digit inside the prefix: "X4K-012"
    # a dosage-form suffix written after the code belongs to it: "TNX-102 SL", "KX-11 XR",
    # "DLG-101-ER"
    r"(?:[\s-](?:SL|XR|ER|SR|CR|ODT)\b)?"
)

# A code written with a space ("TPI 287"): letters, one space, three or four digits. Indexes,
# standards and years share the shape ("FTSE 100", "ISO 9001", "ASCO 2024"), so it names a
# product only when the text writes it at least twice and it is no year.
# Some companies number their codes with seven digits ("BAY 2927088").
SPACED_CODE = r"(?<![\w&-])[A-Z]{2,5} (?:\d{3,4}|\d{7})(?![\w-]|\.\d)"
# (regulatory file numbers share the shape: "NDA 214567", "IND 123456", "BLA 761234")
SPACED_CODE_NOT_PREFIXES = {
    "ISO",
    "FTSE",
    "HSI",
    "CSI",
    "CAC",
    "DAX",
    "TSX",
    "ASX",
    "IEC",
    "EN",
    "NDA",
    "ANDA",
    "BLA",
    "IND",
    "MAA",
    "DMF",
    "EUA",
    "PMA",
    "CTA",
    "CTN",
}

# A code followed by ".1" is an exhibit, rule or section number ("EX-99.1").
NUMBERED_SECTION = r"\.\d"

# Where a regulatory or deal sentence names its product: "approved RENOVAX for" (the first
# slot takes only upper-case brands: "approved vaccine" is a common noun),
# "granted ... designation to amezalpat", "its drug Nalvoxa". The name group is checked
# against SLOT_NOT_NAMES and must look like a product (see drugs.slot_mentions).
PRODUCT_SLOTS = (
    r"\b(?:has |have |had )?(?:approved|approves|cleared|accepted)\s+(?:the\s+)?",
    r"\b(?i:designations?|status|approvals?|clearance|authori[sz]ations?|eligibility"
    r"|opinion|Notice of Compliance)\s+"
    # "The committee's positive opinion covers X", "the approval applies to X": a news item
    # naming the product a telling before left unnamed
    r"(?:\([^()]{1,12}\)\s+)?(?:to|for|of|covers|applies\s+to)\s+"
    r"(?:its\s+|the\s+)?(?:investigational\s+)?",
    r"\b(?i:application|NDA|BLA|MAA|IND|sNDA|sBLA)\s+(?:\([^()]{1,12}\)\s+)?"
    # "... Application to the U.S. Food and Drug Administration for X": the agency in between
    r"(?:(?:to|with) (?:the )?(?:U\.S\. |US )?(?:(?:[A-Z][\w&]*|and|of)\s+){1,6})?(?:for|of)\s+"
    r"(?:its\s+|the\s+)?(?:investigational\s+)?",
    r"\b(?:its|the|lead|investigational) (?:drug|product|drug candidate|product candidate"
    # "its biosimilar Velgrast": a biosimilar names its own brand
    r"|candidate|vaccine|therapy|medicine|biosimilar)\s+",
)

# The letters a brand's formulation adds after its name ("ZELVORA PF" preservative-free,
# "KELTRA XR" extended release, "ORVEX ODT" orally disintegrating): part of the product's name.
FORMULATION_SUFFIXES = r"PF|XR|ER|SR|CR|DR|LA|XL|ODT|IR|MR|HP"

# Head nouns that describe a product in an apposition ("X, an investigational RNAi therapeutic").
PRODUCT_NOUNS = (
    r"therapeutics?|drug candidate|product candidate|candidate|drug|vaccine|vaccine candidate"
    r"|gene therapy|cell therapy|antibody|antibodies|inhibitor|agonist|antagonist|biosimilar"
    r"|conjugate|degrader|small molecule|oligonucleotide|siRNA|formulation|immunotherapy"
    r"|treatment|medicine|injection|tablets?"
    # "ADL-3, a trispecific T-cell engager", "KX-9, a FAP-targeted radioligand"
    r"|engagers?|ADCs?|radioligands?|radioconjugates?|nanobod(?:y|ies)|fusion proteins?"
    # "ARB-5 is the first product it licensed", "KX-2, our lead asset"
    r"|product|asset|compound|molecule"
    # "an anti-IL-17A/F nanoAb (SCN-4)", "its PD-1 mAb KX-7": the abbreviations wires use
    r"|mAbs?|nanoAbs?"
)

# Common words a product slot may hold ("approved changes", "designation to patients").
SLOT_NOT_WORDS = {
    # what else an agency or a board approves of a company's: "approved Velmir's Offer",
    # "cleared Velmir's Plan for ..."
    "offer",
    "plan",
    "proposal",
    "request",
    "petition",
    "board",
    "protocol",
    "design",
    "treatment",
    "treatments",
    "vaccine",
    "medicine",
    "medicines",
    "drugs",
    "antibody",
    "indication",
    "therapy",
    "therapies",
    "patients",
    "products",
    "product",
    "changes",
    "change",
    "manufacturing",
    "marketing",
    # what an approval lets the holder do: "an approval for manufacture and marketing of X"
    "manufacture",
    "import",
    "export",
    "supply",
    "listing",
    "trading",
    "company",
    "companies",
    "clinical",
    "potential",
    "investigational",
    "conduct",
    "proceed",
    "initiate",
    "commence",
    "market",
    "markets",
    "review",
    "filing",
    "submission",
    "expanded",
    "additional",
    "further",
    "several",
    "multiple",
    "certain",
    "adults",
    "adult",
    "children",
    "people",
    "subjects",
    "candidate",
    "candidates",
    "pipeline",
    # "its biosimilar portfolio, which ...": a business, not a product
    "portfolio",
    "franchise",
    "platform",
    "business",
    "program",
    "programs",
    "programme",
    "development",
    "commercialization",
    "commercialisation",
    "prevention",
    "indications",
    "application",
    "applications",
    "designation",
    "designations",
    "status",
    "previously",
    "already",
    "recently",
    "formally",
    "officially",
    "received",
    "granted",
    "approved",
    "accepted",
    "injection",
    "tablets",
    "capsules",
    "solution",
    "vaccines",
    # "its COVID-19 vaccine Phase 2 trials": the trial's words after a product noun
    "phase",
    "trial",
    "trials",
    "study",
    "studies",
    "cohort",
}

# INNs that end in a capital serotype letter, which no stem pattern reads: the botulinum toxins
# ("prabotulinumtoxinA", "daxibotulinumtoxinA").
SEROTYPE_INN = r"\b[a-z]{2,}botulinumtoxin[A-G]\b"


# Endings of lower-case disease names ("hypophosphatasia", "achondroplasia", "cachexia"); no INN
# ends so, so a lower-case word a product slot holds with one of them is an indication.
DISEASE_ENDINGS = r"[a-z]{3,}(?:ia|osis|itis|emia|aemia|oma|pathy|trophy|ism|ysis|lepsy|rrh[o]?ea)"


# Endings of English words ("launches", "vialing", "material", "stockholders", "proceed") that
# no INN has: a lower-case word a product slot holds with one of them is a common word.
# Adverbs of place too ("commercialize the drug worldwide", "sell the product nationwide",
# "the drug elsewhere", "shipped the drug overseas"): where the verb acts, not a name.
ENGLISH_ENDINGS = (
    r"(?:[a-z]+(?:ing|ed|eed|es|ers|ment|ments|tion|tions|sion|sions|ness|ity|ous|ive|al|ship"
    r"|able|ible|ly|wide|where|wards)|abroad|overseas)"
)


# Words a product slot may hold that are never product names.
SLOT_NOT_NAMES = {
    "FDA",
    "NMPA",
    "EMA",
    "PMDA",
    "MHRA",
    "CHMP",
    "CDE",
    "IND",
    "NDA",
    "BLA",
    "MAA",
    "BTD",
    "ODD",
    "RMAT",
    "PRIME",
    "EU",
    "USA",
    "US",
    "UK",
    "PRC",
    "THE",
    "AND",
    "FOR",
    "CEO",
    "CFO",
    "NASDAQ",
    "NYSE",
    "HKEX",
    "COVID",
    "HIV",
    "DNA",
    "RNA",
    "MRNA",
    "GMP",
    "CGMP",
}


# Letter prefixes of targets, trials and registries, not drugs ("CD123", "NCT0123").
NOT_DRUG_PREFIXES = {
    "CD",
    "IL",
    "HLA",
    "CYP",
    "NCT",
    "ISO",
    "COVID",
    "SARS",
    "ASX",
    "SEC",
    "FORM",
    "RULE",
    "EU",
    "US",
    "GMP",
    "HK",
    "SH",
    "SZ",
    "NO",
    "ID",
    "Q",
    "H",
    "FY",
    "T",
    "CVR",
    "ATC",
    "ICD",
    "EQS",
    "RNS",
    "PD",
    "HER",
    "FGFR",
    "KRAS",
    "GLP",
    "TNF",
    "MG",
    "ML",
    "KG",
}


# ISO currency codes: "USD500 million" written without a space is an amount, not a code.
CURRENCY_PREFIXES = {
    "USD",
    "EUR",
    "GBP",
    "CHF",
    "JPY",
    "CNY",
    "RMB",
    "HKD",
    "AUD",
    "CAD",
    "SGD",
    "KRW",
    "INR",
}


# INN stems of modern drugs; a lower-case word with one of these endings is a drug name.
INN_STEMS = (
    "mab",
    "mig",  # newer WHO antibody stems: -mig (multi-specific), -tug, -bart ("-ment" is English)
    "tug",
    "bart",
    "tinib",
    "ciclib",
    "rafenib",
    "parib",
    "lisib",
    "zomib",
    "tide",
    "glutide",
    "leucel",
    "gene",
    "cel",
    "vec",
    "rsen",
    "siran",
    "stat",
    "prazole",
    "vir",
    "cept",
    "grastim",
    "imod",
    "gliflozin",
    "sartan",
    "pril",
    "olol",
    "mycin",
    "cillin",
    "azole",
    "dronate",
    "tecan",
    "taxel",
    "platin",
    "rubicin",
    "degib",
    "lutamide",
    "ximab",
    "zumab",
    "umab",
    "tuzumab",
    "kinra",
    "nercept",
    "plase",
    "fermin",
    "dalim",
    "sidenib",
    "metinib",
    "zolamide",
    "setron",
    "tidine",
    "triptan",
    "vastatin",
    # WHO stems of newer classes: kinase inhibitors in general (-nib), KRAS (-rasib), BCL-2
    # (-clax), factor Xa and thrombin (-xaban, -gatran), fusion proteins (-fusp), interleukins
    # (-leukin), DPP-4 (-gliptin), and older classes that still make news.
    "nib",
    "rasib",
    "clax",
    "xaban",
    "gatran",
    "fusp",
    "leukin",
    "gliptin",
    "glitazone",
    "lukast",
    "floxacin",
    "cycline",
    "parin",
    "citabine",
    "trexed",
    "fungin",
    "relix",
    "rexant",
    "dipine",
    "milast",
    # Classes that make news with invented-looking new members: oral SERDs (-estrant), P-CABs
    # (-prazan), CGRP antagonists (-gepant), AKT/serine-threonine kinase inhibitors (-sertib),
    # SNRIs (-oxetine), mTOR (-limus), beta-lactamase inhibitors and carbapenems (-bactam,
    # -penem), oral GLP-1 agonists (-glipron), cereblon modulators (-domide), sGC stimulators
    # (-ciguat), vasopressin and endothelin antagonists (-vaptan, -entan), mRNA vaccines
    # (-meran), PDE5 inhibitors (-afil) and nitrogen mustards (-mustine): "Elvestra
    # (palacestrant)", "approved tegovonprazan for erosive esophagitis".
    "estrant",
    "prazan",
    "gepant",
    "sertib",
    "oxetine",
    "limus",
    "bactam",
    "penem",
    "glipron",
    "domide",
    "ciguat",
    "vaptan",
    "entan",
    "meran",
    "afil",
    "mustine",
)


# Common words that happen to end like an INN stem.
INN_FALSE_FRIENDS = {
    "gene",
    "nucleotide",
    "peptide",
    "polypeptide",
    "oligonucleotide",
    "tide",
    "stat",
    "cel",
    "vec",
    "status",
    "thermostat",
    "riptide",
    "nucleotides",
    "peptides",
    "antigene",
    "transgene",
    "oncogene",
    "vir",
    "concept",
    "accept",
    "except",
    "intercept",
    "precept",
    "percept",
    "april",
    "mab",
    "cept",
    # antibiotic classes named like their members: "a monobactam/β-lactamase inhibitor"
    "monobactam",
    "carbapenem",
    "cephem",
}


MODALITY_WORDS = [
    ("adc", r"[Aa]ntibody[- ][Dd]rug [Cc]onjugate|\bADC\b"),  # case-sensitive: "ADC"
    # "a GPRC5D x CD3 T-cell engager": an engager binds two antigens
    ("bispecific", r"bispecific|bi-specific|trispecific|T[- ]cell engager|\bTCEs?\b|\bBiTE"),
    ("cell_therapy", r"CAR[- ]?T\b|cell therapy|chimeric antigen receptor|CAR-NK|TCR-T"),
    ("gene_therapy", r"gene therapy|AAV|gene editing"),
    ("vaccine", r"\bvaccine\b"),
    ("oligonucleotide", r"siRNA|antisense|oligonucleotide|\bASO\b|RNAi|interfering RNA"),
    ("protein", r"fusion protein|recombinant protein|\benzyme\b"),
    ("peptide", r"\bpeptide\b"),
    ("antibody", r"monoclonal antibody|\bantibody\b|\bmAb\b"),
    ("small_molecule", r"small[- ]molecul(?:e|ar)\b"),
]


# Salt and ester words written after an INN ("imatinib mesylate"): the INN is the name, the
# salt form an alias.
SALT_WORDS = (
    "mesylate|dimesylate|besylate|tosylate|hydrochloride|dihydrochloride|hydrobromide|sodium"
    "|potassium|calcium|magnesium|maleate|tartrate|bitartrate|citrate|sulfate|sulphate|fumarate"
    "|hemifumarate|succinate|acetate|phosphate|malate|bromide|chloride|lactate|gluconate"
    "|mesilate|besilate|tosilate|hydrate|monohydrate|trihydrate|HCl|HBr"
)

# Dosage forms written after a product's name ("Zervatinib Mesylate Tablets", "Velqara
# Injection"): a capitalised one makes no company name of the words before it.
DOSAGE_FORM_WORDS = (
    r"tablets?|capsules?|injections?|infusions?|oral solution|suspension|cream|gel|ointment"
    r"|patch|nasal spray|eye drops|powder|granules|syrup|extended-release|delayed-release"
)

# The ester a prodrug's INN names as its second word ("dabigatran etexilate", "olmesartan
# medoxomil"): unlike a salt (SALT_WORDS), it is part of the INN, so the name keeps it.
ESTER_INN_WORDS = {
    "etexilate",
    "medoxomil",
    "cilexetil",
    "mofetil",
    "marboxil",
    "alafenamide",
    "disoproxil",
    "dipivoxil",
    "axetil",
    "proxetil",
    "pivoxil",
}

# Regulatory wording that makes a trademark in the same sentence a product.
REGULATED_WORDS = (
    r"\b(?:approv(?:ed|al|als)|designat(?:ed|ion|ions)|authori[sz]ation|authori[sz]ed|clearance"
    r"|cleared|granted)\b"
)

# A code with one or two digits ("KRX-7", "SP16") has the shape of a target ("PD-1", "CD20",
# "IL17"), so it names a product only where a product is told: in a regulatory sentence or an
# apposition. Letter prefixes that name targets, pathways and diseases stay out
# (NOT_DRUG_PREFIXES and these).
# A code some companies write in lower case ("tavi-101", "kelo-22b"): letters, a hyphen, two to
# four digits. Lower-case words take that shape too ("covid-19", "omega-3"), so it names a
# product only in a deal's or a regulator's product slot (drugs.lower_code_mentions), never
# with a prefix below.
LOWER_CODE = r"(?<![\w-])[a-z]{3,6}-\d{2,4}[a-z]?(?![\w-]|\.\d)"
LOWER_CODE_NOT_PREFIXES = {"covid", "sars", "omega", "type", "phase", "grade", "stage", "class"}

SHORT_CODE = r"(?<![\w-])[A-Z]{2,5}-?\d{1,2}[a-z]?(?![\w-]|\.\d)"
SHORT_CODE_NOT_PREFIXES = {
    "CTLA",
    "LAG",
    "TIM",
    "JAK",
    "IDH",
    "BCL",
    "CDK",
    "PARP",
    "FLT",
    "VEGF",
    "VEGFR",
    "TLR",
    "SGLT",
    "PCSK",
    "NAV",
    "KIT",
    "MET",
    "ALK",
    "ROS",
    "RET",
    "BRCA",
    "HIF",
    "TGF",
    "FGF",
    "PDGFR",
    "EGFR",
    "MCL",
    "PI",
    "AKT",
    "ERK",
    "MEK",
    "BTK",
    "SHP",
    "SOS",
    "TROP",
    "NECTIN",
    "CLDN",
    "GPC",
    "DLL",
    "CCR",
    "CXCR",
    "IFN",
    "GDF",
    "APO",
    "LPA",
    "HBV",
    "HIV",
    "HSV",
    "HHV",
    "HTLV",
    "SMN",
    "LRRK",
    "SOD",
    "GBA",
    "DUX",
    "APOE",
    "TP",
    "NTRK",
    "PIK",
    "HCV",
    "HPV",
    "RSV",
    "CMV",
    "EBV",
    "MERS",
    "SARS",
    "COVID",
    "ASCO",
    "ASH",
    "ESMO",
    "AACR",
    "EHA",
    "ADA",
    "AHA",
    "ACR",
    "FY",
    "Q",
    "H",
    "TYPE",
    "GRADE",
    "STAGE",
    "PHASE",
    "PART",
    "COHORT",
    "ARM",
    "DAY",
    "WEEK",
    "MONTH",
    "YEAR",
    "NOTE",
    "TABLE",
    "FIGURE",
    "ITEM",
    "CLASS",
    "LEVEL",
    "ISO",
    "HL",
    "MK",
    "BMI",
    "HBA",
    "ECOG",
    "NYHA",
    "CKD",
    "GOLD",
    "CTCAE",
}
# Words right after a short code that make it a target, not a product: "a KRX-7 inhibitor".
SHORT_CODE_TARGET_AFTER = (
    r"^(?:[-‑–]?(?:targeting|targeted|directed|positive|negative|expressing|mutant|mutated|high|low"
    r"|deficient)\b|\s+(?:inhibitors?|agonists?|antagonists?|receptors?|pathway|proteins?|genes?"
    r"|mutations?|expression|antibod(?:y|ies)|blockade|signal(?:l)?ing|ligands?|kinases?"
    r"|variants?|cells?|status|checkpoint|axis|degraders?|modulators?|isoforms?|subtypes?"
    r"|infections?|virus|vaccines? against"
    # "a trial of HIV-1 patients", "a study of LRRK2 carriers": a population, not a product
    r"|carriers?|patients|subjects|participants|individuals|people|adults|children|splicing))"
)
# Words that make a sentence of a release's lead tell something done to or with a product: a
# regulatory step, a trial, a deal or a launch (pipeline.lead_drugs).
LEAD_PRODUCT_CUES = (
    r"\b(?:approv\w*|designat\w*|authori[sz]\w*|clearance|cleared|IND|NDA|BLA|sNDA|sBLA|MAA"
    r"|applications?|submi(?:ts?|tted|ssions?)|trials?|stud(?:y|ies)|phase|dos(?:ed|ing)|enrol\w*"
    r"|licen[cs]\w*|acqui\w*|rights|develop\w*|commerciali[sz]\w*|launch\w*|registration)\b"
)
# Where a short code is a product: the sentence tells a regulatory step, or the code stands in
# an apposition with a product noun ("SP16, an LRP1 agonist", "SP16 is a ... agonist").
SHORT_CODE_PRODUCT_CUES = (
    r"\b(?:approv\w*|designat\w*|authori[sz]\w*|clearance|cleared|IND|NDA|BLA|Fast Track"
    r"|Orphan Drug|Breakthrough Therapy|investigational new drug)\b"
)

# ---------------------------------------------------------------- trial names, allergens
# Words that make the code before them a clinical trial's name: "the ZEPHYR-301 trial",
# "the Phase 2 KESTREL-4 study", "the ORCA-2 clinical program".
TRIAL_NAME_NOUNS = r"(?:clinical\s+|pivotal\s+|registrational\s+)?(?:trials?|stud(?:y|ies))"
# Words that tell what a trial is of: "the ZEPHYR-301 trial of velotamab", "a study (KESTREL-4)
# in adults with asthma investigating velotamab".
TRIAL_OF_VERBS = r"of|investigating|evaluating|assessing|testing|studying|examining|comparing"
# Words before a code that make it the object a product is told of: "licensed ARD-101",
# "approval of ARD-101", "dosed with ARD-101", "a trial evaluating ARD-101".
PRODUCT_OBJECT_VERBS = (
    r"licen[cs]\w*|acquir\w*|approv\w*|dos(?:ed|ing)|administer\w*|receiv\w+|treated\s+with"
    r"|combination\s+with|plus|develop\w*|commerciali[sz]\w*|launch\w*|manufactur\w*"
)
# The Greek word a two-word INN may end in, written out: "pelinogimod alpha", "X beta".
INN_GREEK_SECOND = r"alpha|alfa|beta"
# What an allergen immunotherapy is made from, which the drug dictionary lists as an allergen
# extract: in a release it names the allergy or the tablet's source ("MITICURE House Dust Mite
# Tablets", "grass pollen allergies"), never a product of its own.
ALLERGEN_SOURCES = {
    "house dust",
    "house dust mite",
    "dust mite",
    "grass pollen",
    "tree pollen",
    "birch pollen",
    "ragweed",
    "ragweed pollen",
    "cedar pollen",
    "japanese cedar",
    "japanese cedar pollen",
    "timothy grass",
    "cat hair",
    "cat dander",
    "dog dander",
}
# Dosage forms written between a brand and the bracket giving its generic name: "Zorivel®
# tablets (generic name: ...)".
DOSAGE_FORMS = (
    r"tablets?|capsules?|injections?|injectables?|solution|suspension|cream|ointment|gel"
    r"|patch(?:es)?|sprays?|drops|granules|powder|syrup|infusion|vials?|pens?"
)

# A person's title after a company's possessive ("Lena Ortiz, Kestrel's chief medical officer,
# said: ... D"): the possessive gives the company a person, not the product named after it.
PERSON_TITLE_WORDS = (
    r"chief|officer|CEO|CFO|CSO|CMO|COO|president|chair(?:man|woman|person)?|director|head"
    r"|founder|co-founder|spokes(?:man|woman|person)|executive|vice|VP|scientists?"
    r"|researchers?|investigators?|board|founders?|team|management|partner"
)
# What a sentence that opens with the previous sentence's company ("Its pipeline includes D",
# "The company's lead candidate, D, ...") says the company holds.
HOLDING_NOUNS = (
    r"portfolio|pipeline|products?|drugs?|candidates?|programmes?|programs?|assets?"
    r"|therap(?:y|ies)|medicines?|compounds?|franchise"
)

# A biologic named as a product by its substance ("recombinant human thrombopoietin injection",
# "recombinant follicle-stimulating hormone alpha N02 injection"): the words before the
# substance, and a variant word or a short code between it and the dosage form.
RECOMBINANT_PREFIX = r"(?i:recombinant)(?:\s+(?i:human|humani[sz]ed))?"
PRODUCT_VARIANT_WORD = r"(?:alpha|alfa|beta|gamma|[αβγ][\w-]{0,3}|[A-Z]{1,3}\d{1,3}[a-z]?)"

# A substance after a word that tells its amount in the body ("low estrogen symptoms",
# "elevated cortisol", "endogenous insulin"): a patient's level, not a product.
LEVEL_WORDS = (
    r"low|lower|high|higher|elevated|excess|excessive|reduced|decreased|increased|raised"
    r"|deficient|insufficient|circulating|endogenous"
    # "the gland makes too much growth hormone", "too little insulin": the body's own amount
    r"|too\s+much|too\s+little|not\s+enough|overproduction\s+of|underproduction\s+of"
)


# The name a product is sold under in a named market: "sold in the United States as X",
# "marketed in Japan under the name X" (a news item's brand after the generic name)
MARKET_NAMING = (
    r"(?:sold|marketed)\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
    r"\s+(?:as|under\s+the\s+(?:brand\s+|trade\s+)?name)"
)
# How a news item names a product it has described: "called X", "to be sold under the brand
# name X", "marketed as X", "sold in Japan as X"
NAMING_WORDS = (
    r"(?:called|named|branded|known\s+as|(?:(?:to\s+be|which\s+will\s+be)\s+)?(?:sold|marketed)"
    rf"\s+(?:as|under\s+the\s+(?:brand\s+|trade\s+)?name)|{MARKET_NAMING})"
)
