"""Company names: legal forms, name heads, generic words, places, exchanges.

Patterns of the trade only: nothing here names a particular company or product.
"""

from .text import MONTH_NAMES

# Legal forms that close a formal company name ("Co., Ltd.", "N.V.", "有限公司").
LEGAL_SUFFIX = (
    r"(?:Co\.,?\s*Ltd\.?|Co\.,?\s*Limited|Company\s+Limited|Holdings\s+Limited"
    r"|Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Ltda\.?|Inc\.|Inc\b|Incorporated|Corporation|Corp\.|Limited|Ltd\.?|LLC"
    r"|L\.L\.C\.|LLP|L\.P\.|LP|plc|PLC|AG|GmbH|N\.V\.?|B\.V\.|S\.A\.|SA|S\.p\.A\.|S\.A\.S\.|A/S|ASA"
    r"|AB|Oyj|K\.K\.|KK|SE|Co\.|有限公司|股份有限公司|集团"
    # forms of Indonesia, Finland, Denmark, Germany, Italy, Spain, Russia, the Benelux:
    # "PT Kalbe Farma Tbk", "Velmir Oy", "Velmir ApS", "Velmir GmbH & Co. KG", "Velmir S.r.l."
    r"|Tbk\.?|Oy|ApS|KG|S\.r\.l\.|Srl|S\.L\.|SpA|P?JSC|NV|BV"
    # Norway's and the Czech and Slovak forms: "Velmir Bio AS", "Velmir s.r.o.", "Velmir a.s."
    # (never the word "as" in a line of capitals: "MILESTONE FOR VELMIR, AS IT GROWS")
    r"|(?<!,\s)AS(?![\w/-])(?!\s+[A-Z]{2})|s\.\s?r\.\s?o\.|a\.\s?s\."
    # Poland's limited company: "Velmir Sp. z o.o."
    r"|Sp\.\s?z\s?o\.\s?o\.)"
)


# Pieces that legal forms leave once folded ("A/S" -> "a s", "S.A.S." -> "s a s") and Nordic
# forms; apps.core.names.LEGAL_SUFFIXES holds the rest of the list the extractor drops.
SPLIT_FORM_PIECES = frozenset(
    {"a", "s", "asa", "oyj", "sas"}
    | {"tbk", "aps", "kg", "srl", "sl", "r", "l", "jsc", "pjsc"}
    # "Velmir Bio AS", "Velmir s.r.o." ("s r o")
    | {"as", "o"}
)


# Last words that make a capitalised run a company name without a legal form.
COMPANY_HEADS = {
    "pharma",
    "pharmaceutical",
    "pharmaceuticals",
    "therapeutics",
    "biotherapeutics",
    "biotherapies",
    "immunotherapeutics",
    "biosciences",
    "bioscience",
    "biotech",
    "biotechnology",
    "biopharma",
    "biopharmaceutical",
    "biopharmaceuticals",
    "biologics",
    "laboratories",
    "labs",
    "medicine",
    "medicines",
    "oncology",
    "genomics",
    "capital",
    "ventures",
    "healthcare",
    "sciences",
    "bio",
    "biomedical",
    "biomedicine",
    "biotherapeutic",
    "therapeutic",
    "holdings",
    "group",
    # the trade's other company words: "Ambryn Genetics", "Silvan Neuroscience", "Keystone
    # Antibodies", "Tessaly Vaccines", "Velmir Therapies", "Corvo Diagnostics"
    "genetics",
    "neuroscience",
    "neurosciences",
    "antibodies",
    "vaccines",
    "therapies",
    "diagnostics",
    "biosystems",
    # Asian and short forms: "Harumi Seiyaku", "Tokai Yakuhin", "Daewon Pharm", "Kirin BioMed"
    "seiyaku",
    "yakuhin",
    "pharm",
    "biomed",
    "lifesciences",
    "biologicals",
}


# Words that end a company's name only where a capitalised run stops at them ("Peiran
# Medical said ..."); inside a longer run they are an institution's ("Children's Medical
# Research Institute"), so they are no company word elsewhere.
RUN_END_HEADS = frozenset({"medical"})


