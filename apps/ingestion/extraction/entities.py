"""Company entities of one release: mentions in, entities with their spans out.

The step runs before any fact is read, so a deal, drug owner, designation sponsor or event
subject finds its company however the text writes it:

    entities = find_entities(doc)
    entities.resolve("Helvara's")            # FoundCompany named "Helvara AG", or None
    entities.resolve(sentence)               # the first company mentioned in a span
    entities.mentions_in(start, end)         # [Mention(company, start, end), ...] in order
    entities.clause_owner(doc, position)     # the one company named before it in its clause
    entities.companies_in(start, end)        # unique companies in order of first mention
    entities.at(position)                    # the Mention covering a character offset

`Entities` is also the list of FoundCompany found (rule modules that take `companies` keep
working), and `companies.find_mentions(doc.text, entities, a, b)` reads its resolved mentions.

What resolves to one entity (examples use invented names):
- formal names and their short forms: "Tamsin Bio Co., Ltd.", "Tamsin Bio", "Tamsin";
- a short form that drops a place word: "Shanghai Tamsin Biotech, Inc." -> "Tamsin";
- defined names: 'Quillon Pharma Inc. ("Quillon")', possessives ("Quillon's");
- "the Company" / "the Group" -> the issuer (defined in brackets, the exchange cover's issuer,
  else the company of the announcing sentence);
- an exchange cover's issuer with its Chinese name and stock code;
- a bare name acting as a party ("Helvara today announced", "Helvara to acquire ...").

A bare generic word ("Pharmaceuticals", "the Group" with no issuer) never resolves.
"""

import re
from bisect import bisect_right

from .companies import (
    FoundCompany,
    core_key,
    core_name,
    distinctive_word,
    find_companies,
    has_legal_form,
    is_bare_name,
)
from .dates import dateline_value
from .lexicons.companies import (
    COMPANY_HEADS,
    GENERIC_ALIASES,
    INVESTMENT_ARM_HEADS,
    NAME_STOPWORDS,
    PLACES,
)
from .lexicons.known_companies import KNOWN_SHORT_FORMS
from .mentions import Mention, SurfaceIndex, mentions_between
from .text import Document, fold

ANNOUNCING = re.compile(r"\b(?:today )?announc(?:ed|es)\b", re.IGNORECASE)
# What may open a clause before its subject: bullets, "and", a date ("In March 2025,")
CLAUSE_OPENING = re.compile(
    r"[\s\-*•–—:;,]*(?:and\s+|also\s+)?(?:(?:In|On|During|By)\s+[^,;]{1,30},\s*)?(?:the\s+)?"
)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
# "D, obtained from X", "D (in-licensed from X)", "D, which was acquired from X"
FROM_OWNER = re.compile(
    r"[\s,(]*(?:which\s+(?:was|is|were)\s+|that\s+(?:was|is)\s+)?(?:in-)?"
    r"(?:licen[cs]ed|obtained|acquired|in-licen[cs]ed)\s+from\s+"
)
# Verbs whose subject develops the product it names: the owner, not a buyer or an investor
OWNER_VERB_AFTER = re.compile(
    r"(?:\s+\([^()]{1,40}\))?\s+(?:has\s+|have\s+|also\s+)?(?:dosed|received|won|filed|submitted"
    r"|initiated|began|begun|started|completed|enrolled|launched|presented|reported|obtained"
    r"|secured|gained approval|announced positive)\b"
)
POSSESSIVE = re.compile(r"['’]s?$")
BRACKETED_PLACE = re.compile(r"\(([A-Z][a-z]+)\)")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


