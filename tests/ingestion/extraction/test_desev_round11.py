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


# Clinical milestones told in news wording


def test_received_the_final_study_report_is_a_milestone():
    text = release(
        "Stellwerk Bio AG has received the final clinical study report for its Phase 2 trial of "
        "SW-44 in gout."
    )
    assert events(text) == [("Stellwerk Bio AG", "clinical_milestone", None)]
    other = release("Kaito Ltd (ASX:KTO) has received the final report for its phase IIa trial.")
    assert events(other) == [("Kaito Ltd", "clinical_milestone", None)]


def test_first_participant_received_a_dose_is_a_milestone():
    text = release(
        "Korvane ASA said the first participant in its Phase 1 study of KV-210 in plaque "
        "psoriasis received a dose on Monday."
    )
    assert [e[:2] for e in events(text)] == [("Korvane ASA", "clinical_milestone")]


def test_recruitment_finished_or_enrolment_closed_is_a_milestone():
    text = release(
        "Daeyang Bio said enrolment in its Phase 2 study of DY-12 in NASH closed ahead of "
        "schedule with 210 participants."
    )
    assert events(text) == [("Daeyang Bio", "clinical_milestone", None)]
    other = release(
        "Calderon Therapeutics said recruitment into the Phase 3 VERDANT trial of CT-9 has been "
        "finished."
    )
    assert events(other) == [("Calderon Therapeutics", "clinical_milestone", None)]


def test_enrolment_expected_to_be_completed_is_no_milestone():
    text = release(
        "Daeyang Bio said enrolment in its Phase 3 trial of DY-12 is expected to be completed "
        "in 2027."
    )
    assert events(text) == []


def test_announced_the_initiation_of_a_trial_is_a_milestone():
    text = release(
        "Marlow Therapeutics, Inc. (Nasdaq: MRLW) today announced the initiation of its Phase 2 "
        "trial of MT-5 in lupus nephritis."
    )
    assert [e[:2] for e in events(text)] == [("Marlow Therapeutics, Inc.", "clinical_milestone")]


def test_final_data_showed_is_a_milestone():
    text = release(
        "Brightwater Bio said final data from its Phase 2 study of BW-3 showed a 40% reduction "
        "in seizures."
    )
    assert events(text) == [("Brightwater Bio", "clinical_milestone", None)]


# Designations: the product named only in the sentence before


def test_designations_granted_in_the_next_sentence_belong_to_its_product():
    text = release(
        "Tavira Bio is developing TV-101 for sickle cell disease. Both Fast Track and Orphan Drug "
        "designations were granted by the FDA in 2025."
    )
    assert sorted(designations(text)) == [
        ("TV-101", "FDA", "fast_track", "granted"),
        ("TV-101", "FDA", "orphan_drug", "granted"),
    ]


def test_a_designation_granted_opening_the_next_sentence_belongs_to_its_product():
    text = release(
        "Tavira Bio is developing TV-101 for sickle cell disease. Orphan Drug Designation was "
        "granted by the European Commission in March 2025."
    )
    assert designations(text) == [("TV-101", "EMA", "orphan_drug", "granted")]


# Designations: a rival's product history told as background


def test_a_rivals_approval_in_a_relative_clause_is_no_designation():
    text = release(
        "Nordhelm AG's drug NH-3 will compete with Ortalix, which won FDA approval in 2021 and EU "
        "approval in 2022."
    )
    assert designations(text) == []


def test_a_reference_drug_from_another_company_is_no_designation():
    text = release(
        "Ashgrove Pharma's AG-5 targets the same receptor as Venzora, a drug from Corvane that "
        "was approved by the FDA in 2019."
    )
    assert designations(text) == []


def test_the_products_own_grant_in_a_relative_clause_is_still_told():
    text = release(
        "Lantern Bio said LB-3, which received Fast Track designation from the FDA in 2025, met "
        "its primary endpoint."
    )
    assert designations(text) == [("LB-3", "FDA", "fast_track", "granted")]


# Designations: approvals listed by country