# Last words of a company's investment arm ("Sanofi Ventures", "Lilly Capital"): the arm is
# its own company, and its lead word names the parent, not the arm.
INVESTMENT_ARM_HEADS = frozenset({"ventures", "capital", "investments", "fund", "funds"})


# Last words of a company's business unit ("Takeda Oncology", "Velmir Vaccines", "Acme
# Consumer Health"): told in a person's post ("president of Velmir Oncology"), the unit is the
# company, and its plain name ("Velmir") stays the company's name.
BUSINESS_UNIT_HEADS = frozenset(
    {
        "oncology",
        "vaccines",
        "health",
        "neuroscience",
        "neurosciences",
        "immunology",
        "hematology",
        "haematology",
        "ophthalmology",
        "dermatology",
        "cardiology",
        "diagnostics",
        "biosimilars",
        "generics",
        "research",
        "r&d",
    }
)


# A field of medicine written as one hyphenated word ("Immuno-Oncology", "Neuro-Inflammation",
# "Cardio-Metabolic"): a combining form, a hyphen and the field. Alone, such a word names a
# therapeutic area ("programs relating to Immuno-Oncology"), never a company.
FIELD_COMPOUND = (
    r"(?i:immuno|neuro|hemato|haemato|onco|cardio|radio|psycho|gastro|endo|derma|uro|nephro"
    r"|pulmo|rheumato|muco|musculo)-[A-Za-z]+(?i:logy|ics|ic|ism|ation|ease|eases)"
)


# Last words of organisations that are no companies but sign agreements and invest: a party
# written "the Marlow Foundation" keeps its name without "the".
ORG_HEADS = frozenset(
    {"foundation", "trust", "charity", "lab", "consortium", "alliance", "initiative", "fund"}
)


# Nouns that end "X, a ... <noun>" appositions describing an organisation.
ORGANISATION_NOUNS = (
    r"(?:company|firm|leader|corporation|organi[sz]ation|provider|manufacturer|developer"
    r"|innovator|pioneer|enterprise|CDMO|CRO|biotech|aggregator|platform company"
    # "Velmir, a Boston-based startup, said ...", "Velmir, a mid-sized drugmaker,"
    r"|start-?up|drugmaker|biopharma)"
)


# Quoted defined terms that are roles, not names ("the Company", "We").
GENERIC_ALIASES = {
    "company",
    "group",
    "we",
    "us",
    "our",
    "issuer",
    "board",
    "product",
    "products",
    "agreement",
    "the agreement",
    "transaction",
    "transactions",
    "offer",
    "placement",
    "new shares",
    "new options",
    "purchase agreement",
    "merger agreement",
    "parties",
    "party",
    "licensee",
    "licensor",
    "partner",
    "drug",
    "compound",
    "the company",
    "the group",
    "licensors",
    "licensees",
    "partners",
    "sellers",
    "seller",
    "buyer",
    "buyers",
    "purchaser",
    "vendor",
    "subsidiaries",
    "investor",
    "investors",
    # the other parties' roles in a contract's defined terms ("(collectively, the "Grantors")")
    "grantor",
    "grantors",
    "grantee",
    "grantees",
    "assignor",
    "assignors",
    "assignee",
    "assignees",
    "transferor",
    "transferors",
    "transferee",
    "transferees",
    "vendors",
    "purchasers",
    "subscriber",
    "subscribers",
    "acquirer",
    "acquiror",
    "target",
    "optionor",
    "optionee",
    "guarantor",
    "guarantors",
    "collaborator",
    "collaborators",
    "sponsor",
}