class Entities(list):
    """The release's companies (a list of FoundCompany) with their resolved mentions."""

    def __init__(self, text: str, companies: list[FoundCompany]):
        super().__init__(companies)
        self.text = text
        self._mentions: list[Mention] | None = None
        self._starts: list[int] = []
        self._index: SurfaceIndex | None = None

    # A rule may add a company it found (a counterparty with no legal form): mentions are
    # recomputed on the next look-up.
    def append(self, company: FoundCompany) -> None:
        super().append(company)
        self._mentions = None

    def extend(self, companies) -> None:
        added = list(companies)
        if not added:
            return  # nothing new: keep the mentions (a rule that re-registers every sentence's
            # parties would otherwise recompute them per sentence, quadratic in long releases)
        super().extend(added)
        self._mentions = None

    def refresh(self) -> None:
        """Call after changing a company's names or roles in place."""
        self._mentions = None

    @property
    def index(self) -> SurfaceIndex:
        if self._mentions is None or self._index is None:
            self._compute()
        return self._index

    @property
    def mentions(self) -> list[Mention]:
        """Every mention of every company, sorted by start, non-overlapping."""
        if self._mentions is None:
            self._compute()
        return self._mentions

    def _compute(self) -> None:
        self._index = SurfaceIndex(unambiguous_surfaces(self))
        self._mentions = self._index.find(self.text)
        self._starts = [m.start for m in self._mentions]

    def mentions_in(self, start: int = 0, end: int | None = None) -> list[Mention]:
        """Mentions lying wholly inside text[start:end], in text order."""
        end = len(self.text) if end is None else end
        return mentions_between(self.mentions, start, end, self._starts)

    def companies_in(self, start: int = 0, end: int | None = None) -> list[FoundCompany]:
        """Companies mentioned inside text[start:end], each once, in order of first mention."""
        found: list[FoundCompany] = []
        for mention in self.mentions_in(start, end):
            if not any(mention.company is c for c in found):
                found.append(mention.company)
        return found

    def at(self, position: int) -> Mention | None:
        """The mention covering text[position], if any."""
        mentions = self.mentions
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and mentions[i].start <= position < mentions[i].end:
            return mentions[i]
        return None

    def resolve(self, span_or_text) -> FoundCompany | None:
        """The company a name or a span stands for, or None.

        Accepts a string ("Quillon", "Quillon's", "the Company", "QUILLON PHARMA INC."), a
        Mention, a (start, end) pair, or anything with start/end or start_char/end_char
        offsets into this text (Sentence, spaCy Span): a span gives its first mention.
        """
        if isinstance(span_or_text, str):
            return self.resolve_name(span_or_text)
        if isinstance(span_or_text, Mention):
            return span_or_text.company
        if isinstance(span_or_text, tuple):
            start, end = span_or_text
        else:
            start = getattr(span_or_text, "start_char", getattr(span_or_text, "start", None))
            end = getattr(span_or_text, "end_char", getattr(span_or_text, "end", None))
        if start is None or end is None:
            return None
        inside = self.mentions_in(start, end)
        if inside:
            return inside[0].company
        covering = self.at(start)
        if covering is not None and covering.end >= end:
            return covering.company
        return self.resolve_name(self.text[start:end])

    def resolve_name(self, name: str) -> FoundCompany | None:
        exact = self.index.by_form.get(name.strip().lower())
        if exact is not None:
            return exact  # "Brevik Inc." as written, full stop included
        name = POSSESSIVE.sub("", name.strip().strip(",;:.()")).strip()
        if not name:
            return None
        exact = self.index.by_form.get(name.lower())
        if exact is not None:
            return exact
        bare_key = core_key(LEADING_THE.sub("", name))
        keyed = [c for c in self if bare_key and bare_key in {core_key(n) for n in c.names}]
        if len(keyed) > 1:
            return None  # two companies share the key ("Brevik SE", "Brevik Inc."): ambiguous
        bare = LEADING_THE.sub("", name)
        if fold(bare) in GENERIC_ALIASES or fold(bare) in COMPANY_HEADS:
            return None  # "Pharmaceuticals", "the Group" without an issuer
        key = core_key(bare)
        if not key:
            return None
        for company in self:
            if key in {core_key(n) for n in company.names}:
                return company
        return None

    def clause_owner(
        self, doc: Document, position: int, end: int | None = None
    ) -> FoundCompany | None:
        """The company a product named at `position` belongs to by its clause: the one company
        named before it in the same clause ("; Amsel Bio dosed the first patient in a trial
        of D;", "the FDA accepted Penfold's application for D"), or None when the clause names
        none or several before it. A source named right after it ("D, obtained from X"; `end`
        is where the product's name ends) comes first. Clauses end at ";", a bullet or a line
        break."""
        sentence = next((s for s in doc.sentences if s.start <= position < s.end), None)
        if sentence is None:
            return None
        end = self.text.find(" ", position) if end is None else end
        source = FROM_OWNER.match(self.text, end)
        if source:  # "its licensed product D, obtained from oncology firm Akamis": Akamis's
            named = self.mentions_in(source.end(), min(sentence.end, source.end() + 80))
            if named:
                return named[0].company
        before = self.text[sentence.start : position]
        cut = max(before.rfind(";"), before.rfind("\n"), before.rfind("•"), before.rfind(": "))
        start = sentence.start + cut + 1 if cut >= 0 else sentence.start
        mentions = self.mentions_in(start, position)
        if not mentions and cut >= 0 and before[cut] == ":":
            # "- Dunstan Pharma: the EMA validated its application for D": the label's company
            line = max(before.rfind("\n", 0, cut), before.rfind(";", 0, cut)) + 1
            label = self.mentions_in(sentence.start + line, sentence.start + cut)
            if len({m.company for m in label}) == 1 and CLAUSE_OPENING.fullmatch(
                self.text, sentence.start + line, label[0].start
            ):
                return label[0].company
            return None
        if len({m.company for m in mentions}) != 1:
            return None
        mention = mentions[0]
        if POSSESSIVE_AFTER.match(self.text, mention.end):
            return mention.company  # "the FDA accepted Penfold's application for D"
        if CLAUSE_OPENING.fullmatch(self.text, start, mention.start) and OWNER_VERB_AFTER.match(
            self.text, mention.end
        ):
            return mention.company  # "; Amsel Bio dosed the first patient in a trial of D"
        return None

    def add(self, name: str, start: int, *, rule: str = "company.other") -> FoundCompany:
        """The company `name` resolves to, else a new one found by `rule` at `start`."""
        found = self.resolve_name(name)
        if found is not None:
            return found
        company = FoundCompany(name, [name], [], None, start, rule=rule)
        self.append(company)
        return company


