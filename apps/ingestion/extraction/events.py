"""Company events that happened: facilities, GMP inspections, financings, trial milestones...

    find_events(doc, base, published, companies=None) -> [FoundEvent, ...]

One event per type and company: the first body sentence that tells it as done
(lexicons/events.py). A conference is a presentation at a named meeting, past or scheduled on a
stated day; a clinical milestone a completed step (first patient dosed, enrolment completed, a
trial started or completed, topline data); an IPO gives a financing and a listing. Never a
planned step ("expects to complete", "will present data at a future meeting"), never one told
in boilerplate or in an About description (an About line that opens with its own date is a
recap and counts). The event's company is resolved by the pipeline from ``start`` and
``trigger``; given the release's companies, ``start`` moves to the clause that names the
event's own subject ("X announced that its partner Y raised ...").
"""

import datetime
import re
from dataclasses import dataclass

from .companies import find_mentions
from .dates import find_dates, range_value
from .lexicons.events import (
    ACCEPTED_TALK,
    ADDED_NEWS,
    ADVISORY,
    AGENT,
    ANNOUNCED_CHANGE,
    APPROVAL_BASIS,
    BIOGRAPHY,
    CLINICAL_STEPS,
    COMPANY_DATE,
    DATE_RANGE_GAP,
    DATED_LEAD,
    DETAILS_DATE,
    DETAILS_REACH,
    EARLIER_TALK,
    FORMER_EMPLOYER,
    FUNDING_PURPOSE,
    FUTURE,
    INVESTMENT,
    INVESTOR_LEAD,
    INVESTOR_ROLE,
    LEAD_PHRASE,
    NAMED_SUBJECT,
    NAMED_VENUE,
    NEXT_STEP,
    NOT_DONE,
    OWN_TRIAL,
    OWN_TRIAL_REACH,
    PERSON_NAME_REST,
    PERSON_RECORD,
    PERSON_VERB,
    PRESENTED,
    PROCEEDS,
    PROCEEDS_USE,
    RAISE_NAMED,
    RAISED_SO_FAR,
    REPEATABLE,
    REPORTED_RESULTS,
    REPORTING_VERB,
    RUNNING_TOTAL,
    SAME_PERSON,
    SAME_TRIAL,
    SEVERAL_MEETINGS,
    SHARE_PRICE_AFTER,
    SHARE_PRICE_BEFORE,
    SINCE_CLAUSE,
    SITE_USE,
    SPENT,
    TRADING_DAY,
    TRIGGER_WORDS,
    TRIGGERS,
    VENUE,
    VENUE_YEAR,
    WEEKDAY,
    WEEKDAY_TELLING,
)
from .money import dollar_currency, find_money
from .prefilter import prefiltered
from .text import Document, Sentence, collapse

