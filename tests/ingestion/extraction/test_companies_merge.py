"""Merging company names grows with the number of names, not with its square (issue 14)."""

import itertools

import pytest

from apps.ingestion.extraction import companies as companies_module
from apps.ingestion.extraction.companies import find_companies
from apps.ingestion.extraction.text import analyse

SYLLABLES = ["kor", "vel", "zan", "mir", "tov", "ubi", "sal", "fen", "dro", "quil", "bax", "nem"]


def invented_names(count: int) -> list[str]:
    """Distinct invented one-word names: "Korvelzan", "Korvelmir", ..."""
    words = ("".join(parts).title() for parts in itertools.product(SYLLABLES, repeat=3))
    return list(itertools.islice(words, count))


def release_naming(count: int) -> str:
    names = invented_names(count)
    lines = [
        f"{a} Therapeutics, Inc. signed an agreement with {b} Pharma Ltd. for one programme."
        for a, b in zip(names[::2], names[1::2], strict=True)
    ]
    return "Partnering round-up\n\nBOSTON, May 6, 2025 -- " + "\n".join(lines)


def comparisons_for(count: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    calls = 0
    original = companies_module.same_company

    def counting(a, b):
        nonlocal calls
        calls += 1
        return original(a, b)

    monkeypatch.setattr(companies_module, "same_company", counting)
    found = find_companies(analyse(release_naming(count)))
    return calls, len(found)


def test_merging_many_companies_compares_each_name_with_few_others(monkeypatch):
    calls_small, found_small = comparisons_for(200, monkeypatch)
    calls_large, found_large = comparisons_for(800, monkeypatch)
    assert (found_small, found_large) == (200, 800)
    # all-pairs merging made about n^2 / 2 comparisons (320,000 for 800 names)
    assert calls_large <= 4 * 800
    assert calls_large <= 5 * calls_small


def test_the_same_company_named_many_times_is_still_one_company(monkeypatch):
    text = "Note\n\n" + " ".join(
        'Korvel Therapeutics, Inc. ("Korvel") met Zanmir Pharma Ltd. again.' for _ in range(300)
    )
    calls, found = 0, None
    original = companies_module.same_company

    def counting(a, b):
        nonlocal calls
        calls += 1
        return original(a, b)

    monkeypatch.setattr(companies_module, "same_company", counting)
    found = find_companies(analyse(text))
    assert sorted(c.name for c in found) == ["Korvel Therapeutics, Inc.", "Zanmir Pharma Ltd."]
    assert calls <= 3 * 900  # about one comparison per candidate name
