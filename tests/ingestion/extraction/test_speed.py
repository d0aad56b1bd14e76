"""The compiled drug dictionary: built once into a cache file, read back, same hits as the library.

Speed itself is measured by benchmarks/extract_benchmark.py, not asserted here.
"""

import re
import sys

import pytest

from apps.ingestion.extraction import drug_dictionary

TEXT = (
    "Corlan Therapeutics SA said imatinib mesylate and Gleevec tablets, with aspirin and "
    "pembrolizumab, were compared in the CRL-204 study of ferric maltol."
)
WORD = re.compile(r"[A-Za-z0-9][\w\-]*")


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(drug_dictionary.CACHE_ENV, str(tmp_path))
    drug_dictionary.drug_dictionary.cache_clear()
    yield tmp_path
    drug_dictionary.drug_dictionary.cache_clear()


def test_the_first_use_builds_the_cache_file_and_later_uses_read_it(cache_folder, monkeypatch):
    assert drug_dictionary.drug_dictionary()
    files = list(cache_folder.glob("drug-dictionary-*.json"))
    assert len(files) == 1
    drug_dictionary.drug_dictionary.cache_clear()

    def no_rebuild(**_):
        raise AssertionError("the cache file should have been read")

    monkeypatch.setattr(drug_dictionary, "dictionary_compile", no_rebuild)
    assert drug_dictionary.drug_dictionary()


def test_a_damaged_cache_file_is_rebuilt(cache_folder):
    path = drug_dictionary.cache_path()
    path.write_text("{not json", encoding="utf-8")
    assert drug_dictionary.drug_dictionary()
    assert path.read_text(encoding="utf-8").startswith("{")


def test_an_unwritable_cache_folder_compiles_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv(drug_dictionary.CACHE_ENV, str(tmp_path / "missing" / "deeper"))
    drug_dictionary.drug_dictionary.cache_clear()

    def refuse(**_):
        raise PermissionError("read-only")

    monkeypatch.setattr(drug_dictionary, "dictionary_build", refuse)
    try:
        assert drug_dictionary.drug_dictionary()
    finally:
        drug_dictionary.drug_dictionary.cache_clear()


def test_lookups_match_the_librarys_exact_matcher(cache_folder):
    from drug_named_entity_recognition import find_drugs

    tokens = [match.group() for match in WORD.finditer(TEXT)]
    library = sorted(
        (
            (data.get("name") or "").lower()
            if (data.get("drugbank_id") or data.get("medline_plus_id"))
            else "",
            first,
            last,
        )
        for data, first, last in find_drugs(tokens, is_ignore_case=True)
    )
    ours = sorted(
        (name.removeprefix(drug_dictionary.BRAND_MARK), first, last)
        for name, first, last in drug_dictionary.dictionary_lookup(tokens)
    )
    assert ours == library
    assert any(name for name, _, _ in ours)


def test_extraction_does_not_import_the_library(cache_folder):
    sys.modules.pop("drug_named_entity_recognition", None)
    sys.modules.pop("drug_named_entity_recognition.drugs_finder", None)
    drug_dictionary.dictionary_lookup(["imatinib"])
    assert "drug_named_entity_recognition.drugs_finder" not in sys.modules


def test_the_extractor_does_not_import_a_tokenizer_library():
    """spaCy's import and blank pipeline cost ~1.6 s per new process; sentences are split by
    our own rules (text.sentence_spans), lexicon phrases found by text.PhraseIndex."""
    import subprocess

    code = (
        "import sys; from apps.ingestion.extraction import extract; "
        "extract('Acme Bio Inc. received Orphan Drug Designation from the FDA for AB-1.'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_pair_look_ups_follow_a_new_dictionary(monkeypatch):
    """The first words of two-word variants are kept per dictionary object: a new dictionary
    (another library version, a test's) is never read through the old one's first words."""
    first = {"zorvex": ["*zorvexin"], "quil cell": ["quilcel"]}
    second = {"brandol": ["brandolin"], "tessa mab": ["tessamab"]}
    monkeypatch.setattr(drug_dictionary, "drug_dictionary", lambda: first)
    assert drug_dictionary.dictionary_lookup(["Quil", "Cell", "and", "Zorvex"]) == [
        ("quilcel", 0, 2),
        ("*zorvexin", 3, 4),
    ]
    monkeypatch.setattr(drug_dictionary, "drug_dictionary", lambda: second)
    assert drug_dictionary.dictionary_lookup(["Tessa", "mAb", "with", "Quil", "Cell"]) == [
        ("tessamab", 0, 2)
    ]


def test_words_lowered_one_by_one_are_the_pair_lowered_whole():
    """dictionary_lookup lowers each token once; a space between two words cuts the context
    str.lower reads (a capital sigma ends a word), so the pair's key is the same."""
    words = ["ΟΔΟΣ", "ΣΤΑΣ", "Σ", "AΣ", "Zorvex", "İLAÇ", "KELVİN", "x-Σ"]
    for first in words:
        for second in words:
            assert f"{first} {second}".lower() == f"{first.lower()} {second.lower()}"