# Capitalised words that start sentences or headings but never start a company name.
NAME_STOPWORDS = {
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "under",
    "as",
    "about",
    "after",
    "before",
    "both",
    "today",
    "yesterday",
    # "said on Monday Ardent Bio had agreed": a weekday opens no name
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "copyright",
    "source",
    "company",
    "contact",
    "contacts",
    "media",
    "investor",
    "investors",
    "between",
    "through",
    "via",
    "new",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "if",
    "when",
    "while",
    "following",
    "furthermore",
    "additionally",
    # sentence adverbs written without their comma: "Separately Velmir signed ..."
    "separately",
    "importantly",
    "notably",
    "overall",
    "specifically",
    "finally",
    "previously",
    "recently",
    "subsequently",
    "currently",
    "initially",
    "ultimately",
    "similarly",
    "likewise",
    "collectively",
    "together",
    "earlier",
    "later",
    "moreover",
    "however",
    "meanwhile",
    "also",
    "then",
    "since",
    "during",
    "into",
    "upon",
    "per",
    "dear",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "ceo",
    "cfo",
    "coo",
    "cso",
    "cmo",
    "president",
    "chairman",
    "founder",
    "director",
    "tel",
    "phone",
    "e-mail",
    "email",
    "website",
    "internet",
    "language",
    "according",
    "pursuant",
    "subject",
    "view",
    "more",
    "information",
    "all",
    "rights",
    "reserved",
    "each",
    "every",
    "voluntary",
    "announcement",
    "press",
    "release",
    "news",
    "deal",
    "highlights",
    "it",
    "we",
    "cooperation",
    "collaboration",
    "license",
    "licence",
    "agreement",
    "based",
    "announces",
    "announce",
    "enters",
    "enter",
    "acquire",
    "acquires",
    "acquired",
    "completes",
    "complete",
    "signs",
    "sign",
    "receives",
    "receive",
    "raises",
    "passes",
    "reports",
    "launches",
    "acquisition",
    "merger",
    "approval",
    "designation",
    "ceremony",
    *MONTH_NAMES,
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "partners",
    "partner",
    "grants",
    "granted",
    # imperatives that open a sentence: "Take Velmir Bio (NASDAQ: VLM) as an example"
    "take",
    "consider",
    "meet",
    "visit",
    "click",
    "learn",
}


# Organisations that are never facts of a release: regulators, exchanges, boards.
NON_COMPANY_WORDS = {
    "administration",
    "agency",
    "commission",
    "committee",
    "ministry",
    "authority",
    "exchange",
    "exchanges",
    "council",
    "office",
    "board",
    "directors",
    "association",
    "society",
    "university",
    "hospital",
    "institute",
    "journal",
    "newswire",
    "wire",
    # news wires that carry releases ("/CNW/", "Copyright CNW Group"): never a party
    "cnw",
    "cision",
    "accesswire",
    "globenewswire",
    "prnewswire",
    "businesswire",
    "newsfile",
    "einpresswire",
    "congress",
    "conference",
    "meeting",
    "center",
    "centre",
    "campus",
    "park",
    "fda",
    "nmpa",
    "ema",
    "cde",
    "chmp",
    "sec",
    "nasdaq",
    "nyse",
    "hkex",
    "asx",
    "government",
    "state",
    "republic",
    "court",
    "rules",
    "rule",
    "regulations",
    "act",
    "shares",
    "share",
    "options",
    "tranche",
    "placement",
    "unit",
    "potential",
    # public funders: their awards are a company's financing event, they are no party
    "barda",
    "cirm",
    "darpa",
    "cepi",
    "nih",
    # public health programmes and funding rounds: "a partnership with Medicare Advantage
    # plans", "the acquisition of Series B investor X's stake"
    "medicare",
    "medicaid",
    "series",
}