TRIGGER_PATTERNS = [(kind, prefiltered(trigger, re.IGNORECASE)) for kind, trigger in TRIGGERS]
TRIGGER_PATTERNS_BY_KIND = dict(TRIGGER_PATTERNS)
FUTURE_WORDS = re.compile(FUTURE, re.IGNORECASE)
INVESTMENT_WORDS = re.compile(INVESTMENT, re.IGNORECASE)
TRADING_DAY_WORDS = re.compile(TRADING_DAY, re.IGNORECASE)
ANNOUNCED_CHANGE_WORDS = {
    kind: re.compile(words, re.IGNORECASE) for kind, words in ANNOUNCED_CHANGE.items()
}
DATED_LEAD_WORDS = re.compile(DATED_LEAD)
VENUE_WORDS = re.compile(r"\b" + VENUE, re.IGNORECASE)
REPORTED_RESULTS_WORDS = re.compile(REPORTED_RESULTS, re.IGNORECASE)
PRESENTED_WORDS = re.compile(PRESENTED, re.IGNORECASE)
APPROVAL_BASIS_WORDS = re.compile(APPROVAL_BASIS, re.IGNORECASE)
PRICE_BEFORE = re.compile(SHARE_PRICE_BEFORE, re.IGNORECASE)
PRICE_AFTER = re.compile(SHARE_PRICE_AFTER, re.IGNORECASE)
# "at Retina Vision Days 2024": a capitalised name that ends in the year
VENUE_NAME_WORDS = re.compile(
    r"\bat (?:the )?(?:[A-Z][\w&-]*,? (?:and |of |for |on )?){1,8}(?:19|20)\d{2}$"
)
ON_DAY = re.compile(r"\bon\s+$", re.IGNORECASE)
EFFECTIVE_DAY = re.compile(r"\beffective\s+(?:as of\s+|from\s+|on\s+)?$", re.IGNORECASE)
STEP_WORDS = [(step, re.compile(words, re.IGNORECASE)) for step, words in CLINICAL_STEPS]
VENUE_YEAR_WORDS = re.compile(VENUE_YEAR)
NAMED_VENUE_WORDS = re.compile(NAMED_VENUE)
DETAILS_DATE_WORDS = re.compile(DETAILS_DATE)
DATE_RANGE = re.compile(DATE_RANGE_GAP)
REPORTING = re.compile(REPORTING_VERB, re.IGNORECASE)
AGENT_WORDS = re.compile(AGENT, re.IGNORECASE)
BIOGRAPHY_WORDS = re.compile(BIOGRAPHY, re.IGNORECASE)
NEXT_STEP_WORDS = re.compile(NEXT_STEP, re.IGNORECASE)
PROCEEDS_USE_WORDS = re.compile(PROCEEDS_USE, re.IGNORECASE)
SITE_USE_WORDS = re.compile(SITE_USE, re.IGNORECASE)
NOT_DONE_WORDS = re.compile(NOT_DONE, re.IGNORECASE)
PERSON_RECORD_WORDS = re.compile(PERSON_RECORD)
ADDED_NEWS_WORDS = re.compile(ADDED_NEWS, re.IGNORECASE)
SAME_PERSON_WORDS = re.compile(SAME_PERSON)
SAME_TRIAL_WORDS = re.compile(SAME_TRIAL, re.IGNORECASE)
OWN_TRIAL_WORDS = re.compile(OWN_TRIAL, re.IGNORECASE)
PERSON_VERB_WORDS = re.compile(PERSON_VERB, re.IGNORECASE)
PERSON_NAME_REST_WORDS = re.compile(PERSON_NAME_REST)
FORMER_EMPLOYER_WORDS = re.compile(FORMER_EMPLOYER, re.IGNORECASE)
FORMER_REACH = 40  # characters before a company that may make it a person's former employer
ADVISORY_WORDS = re.compile(ADVISORY, re.IGNORECASE)
ADVISORY_REACH = 30  # characters after a leadership trigger that may make the board advisory
SPENT_WORDS = re.compile(SPENT, re.IGNORECASE)
RUNNING_TOTAL_WORDS = re.compile(RUNNING_TOTAL, re.IGNORECASE)
SPENT_REACH = 30  # characters before a financing's trigger that may make its money spent
BIOGRAPHY_REACH = 60  # characters before a trigger that may make it a person's record
PROCEEDS_WORDS = re.compile(PROCEEDS, re.IGNORECASE)
UNKNOWN_SUBJECT = re.compile(NAMED_SUBJECT)
COMPANY_DATE_WORDS = re.compile(COMPANY_DATE, re.IGNORECASE)
INVESTOR_WORDS = re.compile(INVESTOR_ROLE, re.IGNORECASE)
INVESTOR_LEAD_WORDS = re.compile(INVESTOR_LEAD, re.IGNORECASE)
INVESTOR_LEAD_REACH = 40  # characters before a name that may make it an investor
LEAD_PHRASE_WORDS = re.compile(LEAD_PHRASE)
TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
ACCEPTED_TALK_WORDS = re.compile(ACCEPTED_TALK, re.IGNORECASE)
WEEKDAY_WORDS = re.compile(WEEKDAY)
SINCE_CLAUSE_WORDS = re.compile(SINCE_CLAUSE, re.IGNORECASE)
SINCE_REACH = 110  # characters before a date that may hold the "since" clause it ends
SEVERAL_MEETINGS_WORDS = re.compile(SEVERAL_MEETINGS, re.IGNORECASE)
RAISED_SO_FAR_WORDS = re.compile(RAISED_SO_FAR, re.IGNORECASE)
RAISE_NAMED_WORDS = re.compile(RAISE_NAMED, re.IGNORECASE)
FUNDING_PURPOSE_WORDS = re.compile(FUNDING_PURPOSE, re.IGNORECASE)
WEEKDAY_TELLING_WORDS = re.compile(WEEKDAY_TELLING, re.IGNORECASE)
WEEKDAY_REACH = 40  # characters after a trigger where the event's weekday may stand
WEEKDAY_OPENING = 20  # characters from a telling's start where its weekday may open it
# a dateline's end ("LEEDS, June 2, 2026 /PRNewswire/ --"): what follows opens the telling
DATELINE_END = re.compile(r"(?:--|—|–)\s*$")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EARLIER_TALK_WORDS = re.compile(EARLIER_TALK, re.IGNORECASE)
# a meeting's acronym ("NBCS", "AD/PD"), by which a headline and a telling name one meeting
# (an exchange and its ticker, "NYSE: OSTL", name the company instead)
ACRONYM = re.compile(r"(?<!: )(?<!:)\b[A-Z]{2,}(?:/[A-Z]{2,})?\b(?!:)")
# a list item's opening: a bullet, a dash or a number
LIST_ITEM = re.compile(r"[ \t]*(?:[*•·▪◦-]|–|—|\d{1,2}[.)])\s")
HEADING_CHARS = 80  # a line this short without a stop may be a list's heading
# a line that ends on a lower-case word (no stop, dash or colon): its clause may go on below
CUT_LINE_END = re.compile(r"\b[a-z]+$")
# the next line, past blank lines and emphasis marks, opening in lower case: the clause's rest
CONTINUATION = re.compile(r"[ \t]*\n\s*[*_]*([a-z][^\n]{0,200})")
# "Financial Growth and Fundraising Success: ...": a short capitalised heading run into its line
RUN_IN_LABEL = re.compile(r"[\s*•\-–]*[A-Z][\w&'’,/ -]{0,60}:\s+(?=[A-Z])")
DATED_LEAD_REACH = 40  # characters from a recap line's start to the date that opens it
FUTURE_REACH = 60  # characters after a trigger that may still make it a plan ("... will be held")

# Measured precision of each rule (matched events / events the rule produced). 2026-12-01 on
# dev2A and dev: gmp 1/1, facility 3/3, financing 9/10, listing 2/2, clinical 7/7, conference
# 6/6, leadership 3/3. Re-measured after the recap round on dev2A+dev2C and dev (both now
# development data, so upper bounds): financing 14/14, clinical 17/17, leadership 11/11,
# listing 4/4, conference 8/8, facility 3/3, gmp 1/1. Financing keeps 0.9 from the first,
# less tuned sample.
RULE_CONFIDENCE = {
    "event.gmp_inspection": 1.0,
    "event.facility": 1.0,
    "event.financing": 0.9,
    "event.listing": 1.0,
    "event.clinical_milestone": 1.0,
    "event.conference": 1.0,
    "event.leadership": 1.0,
    "event.other": 0.7,  # one staff-cut release in dev2, unmeasured beyond it
}