def unambiguous_surfaces(companies: list[FoundCompany]) -> list[tuple[str, FoundCompany]]:
    """(form, company) pairs; a form two companies could claim ("Alder" for "Alder (Beijing)
    Biotech Co., Ltd." and "Alder Pharmaceutical Group Limited") stays with the company that
    bears it as a whole name, else with none."""
    owners: dict[str, list[FoundCompany]] = {}
    for company in companies:
        for form in company.surfaces():
            claimed = owners.setdefault(form.lower(), [])
            if not any(c is company for c in claimed):
                claimed.append(company)
    pairs = []
    for form, claimed in owners.items():
        if len(claimed) > 1:
            claimed = [c for c in claimed if fold(form) in {fold(n) for n in c.names}][:1]
        pairs += [(form, c) for c in claimed]
    return pairs


def find_entities(doc: Document) -> Entities:
    """Companies of the release with every mention resolved to one of them.

    Input: the analysed document. Output: Entities (see the module docstring). Never makes
    a company of a bare generic word, a regulator, an exchange or a place.
    """
    entities = Entities(doc.text, find_companies(doc))
    add_short_forms(entities)
    assign_issuer_roles(doc, entities)
    return entities


def short_forms(company: FoundCompany) -> list[str]:
    """Forms a release may shorten a name to: without its legal form, without a leading place
    word ("Shanghai Tamsin Biotech" -> "Tamsin Biotech", "Tamsin"), and its lead word."""
    forms = []
    for name in company.names:
        core = core_name(name)
        words = core.split()
        places = []
        while words and fold(words[0]) in PLACES:
            places.append(words.pop(0))
        if not words:
            continue
        if len(words) > 1 and fold(words[-1]) in INVESTMENT_ARM_HEADS:
            continue  # "Sanofi Ventures" is never shortened to its parent's name
        if len(words) > 1:
            forms.append(" ".join(words))
        lead = words[0].strip(",")
        if (
            len(lead) >= 3
            and re.match(r"[A-Z]", lead)
            and fold(lead) not in NAME_STOPWORDS
            and fold(lead) not in COMPANY_HEADS
            and is_bare_name(lead)
        ):
            forms.append(lead)
            # the place kept with the lead word: "Jiangsu Tamsin" for "Jiangsu Tamsin
            # Medicine Co., Ltd.", "Hangzhou Tamsin" for "Tamsin Biotech (Hangzhou) Co., Ltd."
            if places:
                forms.append(" ".join([*places, lead]))
            bracketed = BRACKETED_PLACE.search(core)
            if bracketed and fold(bracketed.group(1)) in PLACES:
                forms.append(f"{bracketed.group(1)} {lead}")
    word = distinctive_word(company.name)
    if word:
        forms.append(word)
    # the trade's short form of a name the release gives in full: "Eli Lilly & Co. ... Lilly
    # will commence a tender offer" (lexicons.known_companies.KNOWN_SHORT_FORMS)
    keys = {core_key(n) for n in company.names}
    forms += [short for short, key_set in KNOWN_SHORT_FORM_KEYS.items() if keys & key_set]
    return forms


