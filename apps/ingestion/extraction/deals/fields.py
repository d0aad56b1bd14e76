"""Exclusivity, territory and dates of a deal, from its own sentences."""

import re

from ..dates import find_dates
from ..lexicons import deals as lex
from ..text import Document, Sentence
from .cues import (
    ANNOUNCED,
    DEFINED_SHORT,
    EX_TERRITORY,
    GLOBAL_LICENCE,
    LICENSE_WORD,
    OUTSIDE,
    PLACE_END,
    PLACE_LIST,
    RECAP_ONLY,
    RETAINED_IN,
    RETAINED_OUTSIDE,
    SIGNED_VERB,
    SIGNING_WORD,
    TERRITORY_LIST,
    TERRITORY_THE_LIST,
    WORLDWIDE,
    kinds_in,
    surface_pattern,
)
from .model import FoundDeal

# ---------------------------------------------------------------- other fields


# "a non-exclusive licence", "nonexclusive rights", "on a non exclusive basis"
NON_EXCLUSIVE = re.compile(r"\bnon[-\s]?exclusive", re.IGNORECASE)
# "exclusive rights", "global exclusivity for DRUG", "has exclusively licensed"; not "exclusive
# financial adviser" (a bank's role) nor "focused exclusively on" (a company's business)
EXCLUSIVE = re.compile(
    r"\bexclusive(?!\s+(?:financial|legal)\s+advis)|\bexclusivity\b"
    r"|\bexclusively\s+(?:licen[cs]\w*|in-licen[cs]\w*|granted|rights)\b",
    re.IGNORECASE,
)


def exclusivity(sentences: list[Sentence]) -> bool | None:
    text = " ".join(s.text for s in sentences)
    if NON_EXCLUSIVE.search(text):
        return False
    if EXCLUSIVE.search(text):
        return True
    return None


def territory(sentences: list[Sentence], told_from: int = 0) -> str | None:
    """Where the licensee's rights run; sentences that grant rights speak first.

    "Y retains all rights outside Greater China" gives "Greater China" (the licensor keeps the
    rest); "outside of the PRC ("PRC")" gives "outside the PRC"; "outside X" otherwise gives
    "worldwide outside X", and of several such phrases the most detailed is kept ("outside
    China" in the headline, "excluding mainland China, Hong Kong and Macau" in the body).
    """
    ranked = sorted(
        sentences,
        key=lambda s: (
            # "has also granted Y an option for global rights": rights Y may get later
            bool(OPTION_FOR.search(s.text)),
            not re.search(r"\brights?\b", s.text),
            not LICENSE_WORD.search(s.text),
            s.start < told_from,  # a deck line above the story shortens what the story says
        ),
    )
    for sentence in ranked:
        found = sentence_territory(sentence)
        if found is None:
            continue
        value, complement = found
        if not complement:
            return value
        others = [(f[0], s) for s in ranked if (f := sentence_territory(s)) and f[1]]
        # the place the grant leaves out is told before the place the licensor keeps ("rights
        # outside Greater China. X retains all rights in mainland China, Hong Kong, Macau and
        # Taiwan" is "worldwide outside Greater China")
        return max(
            [(value, sentence), *others],
            key=lambda found: (not kept_only(found[1]), len(found[0].split())),
        )[0]
    return None


def kept_only(sentence: Sentence) -> bool:
    """The sentence tells the place the licensor keeps, not the place the licensee is given."""
    return not RETAINED_OUTSIDE.search(sentence.text) and bool(
        RETAINED_IN.search(sentence.text) or RETAINED_PLACE_RIGHTS.search(sentence.text)
    )


OPTION_FOR = re.compile(r"\boption (?:for|to (?:acquire|obtain|expand))\b", re.IGNORECASE)
# "the Greater China rights", "its Japanese commercial rights" (the place named, adjective-free)
PLACE_RIGHTS = re.compile(
    rf"\b(?:the|its|their)\s+({PLACE_LIST})\s+(?:(?:commercial|development|marketing)\s+)?"
    r"rights\b"
)
# "X retains U.S. rights to DRUG", "retaining its Japanese ... ": the licensor keeps the place's
# rights, the licensee has the rest of the world
RETAINED_PLACE_RIGHTS = re.compile(
    rf"\bretain(?:s|ed|ing)?\s+(?:(?:all|full|its|their|the)\s+)*({PLACE_LIST})\s+"
    r"(?:(?:commercial|commercialization|development|marketing)\s+)?rights\b"
)
# "exclusive European rights", "Latin American commercial rights": the place's adjective
ADJECTIVE_RIGHTS = re.compile(
    r"\b("
    + "|".join(sorted(map(re.escape, lex.PLACE_ADJECTIVES), key=len, reverse=True))
    + r")\s+(?:(?:commercial|commercialization|development|marketing|distribution)\s+)?rights\b"
)
# A sentence that tells rights or what the licensee may do with them
RIGHTS_TOLD = re.compile(
    r"\b(?:rights?|licen[cs]\w*|commerciali[sz]\w*|territor\w*|develop\w*|market\w*|sell"
    r"|distribut\w*|manufactur\w*)\b",
    re.IGNORECASE,
)


