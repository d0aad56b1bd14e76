"""Events, round 16: mechanisms seen on real news items, told here in invented wordings, two per
kind. A seat on the board taken with a raise ("will join X's board", "added A, B and C to its
board") is a leadership change; a further change told as added news ("also announced",
"In addition,") is another leadership event, and a person's record ("He joined X in 2009") none;
a partner's deal payment ("$25 million in upfront funding") is no financing. Every company,
person and product name here is invented."""

from apps.ingestion.extraction import extract


def events(text: str) -> list[tuple[str, str]]:
    return [(e["company"], e["type"]) for e in extract(text)["events"]]


def release(body: str, title: str = "Company Update") -> str:
    return f"{title}\n\nLEEDS, June 2, 2026 /PRNewswire/ -- {body}"


# A board seat taken with a raise


def test_directors_who_will_join_the_company_board_are_a_leadership_change():
    text = release(
        "Quellmar Bio Ltd. today closed a $40 million Series B financing led by Orrin Capital. "
        "Concurrent with the financing, Ms. Dana Holt, Partner of Orrin Capital, and Mr. Eli "
        "Varga of Tessel Ventures will join Quellmar’s board of directors."
    )
    assert sorted(events(text)) == [
        ("Quellmar Bio Ltd.", "financing"),
        ("Quellmar Bio Ltd.", "leadership"),
    ]


def test_a_long_list_of_directors_added_to_its_board_is_a_leadership_change():
    text = release(
        "Brantelle Therapeutics AG announced a $75 million Series A round. Brantelle, which "
        "develops oral peptides for metabolic disease, added Orrin Capital’s principal Sam "
        "Keller, Tessel Ventures’ Ida Brook and Harlow Partners partner Nils Ovan to its board."
    )
    assert sorted(events(text)) == [
        ("Brantelle Therapeutics AG", "financing"),
        ("Brantelle Therapeutics AG", "leadership"),
    ]


def test_joining_a_call_with_the_chief_executive_is_no_seat():
    text = release(
        "Quellmar Bio Ltd. will host a webcast today. Investors may join the call with the "
        "Chief Executive Officer at 9 a.m."
    )
    assert events(text) == []


# A further change told as added news is another leadership event


def test_a_change_the_company_also_announced_is_another_leadership_event():
    text = release(
        "Korvath Pharma Inc. today announced that Chief Executive Officer Lena Marsh will retire "
        "on September 30, 2026.\n\nKorvath also announced that Chief Financial Officer Omar "
        "Reyes, 61, has decided to retire at the end of the year."
    )
    assert events(text) == [
        ("Korvath Pharma Inc.", "leadership"),
        ("Korvath Pharma Inc.", "leadership"),
    ]


def test_a_promotion_told_in_addition_is_another_leadership_event():
    text = release(
        "Selvane Biologics Corp. today named Hugo Brandt as its Chief Operating Officer. In "
        "addition, Mira Okafor has been promoted to the new role of Senior Vice President of "
        "Quality."
    )
    assert events(text) == [
        ("Selvane Biologics Corp.", "leadership"),
        ("Selvane Biologics Corp.", "leadership"),
    ]


def test_a_retelling_of_the_same_appointment_is_one_event():
    text = release(
        "Selvane Biologics Corp. today named Hugo Brandt as its Chief Operating Officer. Mr. "
        "Brandt was appointed Chief Operating Officer after a year-long search."
    )
    assert events(text) == [("Selvane Biologics Corp.", "leadership")]


# A person's record is no event and does not date one


def test_where_the_new_executive_came_from_is_no_leadership_event():
    text = release(
        "As previously announced, Chief Executive Officer Lena Marsh will retire from Korvath "
        "Pharma Inc. at the end of the year. She joined Korvath in 2009 as its Chief Financial "
        "Officer."
    )
    found = extract(text)["events"]
    assert [(e["type"], e["date"]) for e in found] == [("leadership", None)]


def test_a_record_told_with_an_honorific_is_no_leadership_event():
    text = release(
        "Last month, President Hugo Brandt stepped down from the board of Selvane "
        "Biologics AG. Mr. Brandt joined Selvane in 2014 and most recently served as Chief "
        "Operating Officer."
    )
    found = extract(text)["events"]
    assert [(e["type"], e["date"]) for e in found] == [("leadership", None)]


# A partner's payment under a deal is no financing


def test_upfront_funding_from_a_partner_is_no_financing():
    text = release(
        "Orlane Royalty plc is also providing Dravix Therapeutics $30 million in upfront funding "
        "to support the development of DRX-22."
    )
    assert [e for e in events(text) if e[1] == "financing"] == []


