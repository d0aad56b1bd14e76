"""Events, round 12: wordings met in new real releases, told here in invented ones. A person's
first name read as a company is no event's subject; a departure with a time phrase before the
post ("decided to retire after 12 years from his role as CEO"); a first patient "screened and
being enrolled"; staff presenting at a meeting named after a colon in an undated release; a
meeting told before the verb ("At the X Congress, Y presented"); an endpoint named by what it
measures; pipeline steps (a move into Phase 3, an entry into the clinic); executives welcomed
to a team; an IPO's underwriters exercising their option; a trial "begun" and its first dose as
one step. Every company, person and product name here is invented."""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.companies import FoundCompany
from apps.ingestion.extraction.events import find_events
from apps.ingestion.extraction.text import analyse


def events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["company"], e["type"], e["date"]) for e in extract(text)["events"]]


def release(body: str, title: str = "Company Update") -> str:
    return f"{title}\n\nLEEDS, June 2, 2026 /PRNewswire/ -- {body}"


def company(name: str, *names: str) -> FoundCompany:
    return FoundCompany(name=name, names=[name, *names], tickers=[], quote=None, start=0)


# A person's first name, read as a company elsewhere in the release, is no event's subject


def subjects(text: str, companies: list[FoundCompany]) -> list[tuple[str, str | None]]:
    found = find_events(analyse(text), None, "2026-06-02", companies)
    return [(e.type, e.subject.name if e.subject else None) for e in found]


def test_a_first_name_with_a_middle_initial_is_no_leadership_subject():
    text = release(
        "Corvane Bio, Inc. today announced that Dana R. Holt, Ph.D., has been appointed as "
        "President and Chief Executive Officer, effective immediately."
    )
    found = subjects(text, [company("Corvane Bio, Inc.", "Corvane"), company("Dana")])
    assert found == [("leadership", "Corvane Bio, Inc.")]


def test_a_first_name_before_a_surname_and_degree_is_no_leadership_subject():
    text = release(
        "Corvane Bio, Inc. announced that Pieter Salm, M.D., has been named Chief Medical "
        "Officer of the company."
    )
    found = subjects(text, [company("Corvane Bio, Inc.", "Corvane"), company("Pieter")])
    assert found == [("leadership", "Corvane Bio, Inc.")]


def test_a_company_told_after_the_reporting_verb_is_still_the_subject():
    text = release("Corvane Bio, Inc. announced that Ostrel Labs AG appointed a new CFO.")
    found = subjects(text, [company("Corvane Bio, Inc."), company("Ostrel Labs AG")])
    assert found == [("leadership", "Ostrel Labs AG")]


# A departure with a time phrase between the verb and the post


def test_decided_to_retire_after_years_from_his_role_as_ceo_is_leadership():
    text = release(
        "Corvane Bio, Inc. announced that Tomas Ek has decided to retire after almost ten years "
        "from his role as the Company's Chief Executive Officer."
    )
    assert events(text) == [("Corvane Bio, Inc.", "leadership", None)]