# "a company headquartered in Denmark", "sites in Heidelberg, Germany": where a party sits, not
# where rights run
SEAT_BEFORE = re.compile(
    r"\b(?:headquartered|headquarters|based|located|incorporated|domiciled|offices?|sites?"
    r"|listed|founded|operations|subsidiar(?:y|ies)|affiliates?|facilit(?:y|ies)|plants?"
    # "approved in the EU", "(marketed in Korea as BRAND)": where the product already is
    r"|already\s+(?:approved|marketed|available|launched)|(?:is|are|was|were)\s+approved"
    r"|(?<=\()(?:approved|marketed|sold)"
    # "receiving approval in the U.S. and Europe in 2013", "launched in Japan": where the product
    # already sells
    r"|approvals?|launched"
    # "approvals for further trials in Australia", "patents in the U.S.": where a study runs or
    # a patent holds, not where rights run
    r"|trials?|stud(?:y|ies)|patents?|patented)\s+$",
    re.IGNORECASE,
)


def sentence_territory(sentence: Sentence) -> tuple[str, bool] | None:
    """The territory one sentence names and whether it is told as a complement ("outside X")."""
    text = sentence.text
    retained = RETAINED_OUTSIDE.search(text)
    if retained:
        return place_phrase(text, retained.start(1), retained.group(1)), False
    kept = RETAINED_IN.search(text) or RETAINED_PLACE_RIGHTS.search(text)
    if kept:
        return "worldwide outside " + re.sub(r"^the\s+", "", kept.group(1)), True
    outside = OUTSIDE.search(text) or EXCEPT_IN.search(text)
    if outside:
        place = place_phrase(text, outside.start(1), outside.group(1))
        if place.startswith("the ") and DEFINED_SHORT.match(
            text, outside.start(1) + len(outside.group(1).split(" (")[0])
        ):
            return "outside " + place, True  # 'outside of the PRC ("PRC")' -> "outside the PRC"
        return complement_phrase(text, outside.start(), place), True
    ex_place = EX_TERRITORY.search(text)
    if ex_place:
        return "worldwide outside " + re.sub(r"^the\s+", "", ex_place.group(1)), True
    if GLOBAL_LICENCE.search(text) or GLOBAL_GRANT.search(text):
        return "global", False  # "under their global licensing agreement"
    wide = WORLDWIDE.search(text)
    if wide and RIGHTS_TOLD.search(text):
        # not "to help patients worldwide": rights must be told; the text's own word is kept
        # ("global rights" and "globally" are "global", "worldwide" is "worldwide")
        return ("global" if wide.group().lower().startswith("global") else "worldwide"), False
    listed = next(
        (
            m
            for pattern in (TERRITORY_LIST, TERRITORY_THE_LIST)
            for m in pattern.finditer(text)
            if not SEAT_BEFORE.search(text, 0, m.start())
        ),
        None,
    )
    if listed:
        return listed.group(1), False
    named = PLACE_RIGHTS.search(text)
    if named:
        return named.group(1), False  # "out-licensed the Greater China rights to DRUG"
    described = ADJECTIVE_RIGHTS.search(text)
    if described:
        return lex.PLACE_ADJECTIVES[described.group(1)], False  # "exclusive European rights"
    return None


# "a global development and commercialization license", "global sales rights": the licence or
# rights told as global, with the kinds of right between
GLOBAL_GRANT = re.compile(
    r"\bglobal\s+(?:(?:exclusive|development|commerciali[sz]ation|commercial|marketing|sales"
    r"|manufacturing|research|distribution|and|,)\s*){1,6}(?:licen[cs](?:e|ing)|rights)\b",
    re.IGNORECASE,
)
# "globally, except in Japan and Asia": "except in" names the place left out, as "outside" does
EXCEPT_IN = re.compile(rf"\bexcept\s+in\s+((?:the\s+)?{PLACE_LIST}){PLACE_END}")
# The word before "outside X" that names the rest of the world: "globally, except in Japan",
# "worldwide excluding mainland China"
# (keys write "all countries except Japan" as "worldwide excluding Japan": only these words are
# kept)
WORLD_BEFORE = re.compile(r"\b(?:worldwide|globally|global)\s*,?\s*$", re.IGNORECASE)
# The words that leave a place out, as the text writes them ("outside of" is "outside")
LEFT_OUT = re.compile(r"(outside|excluding|except(?: for| in)?|other than)", re.IGNORECASE)


