"""Faster paths of the extractor give what the plain ones gave (invented texts)."""

import random
import re
import sys

from apps.ingestion.extraction.text import STOP_WORD, is_clean_char, is_clean_name, stop_words


def test_stop_words_are_the_runs_of_non_space_characters_holding_a_stop():
    """text.stop_words finds what STOP_WORD.finditer finds, from the stops themselves."""
    lines = [
        "Quorvane Inc. signed it. Then (Reg. no. 4) followed!",
        "ended.Then\xa0next.  x",
        "全文。次の文！",
        "...",
        "",
        "no stop here",
    ]
    rng = random.Random(3)
    alphabet = "ab .!?。\xa0\u3000\t,()x1-"
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(5000)]
    for line in lines:
        assert stop_words(line) == [m.span() for m in STOP_WORD.finditer(line)], line


def test_the_backward_walk_reads_spaces_as_re_does():
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF:
            assert chr(code).isspace() == bool(space.match(chr(code)))


def test_a_clean_ascii_name_is_judged_as_each_of_its_characters_would_be():
    for code in range(128):
        name = f"Zor{chr(code)}vex"
        assert is_clean_name(name) == all(is_clean_char(c) for c in name)
    assert not is_clean_name("   ")
    assert is_clean_name("Zorvex Bioscience")
