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
