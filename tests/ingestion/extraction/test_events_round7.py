"""Events, round 7: trial steps told in other words ("completed targeted enrollment", "finished
a clinical study", "moved into Phase 3 development", "posted Phase 2 data"), a warrant exercise
told with its gross proceeds, a poster at a meeting "taking place June 11-14", and what is no
event (a patient who "discontinued the study drug" or "previously failed" a therapy, money a
future approval "would" bring). Every company and product name here is invented."""

from datetime import date

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.dates import find_dates


def events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["company"], e["type"], e["date"]) for e in extract(text)["events"]]


def release(body: str, title: str = "Norvale Bio Provides Update") -> str:
    return f"{title}\n\nBOSTON, March 4, 2025 -- {body}"


def test_completed_targeted_enrollment_is_a_trial_step():
    text = release(
        "Norvale Bio, Inc. has completed targeted enrollment for its Phase 2 KESTREL study of "
        "NV-210 in Korea ahead of schedule."
    )
    assert events(text) == [("Norvale Bio, Inc.", "clinical_milestone", None)]


def test_finished_a_clinical_study_is_a_trial_step():
    text = release(
        "Norvale Bio, Inc. said it has finished a clinical study of its lead peptide in "
        "healthy volunteers."
    )
    assert events(text) == [("Norvale Bio, Inc.", "clinical_milestone", None)]


