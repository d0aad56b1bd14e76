"""Deals: the verbs that make an agreement, the cues that give each party its role, territories.

Patterns of the trade only: nothing here names a particular company or product. Patterns are
regular-expression source strings; the rule module compiles them. ``{X}`` in a cue stands for
one party's names.
"""

from .text import MONTH_NAMES

# "invest $20 million into its equity", "invest US$5m in their shares": a stake in the company
# the pronoun names (the sentence's subject), bought by the other party
EQUITY_OF_ITS = (
    r"\binvest(?:s|ed|ing)?\s+(?:an?\s+)?(?:additional\s+)?(?:(?:US|HK|A|C)?[$€£¥]\s?[\d.,]+"
    r"\s*(?:million|billion|m|bn)?\s+)(?:in|into)\s+(?:its|their)\s+(?:[\w\-]+\s+)?"
    r"(?:equity|shares|stock)\b"
)

# "X and Y are longtime collaborators", "The two companies are already partners": a standing
# collaboration told by what the parties are, with no verb of making
PARTNERS_ALREADY = (
    r"\b(?:are|were|have been|had been|became|become)\s+(?:(?:already|longtime|long-time"
    r"|long-standing|longstanding|existing|close|strategic|research|development)\s+)*"
    r"(?:collaborators|partners|collaboration partners)\b(?!\s+(?:such as|including|like)\b)"
)

# "Jane Roe, a partner with Y", "a general partner with Y": "partner" after an article or a
# title word is a person's job at Y (a venture firm, a law firm), not a verb of partnering; the
# lookbehinds keep the bare verb ("X will partner with Y") and forbid the noun
PARTNER_TITLE = (
    r"(?<!\ba )(?<!\ban )(?<!general )(?<!managing )(?<!founding )(?<!senior )(?<!venture )"
    r"(?<!operating )(?<!limited )(?<!equity )(?<!junior )(?<!named )"
)

