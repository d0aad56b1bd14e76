"""Events: conference presentations, completed trial steps, IPOs, financing rounds, plans.

Every company, meeting and product name here is invented.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.events import find_events
from apps.ingestion.extraction.text import analyse

from .event_helpers import events


def release(body: str, headline: str = "Corlan update") -> str:
    return f"{headline}\n\nPARIS, March 3, 2025 /PRNewswire/ -- {body}\n"


def test_a_presentation_at_a_named_meeting_is_a_conference_event():
    found = events(
        release(
            "In December, Corlan Therapeutics SA presented positive data from its Phase 1 trial "
            "of CRL-204 at the 2024 Northbridge Society of Hematology Annual Meeting."
        )
    )
    assert "conference" in found


def test_results_presented_as_an_oral_report_are_a_conference_event():
    found = events(
        release(
            "Results from the Phase 2 study of CRL-204 were presented as an oral report by "
            "Corlan Therapeutics SA investigators."
        )
    )
    assert "conference" in found


def test_data_presented_without_a_meeting_is_not_a_conference():
    found = events(release("The latest data, presented in January, confirm the responses."))
    assert "conference" not in found


def test_a_planned_presentation_is_not_an_event():
    found = events(
        release(
            "Corlan Therapeutics SA will present new data at the Eastbay Oncology Congress in June."
        )
    )
    assert "conference" not in found


def test_first_patient_dosed_is_a_clinical_milestone():
    found = events(
        release(
            "Corlan Therapeutics SA announced the launch of a new clinical trial of CRL-204 and "
            "the dosing of the first patient."
        )
    )
    assert "clinical_milestone" in found


def test_completed_enrolment_and_a_started_trial_are_clinical_milestones():
    for body in (
        "Corlan Therapeutics SA has completed enrollment in its Phase 2 study of CRL-204.",
        "Corlan Therapeutics SA initiated a phase three clinical trial of CRL-204 in gout.",
        "The Phase 1 trial of CRL-204 was completed in October 2024.",
    ):
        assert "clinical_milestone" in events(release(body)), body


def test_an_expected_trial_step_is_not_an_event():
    found = events(
        release("Corlan Therapeutics SA expects to complete enrollment in the CRL-204 study.")
    )
    assert "clinical_milestone" not in found


def test_an_ipo_is_a_financing_and_a_listing():
    result = extract(
        release(
            "Corlan Therapeutics SA announced the closing of its initial public offering, "
            "raising gross proceeds of $120 million. Its shares began trading on the Nasdaq "
            "Global Market on February 14, 2025."
        )
    )
    kinds = {e["type"]: e for e in result["events"]}
    assert kinds["financing"]["amount"] == {"amount": 120000000, "currency": "USD"}
    assert kinds["listing"]["date"] == "2025-02-14"


def test_a_series_round_and_a_public_award_are_financing_events():
    for body, amount in (
        (
            "Corlan Therapeutics SA said it had raised $15.5 million in a Series A financing.",
            15500000,
        ),
        (
            "Corlan Therapeutics SA has received a partial payment of EUR 400,000 from the "
            "Westland Innovation Council under its accelerator program.",
            400000,
        ),
    ):
        found = events(release(body))
        assert found["financing"].amount["amount"] == amount, body


def test_a_laboratory_relocation_is_a_facility_event():
    found = events(
        release(
            "Corlan Therapeutics SA today announced the relocation of its headquarters and "
            "laboratory operations to new facilities in Lyon."
        )
    )
    assert "facility" in found


def test_each_event_carries_its_rule_and_confidence():
    result = extract(release("Corlan Therapeutics SA completed enrollment in its CRL-204 study."))
    assert result["events"]
    for item in result["events"]:
        assert item["rule"] == f"event.{item['type']}"
        assert 0 < item["confidence"] <= 1


def all_events(text: str, published: str = "2025-03-03") -> list:
    from apps.ingestion.extraction.dates import to_date

    return find_events(analyse(text), to_date(published), published)


def test_recap_lines_with_their_own_dates_are_several_events():
    found = all_events(
        release(
            "Corporate highlights:\n"
            "* On May 6, 2024, the Company appointed Ada Brill as its Chief Financial Officer.\n"
            "* On August 19, 2024, the Company announced appointment of Ivo Stern as Chief "
            "Operating Officer.\n"
            "* On January 9, 2025, the Company closed a private placement for gross proceeds of "
            "$2,400,000.\n"
            "* On February 2, 2025, the Company closed its registered direct offering for gross "
            "proceeds of $5,100,000.\n"
        )
    )
    leadership = sorted(e.date for e in found if e.type == "leadership")
    financing = sorted((e.date, e.amount["amount"]) for e in found if e.type == "financing")
    assert leadership == ["2024-05-06", "2024-08-19"]
    assert financing == [("2025-01-09", 2400000), ("2025-02-02", 5100000)]


def test_one_financing_told_twice_without_a_recap_date_is_one_event():
    found = all_events(
        release(
            "Corlan Therapeutics SA today announced it raised $40 million in a Series B "
            "financing. The financing round was closed on February 27, 2025, the company said."
        )
    )
    assert [e.type for e in found].count("financing") == 1


def test_two_kinds_of_trial_step_are_two_clinical_milestones_and_one_step_told_twice_is_one():
    found = all_events(
        release(
            "Corlan Therapeutics SA completed enrollment in its Phase 2 study of CRL-204. "
            "Enrollment was completed ahead of plan. It also initiated patient enrollment in "
            "the Phase 1 study of CRL-310."
        )
    )
    assert [e.type for e in found].count("clinical_milestone") == 2


def test_a_step_dated_after_the_release_is_a_plan_and_a_planned_date_is_not_the_event_date():
    found = all_events(
        release(
            "Corlan Therapeutics SA will complete the study. Topline results from the Phase 3 "
            "trial of CRL-204 in 2027.\n"
            "Corlan Therapeutics SA completed enrollment in the Phase 3 trial of CRL-204 in adults "
            "with gout, with topline data expected in 2025."
        )
    )
    clinical = [e for e in found if e.type == "clinical_milestone"]
    assert len(clinical) == 1
    assert clinical[0].date is None


def test_an_announced_departure_is_a_leadership_event_dated_by_its_effective_day():
    found = all_events(
        release(
            "Corlan Therapeutics SA said that Mara Lind will step down from its Board of "
            "Directors, effective March 31, 2025.",
        ),
        published="2025-03-03",
    )
    leadership = [e for e in found if e.type == "leadership"]
    assert [e.date for e in leadership] == ["2025-03-31"]


def test_a_day_named_after_today_announced_dates_the_event():
    found = events(
        release(
            "Corlan Therapeutics SA today announced that on February 24, 2025, it received a "
            "notice from the Nasdaq Listing Qualifications Department about continued listing "
            "requirements."
        )
    )
    assert found["listing"].date == "2025-02-24"


def test_a_presentation_without_a_date_takes_the_year_in_the_meeting_name():
    found = events(
        release(
            "The data were presented by Lena Ortiz, M.D., in an oral presentation titled "
            "“Durable responses” at Retina Vision Days 2024."
        )
    )
    assert found["conference"].date == "2024"


def test_a_share_price_is_not_the_amount_raised():
    found = events(
        release(
            "On January 14, 2025, Corlan Therapeutics SA closed its private placement of "
            "1,000,000 common shares at a price of $1.20 per Common Share for gross proceeds "
            "of $1,200,000."
        )
    )
    assert found["financing"].amount == {"amount": 1200000, "currency": "USD"}


def test_financing_wordings_and_a_verb_placing_that_is_not_one():
    for body, expected in (
        ("In November 2024, Corlan SA completed a financing of up to $12 million.", True),
        ("Corlan SA announced that it has secured a $3 million revolving loan agreement.", True),
        ("By placing our chemists in Lyon we are positioning Corlan SA for growth.", False),
    ):
        assert ("financing" in events(release(body))) is expected, body


def test_listing_wordings_and_a_listed_group_described_in_passing():
    for body, expected in (
        (
            "The exchange approved the listing of the company's 42,500,000 H shares on Monday.",
            True,
        ),
        ("Corlan Bio will make its trading debut on the exchange on Friday, May 9.", True),
        ("Corlan is an international group listed on the Paris Stock Exchange.", False),
    ):
        assert ("listing" in events(release(body))) is expected, body


def test_results_announced_and_then_presented_at_a_meeting_are_a_conference_only():
    found = events(
        release(
            "Corlan Therapeutics SA today announced positive interim data from the Phase 2 trial "
            "of CRL-204. The data were presented in a poster presentation at the Nordic Eye "
            "Meeting."
        )
    )
    assert "conference" in found
    assert "clinical_milestone" not in found


def test_results_announced_from_a_trial_are_a_clinical_milestone():
    found = events(
        release(
            "In October 2024, Corlan Therapeutics SA announced positive results from its Phase 2a "
            "challenge study of CRL-204 in healthy adults."
        )
    )
    assert found["clinical_milestone"].date == "2024-10"


def test_a_discontinued_trial_and_a_study_start_are_clinical_milestones_of_the_teller():
    result = extract(
        "Velmora Halts Kidney Vaccine Trial\n\n"
        "Velmora said it would discontinue its phase 3 trial of a kidney vaccine.\n\n"
        "The vaccine was developed with Arkon Biologics AG. The study was initiated in March "
        "2022, Velmora said.\n"
    )
    clinical = [e for e in result["events"] if e["type"] == "clinical_milestone"]
    assert {e["company"] for e in clinical} == {"Velmora"}
    assert sorted(e["date"] or "" for e in clinical) == ["", "2022-03"]


def test_a_trial_steps_partner_drug_and_trial_label_are_not_listed_drugs():
    result = extract(
        release(
            "The Phase 2 combination trial in gastric cancer (KX-014) evaluating CRL-204 in "
            "combination with cisplatin was completed in October 2024."
        )
    )
    assert [d["name"] for d in result["drugs"]] == ["CRL-204"]


# ------------------------------------------------- scheduled presentations, GMP, other companies


def with_companies(text: str, published: str = "2025-03-03") -> list:
    """find_events given the release's companies, as the pipeline can pass them."""
    from apps.ingestion.extraction.dates import to_date
    from apps.ingestion.extraction.entities import find_entities

    doc = analyse(text)
    return find_events(doc, to_date(published), published, find_entities(doc))