# Place words: a name made of these (or opening with one) is not distinctive.
PLACES = {
    "china",
    "chinese",
    "shanghai",
    "beijing",
    "guangzhou",
    "shenzhen",
    "suzhou",
    "hangzhou",
    "nanjing",
    "wuhan",
    "chengdu",
    "tianjin",
    "hong",
    "kong",
    "taiwan",
    "macau",
    "japan",
    "korea",
    "seoul",
    "tokyo",
    "singapore",
    "india",
    "europe",
    "european",
    "eu",
    "us",
    "u.s.",
    "usa",
    "america",
    "american",
    "united",
    "states",
    "kingdom",
    "uk",
    "germany",
    "german",
    "france",
    "french",
    "switzerland",
    "swiss",
    "denmark",
    "danish",
    "sweden",
    "norway",
    "netherlands",
    "dutch",
    "spain",
    "italy",
    "canada",
    "australia",
    "australian",
    "israel",
    "global",
    "international",
    "national",
    "asia",
    "pacific",
    "greater",
    "mainland",
    "zhangjiang",
    "jiangsu",
    "zhejiang",
    "guangdong",
    "shandong",
    "sichuan",
    "hubei",
    "hunan",
    "fujian",
    "anhui",
    "hebei",
    "henan",
    "jiangxi",
    "liaoning",
    "jilin",
    "heilongjiang",
    "shaanxi",
    "shanxi",
    "yunnan",
    "guizhou",
    "guangxi",
    "hainan",
    "chongqing",
    "qingdao",
    "xiamen",
    "dalian",
    "ningbo",
    "wuxi",
    "changzhou",
    "taizhou",
    "hefei",
    "jinan",
    "zhuhai",
    "dongguan",
    "foshan",
    "lianyungang",
    "shijiazhuang",
    "changsha",
    "kunming",
    "xi'an",
    "harbin",
    "new",
    "york",
    "jersey",
    "boston",
    "london",
    "paris",
    "basel",
    "munich",
    "melbourne",
    "sydney",
    "california",
    "massachusetts",
    "texas",
    "worldwide",
    "world",
    # cities that open company names as "Shanghai" does ("Osaka Kirimo Pharma")
    "osaka",
    "kyoto",
    "kobe",
    "yokohama",
    "nagoya",
    "fukuoka",
    "incheon",
    "daejeon",
    "busan",
    "taipei",
    "hsinchu",
    "mumbai",
    "bangalore",
    "bengaluru",
    "hyderabad",
    "pune",
    "ahmedabad",
    "zurich",
    "geneva",
    "lausanne",
    "copenhagen",
    "stockholm",
    "oslo",
    "helsinki",
    "amsterdam",
    "leiden",
    "dublin",
    "berlin",
    "frankfurt",
    "hamburg",
    "heidelberg",
    "vienna",
    "brussels",
    "madrid",
    "barcelona",
    "milan",
    "lyon",
    "toronto",
    "montreal",
    "vancouver",
    "seattle",
    "philadelphia",
    "chicago",
    "houston",
    # countries that own a possessive before a company's name ("Mexico's Laboratorios Ortega")
    "mexico",
    "brazil",
    "argentina",
    "chile",
    "colombia",
    "belgium",
    "austria",
    "finland",
    "ireland",
    "poland",
    "portugal",
    "greece",
    "russia",
    "turkey",
    "egypt",
    "thailand",
    "vietnam",
    "malaysia",
    "indonesia",
    "philippines",
    "zealand",
    "britain",
    "england",
    "scotland",
    "wales",
    "peru",
    "venezuela",
    "nigeria",
    "kenya",
    "arabia",
    "emirates",
    "qatar",
    "iran",
    "pakistan",
    "bangladesh",
    "ukraine",
    "romania",
    "bulgaria",
    "croatia",
    "slovenia",
    "slovakia",
    "lithuania",
    "latvia",
    "estonia",
    "iceland",
    "luxembourg",
    "cyprus",
    "malta",
    "morocco",
    "hungary",
    "czechia",
}