@dataclass
class FoundEvent:
    type: str
    date: str | None
    summary: str
    amount: dict | None
    quote: str
    start: int = -1  # the telling sentence's offset in the text
    trigger: int = -1  # where its trigger starts: the event's subject is named before it
    subject: object = None  # the company named first between start and trigger, when known

    @property
    def rule(self) -> str:
        return f"event.{self.type}"

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE[self.rule]

    def as_json(self, company: str) -> dict:
        return {
            "company": company,
            "type": self.type,
            "date": self.date,
            "summary": self.summary,
            "amount": self.amount,
            "quote": self.quote,
            "rule": self.rule,
            "confidence": self.confidence,
        }


def eligible(sentence: Sentence) -> bool:
    """Body sentences; in the About section only a recap line that opens with its own date
    ("In February 2025, X announced that its Phase 3 trial met ..."), never its description."""
    if sentence.section == "about":
        return bool(DATED_LEAD_WORDS.match(sentence.text))
    return sentence.is_body and sentence.section != "title"


def event_date(
    doc: Document, sentence: Sentence, base, published: str | None, kind: str = ""
) -> str | None:
    """An explicit date in the telling; "today announced" and undated news give null.

    A date after a word of plan ("topline data expected in 2026") dates the plan, not the
    event; "will step down, effective March 31" keeps its date; a company's founding year
    ("Founded in 2014, X raised ...") dates the company, not the event.
    """
    change = ANNOUNCED_CHANGE_WORDS.get(kind)
    plan = None if change and change.search(sentence.text) else FUTURE_WORDS.search(sentence.text)
    if kind == "financing":
        purpose = money_purpose(sentence.text)
        if purpose and (plan is None or purpose.start() < plan.start()):
            plan = purpose
    mentions = [
        m
        # a year-less day is in the release's year, a coming meeting's later in it
        for m in find_dates(sentence.text, base, sentence.start, ahead=True)
        if not COMPANY_DATE_WORDS.search(doc.text, max(sentence.start, m.start - 40), m.start)
        and not SINCE_CLAUSE_WORDS.search(
            doc.text, max(sentence.start, m.start - SINCE_REACH), m.start
        )
    ]
    for mention, following in zip(mentions, [*mentions[1:], None], strict=False):
        if plan and mention.start - sentence.start > plan.start():
            break
        if mention.value != published or len(mention.value) < 10:
            # one after the release's date marks a plan (find_events)
            return bounded(doc, mention, following) or mention.value
    trigger = TRIGGER_PATTERNS_BY_KIND[kind].search(sentence.text) if kind else None
    if trigger is None:
        return None
    return weekday_date(sentence.text, published, trigger, plan.start() if plan else None)


def weekday_date(text: str, published: str | None, trigger, plan: int | None) -> str | None:
    """A weekday the event fell on in a dated news item ("surged in its trading debut on
    Friday", "On Tuesday, X dosed ..."): the last such day up to the item's date. Only a
    weekday that opens the telling or follows its trigger closely is the event's; never one
    after a plan's word, nor the day a teller spoke ("said on Monday it had appointed ...")."""
    if not published or len(published) < 10:
        return None
    end = min(trigger.end() + WEEKDAY_REACH, len(text) if plan is None else plan)
    for match in WEEKDAY_WORDS.finditer(text, 0, end):
        opening = match.start() <= WEEKDAY_OPENING or DATELINE_END.search(text, 0, match.start())
        if match.start() < trigger.start() and not opening:
            continue
        if WEEKDAY_TELLING_WORDS.search(text, max(0, match.start() - 30), match.start()):
            continue
        day = datetime.date.fromisoformat(published)
        back = (day.weekday() - WEEKDAYS.index(match.group(1))) % 7
        return (day - datetime.timedelta(days=back)).isoformat()
    return None


def money_purpose(text: str):
    """What a raise's money is for, told after the sum ("$257 million in a Series D round to
    accelerate its expansion ahead of production in 2027"): a plan, whose dates are not the
    raise's."""
    moneys = find_money(text)
    return FUNDING_PURPOSE_WORDS.search(text, moneys[0].end) if moneys else None


def bounded(doc: Document, first, following) -> str | None:
    """ "between Jan. 13, 2025, and Jan. 17, 2025": an event told by the two dates that bound it
    is dated by what they share (the month, else the year)."""
    if following is None or not DATE_RANGE.fullmatch(doc.text, first.end, following.start):
        return None
    return range_value(first.value, following.value)


def after(value: str, published: str | None) -> bool:
    """Whether a date ("2026", "2026-03", "2026-03-01") lies after the release's own date,
    compared at the date's own precision."""
    return bool(published) and value > published[: len(value)]


def related_date(doc: Document, kind_pattern: str, base, published: str | None) -> str | None:
    """GMP audits and facilities are often dated in a neighbouring sentence of the same story."""
    for sentence in doc.sentences:
        if eligible(sentence) and re.search(kind_pattern, sentence.text, re.IGNORECASE):
            if re.search(r"\btoday\b", sentence.text, re.IGNORECASE):
                return None
            value = event_date(doc, sentence, base, published)
            if value:
                return value
    return None