def test_a_poster_scheduled_at_a_named_meeting_is_dated_by_its_details_line():
    found = all_events(
        release(
            "Corlan Therapeutics SA today announced that an abstract on CRL-204 has been accepted "
            "for a poster presentation at the 2025 Eastbay Oncology Congress in Denver.\n\n"
            "Poster details:\nTitle: Durable responses with CRL-204\n"
            "Session Date: Saturday, March 15, 2025\n"
        )
    )
    conference = [e for e in found if e.type == "conference"]
    assert [e.date for e in conference] == ["2025-03-15"]


def test_a_scheduled_talk_at_a_named_meeting_on_a_stated_day_is_news_and_a_vague_one_is_not():
    scheduled = all_events(
        release(
            "New Phase 2 data for CRL-204 will be presented in an oral session at the Lakeside "
            "Kidney Week on April 4, 2025."
        )
    )
    assert [(e.type, e.date) for e in scheduled] == [("conference", "2025-04-04")]
    talk = all_events(
        release(
            "Corlan Therapeutics SA will present 52-week results for CRL-204 at the Lakeside "
            "Kidney Congress on April 5, 2025."
        )
    )
    assert [(e.type, e.date) for e in talk] == [("conference", "2025-04-05")]
    investor = all_events(
        release(
            "Corlan SA's chief executive will speak on a panel at the Harbor Healthcare "
            "Conference, held April 10–12, 2025."
        )
    )
    assert [(e.type, e.date) for e in investor] == [("conference", "2025-04-10")]
    vague = all_events(
        release("Corlan SA will present data at an upcoming medical meeting on May 9, 2025.")
    )
    assert vague == []


