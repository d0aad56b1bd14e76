"""Lexicon patterns with a literal prefilter: a cheap substring test before the regex runs.

A lexicon pattern such as r"\\b(?:collaborat(?:ions?|e)|partnerships?|alliances?)\\b" can only
match a text that holds one of "collaborat", "partnership", "alliance". `compile` reads such a
set of required literals from the pattern's syntax tree once, at import; `search`, `match`,
`finditer` and the rest first look for them in the (case-folded) text with `in` and skip the
regular expression when none is there, which is most sentences for most patterns. Python's
`re` has no such skip for a pattern that opens with `\\b` or an alternation of words: it tries
the pattern at every position of the text.

The results are those of ``re.compile(pattern, flags)`` for every text: a literal is only
required when every match must contain it, and under IGNORECASE only ASCII letters are
compared, after the folding `re` itself applies (see `fold`). A pattern with no useful
literal comes back as a plain ``re.Pattern``.
"""

import re
from functools import lru_cache
from re import _parser as sre_parse

# A set of required literals is tested with one `in` per literal: past this many, the regex
# itself is as cheap, and no prefilter is used.
MAX_LITERALS = 24
# Alternatives expanded into whole strings ("licen[cs]e" -> "licence", "license") at most.
MAX_EXPANSION = 16

# Characters outside ASCII that `re` matches to an ASCII letter under IGNORECASE, and that
# str.lower() does not lower to it ("İ" lowers to "i" and a combining dot).
TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
NEEDS_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
Info = tuple[frozenset[str] | None, frozenset[str] | None]  # (exact strings, required literals)
EMPTY = frozenset({""})


def fold(text: str) -> str:
    """The text lower-cased as IGNORECASE compares ASCII letters: "ſ" is "s", "K" (Kelvin) "k".

    Kept for the last texts folded (keyed by the text itself, so never stale): one sentence is
    tested against many patterns in a row.
    """
    folded = FOLDED.get(text)
    if folded is None:
        special = not text.isascii() and NEEDS_ASCII.search(text)
        folded = (text.translate(TO_ASCII) if special else text).lower()
        if len(text) <= MAX_FOLDED_CHARS:
            if len(FOLDED) >= MAX_FOLDED:
                FOLDED.clear()
            FOLDED[text] = folded
    return folded


FOLDED: dict[str, str] = {}
MAX_FOLDED = 4096  # texts kept; a whole release is kept too, a long one is not
MAX_FOLDED_CHARS = 20_000


