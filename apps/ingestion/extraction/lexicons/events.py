"""Company-event wordings, mapped to the contract's event types.

Patterns of the trade only: nothing here names a particular company, conference or product.
Each pattern is matched case-insensitively within one sentence.
"""

# Where a presentation happened: a meeting, congress or symposium.
VENUE = (
    # plurals too: "at two investor conferences in September: the X Conference and ..."
    r"(?:congress(?:es)?|meetings?|conferences?|symposi(?:um|a)|summits?|forums?|sessions"
    r"|workshops?|colloquium|showcase"
    # "will present at two upcoming investor events:" (the events listed below; never "has
    # presented at many investor events", a biography)
    r"|(?:two|three|four|five|upcoming|following) (?:upcoming )?(?:investor|investment"
    r"|healthcare|industry|partnering) events?"
    r"|ASCO|ASH|ESMO|AACR|EHA|EASL|AASLD|ADA|ACR|EULAR|SABCS|SITC|WCLC|IASLC|ERS|ATS)\b"
)

# An offering's first trading day told with the shares first: "Trading of the shares on the
# Main Board ... is expected to commence on December 13, 2024", "Dealings in the H Shares are
# expected to commence at 9:00 a.m. on ...", "trading in its ADSs began on ..." (the way
# Hong Kong and London prospectus language words a listing). Never new shares of a listed
# company ("dealings in the new shares", "the Placing Shares": a placing's admission, no listing).
TRADING_START = (
    r"\b(?:trading|dealings?) (?:of|in) "
    r"(?!(?:[\w-]+ ){0,2}(?:new|placing|placed|subscription|consideration|additional|further"
    r"|offer) )"
    r"(?:the |its |our |their )?(?:[\w-]+ ){0,2}?(?:shares|ADSs|ADS|stock|securities)\b"
    r"[^.;]{0,120}?\b(?:will (?:commence|begin|start)"
    r"|(?:is|are) (?:expected|scheduled) to (?:commence|begin|start)|commenced|began|started)\b"
)

# (type, trigger); the first sentence that tells each type as done gives the event.
# A partner's payment under a deal, which funds the payee but is no raise of it: "$25 million
# in upfront funding", "$10 million in milestone funding", "in licence funding". Checked on the
# word before "funding" in a sized telling.
DEAL_PAYMENT = r"(?:upfront|up-front|milestone|royalty|licen[cs]e|collaboration|partnership)\b"