def test_a_country_list_keeps_going_past_countries_with_no_named_regulator():
    text = release(
        "Glenwood Pharma said GL-301 has been approved and is marketed in Australia, the Czech "
        "Republic, Poland, South Africa, the United Kingdom, and Uzbekistan."
    )
    assert sorted(d[1] for d in designations(text)) == ["MHRA", "TGA", "other"]
    other = release("Glenwood Pharma said GL-301 has been approved in Japan, Poland and the UK.")
    assert sorted(d[1] for d in designations(other)) == ["MHRA", "PMDA", "other"]


def test_a_new_drug_submission_accepted_by_health_canada_is_a_filing():
    text = release(
        "Glenwood Pharma said Health Canada has accepted for review its New Drug Submission for "
        "GL-301."
    )
    assert designations(text) == [("GL-301", "Health Canada", "approval", "accepted")]


# Conferences: scheduled talks in other words


def test_scheduled_to_present_at_a_named_conference_is_a_conference():
    text = release(
        "Northhaven Biosciences Inc. is scheduled to present at the Harbor Healthcare Conference "
        "on September 8, 2026."
    )
    assert events(text) == [("Northhaven Biosciences Inc.", "conference", "2026-09-08")]


def test_taking_part_in_a_panel_or_hosting_investor_meetings_is_a_conference():
    text = release(
        "Northhaven Biosciences Inc. will take part in a panel discussion at the Harbor "
        "Healthcare Conference on September 8, 2026."
    )
    assert events(text) == [("Northhaven Biosciences Inc.", "conference", "2026-09-08")]
    other = release(
        "Quarrow Bio, Inc. will host one-on-one meetings with investors at the Ridge Life "
        "Sciences Summit on September 15, 2026."
    )
    assert events(other) == [("Quarrow Bio, Inc.", "conference", "2026-09-15")]


def test_a_poster_to_be_displayed_at_a_named_congress_is_a_conference():
    text = release(
        "Sakuragi Pharma said a poster describing SK-9 data will be displayed at the Ridge "
        "Oncology Congress in Lisbon on October 2, 2026."
    )
    assert events(text) == [("Sakuragi Pharma", "conference", "2026-10-02")]


def test_two_investor_conferences_named_after_a_colon_are_a_conference():
    text = release(
        "Northhaven Biosciences Inc. announced its CEO will present a corporate overview at two "
        "investor conferences in September: the Harbor Healthcare Conference on September 8 and "
        "the Ridge Life Sciences Summit on September 15."
    )
    assert [e[:2] for e in events(text)] == [("Northhaven Biosciences Inc.", "conference")]


# Trial clearances by national regulators


def test_a_national_regulator_clears_a_trial_application():
    text = release(
        "Isarion GmbH said the Paul-Ehrlich-Institut approved its clinical trial application for "
        "IS-400, and the company plans to open sites in Germany."
    )
    assert designations(text) == [("IS-400", "other", "ind_clearance", "granted")]


def test_the_taiwan_fda_is_not_the_fda_and_its_approval_clears_the_ind():
    text = release(
        "The FDA cleared the IND for TW-210 in 2023. The IND was then submitted to the Taiwan FDA, "
        "and the approval was received on January 4, 2024."
    )
    found = {(d["drug"], d["agency"], d["type"], d["date"]) for d in extract(text)["designations"]}
    assert ("TW-210", "other", "ind_clearance", "2024-01-04") in found
    assert not any(d[2] == "approval" for d in found)


def test_two_upcoming_investor_events_listed_below_are_a_conference():
    text = release(
        "Northhaven Biosciences Inc. today announced that its CEO, Anna Berg, will present at two "
        "upcoming investor events:\nHarbor Healthcare Conference\nDate: September 8, 2026\n"
        "Ridge Virtual Growth Conference\nDate: September 25, 2026\n"
    )
    # round 14: each of the two events listed, with its own day, is a conference
    assert events(text) == [
        ("Northhaven Biosciences Inc.", "conference", "2026-09-08"),
        ("Northhaven Biosciences Inc.", "conference", "2026-09-25"),
    ]


def test_a_biography_of_investor_events_is_no_conference():
    text = release(
        "Anna Berg, who joined Northhaven Biosciences Inc. in 2020, has presented at many "
        "investor events."
    )
    assert events(text) == []