# each short form with the core keys of the full names it stands for
KNOWN_SHORT_FORM_KEYS = {
    short: frozenset(core_key(n) for n in full) for short, full in KNOWN_SHORT_FORMS.items()
}


def opens_dateline(text: str, position: int) -> bool:
    """True when a dateline ("CITY, Country, Month D, YYYY --") starts at `position`."""
    line_start = text.rfind("\n", 0, position) + 1
    if text[line_start:position].strip(" -—–*"):
        return False
    line_end = text.find("\n", position)
    return dateline_value(text[position : line_end if line_end >= 0 else len(text)]) is not None


def add_short_forms(entities: Entities) -> None:
    """A short form the text uses on its own becomes an alias of the one company it can mean.

    Forms two companies could claim ("Quillon" for two Quillon group members) stay unresolved.
    """
    claimed: dict[str, list[FoundCompany]] = {}
    for company in entities:
        for form in {fold(f): f for f in short_forms(company)}.values():
            claimed.setdefault(fold(form), []).append(company)
    strong = {fold(form) for company in entities for form in company.surfaces()}
    pairs = []
    for company in entities:
        for form in short_forms(company):
            owners = claimed[fold(form)]
            # "BioNova" for "BioNova Inc." and "BioNova Pharmaceuticals Inc.": the company whose
            # name is the form itself, not the first that extends it
            bearers = [
                c
                for c in owners
                if fold(core_name(c.name)) == fold(form) and has_legal_form(c.name)
            ]
            owner = bearers[0] if len(bearers) == 1 else owners[0]
            if len(owners) == 1 or (fold(form) in strong and owner is company):
                pairs.append((form, company))
    used = SurfaceIndex(pairs).find(entities.text)
    for mention in used:
        written = entities.text[mention.start : mention.end]
        if opens_dateline(entities.text, mention.start):
            continue  # "YANTAI, China, Sept. 15 --": the dateline's city, not Yantai Xinrui
        company = mention.company
        covering = entities.at(mention.start)
        inside_longer = covering is not None and (
            covering.start < mention.start or covering.end > mention.end
        )
        if not inside_longer and fold(written) not in {fold(n) for n in company.names}:
            company.names.append(written)
    entities.refresh()


def assign_issuer_roles(doc: Document, entities: Entities) -> None:
    """ "the Company" / "the Group" used but never defined stand for the issuer: the company
    of the exchange cover, else the first company of the announcing sentence."""
    text = doc.text
    for role in ("company", "group"):
        if any(role in c.roles for c in entities):
            continue
        if not re.search(rf"\bthe {role.title()}\b", text[: doc.body_end]):
            continue
        issuer = cover_issuer(entities) or announcing_company(doc, entities)
        if issuer is not None:
            issuer.roles.add(role)
    entities.refresh()


def cover_issuer(entities: Entities) -> FoundCompany | None:
    covers = [c for c in entities if "company.exchange_cover" in c.found_by]
    return covers[0] if covers else None


def announcing_company(doc: Document, entities: Entities) -> FoundCompany | None:
    for sentence in doc.sentences:
        if sentence.section != "body":
            continue
        verb = ANNOUNCING.search(sentence.text)
        if verb:
            found = entities.companies_in(sentence.start, sentence.start + verb.start())
            return found[0] if found else None
    return None
