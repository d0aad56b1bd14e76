"""Ranking names for typeahead pickers and "did you mean" messages.

Candidates come from the database, bounded (a prefix/substring query per kind, in each app's
selectors); this module only orders them: names that start with the text first, then names
with a word that starts with it (or holding all its words), then the rest by similarity
(rapidfuzz's weighted ratio). Folding makes case, width, marks and punctuation equal, and
`compact` makes "hqp-1351" equal "HQP1351".
"""

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from .names import fold

SUGGESTION_LIMIT = 10
# Below this rapidfuzz score (0-100) a name is too far from the text to suggest.
MIN_SIMILARITY = 60
# Most candidate rows one picker request reads from the database.
CANDIDATE_LIMIT = 300


@dataclass(frozen=True)
class Suggestion:
    """One choice: `value` goes in the filter box, `label` is shown, `detail` says why."""

    value: str
    label: str
    detail: str = ""


def compact(text: str) -> str:
    """Folded with spaces and punctuation gone: 'HQP-1351' and 'hqp 1351' are 'hqp1351'."""
    return fold(text).replace(" ", "")


def match_rank(query: str, name: str) -> tuple[int, float] | None:
    """(tier, -score) for sorting, or None when the name does not match at all.

    Tier 0: the name starts with the text; 1: a word of the name starts with the text, or the
    name holds every word of the text; 2: similar enough by rapidfuzz.
    """
    folded_query, folded_name = fold(query), fold(name)
    if not folded_query or not folded_name:
        return None
    if folded_name.startswith(folded_query) or compact(name).startswith(compact(query)):
        return (0, 0.0)
    words = folded_name.split()
    if any(word.startswith(folded_query) for word in words):
        return (1, 0.0)
    if all(any(word.startswith(part) for word in words) for part in folded_query.split()):
        return (1, 0.0)
    score = fuzz.WRatio(folded_query, folded_name)
    if score >= MIN_SIMILARITY:
        return (2, -score)
    return None


def rank_suggestions(
    query: str, candidates: Iterable[tuple[str, Suggestion]], *, limit: int = SUGGESTION_LIMIT
) -> list[Suggestion]:
    """The best `limit` suggestions for `query`.

    candidates: (a name the row goes by, its Suggestion) pairs; a row named several ways
    (aliases, tickers) is ranked by its best name and listed once.
    """
    best: dict[str, tuple[tuple, Suggestion]] = {}
    for name, suggestion in candidates:
        rank = match_rank(query, name)
        if rank is None:
            continue
        key = (*rank, len(suggestion.label), suggestion.label.casefold())
        if suggestion.value not in best or key < best[suggestion.value][0]:
            matched = "" if fold(name) == fold(suggestion.label) else name
            best[suggestion.value] = (key, Suggestion(suggestion.value, suggestion.label, matched))
    ranked = sorted(best.values(), key=lambda item: item[0])
    return [suggestion for _key, suggestion in ranked[:limit]]


def did_you_mean(
    kind: str, value: str, suggestions: list[Suggestion], *, many: bool = False
) -> str:
    """ "no company matches 'Harbor' — did you mean: Harbor Pharma Co., Ltd.?" """
    start = f"'{value}' names more than one {kind}" if many else f"no {kind} matches '{value}'"
    if not suggestions:
        return f"{start}; Search finds more."
    # " or ", not commas: company names hold commas ("Co., Ltd.").
    names = " or ".join(suggestion.label for suggestion in suggestions[:3])
    return f"{start} — did you mean: {names}?"


def suggestions_response(request, suggest):
    """The htmx fragment of a picker's options for the text typed (`q`, else the box's own
    parameter: htmx sends the input under its name)."""
    from django.shortcuts import render

    from .filters import TEXT_MAX_LENGTH

    values = [value for key, value in request.GET.items() if key != "format"]
    query = (request.GET.get("q") or (values[0] if values else "")).strip()[:TEXT_MAX_LENGTH]
    query = query.replace("\x00", "")
    return render(
        request,
        "includes/suggestions.html",
        {"suggestions": suggest(query) if query else [], "query": query},
    )
