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


# Designations: refusals, label expansions, trial clearances in other words


def designations(text: str) -> list[tuple[str, str, str, str]]:
    return [(d["drug"], d["agency"], d["type"], d["status"]) for d in extract(text)["designations"]]


def test_complete_response_letter_without_a_filing_word_is_a_refused_approval():
    text = release(
        "The FDA has issued a complete response letter to Pravent Health Inc. for PV-12."
    )
    assert designations(text) == [("PV-12", "FDA", "approval", "other")]


def test_crl_abbreviation_is_a_refused_approval_but_a_crl_code_is_a_product():
    text = release("Pravent Health Inc. receives CRL from FDA for PV-12.")
    assert designations(text) == [("PV-12", "FDA", "approval", "other")]
    code = release("Pravent Health Inc. said CRL-207 received Fast Track designation from the FDA.")
    assert designations(code) == [("CRL-207", "FDA", "fast_track", "granted")]


def test_declined_to_approve_and_negative_opinion_are_refusals():
    declined = release("Ferrant Pharma NV said the FDA declined to approve FP-88 last week.")
    assert designations(declined) == [("FP-88", "FDA", "approval", "other")]
    opinion = release("Ferrant Pharma NV said the CHMP adopted a negative opinion on FP-88.")
    assert designations(opinion) == [("FP-88", "EMA", "approval", "other")]


def test_an_approval_after_a_refusal_is_granted():
    text = release(
        "Following a complete response letter in 2025, the FDA approved Kairos Bio Inc.'s "
        "KB-40 for Alport syndrome on May 3, 2026."
    )
    found = extract(text)["designations"]
    assert [(d["drug"], d["type"], d["status"], d["date"]) for d in found] == [
        ("KB-40", "approval", "granted", "2026-05-03")
    ]


def test_a_filing_that_received_a_refusal_stays_refused():
    text = release(
        "The FDA approved KB-40 in 2024; its BLA for KB-41 received a complete response letter, "
        "Kairos Bio Inc. said."
    )
    assert set(designations(text)) == {
        ("KB-40", "FDA", "approval", "granted"),
        ("KB-41", "FDA", "approval", "other"),
    }


def test_expanded_label_is_an_approval():
    text = release(
        "Dunmore Biologics, Inc. said the FDA expanded the label of DB-701 to include patients "
        "with giant cell arteritis."
    )
    assert designations(text) == [("DB-701", "FDA", "approval", "granted")]


def test_label_expansion_granted_by_a_regulator_is_an_approval():
    text = release(
        "Health Canada has granted a label expansion for DB-701, Dunmore Biologics said."
    )
    assert designations(text) == [("DB-701", "Health Canada", "approval", "granted")]


def test_a_planned_label_expansion_is_no_designation():
    text = release("Dunmore Biologics, Inc. plans to file for a label expansion of DB-701 in 2027.")
    assert designations(text) == []


def test_regulator_approving_a_phase_1_trial_is_a_trial_clearance():
    text = release(
        "Seonwoo Therapeutics said the Korean MFDS approved a Phase 1 clinical trial of SW-3."
    )
    assert designations(text) == [("SW-3", "other", "ind_clearance", "granted")]


def test_approval_from_an_agency_for_the_clinical_trial_is_a_trial_clearance():
    text = release(
        "Lanmei Biotech Co., Ltd. received implied approval from the NMPA for the clinical trial "
        "of LM-208."
    )
    assert designations(text) == [("LM-208", "NMPA", "ind_clearance", "granted")]


def test_no_objection_letter_is_health_canadas_trial_clearance():
    text = release(
        "Maplecrest Bio Inc. received a No Objection Letter from Health Canada for a Phase 2 "
        "study of MC-5."
    )
    assert designations(text) == [("MC-5", "Health Canada", "ind_clearance", "granted")]


def test_an_approval_based_on_a_trial_is_no_trial_clearance():
    text = release(
        "The FDA approval of KB-40 was based on data from the Phase 3 KITE study, Kairos Bio "
        "Inc. said."
    )
    assert designations(text) == [("KB-40", "FDA", "approval", "granted")]