# (deal type, pattern) in order of precedence: a sentence that names several kinds is the
# first kind listed ("option and license agreement" is an option).
# "worth up to $1.12 billion", "valued at about EUR 300 million", "potentially worth over
# $2bn": a deal's value told between the deal's noun and its counterparty
DEAL_VALUE_BETWEEN = (
    r"(?:potentially\s+)?(?:worth|valued\s+at|totall?ing|of)\s+(?:up\s+to\s+|about\s+"
    r"|approximately\s+"
    r"|around\s+|nearly\s+|more\s+than\s+|over\s+|as\s+much\s+as\s+)?"
    r"(?:[A-Z]{0,3}\$|€|£|¥|(?:USD|EUR|GBP|CHF|JPY|RMB)\s?)[\d.,]+(?:\s?(?:billion|million|bn|m))?"
)
# News verbs of taking rights: "picked up", "snapped up", "scooped up", "bagged", "nabbed",
# "grabbed" (with "rights to" after them, an in-licence; "won the rights to sell in court" is a
# ruling, so "won" is not one)
RIGHTS_TAKEN = (
    r"(?:(?:pick(?:s|ed|ing)?|snap(?:s|ped|ping)?|scoop(?:s|ed|ing)?)\s+up"
    r"|bag(?:s|ged|ging)?|nab(?:s|bed|bing)?|grab(?:s|bed|bing)?)"
)
KINDS = [
    # a memorandum of understanding "to explore" a partnership frames one, as a framework
    # agreement does
    ("framework", r"\bframework agreement|\bmemorand(?:um|a) of understanding\b|\bMoUs?\b"),
    ("joint_venture", r"\bjoint venture\b"),
    (
        "acquisition",
        r"\b(?:acquir(?:e|es|ed|ing)\b|acquisitions? of\b|to be acquired\b|takeover of\b"
        r"|tender offer for\b)",
    ),
    (
        "merger",
        r"\bmerger (?:agreement|with|of equals)\b|\bmerge with\b"
        # "X and Y are merging in an all-stock deal", "X agreed to merge with Y"
        r"|\b(?:is|are|were|was|will be|agreed to|agree to|to|will)\s+merg(?:e|ing)\b"
        r"|\b(?:all-share|all-stock|stock-for-stock) (?:merger|combination)\b"
        # "X and Y would combine in an all-stock merger", "will combine ... to form": the verb
        # of combining names the merger the sentence also calls one
        r"|\bcombin(?:e|es|ed|ing)\b[^.;]{0,60}?\b(?:merger|all-stock|all-share"
        r"|stock-for-stock)\b"
        # a blank-cheque company's (SPAC's) merger: "the business combination between X and
        # Y", "a business combination agreement with Y"
        r"|\bbusiness combination(?: agreement)?\s+(?:with|between)\b"
        r"|\bbusiness combination agreement\b",
    ),
    (
        "option",
        r"\boption (?:and licen[cs]e )?agreement|\boption rights agreement"
        # "an option, collaboration, and license agreement": the option named first
        r"|\boption,\s+(?:collaboration|development|research),?\s+and\s+licen[cs]e agreement"
        # "an exclusive time-based option to receive an exclusive license"
        r"|\boptions?\s+to\s+(?:receive|obtain|take)\s+(?:an?\s+)?(?:exclusive\s+)?licen[cs]e\b"
        r"|\boptions? to (?:license|licence|acquire|obtain"
        r"|in-?license)\b|\bexercis(?:e|ed|es|ing) (?:its |their |an |the )?options?\b"
        # passive: "Options to two programmes of Y have been exercised by X"
        r"|\boptions?\b[^;]{0,160}?\b(?:been|was|were|is|are) exercised\b",
    ),
    (
        "co_development",
        r"\bco-?development(?: and co-?commerciali[sz]ation)? (?:agreement|deal|partnership)"
        r"|\bco-?developed (?:in|by|with)\b|\bjointly developed (?:with|by)\b"
        r"|\b(?:to|will|agreed to|agree to|shall) co-?develop(?: and co-?commerciali[sz]e)?\b"
        # "X and Y are co-developing DRUG": the progressive tells the same agreement
        r"|\b(?:are|is|were|was|have been|has been) (?:jointly developing|co-?developing"
        r"|developing jointly)\b"
        r"|\b(?:to )?jointly develop(?: and (?:co-?)?commerciali[sz]e)?\b(?! with| by)",
    ),
    # "a royalty purchase agreement", "a synthetic royalty financing": the type is other
    (
        "royalty",
        r"\broyalty (?:interest )?(?:purchase|monetization|monetisation|sale|financing)"
        r"(?: agreement)?\b|\bsynthetic royalty\b"
        # "will pay Y $300 million in exchange for a share of future royalties on DRUG", "agreed
        # to pay $210 million to Y for a portion of the royalties Y receives": royalties bought
        r"|\bpa(?:y|ys|id|ying)\b[^.;]{0,100}?\b(?:in exchange for|for|to acquire|to buy)\s+"
        r"(?:(?:an?|the|its|certain)\s+)?(?:(?:portion|share|part|percentage|slice|piece)\s+of"
        r"\s+(?:the\s+|its\s+)?)?(?:[\w\-]+\s+)?royalt(?:y|ies)\b",
    ),
    (
        "equity_investment",
        r"\b(?:equity investment|strategic investment (?:in|from))\b"
        # "a share subscription agreement with X", "X agreed to subscribe for 10,000,000 shares"
        r"|\b(?:share |stock )?subscription agreement\b"
        r"|\bsubscribe for (?:[\w,.]+ ){0,4}?(?:new |ordinary |common )?shares\b"
        # "Y invested $50 million in X": a stake bought (a second party must be named)
        r"|\binvest(?:s|ed)?\s+(?:an?\s+)?(?:additional\s+)?(?:(?:US|HK|A|C)?[$€£¥]\s?[\d.,]+"
        r"\s*(?:million|billion|m|bn)?\s+)in\s+(?=[A-Z])"
        # "for Y to invest $20 million into its equity": a priced stake in the speaker
        rf"|{EQUITY_OF_ITS}"
        # "received a US$5 million investment from Y": a priced stake from one named investor
        r"|(?:[$€£¥]\s?[\d.,]+|\b\d[\d.,]*)\s*(?:million|billion|m|bn)?\s+(?:[\w\-]+\s+){0,2}?"
        r"investment\s+(?:in|from|by)\s+(?:the\s+)?(?=[A-Z])"
        # "an investment of $250 million in Y", "an investment of up to $40 million over two
        # years for a controlling stake in Y": a priced stake bought by one named investor
        r"|\binvestment\s+of\s+(?:about\s+|approximately\s+|up\s+to\s+)?(?:(?:US|HK|A|C)?[$€£¥]"
        r"|USD\s?|EUR\s?)\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+in\s+(?:the\s+)?(?=[A-Z])"
        r"|\binvestment\b[^.;]{0,120}?\bfor\s+an?\s+(?:[\w\-.%]+\s+){0,2}?stake\s+in\s+"
        r"(?:the\s+)?(?=[A-Z])"
        # "has taken a 19.9% stake in Y", "took a minority stake in Y": a stake, not the company
        r"|\b(?:tak(?:e|es|en|ing)|took)\s+an?\s+(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent)\s+"
        r"|minority\s+|small\s+|strategic\s+|non-controlling\s+)(?:equity\s+)?stake\s+in\s+"
        r"(?:the\s+)?(?=[A-Z])",
    ),
    # "a settlement agreement resolving patent litigation": type other unless it licenses
    ("settlement", r"\bsettlement (?:and licen[cs]e )?agreement\b"),
    (
        "license",
        r"\b(?:in-|out-)?licen[cs](?:e|ing|ed)\b(?! plate)|\bexclusive (?:[\w.\-]+ ){0,2}rights?\b"
        # "an amended and restated sublicense agreement with Y", "sublicensed DRUG to Y": a
        # sublicence is a licence of rights the licensor itself holds under licence ("under
        # the Sublicense Agreement" refers back to one: the article "a" makes the deal)
        r"|\b(?:an?|new)\s+(?:[\w\-]+\s+){0,4}?sub-?licen[cs](?:e|ing)\s+(?:agreement|deal"
        r"|contract)\b|\bsub-?licen[cs]ed\b"
        r"|\btechnology[- ]transfer (?:agreements?|deals?|contracts?|pacts?)\b"
        # "signed an agreement to transfer its ADC technology to Y": the technology's rights go
        r"|\b(?:agreements?|deals?|contracts?) to transfer (?:its |the |their )?(?:[\w\-]+ ){0,3}?"
        r"technolog(?:y|ies)\b"
        # "an exclusive deal with Y to develop and commercialize DRUG in China"
        r"|\bexclusive (?:\w+ )?(?:agreement|deal|contract) with \S+(?: \S+){0,3}? to "
        r"(?:develop|commerciali[sz]e|market|sell)\b"
        r"|\bexclusive (?:\w+ )?agreement (?:with \S+(?: \S+){0,3} )?for\b"
        # "for the exclusive commercialization and distribution in Japan of X's DRUG": the
        # right to sell a product exclusively is a licence, whatever the agreement is called
        r"|\bexclusive (?:(?:development|promotion|supply) and )?(?:commerciali[sz]ation"
        r"|distribution|marketing)(?: and (?:commerciali[sz]ation|distribution|marketing))?"
        r" (?:rights )?(?:in|of|for)\b"
        # "a deal giving Y worldwide rights to DRUG": rights handed to a party make a licence
        r"|\b(?:giv(?:es|ing|en)|gave|grant(?:s|ed|ing)?|hand(?:s|ed|ing)?)\s+(?:(?-i:[A-Z])[\w\-.]*\s+){1,4}"
        r"(?:(?:the|its|all)\s+)?(?:(?:worldwide|global|regional|commercial|development|marketing"
        r"|commercialization|commercialisation|sole)\s+(?:and\s+\w+\s+)?)?rights?\s+(?:to|for|in)\b"
        # "a deal with Y under which Y will develop and sell X's antibody": the right to sell a
        # product handed to a named party is a licence, whatever the deal is called
        r"|\b(?:agreements?|deals?|contracts?|pacts?)\b[^;]{0,120}?\b(?:under which|whereby"
        r"|allowing|that (?:allows|lets|gives))\s+(?:(?-i:[A-Z])[\w\-.]*\s+){1,4}(?:will\s+|to\s+"
        r"|can\s+|may\s+)?(?:\w+\s*(?:,|and)\s+)?(?:commerciali[sz]e|market|sell|distribute)\b"
        # ("under which X may sell up to $100 million of its common stock": shares, no product)
        r"(?!\s+(?:up\s+to\s+)?(?:[\w$.,]+\s+){0,5}?(?:shares|stock|securities|notes|units)\b)"
        # "inked an agreement with Y for its antibody platform", "a deal with Y for the same
        # technology": an agreement over a technology licenses it
        r"|\b(?:agreements?|deals?|contracts?|pacts?)\b[^;]{0,80}?\bfor\s+(?:its|their|our|the"
        r"|the same)\s+(?:[\w\-“”\"’']+\s+){0,5}?(?:technolog(?:y|ies)|platforms?)\b"
        # "picked up the US rights to DRUG from Y", "has bagged exclusive European rights to
        # Y's drug": news wording of an in-licence
        rf"|\b{RIGHTS_TAKEN}\s+(?:the\s+)?(?:[\w.\-]+\s+){{0,3}}?rights?\s+(?:to|for)\b"
        # "is paying Y $50 million upfront for the rights to DRUG": rights bought from a party
        r"|\bpa(?:y|ys|ying|id)\s+(?:(?-i:[A-Z])[\w\-.]*\s+){1,4}[^.;]{0,60}?\bfor\s+(?:the\s+)?"
        r"(?:(?:worldwide|global|regional|commercial|development|marketing|exclusive)\s+)?"
        r"(?:(?-i:[A-Z])\w+\s+)?rights?\s+(?:to|for|in)\b"
        # "transferring its ADC platform and a lead candidate to Japan's Y in a deal": a
        # technology or product handed to a party is licensed (a business handed over is sold)
        # ("transferring its manufacturing technology to a CDMO" hands over no rights)
        r"|\btransfer(?:s|red|ring)?\s+(?:its|their|the)\s+"
        r"(?!(?:[\w\-()]+\s+){0,6}?(?:manufacturing|production|process)\b)(?:[\w\-()]+\s+){0,6}?"
        r"(?:platforms?|technolog(?:y|ies)|candidates?)\b[^.;]{0,80}?\bto\s+",
    ),
    (
        "collaboration",
        r"\b(?:collaborat(?:ions?|e|ive)|partnerships?|cooperation|co-operation|alliances?|pacts?)\b"
        # ("Jane Roe, a general partner with Y," is a person's title: PARTNER_TITLE)
        rf"|\b(?:{PARTNER_TITLE}partner|partner(?:ed|s|ing)|team(?:ed|s|ing)? up"
        r"|join(?:ed|s|ing)? forces) with\b"
        # "X and Y have been collaborating on ...", "X is collaborating with Y": a verb with its
        # auxiliary (a participle alone, "researchers collaborating with", tells no agreement)
        r"|\b(?:is|are|was|were|has been|have been|had been)\s+collaborating\b"
        # "X and Y are longtime collaborators", "the two companies are already partners"
        rf"|{PARTNERS_ALREADY}"
        # "dozens of joint projects with Y", "joint research with Y"
        r"|\bjoint (?:projects?|research|programs?|programmes?) with\b"
        # "a global development and commercialization agreement with Y", "a sponsored research
        # agreement with Y": an agreement named by the work the two do together
        r"|\b(?:development|commerciali[sz]ation|research|co-promotion)"
        r"(?:,? and (?:development|commerciali[sz]ation|research|manufacturing))?"
        r" (?:agreement|contract)s?\b",
    ),
    # "X signed a deal with Y", "The company already inked a separate agreement with Z", "a
    # distribution agreement with Y": an agreement with a named party whose kind no word above
    # gives is a deal all the same (type other)
    (
        "agreement",
        r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|str(?:uck|ikes?|iking)|seal(?:ed|s|ing)?"
        r"|clinch(?:ed|es|ing)?|enter(?:ed|s|ing)? into|conclud(?:ed|es|ing)|reach(?:ed|es|ing)?)"
        r"\s+(?:an?|two|three|several|another)\s+(?:[\w\-$.,]+\s+){0,3}?"
        r"(?:deals?|agreements?|pacts?|contracts?)"
        # "signed an agreement worth up to $1.1 billion with Y": the deal's value told between
        rf"(?:,?\s+{DEAL_VALUE_BETWEEN},?)?\s+with\b"
        # "a three-year contract, worth up to $3 million, for clinical services between A and B"
        r"|\b(?:deals?|agreements?|pacts?|contracts?)\b(?:[^.;]|\.(?=\d)){0,80}?\bbetween\s+"
        r"(?=(?-i:[A-Z]))"
        r"|\b(?:distribution|supply|manufacturing|commercial|services?|marketing)\s+(?:agreement"
        r"|deal|contract|pact)s?\s+with\b",
    ),
]
LICENSE_WORD = r"\blicen[cs](?:e|ing|ed)\b"