# Words that describe a company without naming it ("a British AI company", "a Danish biotech"):
# a run made only of these, places and stop words is never a company's name.
DESCRIPTOR_WORDS = {
    "british",
    "english",
    "scottish",
    "irish",
    "welsh",
    "belgian",
    "austrian",
    "finnish",
    "norwegian",
    "swedish",
    "icelandic",
    "spanish",
    "italian",
    "portuguese",
    "greek",
    "polish",
    "czech",
    "hungarian",
    "russian",
    "turkish",
    "israeli",
    "indian",
    "japanese",
    "korean",
    "south",
    "north",
    "east",
    "west",
    "taiwanese",
    "singaporean",
    "canadian",
    "mexican",
    "brazilian",
    "argentine",
    "african",
    "asian",
    "nordic",
    "scandinavian",
    "emirati",
    "saudi",
    "ai",
    "biotech",
    "medtech",
    "healthtech",
    "techbio",
    "biotechnology",
    "pharma",
    "pharmaceutical",
    "biopharma",
    "biopharmaceutical",
    "clinical-stage",
    "private",
    "privately-held",
    "listed",
    "startup",
    "start-up",
    "leading",
    "big",  # "Big Pharma signed more deals": the trade, not a company
    "mid-sized",
    "rna",
    "mrna",
    "dna",
    "gene",
    "cell",
    "therapy",
    "antibody",
    "digital",
    # words that open a results heading ("Third quarter highlights: ...", "Key transactions")
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "key",
    "major",
    "recent",
    "other",
    "several",
    "notable",
    "significant",
    "strategic",
    "additional",
    "further",
    "quarter",
    "quarterly",
    "annual",
    "full-year",
    "year",
}

# Nouns a news item puts before a name to say what it is ("Drugmaker Velmir agreed to buy
# ...", "Startup Quorra raised ..."): at the head of a capitalised run they open no name.
# "Biotech Corlan Labs opened ..." likewise, when a name follows ("Biotech Pharmaceutical Co."
# keeps its first word: companies.trim_name).
LEADING_DESCRIPTIONS = frozenset(
    {"drugmaker", "drugmakers", "startup", "start-up", "biotech", "biopharma", "pharma"}
)


# Words of a headline's description before a bare name ("Korean Biotech Handeul Licenses
# ..."): nationalities and trade nouns, not words that open real names ("Second Genome",
# "Digital Diagnostics" keep theirs)
DESCRIPTION_OPENERS = frozenset(
    {"british", "english", "scottish", "irish", "welsh", "belgian", "austrian", "finnish"}
    | {"norwegian", "swedish", "icelandic", "spanish", "italian", "portuguese", "greek"}
    | {"polish", "czech", "hungarian", "russian", "turkish", "israeli", "indian", "japanese"}
    | {"korean", "taiwanese", "singaporean", "canadian", "mexican", "brazilian", "argentine"}
    | {"nordic", "scandinavian", "emirati", "saudi", "chinese", "german", "french", "swiss"}
    | {"danish", "dutch", "american", "european", "australian", "u.s.", "us", "uk"}
    | {"biotech", "biopharma", "pharma", "medtech", "drugmaker", "drugmakers", "startup"}
    | {"start-up", "clinical-stage", "privately-held", "private", "listed"}
)


# A news wire's tag glued to a headline's first name: "BRIEF-Velmir Says ...", "UPDATE 2-Velmir
# to buy ...", "EXCLUSIVE-Velmir in talks ..."
WIRE_TAG = r"(?:BRIEF|UPDATE(?: \d+)?|EXCLUSIVE|CORRECTED|REFILE|RPT|INSIGHT|FACTBOX)-"


# Plural nouns that end company names ("Castellan Royalty Partners, Inc."): a stop word only
# when a run of words opens with it.
NAME_TAIL_STOPWORDS = frozenset({"partners", "partner", "investors", "investor"})


# Exchanges the contract keeps, with the suffix they get.
EXCHANGES = {
    "NASDAQ": "NASDAQ",
    "NSDQ": "NASDAQ",  # "(NSDQ: BNTX)", as some news sites write it
    "NASDAQ GS": "NASDAQ",
    "NASDAQ GM": "NASDAQ",
    "NASDAQ CM": "NASDAQ",
    "NASDAQ GLOBAL SELECT MARKET": "NASDAQ",
    "NASDAQ GLOBAL MARKET": "NASDAQ",
    "NASDAQ CAPITAL MARKET": "NASDAQ",
    "NYSE": "NYSE",
    "NYSE AMERICAN": "NYSE",
    "NYSEMKT": "NYSE",
    "NYSE MKT": "NYSE",
    "NYSE AMEX": "NYSE",  # the NYSE American market's name of 2008-2012
    "HKEX": "HK",
    "SEHK": "HK",
    "HK": "HK",
    "HKSE": "HK",
    "HKG": "HK",
    "LSE": "LSE",
    "AIM": "LSE",
    "LSE AIM": "LSE",
    "LON": "LSE",  # "(LON: AZN)", as news sites write the London Stock Exchange
    "SSE": "SH",
    "SHA": "SH",
    "SHSE": "SH",
    "SHE": "SZ",
    "SH": "SH",
    "STAR": "SH",
    "SZSE": "SZ",
    "SZ": "SZ",
    # "(Shanghai Stock Exchange: 688999)": the exchange written out (companies.TICKER_PATTERNS)
    "SHANGHAI": "SH",
    "SHENZHEN": "SZ",
    "HONG KONG": "HK",
}