TRIGGERS = [
    (
        "gmp_inspection",
        r"\b(?:(?:c?GMP|Good Manufacturing Practices?)\b.{0,80}\b(?:inspection|audit)"
        r"|(?:inspection|audit)\b.{0,80}\b(?:c?GMP|Good Manufacturing Practices?)\b"
        r"|carried out an inspection|site inspection|pre-(?:approval|licen[cs]e) inspection"
        r"|\bPLI\b"
        # "passed the agency's inspection", "closed the inspection with zero observations"
        r"|passed (?:an? |the |its )?(?:[\w'’.-]+ ){0,5}(?:inspection|audit)"
        r"|(?:inspection|audit)\b[^.]{0,120}\b(?:zero|no) (?:(?:Form[- ])?483 )?observations"
        r"|Establishment Inspection Report"
        # "received a GMP certificate", "the FDA inspected the Lyon facility"
        r"|c?GMP (?:certificate|certification)|\binspected (?:the |its |our )?[^.]{0,60}"
        r"\b(?:facility|site|plant|unit|manufacturing))",
    ),
    (
        "facility",
        r"\b(?:groundbreaking|broke ground|ground-breaking|opening of|opening ceremony|opened"
        r"|unveil(?:s|ed)"
        r"|inaugurat\w*|completed construction|commenced operations?|relocat\w*"
        # "closing the inspection of its plant", "closed the offering": no facility closes
        # "started production at its new biologics plant", "launched its new manufacturing
        # facility" (the site right after: never "launched its new drug, made at its plant")
        r"|(?:started|began|commenced|starts|begins) (?:commercial |GMP |full-scale )?"
        r"(?:production|manufacturing) (?:at|in)"
        # a committed investment in a site: "a EUR 150 million investment to expand its plant",
        # "is investing $80 million to build a new facility" (a plan is still held by FUTURE)
        # (the site its object: never "a Series B investment to expand its pipeline")
        r"|invest(?:ment|ing|s|ed)\b[^.]{0,40}?\bto (?:expand|build|construct|establish|upgrade"
        r"|extend|double)(?= (?:(?:an?|the|its|their|our|new) )*(?:[\w&-]+ ){0,3}(?:facilit"
        r"|plant|site|campus|cent(?:er|re)|laborator|headquarters))"
        # a site taken on lease: "signed a long-term lease for 80,000 square feet of laboratory
        # space", "entered into a lease agreement for a new GMP facility" (never a sublease)
        r"|(?:signed|signs|executed|entered into) (?:an? |the )?(?:[\w-]+ ){0,2}lease\b"
        r"|(?:officially )?launch(?:ed|es) (?:its |a |the )new (?=(?:[\w&-]+ ){0,3}(?:facility"
        r"|plant|site|cent(?:er|re)|campus|headquarters|laborator))"
        # (nor "closed a $40 million Series B investment": a raise closes, sized or not)
        r"|clos(?:e|ed|ing|ure of)\b(?! (?:the |an? |its )?"
        r"(?:[\w$€£¥.-][\w$€£¥.,-]*\w ){0,3}?(?:inspection"
        r"|audit|deal|transaction|offering|financing|acquisition|round|placement|placing"
        r"|series [A-F]\d?)\b))\b.{0,120}\b(?:facility|facilities"
        r"|(?:R&D|research|innovation|manufacturing|production|development|technology)"
        r" (?:cent(?:er|re)|site|base|hub)|plant|campus|headquarters|laborator(?:y|ies))\b",
    ),
    (
        "financing",
        r"\b(?:placement|(?:a |the |share |its )placing\b|placing of|capital rais\w*|fund-?raising"
        # a UK placing sized before it: "a £40m placing and open offer", "a GBP 12 million
        # placing" (the raise the way London-listed companies word it)
        r"|(?:[A-Z]{0,3}[$€£]|(?:GBP|EUR|USD) ?)[\d.,]+ ?(?:m|mn|bn|million|billion)?"
        r" (?:[\w-]+ ){0,2}placing\b"
        r"|capital increase"
        # "received a $2.5 million grant", "has been awarded up to $30 million from BARDA"
        r"|(?:received|receives|secured|secures|won|wins|landed|lands|obtained|bagged)"
        r" (?:an? |the )?(?:[A-Z]{0,3}[$€£]|\d)"
        r"[\d.,]*(?: ?(?:m|mn|bn)\b| (?:million|billion))? (?:[\w-]+ ){0,3}(?:grant|award|funding)"
        r"|awarded (?:an? )?(?:up to |nearly |approximately |about )?(?:[A-Z]{0,3}[$€£])"
        # "entered into a $50 million term loan facility"
        r"|(?:entered into|closed|obtained) (?:an? |the )?"
        r"(?:[A-Z]{0,3}[$€£][\d.,]+ (?:million |billion )?)?"
        r"(?:senior |secured |revolving )?(?:term loan|loan|credit|debt) (?:facility|agreement)"
        r"|rais(?:ed|es|ing) (?:(?:gross |net )?proceeds"
        r"|approximately|about|nearly|over|more than|[A-Z]{0,3}\$|US|EUR|GBP|CHF|RMB|HK\$|€|£|\d"
        # another ISO currency code before the sum: "raised JPY 4.2 billion", "raising SEK 300m"
        # (named codes only: "raised ALT 3 times the upper limit" is a lab value)
        r"|(?-i:JPY|CNY|SEK|NOK|DKK|AUD|CAD|HKD|KRW|INR|SGD|NZD|ILS|PLN|TWD|BRL|USD) ?\d)"
        # "closed a $12 million seed round", "a $30 million crossover round"
        r"|(?:seed|crossover|pre-IPO|mezzanine|bridge|angel) (?:financing |funding )?round"
        r"|financing round|(?:series|pre-series) [A-F]\d?\b.{0,40}(?:financing|round|funding"
        r"|extension|tranche)"
        # "6.5 times their initial public offering price": a price compared, no raise told
        r"|private placement|public offering(?! price)|direct offering|equity offering"
        # a private investment in public equity: "a PIPE financing of $75 million"
        r"|(?-i:PIPE) (?:financing|investment|transaction|offering)"
        # a warrant holder paying in cash: "an agreement for the immediate cash exercise of
        # outstanding warrants" (never "shares issuable upon exercise of warrants")
        r"|(?:agreements? for|announced|completed|closed|entered into) (?:an? |the )?"
        r"(?:[\w-]+ ){0,3}(?:exercise of (?:[\w-]+ ){0,3}warrants|warrant (?:exercise|inducement))"
        # new shares bought from the company: "through a purchase of restricted common stock"
        r"|(?:purchase|sale|issuance) of (?:[\w-]+ ){0,2}(?:common|ordinary|preferred) "
        r"(?:stock|shares)\b"
        # the abbreviation tells the same raise: "sold 40 million shares in an IPO"
        r"|\bIPO\b(?! (?:prices?|papers|applications?|filings?|prospectus|plans?)\b)"
        r"|total raised|(?<=[$€£])\d[\d.,]* (?:million |billion )?(?:was |were )?raised"
        # "received a strategic investment of $20 million", "a $75 million private investment
        # in public equity financing"
        r"|(?:received|receives|secured|secures|closed|completed) (?:an? |the )?"
        r"(?:strategic |equity |minority )?investment of"
        r"|private investment in public equity"
        # "with $6 million in fresh funding"
        r"|(?<=[$€£])\d[\d.,]* (?:million|billion) (?:in|of) (?:new |additional |fresh )?"
        # (never a deal's payment: "$25 million in upfront funding", "in milestone funding")
        r"(?:(?!" + DEAL_PAYMENT + r")[\w-]+ )?(?:funding|financing|capital)\b"
        r"|(?:completed|closed|(?:completion|closing) of) (?:an? |its |the )?(?:[\w$€£¥.,-]+ ){0,4}"
        r"(?:financing|offering|placement|placing|fundraising)\b"
        # a sized round or extension closed: "the closing of a EUR 15m extension", "completed
        # a $9 million seed extension" (the money before it: never "an extension of the term")
        r"|(?:completed|closed|(?:completion|closing) of) (?:an? |its |the )?(?:[\w-]+ ){0,2}"
        r"(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3} ?)[\d.,]+ ?(?:m|mn|bn|million|billion)? "
        r"(?:[\w-]+ ){0,2}(?:extension|round)\b"
        # "closed an oversubscribed $80 million Series C"
        r"|(?:completed|closed) (?:an? |its |the )?(?:[\w$€£¥.,-]+ ){0,4}(?:pre-)?series [A-F]\d?\b"
        # "entered into a securities purchase agreement ... for gross proceeds of $15 million"
        r"|securities purchase agreements?|share subscription agreements?"
        r"|(?:for|with|generating|resulting in) (?:aggregate |total )?gross proceeds of"
        # a public award: "the agency awarded X a contract for up to $12 million"
        r"|awarded (?:[\w.&-]+ ){0,3}?(?:an? |the )(?:[\w-]+ ){0,2}?(?:contract|grant"
        r"|award|funding)\b[^.]{0,60}?(?:[$€£]|\b(?:US|EUR|GBP|CHF|RMB)\b)"
        # debt raised: "issued $1.5 billion of senior unsecured notes"
        r"|(?:issued|priced|completed|closed|(?:pricing|issuance|closing|completion) of)"
        r" (?:an? |its |the )?(?:offering of )?"
        r"(?:[\w$€£.,-]+ ){0,5}(?:senior |convertible |unsecured |secured |exchangeable )*"
        r"(?:notes|bonds|debentures)\b"
        r"|(?:secured|obtained) (?:an? )?(?:(?:[A-Z]{0,3}[$€£])?[\d.,]+ (?:million |billion )?)?"
        r"(?:revolving |term |venture )?"
        r"(?:loan|credit facility|debt facility)"
        r"|(?:grant|award|funding) of (?:up to |nearly |approximately |about )?"
        r"(?:[A-Z]{0,3}\$|US|EUR|GBP|€|£|\d)|(?:received|receives|secured|secures|awarded)"
        r" (?:an? )?(?:partial )?(?:payment|grant|award|funding) of)\b",
    ),
    (
        "listing",
        r"\b(?:(?<!\bis )(?<!\bare )(?<!group )(?<!company )listed on"
        # the first listing told in the passive with its day: "its shares were listed today on
        # the Growth Market", "the ADSs were officially listed on" (never "is listed on", a
        # standing fact)
        r"|(?:were|was|have been|has been) (?:officially |successfully )?listed"
        r" (?:today |this morning |yesterday )?on\b"
        r"|(?:begin|began|commence[sd]?|start(?:s|ed)?) trading|debut(?:ed)? on"
        r"|initial public offering(?! price)"
        # the abbreviation; "IPO papers", "IPO application": a filing, no offering yet
        r"|\bIPO\b(?! (?:prices?|papers|applications?|filings?|prospectus|plans?)\b)"
        # "rose 20% on its debut", "in its Hong Kong debut", "has fallen since its debut"
        r"|(?:on|in|since) (?:its|their) (?:[\w-]+ ){0,3}debut\b(?! (?:of|at)\b)"
        r"|notice\b.{0,60}\bfrom (?:the )?(?:NYSE|Nasdaq|Hong Kong Stock Exchange|HKEX|LSE)"
        r"|(?:non-?compliance|continued listing) (?:standards?|requirements?|rules?)"
        # "admitted to trading on AIM", "transferred its listing to the Nasdaq Global Select
        # Market", "completed its uplisting", "in their first day of trading"
        r"|(?:admitted|admission) to trading on|(?:moved|transferred|transfer of|completed)"
        r" (?:its |the )?(?:stock |share |common stock )?(?:listing|uplisting) (?:to|from|on)"
        # (never "rose on the first day of trading after the approval")
        r"|uplist(?:ed|ing) (?:to|on)|(?:its|their) first day of trading"
        r"|trading debut|listing of (?:its |the company's |the )(?:[\d,.]+ )?(?:million )?"
        r"(?:[AH] |ordinary |common )?(?:shares|ADSs))"
        r"|" + TRADING_START,
    ),
    (
        "clinical_milestone",
        # a highlight told as a bare noun phrase: "· Positive results from the VX-1 challenge
        # trial", "Encouraging interim data from its Phase 2 study" (a line's opening only: "based
        # on positive results from ..." in a sentence recaps a ground)
        r"(?:^|(?<=[·•*▪–-] ))(?:[Pp]ositive|[Ee]ncouraging|[Ff]avou?rable|[Ss]tatistically "
        r"significant) (?:top-?line |interim |final |preliminary )?(?:results|data) (?:from|of|in) "
        r"(?:the |its |our )?[^.;:]{0,80}?\b(?:trial|study)\b"
        r"|\b(?:top-?line (?:results|data)|(?:initiated|began|started|commenced) "
        r"(?:patient |subject |participant )?dosing"
        r"|first (?:patient|subject|participant)s?"
        # "the first patient in China has already been dosed"
        # "the first patient has been screened and is being enrolled"
        r"(?: in [\w -]{1,30}?)? (?:was |were |has |have |had |is |are )?(?:already |now )?"
        r"(?:been |being )?(?:screened and (?:is |are |was |were |has been |have been )?"
        r"(?:being )?)?(?:successfully )?(?:dosed|enrolled|treated|randomi[sz]ed)"
        r"|dos(?:ed|ing of) (?:the |its |their )?first (?:patient|subject|participant)"
        # "completed targeted enrollment", "completed full enrolment"
        r"|completed (?:the )?(?:patient |participant |subject |target(?:ed)? |full |planned )?"
        r"(?:enrol?lment|recruitment)"
        # "announced the last patient out in its Phase 3 trial", "announced database lock"
        r"|(?:last|final) (?:patient|subject|participant) out\b|(?<!\bof )database lock\b"
        r"|(?:enrol?lment|recruitment) (?:was |has been )?completed"
        # "has fully enrolled its Phase 3 trial", "the last patient has been dosed", "randomized
        # the first patient"
        r"|(?<!\bbe )fully (?:enrol?led|recruited)"
        r"|(?:last|final) (?:patient|subject|participant)s? (?:was |has |have |had )?(?:now )?"
        r"(?:been )?(?:dosed|enrolled|randomi[sz]ed|treated)"
        r"|(?:randomi[sz]ed|treated|enrolled) (?:the |its |their )?first (?:patient|subject"
        r"|participant)"
        r"|enrol?lment (?:is|was|has been) (?:now )?complete\b"
        r"|completion of (?:the )?(?:\w+[- ])*(?:enrol?lment|run-in|dosing)"
        r"|(?:initiated|began|started|commenced) (?:patient |subject )?enrol?lment"
        r"|(?:announced|reported|unveiled|released|posted) (?:[\w-]+ ){0,6}(?:results|data)"
        r" (?:from|of|for)\b[^.]{0,80}"
        r"\b(?:trial|study)"
        # "reported positive Phase 3 results for X": the phase names the trial
        r"|(?:announced|reported|posted|released|unveiled) (?:[\w-]+ ){0,3}"
        r"Phase (?:[1-4]|I{1,3}|IV)\w*(?:/\w+)? "
        r"(?:[\w-]+ )?(?:results|data)\b"
        r"|(?:trial|study) (?:was|has been|had been) (?:initiated|started|launched|commenced)"
        # "discontinued the study drug": a patient stopped a treatment, the trial goes on
        r"|discontinu\w* (?:its|the|a|an) [^.]{0,60}\b(?:trial|study)"
        r"(?! (?:drugs?|treatments?|medications?|therapy|therapies|products?|vaccines?))"
        # "dropped work on its partnered antibody", "halted development of NV-7"
        # "has stopped its Phase 2 trial", "terminated its Phase 3 study"
        r"|(?:dropped|halted|scrapped|abandoned|shelved|stopped|terminated)"
        # ("terminated the license agreement covering the trial": a deal ended, not a trial)
        r"(?! (?:its |the |an? )?(?:[\w-]+ ){0,3}(?:agreements?|collaborations?|licen[cs]es?"
        r"|contracts?|partnerships?|deals?)\b)"
        r" (?:work on|(?:the |its )?development of"
        r"|(?:its|the|a) [^.]{0,60}\b(?:program(?:me)?|trial|study)\b)"
        # "..., achieving the primary endpoint in its Phase 2b trial" (never "the odds of
        # achieving", "designed for reaching": a goal)
        r"|(?:met|reached|achieved|hit|failed to meet|did not meet|missed"
        # "did not achieve its primary endpoint", "achieved statistical significance on the
        # primary endpoint"
        r"|(?:did not|failed to) (?:achieve|reach)|achieved statistical significance (?:on|in|for)"
        r"|(?<!\bof )(?<!\bfor )(?<!\bto )(?:meeting|reaching|achieving|hitting))"
        r" (?:its |the |all |both )"
        r"(?:of )?(?:its |the )?(?:co-)?primary (?:and secondary )?(?:study |efficacy |safety )?"
        r"(?:end ?points?|objectives?)"
        # news wording: "hit the main goal of its late-stage trial"
        r"|(?:met|hit|missed|failed to meet|did not meet) (?:its |the )(?:main|primary) goals? "
        r"(?:of|in) (?:its |the |a )(?:[\w-]+ ){0,3}(?:trial|study)"
        r"|completion of (?:its |the |an? )(?:[\w-]+ ){0,4}(?:trial|study)"
        # "has finished a clinical study with its lead compound"
        r"|finished (?:an? |the |its )(?:[\w-]+ ){0,2}clinical (?:trial|study)"
        # "two programs moved into Phase 3 development", "entered clinical-stage development"
        r"|(?:moved|advanced|progressed|entered|transitioned) into (?:the )?"
        r"(?:Phase (?:[1-4]|I{1,3}|IV)\w*(?:/\w+)? (?:development|trials?|studies|clinical)"
        r"|clinical[- ]stage development)|entered clinical[- ]stage development"
        # "patients in the trial previously failed Avastin": a patient's history, not the trial's
        r"|(?:trial|study)\b[^.]{0,80}\b(?:(?<!previously )(?<!\bwho )(?<!\bhad )failed"
        r"(?! (?:on |prior |previous |(?-i:[A-Z]))|\w)|was stopped for futility)\b"
        r"|(?:is|are) now enrol?ling|(?:began|begun|started|commenced) (?:enrol?ling|recruiting)"
        # a response seen in a patient of the trial: "a complete metabolic response in ..."
        r"|(?:announced|reported|observed|achieved|saw) (?:an? |the )?(?:first )?(?:complete"
        r"|partial|objective|durable|major)(?: [\w-]+){0,2} response\b[^.]{0,200}\b(?:trial|study)"
        r"|completed (?:an? |the |its )?(?:planned |pre-specified |prespecified )?interim "
        r"(?:data |efficacy |safety |futility )?(?:analysis|review)"
        # "completed a Phase 2a proof-of-concept study"; "a previously completed study" describes
        # "has completed two large Phase 3 pivotal trials"
        r"|(?<!previously )(?<!\ba )(?<!\bthe )completed (?:an? |the |its )?(?:\w+ ){0,2}"
        r"Phase (?:[1-4]|I{1,3}|IV)"
        r"(?:[ab]|/(?:[1-4]|I{1,3}))? (?:[\w-]+ ){0,3}(?:stud(?:y|ies)|trials?)"
        # "it has begun the phase 1 clinical trial"
        r"|(?:initiated|launched|started|commenced|began|(?<=has )begun|(?<=have )begun)"
        r" (?:an? |the |its )?"
        r"(?:new |second |third |another |additional |global )?"
        r"(?:pivotal |registrational )?(?:phase (?:[1-4]|I{1,3}|IV|one|two|three)\w*"
        r"(?:/\w+)? )?(?:clinical )?(?:trial|study)"
        r"|launch of (?:an? |the )?(?:new )?(?:\w+ )?(?:clinical )?(?:trial|study)"
        r"|(?:trial|study)\b[^.]{0,200}\b(?:was|has been) completed"
        # news wording of the same steps. "received the final report for its Phase IIa trial",
        # "received the final clinical study report for the study"
        r"|received (?:the |its |a )?(?:final |full |top-?line )?(?:clinical )?(?:study )?"
        r"(?:report|results|data) (?:from|for|of|on) (?:its |the |a |their )?[^.]{0,60}?"
        r"\b(?:trial|study|Phase)"
        # "expanded the CV-9 trial in lupus to include patients with myositis", "expanded its
        # Phase 1 study into a basket study"
        r"|expanded (?:its |the |an? )(?:[\w-]+ ){0,4}(?:trial|study)\b[^.;]{0,80}?"
        r"\b(?:to include|to enrol|into an? )"
        # "administered the drug candidate to the first patient"
        r"|administered (?:[\w-]+ ){0,4}to (?:the |its |their )?first (?:patient|subject"
        r"|participant)"
        # "the first participant in its Phase 1 study received a dose on Monday"
        r"|first (?:patient|subject|participant)s?\b[^.]{0,80}?\b(?:received|was given|got)"
        r" (?:an? |the |his |her |their )(?:first |initial )?dose"
        # "the first patient has received CV-31 in its Phase 1 trial"
        r"|first (?:patient|subject|participant)s? (?:has |have |had )?received\b"
        # "recruitment into the VERDANT trial has been finished", "enrolment in its Phase 2
        # study closed ahead of schedule" (never "is expected to be closed")
        r"|(?:enrol?lment|recruitment) (?:in|into|of|for) (?:the |its |a |their )?[^.]{0,80}?"
        r"(?<!\bbe )(?<!\bto )(?:completed|finished|closed|concluded)\b"
        # "announced the initiation of its Phase 2 trial" (never "the planned start of")
        r"|(?:announced|announces|announcing|marks|marked|celebrat\w*) (?:the )?(?:initiation"
        r"|start|commencement|launch) of (?:an? |the |its |their )(?:[\w-]+ ){0,4}(?:trial|study)"
        # "final data from its Phase 2 study showed a 40% reduction"
        r"|(?:top-?line|final|interim) (?:results|data|analysis) (?:from|of) (?:its |the |a )"
        r"[^.]{0,80}?\b(?:trial|study)\b[^.]{0,40}?\b(?:showed|demonstrated|revealed|confirmed)"
        # "has kicked off a Phase 2 trial", "completed dosing in the first part of its trial"
        r"|kick(?:ed|s) off (?:an? |the |its )(?:[\w-]+ ){0,4}(?:trial|study)"
        r"|completed dosing (?:in|of) "
        # "the first cohort of patients has been dosed", "dosed the first cohort"
        r"|first cohort (?:of (?:patients|subjects|participants) )?(?:was |were |has |have )?"
        r"(?:been )?(?:dosed|enrolled|treated)|dosed (?:the |its )first cohort"
        # "the last patient completed the final visit"
        r"|(?:last|final) (?:patient|subject|participant)s? (?:has |have )?completed "
        r"(?:the |their |his |her |its )?(?:(?:final|last) (?:study |follow-up )?visit"
        # "the last patient has completed the 52-week treatment period"
        r"|(?:\d+-(?:week|month|day) )?(?:treatment|dosing|follow-up|study) period)"
        # passive: "announced that the primary endpoint has been met for the pivotal trial"
        r"|primary (?:study |efficacy |safety )?(?:end ?points?|objectives?) (?:has |have |had )?"
        r"(?:was |were |been )(?:successfully )?(?:met|achieved|reached)"
        # "its Phase 3 study of X hit its primary goal", "the trial met its immunogenicity
        # target" (an endpoint named by what it measures)
        r"|(?:trial|study)\b[^.]{0,80}\b(?:met|hit|achieved|reached|missed|failed to meet"
        r"|did not meet) (?:its |the )(?:(?:main|primary) goals?|(?:co-primary |primary )?"
        r"(?:immunogenicity|efficacy|safety) (?:end ?points?|targets?|goals?)))\b",
    ),
    (
        "conference",
        r"\b(?:selected for (?:an? )?(?:oral|poster|late-breaking)"
        r"|presented as an? (?:oral|poster|late-breaking)"
        # the meeting told first: "At the Northbridge Congress (Lisbon, Portugal), Velmora
        # presented data ..." (the subject is named before the verb, the group `told`)
        r"|at (?:the )?[^.]{0,150}?" + VENUE + r"[^.;]{0,100}?,\s+[^;]{0,60}?"
        r"\b(?P<told>presented|showcased)\b"
        r"|(?:presented|presentation of|presents|reported|showcased|shared|featured)\b[^.]{0,200}"
        r"\bat (?:the )?[^.]{0,100}"
        + VENUE
        # "an oral presentation on X at the 2026 Northbridge Meeting"
        + r"|(?:oral|poster|podium|late-breaking) (?:presentation|session)s? (?:at|during|(?:on|of)"
        r" [^.]{0,80}?\bat (?:the )?[^.]{0,100}" + VENUE + r")"
        # "hosted a Key Opinion Leader event on X in November"
        r"|hosted (?:an? |its )(?:[\w-]+ ){0,3}(?:KOL|key opinion leader) (?:event|webinar|meeting"
        r"|symposium|call)"
        # "hosted a symposium at the Halden Congress 2026"
        r"|(?:hosted|held) (?:an? |its )(?:[\w-]+ ){0,3}(?:symposium|satellite session|workshop"
        r"|breakfast|dinner|booth)\b[^.]{0,100}\bat (?:the )?[^.]{0,100}" + VENUE + r""
        r"|presentation at (?:the )?[^.]{0,100}"
        + VENUE
        # "is scheduled to present at", "will take part in a panel at", "will host investor
        # meetings at", "a poster will be displayed at"
        + r"|(?:will (?:be )?|(?:is|are) (?:scheduled|set|slated|invited) to )(?:present(?:ed)?"
        r"|participate|speak|take part|host (?:[\w-]+ ){0,3}meetings|(?:be )?displayed)\b"
        r"[^.]{0,200}\bat (?:the )?"
        r"[^.]{0,100}"
        + VENUE
        + r"|presented\b.{0,120}?\bin an? (?:oral|poster|late-breaking) presentation)",
    ),
    (
        # a restructuring that cuts staff: the contract has no type for it, so "other"
        "other",
        r"\b(?:(?:workforce|headcount|staff|personnel) (?:reduction|cuts?)"
        r"|reduc\w* (?:its |the |our )?(?:global )?(?:workforce|headcount)"
        r"|reduction in force|(?:lay(?:s|ing)?|laid) off)\b",
    ),
    (
        "leadership",
        r"\b(?:(?:appointed|appoints|appointment of|named|promoted|promotes|hired|hires"
        r"|joins|joined|elected|replaced"
        r"|resignation of|resigned|retirement of|retired|departure of|succeed|succeeds|succeeded"
        # ("succeeding in its mission, the CEO said": success, not a successor)
        r"|succeeding(?! in\b))"
        r"\b.{0,80}"
        r"\b(?:Chief|CEO|CFO|COO|CMO|CSO|President|Chair(?:man|woman)?|Directors?|Board|Head of"
        r"|General Counsel)\b"
        # news verbs that need the role right after ("taps X as CEO", "names X CEO", "welcomed
        # X to its board"); "added" and "welcome" alone are words of a quotation
        r"|(?:names|tap(?:s|ped)|recruit(?:s|ed)|brought on|brings on|welcom(?:es|ed)"
        # "is thrilled to welcome four executives to its executive team"
        r"|(?:pleased|delighted|thrilled|excited|proud|happy) to welcome"
        # "tapped X to be its next chief executive"
        r"|add(?:s|ed)|will join)\b[^.;]{0,80}?\b(?:as|to)\s+(?:be\s+|become\s+)?"
        r"(?:its |our |the )?(?:new |first |interim |next )?(?:Chief|CEO|CFO|COO|CMO|CSO|President"
        r"|Chair(?:man|woman)?|Board|(?:executive|leadership|management) (?:team|committee)"
        # "tapped X to be its next leader" (the possessive and "new"/"next" make it the post)
        r"|(?<=its next )leader|(?<=its new )leader"
        r"|Head of|General Counsel)\b"
        r"|names (?-i:(?:[A-Z][\w.'’-]*\s+){1,4})(?:its |as )?(?:new |interim )?"
        r"(?:Chief|CEO|CFO|COO|CMO|CSO|President|Chair(?:man|woman)?)\b"
        r"|(?:Chief|CEO|CFO|COO|CMO|CSO|President|Chair(?:man|woman)?|Director)\b.{0,80}"
        # "CEO Tomas Ek is leaving the company at the end of the month"
        r"\b(?:step(?:s|ped|ping)? down|resign(?:s|ed)?|retire[sd]?|not return"
        r"|(?:is|are|will be) leaving (?:the company|its board|the board))\b"
        # "will transition from Chief Executive Officer to Executive Chairman"
        r"|transition(?:s|ed|ing)? (?:from|to) (?:(?:the |his |her |their )?role (?:of|as) )?"
        r"(?:the )?(?:Chief|CEO|CFO|COO|CMO|CSO|President|Executive Chair|Chair(?:man|woman)?)\b"
        # "decided to retire after almost 12 years from his role as CEO", "will resign effective
        # May 1 as CFO": a time phrase may stand between the departure and the post
        r"|(?:step(?:s|ped|ping)? down|resign(?:s|ed)?|retire[sd]?)"
        r"(?: (?:after|at|on|in|effective|following|upon|later|early)\b[^.;]{0,40}?)?"
        r" (?:from|as)\b.{0,60}"
        r"\b(?:Board|Chief|CEO|CFO|COO|CMO|CSO|President|Chair(?:man|woman)?|Director)\b"
        # "has assumed the role of Chief Executive Officer", "took over as CEO"
        r"|(?:assum(?:ed|es|ing)|t(?:ook|akes|aking) over) (?:the (?:role|position|post|duties)"
        r" of|as) (?:its |the )?(?:new |interim |acting )?(?:Chief|CEO|CFO|COO|CMO|CSO"
        r"|President|Chair(?:man|woman)?)\b"
        # "Ana Roos will become chief executive officer on July 1" (never "she became CEO of
        # Ostrel in 2015", a person's record)
        r"|(?:will become|becomes) (?:its |the )?(?:new |interim |acting )?"
        r"(?:Chief|CEO|CFO|COO|CMO|CSO|President|Chair(?:man|woman)?)\b"
        r"|changes? (?:of|to|in) (?:its |the )?(?:Board|Directors|management)"
        # a seat taken with a raise: "Ann Roe and Li Wei will join Velmora's board of
        # directors", "is joining the board" (the board named right after the verb, so "join
        # the call with CEO ..." is no seat)
        r"|join(?:s|ed|ing)? (?:the |its |our |their |(?:[\w&.-]+ ){0,3}?[\w&.-]+['’]s )"
        r"(?:Board|(?:executive|leadership|management) (?:team|committee))\b"
        # (never a call: "invited to join Velmora's management team for a conference call")
        r"(?![^.;]{0,40}\b(?:call|webcast|presentation|meeting|discussion|Q&A)\b)"
        # several new directors named with their firms: "added Tom Hale of Ardle Capital,
        # Mia Fenn of Corva Partners and Raj Patel to its board" (a list longer than the
        # reach above; never "added that ...", a quotation's verb)
        r"|add(?:s|ed)\b(?! that\b)[^;]{0,200}?\bto (?:its|the|our|their) "
        r"(?:Board|(?:executive|leadership|management) team)\b)",
    ),
]

