"""Curator corrections: what turns the pipeline's extraction of a seed into its curated one.

A seed's curated extraction (fixtures/extractions/<stem>.json) is rebuilt as
`extraction_correct(extract(text), corrections)`, where the corrections
(fixtures/corrections/<stem>.json) name facts by identity, never by list position:

    {"document": {"title": "..."},
     "companies": {"remove": ["acme"], "set": {"beta pharma": {"tickers": ["BETA.NASDAQ"]}},
                   "add": [{...a whole company...}]},
     "deals": {"remove": ["license|acme|beta pharma"]}, ...}

Identities follow the contract's scoring: companies and drugs by name (legal suffixes,
case and punctuation folded), deals by type and parties, designations by drug, agency
and type, events by company, type and date. List order never matters.
"""

import copy
import json
from collections import Counter
from collections.abc import Callable

from apps.core.names import name_key

LISTS = ("companies", "drugs", "deals", "designations", "events")


class CorrectionMismatch(ValueError):
    """A correction names a fact the extraction does not hold: record the corrections again."""


# -- identities -------------------------------------------------------------


def name_resolver(items: list[dict]) -> dict[str, str]:
    """Every name and alias of a company or drug, keyed to the entity's own key."""
    resolver = {}
    for item in items:
        own = name_key(item["name"])
        for name in [item["name"], *item.get("aliases", [])]:
            resolver.setdefault(name_key(name), own)
    return resolver


def fact_identity(
    kind: str, item: dict, *, companies: Callable[[str], str], drugs: Callable[[str], str]
) -> str:
    """The identity of one fact; `companies` and `drugs` map a name to its entity's key."""
    if kind in ("companies", "drugs"):
        return name_key(item["name"])
    if kind == "deals":
        parties = sorted(companies(party["company"]) for party in item["parties"])
        return "|".join([item["type"], *parties])
    if kind == "designations":
        return "|".join([drugs(item["drug"]), item["agency"], item["type"]])
    return "|".join([companies(item["company"]), item["type"], item.get("date") or ""])


def keyed_facts(
    kind: str, items: list[dict], *, companies: Callable, drugs: Callable
) -> dict[str, dict]:
    """Facts by identity; a second fact with the same identity gets `#2`, and so on."""
    keyed: dict[str, dict] = {}
    for item in items:
        key = base = fact_identity(kind, item, companies=companies, drugs=drugs)
        n = 1
        while key in keyed:
            n += 1
            key = f"{base}#{n}"
        keyed[key] = item
    return keyed


def _lookup(resolver: dict[str, str]) -> Callable[[str], str]:
    return lambda name: resolver.get(name_key(name), name_key(name))


# -- comparing ----------------------------------------------------------------


