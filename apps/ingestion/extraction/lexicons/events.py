"""Company-event wordings, mapped to the contract's event types.

Patterns of the trade only: nothing here names a particular company, conference or product.
Each pattern is matched case-insensitively within one sentence.
"""

# Where a presentation happened: a meeting, congress or symposium.
VENUE = (
    r"(?:congress|meeting|conference|symposium|summit|forum|sessions|workshop|colloquium"
    r"|ASCO|ASH|ESMO|AACR|EHA|EASL|AASLD|ADA|ACR|EULAR|SABCS|SITC|WCLC|IASLC|ERS|ATS)\b"
)

# (type, trigger); the first sentence that tells each type as done gives the event.
TRIGGERS = [
    (
        "gmp_inspection",
        r"\b(?:c?GMP\b.{0,80}\b(?:inspection|audit)|(?:inspection|audit)\b.{0,80}\bc?GMP\b"
        r"|carried out an inspection|site inspection|pre-(?:approval|licen[cs]e) inspection"
        r"|\bPLI\b)",
    ),
    (
        "facility",
        r"\b(?:groundbreaking|broke ground|ground-breaking|opening of|opening ceremony|opened"
        r"|inaugurat\w*|completed construction|commenced operations?|relocat\w*"
        r"|clos(?:e|ed|ing|ure of))\b.{0,120}\b(?:facility|facilities"
        r"|(?:R&D|research|innovation|manufacturing|production|development|technology)"
        r" (?:cent(?:er|re)|site|base|hub)|plant|campus|headquarters|laborator(?:y|ies))\b",
    ),
    (
        "financing",
        r"\b(?:placement|placing|capital rais\w*|fund-?raising|rais(?:ed|es|ing) (?:gross proceeds"
        r"|approximately|about|nearly|over|more than|[A-Z]{0,3}\$|US|EUR|GBP|CHF|RMB|HK\$|€|£|\d)"
        r"|financing round|(?:series|pre-series) [A-F]\d?\b.{0,40}(?:financing|round)"
        r"|private placement|public offering|direct offering|equity offering"
        r"|total raised|(?:grant|award|funding) of (?:up to |nearly |approximately |about )?"
        r"(?:[A-Z]{0,3}\$|US|EUR|GBP|€|£|\d)|(?:received|receives|secured|secures|awarded)"
        r" (?:an? )?(?:partial )?(?:payment|grant|award|funding) of)\b",
    ),
    (
        "listing",
        r"\b(?:listed on|began trading|commenced trading|debut(?:ed)? on|initial public offering"
        r"|notice\b.{0,60}\bfrom (?:the )?(?:NYSE|Nasdaq|Hong Kong Stock Exchange|HKEX|LSE)"
        r"|(?:non-?compliance|continued listing) (?:standards?|requirements?|rules?)"
        r"|listing of (?:its|the company's) (?:shares|ADSs))",
    ),
    (
        "clinical_milestone",
        r"\b(?:top-?line (?:results|data)|first (?:patient|subject|participant)s?"
        r" (?:was |were |has been |have been )?(?:dosed|enrolled|treated|randomi[sz]ed)"
        r"|dos(?:ed|ing of) (?:the )?first (?:patient|subject|participant)"
        r"|completed (?:patient )?enrol?lment|enrol?lment (?:was |has been )?completed"
        r"|completion of (?:the )?(?:\w+[- ])*(?:enrol?lment|run-in|dosing)"
        r"|met (?:its|the) primary endpoint"
        r"|completed (?:an? |the |its )?(?:\w+ )?Phase (?:[1-4]|I{1,3}|IV)"
        r"(?:[ab]|/(?:[1-4]|I{1,3}))? (?:study|trial|clinical trial)"
        r"|(?:initiated|launched|started|commenced|began) (?:an? |the |its )?(?:new )?"
        r"(?:pivotal |registrational )?(?:phase (?:[1-4]|I{1,3}|IV|one|two|three)\w*"
        r"(?:/\w+)? )?(?:clinical )?(?:trial|study)"
        r"|launch of (?:an? |the )?(?:new )?(?:\w+ )?(?:clinical )?(?:trial|study)"
        r"|(?:trial|study)\b[^.]{0,120}\b(?:was|has been) completed)\b",
    ),
    (
        "conference",
        r"\b(?:selected for (?:an? )?(?:oral|poster|late-breaking)"
        r"|presented as an? (?:oral|poster|late-breaking)"
        r"|(?:presented|presentation of|presents|reported)\b[^.]{0,200}\bat (?:the )?[^.]{0,100}"
        + VENUE
        + r"|oral presentation at|poster presentation at)",
    ),
    (
        "leadership",
        r"\b(?:appointed|appointment of|named|promoted|joins|joined)\b.{0,80}\b(?:Chief|CEO|CFO|COO"
        r"|CMO|CSO|President|Chair(?:man|woman)?|Director|Head of)\b",
    ),
]

# The sentence that dates a listing: its first trading day.
TRADING_DAY = r"\b(?:began|begins|commenced|commences|started|starts) trading\b|\bdebut(?:ed)? on\b"

# Words that make a telling a plan, not a fact.
FUTURE = (
    r"\b(?:will|plans? to|planned|expects?|expected|intends?|to be held|is to|are to|aims? to"
    r"|anticipat\w*|look(?:s|ing)? forward|proposed|upcoming)\b"
)

# "investment of RMB 850 million" priced a facility told in another sentence.
INVESTMENT = r"\binvest(?:ment|ed)?\b"
