"""Events and dates, round 6: a date told without a year is in the release's year, earlier or
later in it, unless it lies well after the release's month (a January release recapping
December). Every company name here is invented."""

from datetime import date

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.dates import resolve


def event_dates(text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["date"]) for e in extract(text)["events"]]


def test_a_coming_poster_without_a_year_is_later_in_the_releases_year():
    release = (
        "Arlo Biotech to Present at Conference\n\n"
        "BOSTON, Feb. 12, 2025 -- Arlo Biotech, Inc. will present a poster on March 3 at the "
        "Winter Oncology Meeting in Denver."
    )
    assert event_dates(release) == [("conference", "2025-03-03")]


def test_a_january_release_recapping_december_dates_it_last_year():
    release = (
        "Arlo Biotech Completes Financing\n\n"
        "BOSTON, Jan. 10, 2025 -- Arlo Biotech, Inc. said that on December 18 it closed a $40 "
        "million Series B financing round led by several investors."
    )
    assert event_dates(release) == [("financing", "2024-12-18")]


def test_a_year_less_date_of_an_event_keeps_the_releases_year_either_side_of_it():
    release_day = date(2025, 11, 20)
    assert resolve("March 3", release_day, ahead=True) == "2025-03-03"  # a past step
    assert resolve("December 9", release_day, ahead=True) == "2025-12-09"  # a coming one
    assert resolve("October", date(2025, 3, 1), ahead=True) == "2024-10"  # last year
    assert resolve("February 29", date(2025, 3, 1), ahead=True) == "2024-02-29"


def test_a_year_less_date_of_a_step_told_as_done_is_the_latest_such_day():
    # the default reading, for grants and signings: "on November 6" in a May release is last
    # year's
    assert resolve("November 6", date(2025, 5, 20)) == "2024-11-06"
    assert resolve("May 2", date(2025, 5, 20)) == "2025-05-02"


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e["company"], e["type"]) for e in extract(text)["events"]]


def test_a_placement_agent_told_alone_has_no_financing_of_its_own():
    release = (
        "Arlo Biotech Offering\n\n"
        "BOSTON, Feb. 12, 2025 -- Arlo Biotech, Inc. said its shareholders approved the plan. "
        "Brixton Securities LLC is serving as exclusive placement agent for the private placement."
    )
    assert events_of(release) == []


def test_a_raise_with_its_bookrunner_named_after_is_the_raisers():
    release = (
        "Arlo Biotech Prices Offering\n\n"
        "BOSTON, Feb. 12, 2025 -- Arlo Biotech, Inc. today announced the closing of its public "
        "offering of 5,000,000 shares for gross proceeds of $40 million, for which Brixton "
        "Securities LLC acted as sole bookrunner."
    )
    assert events_of(release) == [("Arlo Biotech, Inc.", "financing")]


def test_a_year_less_month_beside_a_meetings_year_is_that_years_month():
    release = (
        "Arlo Biotech Update\n\n"
        "Arlo Biotech, Inc. said data from the Phase 2 trial of AR-5 were the subject of an oral "
        "presentation at the Coastal Oncology 2016 Conference in May."
    )
    assert event_dates(release) == [("conference", "2016-05")]
