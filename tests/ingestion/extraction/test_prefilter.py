"""Literal prefilters (prefilter.prefiltered): the same answers as re, faster (invented texts)."""

import random
import re
import sys
from re import _parser as sre_parse

import pytest

from apps.ingestion.extraction import (
    pipeline,  # noqa: F401 - loads every rule module
    prefilter,
)
from apps.ingestion.extraction.prefilter import Prefiltered, fold, prefiltered, required_literals

COLLABORATION = r"\b(?:collaborat(?:ions?|e)|partnerships?|alliances?)\b"


def test_the_literals_a_match_needs_are_read_from_the_pattern():
    assert required_literals(COLLABORATION, re.IGNORECASE) == {
        "collaborat",
        "partnership",
        "alliance",
    }
    assert required_literals(r"\bZorvex(?:'s)? Labs\b") in ({"Zorvex"}, {" Labs"})
    # under IGNORECASE the literals are lower case, as the text is folded before the test
    assert required_literals(r"\bZORVEX\b", re.IGNORECASE) == {"zorvex"}
    assert required_literals(r"(?i)\bZORVEX\b") == {"zorvex"}


def test_no_literal_is_required_where_the_pattern_needs_none():
    assert required_literals(r"\d+\s*[A-Z]{2,}") is None  # classes only
    assert required_literals(r"(?:Zorvex)?\s*\d+") is None  # an optional word
    assert required_literals(r"Zorvex|\d+") is None  # one branch needs no literal
    assert required_literals(r"(?:Zorvex\s+){0,2}\d") is None  # may repeat zero times


def test_a_scoped_case_flag_is_never_read_for_literals():
    # "(?i:...)" in a case-sensitive pattern: its words are not required as written
    literals = required_literals(r"(?i:zorvex) Labs")
    assert literals == {" Labs"}
    assert prefiltered(r"(?i:zorvex) Labs").search("ZORVEX Labs")
    assert required_literals(r"(?-i:Zorvex) labs", re.IGNORECASE) == {" labs"}
    assert prefiltered(r"(?-i:Zorvex) labs", re.IGNORECASE).search("Zorvex LABS")


def test_a_pattern_without_literals_stays_a_plain_pattern():
    assert isinstance(prefiltered(r"\d+"), re.Pattern)
    assert isinstance(prefiltered(COLLABORATION, re.IGNORECASE), Prefiltered)


TEXTS = [
    "Quorvane Bio entered into a Collaboration with Tessile Pharma.",
    "Quorvane Bio and Tessile Pharma formed an ALLIANCE in 2024.",
    "No agreement of that kind is named here.",
    "The partnerships were extended; the collaborate step followed.",
    "",
    "Collaboration",
    "a collaboration\u2019s terms",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_method_answers_as_re_does(text):
    plain = re.compile(COLLABORATION, re.IGNORECASE)
    fast = prefiltered(COLLABORATION, re.IGNORECASE)
    assert isinstance(fast, Prefiltered)

    def spans(match):
        return None if match is None else (match.span(), match.group())

    assert spans(fast.search(text)) == spans(plain.search(text))
    assert spans(fast.match(text)) == spans(plain.match(text))
    assert spans(fast.fullmatch(text)) == spans(plain.fullmatch(text))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.findall(text) == plain.findall(text)
    assert fast.sub("X", text) == plain.sub("X", text)
    assert fast.split(text) == plain.split(text)
    assert fast.subn("X", text) == plain.subn("X", text)
    # with a start position the regex itself answers
    assert spans(fast.search(text, 3)) == spans(plain.search(text, 3))
    assert fast.pattern == plain.pattern and fast.flags == plain.flags


def test_two_texts_in_a_row_get_their_own_answers():
    """The folded text is kept per text: a second, different text is not answered from it."""
    fast = prefiltered(COLLABORATION, re.IGNORECASE)
    assert fast.search("Orvane signed a collaboration.")
    assert fast.search("Orvane signed a licence.") is None
    assert fast.search("Orvane signed a collaboration.")
    assert fold("Tessile ALLIANCE") == "tessile alliance"
    assert fold("Tessile PACT") == "tessile pact"


def all_characters() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_folding_finds_every_character_re_matches_to_an_ascii_one_under_ignorecase():
    """ "ſ" (long s) matches "s", "K" (Kelvin sign) matches "k" and "İ" matches "i" under
    IGNORECASE; fold must turn each into the ASCII letter, or a literal test would miss them."""
    everything = all_characters()
    for code in range(0x20, 0x7F):
        char = chr(code)
        for other in re.findall(re.escape(char), everything, re.IGNORECASE):
            assert char.lower() in fold(other), (char, other)


def test_folding_a_long_text_does_not_keep_it():
    long_text = "Quorvane " * 5000
    assert fold(long_text).startswith("quorvane")
    assert long_text not in prefilter.FOLDED


# --- the package's own patterns against strings generated from them ---------------------------

POOL = "aZk5 -.,'’(é\u212a\u017f"


def generate(items, rng: random.Random, ignore_case: bool) -> str:
    """A string that may match the parsed pattern (zero-width assertions are not honoured, so
    the caller keeps only the strings re matches)."""
    out = []
    for op, av in items:
        if op is sre_parse.LITERAL:
            char = chr(av)
            if ignore_case and rng.random() < 0.3:
                char = {"k": "\u212a", "s": "\u017f"}.get(char.lower(), char.swapcase())
            out.append(char)
        elif op is sre_parse.NOT_LITERAL:
            out.append(rng.choice([c for c in POOL if ord(c) != av]))
        elif op is sre_parse.ANY:
            out.append(rng.choice(POOL))
        elif op is sre_parse.IN:
            out.append(class_member(av, rng))
        elif op is sre_parse.BRANCH:
            out.append(generate(rng.choice(av[1]).data, rng, ignore_case))
        elif op is sre_parse.SUBPATTERN:
            out.append(generate(av[3].data, rng, ignore_case))
        elif op is sre_parse.ATOMIC_GROUP:
            out.append(generate(av.data, rng, ignore_case))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            low, high, sub = av
            count = rng.randint(low, min(high, low + 2))
            out.extend(generate(sub.data, rng, ignore_case) for _ in range(count))
    return "".join(out)


def class_member(members, rng: random.Random) -> str:
    choices = []
    for op, av in members:
        if op is sre_parse.LITERAL:
            choices.append(chr(av))
        elif op is sre_parse.RANGE:
            choices.append(chr(rng.randint(av[0], min(av[1], av[0] + 30))))
        elif op is sre_parse.CATEGORY:
            choices += {"DIGIT": "7", "SPACE": " ", "WORD": "q"}.get(str(av).split("_")[-1], "-")
    return rng.choice(choices or list(POOL))


def package_patterns() -> dict[tuple[str, int], str]:
    patterns = {}

    def walk(value, name):
        if isinstance(value, Prefiltered):
            value = value.regex
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            patterns.setdefault((value.pattern, value.flags), name)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item, name)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, name)

    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("apps.ingestion.extraction"):
            for attribute, value in vars(module).items():
                if attribute.isupper():
                    walk(value, f"{module_name}.{attribute}")
    return patterns