# A scheduled presentation or talk is news, not a plan, when it is at a named meeting ("at the
# 2026 Northbridge Congress", "at NOS 2026") on a stated day.
# "at two upcoming investor conferences: the X Conference on ..." names them after a colon
NAMED_VENUE = (
    r"\bat (?:the )?(?:[a-z]+ ){0,2}(?:\d+\w{0,2} )?[A-Z]"
    r"|\bat (?:two|three|four|several|the following) [^.:]{0,60}:\s*(?:(?:the )?[A-Z]|$)"
    # "at the world's largest cancer research conference: the Northbridge Society meeting"
    r"|\bat (?:the |an? )?[^.:]{0,80}\b(?:conference|meeting|congress|symposium|summit|forum)s?"
    r":\s*(?:the )?[A-Z]"
)
# "Session date: Friday, 14 March 2025": a presentation's details line; a block whose line
# breaks were lost runs its labels into the words before ("Chairman & CEODate/Time: ...").
DETAILS_DATE = (
    r"(?:\b|(?<=[a-z])|(?<=[A-Z])(?=Date))"
    r"(?:(?:Presentation|Poster|Session|Abstract|Oral) )?(?:[Dd]ate"
    r"(?: and [Tt]ime| ?/ ?[Tt]ime)?|Time and [Dd]ate)\s*:\s*"
)
DETAILS_REACH = 2000  # characters after the telling where its details block may stand