def test_a_later_approval_replaces_an_earlier_refusal_of_the_same_product():
    text = release(
        "Kairos Bio Inc. received a CRL from the FDA for KB-40 in March 2025. Following the "
        "resubmission, the FDA approved KB-40 on May 30, 2026."
    )
    found = extract(text)["designations"]
    assert [(d["drug"], d["type"], d["status"], d["date"]) for d in found] == [
        ("KB-40", "approval", "granted", "2026-05-30")
    ]


# Designations: counted plural tellings with their products listed after


def test_counted_plural_clearance_covers_each_listed_product():
    text = release(
        "Halden Bio Inc. said the FDA has approved three INDs: HX-101 for gout, HX-202 for "
        "lupus, and HX-303 for psoriasis."
    )
    assert {d[0] for d in designations(text)} == {"HX-101", "HX-202", "HX-303"}


def test_counted_plural_designations_cover_products_listed_after_a_comma():
    text = release("The FDA granted two Fast Track designations, to KV-11 and KV-12, Kovra said.")
    assert set(designations(text)) == {
        ("KV-11", "FDA", "fast_track", "granted"),
        ("KV-12", "FDA", "fast_track", "granted"),
    }


def test_a_product_named_later_in_the_clause_is_no_item_of_a_counted_plural():
    text = release(
        "Halden Bio Inc. holds two Orphan Drug Designations from the FDA for HX-101, in gout "
        "and lupus, and licenses HX-202 from Corlo Inc."
    )
    assert designations(text) == [("HX-101", "FDA", "orphan_drug", "granted")]


def test_approvals_for_further_trials_are_trial_clearances():
    text = release(
        "Tavira Bio Pty Ltd has received regulatory approvals for further trials of TV-310 in "
        "Australia."
    )
    assert designations(text) == [("TV-310", "TGA", "ind_clearance", "granted")]


# Designations: a goal told with a gerund, a project approved


def test_approval_a_gerund_aims_at_is_no_designation():
    text = release(
        "This is vital to obtaining final regulatory approval for HX-101 in Australia, Halden "
        "Bio Inc. said."
    )
    assert designations(text) == []


def test_approval_obtained_before_a_later_step_stays_a_designation():
    text = release(
        "After obtaining FDA approval for HX-101 in 2024, Halden Bio Inc. launched it in the U.S."
    )
    assert designations(text) == [("HX-101", "FDA", "approval", "granted")]


def test_a_companys_plan_approved_by_an_authority_is_no_product_approval():
    text = release(
        "The Science Park Administration in Taiwan approved Halden Bio Inc.'s plan to set up a "
        "pilot plant to produce HX-101."
    )
    assert designations(text) == []


def test_about_recap_dated_in_the_release_month_repeats_todays_trial_step():
    text = (
        "Quarro Reports Phase 3 Results\n\nBOSTON, June 2, 2026 /PRNewswire/ -- Quarro Bio Inc. "
        "today announced that its Phase 3 KESTREL trial of QB-9 met its primary endpoint.\n\n"
        "About Quarro Bio\n\nQuarro Bio Inc. develops peptides. In June 2026, Quarro Bio "
        "announced that its Phase 3 KESTREL trial of QB-9 met its primary endpoint."
    )
    assert [e[1] for e in events(text)] == ["clinical_milestone"]


def test_about_recap_of_an_earlier_month_stays_its_own_trial_step():
    text = (
        "Quarro Reports Phase 3 Results\n\nBOSTON, June 2, 2026 /PRNewswire/ -- Quarro Bio Inc. "
        "today announced that its Phase 3 KESTREL trial of QB-9 met its primary endpoint.\n\n"
        "About Quarro Bio\n\nQuarro Bio Inc. develops peptides. In January 2026, Quarro Bio "
        "announced that its Phase 2 HERON trial of QB-7 met its primary endpoint."
    )
    assert [(e[1], e[2]) for e in events(text)] == [
        ("clinical_milestone", None),
        ("clinical_milestone", "2026-01"),
    ]