def canonical(value):
    """The value with every list sorted, so two extractions compare regardless of order."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def extraction_differences(actual: dict, expected: dict) -> list[str]:
    """What differs between two extractions, fact by fact; empty when they agree."""
    differences = []
    if canonical(actual.get("document")) != canonical(expected.get("document")):
        differences.append(f"document: {actual.get('document')} != {expected.get('document')}")
    actual_keyed, expected_keyed = _keyed_lists(actual), _keyed_lists(expected)
    for kind in LISTS:
        have, want = actual_keyed[kind], expected_keyed[kind]
        for key in sorted(set(have) - set(want)):
            differences.append(f"{kind}: extra {key!r}")
        for key in sorted(set(want) - set(have)):
            differences.append(f"{kind}: missing {key!r}")
        for key in sorted(set(have) & set(want)):
            for field in sorted(set(have[key]) | set(want[key])):
                if canonical(have[key].get(field)) != canonical(want[key].get(field)):
                    differences.append(
                        f"{kind} {key!r}: {field} is {have[key].get(field)!r}, "
                        f"expected {want[key].get(field)!r}"
                    )
    return differences


def _keyed_lists(extraction: dict) -> dict[str, dict[str, dict]]:
    companies = _lookup(name_resolver(extraction.get("companies", [])))
    drugs = _lookup(name_resolver(extraction.get("drugs", [])))
    return {
        kind: keyed_facts(kind, extraction.get(kind, []), companies=companies, drugs=drugs)
        for kind in LISTS
    }


# -- deriving and applying ----------------------------------------------------


def corrections_derive(*, extracted: dict, curated: dict) -> dict:
    """The smallest corrections (by identity) that turn `extracted` into `curated`."""
    corrections: dict = {}
    document = _fields_set(extracted.get("document", {}), curated.get("document", {}))
    if document:
        corrections["document"] = document
    if extracted.get("schema_version") != curated.get("schema_version"):
        corrections["schema_version"] = curated.get("schema_version")

    own_companies = name_resolver(extracted["companies"])
    own_drugs = name_resolver(extracted["drugs"])
    pairs = {
        "companies": _entity_pairs(extracted["companies"], curated["companies"]),
        "drugs": _entity_pairs(extracted["drugs"], curated["drugs"]),
    }
    # Read the extraction's names the way the curated extraction spells them, so a deal
    # whose parties were renamed is still the same deal.
    as_curated = {
        kind: _lookup({alias: pairs[kind].get(own, own) for alias, own in resolver.items()})
        for kind, resolver in (("companies", own_companies), ("drugs", own_drugs))
    }
    curated_names = {
        "companies": _lookup(name_resolver(curated["companies"])),
        "drugs": _lookup(name_resolver(curated["drugs"])),
    }
    for kind in LISTS:
        mine = keyed_facts(
            kind,
            extracted[kind],
            companies=_lookup(own_companies),
            drugs=_lookup(own_drugs),
        )
        theirs = keyed_facts(kind, curated[kind], **curated_names)
        if kind in pairs:
            translated = {key: pairs[kind].get(key, key) for key in mine}
        else:
            # Same facts in the same order, so the #n of twin facts lines up too.
            renamed = keyed_facts(kind, extracted[kind], **as_curated)
            translated = dict(zip(mine, renamed, strict=True))
        section = _list_corrections(mine, theirs, translated)
        if section:
            corrections[kind] = section
    return corrections


def _entity_pairs(extracted: list[dict], curated: list[dict]) -> dict[str, str]:
    """Extracted company (or drug) key -> curated key: same name first, then a shared alias."""
    pairs: dict[str, str] = {}
    curated_keys = {name_key(item["name"]): item for item in curated}
    for item in extracted:
        key = name_key(item["name"])
        if key in curated_keys:
            pairs[key] = key
    taken = set(pairs.values())
    for item in extracted:
        key = name_key(item["name"])
        if key in pairs:
            continue
        names = {name_key(name) for name in [item["name"], *item.get("aliases", [])]}
        for other_key, other in curated_keys.items():
            other_names = {name_key(n) for n in [other["name"], *other.get("aliases", [])]}
            if other_key not in taken and names & other_names:
                pairs[key] = other_key
                taken.add(other_key)
                break
    return pairs


def _list_corrections(
    mine: dict[str, dict], theirs: dict[str, dict], translated: dict[str, str]
) -> dict:
    remove, set_fields, used = [], {}, set()
    for key, item in mine.items():
        match = translated[key]
        if match in theirs and match not in used:
            used.add(match)
            fields = _fields_set(item, theirs[match])
            if fields:
                set_fields[key] = fields
        else:
            remove.append(key)
    add = [item for key, item in theirs.items() if key not in used]
    section = {}
    if remove:
        section["remove"] = remove
    if set_fields:
        section["set"] = set_fields
    if add:
        section["add"] = add
    return section


def _fields_set(item: dict, target: dict) -> dict:
    fields = {
        field: target[field]
        for field in target
        if field not in item or canonical(item[field]) != canonical(target[field])
    }
    dropped = sorted(field for field in item if field not in target)
    if dropped:
        fields["$drop"] = dropped
    return fields


def extraction_correct(*, extraction: dict, corrections: dict) -> dict:
    """The extraction with the curator's corrections applied (the input is not changed).

    A removed fact the extractor no longer finds is already gone; an added fact the
    extractor now finds itself is replaced by the curator's version, not duplicated.
    Raises CorrectionMismatch when fields are set on a fact the extraction lacks.
    """
    corrected = copy.deepcopy(extraction)
    if "schema_version" in corrections:
        corrected["schema_version"] = corrections["schema_version"]
    if corrections.get("document"):
        _fields_apply(corrected.setdefault("document", {}), corrections["document"])
    companies = _lookup(name_resolver(extraction["companies"]))
    drugs = _lookup(name_resolver(extraction["drugs"]))
    problems = []
    for kind in LISTS:
        section = corrections.get(kind) or {}
        keyed = keyed_facts(kind, corrected[kind], companies=companies, drugs=drugs)
        for key, fields in section.get("set", {}).items():
            if key in keyed:
                _fields_apply(keyed[key], fields)
            else:
                problems.append(f"{kind} {key!r}")
        removed = set(section.get("remove", []))
        corrected[kind] = [item for key, item in keyed.items() if key not in removed]
    if problems:
        raise CorrectionMismatch(
            "corrections set fields on facts the extraction does not hold: " + ", ".join(problems)
        )
    _facts_add(corrected, corrections)
    return corrected


def _facts_add(corrected: dict, corrections: dict) -> None:
    """Append the curator's facts, each replacing an extracted fact of the same identity."""
    added = {kind: (corrections.get(kind) or {}).get("add", []) for kind in LISTS}
    # Names as corrected, so an added deal's parties resolve like the companies around it.
    companies = _lookup(name_resolver(corrected["companies"] + added["companies"]))
    drugs = _lookup(name_resolver(corrected["drugs"] + added["drugs"]))
    for kind in LISTS:
        if not added[kind]:
            continue
        replaced = Counter(
            fact_identity(kind, item, companies=companies, drugs=drugs) for item in added[kind]
        )
        kept = []
        for item in corrected[kind]:
            key = fact_identity(kind, item, companies=companies, drugs=drugs)
            if replaced[key]:
                replaced[key] -= 1
                continue
            kept.append(item)
        corrected[kind] = kept + copy.deepcopy(added[kind])