# A sentence tells a deal only with a verb of making, joining or paying.
ACTION = (
    r"\b(?:sign(?:ed|s|ing)?|enter(?:ed|s|ing)?|announc\w*|complet\w*|clos(?:ed|ing)|grant(?:ed|s)?"
    r"|establish\w*|form(?:ed|ing)?|execut\w*|reach(?:ed)?|conclud(?:ed|es)"
    r"|(?:under|based on|pursuant to|as part of) (?:an?|the|our|its|their)\b"
    # "under Orvane's licence with Y", "as part of Orvane's collaboration with Y"
    r"|(?:under|based on|pursuant to|as part of) (?-i:[A-Z])[\w\-.]*"
    r"(?:\s+(?-i:[A-Z])[\w\-.,]*){0,3}(?:[’']s|s[’'])\s"
    r"|through (?:a|the|its)"
    r"|will acquire|to acquire|acquired|acquisition of|invest\w*|made|makes|will make"
    # "are expanding a collaboration": the progressive tells the deal as the perfect does
    r"|add(?:ed|s|ing)?|expand(?:ed|s|ing)?|extend(?:ed|s|ing)?|broaden(?:ed|s|ing)?"
    r"|deepen(?:ed|s|ing)?|renew(?:ed|s|ing)?"
    r"|exercis(?:e|ed|es|ing)|obtain(?:ed|s)?"
    r"|(?:in-|out-|sub-?)?licen[cs](?:ed|es)|(?:jointly |co-)developed|partner(?:ed|s)|teamed"
    r"|co-?develop(?:ing)?|jointly developing|developing jointly"
    # "X and Y will jointly develop DRUG", "X teams up with Y to find drugs"
    r"|(?:will|to|agreed to|agree to|would) jointly develop|team(?:s|ed)? up"
    r"|(?:will|to|agreed to|agrees to) (?:in-)?licen[cs]e"
    r"|developed in (?:partnership|collaboration|cooperation) with"
    r"|join(?:ed|s|ing) forces"
    r"|terminat\w*|ended|unwound|amended|renegotiated|restructured"
    # news wording: "inked a licensing pact", "struck a deal", "sealed", "agreed to"
    r"|ink(?:ed|s)|str(?:uck|ikes?)|seal(?:ed|s)|clinch(?:ed|es)|agree(?:d|s)|secur(?:ed|es)"
    # "forged an alliance with Y", "lands a licensing deal with Y", "picked up the US rights"
    r"|forg(?:ed|es|ing)|land(?:ed|s)|pick(?:ed|s)? up"
    # "has snapped up U.S. rights to DRUG", "bagged European rights"
    rf"|{RIGHTS_TAKEN}(?=\s+(?:the\s+)?(?:[\w.\-]+\s+){{0,3}}?rights?\s+(?:to|for)\b)"
    # "has finalized a licensing agreement with Y"
    r"|finali[sz](?:ed|es|ing)"
    # "have set up a joint venture", "has given notice to end the 2021 licence agreement"
    r"|set(?:s|ting)? up|(?:to|will|would|notice to) end"
    rf"|{PARTNERS_ALREADY}"
    r"|gain(?:ed|s|ing)|subscrib\w*|commenc\w*|launch(?:ed|es)"
    # "has won two licence contracts with Y": won only when an agreement with a party follows
    r"|(?:won|wins)(?=\s+(?:[\w\-$.,]+\s+){0,5}?(?:agreements?|contracts?|deals?|pacts?"
    r"|partnerships?|collaborations?)\s+with\b)"
    # "Y will pay X $50 million upfront to license DRUG"
    r"|(?:will|to|agreed to|agrees to) pay|(?:is|was|are|were) paying|partnering|involved in"
    # the progressive tells a deal being made: "X is teaming up with Y", "X and Y are merging",
    # "X is in-licensing rights to DRUG from Y" (a bare "licensing" is a noun's adjective)
    # "X and Y will merge in an all-stock deal", "would combine in an all-stock merger"
    r"|(?:will|would|to|agreed to|agree to|plan to)\s+(?:merge|combine)"
    r"|(?:is|are|was|were|been)\s+(?:now\s+|also\s+)?(?:teaming|merging|collaborating"
    r"|(?:in-|out-)?licen[cs]ing)"
    # "has taken a 19.9% stake in Y"
    r"|(?:taken|took|takes|taking)\s+an?\s+(?:[\w.%\-]+\s+){0,2}?stake"
    # "transferring its ADC platform to Y in a deal valued at ...": a handing over
    r"|transfer(?:s|red|ring))\b"
)
# A round's words: an investment told inside a round is part of a financing event, not a deal
FINANCING_ROUND = (
    r"\b(?:round|series [a-z]\d?|seed financing|syndicate|participation (?:from|of)|led by"
    r"|co-led)\b"
)
# A deal only hoped for: "may enter into a licence", "intends to sign", "plans to partner"
HYPOTHETICAL = (
    r"\b(?:may|might|could|would like to|plans? to|intends? to|seeks? to|hopes? to|aims? to"
    r"|expects? to|is (?:looking|seeking) to)\s+(?:\w+\s+)?"
    r"(?:enter|sign|conclude|execute|form|establish|partner|licen[cs]e|out-licen[cs]e)\b"
)
# A deal still being negotiated: "is in advanced talks to acquire Y", "negotiations to buy Y
# are ongoing", "in discussions with Y about a licence"
# "being developed in collaboration with other partners", "partnerships with several
# pharmaceutical companies": the counterparty is a group the release does not name, so the
# sentence tells no deal with any company it does name (the subject's own products, a buyer)
UNNAMED_PARTNERS = (
    r"\b(?:collaborations?|partnerships?|cooperation|alliances?|agreements?|conjunction)"
    r"\s+with\s+(?:(?:other|several|various|multiple|undisclosed|unnamed|numerous|outside"
    r"|external|third|a number of|a range of|a variety of|its|their|our)\s+)+"
    r"(?:[\w\-]+\s+)?(?:partners|companies|parties|collaborators|firms|drugmakers"
    r"|organi[sz]ations|institutions)\b"
)
TALKS = (
    r"\b(?:in\s+(?:\w+\s+)?(?:talks|negotiations|discussions)|negotiations?|negotiating)"
    r"(?:\s+(?:to|with|about|over|on|an?|the)\b|\s+$)"
)
# A takeover only sought: "X is still pursuing a $4 billion acquisition of Y", "X tried to
# acquire Y", "X's attempt to buy Y", "a bid to take over Y": read just before the buying word,
# a few words at most, so that a deal told after a description of the buyer's aims stays
PURSUED = (
    r"\b(?:pursu(?:e|es|ed|ing)|seek(?:s|ing)?|sought|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)"
    r"|bid(?:s|ding)?|mull(?:s|ed|ing)?|eye(?:s|d|ing)|eying)\b(?:\s+\S+){0,4}?\s*$"
)
# A takeover turned down: "..., which had been rejected", "the board rebuffed the approach";
# "declined" and "refused" are left out, as shares and sales decline in deal sentences too
TURNED_DOWN = r"\b(?:rejected|rebuffed|spurned|turned\s+down|hostile|unsolicited)\b"
# A deal of no named kind made for work done together is a collaboration: "signed an agreement
# with Y to develop treatments for hearing loss", "a deal with Y to jointly discover antibodies"
JOINT_PURPOSE = (
    # (a point inside "$1.12 billion" or "Y Inc., the startup said" ends no sentence)
    r"\b(?:deals?|agreements?|pacts?|contracts?)\b(?:[^.;]|\.(?=\d|,|\s+[a-z])){0,160}?"
    r"\bto\s+(?:jointly\s+|together\s+)?"
    r"(?:co-?)?(?:develop|discover|research|design|identify|explore)\b"
)
# ... but not an agreement named by a service one party sells the other ("a supply agreement
# with Y to develop the market"): those stay type other
SERVICE_AGREEMENT = (
    r"\b(?:distribution|supply|manufacturing|commercial|services?|marketing|loan|lease)\s+"
    r"(?:agreement|deal|contract|pact)s?\b"
)
# What a buyer gains with the company it buys, where a story tells it: "Once completed, the
# blue chip will have global rights to DRUG excluding mainland China" gives the deal's territory
ACQUIRED_RIGHTS = (
    r"\b(?:will|would|is to|to)\s+(?:have|hold|gain|obtain|own|receive|acquire)\s+(?:the\s+)?"
    r"(?:exclusive\s+)?(?:global|worldwide|world-wide)\s+(?:[\w\-]+\s+){0,2}?rights\b"
)
# An earlier agreement the deal builds on: "expands the existing partnership of the two
# companies signed in November 2016" dates that partnership, not the expansion
EARLIER_AGREEMENT = (
    r"\b(?:existing|original|initial|earlier|previous|prior)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:agreements?|licen[cs]es?|deals?|collaborations?|partnerships?|alliances?)\b"
    r"(?:\s+\S+){0,8}?\s+$"
)
# Speech: a quoted opinion is no deal, but "X said it will sell Y to Z" reports one.
SPEECH = (
    r"\b(?:said|says|stated|commented|expressed|noted)\b"
    r"|\badded\b(?!\s+(?:a|an|the|two|three|new|further)\b)"
)
# "..., the companies said on Friday, completing a takeover first announced in January.": a
# participle clause after the attribution adds to the fact, it opens no opinion; so does a
# phrase of the deal's setting (", as part of a broader partnership", ", under a 2024 pact")
PARTICIPLE_TAIL = r"(?:,\s+(?:[a-z]+ing|as part of|under|after|in an?)\b[^;\"“”]*)?"
# "..., the company said in a Wednesday filing.": an attribution, not an opinion
REPORTED_TAIL = (
    r"\b(?:said|says|stated|noted)\b(?:\s+(?:on|in)\s+[^.,;]{0,60})?" + PARTICIPLE_TAIL + r"[.\s]*$"
    # "..., the drugmaker said Monday.", "..., the companies said late on Tuesday."
    r"|\b(?:said|says|stated|noted|announced)\s+(?:\w+\s+){0,2}?(?:on\s+)?(?:\w+day|today"
    r"|yesterday|last week|this week|earlier this week)\b" + PARTICIPLE_TAIL + r"[.\s]*$"
    # "X signed an agreement with Y, the Germany-based startup said on Wednesday, to develop
    # ...": the attribution set between commas inside the sentence, as a news item writes it
    r"|,\s+[^,;\"“”]{0,60}?\b(?:said|says|stated)(?:\s+(?:on\s+)?(?:\w+day|today|yesterday))?,"
)
# What a news item writes before the company it names: where it is from ("Japan's", "the
# UK's", "South Korea's", "U.S.-based") or what it is ("Swiss drugmaker", "Tokyo-based biotech
# firm", "Japanese pharmaceutical company")
DESCRIBED_SUBJECT = (
    r"(?:(?:the\s+)?(?-i:[A-Z][\w.\-]*)(?:\s+(?-i:[A-Z][\w.\-]*))?['’]s\s+"
    r"|(?-i:[A-Z][\w.\-]*)\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}?"
    r"(?:drugmaker|company|firm|biotech|group|developer|maker|start-?up|specialist)\s+"
    r"|(?-i:[A-Z][\w.\-]*-based)\s+)?"
)
# "to the Swiss unit of India's Glenmark Pharma": the party named is the parent, the deal the
# unit's (the name that follows, "Glenmark Specialty S.A.", is the same deal's party)
UNIT_OF_BEFORE = (
    r"\b(?:unit|subsidiary|arm|affiliate|division)\s+of\s+"
    r"(?:(?-i:[A-Z])[\w\-]*[’']s\s+)?(?:the\s+)?$"
)
# "the business combination between X and Y's oncology subsidiary": the merging party is Y's
# unnamed unit, not Y (a company followed by its possessive and a unit noun)
UNIT_POSSESSED_AFTER = (
    r"\s*[’']s?\s+(?:[\w\-]+\s+){0,2}?(?:subsidiary|unit|arm|affiliate|division)\b"
)
# When a news item says it was said: "on Monday", "late Monday", "early on Tuesday", "today",
# "Wednesday evening" (each followed by the space before what was said)
SAID_WHEN = (
    r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:\w+day|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
)
# "X said Y has exercised its option ...": a named subject with a finite verb after the
# reporting verb is a deed reported (unlike '"...," said Jane Roe, CEO'); the reporter X is no
# party of it. Group "subject" is the named subject.
REPORTED_NAMED = (
    r"\b(?:said|says|stated)\s+(?:" + SAID_WHEN + r")?" + DESCRIBED_SUBJECT +
    # ("said Tarsen Pharma Co., Ltd. will": a legal form's points and comma are the name's)
    r"(?P<subject>(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*(?:\.,?)?)){0,3})\s+(?:has|have|had"
    r"|will|would"
    r"|is|was|agreed|signed|entered|struck|inked|completed|acquired|exercised|licensed)\b"
)
REPORTED_DEED = (
    # "stated on Nov. 17 that it signed ...", "said one of its subsidiaries has signed ..."
    r"\b(?:said|says|stated)\s+(?:"
    + SAID_WHEN
    + r"|on\s+(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:,\s*\d{4})?\s+)?(?:that\s+)?"
    r"(?:it|they|the company|(?:one of )?its (?:\w+ )?(?:subsidiar(?:y|ies)|units?|affiliates?)"
    # "X said its partner Y exercised an option", "X said its licensee, Y, won approval"
    r"|its (?:\w+ )?(?:partners?|licensees?|licensors?|collaborators?))\b"
    # "X also said that, under its licence with Y, it expects ...": indirect speech reports a fact
    r"|\b(?:said|says|stated|noted|notes|added|explained|disclosed)\s+(?:" + SAID_WHEN + r")?"
    r"that\b"
    # "..., X says the $30 billion deal is nearly done", "X said the deal grants it an option":
    # what is said is the deal's progress or content
    r"|\b(?:said|says|stated)\s+(?:" + SAID_WHEN + r")?the\s+(?:[\w$€£¥.,\-]+\s+){0,3}?"
    r"(?:deal|acquisition|transaction|merger|takeover|purchase|agreement)\s+(?:also\s+)?"
    r"(?:is|was|has|had|will|would|grants|gives|includes|covers)\b"
    r"|" + REPORTED_NAMED
)
# Who says things in a news item without being its company: people by their role, and news
# agencies ("Analysts said", "Reuters reported")
NOT_REPORTING_COMPANY_WORDS = {
    "analysts",
    "sources",
    "officials",
    "executives",
    "investors",
    "researchers",
    "scientists",
    "experts",
    "doctors",
    "people",
    "traders",
    "shareholders",
    "regulators",
    "authorities",
    "lawmakers",
    "observers",
    "reuters",
    "bloomberg",
    "dow",
    "associated",
    "afp",
    "jiji",
    "kyodo",
    "xinhua",
    "rttnews",
    "fierce",
    "endpoints",
    "stat",
}
# "X said Tuesday", "X announced": the verb after the name that opens a news item's first
# sentence; that name is the release's own company
REPORTING_VERB = (
    r"\s*(?:(?:also|today|has|have|on \w+day)\s+)*"
    r"(?:said|says|announced|announces|reported|reports|disclosed|unveiled)\b"
)
BOTH_PARTIES = r"\b(?:the two parties|both parties|the parties|the (?:two )?companies)\b"
RECAP_ONLY = (
    r"\b(?:complet\w*|clos(?:ed|ing|e))\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:previously announced\s+)?(?:acquisition|merger|transaction|deal|tender offer)"
    # "received a payment under their licensing agreement": the agreement already exists
    r"|\b(?:received|paid|payments?|revenues?)\b[^;]{0,100}?"
    r"\bunder (?:their|its|our|the existing) (?:[\w\-]+ ){0,3}agreements?\b"
)
# A closing announcement: the deal was announced when it was signed, not today.
CLOSING = (
    r"\b(?:closing|completion|closes|closed|completes|completed) (?:of )?(?:the |its )?"
    r"(?:previously announced )?(?:\w+ ){0,3}?(?:licen[cs]e|acquisition|merger|transaction|deal)"
)
SIGNED_VERB = (
    r"\b(?:signed|entered into|executed|concluded|in-licen[cs]ed|out-licen[cs]ed|licen[cs]ed"
    r"|acquired|granted)\b"
)
SIGNING_WORD = r"\b(?:sign|enter|execut)"
EQUALS = r"\bmerger of equals\b"
ANNOUNCED = (
    r"\b(?:announc\w*|today|sign\w*|enter\w*|add(?:ed|s)|expand\w*|exercis\w*"
    r"|(?:will|to|agreed to|agrees to) (?:acquire|purchase|buy|sell|divest|merge)"
    r"|will make an? (?:[\w$.\-]+ ){0,4}investment|will invest"
    # a headline's present tense: "X secures exclusive rights to Y", "X acquires Y"
    r"|secures|obtains|gains|acquires|in-licen[cs]es|grants|partners with|teams up"
    # the present progressive tells the day's news too: "X is teaming up with Y"
    r"|(?:is|are)\s+(?:now\s+)?(?:teaming up|merging|acquiring|buying|partnering|collaborating"
    r"|(?:in-|out-)?licen[cs]ing|transferring)"
    # news wording of the day's event: "X said it has in-licensed ...", "said they have signed"
    r"|(?:said|says) (?:that )?(?:it|they) (?:has|have) (?:\w+ )?(?:in-licen[cs]ed|licen[cs]ed"
    r"|acquired|entered|signed|agreed|obtained|granted|formed))\b"
)
# A termination or unwinding tells of a deal announced before.
TERMINATED = r"\b(?:terminat\w*|unwound|unwind\w*|expired|ended)\b"
TERM_WORDS = (
    r"upfront|up-front|milestone|royalt|consideration|per share|purchase price|deal value|\bworth\b"
    r"|down payment|\bpercentage of (?:\w+ ){0,2}(?:net )?sales\b"
    r"|\b(?:will|shall|to|agreed to) pay\b|\b(?:is|are|will be) paying\b|\bin (?:total|aggregate)\b"
    # "has paid Y $15 million for an option", "pays Y EUR 5 million": a price told by its payer
    r"|\b(?:paid|pays)\s+(?:[\w’'.\-]+\s+){0,4}?(?:(?:US|HK)?[$€£¥]|(?:USD|EUR|GBP|CHF)\s?\d)"
    r"|total value|payment|(?:option (?:exercise )?|exercise )fee"
    r"|\bvalu(?:es|ed|ing)\b[^.]{0,40}\bat\b"
    r"|\breceiv\w*\s+(?:an?\s+)?(?:US|HK)?[$€£¥]|\bfor (?:about |up to |"
    r"approximately |around )?(?:US)?[$€£¥]|\bfor (?:about |approximately )?\d"
    r"|\bfor (?:about |approximately |around )?(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|HKD|CAD|AUD|SEK|DKK"
    r"|NOK)\s?\d"
    # "to acquire Y at a cost of $17 billion": the price told by its cost
    r"|\bat an? (?:total |overall |estimated )?(?:cost|price) of\b"
    # "X's $780 million buyout of Y", "a $454-million deal": the price as the purchase's
    # adjective
    r"|[$€£¥]\s?[\d.,]+(?:\s*|-)(?:million|billion|m|bn)?\s+(?:(?:all-cash|all-stock|cash|stock)\s+)?"
    r"(?:acquisition|takeover|buyout|purchase|deal|transaction|merger)\b"
)
UNNAMED_PRODUCT = (
    r"\bfor (?:a|an|its)\s+((?:novel |new |proprietary )?(?:[\w\-]+ ){0,3}?"
    r"(?:antibody|antibodies|compound|molecule|drug candidate|candidate|asset|vaccine|therapy))\b"
    # "for its antibody QB-9": the product is named after all, by a code
    r"(?!,?\s+[A-Z]{1,6}[\-\s]?\d)"
)
# Agreements of a company's financing, offices and staff: no deal when nothing else names one
# ("an equity distribution agreement with Jefferies LLC", "a loan agreement with Y Capital")
ADMINISTRATIVE_AGREEMENT = (
    r"\b(?:lease|loan|credit|underwriting|equity distribution|sales|at[- ]the[- ]market|ATM"
    r"|placement|employment|consulting|separation|indemnification|registration rights"
    r"|(?:securities|stock|share|note|unit) purchase|warrant|notes?|financing|facility|voting"
    r"|support|lock-up|standstill|confidentiality|non-disclosure|escrow|advisory|engagement"
    r"|severance|sublease|tenancy|rental|insurance|agency|bridge)"
    # "a loan and security agreement", "a credit and guaranty agreement"
    r"(?:\s+and\s+(?:security|guaranty|guarantee|pledge))?\s+(?:agreements?|contracts?|deals?)\b"
    # "an agreement with Y for 80,000 square feet of laboratory space": premises rented;
    # "setting out the terms of her employment": a person hired
    r"|\bsquare (?:feet|foot|metres|meters)\b|\b(?:office|laboratory|lab) space\b"
    r"|\bterms of (?:his|her|their) employment\b"
    # "an agreement with Y under which X may sell shares of its common stock": an offering
    r"|\b(?:sell|issue|offer)\s+(?:up\s+to\s+)?(?:[\w$.,]+\s+){0,5}?(?:shares|common stock"
    r"|securities|notes|warrants)\b"
)
# A government body on the other side: a contract with BARDA or a ministry is an award (a
# financing event) or a procurement, not a deal between companies
GOVERNMENT_COUNTERPARTY = (
    r"\bwith\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.\-]*\s+|of\s+|and\s+|for\s+){0,8}?"
    r"(?-i:Authority|Department|Ministry|Agency|Government|Administration|Commission|Army|Navy"
    r"|Air Force)\b"
    r"|\bwith\s+(?:the\s+)?(?-i:BARDA|DoD|HHS|NIH|CEPI|DARPA)\b"
)
# "data generated in collaboration with", "acquired rights to": wording that names no new deal
NOT_A_DEAL = {
    "collaboration": r"\bin (?:collaboration|partnership|cooperation) with\b",
    "acquisition": r"\bacquir\w*\s+(?:\w+\s+){0,4}?(?:rights|licen[cs]e)\b",
}

