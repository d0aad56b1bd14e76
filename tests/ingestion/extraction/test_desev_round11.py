"""Designations and events, round 11: wordings found by trying new invented releases and news
items. Designations: an approval that never came ("failed to garner FDA approval"), a trial
application named only as the framework a trial runs under ("dosed the first patient under
its IND"). Every company and product name here is invented."""

from apps.ingestion.extraction import extract


def events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["company"], e["type"], e["date"]) for e in extract(text)["events"]]


def designations(text: str) -> list[tuple[str, str, str, str]]:
    return [(d["drug"], d["agency"], d["type"], d["status"]) for d in extract(text)["designations"]]


def release(body: str, title: str = "Company Update") -> str:
    return f"{title}\n\nLEEDS, June 2, 2026 /PRNewswire/ -- {body}"


# Designations: an approval that never came is no grant


def test_failed_to_garner_approval_is_no_designation():
    text = release(
        "Shares of Carrow Bio have slid since 2023, when the biotech failed to garner Food and "
        "Drug Administration approval for its asthma drug CR-7."
    )
    assert designations(text) == []


def test_did_not_win_approval_is_no_designation():
    text = release("Carrow Bio's shares fell after the company did not win FDA approval for CR-7.")
    assert designations(text) == []


# Designations: a trial run under an IND tells no clearance


def test_dosing_under_its_ind_is_no_clearance():
    text = release(
        "Tidewell Bio announced the dosing of the first patient in the United States under its "
        "investigational new drug (IND) application for TW-6."
    )
    assert designations(text) == []


def test_dosing_under_its_fda_cleared_ind_is_no_clearance():
    text = release("Tidewell Bio dosed the first patient under its FDA-cleared IND for TW-6.")
    assert designations(text) == []


def test_a_clearance_to_proceed_under_its_ind_is_still_told():
    text = release(
        "Tidewell Bio said the FDA has cleared the company to begin a Phase 1 trial of TW-6 "
        "under its IND."
    )
    assert [d[1:3] for d in designations(text)] == [("FDA", "ind_clearance")]
