"""benchmarks/confidence_precision.py: precision and recall of the facts kept at each level."""

import json

from benchmarks.confidence_precision import main

# A scorer with score_extraction.py's interface, matching companies by exact name only.
SCORER = """
LISTS = ("companies", "drugs", "deals", "designations", "events")


def match_facts(gold, lst, pred_items):
    names = [g.get("name") for g in gold[lst]]
    found = [(i, p.get("name")) for i, p in enumerate(pred_items)]
    return [(names.index(name), i) for i, name in found if name in names]
"""


SCORER_LISTS = ("companies", "drugs", "deals", "designations", "events")


def empty(**lists):
    """A key or prediction with the given lists and the others empty."""
    return {name: lists.get(name, []) for name in SCORER_LISTS}


def test_precision_rises_and_recall_falls_as_the_level_rises(tmp_path, capsys):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir(), pred.mkdir()
    scorer = tmp_path / "scorer.py"
    scorer.write_text(SCORER)
    key = [{"name": "Quorvant Bio"}, {"name": "Lestra Pharma"}]
    (gold / "r1.json").write_text(json.dumps(empty(companies=key)))
    (gold / "INDEX.json").write_text("{}")
    found = [
        {"name": "Quorvant Bio", "confidence": 0.95, "rule": "company.legal_suffix"},
        {"name": "Lestra Pharma", "confidence": 0.7, "rule": "company.agent"},
        {"name": "Phase Two", "confidence": 0.6, "rule": "company.agent"},
    ]
    (pred / "r1.json").write_text(json.dumps(empty(companies=found)))

    main(
        ["--gold", str(gold), "--pred", str(pred), "--scorer", str(scorer)]
        + ["--levels", "0", "0.7", "0.9", "--rules"]
    )
    rows = {
        (line.split()[0], line.split()[1]): line.split()[2:]
        for line in capsys.readouterr().out.splitlines()
        if line[:6].strip().replace(".", "").isdigit()
    }

    assert rows[("0.00", "companies")] == ["3", "2", "0.667", "1.000"]
    assert rows[("0.70", "companies")] == ["2", "2", "1.000", "1.000"]
    assert rows[("0.90", "companies")] == ["1", "1", "1.000", "0.500"]
    assert rows[("0.90", "all")] == ["1", "1", "1.000", "0.500"]


def test_rules_are_listed_lowest_precision_first(tmp_path, capsys):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir(), pred.mkdir()
    scorer = tmp_path / "scorer.py"
    scorer.write_text(SCORER)
    (gold / "r1.json").write_text(json.dumps(empty(companies=[{"name": "Quorvant Bio"}])))
    found = [
        {"name": "Quorvant Bio", "confidence": 0.9, "rule": "company.legal_suffix"},
        {"name": "Clinical Hold", "confidence": 0.9, "rule": "company.agent"},
    ]
    (pred / "r1.json").write_text(json.dumps(empty(companies=found)))

    main(["--gold", str(gold), "--pred", str(pred), "--scorer", str(scorer), "--rules"])
    out = capsys.readouterr().out
    assert out.index("company.agent") < out.index("company.legal_suffix")
