"""Score the extractor on an answer-keyed folder in one process, and show what it missed.

    python benchmarks/extraction_eval.py SET [--half odd|even] [--out DIR] [--diff [LIST ...]]
        [--scorer PATH]

SET is a folder with ``gold/`` (answer keys ``<key>.json`` in the extraction contract's shape,
optionally ``gold/INDEX.json`` mapping a key to its document's file name) and ``docs/`` (the
documents: .txt, .html or .pdf), as in ``../shared/dev2``. The names ``seeds``, ``dev`` and
``dev2`` stand for the folders in ``../shared`` (``seeds`` pairs ``../shared/gold`` with
``../shared/seeds``).

Each document is read with ``apps.ingestion.readers.read_document`` and extracted with
``apps.ingestion.extraction.extract``, as ``manage.py extract FILE --json`` does, then scored with
``../shared/tools/score_extraction.py`` (``--scorer``), whose table it prints unchanged. ``--half``
keeps the odd or even keys (by the digits in the key), the split dev2's README asks for.
``--out`` keeps the predictions (``<key>.json``) for ``benchmarks/confidence_precision.py``.

``--diff`` prints, per document and list, the answer key's facts that no prediction matched
(``MISS``) and the predictions that matched nothing (``FP``); give list names to narrow it.

A set whose folder holds a file named ``HELD_OUT`` is a held-out check: it is scored only with
``DEALTRACKER_EVAL_HELD=1`` in the environment and never with ``--diff``, so that nobody fits a
rule to it by accident. Keep the corpora's texts and keys out of the repository: only this
script lives here.
"""

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

from confidence_precision import load_scorer  # the scorer loaded by path, as there

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_SCORER = SHARED / "tools" / "score_extraction.py"
NAMED_SETS = {
    "seeds": (SHARED / "gold", SHARED / "seeds"),
    "dev": (SHARED / "dev" / "gold", SHARED / "dev" / "docs"),
    "dev2": (SHARED / "dev2" / "gold", SHARED / "dev2" / "docs"),
}


def set_folders(name: str) -> tuple[Path, Path]:
    """(gold folder, docs folder) of a named set or a set folder; SystemExit when absent."""
    if name in NAMED_SETS:
        gold, docs = NAMED_SETS[name]
    else:
        gold, docs = Path(name) / "gold", Path(name) / "docs"
    if not gold.is_dir() or not docs.is_dir():
        raise SystemExit(f"{name}: needs gold/ and docs/ folders ({gold}, {docs})")
    return gold, docs


def keys_of(gold: Path, half: str | None) -> list[str]:
    keys = sorted(p.stem for p in gold.glob("*.json") if p.name != "INDEX.json")
    if half:
        parity = 1 if half == "odd" else 0
        keys = [k for k in keys if int(re.sub(r"\D", "", k) or 0) % 2 == parity]
    return keys


def predict(keys, gold: Path, docs: Path) -> dict[str, dict]:
    """The extractor's output per key, as ``manage.py extract FILE --json`` prints it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from apps.ingestion import extraction
    from apps.ingestion.readers import read_document

    index_path = gold / "INDEX.json"
    index = json.loads(index_path.read_text()) if index_path.exists() else {}
    out = {}
    for key in keys:
        path = docs / index.get(key, f"{key}.txt")
        if not path.exists():
            print(f"{key}: no document {path}", file=sys.stderr)
            out[key] = {}
            continue
        read = read_document(path.read_bytes(), file_name=path.name)
        out[key] = extraction.extract(read.text, title=read.title or None)
    return out


def show(item: dict) -> str:
    if "parties" in item:
        parties = ", ".join(
            f"{p.get('company')}:{p.get('role')}" for p in item.get("parties") or []
        )
        return f"{item.get('type')} [{parties}] drugs={item.get('drugs')}"
    if "agency" in item:
        return f"{item.get('drug')} {item.get('agency')} {item.get('type')}"
    if "company" in item:
        return f"{item.get('company')} {item.get('type')}"
    return str(item.get("name"))


def diff(scorer, key: str, gold: dict, pred: dict, lists) -> None:
    for name in lists:
        items = pred.get(name) or []
        pairs = scorer.match_facts(gold, name, items)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for i, item in enumerate(gold[name]):
            if i not in matched_gold:
                print(f"{key} {name} MISS {show(item)}")
        for i, item in enumerate(items):
            if i not in matched_pred:
                print(f"{key} {name} FP   {show(item)}  rule={item.get('rule')}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("set")
    ap.add_argument("--half", choices=("odd", "even"))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff", nargs="*")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    a = ap.parse_args(argv)
    gold_dir, docs_dir = set_folders(a.set)
    held = (gold_dir.parent / "HELD_OUT").exists()
    if held and (os.environ.get("DEALTRACKER_EVAL_HELD") != "1" or a.diff is not None):
        raise SystemExit(
            f"{a.set} is held out: scored only with DEALTRACKER_EVAL_HELD=1 and without --diff"
        )
    scorer = load_scorer(a.scorer)
    keys = keys_of(gold_dir, a.half)
    preds = predict(keys, gold_dir, docs_dir)
    out = a.out or Path(tempfile.mkdtemp(prefix="extraction_eval_"))
    out.mkdir(parents=True, exist_ok=True)
    for key, pred in preds.items():
        (out / f"{key}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    # Score through the scorer's own command line, so the table is exactly what it prints.
    gold_view = Path(tempfile.mkdtemp(prefix="extraction_eval_gold_"))
    for key in keys:
        (gold_view / f"{key}.json").write_text(
            (gold_dir / f"{key}.json").read_text(encoding="utf-8"), encoding="utf-8"
        )
    index_path = gold_dir / "INDEX.json"
    if index_path.exists():
        (gold_view / "INDEX.json").write_text(
            index_path.read_text(encoding="utf-8"), encoding="utf-8"
        )
    code = scorer.main(["--gold", str(gold_view), "--docs", str(docs_dir), "--pred", str(out)])
    if a.diff is not None:
        lists = a.diff or list(scorer.LISTS)
        for key in keys:
            gold = json.loads((gold_dir / f"{key}.json").read_text(encoding="utf-8"))
            diff(scorer, key, gold, preds[key], lists)
    print(f"predictions: {out}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
