"""Finding known names in text in one pass: a dict from a form's first word to its forms.

A regular expression with one alternative per surface form costs (text length x forms), which
is quadratic when a long release names thousands of companies; this index costs one dict
look-up per word of the text.
"""

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lexicons.known_companies import KNOWN_COMPANIES

WORD = re.compile(r"\w+")
# A mention starts at a word that does not continue a hyphenated or longer word: "TB" is not
# a mention inside "TB-301".
WORD_START = re.compile(r"(?<![\w\-])\w+")
CONTINUES = re.compile(r"[\w\-]")


@dataclass(frozen=True, eq=False)
class Mention:
    """One place the text names an entity: text[start:end] is the form it was written in."""

    company: object  # FoundCompany; typed loosely so this module imports nothing of the rules
    start: int
    end: int


class SurfaceIndex:
    """Surface forms (any case) -> the entity each names; the first entity given a form keeps it.

    find() returns non-overlapping mentions, leftmost first and longest form first, matched
    case-insensitively at word boundaries, like an alternation of the forms would.
    """

    def __init__(self, pairs: Iterable[tuple[str, object]]):
        self.by_form: dict[str, object] = {}
        for form, entity in pairs:
            if form and WORD.match(form):
                self.by_form.setdefault(form.lower(), entity)
        self.by_first: dict[str, list[str]] = {}
        for form in self.by_form:
            self.by_first.setdefault(WORD.match(form).group(), []).append(form)
        for forms in self.by_first.values():
            forms.sort(key=len, reverse=True)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        end = len(text) if end is None else end
        positions = word_positions(text)
        starts = sorted(
            (offset, word)
            for word in self.by_first.keys() & positions.keys()
            # positions are in order: a window reads only its own slice (a sentence of a
            # megabyte release must not walk every mention of the release)
            for offset in offsets_between(positions[word], start, end)
        )
        mentions: list[Mention] = []
        last_end = start
        for offset, word in starts:
            if offset < last_end:
                continue
            for form in self.by_first[word]:
                stop = offset + len(form)
                if stop > end or text[offset:stop].lower() != form:
                    continue
                if stop < len(text) and CONTINUES.match(text, stop):
                    continue
                written = text[offset:stop]
                # a lower-case "tamsin" is a word, not the name; "4SC", "the Company" or a name
                # the gazetteer writes in lower case ("argenx") still count
                if (
                    any(c.isupper() for c in written)
                    or not written[0].isalpha()
                    or written in KNOWN_COMPANIES
                ):
                    mentions.append(Mention(self.by_form[form], offset, stop))
                last_end = stop
                break
        return mentions


def offsets_between(offsets: list[int], start: int, end: int) -> list[int]:
    """The offsets in [start, end) of an ascending list."""
    return offsets[bisect_left(offsets, start) : bisect_left(offsets, end)]


@lru_cache(maxsize=4)
def word_positions(text: str) -> dict[str, list[int]]:
    """Lower-cased word -> where it starts a mention in `text`, in order; one pass per text,
    shared by every index a release is searched with."""
    positions: dict[str, list[int]] = {}
    for word in WORD_START.finditer(text):
        positions.setdefault(word.group().lower(), []).append(word.start())
    return positions


def mentions_between(
    mentions: list[Mention], start: int, end: int, starts: list[int] | None = None
) -> list[Mention]:
    """The mentions (sorted by start) that lie wholly inside text[start:end].

    `starts` is [m.start for m in mentions], passed by callers that look up many ranges.
    """
    starts = [m.start for m in mentions] if starts is None else starts
    first = bisect_left(starts, start)
    found = []
    for mention in mentions[first:]:
        if mention.start >= end:
            break
        if mention.end <= end:
            found.append(mention)
    return found