def test_a_spelled_out_gmp_inspection_is_dated_by_the_month_its_days_share():
    found = events(
        release(
            "Irish inspectors ran a Good Manufacturing Practice inspection of "
            "the Cork plant of Corlan Therapeutics SA between Jan. 13, 2025, and Jan. 17, 2025."
        )
    )
    assert found["gmp_inspection"].date == "2025-01"


def test_a_passed_inspection_with_no_observations_is_a_gmp_inspection():
    for body in (
        "Corlan Therapeutics SA said its Lyon site passed the agency's pre-approval review and "
        "inspection in February 2025.",
        "The audit of the Lyon site of Corlan Therapeutics SA closed with zero observations.",
    ):
        assert "gmp_inspection" in events(release(body)), body


def test_a_financing_in_a_canadian_dollar_release_is_in_cad():
    found = events(
        release(
            "All amounts are expressed in Canadian dollars. On January 9, 2025, Corlan "
            "Therapeutics Inc. closed a private placement for gross proceeds of $2,400,000."
        )
    )
    assert found["financing"].amount == {"amount": 2400000, "currency": "CAD"}


def test_a_financing_reported_for_a_partner_is_the_partners():
    result = with_companies(
        release(
            "Corlan Therapeutics SA today announced that its partner Velmora Bio Inc. closed a "
            "$40 million Series B financing. Corlan holds 12% of Velmora Bio Inc."
        )
    )
    financing = [e for e in result if e.type == "financing"]
    assert [e.subject.name for e in financing] == ["Velmora Bio Inc."]