def complement_phrase(text: str, word_at: int, place: str) -> str:
    """ "worldwide outside Japan": everywhere but the place, in the text's own words where it
    gives them ("globally, except in Japan" stays so, "worldwide excluding China" too);
    "outside Japan" alone and "in all countries except Japan" are "worldwide outside Japan",
    "worldwide except Japan"."""
    place = re.sub(r"^the\s+", "", place)
    word = LEFT_OUT.match(text, word_at)
    left_out = word.group(1).lower() if word else "outside"
    lead = WORLD_BEFORE.search(text, max(0, word_at - 40), word_at)
    world = lead.group().strip() if lead else "worldwide"
    return f"{world} {left_out} {place}"


def place_phrase(text: str, start: int, phrase: str) -> str:
    """A place as the text names it; a place with a defined short name ("PRC") takes that."""
    phrase = re.sub(r"\s+region\b", "", phrase)
    defined = DEFINED_SHORT.match(text, start + len(phrase.split(" (")[0]))
    if defined and "(" in phrase:
        return "the " + defined.group(1)
    return phrase.strip()


# A news item's report of the day's deal with its day or "that" between: "X said on Tuesday
# it had licensed ...", "Y said Monday that it has acquired ..."
SAID_DONE = re.compile(
    r"\b(?:said|says)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today)?\s*(?:that\s+)?(?:it|they)\s+(?:has|have|had)\s+(?:\w+\s+)?(?:in-licen[cs]ed"
    r"|licen[cs]ed|acquired|entered|signed|agreed|obtained|granted|formed)\b",
    re.IGNORECASE,
)
RESULTS_RELEASE = re.compile(
    r"\b(?:results|reports?|quarter|half[- ]year|annual report|business update|interim)\b",
    re.IGNORECASE,
)
CLOSING = re.compile(lex.CLOSING, re.IGNORECASE)
TERMINATED = re.compile(lex.TERMINATED, re.IGNORECASE)
TODAY = re.compile(r"\btoday\b", re.IGNORECASE)


def announced_on(doc: Document, deal: FoundDeal, published: str | None) -> str | None:
    """The release date when the release announces the deal; None for a recap, a closing, or a
    deal told in a results release without "today"."""
    if not published or is_recap(deal.signed_on, published):
        return None
    told = [s for s in deal.sentences if ANNOUNCED.search(s.text) or SAID_DONE.search(s.text)]
    if not told:
        return published if in_headlines(doc, deal, published) else None
    if all(RECAP_ONLY.search(s.text) or TERMINATED.search(s.text) for s in told):
        return None  # a closing or a termination: the deal itself was announced before
    recap = RESULTS_RELEASE.search(doc.title or "") and not any(TODAY.search(s.text) for s in told)
    if recap and not in_headlines(doc, deal, published):
        return None  # recapped in a results release
    if CLOSING.search(doc.title or "") or all(CLOSING.search(s.text) for s in told):
        return None  # the agreement was announced when it was signed
    return published


def in_headlines(doc: Document, deal: FoundDeal, published: str) -> bool:
    """The deal is one of the release's headlines: a line above the dateline names its parties
    and a kind of agreement ("-X and Y establish a partnership to co-develop Z-")."""
    patterns = [re.compile(surface_pattern(p), re.IGNORECASE) for p in deal.parties]
    for sentence in doc.sentences:
        if sentence.section not in ("title", "body"):
            break
        if any(d.value == published for d in find_dates(sentence.text, None, sentence.start)):
            break  # the dateline: headlines end here
        kinds = set(kinds_in(sentence.text))
        # (a takeover headline does not announce the licence the two companies already had)
        takeover_only = kinds <= {"acquisition", "merger"}
        if (
            kinds
            and all(p.search(sentence.text) for p in patterns)
            and (deal.type in ("acquisition", "merger") or not takeover_only)
        ):
            return True
    return False


def is_recap(signed: str | None, published: str | None) -> bool:
    """Signed in an earlier year or month than the release: the deal is recapped, not announced."""
    if not signed or not published:
        return False
    if signed[:4] < published[:4]:
        return True
    return len(signed) < 10 and signed < published[: len(signed)]