def event_amount(
    doc: Document, kind: str, sentence: Sentence, dollar: str, trigger: int = -1
) -> dict | None:
    """The sum a financing raised (the first from its trigger on: "cash of $5 million, plus
    $1.4 million raised"), or a facility cost; a bare "$" is the release's own dollar ("all
    amounts are in Canadian dollars")."""
    moneys = [
        m for m in find_money(sentence.text, sentence.start, dollar) if not share_price(doc, m)
    ]
    if kind == "financing" and moneys:
        told = [m for m in moneys if m.end > trigger]
        return (told or moneys)[0].as_json()
    if kind == "financing":  # "... priced its IPO. Gross proceeds should be about $60 million."
        paragraph = paragraph_after(doc, sentence)
        for other in [*paragraph, *told_after(doc, paragraph[-1] if paragraph else sentence)]:
            if PROCEEDS_WORDS.search(other.text):
                found = [
                    m
                    for m in find_money(other.text, other.start, dollar)
                    if not share_price(doc, m)
                ]
                if found:
                    return found[0].as_json()
    if kind == "facility":
        for other in doc.sentences:
            if eligible(other) and INVESTMENT_WORDS.search(other.text):
                found = find_money(other.text, other.start, dollar)
                if found:
                    return found[0].as_json()
    return None