# ---------------------------------------------------------------- verbs with roles
# Each verb pattern's match ends where the object (target, asset or buyer) begins.

ACQUIRE_VERB = (
    r"\b(?:(?:to|will|shall|would|agreed to|agrees to|plans? to|intends? to|offer to) "
    r"(?:also |further |additionally )?(?:acquire|purchase|buy)"
    r"|acquired|acquires|acquiring|purchased|purchasing|bought|buys|buying"
    # news verbs of buying a company: "X snaps up Y", "X will take over Y" (a name must follow:
    # "take over the development of DRUG" buys nothing), or in the passive, the agent after
    # "by": "Y agreed to be taken over by X", "Y was snapped up by the Swiss drugmaker X"
    r"|(?:snap(?:s|ped|ping)?|scoop(?:s|ed|ing)?)\s+up(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+by\s)"
    r"|(?:take(?:s|n)?|took|taking)\s+over(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+by\s))\s+"
    # "X will pay $1 billion to buy into Y's cancer drug": a share of a product or a stake
    # bought into, never the company
    r"(?!\s*into\b)"
)
# "X's acquisitions of A, B and C", "the acquisition of A by X"
ACQUISITION_NOUN = (
    # "the $454-million buy of drugmaker Y": news copy's informal noun for a purchase
    r"\b(?:acquisitions?|takeover|purchase|buyout|buy)\s+of\s+|\btender offer for\s+"
    # "a public cash offer to the shareholders of Y", "an offer for all shares in Y"
    r"|\b(?:(?:public|cash|tender|takeover|exchange|voluntary|recommended|mandatory)\s+)+"
    r"offer\s+(?:to\s+(?:the\s+)?(?:share|stock)?holders\s+(?:of|in)"
    r"|for\s+all\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+)?shares\s+(?:of|in))\s+"
    # "completed three acquisitions: A, B and C"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w\-]+\s+)?"
    r"acquisitions\s*:\s*"
    # "the acquisition for the global rights to DRUG"
    r"|\b(?:acquisition|purchase)\s+for\s+(?=(?:the\s+)?(?:\w+\s+){0,2}rights\b)"
)
ACQUISITION_BY = r"^[^.;]{0,120}?\bby\s+"
SALE_VERB = r"\b(?:sell|sells|sold|selling|divest(?:s|ed|ing)?)\b"
# "transferring its pharmaceutical operations to Y": a business handed over is sold
TRANSFER_VERB = (
    r"\btransfer(?:s|red|ring)?\s+(?=(?:all\s+)?(?:of\s+)?(?:its|their|the)?\s*"
    r"(?:[\w\-]+\s+){0,3}?(?:operations|business(?:es)?|assets|units?|divisions?)\b"
    # "transfers all rights of DRUG to Y": a product handed over whole is sold
    r"|all\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:global\s+|worldwide\s+)?rights\b)"
)
SALE_BUYER = r"\bto\s+"
# The object phrase of a verb ends at a preposition that opens the price, seller or purpose.
OBJECT_END = (
    r"\s(?:for|from|at|in a|in an|under|through|pursuant|which|that|who|to (?!be\b)|by means"
    r"|with the|in exchange|in consideration|valued|subject to|according)\b"
    r"|[;:]|\s[–—-]\s"
    # "... from Halden Labs, Inc. The Company's model ...": a legal suffix's full stop that
    # also ends the sentence, the next one opening with a capitalised pronoun or article
    r"|(?<=\.)\s+(?=(?:The|This|These|Those|Its|It|Our|We|In|Under|Since|As)\s)"
)
# "X closed its $4 billion merger of drugmaker Y": a merger the possessive's company made, the
# company after "of" the one absorbed (up to five words between: price, adjective, year)
OWN_MERGER_OF = r"\b(?:its|their)\s+(?:[\w$€£.,\-]+\s+){0,5}?merger\s+of\s+"
ASSET_WORDS = (
    r"\b(?:assets?|rights|portfolio|business|unit|programs?|programmes?|product|operations"
    # "acquired 14 established prescription brands from Y": products bought, counted not named
    r"|products|brands?|trademarks)\b"
)
# What a company sells of itself without being bought: "Y's dermatology portfolio", "the
# ophthalmology business of Y" (Y the seller, a partner, not the target)
BUSINESS_SOLD = (
    r"(?:business(?:es)?|units?|divisions?|portfolios?|franchises?|assets|operations"
    r"|product lines?|programs?|programmes?)"
)
# lower case: "Xoma Royalty Corporation" is a name, not a royalty being bought
ROYALTY_ASSET = r"\broyalt(?:y|ies)\b"
# Not acquisitions: shares, data, patients, facilities, stock options, a financing
NOT_ACQUIRED = (
    r"^\s*(?:\w+\s+){0,3}?(?:shares?|stock|data|patients|images|samples|land|facility|plant"
    # "acquiring facilities in Boulder and Longmont": sites bought, the towns no targets
    r"|facilities|plants|sites?|buildings|campus(?:es)?|warehouses?|offices?|premises"
    r"|building|equipment|knowledge|experience|expertise|capabilities|insights?|licen[cs]es?"
    r"|rights to|worldwide rights|exclusive rights|global rights|commercial rights)\b"
)