def parse_pattern(pattern: str, flags: int):
    """re's private parser, called through this name so a test can stand in for it without
    breaking re.compile, which uses the same parser."""
    return sre_parse.parse(pattern, flags)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literals one of which every match of `pattern` contains (lower-cased under IGNORECASE),
    or None when the pattern requires none that the parser can see."""
    try:
        parsed = parse_pattern(pattern, flags)
        ignore_case = bool((flags | parsed.state.flags) & re.IGNORECASE)
        exact, required = sequence_info(parsed.data, ignore_case)
    except Exception:  # noqa: BLE001 - re's private parser changed shape: no prefilter
        return None
    return best_requirement(exact, [required] if required else [])


def sequence_info(items, ignore_case: bool) -> Info:
    """Exact strings and the best requirement of a run of items matched one after another."""
    candidates = []
    whole: frozenset[str] | None = EMPTY  # every string the whole run can match...
    run = EMPTY  # ...and the current stretch of finite items, concatenated...
    pending = ""  # ...each to be followed by these single-string items ("licen")
    plain = ""  # the current stretch of single-string items ("licen" in "licen[cs]e")
    for op, av in items:
        if op is sre_parse.LITERAL:  # most items: one character, read here at once
            char = literal_char(av, ignore_case)
            exact, required = (None, None) if char is None else (EMPTY, None)
            single = char
        else:
            exact, required = item_info(op, av, ignore_case)
            single = next(iter(exact)) if exact is not None and len(exact) == 1 else None
        if required:
            candidates.append(required)
        if single is not None:
            plain += single
            pending += single
            continue
        run, whole = attach(run, pending), attach(whole, pending)
        pending = ""
        if exact is None:
            candidates += [run, frozenset({plain})]
            whole, run, plain = None, EMPTY, ""
            continue
        whole = product(whole, exact)
        candidates.append(frozenset({plain}))
        plain = ""
        longer = product(run, exact)
        if longer is None:
            candidates.append(run)
            run = exact
        else:
            run = longer
    run, whole = attach(run, pending), attach(whole, pending)
    candidates += [run, frozenset({plain})]
    if whole is not None:
        candidates.append(whole)
    return whole, best_requirement(None, [c for c in candidates if c and "" not in c])


def attach(strings: frozenset[str] | None, suffix: str) -> frozenset[str] | None:
    if strings is None or not suffix:
        return strings
    return frozenset(s + suffix for s in strings)


def item_info(op, av, ignore_case: bool) -> Info:
    """(exact strings, required literals) of one parsed item; None where unknown."""
    if op is sre_parse.LITERAL:
        char = literal_char(av, ignore_case)
        return (None, None) if char is None else (frozenset({char}), None)
    if op is sre_parse.IN:
        chars = set()
        for member_op, member in av:
            char = literal_char(member, ignore_case) if member_op is sre_parse.LITERAL else None
            if char is None:
                return None, None
            chars.add(char)
        return (frozenset(chars), None) if len(chars) <= MAX_EXPANSION else (None, None)
    if op is sre_parse.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return None, None  # "(?i:...)" in a case-sensitive pattern: its text is not folded
        return sequence_info(sub.data, ignore_case)
    if op is sre_parse.ATOMIC_GROUP:
        return sequence_info(av.data, ignore_case)
    if op is sre_parse.BRANCH:
        return branch_info(av[1], ignore_case)
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, required = sequence_info(sub.data, ignore_case)
        if low == high == 1:
            return exact, required
        if low == 0 and high == 1 and exact is not None:
            return exact | EMPTY, None
        if low >= 1:
            return None, best_requirement(exact, [required] if required else [])
        return None, None
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return EMPTY, None  # zero-width: the text matched around it is contiguous
    return None, None  # any character, a class, a back-reference, a conditional


def branch_info(branches, ignore_case: bool) -> Info:
    infos = [sequence_info(branch.data, ignore_case) for branch in branches]
    exacts = [exact for exact, _ in infos]
    exact = None
    if all(e is not None for e in exacts):
        union = frozenset().union(*exacts)
        exact = union if len(union) <= MAX_EXPANSION else None
    requirements = [best_requirement(e, [r] if r else []) for e, r in infos]
    if any(r is None for r in requirements):
        return exact, None
    return exact, minimal(frozenset().union(*requirements))


def literal_char(code: int, ignore_case: bool) -> str | None:
    char = chr(code)
    if not ignore_case:
        return char
    # under IGNORECASE `re` matches some letters to others outside ASCII ("µ", "ſ"): only
    # ASCII is compared, lower-cased, against the text as `fold` folds it
    return char.lower() if char.isascii() else None


def product(left: frozenset[str] | None, right: frozenset[str]) -> frozenset[str] | None:
    """Every string of `left` followed by one of `right`; None past MAX_EXPANSION."""
    if left is None or len(left) * len(right) > MAX_EXPANSION:
        return None
    return frozenset(a + b for a in left for b in right)


def minimal(literals: frozenset[str]) -> frozenset[str]:
    """The literals without those that contain another: finding "licen" is enough."""
    if len(literals) == 1:
        return literals
    return frozenset(
        s for s in literals if not any(other != s and other in s for other in literals)
    )


def best_requirement(exact: frozenset[str] | None, candidates) -> frozenset[str] | None:
    """The set of required literals cheapest to test: few literals, and long ones, which few
    texts hold (see `expected_cost`)."""
    options = [minimal(c) for c in dict.fromkeys(candidates) if c]
    if exact is not None and "" not in exact:
        options.append(minimal(exact))
    return min(options, key=expected_cost, default=None)


# How often a literal of so many characters is in a sentence, roughly; longer is rarer.
CHANCE_BY_LENGTH = {1: 1.0, 2: 0.3, 3: 0.3, 4: 0.2, 5: 0.08, 6: 0.04}
# Words most sentences hold, whatever their length.
COMMON_WORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is"}
    | {"it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "will"}
    | {"with"}
)
# What running the regex costs, in `in` tests of a literal.
REGEX_COST = 20


@lru_cache(maxsize=4096)
def chance(literal: str) -> float:
    if literal.strip(" ,.").lower() in COMMON_WORDS or not any(c.isalnum() for c in literal):
        return 1.0  # "with", " of ", "-", ". "
    return CHANCE_BY_LENGTH.get(len(literal), 0.02)


def expected_cost(literals: frozenset[str]) -> float:
    """One `in` test per literal, and the regex when one of them is there."""
    chance_any = sum(chance(s) for s in literals)
    return len(literals) + REGEX_COST * min(1.0, chance_any)


class Prefiltered:
    """A compiled pattern that first tests the text for its required literals.

    Answers as the ``re.Pattern`` it wraps (``regex``) does; calls with a start or end
    position go straight to it.
    """

    __slots__ = ("regex", "literals", "ignore_case")

    def __init__(self, regex: re.Pattern, literals: frozenset[str]):
        self.regex = regex
        self.literals = tuple(sorted(literals, key=lambda s: (-len(s), s)))
        self.ignore_case = bool(regex.flags & re.IGNORECASE)

    def absent(self, string: str) -> bool:
        """True when `string` holds none of the literals, so the pattern cannot match it."""
        text = fold(string) if self.ignore_case else string
        return not any(map(text.__contains__, self.literals))

    def search(self, string, *args, **kwargs):
        # `absent` written out: this is the call made once per sentence and pattern
        if args or kwargs:
            return self.regex.search(string, *args, **kwargs)
        text = (FOLDED.get(string) or fold(string)) if self.ignore_case else string
        return self.regex.search(string) if any(map(text.__contains__, self.literals)) else None

    def match(self, string, *args, **kwargs):
        if args or kwargs or not self.absent(string):
            return self.regex.match(string, *args, **kwargs)
        return None

    def fullmatch(self, string, *args, **kwargs):
        if args or kwargs or not self.absent(string):
            return self.regex.fullmatch(string, *args, **kwargs)
        return None

    def finditer(self, string, *args, **kwargs):
        if args or kwargs or not self.absent(string):
            return self.regex.finditer(string, *args, **kwargs)
        return iter(())

    def findall(self, string, *args, **kwargs):
        if args or kwargs or not self.absent(string):
            return self.regex.findall(string, *args, **kwargs)
        return []

    def sub(self, repl, string, *args, **kwargs):
        if args or kwargs or not self.absent(string):
            return self.regex.sub(repl, string, *args, **kwargs)
        return string

    def split(self, string, *args, **kwargs):
        if args or kwargs or not self.absent(string):
            return self.regex.split(string, *args, **kwargs)
        return [string]

    def __getattr__(self, name):  # pattern, flags, groups, groupindex, subn, scanner
        if name.startswith("__") or name in Prefiltered.__slots__:
            raise AttributeError(name)  # not yet set (a copy being built) or not a pattern's
        return getattr(self.regex, name)

    def __reduce__(self):  # copied and pickled as the call that made it
        return prefiltered, (self.regex.pattern, self.regex.flags)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r}, {len(self.literals)} literals)"


def prefiltered(pattern: str, flags: int = 0) -> "re.Pattern | Prefiltered":
    """``re.compile(pattern, flags)``, with a literal prefilter when the pattern requires one
    of at most MAX_LITERALS literals."""
    regex = re.compile(pattern, flags)
    if not isinstance(pattern, str):
        return regex
    literals = required_literals(pattern, flags)
    if not literals or len(literals) > MAX_LITERALS:
        return regex
    return Prefiltered(regex, literals)


def search(pattern: str, string: str, flags: int = 0) -> "re.Match | None":
    """``re.search(pattern, string, flags)`` for a lexicon pattern, prefiltered; the compiled
    patterns are kept as re keeps its own (MAX_CACHED of them)."""
    key = (pattern, flags)
    compiled = CACHE.get(key)
    if compiled is None:
        if len(CACHE) >= MAX_CACHED:
            CACHE.clear()
        compiled = CACHE[key] = prefiltered(pattern, flags)
    return compiled.search(string)


CACHE: dict[tuple[str, int], "re.Pattern | Prefiltered"] = {}
MAX_CACHED = 512