# "between Jan. 13, 2025, and Jan. 17, 2025": two dates that bound one event.
DATE_RANGE_GAP = r"\s*,?\s*(?:and|to|through|until|-|–|—)\s*"

# "Quillon announced that Velmora raised ...": the clause after a reporting verb names the
# event's own subject.
REPORTING_VERB = (
    r"\b(?:announc(?:ed|es)|report(?:ed|s)|sa(?:id|ys)|stated|disclos(?:ed|es)|confirm(?:ed|s)"
    r"|not(?:ed|es))(?: today)?,? that\s+"
)

# "Conducted in collaboration with X and Y, the trial ...", "Together with X, ...": an opening
# phrase names helpers, not the event's subject (case-sensitive: it opens the sentence).
LEAD_PHRASE = (
    r"[\s*•\-–]*(?:(?:Conducted|Sponsored|Funded|Supported|Run|Led|Developed|Partnered)\s+"
    r"(?:in collaboration |in partnership |jointly )?(?:with|by)|In (?:collaboration|partnership)"
    r" with|Together with|Alongside|Along with)\b[^,;]{1,150}"
    # a list of helpers: "Conducted with Aldra, Brevon, and Calix, the trial ..."
    r"(?:,\s*(?:and\s+)?[A-Z][^,;]{0,40}?)*,\s*"
)