# ---------------------------------------------------------------- licence roles

LICENSOR_CUES = (
    r"{X}\W{{0,3}}(?:will |shall |is eligible to |also |is entitled to |has |have |had )?"
    r"(?:receive|retain|be eligible)",
    r"{X}\W{{0,3}}(?:has |have |had |will |agreed to )?grant(?:ed|s)?\b",
    # the subject of a participle clause: "X signed a licence agreement with Y, granting Y ..."
    # (the sentence's first name, after a dateline when the sentence has one)
    r"(?:^|\s(?:--|—|–)\s)\W*(?:[\w\-]+ ){{0,3}}?{X}\b[^.;]*?,\s+(?:granting|licensing"
    r"|out-licensing)\b",
    # "X licenses DRUG to Y", not "X licenses DRUG from Y" (X in-licenses)
    r"{X}\W{{0,3}}(?:has |have |will )?(?:licen[cs]es|out-licen[cs]ed?)\b"
    r"(?!(?: \S+){{0,6}}? from\b)",
    # the drug's owner: "licensed worldwide rights to X's experimental pill", "to license the
    # rights for X's arthritis treatment", "a licence of X's antibody"
    r"(?:licen[cs]\w*|rights?)(?: \S+){{0,4}}? (?:to|for|of|on) {X}['’]s\b",
    r"(?:payments?|royalt\w*)(?: \w+){{0,6}} to {X}",
    # "licensed from X", "licensed DRUG from X", "in-licensed the rights to DRUG from X"
    r"(?:licen[cs]ed?|in-licen[cs]ed?)(?: \S+){{0,6}}? from {X}",
    r"rights\b(?: \S+){{0,6}} from {X}",
    # "Y has acquired from X the exclusive rights to DRUG", "obtained from X an exclusive licence"
    r"\b(?:acquired|obtained|in-licen[cs]ed|received|secured) from {X}\b"
    r"(?=[^;]{{0,60}}?\b(?:rights?|licen[cs]es?)\b)",
    r"granted\b(?: \S+){{0,8}} by {X}",
    r"{X}\W{{0,3}}(?:\w+ )?(?:is|are) (?:the )?licensors?\b",
    # rights coming back: "X has regained the rights", "rights revert to X"
    r"{X}\W{{0,3}}(?:has |have |will )?(?:regain\w*|reacquir\w*)\b",
    r"revert\w* (?:back )?to {X}",
    r"{X}\b[^.;]{{0,80}}\b(?:it|they) (?:has |have )?(?:regain\w*|reacquir\w*)\b",
    r"\(?collectively,? the [\"“]?Licensors",
    # "the Company, as licensor, ...", "X (as licensor)", 'X (the "Licensor")': a role named
    r"{X}\W{{0,3}}(?:\([^)]*\)\W{{0,3}})?(?:(?:acting )?as|in its capacity as) "
    r"(?:the )?licensors?\b",
    r"{X}\W{{0,3}}(?:\([^)]*\)\W{{0,3}})?\(\s*(?:as |the )?[\"“]?Licensor[\"”]?\s*\)",
    # money goes to the licensor: "will pay X $50 million", "X gets $30 million upfront"
    r"\b(?:pay(?:s|ing)?|paid) {X}\W{{0,3}}(?:an? |the )?(?:(?:US|HK|RMB|EUR|CHF)?\s?[$€£¥]|\d"
    r"|upfront)",
    r"{X}\W{{0,3}}(?:will |would |is to )?gets? (?:an? )?(?:(?:US|HK)?[$€£¥]|\d|upfront)",
)
LICENSEE_CUES = (
    r"{X}\W{{0,3}}(?:has |have |had |will )?(?:acquired|in-licen[cs]ed) (?:\S+ ){{0,3}}rights",
    r"{X}\W{{0,3}}(?:has |have |had |will )?(?:in-)?licen[cs](?:ed|es|e)(?: \S+){{0,6}}? from\b",
    r"{X}\W{{0,3}}(?:has |have |had |will )?(?:acquired|obtained|received|secured) from\b"
    r"(?=[^;]{{0,80}}?\b(?:rights?|licen[cs]es?)\b)",
    r"{X}\W{{0,3}}(?:will |shall |has |have )?"
    r"(?:obtain|gain|be granted|was granted|were granted|acquire the rights|be responsible for)",
    r"grant(?:ed|s|ing)? (?:an? \S+ (?:\S+ )?licen[cs]e )?(?:to )?{X}",
    r"{X}\W{{0,3}}(?:has|have|will have|holds?|obtains?|obtained|receives?) (?:the )?(?:an )?"
    r"(?:exclusive )?(?:\w+ )?rights?",
    r"{X}\W{{0,3}}(?:will|shall|agreed to|is to) (?:make|pay)\b",
    r"(?:licen[cs]ed?|out-licen[cs]ed?) (?:\S+ ){{0,4}}to {X}(?!['’]s\b)",
    r"{X}\W{{0,3}}(?:\w+ )?(?:is|are) (?:the )?licensees?\b",
    r"{X}\W{{0,3}}(?:has |have )?exercis\w+ (?:its |their |an |the )?options?",
    r"\bexercised by {X}",
    # "the Company, as licensee, ...", "X (as licensee)", 'X (the "Licensee")': a role named
    r"{X}\W{{0,3}}(?:\([^)]*\)\W{{0,3}})?(?:(?:acting )?as|in its capacity as) "
    r"(?:the )?licensees?\b",
    r"{X}\W{{0,3}}(?:\([^)]*\)\W{{0,3}})?\(\s*(?:as |the )?[\"“]?Licensee[\"”]?\s*\)",
    # "with Y responsible for European development": the licensee develops or sells
    r"{X}\W{{0,3}}(?:is |will be |would be |shall be |being )?(?:solely |fully )?responsible for\b",
    r"(?:regain\w*|reacquir\w*)\b(?: \S+){{0,6}} from {X}",
    # "X will get exclusive rights", "X gains the rights"
    r"{X}\W{{0,3}}(?:will |would |is to )?(?:gets?|gains?|secures?|secured) (?:the )?"
    r"(?:\w+ ){{0,3}}rights",
    # "X has snapped up U.S. rights", "X bagged exclusive European rights"
    r"{X}\W{{0,3}}(?:has |have |had |will )?"
    + RIGHTS_TAKEN.replace("{", "{{").replace("}", "}}")
    + r" (?:the )?(?:[\w.\-]+ ){{0,3}}rights",
    # the subject of a participle clause: "X has inked a pact with Y, gaining rights to DRUG"
    r"^\W*(?:[\w\-]+ ){{0,3}}?{X}\b[^.;]*?,\s+(?:gaining|obtaining|securing|acquiring|receiving)"
    r" (?:the )?(?:\w+ ){{0,3}}rights",
    # "inked an agreement with X for its antibody platform": the subject's technology goes to
    # the party after "with"
    r"(?:agreements?|deals?|contracts?|pacts?) with {X}\b[^.;]{{0,60}}?\bfor (?:its|their|the same)"
    r" (?:\S+ ){{0,5}}?(?:technolog(?:y|ies)|platforms?)\b",
    # "X has licensed rights to DRUG, paying $150 million upfront": the payer is the licensee
    r"^\W*(?:[\w\-]+ ){{0,3}}?{X}\b[^.;]*?\blicen[cs]\w*[^.;]*?,\s+paying\b",
)