def test_the_package_patterns_match_generated_strings_as_re_does():
    rng = random.Random(8)
    patterns = package_patterns()
    assert len(patterns) > 100
    filtered = matched = 0
    for (pattern, flags), name in patterns.items():
        fast = prefiltered(pattern, flags)
        if not isinstance(fast, Prefiltered):
            continue
        filtered += 1
        plain = fast.regex
        items = sre_parse.parse(pattern, flags).data
        ignore_case = bool(plain.flags & re.IGNORECASE)
        for _ in range(25):
            text = " " + generate(items, rng, ignore_case) + rng.choice(["", " ", ".", " x"])
            expected = plain.search(text)
            got = fast.search(text)
            assert (got and got.span()) == (expected and expected.span()), (name, text)
            matched += expected is not None
    assert filtered > 100 and matched > 1000


def test_search_keeps_each_pattern_apart(monkeypatch):
    """prefilter.search caches compiled patterns by (pattern, flags): another pattern, or the
    same one with other flags, is never answered by the first."""
    monkeypatch.setattr(prefilter, "MAX_CACHED", 2)
    assert prefilter.search(r"\bzorvex\b", "ZORVEX cell therapy", re.IGNORECASE)
    assert prefilter.search(r"\bzorvex\b", "ZORVEX cell therapy") is None
    assert prefilter.search(r"\bquil\b", "ZORVEX cell therapy", re.IGNORECASE) is None
    assert prefilter.search(r"\bquil\b", "a quil cell", re.IGNORECASE).span() == (2, 6)
    assert len(prefilter.CACHE) <= 2


def test_a_prefiltered_pattern_copies_and_pickles_as_itself():
    import copy
    import pickle

    fast = prefiltered(COLLABORATION, re.IGNORECASE)
    for clone in (copy.copy(fast), copy.deepcopy(fast), pickle.loads(pickle.dumps(fast))):
        assert isinstance(clone, Prefiltered)
        assert clone.pattern == fast.pattern and clone.literals == fast.literals
        assert clone.search("an Alliance").span() == (3, 11)


def test_a_parser_of_another_shape_leaves_the_plain_pattern(monkeypatch):
    """re's parser is private: if a Python version changes it, patterns go unfiltered."""

    class Odd:
        data = [(sre_parse.SUBPATTERN, ("no", "such", "shape"))]

        class state:  # noqa: N801 - stands in for the parser's State
            flags = 0

    monkeypatch.setattr(prefilter, "parse_pattern", lambda pattern, flags: Odd())
    re.purge()  # the plain pattern must compile afresh while the stand-in is in place
    assert required_literals(COLLABORATION) is None
    assert isinstance(prefiltered(COLLABORATION, re.IGNORECASE), re.Pattern)