def _fields_apply(item: dict, fields: dict) -> None:
    for field, value in fields.items():
        if field == "$drop":
            for dropped in value:
                item.pop(dropped, None)
        else:
            item[field] = copy.deepcopy(value)


# -- the seed fixtures ------------------------------------------------------------


def seed_extract(text_path) -> dict:
    """What the pipeline extracts from one seed document, read as an upload would be."""
    from apps.ingestion import extraction as extractor
    from apps.ingestion.readers import read_document

    read = read_document(text_path.read_bytes(), file_name=text_path.name)
    return extractor.extract(read.text, title=read.title or None)


def corrections_path(text_path):
    from apps.ingestion.seeds import FIXTURES_DIR

    return FIXTURES_DIR / "corrections" / f"{text_path.stem}.json"


def seed_rebuild(text_path) -> dict:
    """A seed's curated extraction rebuilt: the pipeline's extraction plus recorded corrections."""
    path = corrections_path(text_path)
    corrections = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return extraction_correct(extraction=seed_extract(text_path), corrections=corrections)


def seed_corrections_record(*, text_path, extraction_path) -> dict:
    """Derive and write the corrections from the current extractor to the curated extraction."""
    from apps.ingestion import extraction as extractor

    curated = json.loads(extraction_path.read_text(encoding="utf-8"))
    corrections = {
        "recorded_with_extractor": extractor.EXTRACTOR_VERSION,
        **corrections_derive(extracted=seed_extract(text_path), curated=curated),
    }
    path = corrections_path(text_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(corrections, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return corrections