# A royalty's buyer pays or acquires; its seller (partner) is paid or sells its royalty.
ROYALTY_BUYER_CUES = (
    r"{X}\W{{0,3}}(?:will |shall |has |have |agreed to )?(?:pay|acquire|purchase|buy)\b",
    # "a share of X's royalty revenue is paid to Y": Y bought that share
    r"\b(?:paid|payable|go(?:es)?|flows?) to {X}",
    # "a royalty monetization agreement with Y": the release's company sells to Y
    r"\broyalty (?:interest )?(?:monetization|monetisation|sale|purchase|financing)"
    r"(?: agreement| transaction)? with {X}",
    r"(?:sold|sell|sells|selling)\b(?: \S+){{0,8}}? to {X}",
)
ROYALTY_SELLER_CUES = (
    r"\bpay(?:s|ing)? {X}\b",
    r"{X}[’']s? (?:\w+ )?royalt",
    r"{X}\W{{0,3}}(?:will |has |have |agreed to )?(?:sell|sold|receive|monetiz|monetis)",
    r"royalt\w*(?: \S+){{0,8}}? from {X}",
)

# ---------------------------------------------------------------- territory

PLACE_NAMES = [
    "Greater China",
    "Mainland China",
    "mainland China",
    "Chinese mainland",
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
    "the People's Republic of China",
    "the People’s Republic of China",
    "the PRC",
    "PRC",
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
    "the USA",
    "USA",
    "the U.S.A.",
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
    "South Pacific",
    "Fiji",
    # more countries and regions a territory list names ("Brazil, Argentina and Chile"); names
    # that are also common first or family names (Jordan, Chad, Georgia) are left out
    "the Americas",
    "South America",
    "Central America",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Central and Eastern Europe",
    "the Commonwealth of Independent States",
    "the CIS",
    "the Gulf Cooperation Council",
    "the GCC",
    "the MENA region",
    "MENA",
    "the Asia-Pacific region",
    "Asia-Pacific",
    "APAC",
    "EMEA",
    "the Republic of Korea",
    "Republic of Korea",
    "the Philippines",
    "Philippines",
    "the Netherlands",
    "Netherlands",
    "Belgium",
    "Luxembourg",
    "Austria",
    "Portugal",
    "Greece",
    "Poland",
    "Czech Republic",
    "the Czech Republic",
    "Hungary",
    "Romania",
    "Bulgaria",
    "Croatia",
    "Slovenia",
    "Slovakia",
    "Serbia",
    "Ukraine",
    "Turkey",
    "Türkiye",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Iceland",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "Venezuela",
    "Ecuador",
    "Uruguay",
    "Paraguay",
    "Bolivia",
    "Costa Rica",
    "Panama",
    "Guatemala",
    "the Caribbean",
    "Puerto Rico",
    "Indonesia",
    "Malaysia",
    "Thailand",
    "Vietnam",
    "Viet Nam",
    "Pakistan",
    "Bangladesh",
    "Sri Lanka",
    "Kazakhstan",
    "Saudi Arabia",
    "the United Arab Emirates",
    "United Arab Emirates",
    "the UAE",
    "UAE",
    "Qatar",
    "Kuwait",
    "Bahrain",
    "Oman",
    "Egypt",
    "Lebanon",
    "Iran",
    "Iraq",
    "South Africa",
    "Nigeria",
    "Kenya",
    "Morocco",
    "Algeria",
    "Tunisia",
]
# "exclusive European rights", "Latin American rights to DRUG": a place named by its adjective
PLACE_ADJECTIVES = {
    "European": "Europe",
    "Japanese": "Japan",
    "Chinese": "China",
    "Korean": "South Korea",
    "South Korean": "South Korea",
    "Taiwanese": "Taiwan",
    "Latin American": "Latin America",
    "North American": "North America",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Indian": "India",
    "Brazilian": "Brazil",
    "Mexican": "Mexico",
    "Middle Eastern": "Middle East",
    "Southeast Asian": "Southeast Asia",
    "Asian": "Asia",
    "African": "Africa",
    "Nordic": "Nordic countries",
    "British": "United Kingdom",
    "German": "Germany",
    "French": "France",
    "Italian": "Italy",
    "Spanish": "Spain",
}
# Words that say where a company is from, never its name ("Japanese drugmaker Eisai")
DEMONYMS = {
    *PLACE_ADJECTIVES,
    "American",
    "Swiss",
    "Danish",
    "Dutch",
    "Belgian",
    "Swedish",
    "Norwegian",
    "Finnish",
    "Irish",
    "Austrian",
    "Israeli",
    "Singaporean",
    "British-Swedish",
    "Anglo-Swedish",
    "Franco-German",
}
# "Northwind retains all rights outside Greater China": the licensee's territory is the place
RETAINED_OUTSIDE = r"\bretain(?:s|ed|ing)?\b[^.;]{0,60}?\brights?\b[^.;]{0,40}?"
OUTSIDE_WORDS = r"\b(?:outside|excluding|except(?: for)?|other than)(?: of)?\s+"
# "commercialize it globally." but not "globally impactful therapies" (an adjective's adverb)
WORLDWIDE = (
    r"\b(?:worldwide|global rights)\b"
    r"|\bglobally\b(?=\s*(?:[,.;)]|and\b|or\b|excluding\b|except\b|outside\b|$))"
)
TERRITORY_PREPOSITIONS = r"\b(?:in|covering|across|within|for|territor(?:y|ies) of)\s+"
# "ex-U.S. rights": everywhere but the place
EX_PLACE = r"\bex-"
# Words that open a capitalised run without being part of a company's name ("Announced
# Verant's acquisitions", "The Company", "Under the agreement").
# Titles a person holds at a company, written capitalised before "of" and the company's name
PERSON_TITLE_WORDS = (
    "ceo",
    "cfo",
    "coo",
    "cso",
    "cmo",
    "cto",
    "president",
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
)
# Degrees set after a person's name by a comma (", Ph.D.", ", MD", ", Pharm.D."): what precedes
# them is a person, never a party (the comma is required: "University of Texas MD Anderson")
DEGREE_AFTER = (
    r",\s*(?-i:Ph\.?\s?D|M\.?\s?D|Pharm\.?\s?D|D\.?\s?Phil|Sc\.?\s?D|D\.?V\.?M|M\.?B\.?B\.?S"
    r"|F\.?R\.?C\.?P|M\.?P\.?H|Dr\.?\s?med)\b\.?"
)
NOT_NAME_WORDS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "our",
    "this",
    "these",
    "that",
    "announced",
    "announces",
    "completed",
    "signed",
    "closed",
    "entered",
    "under",
    "on",
    "in",
    "at",
    "by",
    "for",
    "from",
    "with",
    "and",
    "today",
    "phase",
    "company",
    "group",
    "global",
    "new",
    "also",
    "following",
    *MONTH_NAMES,
    "mr",
    "ms",
    "dr",
    "board",
    "directors",
    # "the former CEO of Apthex when it was bought": a person's title and its "of" open the
    # run of capitalised words, the company follows them
    *PERSON_TITLE_WORDS,
    "of",
}
# Capitalised defined terms of a legal text ("the Purchase Agreement", "the Transactions"):
# a run holding one of these is no company.
DEFINED_TERM_WORDS = {
    "agreement",
    "agreements",
    "transaction",
    "transactions",
    "merger",
    "offer",
    "closing",
    "purchase",
    "shares",
    "share",
    "stock",
    "parties",
    "party",
    "effective",
    "time",
    "date",
    "tender",
    "consideration",
    "securities",
    "act",
    "exchange",
    "commission",
    "price",
    "licensors",
    "licensor",
    "licensee",
    "licensees",
    "territory",
    "territories",
    "product",
    "products",
    "program",
    "programs",
    "programme",
    "programmes",
    "option",
    "options",
}