def test_milestone_funding_from_a_partner_is_no_financing():
    text = release(
        "Under the agreement, Tellmark Pharma has paid Ovanti Bio $12 million in milestone "
        "funding after the first patient was dosed."
    )
    assert [e for e in events(text) if e[1] == "financing"] == []


def test_new_funding_is_still_a_financing():
    text = release("Ovanti Bio Inc. announced that it has secured $12 million in new funding.")
    assert events(text) == [("Ovanti Bio Inc.", "financing")]


# A wire dateline's dashes glued to the name ("(BUSINESS WIRE)--Velmora Stel") are no part of it


def test_a_name_glued_to_the_wire_dashes_is_read_whole():
    text = (
        "Update\n\nBOSTON, Mass.--(BUSINESS WIRE)--Quorrin Stel (NASDAQ: QRST), a global "
        "biotechnology leader, today announced that its Chief Financial Officer Ann Roe will "
        "retire."
    )
    assert events(text) == [("Quorrin Stel", "leadership")]


def test_a_name_after_an_em_dash_is_read_whole():
    text = (
        "Update\n\nOSLO, Norway—Tavren Holm (NASDAQ: TVHM) today announced that its Chief "
        "Medical Officer Per Lund will step down."
    )
    assert events(text) == [("Tavren Holm", "leadership")]


def test_a_hyphenated_name_after_a_spaced_dash_keeps_its_hyphen():
    text = (
        "Update\n\nBOSTON -- Marlo-Kint Squibb (NYSE: MKS) today announced that its Chief "
        "Financial Officer Ann Roe will retire."
    )
    assert events(text) == [("Marlo-Kint Squibb", "leadership")]


# Added news about the person told before adds to that change


def test_a_further_role_of_the_same_person_told_in_addition_is_one_event():
    text = release(
        "Korvath Pharma Inc. today announced the appointment of Lena Marsh as Chief Executive "
        "Officer. In addition, she will join the Board of Directors."
    )
    assert events(text) == [("Korvath Pharma Inc.", "leadership")]


def test_the_same_person_named_by_title_and_surname_is_one_event():
    text = release(
        "Selvane Biologics Corp. today named Hugo Brandt as its Chief Operating Officer. "
        "Additionally, Mr. Brandt has been elected to the Board of Directors."
    )
    assert events(text) == [("Selvane Biologics Corp.", "leadership")]


def test_in_addition_to_a_role_is_no_added_news():
    text = release(
        "Selvane Biologics Corp. today named Hugo Brandt as its Chief Operating Officer. In "
        "addition to that role, Hugo Brandt was named President of its Nordic unit."
    )
    assert events(text) == [("Selvane Biologics Corp.", "leadership")]


# A further step told of "the study" alone, undated, is the same trial's news


def clinical(text: str) -> list[str | None]:
    return [e["date"] for e in extract(text)["events"] if e["type"] == "clinical_milestone"]


def test_results_of_the_study_after_its_completion_are_one_event():
    text = release(
        "Orvane Bio SAS today announced the completion of its Phase 2a trial of ORV-12 in "
        "Huntington's disease.\n\nOverall, ORV-12 was well tolerated, meeting the primary "
        "objective of the study and confirming the findings of the Phase 1 study."
    )
    assert clinical(text) == [None]


def test_enrolment_in_the_trial_after_its_start_is_one_event():
    text = release(
        "Pellara Therapeutics Inc. today announced that the first patient has been dosed in its "
        "Phase 1 trial of PLR-4. Enrollment in the trial has been completed across four sites."
    )
    assert clinical(text) == [None]


def test_a_step_in_another_cohort_is_another_event():
    text = release(
        "Pellara Therapeutics Inc. today announced that the first patient has been dosed in its "
        "Phase 1 trial of PLR-4. Enrollment has been completed in the MAD cohort of the trial."
    )
    assert clinical(text) == [None, None]


def test_a_dated_step_of_the_study_is_another_event():
    text = release(
        "Orvane Bio SAS today announced that it has discontinued its Phase 3 trial of ORV-9 "
        "after a data monitoring committee review. The study was initiated in June 2023, the "
        "company said."
    )
    assert clinical(text) == [None, "2023-06"]


def test_joining_the_management_team_on_a_call_is_no_leadership_change():
    text = release(
        "Quellmar Bio Ltd. reported its first-quarter results. Investors are invited to join "
        "Quellmar’s management team for a conference call at 8:30 a.m. ET."
    )
    assert [e for e in events(text) if e[1] == "leadership"] == []


def test_joining_the_board_for_a_webcast_is_no_leadership_change():
    text = release(
        "Brantelle Therapeutics AG will hold its annual meeting. Shareholders may join the "
        "Board of Directors on a live webcast of the meeting."
    )
    assert [e for e in events(text) if e[1] == "leadership"] == []