def test_the_pipeline_gives_a_partners_financing_to_the_partner():
    """extract() passes the release's companies to find_events: the partner's round is the
    partner's event, not the teller's."""
    result = extract(
        release(
            "Halloran Biosciences Ltd today announced that its partner Quistel Pharma Inc. "
            "closed a $25 million Series A financing. Halloran holds a minority stake."
        )
    )
    assert [(e["company"], e["type"]) for e in result["events"]] == [
        ("Quistel Pharma Inc.", "financing")
    ]


def test_each_company_of_a_recap_keeps_its_own_event_of_one_kind():
    found = with_companies(
        release(
            "Portfolio highlights:\n"
            "* In October 2024, Velmora Bio Inc. presented interim Phase 2 results for VB-22 at "
            "the Lakeside Neurology Conference.\n"
            "* In November 2024, Corlan Therapeutics SA presented CRL-204 data at the Eastbay "
            "Oncology Congress.\n"
            "* In December 2024, Velmora Bio Inc. presented further VB-22 data at the Northbridge "
            "Neurology Meeting.\n"
            "* In January 2025, Corlan Therapeutics SA closed a $10 million public offering. "
            "Tarsis Securities LLC acted as sole placement agent for the offering.\n"
        )
    )
    conference = [(e.subject.name, e.date) for e in found if e.type == "conference"]
    assert conference == [("Velmora Bio Inc.", "2024-10"), ("Corlan Therapeutics SA", "2024-11")]
    financing = [e.subject.name for e in found if e.type == "financing"]
    assert financing == ["Corlan Therapeutics SA"]


def test_an_abstract_accepted_for_presentation_at_a_meeting_is_a_conference_event():
    found = all_events(
        release(
            "Corlan Therapeutics SA said its abstract on CRL-204 was selected for presentation "
            "at the Westlake Liver Meeting on May 9, 2025."
        )
    )
    assert [(e.type, e.date) for e in found] == [("conference", "2025-05-09")]


def test_an_about_line_opening_with_its_own_date_is_an_event_and_the_description_is_not():
    found = all_events(
        release(
            "Corlan Therapeutics SA today reported its annual results.\n\n"
            "About Corlan Therapeutics\n"
            "Corlan Therapeutics SA completed enrollment in its Phase 2 trial of CRL-310 and is "
            "based in Lyon. In February 2025, Corlan Therapeutics SA announced that its Phase 3 "
            "trial of CRL-204 met its primary endpoint, Corlan reported.\n"
        )
    )
    assert [(e.type, e.date) for e in found] == [("clinical_milestone", "2025-02")]


# ------------------------------------------------------- IPO pricing, trial outcomes, wording


def test_an_ipo_pricing_takes_the_proceeds_sentence_and_the_expected_first_trading_day():
    found = events(
        release(
            "Corlan Therapeutics SA set the price of its initial public offering at $15.00 a "
            "share for 4,000,000 shares. Before fees, gross proceeds to Corlan should come to "
            "about $60.0 million. Corlan's shares are expected to begin trading on the Nasdaq "
            "Global Market on March 4, 2025."
        )
    )
    assert found["financing"].amount == {"amount": 60000000, "currency": "USD"}
    assert found["listing"].date == "2025-03-04"


def test_trial_outcomes_and_starts_in_other_words_are_clinical_milestones():
    for body in (
        "Corlan SA said its late-stage gout trial of CRL-204 failed last month.",
        "The Phase 3 study of CRL-204 did not meet its primary endpoint.",
        "Corlan SA reported completion of its Phase 1a safety trial of CRL-204 in volunteers.",
        "The Phase 1 trial of CRL-204 met all primary endpoints, Corlan SA said.",
        "At week 12, CRL-204 reached the primary study endpoints of its phase 3 study.",
        "Corlan SA's Phase 3 trial of CRL-204 has dosed its first patient at a site in Lyon.",
        "In Japan, the first patient in the CRL-204 study has already been dosed.",
        "Corlan SA has completed its Phase 2a dose-finding study of CRL-204 in gout.",
        "Corlan SA initiated a second Phase 3 study of CRL-204, this time in adolescents.",
        "The Phase 1 trial of CRL-204 is now enrolling patients with solid tumors.",
    ):
        assert "clinical_milestone" in events(release(body)), body