# A bullet of a results release whose subject is the issuer ("* Signed a licence agreement
# with Y"): the verb opens the line.
IMPLICIT_SUBJECT = (
    # after a bullet or a label ("Third quarter highlights: Completed ...")
    # ("Recent transactions: completed the acquisitions of ...": lower case after a label)
    r"^\s*(?:[*•\-+·]\s*)?(?:[A-Z][^:.;]{0,60}:\s*)?"
    r"(?i:Signed|Entered|Announced|Completed|Closed|Executed|Formed"
    r"|Established|Expanded|Extended|Amended|Out-licen[cs]ed|In-licen[cs]ed|Licen[cs]ed"
    r"|Acquired|Obtained|Exercised|Granted)\b"
    # a highlight told by its noun after a bullet: "* Acquisition of Y, adding ..."
    r"|^\s*[*•·]\s*(?:Completed\s+)?(?:the\s+)?(?i:Acquisition|Purchase) of\b"
)
# "About the X Collaboration" tells the deal itself; other About sections list partners.
DEAL_HEADING = (
    r"^\s*About (?:the |our )?(?:[\w\-&/]+ ){0,6}?"
    r"(?:Collaboration|Agreement|Partnership|Alliance|License|Licence|Transaction|Acquisition)s?\b"
)

# "its research collaborations with A and B were terminated", "our licence agreement with X":
# a recapped agreement whose other side is the release's company.
RECAP_WITH = (
    # "reached partnerships with A, B and C": a plural made by a verb needs no determiner
    r"\b(?:reached|signed|formed|entered into|established|struck|inked|forged|secured)\s+"
    r"(?:[\w\-]+\s+)?(?P<plural>(?i:partnerships|collaborations|alliances|licen[cs]ing agreements))"
    r"\s+with\s+"
    r"|\b(?:its|our|their|the|this|these|a|an)\s+(?:[\w\-]+\s+){0,2}?"
    # the kind in any case: "the Exclusive License Agreement with Y" names the agreement
    r"(?P<kind>(?i:collaborations?|partnerships?|alliances?|joint projects?|licen[cs]e agreements?"
    r"|licen[cs]ing agreements?|collaboration agreements?))\s+with\s+"
)
# "our daratumumab collaboration with A and ofatumumab collaboration with B": a second
# agreement told after "and" shares the first one's owner ("our"); the pattern runs from the
# first agreement's counterparty (at most 80 characters of it) to the second's
ELLIPTIC_RECAP_WITH = (
    r"[^;]{1,80}?\s+and\s+(?:[\w\-]+\s+){0,2}?"
    r"(?P<kind>(?i:collaborations?|partnerships?|alliances?|licen[cs]e agreements?"
    r"|licen[cs]ing agreements?|collaboration agreements?))\s+with\s+"
)
# "DRUG was jointly developed with Y": a recapped co-development with the release's company;
# also a reduced clause after the product ("its drug Velmab, co-developed with partner Y"), the
# progressive with the adverb after it ("which X is developing jointly with Y") and the role
# noun, with an aside, before the name ("co-developed with partner (and shareholder) Y")
CO_DEVELOPED_WITH = (
    r"(?:\b(?:was|were|is|are|been|being)\s+(?:jointly\s+|co-?)developed|,\s+(?:jointly\s+"
    r"|co-)developed|\b(?:is|are|was|were|been)\s+(?:co-?developing|developing\s+jointly))"
    r"\s+with\s+(?:(?:its|our|their)\s+)?(?:(?:long-?time\s+)?partners?\s+(?:\([^()]{1,60}\)\s+)?)?"
)
# "the vaccine was being developed in partnership with Y": a product's development
# collaboration between Y and the release's company (data "generated in collaboration with"
# is no deal)
DEVELOPED_IN_PARTNERSHIP = (
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:developed|co-?developed)\s+"
    r"in\s+(?:partnership|collaboration|cooperation)\s+with\s+"
)
# "licence agreements with A for Italy and with B for Canada", "has distribution deals with
# several partners, including A and B": agreements in the plural, one with each partner
PLURAL_AGREEMENTS_WITH = (
    r"\b(?:agreements|deals|contracts|pacts|licen[cs]es|partnerships|collaborations|alliances)"
    r"\s+with\b"
)
# "X acquired Y for $200 million and in-licensed DRUG from Z": a second predicate of the same
# subject tells a deal of its own (Z licenses, it sells nothing in the purchase)
# ("acquired Y, which had in-licensed DRUG from Z": group "rel", the bought company's licence)
SECOND_PREDICATE = (
    r"(?:,?\s+(?:and|but)|(?P<rel>,?\s+(?:which|who)))\s+"
    r"(?:(?:has|have|had|will|also|separately|later|then|since|previously)\s+){0,2}"
    r"(?:(?:in-|out-)?licen[cs](?:ed|es|e)|obtained|secured|gained|signed|entered|struck|inked)\b"
)
# A licence made by a verb ("has licensed", "grants"), not referred to ("under the licence"): a
# stake bought in the same sentence leaves the licence its own deal
LICENSING_DEED = r"\b(?:(?:in-|out-)?licen[cs](?:ed|es)|grant(?:ed|s))\b"
# "buys a stake in Y as part of a broader partnership to develop DRUG": a stake told with the
# collaboration it belongs to
STAKE_IN_PARTNERSHIP = (
    r"\b(?:as part of|under|within|alongside|in connection with)\s+(?:an?|the|their|its)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:partnership|collaboration|alliance)\s+(?:on|to|for|with)\b"
)
# "Y has exclusive rights to develop and commercialise DRUG in Mexico": the partner of the
# collaboration told just before holds a licence (the agreement is a licence)
EXCLUSIVE_RIGHTS_HELD = (
    r"\b(?:has|have|holds?|will (?:have|hold|receive|obtain)|obtain(?:s|ed)|receive[sd]?"
    r"|gain(?:s|ed)?)\s+(?:the\s+)?exclusive\s+(?:[\w\-]+\s+){0,2}?rights?\s+to\s+"
    r"(?:develop|commerciali[sz]e|market|sell|distribute)\b"
)
# Nouns that describe the company named right after them: "Fiji Islands company Makans",
# "the Oxford University spin-out Quillix", "Norvale subsidiary Quent Bio"
DESCRIPTOR_NOUNS = (
    r"company|firm|biotech|biotechnology company|drugmaker|drug developer|developer|maker"
    r"|start-?up|spin-?out|spin-?off|group|subsidiary|unit|affiliate|specialist"
)
# Institutions are deal parties too ("a research collaboration with the University of X").
INSTITUTION_WORDS = {"university", "institute", "hospital", "college", "school", "center", "centre"}