# A bare name (no legal form, no ticker) is a company when it acts as a party: the subject of
# one of these verbs, the object of one of these cues, or a headline's subject.
AGENT_ADVERBS = r"(?:today|recently|has|have|had|will|would|also|jointly|officially|formally)"
AGENT_VERBS = (
    r"announc(?:ed|es)|entered|enters|signed|signs|acquired|acquires|agreed|agrees"
    r"|licen[cs]ed|licen[cs]es|exercised|exercises|obtained|obtains|to acquire|to license"
    r"|raised|completed|received|secured|invested|invests|will invest|will pay|pays|paid"
    r"|bought|buys|partnered|co-develop(?:s|ed)?|co-commerciali[sz]e[sd]?"
    # a holder of rights or an option: "Velmir gains worldwide rights", "Velmir holds an option"
    r"|(?:gain|gains|gained|hold|holds|held)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:rights|option)"
    r"|to buy|to merge|completed the acquisition|completes the acquisition"
    # a party's part in a deal: "Velmir is eligible to receive", "Velmir will be responsible for"
    r"|(?:is|are|will be|would be) eligible to|will be responsible for|retains|will retain"
    r"|grants|granted(?!\s+by\b)"
)
# "Velmir said on Tuesday it had dosed ...": what says "it" of itself is an organisation (a
# person says "he" or "she"; companies.agent_candidates still turns away a named person)
SAID_IT = (
    r"sa(?:id|ys)(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:today|yesterday)"
    r"|\s+in\s+an?\s+(?:statement|release|filing|announcement))?,?\s+(?:that\s+)?it\s"
)
# A headline's subject is the release's company: "Helvara Raises ...", "Helvara to Acquire ...".
HEADLINE_VERBS = (
    r"to acquire|acquires|to buy|buys|licen[cs]es|in-licen[cs]es|out-licen[cs]es|signs|enters"
    r"|exercises|completes|announces|raises|receives|gets|secures|obtains|reports|appoints"
    r"|launches|starts|initiates|doses|opens|presents|closes|expands|strengthens|advances"
    r"|submits|files|re-files|wins|partners|inks|sells|discontinues|halts|stops|terminates"
    r"|pauses|resumes|names|enrolls|begins|unveils|gains|prices|debuts|hires|says|said|shares"
    r"|highlights|provides|outlines|touts"
    # a market item's headline: "Velmir rises after deal", "Velmir shares slump"
    r"|rises|falls|jumps|soars|surges|slumps|tumbles|climbs|drops|sinks|plunges|rallies"
    # news-wire headline verbs: "Velmir Bags $50M", "Velmir Nabs FDA Nod", "Velmir Eyes Filing"
    r"|bags|nabs|lands|snags|scores|taps|eyes|posts|books|bolsters|clears|achieves|reaches"
    r"|meets|to be acquired|is acquired|and\b"
)
# what two names joined by "and" do in a headline: "Velmora and Quintal Sign Licensing Pact"
PAIR_HEADLINE_VERBS = (
    r"sign|enter|partner|announce|agree|form|collaborate|team up|join forces|ink|launch|expand"
    r"|extend|establish|complete|to collaborate|to partner|to develop|to co-develop|strike"
)
# a counterparty that pays, sells or hands over rights: "a milestone payment from Velmir",
# "sold by Velmir", "paid to Velmir", "the global rights to X from Velmir"
COUNTERPARTY_CUES = (
    r"|\bpayments? (?:of [^.,;()]{1,30} )?from|\bsold by|\bmarketed by|\bpaid to"
    r"|\b(?:licensing|license|licence|milestone|royalty) (?:income|revenues?|fees?) from"
    r"|\broyalt(?:y|ies) from"
    r"|\brights to [^.,;()]{1,40} from"
)
# "QUANTA, one of Canada's largest pension plans,": what the text says an upper-case name is
ORG_APPOSITIVE = (
    r",\s+(?:one of\s+)?(?:an?\s+|the\s+)?(?:[\w\-]+(?:[’']s)?\s+){0,6}?"
    r"(?:compan(?:y|ies)|firms?|funds?|plans?|investors?|groups?|banks?|managers?"
    r"|organi[sz]ations?|institutions?|universit(?:y|ies)|foundations?|charit(?:y|ies))\b"
)
AGENT_OBJECT_CUES = (
    r"(?:agreement|collaboration|partnership|alliance|merger|deal|transaction)s?\s+(?:with|between)"
    r"|acquisition of|to acquire|licen[cs]ed? from|rights from|investment in|stake in"
    # "a licence with X", "partnered with X", "licensed the antibody from X", "acquired by X"
    r"|licen[cs]e(?: agreement)? with|(?:partner|collaborat|team)(?:s|ed|ing|es|e)?(?: up)? with"
    r"|licen[cs]ed (?:[a-z][\w-]* ){1,3}from|(?:acquired|purchased|bought|licen[cs]ed) by"
    # "acquired key clinical assets from Velmir", "the programmes it bought from Velmir"
    r"|\b(?:assets|programs?|programmes?|portfolio) (?:acquired |bought |purchased )?from"
    r"|investment from|investments from"
    # a list the text says is of companies: "with several partners, including Velmir, Tamsin
    # and Quorrin", "drugmakers such as Velmir"
    # "with several cancer centers and universities, including the University of Westlake"
    r"|\b(?:partners|companies|firms|drugmakers|licensees|collaborators|universities"
    r"|hospitals|institutions|cent(?:er|re)s),?\s+"
    r"(?:including|such as|namely)"
    # a role noun right before the name: "global healthcare leader Velmir", "partner Velmir"
    r"|\b(?:[Hh]ealthcare|[Pp]harmaceutical|[Bb]iopharmaceutical|[Bb]iotech(?:nology)?)"
    r" (?:leader|company|group|firm|maker)"
    # a description that opens the sentence or follows a nationality: "Drugmaker Velmir
    # agreed ...", "Japanese pharma Velmir", "Swiss pharmaceutical group Velmir"
    r"|\b[Dd]rugmakers?|\b(?:bio)?pharma(?= [A-Z])"
    r"|\b(?:its|our|their|[A-Z][\w-]*['’]s) (?:[a-z]+ )?partner"
    # money paid to or received from a bare name: "will receive $5 million from Velmir"
    r"|\breceive[sd]?\s+(?:up\s+to\s+|approximately\s+|about\s+)?(?:[A-Z]{0,3}[$€£¥]|US\$)"
    r"[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:(?:in|as)\s+[a-z\s-]{1,30}?\s+)?from"
    # a news item's description right before the name: "Swiss cancer giant Velmir", "biopharma
    # firm Tamsin Therapeutics", "private start-up Argo Bio"
    r"|\b(?:giant|drugmakers?|firm|start-?up|biotech|rival|developer|supplier"
    # "device maker Velmir", "vaccine maker Velmir" (a "decision maker" is a person)
    r"|(?:drug|device|vaccine|generics?|medicines?|diagnostics?|biosimilars?|insulin|equipment"
    r"|test|tools?) makers?"
    r"|manufacturer|distributor)"
    # a target described first, then named: "to acquire a British AI company, Quorra,"
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:company|firm|biotech|developer|start-?up|drugmaker),"
    # the owner of a subsidiary is a company: "a unit of Swiss-based drugmaker Velmir"
    r"|\b(?:subsidiary|unit|affiliate|division) of"
    r"(?:\s+(?!the\b)(?:[a-z][\w\-]*|[A-Z][a-z]+-based|[A-Z][a-z]+['’]s)){0,4}" + COUNTERPARTY_CUES
)
# A person's post at a firm, not a deal: "Jane Roe, a general partner with Velmir", "a
# partner at Tamsin". The partner cue ("partnered with X") then names no party, nor does the
# list it would open ("..., and Mara Lind, a partner with ...").
PERSON_POST_BEFORE = (
    r"\b(?:a|an)\s+(?:(?:general|managing|venture|founding|senior|operating|investment"
    r"|principal|former)\s+){0,2}partner\s+(?:with|at)\s+$"
)
# Words of a person's post. A capitalised run made only of them ("ABVC's Chief Executive
# Officer stated") is a person's title, never a company; a company may still hold one of
# them ("Executive Pharma"), so only a run of nothing else is turned away.
POST_WORDS = frozenset(
    {"chief", "executive", "officer", "president", "vice", "chairman", "chairwoman", "chair"}
    | {"director", "directors", "founder", "co-founder", "head", "senior", "general", "counsel"}
    | {"ceo", "cfo", "coo", "cmo", "cso", "cto", "managing", "medical", "scientific", "financial"}
    | {"operating", "technology", "commercial", "business", "development", "board", "member"}
)
# An organisation's people as a sentence's subject: "Velmir scientists will present",
# "Velmir researchers have identified". A person has no scientists; the name before is an
# organisation's.
STAFF_NOUNS = (
    r"(?:scientists|researchers|investigators|executives|officials|management|employees"
    r"|staff|team)"
)
# Words that open a sentence before staff nouns without naming anyone: "Clinical
# investigators have", "Sales team will", "Principal investigators reported"
STAFF_MODIFIERS = frozenset(
    {"clinical", "lead", "principal", "independent", "academic", "trial", "study", "site"}
    | {"sales", "leadership", "research", "management", "development", "scientific", "medical"}
    | {"senior", "key", "global", "local", "external", "internal", "field", "expert", "leading"}
    | {"participating", "project", "program", "programme", "core", "technical", "commercial"}
    | {"regulatory", "executive", "operations", "quality", "investigator", "company", "group"}
    | {"industry", "government", "federal", "state", "hospital", "university", "consortium"}
)
# Endings of English adjectives and field names ("Pediatric", "Veterinary", "Canadian",
# "Oncology"): a word with one, opening a sentence before staff nouns, describes them
DESCRIBING_ENDING = r"(?:al|ic|ics|ary|ory|ive|ous|ian|ed|ing|ist|ent|ant|logy|try|ine)"
STAFF_VERBS = (
    r"(?:(?:also|today|recently)\s+)?(?:will|have|has|had|are|were|presented|present|reported"
    r"|discovered|identified|developed|showed|found|demonstrated|published)"
)
# Capitalised words that act as subjects but never name a company.
NOT_AGENTS = frozenset(
    {
        "management",
        "shareholders",
        "stockholders",
        "investors",
        "researchers",
        "scientists",
        "analysts",
        "patients",
        "physicians",
        "participants",
        "ipo",
        "ipos",
        "deals",
        "stocks",
        "employees",
        "holders",
        "members",
        "customers",
        "users",
        "volunteers",
        "investigators",
        "authors",
        "sites",
        "series",
        "phase",
        "part",
        "schedule",
        "exhibit",
        "reuters",
        "bloomberg",
        "everyone",
        "nobody",
        "they",
        "he",
        "she",
        "i",
        "you",
        # a regulator's outcome as a bulleted heading's subject ("Positive Opinion received on
        # its plan", "Final Decision expected"): what was received, never who
        "opinion",
        "opinions",
        "decision",
        "decisions",
        "designation",
        "designations",
        "approval",
        "approvals",
        "authorisation",
        "authorization",
        "clearance",
        "recommendation",
        # a modality's acronym after an owner ("Velmir's ADC granted fast track"): a product
        "adc",
        "adcs",
        "mab",
        "sirna",
        "rnai",
        "aso",
        "protac",
        "car-t",
    }
)
