"""Events, round 14: mechanisms met in real news items, told here in invented wordings. Dosing
completed is one step however it is worded. Every company, person and product name here is
invented."""

from apps.ingestion.extraction import extract


def events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["company"], e["type"], e["date"]) for e in extract(text)["events"]]


def release(body: str, title: str = "Company Update") -> str:
    return f"{title}\n\nLEEDS, June 2, 2026 /PRNewswire/ -- {body}"


# Dosing completed, told as a verb in a highlight and as a noun in the body, is one step


def test_completed_dosing_and_dosing_completion_are_one_step():
    text = release(
        "Highlights:\n\n* Corvane recently completed dosing of its pilot study CV-12-2.\n\n"
        "Corvane Bio, Inc. (NASDAQ: CRVB) recently announced the dosing completion of its "
        "pilot study CV-12-2."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_completed_dosing_in_a_highlight_and_the_study_completion_are_one_step():
    text = release(
        "Ostrel Labs AG today announced the completion of its Phase 1 study of OST-4.\n\n"
        "Highlights:\n\n* Ostrel Labs completed dosing in the Phase 1 study of OST-4."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


# A talk given in the period beats one only accepted for a later meeting


def conferences(text: str) -> list[tuple[str, str | None]]:
    return [(e[1], e[2]) for e in events(text) if e[1] == "conference"]


def test_a_talk_given_beats_one_accepted_for_oral_presentation():
    text = release(
        "Corvane Bio, Inc. reported first-quarter results.\n\n"
        "* Announced that CV-12 data has been accepted for oral presentation at the Halden "
        "Neurology Congress\n"
        "* Presented safety data from the Phase 1 study of CV-12 at the Northbridge Oncology "
        "Symposium in April 2026"
    )
    assert conferences(text) == [("conference", "2026-04")]


def test_a_poster_given_beats_one_selected_for_a_poster_session():
    text = release(
        "Ostrel Labs AG said its OST-4 abstract was selected for a poster session at the Varden "
        "Cardiology Meeting. In March 2026, Ostrel Labs presented OST-4 biomarker results at "
        "the Lakemoor Heart Conference."
    )
    assert conferences(text) == [("conference", "2026-03")]


def test_a_talk_presented_earlier_as_background_does_not_displace_the_accepted_one():
    text = release(
        "Ostrel Labs AG said its OST-4 abstract was selected for an oral presentation at the "
        "Varden Cardiology Meeting on June 20, 2026. Data previously presented at the Lakemoor "
        "Heart Conference in March 2025 showed a lower heart rate."
    )
    assert conferences(text) == [("conference", "2026-06-20")]