# A licence whose terms pay for exercising an option is an option deal.
OPTION_TERMS = r"\b(?:potential |option )?exercise (?:payments?|fees?)\b|\boption fees?\b"


# ---------------------------------------------------------------- partners told in passing
# (deals/recaps.py)

# Role nouns of a partner: "its partner Y", "our licensee Y", "their collaborator Y".
# "its co-development partner Y" makes a co-development.
PARTNER_ROLE = (
    r"(?P<role>partner|licensee|licensor|collaborator|collaboration partner"
    r"|co-?development partner|licen[cs](?:e|ing) partner)"
)
# "its partner Y", "its Japanese partner, Y,", "our longtime licensee Y", "its partner firm Y";
# a descriptor of up to two words may stand between ("its commercial partner").
POSSESSED_PARTNER = (
    r"\b(?P<owner>its|our|their)\s+(?:[\w\-]+\s+){0,2}?"
    + PARTNER_ROLE
    + r"(?:\s+(?:firm|company|companies))?\s*,?\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
# "X's co-development partner, Y,", "ABC Pharma's Taiwan affiliate and partner, Y,": the owner
# named by its possessive before the role (up to three words between)
NAMED_OWNER_PARTNER = (
    r"(?P<owner>(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,3})[’']s\s+(?:[\w\-]+\s+){0,3}?"
    + PARTNER_ROLE
    + r"\s*,?\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
# "the Tarrow-partnered programme", "its Osaka Bio-partnered asset": a product named by the
# partner it is developed with; group "name" holds the partner's name and the words before it
PARTNERED_COMPOUND = (
    r"\b(?P<name>(?-i:[A-Z])[\w&.]*(?:\s+(?-i:[A-Z])[\w&.]*){0,4}?)[\-‐–]partnered\b"
)
# "Y, X's partner in Japan," "Y, X's licensee,", "Y, its partner,": the owner before the role
PARTNER_APPOSITIVE = (
    r"\s*,\s+(?:(?P<owner>(?-i:[A-Z])[^,;()]{1,60}?)[’']s|(?P<its>its|our|their))\s+"
    r"(?:[\w\-]+\s+){0,2}?" + PARTNER_ROLE + r"\b"
)
# "X is developing DRUG in collaboration with Y", "X co-develops DRUG in partnership with Y": a
# product's development told with a partner ("data generated in collaboration with" is no deal)
DEVELOPING_WITH = (
    r"\b(?:is|are|was|were|has been|have been)\s+(?:jointly\s+|co-?)?"
    r"(?:developing|commerciali[sz]ing|marketing)\b[^.;]{0,80}?\bin\s+(?:partnership|collaboration|cooperation)\s+with\s+"
)

# ---------------------------------------------------------------- stakes bought for a price

# A price as a release writes it: "$17m", "US$5 million", "EUR 20 million"
PRICE = (
    r"(?:(?:US|HK|A|AU|C|S)?[$€£¥]|(?:USD|EUR|GBP|CHF)\s?)\s?\d[\d.,]*"
    r"\s*(?:million|billion|mn|bn|m)?\b"
)
# "about", "nearly": a figure told roughly is the same figure
ROUGHLY = (
    r"(?:(?:about|approximately|nearly|almost|some|roughly|around|over|more than"
    r"|an additional)\s+)?"
)
# "Y paid $17m for about 680,000 shares in the offering", "Y will pay $5 million for 2 million
# new shares of X", "Y retains a stake after investing $11m in the company": a priced stake
# bought by one named investor, told by its price and the shares it bought (not by a noun of
# investment). The match ends where the stake's issuer is named ("of X", "in X", "in the
# offering"); a stake bought in a round is a financing event, not a deal (FINANCING_ROUND).
STAKE_PAID = (
    r"\b(?:paid|pays|paying|(?:will|to|agreed to|agrees to) (?:pay|spend)|spen(?:t|ds|ding)"
    r"|invested)\s+"
    rf"{ROUGHLY}{PRICE}\s+(?:for|to (?:buy|purchase|acquire))\s+(?:{ROUGHLY}\d[\d.,]*"
    r"\s*(?:million\s+|m\s+)?(?:(?:new|newly issued|ordinary|common|preferred|additional)\s+)*"
    r"shares\s+(?:(?:of|in)\s+(?:the\s+)?(?:common\s+stock\s+of\s+)?)?"
    # "will spend $25 million for a 7.6% stake in Y": a stake short of control (a majority
    # stake bought is the company's acquisition)
    r"|an?\s+(?:(?:[1-4]?\d(?:\.\d+)?)\s?(?:%|percent|per cent)\s+|minority\s+"
    r"|non-controlling\s+)(?:equity\s+)?stake\s+in\s+(?:the\s+)?)"
    rf"|\b(?:after|by|through|when|since)\s+investing\s+{ROUGHLY}{PRICE}\s+in(?:to)?\s+"
    r"(?:the\s+)?"
)
# The issuer of a stake named by what it sold rather than by its name: "in the offering", "in
# the company", "in its IPO": the release's own company (whose offering the release tells)
ISSUER_BY_SALE = (
    r"(?:the\s+|its\s+)?(?:company|offering|IPO|initial public offering|public offering"
    r"|listing|private placement|placement)\b"
)


# ---------------------------------------------------------------- agreements with listed examples

# "X holds licensing agreements with several leading cancer centers and universities,
# including A, B, and C", "X has collaboration agreements with partners such as A and B": an
# agreement with each example named (group "kind" gives the type: a licence or a
# collaboration); the match ends where the first example begins.
EXAMPLE_AGREEMENTS = (
    r"\b(?:holds?|has|have|signed|entered into|concluded|established)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?P<kind>licen[cs](?:e|ing)|collaboration|research|partnership)\s+agreements\s+with\s+"
    r"(?:several|multiple|various|numerous|a number of|a range of)?\s*[^,;:()]{0,80}?,?\s+"
    r"(?:including|such as|among them|namely)\s+(?:the\s+)?"
)