def told_after(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The body sentences that follow a paragraph's last sentence closely ("... a registered
    direct offering. / X is acting as placement agent. / The gross proceeds ... are expected to
    be approximately $5.0 million"): the proceeds line of the same news."""
    return [
        other
        for other in doc.sentences
        if sentence.end <= other.start < sentence.end + PROCEEDS_REACH and other.section == "body"
    ]


# characters after a financing's paragraph where its proceeds line may stand
PROCEEDS_REACH = 400


def paragraph_after(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The sentences after `sentence` in its paragraph (up to a line break)."""
    following = []
    end = sentence.end
    for other in doc.sentences:
        if other.start < sentence.end:
            continue
        if "\n" in doc.text[end : other.start]:
            break
        following.append(other)
        end = other.end
    return following


def presented_results(doc: Document, pattern: re.Pattern, sentence: Sentence) -> bool:
    """Results "announced" from a trial that the sentence or the rest of its paragraph says were
    presented: a conference, not a trial step."""
    if not REPORTED_RESULTS_WORDS.match(pattern.search(sentence.text).group()):
        return False
    line_end = doc.text.find("\n", sentence.end)
    rest = doc.text[sentence.start : len(doc.text) if line_end < 0 else line_end]
    return bool(PRESENTED_WORDS.search(rest))


def approval_basis(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's paragraph, up to its end, says an approval was based on a trial
    ("The approval of X is based on results from the Phase 2b trial. X met the primary
    endpoint ..."): the trial's steps are its recapped ground, not this release's news."""
    paragraph_start = doc.text.rfind("\n", 0, sentence.start) + 1
    return APPROVAL_BASIS_WORDS.search(doc.text, paragraph_start, sentence.end) is not None


def share_price(doc: Document, money) -> bool:
    """Whether the amount is a price per share (or a running total), not a sum raised."""
    before = doc.text[max(0, money.start - 20) : money.start]
    return bool(
        PRICE_BEFORE.search(before)
        or PRICE_AFTER.match(doc.text[money.end : money.end + 30])
        or RUNNING_TOTAL_WORDS.search(doc.text, max(0, money.start - 60), money.start)
    )


def find_events(
    doc: Document, base, published: str | None, companies=None, deals=None
) -> list[FoundEvent]:
    """Events told as done in the body, one per type unless a recap tells several.

    Input: the analysed document, the release date (for "in January") and its ISO string, and
    optionally the release's companies (entities.find_entities), which lets an event be another
    company's ("Quillon announced that its partner Velmora dosed ...") and a recap of several
    companies give each its own event, and its deals (deals.find_deals): a sentence that tells
    one named investor's equity investment tells no financing (dev2's convention). Output:
    FoundEvent items in the order of TRIGGERS; the date is the event's own explicit date (null
    for "today" and undated news; a scheduled presentation's day from its details line), the
    amount the first money in a financing's sentence. A financing, leadership change or trial
    step gets a further event for each recap line that opens with its own, different date ("On
    June 2, 2025, ..."), and a trial step of another kind (enrolment completed beside topline
    results) is another event. Never a plan (a scheduled poster or talk at a named meeting on a
    stated day is news, not a plan), never boilerplate, never an About description (an About
    line opening with its own date counts).
    """
    events = []
    dollar = None
    lowered = [s.text.lower() if eligible(s) else "" for s in doc.sentences]
    invested = single_investor_tellings(deals or [])
    for kind, pattern in TRIGGER_PATTERNS:
        told = []
        words = TRIGGER_WORDS[kind]
        for sentence, low in zip(doc.sentences, lowered, strict=True):
            if not any(word in low for word in words) or not pattern.search(sentence.text):
                continue
            if kind == "financing" and sentence.start in invested:
                continue  # "Y has agreed to purchase $50 million of X stock": Y's deal, no raise
            if planned_item(doc, sentence):
                continue  # "the companies plan to: / * Announce topline data ...": a plan
            if happened(kind, pattern, sentence.text + continued(doc, sentence)):
                # "today announced the presentation of ... at X": its day may lie ahead
                told.append((sentence, kind == "conference" and bool(TODAY.search(sentence.text))))
            elif kind == "conference" and scheduled(doc, sentence, base, published):
                told.append((sentence, True))
        if kind == "clinical_milestone":
            told = [
                t
                for t in told
                if not presented_results(doc, pattern, t[0]) and not approval_basis(doc, t[0])
            ]
        if kind == "financing":  # the sentence that prices the raise tells it best
            told.sort(key=lambda t: not find_money(t[0].text))
        if kind == "conference":
            told = given_talks_first(told)
        if kind == "listing":  # an IPO is dated by its first trading day
            told.sort(key=lambda t: not TRADING_DAY_WORDS.search(t[0].text))
        if told and dollar is None:
            dollar = dollar_currency(doc.text)
        chosen: list[FoundEvent] = []
        for sentence, planned in told:
            trigger = sentence.start + told_start(told_match(pattern, sentence.text))
            start = subject_start(doc, sentence, trigger, companies)
            named, known = trigger, True
            if kind == "financing" and companies:
                start, named, known = raiser_span(doc, companies, sentence, start, trigger)
            if chosen and not known:
                continue  # investors told, the raiser not named: no event of the investors
            subject = first_company(doc, companies, start, named)
            if (
                companies
                and subject is None
                and UNKNOWN_SUBJECT.search(doc.text, start, named)
                and not (kind == "leadership" and PERSON_VERB_WORDS.match(doc.text, named))
            ):
                # ("Kenji Mori will join the company as CMO": a person, whose company is named
                # elsewhere in the sentence)
                # "In October, Halvard presented ...": a name the release's companies do not
                # hold is the subject; the teller would be a guess
                continue
            # another company's event of the same kind: "In October, Velmora presented ..."
            others = (
                bool(chosen)
                and subject is not None
                and all(e.subject is not None and e.subject is not subject for e in chosen)
            )
            if others and AGENT_WORDS.search(sentence.text):
                continue  # "X acted as placement agent": an adviser's part, not X's event
            if serves_as_agent(doc, companies, start, named):
                continue  # "X is serving as exclusive placement agent": X only served
            if chosen and kind not in REPEATABLE and not others:
                continue
            event = make_event(
                doc, kind, sentence, base, published, dollar or "USD", planned, trigger
            )
            change = ANNOUNCED_CHANGE_WORDS.get(kind)
            if (
                after(event.date or "", published)
                and not planned
                and not (kind == "conference" and scheduled(doc, sentence, base, published))
                and not (change and change.search(sentence.text))
            ):
                continue  # a dated plan ("report results in 2027")
            if (
                chosen
                and not others
                and not another_event(kind, sentence, event, chosen, published)
            ):
                undated = next((e for e in chosen if e.subject is subject), None)
                if undated and undated.date is None and not TODAY.search(undated.quote):
                    # "X priced its IPO ... X has been listed on Nasdaq since January 2025": a
                    # later telling of the same event dates it
                    undated.date = event.date
                continue
            event.start, event.trigger, event.subject = start, named, subject
            chosen.append(event)
            if kind == "conference" and planned:
                chosen += further_meetings(doc, sentence, event, base)
        events += chosen
    return events


def single_investor_tellings(deals) -> set[int]:
    """Where the sentences start that tell an equity investment by one named investor ("Y has
    agreed to purchase $50 million of X common stock in a private placement", "Y made a $20
    million strategic investment in X"): dev2 lists such a sale of shares as the investor's
    equity_investment deal, never as a financing event of either company. A round with
    several investors stays a financing."""
    starts = set()
    for deal in deals:
        investors = [r for r in deal.roles.values() if r == "investor"]
        if deal.type == "equity_investment" and len(investors) == 1:
            starts.update(s.start for s in deal.sentences)
    return starts


def planned_item(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is an item of a list whose lead-in or heading tells plans ("The
    companies plan to:", "Anticipated 2026 milestones"): each item is a step still to come."""
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    if not LIST_ITEM.match(doc.text, line_start):
        return False
    position = line_start - 1
    while position > 0:
        start = doc.text.rfind("\n", 0, position) + 1
        line = doc.text[start:position].strip()
        position = start - 1
        if not line or LIST_ITEM.match(line):
            continue
        bare = line.strip("*_ ")
        lead_in = bare.endswith(":") or (
            len(bare) <= HEADING_CHARS and bare[:1].isupper() and not bare.endswith(".")
        )
        return lead_in and FUTURE_WORDS.search(line) is not None
    return False


def continued(doc: Document, sentence: Sentence) -> str:
    """The rest of a telling cut at a line break ("Announced that topline data from the trial
    is" / "*anticipated in 1Q25 -*"): a line that ends on a word, not a stop, and a next line
    that opens in lower case (past markup) go on with one clause, whose plan words count."""
    if not CUT_LINE_END.search(sentence.text):
        return ""
    rest = CONTINUATION.match(doc.text, sentence.end)
    return " " + rest.group(1) if rest else ""


def given_talks_first(told: list) -> list:
    """Conference tellings with a talk told as given ("Presented data at the Y Symposium in
    December") before those of a talk only accepted for later ("data has been accepted for oral
    presentation at the X Congress"), when a given one is this release's own news (not "data
    previously presented at ...", background)."""
    accepted = [bool(ACCEPTED_TALK_WORDS.search(t[0].text)) for t in told]
    own = [
        t
        for t, a in zip(told, accepted, strict=True)
        if not a and not EARLIER_TALK_WORDS.search(t[0].text)
    ]
    if not own or not any(accepted):
        return told
    return [t for t, a in zip(told, accepted, strict=True) if not a] + [
        t for t, a in zip(told, accepted, strict=True) if a
    ]


def serves_as_agent(doc: Document, companies, start: int, trigger: int) -> bool:
    """Whether the subject named before the trigger is told as another's agent or adviser
    ("X is serving as exclusive placement agent", "X acted as sole bookrunner for the
    offering"), not as the company the event is about."""
    mentions = find_mentions(doc.text, companies, start, trigger) if companies else []
    reach = min(len(doc.text), trigger + AGENT_REACH)
    if not mentions:
        # the adviser is no company of the release ("Brixton Securities LLC is serving as
        # placement agent for the private placement"): its role is told before the trigger
        return AGENT_WORDS.search(doc.text, start, trigger) is not None
    agent = AGENT_WORDS.search(doc.text, mentions[0].end, reach)
    if agent is None or REPORTING.search(doc.text, mentions[0].end, agent.start()):
        # "X announced today that the underwriters of its IPO exercised their option": X tells
        # of its own raise; the agents are others
        return False
    return not any(m.company is not mentions[0].company for m in mentions[1:])


# how far after the trigger the agent's role may end ("serving as exclusive placement agent")
AGENT_REACH = 20


def subject_start(doc: Document, sentence: Sentence, trigger: int, companies) -> int:
    """Where the event's subject is named: in the trigger's own list item ("...; Ardent began
    a Phase 3 trial"), after an opening phrase ("Conducted with X and Y, the trial ..."), after
    a reporting verb ("X announced that Y raised ...") when a company is named between it and
    the trigger; else the sentence."""
    start = max(sentence.start, doc.text.rfind(";", sentence.start, trigger) + 1)
    while doc.text[start : start + 1].isspace():
        start += 1
    lead = LEAD_PHRASE_WORDS.match(doc.text, start, trigger)
    start = lead.end() if lead else start
    if not companies:
        return start
    reported = [*REPORTING.finditer(doc.text, start, trigger)][-1:]
    if reported and (
        any(
            not FORMER_EMPLOYER_WORDS.search(doc.text, max(0, m.start - FORMER_REACH), m.start)
            for m in company_mentions(doc, companies, reported[0].end(), trigger)
        )
        or UNKNOWN_SUBJECT.search(doc.text, reported[0].end(), trigger)
    ):
        # ("announced that Ryan Vale, formerly CEO of Corlo, has joined ...": a person's former
        # employer is no subject)
        return reported[0].end()
    return start


def raiser_span(doc: Document, companies, sentence: Sentence, start: int, trigger: int):
    """Where the company that raised is named, and whether it is known: "X co-led the Series B
    round announced by Y" names the investor first and the raiser after the round."""
    mentions = find_mentions(doc.text, companies, start, trigger)
    if mentions and INVESTOR_LEAD_WORDS.search(
        doc.text, max(start, mentions[0].start - INVESTOR_LEAD_REACH), mentions[0].start
    ):
        # "An investor group led by X bought shares": X invested; the raiser is unnamed here
        return mentions[-1].end, trigger, True
    verb = INVESTOR_WORDS.search(doc.text, mentions[0].end, trigger) if mentions else None
    if verb is None:
        return start, trigger, True
    investor = mentions[0].company
    # the raiser follows the round: "the Series B round announced by Y", "funding for Y"
    for mention in find_mentions(doc.text, companies, trigger, sentence.end):
        if mention.company is not investor:
            return mention.start, mention.end, True
    return start, trigger, False


def first_company(doc: Document, companies, start: int, end: int):
    if not companies:
        return None
    mentions = company_mentions(doc, companies, start, end)
    return mentions[0].company if mentions else None


def company_mentions(doc: Document, companies, start: int, end: int) -> list:
    """The release's companies named in text[start:end], less a form that only opens a person's
    name ("announced that Mark W. Schwartz has been appointed ...", where "Mark" was read as a
    company): a person is no event's subject."""
    return [
        m
        for m in find_mentions(doc.text, companies, start, end)
        if not PERSON_NAME_REST_WORDS.match(doc.text, m.end)
    ]


def scheduled(doc: Document, sentence: Sentence, base, published: str | None) -> bool:
    """A presentation or talk still to come that is the news itself: at a named meeting on a
    stated day, in the sentence or its details line."""
    text = sentence.text
    if not NAMED_VENUE_WORDS.search(text):
        return False
    base = base or venue_base(text)
    # an undated release still states a day ("the Northbridge meeting April 18-22"): read in any
    # year, it shows the talk has one (the event's date stays unknown: make_event reads none)
    days = stated_days(text, base or UNDATED_BASE, published)
    return bool(days) or details_date(doc, sentence, base) is not None


UNDATED_BASE = datetime.date(2000, 12, 31)


def stated_days(text: str, base, published: str | None) -> list[str]:
    """Full dates in the text other than the release's own (its dateline); a year-less day is
    in the release's year (a talk still to come)."""
    return [
        m.value
        for m in find_dates(text, base, ahead=True)
        if len(m.value) == 10 and m.value != published
    ]


def further_meetings(doc: Document, sentence: Sentence, event: FoundEvent, base) -> list:
    """The other meetings of a telling of several ("will present at two upcoming investor
    events:"), one for each further details block with its own day ("Date/Time: September 25,
    2026"), in the release's body."""
    if not SEVERAL_MEETINGS_WORDS.search(sentence.text):
        return []
    found, seen = [], {event.date}
    end = min(sentence.end + DETAILS_REACH, doc.body_end)
    for label in DETAILS_DATE_WORDS.finditer(doc.text, sentence.end, end):
        line_end = doc.text.find("\n", label.end())
        line = doc.text[label.end() : line_end if line_end >= 0 else len(doc.text)]
        dates = find_dates(line, base, ahead=True)
        if dates and len(dates[0].value) == 10 and dates[0].value not in seen:
            seen.add(dates[0].value)
            found.append(
                FoundEvent(
                    "conference",
                    dates[0].value,
                    event.summary,
                    None,
                    event.quote,
                    event.start,
                    event.trigger,
                    event.subject,
                )
            )
    return found


def details_date(doc: Document, sentence: Sentence, base) -> str | None:
    """The day in a presentation's details block after the telling ("Session date: Friday,
    14 March 2025"), before the About section."""
    end = min(sentence.end + DETAILS_REACH, doc.body_end)
    label = DETAILS_DATE_WORDS.search(doc.text, sentence.end, end)
    if label is None:
        return None
    line_end = doc.text.find("\n", label.end())
    line = doc.text[label.end() : line_end if line_end >= 0 else len(doc.text)]
    dates = find_dates(line, base, ahead=True)
    return dates[0].value if dates else None


def another_event(
    kind: str, sentence: Sentence, event: FoundEvent, chosen, published: str | None = None
) -> bool:
    """Whether `sentence` tells an event of `kind` that `chosen` does not hold yet: a recap line
    opening with its own date, or (for trials) a step of another kind. A recap dated in the
    release's own month ("In February 2025, X announced that its trial met ...") of a step the
    release tells "today" is that step again."""
    step = clinical_step(sentence.text) if kind == "clinical_milestone" else None
    if (
        event.date
        and published
        and len(event.date) >= 7
        and published.startswith(event.date)
        and any(
            e.date is None
            and TODAY.search(e.quote)
            and (step is None or clinical_step(e.quote) == step)
            for e in chosen
        )
    ):
        return False
    if event.date and event.date not in {e.date for e in chosen}:
        lead = DATED_LEAD_WORDS.match(sentence.text)
        dates = find_dates(sentence.text)
        if lead and dates and dates[0].start <= lead.end() + DATED_LEAD_REACH:
            return True
    if kind == "clinical_milestone":
        step = clinical_step(sentence.text)
        if event.date in {e.date for e in chosen} and same_trial(sentence.text):
            return False  # "..., meeting the primary objective of the study": the trial told
        return step is not None and step not in {clinical_step(e.quote) for e in chosen}
    if kind == "leadership":
        # "X also announced that its COO will retire", "In addition, Y has been promoted to
        # ...": a further change, told as added news before its trigger
        trigger = TRIGGER_PATTERNS_BY_KIND[kind].search(sentence.text)
        added = trigger and ADDED_NEWS_WORDS.search(sentence.text, 0, trigger.start())
        return added is not None and not same_person(sentence.text, chosen, trigger.start())
    return False


def same_person(sentence: str, chosen, trigger: int) -> bool:
    """Whether a leadership telling names the person of a change told before: by a pronoun
    before its trigger ("In addition, she will join the board") or by a title and a surname an
    earlier telling holds ("Further, Dr. Lund will serve as ...", "..., succeeding Mr. Lund")."""
    for match in SAME_PERSON_WORDS.finditer(sentence):
        surname = match.group(1)
        if surname is None:
            if match.start() < trigger:
                return True  # a pronoun: the person told before
        elif any(re.search(rf"\b{re.escape(surname)}\b", e.quote) for e in chosen):
            return True
    return False


def same_trial(sentence: str) -> bool:
    """Whether a trial step names its trial only as "the study" or "the trial", with no phase,
    registry number, acronym or cohort of its own up to just past its trigger: the trial a step
    told before in the release is about."""
    trigger = TRIGGER_PATTERNS_BY_KIND["clinical_milestone"].search(sentence)
    if trigger is None or not SAME_TRIAL_WORDS.search(sentence):
        return False
    return OWN_TRIAL_WORDS.search(sentence, 0, trigger.end() + OWN_TRIAL_REACH) is None


def clinical_step(sentence: str) -> str | None:
    """The trial step told first in the sentence: "start", "enrolment", "results"..."""
    match = TRIGGER_PATTERNS_BY_KIND["clinical_milestone"].search(sentence)
    if match is None:
        return None
    for step, words in STEP_WORDS:
        if words.search(match.group()):
            return step
    return None


def told_match(pattern: re.Pattern, sentence: str):
    """The trigger's match, past a run-in heading that only names the topic ("Financial Growth
    and Fundraising Success: X raised $9 million ..."): the telling after it names the subject."""
    match = pattern.search(sentence)
    label = RUN_IN_LABEL.match(sentence)
    if match and label and match.start() < label.end():
        return pattern.search(sentence, label.end()) or match
    return match


def told_start(match: re.Match) -> int:
    """Where the telling's verb starts: a trigger that opens with its meeting ("At the
    Northbridge Congress, Velmora presented ...") marks the verb as its group `told`, so the
    subject is read between the two."""
    told = match.groupdict().get("told")
    return match.start("told") if told is not None else match.start()


def happened(kind: str, pattern: re.Pattern, sentence: str) -> bool:
    match = told_match(pattern, sentence)
    if match is None:
        return False
    if BIOGRAPHY_WORDS.search(sentence, max(0, match.start() - BIOGRAPHY_REACH), match.start()):
        return False  # "a strong background in fundraising": a person's record
    if NOT_DONE_WORDS.search(sentence, max(0, match.start() - BIOGRAPHY_REACH), match.start()):
        return False  # "to reduce the need for dilutive fundraising": needed or avoided
    if kind == "leadership" and ADVISORY_WORDS.search(
        sentence, match.start(), match.end() + ADVISORY_REACH
    ):
        return False  # "chairman of its board of advisers": an adviser, not management
    if kind in ("financing", "listing", "leadership") and PERSON_RECORD_WORDS.search(sentence):
        # "she led the company through its IPO, raising $1 billion", "He joined X in 2009 and
        # most recently served as its President": a person's record
        return False
    if kind == "financing" and SPENT_WORDS.search(
        sentence, max(0, match.start() - SPENT_REACH), match.start()
    ):
        return False  # "deploying $2.8 billion of capital": money spent, not raised
    if (
        kind == "financing"
        and RAISED_SO_FAR_WORDS.search(sentence)
        and not RAISE_NAMED_WORDS.search(sentence)
    ):
        return False  # "the company has raised over $40 million": a running total
    change = ANNOUNCED_CHANGE_WORDS.get(kind)
    if change and change.search(sentence):
        return True
    reach = sentence[: match.end() + FUTURE_REACH]
    aside = NEXT_STEP_WORDS.search(reach, match.end())
    if kind in ("financing", "facility"):
        # "raised $5 million, which will fund ...": the money's use; "opened a centre, which
        # will house 300 scientists": what the site will do
        words = PROCEEDS_USE_WORDS if kind == "financing" else SITE_USE_WORDS
        use = words.search(reach, match.end())
        if use and (aside is None or use.start() < aside.start()):
            aside = use
    if aside:  # "Enrollment is complete, with data readout expected in 2026": the next step
        reach = reach[: aside.start()]
    # a word of plan cut at the reach's end is read in the whole sentence ("its proposed
    # denosumab biosimilar" describes a product)
    future = FUTURE_WORDS.search(reach)
    while future and not FUTURE_WORDS.match(sentence, future.start()):
        future = FUTURE_WORDS.search(reach, future.end())
    return future is None


def make_event(
    doc: Document,
    kind: str,
    sentence: Sentence,
    base,
    published,
    dollar: str,
    planned: bool,
    trigger: int = -1,
) -> FoundEvent:
    today = TODAY.search(sentence.text)
    if kind == "conference" and (planned or today):
        base = base or venue_base(sentence.text)
        # a scheduled talk is dated by its details line, else the day the sentence names
        days = stated_days(sentence.text, base, published)
        date = details_date(doc, sentence, base) or (
            days[0] if planned and days else stated_day(sentence, base, published)
        )
    elif today:  # "today announced that on February 3, 2025, it received ..." keeps its own date
        date = stated_day(sentence, base, published)
    elif kind in ("gmp_inspection", "facility"):
        story = {"gmp_inspection": r"inspection|audit", "facility": r"facility|cent(?:er|re)"}[kind]
        date = event_date(doc, sentence, base, published) or related_date(
            doc, story, base, published
        )
    else:
        date = event_date(doc, sentence, base, published, kind)
    if kind == "conference" and date is None and not today:
        date = venue_year(sentence.text, published) or title_venue_year(doc, sentence, published)
    return FoundEvent(
        kind,
        date,
        summary(sentence.text),
        event_amount(doc, kind, sentence, dollar, trigger),
        sentence.text,
    )


def stated_day(sentence: Sentence, base, published: str | None) -> str | None:
    """A full date introduced by "on" that is not the release's own: the day the event fell on."""
    for mention in find_dates(sentence.text, base, sentence.start):
        lead = sentence.text[: mention.start - sentence.start]
        if len(mention.value) == 10 and mention.value != published and EFFECTIVE_DAY.search(lead):
            # "today announced the appointment of X as CFO, effective June 15": the change's own
            # day, ahead of the release or not
            return mention.value
        if len(mention.value) == 10 and mention.value != published and ON_DAY.search(lead):
            return None if after(mention.value, published) else mention.value
    return None


def venue_year(sentence: str, published: str | None) -> str | None:
    """The year written into the meeting's name ("the 2024 Retina Society Meeting", "at Retina
    Days 2024"), when the telling gives no other date; never a year of a written date."""
    dated = [(m.start, m.end) for m in find_dates(sentence)]
    for match in VENUE_YEAR_WORDS.finditer(sentence):
        if any(start <= match.start() < end for start, end in dated):
            continue
        near = sentence[max(0, match.start() - 80) : match.end() + 80]
        named = VENUE_NAME_WORDS.search(sentence[: match.end()])
        if (VENUE_WORDS.search(near) or named) and not after(match.group(1), published):
            # "at the Gyn Oncology 2016 Conference in May": a year-less month is the venue's
            year_end = datetime.date(int(match.group(1)), 12, 31)
            months = [m for m in find_dates(sentence, year_end) if (m.start, m.end) not in dated]
            return months[0].value if months else match.group(1)
    return None


def title_venue_year(doc: Document, sentence: Sentence, published: str | None) -> str | None:
    """The year the headline writes into the meeting the telling names without it ("Velmora
    Presents Data at 2024 NBCS Meeting" / "... presented at the Northbridge Cancer Society
    ("NBCS") meeting"): the two share the meeting's acronym."""
    if not doc.title or sentence.section == "title":
        return None
    year = venue_year(doc.title, published)
    if year is None:
        return None
    at = doc.title.find(year[:4])
    # the meeting's own words around its year, not the company's ticker ("(NASDAQ: CLNN)")
    named = doc.title[max(0, at - TITLE_VENUE_BEFORE) : at + TITLE_VENUE_AFTER]
    shared = set(ACRONYM.findall(named)) & set(ACRONYM.findall(sentence.text))
    return year if shared else None


TITLE_VENUE_BEFORE = 20  # headline characters before the year that may name the meeting
TITLE_VENUE_AFTER = 40  # ... and after it ("2024 NBCS Annual Meeting")


def venue_base(sentence: str) -> datetime.date | None:
    """A news item without a dateline: a meeting named with its year ("EULAR 2025, taking place
    June 11-14") puts the telling's year-less days in that year."""
    year = venue_year(sentence, None)
    return datetime.date(int(year[:4]), 12, 31) if year else None


def summary(sentence: str) -> str:
    text = collapse(sentence)
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "..."
