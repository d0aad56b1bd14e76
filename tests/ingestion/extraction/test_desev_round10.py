"""Designations and events, round 10: wordings found by trying new invented releases. Events:
leadership news verbs ("tapped X as CEO", "names X CEO", "welcomed X to its board", "will join
... as CMO", "will be stepping down"), an appointment "effective June 15" in a "today announced"
release, a person's former employer that is no subject, trial steps in other words ("completed
patient recruitment", "fully enrolled", "the last patient has been dosed", "randomized the first
patient", "hit the main goal"), listings ("admitted to trading on AIM", "transferred its
listing", "first day of trading"), grants and loans "landed" or "obtained", a Series B
extension, a research centre "unveiled". Every company and product name here is invented."""

from apps.ingestion.extraction import extract


def events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["company"], e["type"], e["date"]) for e in extract(text)["events"]]


def release(body: str, title: str = "Company Update") -> str:
    return f"{title}\n\nLEEDS, June 2, 2026 /PRNewswire/ -- {body}"


# Leadership: news verbs, future and progressive changes, dates


def test_tapped_as_ceo_is_a_leadership_change():
    text = release("Orrin Bio Inc. has tapped industry veteran Mark Olsen to lead it as CEO.")
    assert events(text) == [("Orrin Bio Inc.", "leadership", None)]


def test_welcomed_to_its_board_is_a_leadership_change():
    text = release("Tessaly Pharma plc welcomed Priya Nair to its board of directors.")
    assert events(text) == [("Tessaly Pharma plc", "leadership", None)]


def test_names_x_ceo_is_a_leadership_change():
    text = release("Kelvora Therapeutics Inc. names Anna Berg CEO after a six-month search.")
    assert events(text) == [("Kelvora Therapeutics Inc.", "leadership", None)]


def test_added_or_welcome_in_a_quotation_is_no_leadership_change():
    text = release(
        'Kelvora Therapeutics Inc. reported sales of its inhaler. "We welcome the growth," '
        "added Anna Berg, Chief Executive Officer of Kelvora Therapeutics Inc."
    )
    assert [e for e in events(text) if e[1] == "leadership"] == []


def test_person_who_will_join_is_no_unknown_company():
    text = release(
        "Marlow Genomics Ltd announced that Dr. Kenji Mori will join the company as Chief "
        "Medical Officer on June 15, 2026."
    )
    assert events(text) == [("Marlow Genomics Ltd", "leadership", "2026-06-15")]


def test_will_be_stepping_down_is_the_change_announced():
    text = release(
        "Darrow Biologics Inc. announced that its Chief Executive Officer, Tom Berg, will be "
        "stepping down from his role at the end of the year."
    )
    assert events(text) == [("Darrow Biologics Inc.", "leadership", None)]


def test_effective_date_dates_a_today_announced_appointment():
    text = release(
        "Velorum Therapeutics, Inc. today announced that its Board of Directors has appointed "
        "Anika Shah, M.D., as Chief Executive Officer, effective June 15, 2026."
    )
    assert events(text) == [("Velorum Therapeutics, Inc.", "leadership", "2026-06-15")]


def test_former_employer_is_not_the_subject_of_the_appointment():
    text = release(
        "Halden Bio Inc. today announced that Ryan Vale, formerly CEO of Corlo Inc., has joined "
        "the Company as its new CEO and will lead the development of HD-2."
    )
    assert events(text) == [("Halden Bio Inc.", "leadership", None)]


def test_partner_named_after_reporting_verb_keeps_its_own_event():
    text = release("Halden Bio Inc. announced that its partner Corlo Inc. has appointed a new CEO.")
    assert events(text) == [("Corlo Inc.", "leadership", None)]


# Trial steps


def test_completed_patient_recruitment_is_a_trial_step():
    text = release(
        "Harbourne Pharma plc has completed recruitment into its Phase 3 ORCHID trial of HP-5."
    )
    assert events(text) == [("Harbourne Pharma plc", "clinical_milestone", None)]


def test_fully_enrolled_is_a_trial_step_but_to_be_fully_enrolled_is_a_plan():
    done = release("Quarro Bio Inc. has fully enrolled its Phase 3 trial of QB-9.")
    assert events(done) == [("Quarro Bio Inc.", "clinical_milestone", None)]
    plan = release("Quarro Bio Inc. said its Phase 3 trial should be fully enrolled by June.")
    assert events(plan) == []


def test_on_pace_is_a_plan():
    text = release("Quarro Bio Inc. is on pace to report topline results from QB-9 in the fall.")
    assert events(text) == []


def test_last_patient_dosed_is_a_trial_step():
    text = release(
        "Sollen Bio AB said the last patient has been dosed in its Phase 1 trial of SL-4."
    )
    assert events(text) == [("Sollen Bio AB", "clinical_milestone", None)]


def test_randomized_the_first_patient_is_a_trial_step():
    text = release("Tarrow Bio, Inc. has randomized the first patient in its Phase 3 KITE study.")
    assert events(text) == [("Tarrow Bio, Inc.", "clinical_milestone", None)]


def test_hit_the_main_goal_of_a_trial_is_a_trial_step():
    text = release("Rellis Pharma AG said RP-2 hit the main goal of its late-stage trial.")
    assert events(text) == [("Rellis Pharma AG", "clinical_milestone", None)]


# Listings


def test_admitted_to_trading_on_aim_is_a_listing_dated_by_its_day():
    text = release(
        "Vireo Genomics plc's ordinary shares were admitted to trading on AIM on May 29, 2026."
    )
    assert events(text) == [("Vireo Genomics plc", "listing", "2026-05-29")]


def test_transferred_listing_is_a_listing():
    text = release("Corrowin Health Inc. has transferred its listing to the Nasdaq Global Market.")
    assert events(text) == [("Corrowin Health Inc.", "listing", None)]


def test_first_day_of_trading_is_a_listing():
    text = release("Shares of Aelstan Bio Inc. rose 40% in their first day of trading on Nasdaq.")
    assert events(text) == [("Aelstan Bio Inc.", "listing", None)]


# Financings and facilities


def test_landed_grant_is_a_financing():
    text = release("Pellion Therapeutics Inc. landed a $2 million grant from a patient foundation.")
    assert [(e["type"], e["amount"]) for e in extract(text)["events"]] == [
        ("financing", {"amount": 2000000, "currency": "USD"})
    ]


def test_awarded_a_grant_with_an_article_is_a_financing():
    text = release("Marrow Ridge Ltd has been awarded a £3 million Innovate UK grant.")
    assert [(e["type"], e["amount"]) for e in extract(text)["events"]] == [
        ("financing", {"amount": 3000000, "currency": "GBP"})
    ]


def test_obtained_loan_in_hong_kong_dollars_is_a_financing():
    text = release("Haiyue Medical Ltd said it has obtained a HK$800 million loan from banks.")
    assert [(e["type"], e["amount"]) for e in extract(text)["events"]] == [
        ("financing", {"amount": 800000000, "currency": "HKD"})
    ]


def test_series_extension_is_a_financing():
    text = release("Norwyn Bio, Inc. has completed a Series B extension, bringing in $25 million.")
    assert events(text) == [("Norwyn Bio, Inc.", "financing", None)]


def test_unveiled_research_centre_is_a_facility():
    text = release("Taiyo Pharma Co., Ltd. unveiled its new research centre in Osaka.")
    assert events(text) == [("Taiyo Pharma Co., Ltd.", "facility", None)]