# "Founded in 2014, X raised ...": a date that belongs to the company, not to its event; so
# does the date of a balance ("cash of $5.1 million as of June 30, 2025, plus $1.4 million
# raised July 1").
COMPANY_DATE = (
    r"\b(?:founded|established|incorporated|formed|spun out|spun off)\s+(?:in|on)\s+$"
    r"|\b(?:cash|balance|equivalents|investments)\b[^;]{0,30}\b(?:on|as of|as at|at)\s+$"
)

# "X co-led the Series B round of Y": the investor's part; the round is the raiser's event.
INVESTOR_ROLE = (
    r"\b(?:co-?led|led|participated in|joined|invested in|backed|anchored|subscribed"
    r"|having (?:co-?)?led)\b"
)

# "An investor group led by X bought ...", "investors including X subscribed ...": the names
# after it are the investors, and the raiser is the release's own company.
INVESTOR_LEAD = (
    r"\binvestors?(?:\s+(?:group|syndicate|consortium))?\s+(?:(?:co-)?led by|including|such as)"
    r"\s+$"
)

# "a strong background in fundraising", "experience in clinical trials": a person's record,
# not an event.
BIOGRAPHY = (
    r"\b(?:background|experience|expertise|track record|career|skills?)\s+(?:[\w-]+\s+){0,3}$"
)

