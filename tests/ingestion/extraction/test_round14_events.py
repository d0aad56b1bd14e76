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


# A highlight cut at a line break keeps its plan words: the clause goes on below


def test_a_highlight_cut_at_a_line_break_is_a_plan_when_its_rest_says_so():
    text = release(
        "Corvane Bio Reports Full Year Results\n\n"
        "- Announced that topline data from the Phase 3 LUMA-2 trial of CV-12 is\n\n"
        "*expected in the second quarter -*\n\n"
        "Corvane Bio, Inc. reported its full year results."
    )
    assert [e[1] for e in events(text)] == []


def test_a_result_told_over_two_lines_is_a_plan_when_the_second_says_anticipated():
    text = release(
        "* Topline results from the Phase 2 study of OST-4 are\n"
        "anticipated in mid-2027\n\n"
        "Ostrel Labs AG reported quarterly results."
    )
    assert [e[1] for e in events(text)] == []


def test_a_highlight_cut_before_a_capitalised_line_stays_done():
    text = release(
        "Ostrel Labs AG reported quarterly results.\n\n"
        "- Completed enrolment in the Phase 2 study in\n\n"
        "Management will host a call."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


# The items of a list whose lead-in or heading tells plans are plans


def test_items_under_a_plan_lead_in_are_no_events():
    text = release(
        "Corvane Bio, Inc. reported its results.\n\n"
        "Together with its partner, the company plans to:\n\n"
        "* Announce topline data from the Phase 3 LUMA-2 trial of CV-12 in the first quarter\n"
        "* Initiate a Phase 2 trial of CV-14 in 2027"
    )
    assert [e[1] for e in events(text)] == []


def test_items_under_an_anticipated_milestones_heading_are_no_events():
    text = release(
        "Ostrel Labs AG reported its results.\n\n"
        "**Anticipated Milestones**\n\n"
        "- Completion of enrolment in the OST-4 Phase 2 study\n"
        "- Topline data from the OST-4 Phase 2 study"
    )
    assert [e[1] for e in events(text)] == []


def test_items_under_a_past_heading_stay_events():
    text = release(
        "Ostrel Labs AG reported its results.\n\n"
        "**Clinical Highlights**\n\n"
        "- Completed enrolment in the OST-4 Phase 2 study"
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_a_cut_highlight_rest_is_no_plan_heading_for_the_items_below():
    text = release(
        "Corvane Bio, Inc. reported its results.\n\n"
        "- Announced that topline data from the Phase 3 trial of CV-12 is\n\n"
        "*anticipated in 2027 -*\n\n"
        "- Initiated a Phase 1 trial of CV-19 in healthy volunteers -"
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


# A meeting the telling names without its year takes the year the headline writes into it


def test_the_headline_year_dates_a_meeting_named_by_its_acronym():
    text = release(
        "Corvane Bio, Inc. presented long-term CV-12 survival results at the Northbridge "
        'Network for Cancer Studies ("NNCS") meeting in Oslo, Norway.',
        title="Corvane Bio (NASDAQ: CRVB) Presents Survival Data at 2026 NNCS Meeting",
    )
    assert conferences(text) == [("conference", "2026")]


def test_the_headline_year_after_the_acronym_dates_the_meeting():
    text = release(
        "Ostrel Labs AG presented OST-4 biomarker data in a poster session at the HCS "
        "congress in Vienna.",
        title="Ostrel Labs Shares OST-4 Biomarker Data at HCS 2026",
    )
    assert conferences(text) == [("conference", "2026")]


def test_the_headline_year_of_another_meeting_does_not_date_the_telling():
    text = release(
        "Ostrel Labs AG (NYSE: OSTL) presented OST-4 biomarker data in a poster session at "
        "the HCS congress in Vienna.",
        title="Ostrel Labs (NYSE: OSTL) to Attend VCM 2026 Meeting",
    )
    assert conferences(text) == [("conference", None)]


# A news item's weekday dates the event it follows or opens, in the item's week
# (the release is dated Tuesday, June 2, 2026)


def test_a_debut_on_a_weekday_is_dated_in_the_items_week():
    text = release(
        "Corvane Bio, Inc. shares jumped 40 per cent in their Nasdaq trading debut on Friday."
    )
    assert [e for e in events(text) if e[1] == "listing"] == [
        ("Corvane Bio, Inc.", "listing", "2026-05-29")
    ]


def test_a_telling_that_opens_with_its_weekday_is_dated_that_day():
    text = release("On Tuesday, Ostrel Labs AG dosed the first patient in its Phase 2 trial.")
    assert events(text) == [("Ostrel Labs AG", "clinical_milestone", "2026-06-02")]


def test_the_weekday_a_teller_spoke_does_not_date_the_event():
    text = release(
        "Ostrel Labs AG said on Monday it had dosed the first patient in its Phase 2 trial."
    )
    assert events(text) == [("Ostrel Labs AG", "clinical_milestone", None)]


def test_the_weekday_a_teller_spoke_after_the_trigger_does_not_date_the_event():
    text = release("Ostrel Labs AG dosed its first patient in June, it announced on Monday.")
    assert events(text) == [("Ostrel Labs AG", "clinical_milestone", "2026-06")]
    text = release("Ostrel Labs AG has dosed its first patient, the company said on Monday.")
    assert events(text) == [("Ostrel Labs AG", "clinical_milestone", None)]


def test_a_weekday_told_well_before_the_trigger_does_not_date_it():
    text = release(
        "Corvane Bio, Inc. shares rose on Monday after the company said it completed "
        "enrolment in its Phase 3 LUMA-2 trial of CV-12."
    )
    assert events(text) == [("Corvane Bio, Inc.", "clinical_milestone", None)]


# A date in what a raise's money is for dates that plan, not the raise


def financings(text: str) -> list[tuple[str, str | None]]:
    return [(e[1], e[2]) for e in events(text) if e[1] == "financing"]


def test_a_year_in_the_money_purpose_does_not_date_the_raise():
    text = (
        "Corvane Bio Expands\n\nCorvane Bio, Inc., a cell therapy maker, is growing fast, "
        "securing $120 million in a Series C round to accelerate its expansion ahead of "
        "commercial production in 2029."
    )
    assert financings(text) == [("financing", None)]


def test_a_date_after_to_fund_does_not_date_the_raise():
    text = release(
        "Ostrel Labs AG raised $40 million in a private placement to fund its Phase 3 trial "
        "of OST-4 through December 2028."
    )
    assert financings(text) == [("financing", None)]


def test_a_date_before_the_money_purpose_still_dates_the_raise():
    text = release(
        "In May 2026, Ostrel Labs AG raised $40 million in a private placement to fund its "
        "Phase 3 trial of OST-4 through December 2028."
    )
    assert financings(text) == [("financing", "2026-05")]


# Money raised so far is a running total, not a raise the news tells


def test_has_raised_over_a_sum_is_no_financing():
    text = release(
        "Corvane Bio, Inc. signed a research pact with Ostrel Labs AG. The company has raised "
        "over $40 million, its chief executive said."
    )
    assert financings(text) == []


def test_has_raised_a_sum_since_inception_is_no_financing():
    text = release(
        "Since its inception, Ostrel Labs AG has raised $65 million since its founding from "
        "life-science investors."
    )
    assert financings(text) == []


def test_has_raised_a_sum_in_a_named_round_is_a_financing():
    text = release(
        "Ostrel Labs AG has raised more than $65 million in an oversubscribed Series B round."
    )
    assert financings(text) == [("financing", None)]


# A highlight told as a bare noun phrase of positive results is a trial step


def test_a_bullet_of_positive_results_from_a_trial_is_a_clinical_milestone():
    text = release(
        "Ostrel Labs AG reported its half-year results.\n\n"
        "Highlights:\n\n"
        "· Positive results from the OST-4 human challenge trial. The asset could treat severe "
        "influenza"
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_a_line_of_encouraging_interim_data_from_a_study_is_a_clinical_milestone():
    text = release(
        "Corvane Bio, Inc. reported its quarterly results.\n\n"
        "* Encouraging interim data from the Phase 2 LUMA study of CV-12"
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_positive_results_recapped_as_a_ground_mid_sentence_are_no_milestone():
    text = release(
        "Corvane Bio, Inc. said that based on positive results from the Phase 2 LUMA study of "
        "CV-12, it is preparing a Phase 3 programme."
    )
    assert [e[1] for e in events(text)] == []


# A telling of several coming meetings gives one conference per details block with its own day


def test_two_upcoming_investor_events_give_two_conferences():
    text = release(
        "Corvane Bio, Inc. (Nasdaq: CRVB) today announced that its CEO, Mara Lind, will present "
        "at two upcoming investor events:\n\n"
        "Northbridge 12th Annual Healthcare Conference\nDate/Time: June 9, 2026 at 9:00 a.m. ET\n"
        "Location: Boston\n\n"
        "Lakemoor Growth Conference\nDate/Time: June 24, 2026 at 1:30 p.m. ET\nLocation: Virtual"
    )
    assert conferences(text) == [("conference", "2026-06-09"), ("conference", "2026-06-24")]


def test_the_following_conferences_each_with_a_date_line_give_one_each():
    text = release(
        "Ostrel Labs AG today announced that management will present at the following "
        "conferences:\n\n"
        "Varden Biotech Summit\nDate: June 16, 2026\n\n"
        "Halden Investor Forum\nDate: June 30, 2026"
    )
    assert conferences(text) == [("conference", "2026-06-16"), ("conference", "2026-06-30")]


def test_one_meeting_with_two_date_lines_stays_one_conference():
    text = release(
        "Ostrel Labs AG today announced that its CEO will present at the Varden Biotech "
        "Summit.\n\nPresentation Date: June 16, 2026\n\nOne-on-one meeting date: June 17, 2026"
    )
    assert conferences(text) == [("conference", "2026-06-16")]


# A date in a "since" clause with its own subject dates that comparison, not the event


def test_a_since_clause_with_its_own_subject_does_not_date_the_event():
    text = release(
        "Corvane Bio, Inc. raised $80 million in its IPO. Corvane Bio drew the most retail "
        "orders for an IPO since the exchange changed its listing rules in 2019."
    )
    assert financings(text) == [("financing", None)]


def test_a_since_clause_of_another_company_does_not_date_a_financing():
    text = release(
        "Ostrel Labs AG closed a $30 million private placement, the largest since its rival "
        "completed a round in March 2024."
    )
    assert financings(text) == [("financing", None)]