def test_will_resign_effective_a_day_as_cfo_is_leadership():
    text = release(
        "Corvane Bio, Inc. said that Mira Dale will resign effective July 31 as Chief Financial "
        "Officer to pursue other opportunities."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


# The first patient screened and being enrolled


def test_first_patient_screened_and_being_enrolled_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. announced today that the first patient has been screened and is "
        "being enrolled in a Phase 2 clinical trial of CV-31 in dry eye disease."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_first_patient_is_being_dosed_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said the first patient is being dosed in its Phase 1 study of CV-31."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_first_patient_to_be_enrolled_is_no_trial_step():
    text = release(
        "Corvane Bio, Inc. said the first patient is expected to be screened and enrolled in "
        "its Phase 1 study of CV-31 next quarter."
    )
    assert events(text) == []


# Staff presenting at a meeting named after a colon, in a release without a date


UNDATED = "Corvane Scientists to Present Posters\n\n"


def test_staff_presenting_at_a_meeting_named_after_a_colon_is_a_conference():
    text = UNDATED + (
        "Corvane Bio, Inc. scientists will present three posters at the largest annual "
        "dermatology research conference: the Halden Society for Skin Research annual meeting "
        "May 12-15 in Denver."
    )
    assert events(text) == [("Corvane Bio, Inc.", "conference", None)]


def test_researchers_presenting_on_a_stated_day_at_a_named_meeting_is_a_conference():
    text = UNDATED + (
        "Corvane Bio, Inc. researchers will present new data at the Halden Skin Congress on "
        "May 14 in Denver."
    )
    assert [e[1] for e in events(text)] == ["conference"]


def test_staff_of_an_unknown_company_give_no_conference_to_another():
    found = subjects(
        UNDATED
        + "Velder scientists will present two posters at the largest skin research meeting: "
        "the Halden Society annual meeting May 12-15 in Denver.",
        [company("Ostrel Labs AG")],
    )
    assert found == []


def test_staff_presenting_at_an_unnamed_future_meeting_is_no_conference():
    text = UNDATED + (
        "Corvane Bio, Inc. scientists will present the data at a future medical conference."
    )
    assert events(text) == []


# The meeting told before the verb


def test_a_meeting_told_before_presented_is_a_conference_of_the_named_presenter():
    text = release(
        "Ostrel Labs AG reported its results. At the 4th Halden Conference on Vaccines (Lisbon, "
        "Portugal) and the Norwick 2026 Workshop, Corvane Bio, Inc. presented data confirming "
        "the safety of CV-31."
    )
    found = [e for e in events(text) if e[1] == "conference"]
    assert found == [("Corvane Bio, Inc.", "conference", "2026")]


def test_a_meeting_told_before_showcased_is_a_conference():
    text = release(
        "In May, at the Halden Skin Congress in Denver, Corvane Bio, Inc. showcased long-term "
        "data from its Phase 2 trial of CV-31."
    )
    assert [e[:2] for e in events(text) if e[1] == "conference"] == [
        ("Corvane Bio, Inc.", "conference")
    ]


def test_at_a_regulatory_meeting_the_agency_shared_feedback_is_no_conference():
    text = release(
        "At a Type B meeting in April, the FDA shared its feedback on the design of Corvane "
        "Bio, Inc.'s planned Phase 3 trial."
    )
    assert [e for e in events(text) if e[1] == "conference"] == []


# An endpoint named by what it measures


def test_a_trial_that_met_its_immunogenicity_target_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said the booster trial met its immunogenicity target, and the "
        "comparator arm was closed."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_a_study_that_missed_its_efficacy_endpoint_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said its Phase 2 study of CV-31 missed its efficacy endpoint."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_a_study_that_reached_its_target_dose_is_no_trial_step():
    text = release(
        "Corvane Bio, Inc. said each patient in the study reached the target dose within a week."
    )
    assert events(text) == []


# Pipeline steps: a move into a later phase and an entry into the clinic are two steps


def test_a_phase_3_move_and_a_clinic_entry_are_two_trial_steps():
    text = release(
        "2025 achievements:\n\n"
        "* Two Corvane programs, CV-31 and CV-40, moved into Phase 3 development\n"
        "* Multiple programs entered clinical-stage development including CV-51 and CV-52\n",
        title="Corvane Bio, Inc. Publishes Annual Report",
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone", "clinical_milestone"]


def test_programs_that_entered_clinical_stage_development_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said three of its antibody programs entered clinical-stage "
        "development during the year."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_patients_who_entered_a_phase_3_trial_is_no_trial_step():
    text = release(
        "Corvane Bio, Inc. said most patients who entered the Phase 3 trial of CV-31 had mild "
        "disease."
    )
    assert events(text) == []


# Executives welcomed to a team


def test_thrilled_to_welcome_executives_to_its_executive_team_is_leadership():
    text = release(
        "Corvane Bio, Inc., a clinical-stage company, is thrilled to welcome three seasoned "
        "professionals to its executive team."
    )
    assert events(text) == [("Corvane Bio, Inc.", "leadership", None)]


def test_pleased_to_welcome_a_director_to_its_leadership_team_is_leadership():
    text = release(
        "Corvane Bio, Inc. is pleased to welcome Ana Roos, a former regulatory director, to its "
        "leadership team."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_welcoming_a_decision_is_no_leadership():
    text = release("Corvane Bio, Inc. is pleased to welcome the agency's decision on CV-31.")
    assert events(text) == []


# An IPO's underwriters exercising their option: the teller raised


def test_underwriters_exercising_their_option_is_the_tellers_financing():
    text = release(
        "Corvane Bio, Inc. (Nasdaq: CRVB) announced today that the underwriters of its initial "
        "public offering have exercised in part their option to purchase 500,000 additional "
        "shares. The aggregate gross proceeds to Corvane Bio will be approximately $60.5 "
        "million.\n\nHolm & Co. acted as sole book-running manager for the offering."
    )
    found = [e for e in extract(text)["events"] if e["type"] == "financing"]
    assert [(e["company"], e["amount"]) for e in found] == [
        ("Corvane Bio, Inc.", {"amount": 60500000, "currency": "USD"})
    ]


def test_underwriters_of_a_public_offering_reported_by_the_company_is_a_financing():
    text = release(
        "Corvane Bio, Inc. said today that the underwriters of its public offering of common "
        "stock purchased an additional 300,000 shares at $12.00 per share."
    )
    assert [e[:2] for e in events(text) if e[1] == "financing"] == [
        ("Corvane Bio, Inc.", "financing")
    ]


def test_an_agent_named_with_its_role_still_serves_no_event_of_its_own():
    text = release(
        "Corvane Bio, Inc. closed a $20 million private placement. Holm Securities LLC is "
        "serving as exclusive placement agent for the private placement."
    )
    assert [e[:2] for e in events(text) if e[1] == "financing"] == [
        ("Corvane Bio, Inc.", "financing")
    ]


# A trial begun and its first dose are one step


def test_a_trial_begun_is_a_trial_step():
    text = release("Corvane Bio said Monday that it has begun the phase 1 clinical trial of CV-31.")
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_a_drug_administered_to_the_first_patient_is_a_trial_step():
    text = release(
        "Corvane Bio said the company has administered CV-31 to the first patient with a solid "
        "tumor at a hospital in Oslo."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_a_trial_begun_and_its_first_patient_dosed_are_one_step():
    text = release(
        "Corvane Bio said Monday that it has begun the phase 1 clinical trial of CV-31.\n\n"
        "Corvane Bio said the company has administered the drug candidate to the first patient "
        "at a hospital in Oslo."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


# The next step told in a clause of its own after ", and"


def test_enrolment_completed_and_data_expected_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. completed enrollment in its Phase 2 study, and topline data are "
        "expected in the fourth quarter."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_trial_started_while_a_readout_is_planned_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. initiated a Phase 1 trial of CV-31, while a second study is planned "
        "for next year."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_enrolment_expected_to_complete_and_data_to_follow_is_no_trial_step():
    text = release(
        "Corvane Bio, Inc. expects to complete enrollment in its Phase 2 study, and data will "
        "follow in 2027."
    )
    assert events(text) == []


# A trial expanded to new patients


def test_a_trial_expanded_to_include_new_patients_is_a_trial_step():
    text = release(
        "Based on early data, Corvane Bio, Inc. expanded the CV-31 trial in lupus to include "
        "patients with myositis."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_a_study_expanded_into_a_basket_study_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. expanded its Phase 1 study of CV-31 into a basket study of three "
        "autoimmune diseases."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_an_expanded_access_programme_is_no_trial_step():
    text = release("Corvane Bio, Inc. expanded access to CV-31 for patients outside the trial.")
    assert events(text) == []


# A details block whose line breaks were lost


def test_a_date_label_run_into_a_title_dates_the_talk():
    text = (
        "Corvane to Present at Investor Conference\n\n"
        "LEEDS, June 2, 2026 /PRNewswire/ -- Corvane Bio, Inc. today announced that its CEO, "
        "Ana Roos, will present at two upcoming investor events:\n\n"
        "Halden Global Investment ConferenceSpeaker:   Ana Roos, Chairman & CEODate/Time:   "
        "June 9, 2026 at 7:00 a.m. ETLocation:   New York\n"
    )
    assert events(text) == [("Corvane Bio, Inc.", "conference", "2026-06-09")]


def test_a_date_label_after_a_lower_case_word_still_dates_the_talk():
    text = (
        "Corvane to Present at Investor Conference\n\n"
        "LEEDS, June 2, 2026 /PRNewswire/ -- Corvane Bio, Inc. today announced that its CEO "
        "will present at two upcoming investor events:\n\n"
        "Halden Global Investment Conference, fireside chatDate:   June 10, 2026\n"
    )
    assert events(text) == [("Corvane Bio, Inc.", "conference", "2026-06-10")]


# A trial recapped as the ground of an approval


def test_an_endpoint_met_in_the_trial_an_approval_was_based_on_is_no_trial_step():
    text = release(
        "The FDA approved CV-31 for adults with lupus.\n\n"
        "The approval of CV-31 is based on results from the Phase 3 HALO trial, which enrolled "
        "300 patients. CV-31 met the primary endpoint of remission at week 52.",
        title="Corvane Bio, Inc. Announces FDA Approval of CV-31",
    )
    assert [e for e in events(text) if e[1] == "clinical_milestone"] == []


def test_topline_results_of_the_trial_behind_an_authorization_are_no_trial_step():
    text = release(
        "Corvane Bio, Inc. said the marketing authorization was supported by the KESTREL study. "
        "The study met its primary endpoint in 2024.",
        title="Corvane Bio, Inc. Receives Marketing Authorization",
    )
    assert [e for e in events(text) if e[1] == "clinical_milestone"] == []


def test_an_endpoint_met_before_a_plan_to_seek_approval_is_still_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said its Phase 3 HALO trial of CV-31 met its primary endpoint. The "
        "company plans to seek approval based on the data."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


# Common wordings found by probing invented releases


def test_assumed_the_role_of_ceo_is_leadership():
    text = release(
        "Corvane Bio, Inc. today announced that Ana Roos has assumed the role of Chief "
        "Executive Officer."
    )
    assert events(text) == [("Corvane Bio, Inc.", "leadership", None)]


def test_took_over_as_interim_ceo_is_leadership():
    text = release("Corvane Bio, Inc. said Ana Roos took over as interim CEO on Monday.")
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_assumed_the_liabilities_of_a_company_is_no_leadership():
    text = release(
        "Corvane Bio, Inc. assumed the liabilities of Ostrel Labs AG, its Chief Executive "
        "Officer said."
    )
    assert [e for e in events(text) if e[1] == "leadership"] == []


def test_a_securities_purchase_agreement_is_a_financing():
    text = release(
        "Corvane Bio, Inc. today announced that it has entered into a securities purchase "
        "agreement with two healthcare investors."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_a_sale_for_gross_proceeds_is_a_financing_priced_by_them():
    text = release(
        "Corvane Bio, Inc. agreed to sell 2,000,000 shares to a single healthcare investor for "
        "gross proceeds of $15 million."
    )
    found = [e for e in extract(text)["events"] if e["type"] == "financing"]
    assert [e["amount"] for e in found] == [{"amount": 15000000, "currency": "USD"}]


def test_a_closed_series_c_is_a_financing():
    text = release("Corvane Bio, Inc. closed an oversubscribed $80 million Series C.")
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_a_completed_pre_series_a_is_a_financing():
    text = release("Corvane Bio, Inc. has completed its Pre-Series A led by Holm Ventures.")
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_the_completion_of_an_at_the_market_offering_is_a_financing():
    text = release(
        "Corvane Bio, Inc. announced the completion of a $30 million at-the-market offering."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_the_closing_of_a_placement_is_a_financing():
    text = release(
        "Corvane Bio, Inc. announced the closing of its $12 million convertible financing."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_the_expected_closing_of_an_offering_is_no_financing():
    text = release(
        "Corvane Bio, Inc. said the closing of its at-the-market offering is expected next month."
    )
    assert events(text) == []


def test_did_not_achieve_its_primary_endpoint_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. announced that its Phase 2 trial of CV-31 did not achieve its "
        "primary endpoint."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_failed_to_reach_the_primary_endpoint_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said CV-31 failed to reach the primary endpoint of the study."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_achieved_statistical_significance_on_its_primary_endpoint_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. announced that the Phase 3 HALO trial achieved statistical "
        "significance on its primary endpoint."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_achieved_statistical_significance_for_the_co_primary_endpoints_is_a_trial_step():
    text = release(
        "CV-31 achieved statistical significance for both co-primary endpoints, Corvane Bio, "
        "Inc. said."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_the_last_patient_completed_the_treatment_period_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. announced that the last patient has completed the 52-week treatment "
        "period in the HALO trial."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_the_final_participant_completed_the_follow_up_period_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said the final participant completed the follow-up period of its "
        "Phase 1 study."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_initiated_patient_dosing_is_a_trial_step():
    text = release("Corvane Bio, Inc. has initiated patient dosing in its Phase 1b trial.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_began_participant_dosing_is_a_trial_step():
    text = release("Corvane Bio, Inc. began participant dosing in a first-in-human study.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


# More wordings found by probing: transitions, departures, debt priced, investments received,
# data unveiled, trials stopped, first patients who received the drug, symposia hosted


def test_a_transition_from_ceo_to_executive_chair_is_leadership():
    text = release(
        "Corvane Bio, Inc. announced that Tomas Ek will transition from Chief Executive Officer "
        "to Executive Chairman."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_a_transition_to_the_role_of_president_is_leadership():
    text = release(
        "Corvane Bio, Inc. said Ana Roos transitioned to the role of President after the merger."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_a_successor_succeeding_the_ceo_is_leadership():
    text = release(
        "Corvane Bio, Inc. announced a leadership transition, with Ana Roos succeeding Tomas Ek "
        "as chief executive officer."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_a_ceo_leaving_the_company_is_leadership():
    text = release("Corvane Bio, Inc. CEO Tomas Ek is leaving the company at the end of the month.")
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_a_director_who_will_be_leaving_the_board_is_leadership():
    text = release(
        "Corvane Bio, Inc. said its lead independent Director, Mira Dale, will be leaving the "
        "board after the annual meeting."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_the_pricing_of_convertible_notes_is_a_financing():
    text = release(
        "Corvane Bio, Inc. announced the upsizing and pricing of its $200 million offering of "
        "convertible senior notes due 2031."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_the_issuance_of_senior_notes_is_a_financing():
    text = release("Corvane Bio, Inc. announced the issuance of $500 million of senior notes.")
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_a_strategic_investment_received_is_a_financing():
    text = release(
        "Corvane Bio, Inc. has received a strategic investment of $20 million from Ostrel Labs."
    )
    assert [e[:2] for e in events(text) if e[1] == "financing"] == [
        ("Corvane Bio, Inc.", "financing")
    ]


def test_a_private_investment_in_public_equity_is_a_financing():
    text = release(
        "Corvane Bio, Inc. today announced a $75 million private investment in public equity "
        "financing with healthcare investors."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "financing")]


def test_an_investment_of_money_in_a_plant_is_no_financing():
    text = release(
        "Corvane Bio, Inc. plans an investment of $50 million in a new plant in Oslo over three "
        "years."
    )
    assert [e for e in events(text) if e[1] == "financing"] == []


def test_enrolment_now_complete_is_a_trial_step():
    text = release("Corvane Bio, Inc. said enrollment is now complete in its Phase 3 study.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_unveiled_interim_data_from_a_trial_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. unveiled positive interim data from its Phase 1/2 trial of CV-31."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_released_results_of_a_study_is_a_trial_step():
    text = release("Corvane Bio, Inc. released final results of the KESTREL study of CV-31.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_a_stopped_trial_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. has stopped its Phase 2 trial of CV-31 after an interim analysis "
        "showed futility."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "clinical_milestone")]


def test_a_terminated_study_is_a_trial_step():
    text = release("Corvane Bio, Inc. has terminated its Phase 3 study of CV-31.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_a_first_patient_who_received_the_drug_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. announced that the first patient has received CV-31 in its Phase 1 "
        "trial."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_the_first_participants_received_an_infusion_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. said the first participants received infusions of CV-31 in Oslo."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_a_hosted_symposium_at_a_named_meeting_is_a_conference():
    text = release("Corvane Bio, Inc. hosted a symposium at the Halden Congress 2026.")
    assert events(text) == [("Corvane Bio, Inc.", "conference", "2026")]


def test_a_satellite_session_held_at_a_meeting_is_a_conference():
    text = release(
        "Corvane Bio, Inc. held an industry satellite session on CV-31 at the 2026 Halden "
        "Society Annual Meeting."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "conference")]


def test_succeeding_in_a_mission_is_no_leadership():
    text = release(
        "Corvane Bio, Inc. is succeeding in its mission to reach patients, its Chief Executive "
        "Officer said."
    )
    assert events(text) == []


def test_a_terminated_license_for_a_trial_drug_is_no_trial_step():
    text = release(
        "Corvane Bio, Inc. terminated the license agreement with Ostrel Labs AG covering the "
        "Phase 2 trial of CV-31."
    )
    assert [e for e in events(text) if e[1] == "clinical_milestone"] == []


def test_a_stopped_collaboration_on_a_study_is_no_trial_step():
    text = release(
        "Corvane Bio, Inc. stopped its research collaboration with Ostrel Labs AG on the CV-9 "
        "study."
    )
    assert [e for e in events(text) if e[1] == "clinical_milestone"] == []


# A last probing round: a first patient dosed "successfully", "completed the enrollment of",
# the last patient out, database lock, a successor who "will become" CEO


def test_a_first_patient_successfully_dosed_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. announced that the first patient has been successfully dosed in the "
        "Phase I clinical trial of CV-31 in China."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_the_first_subject_was_successfully_randomized_is_a_trial_step():
    text = release("Corvane Bio, Inc. said the first subject was successfully randomized.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_completed_the_enrollment_of_all_patients_is_a_trial_step():
    text = release(
        "Corvane Bio, Inc. announced that the Phase 2 trial of CV-31 has completed the "
        "enrollment of all 120 patients."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_the_last_patient_out_is_a_trial_step():
    text = release("Corvane Bio, Inc. announced the last patient out in its Phase 3 HALO trial.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_database_lock_is_a_trial_step():
    text = release("Corvane Bio, Inc. announced database lock for HALO, its pivotal programme.")
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


def test_expected_database_lock_is_no_trial_step():
    text = release("Corvane Bio, Inc. expects database lock for the HALO trial in the autumn.")
    assert events(text) == []


def test_a_successor_who_will_become_ceo_is_leadership():
    text = release(
        "Corvane Bio, Inc. announced that Ana Roos will become chief executive officer on July 1."
    )
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_a_president_who_becomes_interim_ceo_is_leadership():
    text = release("Corvane Bio, Inc. said its President, Ana Roos, becomes interim CEO today.")
    assert [e[:2] for e in events(text)] == [("Corvane Bio, Inc.", "leadership")]


def test_a_person_who_became_ceo_elsewhere_years_ago_is_no_leadership():
    text = release(
        "Corvane Bio, Inc. relies on its advisers. In 2015, Ms. Roos became Chief Executive "
        "Officer of a hospital group."
    )
    assert events(text) == []