# "Most recently, she was CFO at X, where she led the company through its IPO, raising over
# $1 billion", "Mr. Y is a veteran who has raised more than $750 million": a person's record,
# whose raises and listings are no event of any company here.
PERSON_RECORD = (
    r"^[\s*•\-–]*(?:Most recently|Previously|Prior to\b|Before (?:joining|that|this)"
    r"|Earlier in (?:her|his|their) career|During (?:her|his) (?:tenure|career|time)"
    r"|In (?:her|his) (?:previous |prior |former )?(?:role|position|career)"
    # "He joined Velmora in 2009 and most recently served as ...": where the person came from
    r"|(?:She|He) (?:was|has|had|also|previously|served|led|brings|spent|is|joined)\b"
    r"|(?:Mr|Ms|Mrs|Dr)\.?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:is|was|has|had|also|previously|served"
    r"|led|brings|joined"
    r"|spent)\b)"
    r"|\b(?:she|he) (?:led|helped|oversaw|guided|raised)\b"
)

# "Ryan Vale, formerly CEO of Corlo, has joined ...", "previously at Corlo": the person's former
# employer, right before the company's name.
FORMER_EMPLOYER = r"\b(?:formerly|former|previously|ex-)\b[^,;()]{0,30}\b(?:of|at|with|from)\s+$"

# A company form that opens a person's name ("announced that Mark W. Schwartz, Ph.D., has been
# appointed ...", where a release's possessive "Mark's leadership" made "Mark" a company):
# checked right after the mention, a middle initial then a surname, or a surname then a degree.
# Case-sensitive.
PERSON_NAME_REST = (
    r"(?:\s+[A-Z]\.)+\s+[A-Z][\w'’-]+"
    r"|\s+[A-Z][\w'’-]+,\s*(?:Ph\.?\s?D|M\.?\s?D|MBA|Pharm\.?\s?D|D\.?\s?Phil|J\.?\s?D)\b"
)

# A leadership verb whose subject is a person ("Kenji Mori will join the company as CMO", "Tom
# Berg resigned as CFO", "Ana Roos has assumed the role of CEO"): the name before it is no company.
PERSON_VERB = (
    r"(?:will\s+(?:be\s+)?)?(?:joins?|joined|resign\w*|retire\w*|step\w*|succeed\w*|assum\w*"
    r"|t(?:ook|akes|aking) over|become|becomes)\b"
)

# "named X chairman of its board of advisers", "appointed Y to its Scientific Advisory Board":
# advisers, not the company's management or board. Checked on a leadership trigger's match and
# the words right after it.
ADVISORY = r"\badvis(?:ory|ers|ors)\b"

# "In October 2024, Halvard presented ...": a capitalised name (no digits: not a product code)
# right before the trigger is the event's subject. Case-sensitive.
NAMED_SUBJECT = (
    r"(?:(?<=[.,:;]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=\n)|(?<![\s\S]))"
    r"(?!(?:The|It|We|Our|Its|This|These|In|On|During|Company"
    r"|Group|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-Z][A-Za-z&.'’-]+(?:\s+[A-Z][A-Za-z&.'’-]+){0,3}\s+"
    # "Halvard scientists will present ...": the company's staff tell its event
    r"(?:(?:scientists|researchers|investigators)\s+)?"
    r"(?:has\s+|have\s+|also\s+)?$"
)

# "to reduce the need for dilutive fundraising", "without a further placement": a telling that
# names the event only as something needed or avoided.
NOT_DONE = (
    r"\b(?:need (?:for|of)|without|avoid(?:s|ed|ing)?|in lieu of|instead of)\s+"
    r"(?:(?:an?|the|any|further|additional|dilutive|new|future|equity|external)\s+){0,3}$"
)

# "deploying $2.8 billion of capital", "returned $400 million of capital to shareholders":
# money a company spends is no raise. Checked right before a financing's trigger.
SPENT = (
    r"\b(?:deploy|spen[dt]|return|allocat|repurchas|distribut)\w*\s+"
    r"(?:(?:about|approximately|nearly|over|more than|some)\s+)?(?:[A-Z]{0,3}[$€£¥])?$"
)

# A company that served another's transaction ("acted as placement agent", "sole bookrunner")
# has no event of its own in it.
AGENT = (
    r"\b(?:act(?:ed|ing|s)?|serv(?:ed|ing|es?)) as\b|\b(?:placement agents?|underwriters?"
    r"|book-?runn\w+|lead managers?|financial advis[eo]rs?|legal counsel)\b"
)

# Words (lower case) of which every telling of a type holds at least one: a sentence with none
# is never searched with the type's pattern (most sentences tell no event). A new alternative
# in TRIGGERS needs one of its words here.
TRIGGER_WORDS = {
    "gmp_inspection": ("inspection", "audit", "pli", "gmp", "inspected"),
    "facility": (
        "facilit",
        "cent",
        "site",
        "base",
        "hub",
        "plant",
        "campus",
        "headquarters",
        "laborator",
    ),
    "financing": (
        "placement",
        "capital",
        "placing",
        "rais",
        "fund",
        "financ",
        "series",
        "offering",
        "ipo",
        "purchase of",
        "sale of",
        "issuance of",
        "loan",
        "facility",
        "grant",
        "award",
        "payment",
        "notes",
        "bonds",
        "debenture",
        "warrant",
        "pipe",
        "round",
        "purchase agreement",
        "investment of",
        "private investment",
        "subscription agreement",
        "gross proceeds",
        "extension",
    ),
    "listing": (
        "listed",
        "trading",
        "dealing",
        "uplist",
        "debut",
        "initial public offering",
        "ipo",
        "notice",
        "listing",
        "compliance",
    ),
    "clinical_milestone": (
        "recruit",
        "goal",
        "phase",
        "topline",
        "top-line",
        "first",
        "dos",
        "enrol",
        "trial",
        "stud",
        "primary",
        "interim",
        "run-in",
        "dropped",
        "stopped",
        "terminated",
        "halted",
        "scrapped",
        "abandoned",
        "shelved",
        "clinical-stage",
        "database lock",
        "clinical stage",
    ),
    "conference": (
        "present",
        "oral",
        "poster",
        "late-breaking",
        "podium",
        "participate",
        "speak",
        "showcas",
        "shared",
        "featured",
        "kol",
        "key opinion leader",
        "take part",
        "meetings",
        "displayed",
        "hosted",
        "held",
    ),
    "other": ("workforce", "headcount", "staff", "personnel", "reduction in force", " off"),
    "leadership": (
        "chief",
        "ceo",
        "cfo",
        "coo",
        "cmo",
        "cso",
        "president",
        "chair",
        "director",
        "board",
        "management",
        "head of",
        "general counsel",
        "leader",
        "executive team",
        "executive committee",
    ),
}

