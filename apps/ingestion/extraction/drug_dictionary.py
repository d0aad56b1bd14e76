"""The offline drug dictionary, compiled once and loaded from disk.

drug-named-entity-recognition ships its dictionary (DrugBank, MedlinePlus and Wikipedia
names, about 107,000 variants) as a bz2 pickle and builds n-gram indexes from it when the
package is imported: about 1.6 s of CPU in every new process. The extractor needs only
exact look-ups of one- and two-word variants, so it compiles those once into a small JSON
file and afterwards reads that file (about 50 ms).

    python -m apps.ingestion.extraction.drug_dictionary      # build (or rebuild) the cache

The cache lives in ``$DEALTRACKER_CACHE_DIR`` (default ``$XDG_CACHE_HOME/dealtracker``, else
``~/.cache/dealtracker``), one file per library version and format, so upgrading the library
rebuilds it. Extraction builds it on first use when it is missing; when the folder is not
writable the compiled dictionary is kept in memory for the process only. Without the library
installed there is no dictionary and the extractor still finds code names, INN stems and brands.
"""

import bz2
import json
import os
import pickle  # the library's own data file; nothing else is unpickled
import sys
import tempfile
from functools import lru_cache
from importlib import metadata, util
from pathlib import Path

LIBRARY = "drug-named-entity-recognition"
PACKAGE = "drug_named_entity_recognition"
SOURCE_FILE = "drug_ner_dictionary.pkl.bz2"
FORMAT_VERSION = 2
CACHE_ENV = "DEALTRACKER_CACHE_DIR"
MAX_VARIANT_WORDS = 2  # the library matches one token or two tokens joined by a space

BRAND_MARK = "*"  # a name that starts with it came from a brand variant ("Ziagen" -> "*abacavir")
Dictionary = dict[str, list[str]]  # lower-case variant -> generic names ("" when not a drug)


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "dealtracker"


def source_path() -> Path | None:
    """The library's data file, found without importing the library (its import is the cost)."""
    spec = util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILE
    return path if path.is_file() else None


def cache_path() -> Path:
    try:
        version = metadata.version(LIBRARY)
    except metadata.PackageNotFoundError:
        version = "missing"
    return cache_dir() / f"drug-dictionary-{version}-f{FORMAT_VERSION}.json"


def dictionary_compile(*, source: Path) -> Dictionary:
    """Variant -> generic names, as the library's exact matcher would resolve them.

    A name is "" when its entry has neither a DrugBank nor a MedlinePlus id (the extractor
    skips those hits, but they still keep the words from a one-word match, as in the library);
    a name from a brand variant starts with BRAND_MARK.
    """
    with bz2.open(source, "rb") as handle:
        data = pickle.load(handle)
    canonical_data = data["drug_canonical_to_data"]
    variant_data = data["drug_variant_to_variant_data"]
    compiled: Dictionary = {}
    for variant, canonicals in data["drug_variant_to_canonical"].items():
        if variant.count(" ") >= MAX_VARIANT_WORDS:
            continue
        names = []
        brand = BRAND_MARK if variant_data.get(variant, {}).get("is_brand") else ""
        for canonical in canonicals:
            entry = canonical_data.get(canonical, {})
            is_drug = entry.get("drugbank_id") or entry.get("medline_plus_id")
            names.append(brand + (entry.get("name") or canonical).lower() if is_drug else "")
        compiled[variant] = names
    return compiled


def dictionary_build(*, path: Path | None = None) -> Path | None:
    """Compile the library's dictionary into the cache file; None without the library."""
    source = source_path()
    if source is None:
        return None
    path = path or cache_path()
    compiled = dictionary_compile(source=source)
    path.parent.mkdir(parents=True, exist_ok=True)
    # write then rename: a concurrent reader never sees half a file
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as tmp:
        json.dump(compiled, tmp, ensure_ascii=False, separators=(",", ":"))
    os.chmod(tmp.name, 0o644)  # a shared cache folder: other users read it too
    os.replace(tmp.name, path)
    return path


@lru_cache(maxsize=1)
def drug_dictionary() -> Dictionary | None:
    """The compiled dictionary, from the cache file (built on first use); None if no library."""
    path = cache_path()
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        pass  # missing or damaged: build it
    source = source_path()
    if source is None:
        return None
    try:
        dictionary_build(path=path)
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError:  # read-only home or cache folder: compile in memory for this process
        return dictionary_compile(source=source)


def pair_first_words(dictionary: Dictionary) -> frozenset[str]:
    """First words of the two-word variants: a pair is looked up only when it starts with one.
    Kept for the dictionary object it was read from (a new dictionary gets its own)."""
    global _PAIR_FIRSTS
    if _PAIR_FIRSTS[0] is not dictionary:
        firsts = frozenset(v.split(" ", 1)[0] for v in dictionary if " " in v)
        _PAIR_FIRSTS = (dictionary, firsts)
    return _PAIR_FIRSTS[1]


_PAIR_FIRSTS: tuple[Dictionary | None, frozenset[str]] = (None, frozenset())


def dictionary_lookup(tokens: list[str]) -> list[tuple[str, int, int]]:
    """Exact hits as (generic name, first token, end token), two-word variants first.

    The same matching as the library's ``find_drugs(tokens, is_ignore_case=True)``: every
    adjacent pair is looked up, then each single token that no pair claimed. Names are ""
    for entries that are not drugs (no DrugBank or MedlinePlus id) and start with BRAND_MARK
    when the variant is a brand.
    """
    dictionary = drug_dictionary()
    if dictionary is None:
        return []
    # each token lowered once, the same as lowering "first second": the space between them
    # cuts the only context str.lower reads (a final sigma's)
    lowered = [token.lower() for token in tokens]
    firsts = pair_first_words(dictionary)
    hits = []
    claimed = set()
    for index in range(len(tokens) - 1):
        if lowered[index] not in firsts:
            continue
        names = dictionary.get(f"{lowered[index]} {lowered[index + 1]}")
        if names:
            hits += [(name, index, index + 2) for name in names]
            claimed.update((index, index + 1))
    for index, token in enumerate(lowered):
        if index in claimed:
            continue
        names = dictionary.get(token)
        if names:
            hits += [(name, index, index + 1) for name in names]
    return hits


def main() -> int:
    path = dictionary_build()
    if path is None:
        print(f"{LIBRARY} is not installed: no drug dictionary", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