def test_about_recap_dated_only_by_the_year_stays_its_own_trial_step():
    text = (
        "Quarro Reports Phase 3 Results\n\nBOSTON, June 2, 2026 /PRNewswire/ -- Quarro Bio Inc. "
        "today announced that its Phase 3 KESTREL trial of QB-9 met its primary endpoint.\n\n"
        "About Quarro Bio\n\nQuarro Bio Inc. develops peptides. In 2026, Quarro Bio "
        "announced that its Phase 2 HERON trial of QB-7 met its primary endpoint."
    )
    assert [(e[1], e[2]) for e in events(text)] == [
        ("clinical_milestone", None),
        ("clinical_milestone", "2026"),
    ]


# Events: conferences, PIPEs and facilities in other words


def test_oral_presentation_on_a_product_at_a_named_meeting_on_a_day_is_a_conference():
    text = release(
        "Halden Bio Inc. will deliver an oral presentation on HX-101 at the 2026 Northbridge "
        "Oncology Meeting on June 6, 2026."
    )
    assert events(text) == [("Halden Bio Inc.", "conference", "2026-06-06")]


def test_oral_presentation_at_an_unnamed_future_meeting_is_no_event():
    text = release(
        "Halden Bio Inc. will deliver an oral presentation on HX-101 at a future medical meeting."
    )
    assert events(text) == []


def test_showcased_in_a_poster_at_a_symposium_is_a_conference():
    text = release(
        "Halden Bio Inc. showcased preclinical results for HX-101 in a poster at the Lakeview "
        "Symposium in March 2026."
    )
    assert events(text) == [("Halden Bio Inc.", "conference", "2026-03")]


def test_hosted_key_opinion_leader_event_is_a_conference():
    text = release("Halden Bio Inc. hosted a Key Opinion Leader event on HX-101 in May 2026.")
    assert events(text) == [("Halden Bio Inc.", "conference", "2026-05")]


def test_pipe_financing_is_a_financing():
    text = release(
        "Halden Bio Inc. entered into definitive agreements for a PIPE financing of $75 million."
    )
    assert [(e["type"], e["amount"]) for e in extract(text)["events"]] == [
        ("financing", {"amount": 75000000, "currency": "USD"})
    ]


def test_started_production_at_a_new_plant_is_a_facility():
    text = release("Halden Bio Inc. has started production at its new biologics plant in Ghent.")
    assert events(text) == [("Halden Bio Inc.", "facility", None)]


def test_launched_a_new_facility_is_a_facility_but_a_new_drug_made_at_a_plant_is_not():
    text = release(
        "Halden Bio Inc. officially launched its new manufacturing facility in Hyderabad on "
        "May 28, 2026."
    )
    assert events(text) == [("Halden Bio Inc.", "facility", "2026-05-28")]
    drug = release("Halden Bio Inc. launched its new drug HX-101, made at its plant in Ghent.")
    assert events(drug) == []


# Designations: a country that grants, a product referred back to as "the asset"


def test_country_as_the_subject_of_a_grant_names_its_regulator():
    text = release("Japan granted orphan drug designation to HX-101, Halden Bio Inc. said.")
    assert designations(text) == [("HX-101", "PMDA", "orphan_drug", "granted")]
    eu = release("Halden Bio Inc. said the EU has approved HX-101 for Alport syndrome.")
    assert designations(eu) == [("HX-101", "EMA", "approval", "granted")]


def test_the_asset_refers_back_to_the_product_of_the_sentence_before():
    text = release(
        "HX-101 is Halden Bio Inc.'s lead antibody. The asset received PRIME designation from "
        "the European Medicines Agency in March 2026."
    )
    assert designations(text) == [("HX-101", "EMA", "prime", "granted")]


def test_for_the_treatment_of_refers_back_to_no_product():
    text = release(
        "Halden Bio Inc.'s HX-101 received FDA approval in 2025. Several products for the "
        "treatment of gout have been approved in China."
    )
    assert designations(text) == [("HX-101", "FDA", "approval", "granted")]