# The sentence that dates a listing: its first trading day.
TRADING_DAY = (
    r"\b(?:begin|began|begins|commence[sd]?|start(?:s|ed)?) trading\b|\bdebut(?:ed)? on\b"
    r"|\b(?:on|in|since) (?:its|their) (?:[\w-]+ ){0,3}debut\b(?! (?:of|at)\b)"
    r"|\b(?:admitted|admission) to trading\b|\b(?:its|their) first day of trading\b"
    # "has been listed on Nasdaq since January 2025": the listing itself, not its IPO
    r"|\blisted on\b"
    r"|" + TRADING_START
)

# Words that make a telling a plan, not a fact.
FUTURE = (
    # "plans a seed round next year"
    r"\b(?:will|plans? to|plans (?:an?|its|the)|planned|expects?|expected|intends?|to be held"
    r"|is to|are to|aims? to|next (?:year|quarter|month)"
    # "its proposed denosumab biosimilar": a product described, not a plan
    r"|anticipat\w*|look(?:s|ing)? forward|upcoming|on (?:track|pace|course)"
    r"|proposed(?! (?:[\w-]+ )?(?:biosimilars?|products?|drugs?|therapy|therapies|candidates?"
    r"|treatments?|names?)\b)"
    r"|target(?:s|ing) completion"
    r"|remains? on schedule|(?<!\bit )(?<!\bthey )would|potentially"
    # "is actively raising funds": a raise still under way
    r"|(?:is|are) (?:actively |currently |now )?(?:raising|seeking)|in progress)\b"
)

# "Enrollment is complete, with data readout expected in 2026", "... completed; dosing is
# expected to end in 2026", "Enrollment has been completed, and dosing is expected to be
# completed in 2025": the next step, told after the done one in a clause of its own; a word of
# plan there does not make the step before it a plan.
NEXT_STEP = (
    r",\s+with\b|;|,\s+(?:and|while|whereas)\s+(?!(?:is|are|was|were|will|would|has|have|had)\b)"
)

# "raised $5 million, which will fund its next trial": what the money will pay for, after the
# raise itself; the raise is done. Lifts FUTURE for what follows, for financings only.
PROCEEDS_USE = (
    r",\s+(?:which|that) (?:will|(?:is|are) (?:expected|intended) to) (?:be used|fund|financ"
    r"|support|extend|provide|help|enable|allow|strengthen|accelerate|advance)"
)

# "unveiled its new research centre, which will house 300 scientists": what the site will do,
# after the opening itself; the opening is done. Lifts FUTURE for what follows, for facilities.
SITE_USE = (
    r",\s+(?:which|that) (?:will|is expected to|is designed to) (?:house|employ|produce|serve"
    r"|support|host|accommodate|create|manufacture|supply|focus|expand|increase|double)"
)

# "bringing its total raised to $112 million", "total funding to date of $60 million": a
# running total, not the sum this raise brought. (A raise "of a total of $50 million" is its sum.)
RUNNING_TOTAL = (
    # "a EUR 20m extension, bringing the total round to EUR 65m", "taking the Series B's total
    # to $47 million": the round's total after this raise, not what this raise brought
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|increas(?:es|ing|ed)) (?:the |its |their )?"
    r"(?:[\w'’-]+ ){0,3}?(?:total|aggregate|cumulative|overall)\b(?: [\w'’-]+){0,3}? to\s*"
    r"(?:approximately |about |nearly |over |more than )?(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3} ?)?$|"
    r"\btotal (?:amount |capital |equity )?(?:raised|funding|financing|investment)"
    r"(?: to date| so far)?(?: (?:to|of|at))?\s*(?:approximately |about |nearly |over |more than )?"
    r"(?:[A-Z]{0,3}[$€£¥])?$"
)

# "The gross proceeds ... are expected to be approximately $94.2 million": the sentence that
# prices a raise told in the sentence before.
PROCEEDS = r"\b(?:gross|net|aggregate) proceeds\b|\bproceeds (?:of|from)\b"

# "investment of RMB 850 million" priced a facility told in another sentence.
INVESTMENT = r"\binvest(?:ment|ed|ing)?\b"  # "is investing $65 million to build ..." too

# A change told in the future tense that is still the news: "will step down as CEO", "will make
# its trading debut on Friday". Each type's pattern lifts FUTURE for that type only.
ANNOUNCED_CHANGE = {
    # "announces the appointment of X as CFO, effective April 1": the change is the news
    # "will be stepping down", "will be succeeded by Y", "has joined as CEO and will lead ...":
    # the change told with its consequence
    "leadership": r"\bwill (?:not return|step down|retire|resign|join|succeed|become|assume"
    r"|transition"
    r"|be (?:stepping down|retiring|succeeded|leaving)|lead|head|oversee|serve)\b"
    # "X plans to retire at the end of the year": a departure announced is the news
    r"|\b(?:plans|intends|has decided|decided|is expected|are expected) to (?:retire|step down"
    r"|resign)\b"
    r"|\beffective (?:as of |from |on )?(?:\d|immediately|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec)",
    "listing": r"\b(?:will|(?:is|are) expected to) (?:make its (?:trading )?debut"
    r"|(?:begin|commence|start) trading)\b"
    # "Trading of the shares ... is expected to commence on ...": the listing day announced
    r"|" + TRADING_START,
}

# A recap line that opens with the event's own date: "On June 2, 2025, the Company appointed
# ...", "* In January 2026, the Company completed ...". Each such line is its own event.
DATED_LEAD = (
    r"^[\s*•\-–+]*(?:On|In|Effective|As of|During)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?=\d|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\b|Feb\b|Mar\b|Apr\b|Jun\b|Jul\b|Aug\b|Sept?\b|Oct\b|Nov\b|Dec\b)"
)

# A telling that adds a further piece of news to the one before: "The company also announced
# that its COO will retire", "In addition, Ann Roe has been promoted to ...", "Separately, the
# board appointed ...". A leadership change told so is another change (another person's), not a
# retelling of the first. Checked from the telling's start to its trigger.
ADDED_NEWS = (
    r"^[\s*•\-–]*(?:In addition|Additionally|Separately|Also|Further(?:more)?|Moreover),"
    r"|\balso (?:announced|appointed|named|elected|promoted|said|reported|disclosed)\b"
)

# The person of the change told before, named again: a pronoun ("In addition, she will join the
# board") or a title and surname ("Further, Dr. Lund will serve as ..."). Such a telling adds to
# that change, not another. Case-sensitive; the surname is group 1.
SAME_PERSON = r"\b(?:[Ss]he|[Hh]e|[Hh]is|[Hh]er)\b|\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+([A-Z][\w'’-]+)"

