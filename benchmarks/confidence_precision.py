"""Precision of extracted facts at each confidence level, against answer keys.

    python benchmarks/confidence_precision.py --gold GOLD_DIR --pred PRED_DIR [--scorer PATH]
        [--levels 0 0.7 0.8 0.9] [--rules]

GOLD_DIR holds answer keys (``<key>.json``) in the extraction contract's shape, PRED_DIR the
extractor's output for the same keys (``manage.py extract FILE --json``, or a folder written by
``../shared/tools/extract_folder.py``). Facts are matched to the keys exactly as
``score_extraction.py`` matches them (``--scorer``, default ``../shared/tools/score_extraction.py``
beside the project), so the numbers agree with its table at level 0.

For each level L it prints, per fact list and over all lists: how many predicted facts have a
confidence of at least L, how many of those the key holds (precision) and what share of the key
they cover (recall). A deployer picks ``PUBLIC_MIN_CONFIDENCE`` from this table: unreviewed facts
below it stay off public pages, exports and feeds. ``--rules`` adds each rule's count and
precision, lowest first, which shows which rules a curator should review first.

Facts without a ``confidence`` count as 1.0 (the contract makes the key optional).
"""

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
DEFAULT_LEVELS = (0.0, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judged_facts(scorer, gold_dir: Path, pred_dir: Path):
    """(list name, confidence, rule, matched?) per predicted fact, and the key's size per list."""
    facts, gold_sizes = [], defaultdict(int)
    for key_path in sorted(gold_dir.glob("*.json")):
        if key_path.name == "INDEX.json":
            continue
        gold = json.loads(key_path.read_text(encoding="utf-8"))
        pred_path = pred_dir / key_path.name
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        for name in scorer.LISTS:
            items = pred.get(name) or []
            gold_sizes[name] += len(gold[name])
            matched = {p for _, p in scorer.match_facts(gold, name, items)}
            for i, item in enumerate(items):
                confidence = item.get("confidence")
                facts.append(
                    (
                        name,
                        1.0 if confidence is None else float(confidence),
                        item.get("rule") or "?",
                        i in matched,
                    )
                )
    return facts, gold_sizes


def level_rows(facts, gold_sizes, lists, levels):
    """Rows of (level, list, kept, correct, precision, recall)."""
    rows = []
    for level in levels:
        for name in (*lists, "all"):
            chosen = [f for f in facts if f[1] >= level and name in (f[0], "all")]
            correct = sum(1 for f in chosen if f[3])
            size = sum(gold_sizes.values()) if name == "all" else gold_sizes[name]
            precision = correct / len(chosen) if chosen else 1.0
            recall = correct / size if size else 1.0
            rows.append((level, name, len(chosen), correct, precision, recall))
    return rows


def rule_rows(facts):
    """(list, rule, count, precision), lowest precision first."""
    tally = defaultdict(lambda: [0, 0])
    for name, _, rule, ok in facts:
        tally[(name, rule)][0] += 1
        tally[(name, rule)][1] += ok
    rows = [(name, rule, n, ok / n) for (name, rule), (n, ok) in tally.items()]
    return sorted(rows, key=lambda row: (row[3], -row[2]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--pred", type=Path, required=True)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--levels", type=float, nargs="+", default=DEFAULT_LEVELS)
    parser.add_argument("--rules", action="store_true", help="also print precision per rule")
    args = parser.parse_args(argv)
    for folder in (args.gold, args.pred):
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder")
    scorer = load_scorer(args.scorer)
    facts, gold_sizes = judged_facts(scorer, args.gold, args.pred)
    print(f"{'level':>6} {'list':<13}{'kept':>6}{'correct':>9}{'precision':>11}{'recall':>8}")
    for level, name, kept, correct, precision, recall in level_rows(
        facts, gold_sizes, scorer.LISTS, args.levels
    ):
        print(f"{level:>6.2f} {name:<13}{kept:>6}{correct:>9}{precision:>11.3f}{recall:>8.3f}")
    if args.rules:
        print(f"\n{'list':<13}{'rule':<40}{'facts':>6}{'precision':>11}")
        for name, rule, n, precision in rule_rows(facts):
            print(f"{name:<13}{rule:<40}{n:>6}{precision:>11.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