def test_programs_moved_into_phase_3_development_is_a_trial_step():
    text = release(
        "During the year, two Norvale Bio, Inc. programs, NV-7 and NV-9, moved into Phase 3 "
        "development after positive dose-finding work."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_posted_phase_2_data_is_a_trial_step():
    text = release(
        "Norvale Bio, Inc. posted Phase 2 data showing that 12 of 30 patients on NV-210 "
        "improved by one stage in the HERON trial."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_a_patient_who_discontinued_the_study_drug_is_no_trial_step():
    text = release(
        "Norvale Bio, Inc. shared the full data set. Nausea was more frequent on NV-210, and "
        "3% of participants discontinued the study drug because of it."
    )
    assert [e for e in events(text) if e[1] == "clinical_milestone"] == []


def test_patients_who_previously_failed_a_therapy_is_no_failed_trial():
    text = release(
        "Norvale Bio, Inc. noted that four of the ten patients enrolled in the Phase 1 trial "
        "previously failed Zentrovan and two of them achieved partial responses."
    )
    assert [e for e in events(text) if e[1] == "clinical_milestone"] == []


def test_money_a_future_approval_would_bring_is_no_financing():
    text = release(
        "Norvale Bio, Inc. holds a rare pediatric designation, so an approval of NV-210 would "
        "make it eligible for a voucher, potentially bringing in about $100 million in "
        "non-dilutive funding."
    )
    assert [e for e in events(text) if e[1] == "financing"] == []


def test_a_warrant_exercise_is_a_financing_priced_by_its_gross_proceeds():
    text = release(
        "Norvale Bio, Inc. announced a definitive agreement for the immediate cash exercise of "
        "outstanding warrants to purchase 3,000,000 shares at a reduced price of $1.10 per "
        "share. The transaction is expected to bring approximately $3.3 million in gross "
        "proceeds.",
        title="Norvale Bio Announces Warrant Exercise",
    )
    found = extract(text)["events"]
    assert [(e["type"], e["amount"]) for e in found] == [
        ("financing", {"amount": 3300000, "currency": "USD"})
    ]


def test_shares_issuable_upon_exercise_of_warrants_are_no_financing():
    text = release(
        "Norvale Bio, Inc. reported 12,000,000 shares outstanding, plus 2,000,000 shares "
        "issuable upon exercise of outstanding warrants."
    )
    assert [e for e in events(text) if e[1] == "financing"] == []


def test_a_year_less_span_of_days_is_dated_by_its_first_day():
    mentions = find_dates("taking place June 11–14 in Lisbon", date(2025, 5, 2), ahead=True)
    assert [m.value for m in mentions] == ["2025-06-11"]


def test_a_poster_at_a_meeting_taking_place_on_a_span_of_days_is_a_conference():
    text = release(
        "Norvale Bio, Inc. will deliver a poster presentation at the Annual Northern Congress "
        "of Hepatology 2025, taking place June 11–14 in Lisbon."
    )
    assert events(text) == [("Norvale Bio, Inc.", "conference", "2025-06-11")]


def test_a_run_in_heading_that_names_the_topic_leaves_the_subject_to_its_line():
    text = (
        "Norvale Bio Recaps Its Portfolio\n\n"
        "BOSTON, March 4, 2025 -- Norvale Bio, Inc. today recapped the year of its portfolio "
        "companies.\n\n"
        "Portfolio Fundraising Highlights: Velmora Therapeutics, Inc. raised $20 million in a "
        "Series B round led by new investors.\n"
    )
    found = extract(text)["events"]
    assert [(e["company"], e["type"]) for e in found] == [
        ("Velmora Therapeutics, Inc.", "financing")
    ]


def test_achieving_the_primary_endpoint_told_as_done_is_a_trial_step():
    text = release(
        "Norvale Bio, Inc. has passed a key step, achieving the primary endpoint in its Phase "
        "2b trial of NV-210 in bone cancer."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_the_odds_of_achieving_the_primary_endpoint_is_no_trial_step():
    text = release(
        "Norvale Bio, Inc. believes the new dosing raises the odds of achieving the primary "
        "endpoint in its Phase 2b trial of NV-210."
    )
    assert [e for e in events(text) if e[1] == "clinical_milestone"] == []


def test_a_news_item_without_a_dateline_puts_a_coming_poster_in_the_meetings_year():
    text = (
        "Norvale Bio to Present at Hepatology Week 2026\n\n"
        "Norvale Bio, Inc. will deliver a poster presentation at the Annual Northern Congress "
        "of Hepatology 2026, taking place June 11–14 in Lisbon."
    )
    assert events(text) == [("Norvale Bio, Inc.", "conference", "2026-06-11")]


def test_a_company_that_hires_or_appoints_in_the_present_tense_changes_its_leadership():
    for body in (
        "Norvale Bio, Inc. appoints Dana Pruitt Chief Financial Officer.",
        "Norvale Bio, Inc. hired Dana Pruitt, a veteran securities lawyer, as General Counsel.",
    ):
        assert [e[1] for e in events(release(body))] == ["leadership"], body


def test_a_direct_offering_is_priced_by_the_proceeds_line_after_the_agents_paragraph():
    text = (
        "Norvale Bio Prices Offering\n\n"
        "BOSTON, March 4, 2025 -- Norvale Bio, Inc. today announced that it has entered into a "
        "securities purchase agreement with an institutional investor for the sale of 800,000 "
        "shares at a price of $4.00 per share in a registered direct offering.\n\n"
        "Harrow Securities is acting as the sole placement agent for the offering.\n\n"
        "The gross proceeds from the offering are expected to be approximately $3.2 million, "
        "before deducting fees and expenses.\n"
    )
    found = extract(text)["events"]
    assert [(e["type"], e["amount"]) for e in found] == [
        ("financing", {"amount": 3200000, "currency": "USD"})
    ]


def test_a_new_officers_record_of_raises_and_ipos_is_no_event():
    text = release(
        "Norvale Bio, Inc. today announced the appointment of Dana Pruitt as Chief Financial "
        "Officer. Before joining Norvale, Ms. Pruitt was finance head at Quorra Labs, where she "
        "guided the company through its IPO and later offerings, raising over $900 million. "
        "Mr. Ellery Vance is a board veteran who has raised more than $400 million from venture "
        "investors.",
        title="Norvale Bio Appoints Chief Financial Officer",
    )
    assert [e[1] for e in events(text)] == ["leadership"]


def test_completed_two_phase_3_trials_is_a_trial_step():
    text = release(
        "Norvale Bio, Inc. has completed two large Phase 3 pivotal trials of NV-210 in "
        "presbyopia and filed for approval."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_a_raise_still_under_way_is_no_financing():
    text = release(
        "* Capital Raise Under Way: Norvale Bio, Inc. is actively raising capital to fund "
        "later trials of NV-210."
    )
    assert [e for e in events(text) if e[1] == "financing"] == []


def test_an_advisory_board_seat_is_no_leadership_change():
    for body in (
        "Norvale Bio, Inc. named Dr. Hal Brenner chairman of its board of advisers.",
        "Norvale Bio, Inc. appointed Dr. Hal Brenner to its Scientific Advisory Board.",
    ):
        assert [e for e in events(release(body)) if e[1] == "leadership"] == [], body


def test_a_company_that_dropped_work_on_a_program_reached_a_trial_step():
    for body in (
        "Norvale Bio, Inc. dropped work on its partnered CD40 antibody NV-7 after weak trial data.",
        "Norvale Bio, Inc. halted development of NV-7 in lupus.",
        "Norvale Bio, Inc. shelved its NV-7 lupus program to save cash.",
    ):
        assert [e[1] for e in events(release(body))] == ["clinical_milestone"], body