# The step a clinical-milestone telling names; two tellings of one step are one event.
CLINICAL_STEPS = [
    ("interim", r"interim"),
    ("last_dose", r"(?:last|final) (?:patient|subject|participant)"),
    # dosing completed ends a trial's dosing: "completed dosing of its study" and "announced the
    # dosing completion of its study" tell one step, not a start
    ("completion", r"complet\w*\s+(?:the\s+|all\s+)?dosing|dosing\s+(?:\w+\s+){0,2}complet"),
    # a trial's first dose is its start: "has begun the Phase 1 trial" and "administered the
    # drug to the first patient" tell one step
    ("start", r"first (?:patient|subject|participant)|dos(?:ed|ing)"),
    ("start", r"initiat|launch|start|commenc|beg(?:an|un)"),
    (
        "results",
        r"top-?line|results|data|end ?point|objective|goal|failed|futility"
        r"|(?:immunogenicity|efficacy|safety) target",
    ),
    ("enrolment", r"enrol|recruit"),
    ("stop", r"discontinu|dropped|halted|scrapped|abandoned|shelved|stopped|terminated"),
    ("completion", r"complet"),
    ("expansion", r"expanded"),
    # "two programs moved into Phase 3 development" and "four programs entered clinical-stage
    # development" are two steps of a pipeline
    ("phase_advance", r"(?:into|entered) (?:the )?Phase"),
    ("clinic_entry", r"(?:into|entered) (?:the )?clinical[- ]stage"),
]

# A trial step told of "the study" alone ("Overall, the drug was safe, meeting the primary
# objective of the study"), undated, after another step of this release: the same trial's news,
# so one event, unless the telling names a trial or cohort of its own (a phase, a registry
# number, an acronym before "trial"/"study", a cohort or arm) up to just past its trigger.
SAME_TRIAL = r"\b(?:the|this) (?:study|trial)\b"
OWN_TRIAL = (
    r"\b(?:Phase|cohorts?|arms?)\b|\bNCT\d"
    r"|\b(?-i:[A-Z][A-Z0-9-]{2,})(?:\s+[\w-]+)?\s+(?:trial|study)\b"
)
OWN_TRIAL_REACH = 30  # characters past the trigger where the telling's own trial may be named

# "data has been accepted for oral presentation at the X Congress", "was selected to present at":
# a talk granted, still to be given. Beside a talk told as given ("Presented data at the Y
# Symposium in December"), the given one is the release's conference.
ACCEPTED_TALK = (
    r"\b(?:accepted|selected|chosen|invited)\s+(?:for|to)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:present|presentation|talk|poster|session)"
)

# "data previously presented at the Y Meeting showed ...": an earlier talk recapped as background,
# which never displaces a talk accepted for this release's meeting.
EARLIER_TALK = r"\b(?:previously|earlier|prior|formerly)\b"

# "soared in its trading debut on Friday", "dosed its first patient on Tuesday": a news item's
# weekday, the day the event fell on in the week the item is dated (group 1: the day).
WEEKDAY = (
    r"\b(?:[Oo]n|[Ll]ast|[Tt]his)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s*,?\s*(?:\d|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))"
)
# "said on Monday it had appointed ...", "announced on Tuesday that ...": the day of the telling,
# like "today announced", not of the event.
WEEKDAY_TELLING = (
    r"\b(?:announc(?:ed|es)|report(?:ed|s)|sa(?:id|ys)|stated|disclos(?:ed|es)|confirm(?:ed|s)"
    r"|told\s+\w+)\s*$"
)

# "securing $257 million in a Series D round to accelerate its expansion ahead of production in
# 2027", "raised $40 million to fund its Phase 3 trial through 2028": what the money is for,
# after the sum; a date there dates that plan, not the raise.
FUNDING_PURPOSE = (
    r"\bto (?:help |further |continue to )?(?:fund|financ\w+|accelerate|advance|support|expand"
    r"|build|develop|complete|progress|scale|extend|bring|prepare|pursue|commerciali[sz]e)\b"
)

# "The company has raised over $40 million", "has raised a total of $90 million to date", "has
# raised $60 million since its inception": the money raised so far, a running total, not a raise
# this news tells (a named round or offering in the sentence makes it one: RAISE_NAMED).
RAISED_SO_FAR = (
    r"\bha(?:s|ve) (?:so far |now )?raised (?:(?:over|more than|in excess of|upwards of|a total of"
    r"|in total|nearly|almost)\s+[A-Z]{0,3}[$€£¥]|[^.;]{0,40}?\b(?:to date|so far|since (?:its )?"
    r"(?:inception|founding|launch)|in total|cumulative))"
)
RAISE_NAMED = (
    r"\b(?:series [A-F]|seed|round|offering|placement|financing|IPO|grant|tranche|notes?)\b"
)

# "will present at two upcoming investor events:", "at the following conferences": a telling of
# several meetings, each with its own details block ("Date/Time: ...") below.
SEVERAL_MEETINGS = (
    r"\b(?:two|three|four|five|six|several|multiple|following|upcoming)\b[^.]{0,40}?"
    r"\b(?:conferences|events|meetings|symposia|congresses|summits|forums)\b"
)

# "the highest for a biotech IPO since the exchange changed its rules in 2018": a date in a
# "since" clause with a subject of its own dates that comparison, not the event ("listed since
# January 2025", where the date follows "since" at once, still dates it).
SINCE_CLAUSE = r"\bsince\s+(?:the|a|an|its|their|it|they)\s+[^,;]{0,60}?\b[a-z]+ed\b[^,;]{0,40}$"

# Types that a results recap can tell more than once, each with its own date or step.
REPEATABLE = ("financing", "leadership", "clinical_milestone")

# A year written into a meeting's name ("the 2024 Northbridge Society Annual Meeting",
# "Heart Sessions 2024", "ASH 2024") dates a presentation told without a date.
VENUE_YEAR = r"\b((?:19|20)\d{2})\b"

# A share price is no amount raised: "at a price of $0.75 per share", "HK$20.39 per share".
SHARE_PRICE_BEFORE = r"\b(?:price of|priced at|at)\s*$"
# "priced at the middle of a HK$12 to HK$16 range": the bounds of a price range.
SHARE_PRICE_AFTER = (
    r"^\s*(?:per|a|each)\s+(?:\w+\s+)?(?:share|unit|ADS|warrant)"
    r"|^\s*(?:(?:to|-|–)\s*(?:[A-Z]{0,3}[$€£¥])?[\d.,]+\s+)?(?:price\s+)?range\b"
)

# "The FDA approval of X is based on results from the Phase 2b trial ... X met the primary
# endpoint": a trial recapped as the ground of an approval, told before its steps in their
# paragraph, is no trial step of this release.
APPROVAL_BASIS = (
    r"\b(?:approvals?|authori[sz]ations?|clearance|label expansion)\b[^.]{0,80}?"
    r"\b(?:is|was|were|are|has been|had been) (?:based|supported|granted based) (?:on|by)\b"
)

# Results "announced" or "reported" in a presentation at a meeting are a conference event, not a
# trial step: the sentence or another of its paragraph says the data were presented.
REPORTED_RESULTS = r"^(?:announced|reported)\b"
PRESENTED = r"\bpresent(?:ed|ation|s)\b"