def test_a_previously_completed_study_named_in_passing_is_no_milestone():
    body = (
        "Corlan SA published an article on results from a previously completed Phase I/II "
        "clinical study of CRL-204."
    )
    assert "clinical_milestone" not in events(release(body))


def test_an_amount_then_raised_is_a_financing():
    found = events(release("Cash was $5.1 million at June 30, plus $1.4 million raised in July."))
    assert found["financing"].amount == {"amount": 1400000, "currency": "USD"}


def test_helpers_named_in_an_opening_phrase_are_not_the_events_subject():
    result = extract(
        release(
            "Corlan Therapeutics SA today reported progress. Run jointly with Velmora Bio Inc., "
            "the CRL-204 Phase 1 study opened its sites and is now enrolling patients."
        )
    )
    clinical = [e["company"] for e in result["events"] if e["type"] == "clinical_milestone"]
    assert clinical == ["Corlan Therapeutics SA"]


def test_each_item_of_a_semicolon_list_names_its_own_events_subject():
    result = extract(
        release(
            "Partner news during the quarter: Velmora Bio Inc. won NMPA approval for CRL-207; "
            "Tarsis Pharma Inc. began a Phase 3 trial of CRL-310."
        )
    )
    clinical = [e["company"] for e in result["events"] if e["type"] == "clinical_milestone"]
    assert clinical == ["Tarsis Pharma Inc."]


def test_a_staff_cut_is_an_other_event_and_a_cost_restructuring_is_not():
    cut = events(
        release(
            "Corlan Therapeutics SA has reduced its workforce by about 30% to focus on its lead "
            "program."
        )
    )
    assert "other" in cut
    assert "other" not in events(
        release("Corlan SA agreed a restructuring of its bank debt with its lenders.")
    )


def test_a_completed_interim_review_is_a_clinical_milestone_of_its_own_step():
    found = all_events(
        release(
            "Corlan SA completed a Phase 2 trial of CRL-204 in gout. The company also completed "
            "a pre-specified interim analysis of its Phase 3 trial."
        )
    )
    assert [e.type for e in found].count("clinical_milestone") == 2


def test_a_round_an_investor_co_led_is_the_raisers_financing():
    found = with_companies(
        release(
            "Corlan Therapeutics SA today agreed to acquire Velmora Bio Inc., an AI company. "
            "Corlan Therapeutics SA already holds a stake in Velmora Bio Inc., having co-led "
            "the $100 million Series B financing round announced by Velmora Bio Inc. in "
            "January 2025."
        )
    )
    financing = [(e.subject.name, e.date) for e in found if e.type == "financing"]
    assert financing == [("Velmora Bio Inc.", "2025-01")]


def test_a_founding_year_does_not_date_the_event():
    found = events(release("Founded in 2014, Corlan SA raised $60 million in 2023 from investors."))
    assert found["financing"].date == "2023"


def test_notes_issued_are_a_financing_and_a_repayment_is_not():
    found = events(release("In June 2024, Corlan SA issued $1.5 billion of senior notes."))
    assert found["financing"].amount == {"amount": 1500000000, "currency": "USD"}
    assert "financing" not in events(release("Corlan SA repaid its senior notes in full."))


def test_results_reported_for_a_phase_are_a_clinical_milestone():
    found = events(release("Tarsis Pharma Inc. reported encouraging Phase 3 data for CRL-310."))
    assert "clinical_milestone" in found


def test_a_public_contract_award_is_a_financing_and_a_patients_response_a_milestone():
    found = events(
        release(
            "A national biodefense office awarded Corlan SA a contract for up to $34 "
            "million to develop CRL-204 as a countermeasure."
        )
    )
    assert found["financing"].amount == {"amount": 34000000, "currency": "USD"}
    response = events(
        release(
            "Investigators observed a complete response in the third patient treated with "
            "CRL-204 in the dose-escalation part of the Phase 1 trial."
        )
    )
    assert "clinical_milestone" in response


def test_net_proceeds_raised_and_series_funding_are_financings_and_a_bio_is_not():
    for body in (
        "Corlan's share sale in Hong Kong raised net proceeds of HK$420 million.",
        "Two venture funds put up $35 million of series A funding for Corlan SA.",
    ):
        assert "financing" in events(release(body)), body
    bio = "Ada Brill, whose experience in fundraising spans two decades, advises Corlan SA."
    assert "financing" not in events(release(bio))