def test_the_program_refers_back_to_the_product_of_the_sentence_before():
    text = release(
        "Cardell Cell Inc. is developing CC-19Y, a CAR-T therapy for lupus. The company said "
        "the FDA has granted Regenerative Medicine Advanced Therapy designation to the program."
    )
    assert designations(text) == [("CC-19Y", "FDA", "rmat", "granted")]


def test_a_proposed_biosimilar_is_a_product_not_a_plan():
    text = release(
        "Sarn Biologics Limited completed enrollment in the Phase 3 comparative study of SB-301, "
        "its proposed denosumab biosimilar, in postmenopausal osteoporosis."
    )
    assert events(text) == [("Sarn Biologics Limited", "clinical_milestone", None)]


def test_a_proposed_offering_is_still_a_plan():
    text = release("Sarn Biologics Limited announced a proposed public offering of its shares.")
    assert events(text) == []


def test_the_first_day_of_trading_after_news_is_no_listing():
    text = release(
        "Shares of Aelstan Bio Inc. rose 20% on the first day of trading after the results."
    )
    assert events(text) == []


# Financing: rounds named by their stage, venture debt, plans


def test_seed_and_crossover_rounds_are_financings():
    seed = release("Halden Bio Inc. closed a $12 million seed round.")
    assert events(seed) == [("Halden Bio Inc.", "financing", None)]
    crossover = release("Orrin Bio Inc. has completed a $30 million crossover round.")
    assert events(crossover) == [("Orrin Bio Inc.", "financing", None)]


def test_venture_debt_facility_secured_is_a_financing():
    text = release("Orrin Bio Inc. has secured a $10 million venture debt facility from a lender.")
    assert [(e["type"], e["amount"]) for e in extract(text)["events"]] == [
        ("financing", {"amount": 10000000, "currency": "USD"})
    ]


def test_a_round_a_company_plans_is_no_financing():
    assert events(release("Halden Bio Inc. plans a seed round to fund its studies.")) == []
    assert events(release("Halden Bio Inc. will open a Series B round next year.")) == []
    assert events(release("Orrin Bio Inc. said its Series A round opens next quarter.")) == []


# Dates: "the 3rd of May 2026", parts of a year


def test_day_of_month_with_of_is_a_full_date():
    from apps.ingestion.extraction.dates import find_dates

    assert [m.value for m in find_dates("approved on the 3rd of May 2026")] == ["2026-05-03"]


def test_quarter_or_half_of_a_year_gives_the_year():
    from apps.ingestion.extraction.dates import find_dates

    assert [m.value for m in find_dates("granted in Q1 2026")] == ["2026"]
    assert [m.value for m in find_dates("in the first quarter of 2025")] == ["2025"]
    assert [m.value for m in find_dates("during the second half of 2024")] == ["2024"]


def test_trial_step_in_a_quarter_is_dated_by_the_year():
    text = release(
        "Halden Bio Inc. dosed the first patient in its Phase 1 trial of HX-101 in the first "
        "quarter of 2026."
    )
    assert events(text) == [("Halden Bio Inc.", "clinical_milestone", "2026")]


def test_what_a_new_site_will_do_does_not_make_its_opening_a_plan():
    text = release(
        "Taiyo Pharma Co., Ltd. unveiled its new research centre in Osaka, which will house 300 "
        "scientists."
    )
    assert events(text) == [("Taiyo Pharma Co., Ltd.", "facility", None)]
    planned = release(
        "Taiyo Pharma Co., Ltd. will open its new research centre in Osaka, which will house "
        "300 scientists."
    )
    assert events(planned) == []


def test_a_delayed_opening_stays_a_plan():
    text = release(
        "Taiyo Pharma Co., Ltd. said the opening of its Osaka plant, first set for May, will take "
        "place in July."
    )
    assert events(text) == []


def test_an_approval_that_follows_another_regions_approval_is_two_tellings():
    text = release(
        "The FDA's approval of HX-101 follows its approval in the EU in 2025, Halden Bio Inc. said."
    )
    found = extract(text)["designations"]
    assert sorted((d["agency"], d["date"]) for d in found) == [("EMA", "2025"), ("FDA", None)]