# The dateline that opens a sentence ("PARIS, March 3, 2024 -- X and Y signed ...") is the
# release date, not a signing date.
DATELINE_CHARS = 40
# "signed with Y, a Swiss company, in August 2022": a recap's date follows its verb in the same
# clause; a clause break or another clause's verb between them means the date is of something else
SIGNED_DATE_GAP_WORDS = 20
OTHER_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|which|who|where)\b|\b(?:and|but) (?:it|they|we)\b"
)


# "The agreement was signed on May 28, 2026.": a sentence right after the deal's telling that
# dates the signing of "the agreement" it just told
AGREEMENT_SIGNED = re.compile(
    r"^\s*(?:The|This)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|deal|licen[cs]e|transaction|contract)"
    r"\s+(?:was|were|had been|has been)\s+(?:signed|executed|entered into|concluded)\s+on\s+"
)
# How many sentences after the deal's telling such a dating sentence may stand
SIGNED_AFTER_SENTENCES = 2


def signed_on(doc: Document, deal: FoundDeal, published: str | None) -> str | None:
    told = list(deal.sentences) + sentences_after(doc, deal.sentences[-1])
    for sentence in told:
        if sentence not in deal.sentences and not AGREEMENT_SIGNED.match(sentence.text):
            continue
        if not SIGNING_WORD.search(sentence.text):
            continue
        for mention in find_dates(sentence.text, None, sentence.start):
            if mention.start < sentence.start + DATELINE_CHARS and mention.value == published:
                continue
            if len(mention.value) == 10 and mention.value != published:
                return mention.value
            if len(mention.value) == 10 and not dateline_of(sentence, mention.start):
                return mention.value
    return signed_in_past(deal, published)


def sentences_after(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The body sentences right after this one, in the same section."""
    order = [s for s in doc.sentences if s.section == sentence.section]
    if sentence not in order:
        return []
    i = order.index(sentence)
    return order[i + 1 : i + 1 + SIGNED_AFTER_SENTENCES]


def dateline_of(sentence: Sentence, position: int) -> bool:
    """The date is followed by the dateline dash or comma that opens the story."""
    after = sentence.text[position - sentence.start :]
    return bool(re.match(r"[^,;]{4,20}?\d{4}\s*(?:--|–|—|,|-|/)", after))


EXERCISED = re.compile(r"\bexercis\w*", re.IGNORECASE)
EARLIER_AGREEMENT = re.compile(lex.EARLIER_AGREEMENT, re.IGNORECASE)
YEAR_OF_AGREEMENT = re.compile(
    r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he)\s+((?:19|20)\d\d)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:agreement|licen[cs]e|deal|collaboration|partnership|alliance)\b"
)
YEAR_OF_PURCHASE = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:acquisition|purchase|takeover|buyout|merger)\s+(?:of|with)\b"
)


def signed_in_past(deal: FoundDeal, published: str | None) -> str | None:
    """ "an agreement signed in August 2022", "entered into with X in 2022": a recap's period;
    "through its 2021 acquisition of Y": the year the purchase was made."""
    for sentence in deal.sentences:
        dated = YEAR_OF_PURCHASE.search(sentence.text)
        if (
            dated
            and deal.type in ("acquisition", "merger")
            and (published is None or is_recap(dated.group(1), published))
        ):
            return dated.group(1)
        dated = YEAR_OF_AGREEMENT.search(sentence.text)
        exercised = deal.type == "option" and EXERCISED.search(sentence.text)
        if dated and not exercised and (published is None or is_recap(dated.group(1), published)):
            # "Under a 2021 agreement, X licensed ..."; an option exercised under an earlier
            # agreement is a deal of its own day
            return dated.group(1)
        for verb in SIGNED_VERB.finditer(sentence.text):
            for mention in find_dates(sentence.text, None, sentence.start):
                gap = sentence.text[verb.end() : mention.start - sentence.start]
                if mention.start - sentence.start < verb.end():
                    continue
                if EARLIER_AGREEMENT.search(sentence.text[: mention.start - sentence.start]):
                    continue  # "expands the existing partnership signed in 2016": not this deal's
                if len(gap.split()) > SIGNED_DATE_GAP_WORDS or OTHER_CLAUSE.search(gap):
                    continue
                if not re.search(r"\b(?:in|on)\s+$", gap):
                    continue
                if published is None or is_recap(mention.value, published):
                    return mention.value
        # "In 2023, X entered into ..." : the year opens the sentence
        opening = re.match(r"\s*In ((?:\w+ )?\d{4}),", sentence.text)
        if opening and SIGNED_VERB.search(sentence.text):
            for mention in find_dates(sentence.text[: opening.end()], None, sentence.start):
                if published is None or is_recap(mention.value, published):
                    return mention.value
    return None