def test_a_later_telling_dates_an_undated_event_and_a_listing_prefers_its_own_sentence():
    found = events(
        release(
            "Corlan Therapeutics SA completed enrollment in its Phase 2 trial of CRL-204. "
            "Enrollment was completed in January 2025, ahead of plan.\n\n"
            "Corlan Therapeutics SA announced the pricing of its initial public offering. Its "
            "shares have been listed on the Nasdaq Global Market since February 2025."
        )
    )
    assert found["clinical_milestone"].date == "2025-01"
    assert found["listing"].date == "2025-02"


def test_a_step_done_with_the_next_one_expected_is_a_milestone():
    found = events(
        release(
            "For the CRL-204 extension study, enrollment is complete, with first results "
            "expected in the second quarter of 2025."
        )
    )
    assert found["clinical_milestone"].date is None
    planned = events(release("Topline data from the CRL-204 trial, expected in 2026, will follow."))
    assert "clinical_milestone" not in planned


def test_investors_who_joined_a_round_for_an_unnamed_raiser_have_no_financing_of_their_own():
    found = with_companies(
        release(
            "Corlan Therapeutics SA today closed a $50 million Series B financing round. Tarsis "
            "Capital Ltd. and Halden Capital Ltd. joined forces in 2019 to provide $20 million "
            "of series A funding to the company."
        )
    )
    assert [e.subject.name for e in found if e.type == "financing"] == ["Corlan Therapeutics SA"]


def test_an_amount_in_new_funding_is_a_financing():
    found = events(release("Velmora Bio Inc. ended the quarter with $6 million in fresh funding."))
    assert found["financing"].amount == {"amount": 6000000, "currency": "USD"}


def test_gmp_certificates_and_inspected_plants_are_inspections_and_a_closed_inspection_no_closure():
    for body in (
        "Corlan SA received a GMP certificate from the French agency for its Lyon plant.",
        "The FDA inspected the Lyon facility of Corlan SA in February 2025.",
    ):
        assert "gmp_inspection" in events(release(body)), body
    closed = events(
        release(
            "Corlan SA received the Establishment Inspection Report from the FDA, closing the "
            "inspection of its Lyon plant."
        )
    )
    assert set(closed) == {"gmp_inspection"}


def test_financings_in_other_words():
    for body, amount in (
        ("Corlan SA has completed a EUR 20 million capital increase.", 20000000),
        ("Corlan SA received a $2.5 million grant from the Westland Innovation Agency.", 2500000),
        ("Corlan SA has been awarded up to $30 million from a public health agency.", 30000000),
        ("Corlan SA entered into a $50 million term loan facility with Halden Bank.", 50000000),
    ):
        assert events(release(body))["financing"].amount["amount"] == amount, body


def test_dosing_started_and_a_board_appointment_are_events():
    assert "clinical_milestone" in events(
        release("Corlan SA has initiated dosing in its Phase 1b study of CRL-204.")
    )
    assert "leadership" in events(
        release("Corlan SA announced the appointment of Ivo Stern to its Board of Directors.")
    )


def test_an_event_of_a_name_the_companies_do_not_hold_is_not_given_to_the_teller():
    found = with_companies(
        release(
            "Harbor Royalty plc today reported its results. In October 2024, Halvard presented "
            "interim results for CRL-204 at the Lakeside Neurology Conference. Harbor Royalty "
            "plc said that Tamsen presented a poster at the Eastbay Oncology Congress."
        )
    )
    assert [e.type for e in found] == []
    assert "conference" in events(
        release("In October 2024, Corlan SA presented CRL-204 data at the Lakeside Conference.")
    )


def test_a_share_price_compared_with_the_ipo_price_is_no_ipo():
    found = events(
        release(
            "Shares of Corlan Therapeutics SA rose 4% on Monday, three times their initial "
            "public offering price of $9.50 four years ago."
        )
    )
    assert "financing" not in found and "listing" not in found


def test_an_ipo_priced_at_a_public_offering_price_is_still_an_ipo():
    found = events(
        release(
            "Corlan Therapeutics SA today announced the pricing of its initial public offering "
            "of 5,000,000 shares at a public offering price of $12.00 per share."
        )
    )
    assert "financing" in found and "listing" in found