# Clinical milestones: more news verbs


def test_kicked_off_a_trial_is_a_milestone():
    text = release("Pellion Therapeutics has kicked off a Phase 2 trial of PL-55 in colitis.")
    assert events(text) == [("Pellion Therapeutics", "clinical_milestone", None)]
    plan = release("Pellion Therapeutics plans to kick off a Phase 2 trial of PL-55 next year.")
    assert events(plan) == []


def test_first_cohort_dosed_or_dosing_completed_is_a_milestone():
    text = release(
        "Veyra Bio said the first cohort of patients has been dosed in its Phase 1 study of VB-9."
    )
    assert events(text) == [("Veyra Bio", "clinical_milestone", None)]
    other = release(
        "Quill Therapeutics has completed dosing in the single ascending dose part of its "
        "Phase 1 trial of QT-3."
    )
    assert events(other) == [("Quill Therapeutics", "clinical_milestone", None)]


def test_the_last_patient_completing_the_final_visit_is_a_milestone():
    text = release(
        "Kinsale Bio said the last patient completed the final visit in its Phase 2b trial of KB-8."
    )
    assert events(text) == [("Kinsale Bio", "clinical_milestone", None)]


def test_hit_its_primary_goal_or_both_co_primary_endpoints_is_a_milestone():
    text = release("Auralis Pharma AG said its Phase 3 study of AU-12 hit its primary goal.")
    assert events(text) == [("Auralis Pharma AG", "clinical_milestone", None)]
    other = release(
        "Brenna Bio's pivotal study of BB-5 succeeded, meeting both co-primary endpoints."
    )
    assert events(other) == [("Brenna Bio", "clinical_milestone", None)]
    hope = release("Brenna Bio believes the Phase 3 trial of BB-5 will hit its primary goal.")
    assert events(hope) == []


def test_started_recruiting_patients_is_a_milestone():
    text = release("Tessin AB has started recruiting patients for a Phase 2 study of TS-4.")
    assert events(text) == [("Tessin AB", "clinical_milestone", None)]


# Designations in news words


def test_breakthrough_status_is_a_breakthrough_therapy_designation():
    text = release("The FDA granted Ruvane Bio's RV-220 breakthrough status last week.")
    assert designations(text) == [("RV-220", "FDA", "breakthrough_therapy", "granted")]
    hope = release("Ruvane Bio said RV-220 could win breakthrough status from the FDA.")
    assert designations(hope) == []


def test_an_application_to_market_accepted_for_review_is_a_filing():
    text = release(
        "Ruvane Bio's application to market RV-220 was accepted for review by the FDA, with a "
        "decision due in March."
    )
    assert designations(text) == [("RV-220", "FDA", "approval", "accepted")]


# Trial clearances in several countries in one sentence


def test_a_cta_authorised_by_one_agency_after_an_ind_cleared_by_another_gives_both():
    text = release(
        "Kestrel Bio said the UK's MHRA authorised its clinical trial application for KB-12, "
        "following IND clearance from the FDA in May."
    )
    assert sorted(d[1] for d in designations(text)) == ["FDA", "MHRA"]
    assert {d[2] for d in designations(text)} == {"ind_clearance"}


# Leadership: a post named only as the company's leader


def test_tapped_to_be_its_next_leader_is_a_leadership_change():
    text = release(
        "Belgium-based Halvora announced Wednesday that it has tapped Jan Peeters to be its next "
        "leader."
    )
    assert [e[:2] for e in events(text)] == [("Halvora", "leadership")]
    other = release("Halvora has tapped Jan Peeters as a thought leader for its podcast.")
    assert events(other) == []


def test_the_primary_endpoint_has_been_met_is_a_milestone():
    text = release(
        "Varno A/S today announced that the primary endpoint has been met for the pivotal trial "
        "of VR-1 in lymphoma."
    )
    assert [e[:2] for e in events(text)] == [("Varno A/S", "clinical_milestone")]
    hope = release("Varno A/S expects that the primary endpoint will be met.")
    assert events(hope) == []
