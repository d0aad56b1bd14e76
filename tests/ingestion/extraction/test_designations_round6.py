"""Designations, round 6: the disease told outside the telling's own clause, statuses told right
after the designation, and approvals listed region by region. Every company and product name here
is invented."""

from apps.ingestion.extraction import extract


def indications(text: str) -> dict[tuple, str | None]:
    """(drug, agency, type) -> indication of each designation extracted from `text`."""
    return {
        (d["drug"], d["agency"], d["type"]): d["indication"] for d in extract(text)["designations"]
    }


def test_a_disease_told_after_the_last_of_two_quoted_programs_is_both_programs():
    release = (
        "Morrow Bio shares jump\n\n"
        'Morrow Bio said the FDA has awarded "fast track" and "orphan drug" status to '
        "velantide for the treatment of Pellworth syndrome."
    )
    found = indications(release)
    assert found[("velantide", "FDA", "fast_track")] == "Pellworth syndrome"
    assert found[("velantide", "FDA", "orphan_drug")] == "Pellworth syndrome"


def test_a_sentence_that_opens_by_describing_the_drug_gives_the_disease_of_a_clearance():
    release = (
        "Quorra Pharma Gets Trial Nod\n\n"
        "Quorra Pharma said China's National Medical Products Administration approved its "
        "clinical trial application for QR-415, a filing on Tuesday showed.\n\n"
        "The drug is being developed as a treatment for chronic kidney disease, the company said."
    )
    assert indications(release)[("QR-415", "NMPA", "ind_clearance")] == "chronic kidney disease"


def test_the_sentence_before_in_the_paragraph_that_names_the_drug_gives_its_disease():
    release = (
        "Kestrel Therapeutics Update\n\n"
        "Kestrel Therapeutics develops KT-12, a peptide for the treatment of Marlow syndrome. "
        "In March 2025, the FDA granted Orphan Drug Designation to KT-12."
    )
    assert indications(release)[("KT-12", "FDA", "orphan_drug")] == "Marlow syndrome"


def test_a_next_paragraph_that_only_names_the_drug_in_a_trial_gives_no_disease():
    release = (
        "Halden Bio Gains Orphan Status\n\n"
        "Halden Bio said the FDA granted orphan drug designation to HB-707.\n\n"
        "Halden said HB-707 is being studied in a phase 2 trial for the treatment of biliary "
        "atresia."
    )
    assert indications(release)[("HB-707", "FDA", "orphan_drug")] is None


def test_a_neighbouring_sentence_with_its_own_designation_keeps_its_disease():
    release = (
        "Ostrava Biotech Pipeline Update\n\n"
        "In May 2024, OB-31 was granted Fast Track Designation by the FDA. In August 2024, OB-31 "
        "was granted Orphan Drug Designation by the FDA for the treatment of Tamsin disease."
    )
    found = indications(release)
    assert found[("OB-31", "FDA", "orphan_drug")] == "Tamsin disease"
    assert found[("OB-31", "FDA", "fast_track")] is None


def test_a_neighbour_naming_a_program_of_no_known_agency_lends_no_disease():
    release = (
        "Tavira Pharma Update\n\n"
        "The FDA approved ZX-3 in May 2025, and the EMA accepted its marketing application. ZX-3 "
        "also holds Orphan Drug Designation for the treatment of Kiran disease."
    )
    assert indications(release)[("ZX-3", "FDA", "approval")] is None


def statuses(text: str) -> dict[tuple, str]:
    """(drug, agency, type) -> status of each designation extracted from `text`."""
    return {(d["drug"], d["agency"], d["type"]): d["status"] for d in extract(text)["designations"]}


CDE_RELEASE = (
    "Lumen Bio Announces CDE Recommendation\n\n"
    "SUZHOU, China, June 3, 2025 -- Lumen Bio said the Center for Drug Evaluation (CDE) of the "
    "National Medical Products Administration (NMPA) has recommended AB-12 for Breakthrough "
    "Therapy Designation for the treatment of Reyes disease. This recommendation for AB-12 "
    "builds on the Priority Review designation granted by the CDE in March 2025."
)


def test_a_designation_granted_right_after_its_telling_is_granted_after_another_recommendation():
    found = statuses(CDE_RELEASE)
    assert found[("AB-12", "NMPA", "breakthrough_therapy")] == "recommended"
    assert found[("AB-12", "NMPA", "priority_review")] == "granted"


def test_a_program_proposed_for_inclusion_is_recommended_and_one_included_is_granted():
    proposed = (
        "Lumen Bio Update\n\n"
        "Lumen Bio said the CDE of the NMPA has proposed AB-12 for inclusion in Breakthrough "
        "Therapy Designation for Reyes disease."
    )
    assert statuses(proposed)[("AB-12", "NMPA", "breakthrough_therapy")] == "recommended"
    included = (
        "Lumen Bio Update\n\n"
        "Lumen Bio said the NDA for AB-12 has been included in priority review by the CDE of "
        "the NMPA."
    )
    assert statuses(included)[("AB-12", "NMPA", "priority_review")] == "granted"


def told(text: str) -> dict[tuple, tuple]:
    """(drug, agency, type) -> (status, date) of each designation extracted from `text`."""
    return {
        (d["drug"], d["agency"], d["type"]): (d["status"], d["date"])
        for d in extract(text)["designations"]
    }


def test_each_item_of_a_regional_semicolon_list_is_its_own_filing_or_approval():
    release = (
        "Norvane Pharma Reports Progress\n\n"
        "OSAKA, Feb. 12, 2025 -- Norvane Pharma today reported progress for NV-301. NV-301 was "
        "approved in the U.S. in May 2024; in Japan, an application was filed in June 2024; and "
        "in the EU, a marketing authorization application was validated by the EMA in September "
        "2024."
    )
    assert told(release) == {
        ("NV-301", "FDA", "approval"): ("granted", "2024-05"),
        ("NV-301", "PMDA", "approval"): ("applied", "2024-06"),
        ("NV-301", "EMA", "approval"): ("accepted", "2024-09"),
    }


def test_a_region_led_application_for_a_patent_or_a_trial_is_no_marketing_filing():
    release = (
        "Norvane Pharma Reports Progress\n\n"
        "OSAKA, Feb. 12, 2025 -- Norvane Pharma said relmacitinib was approved by the FDA in May "
        "2024. In China, a patent application for relmacitinib was filed in June 2024; in Japan, "
        "the application for a Phase 3 trial of relmacitinib was submitted."
    )
    assert list(told(release)) == [("relmacitinib", "FDA", "approval")]


def test_a_filing_under_review_was_accepted_and_keeps_no_disease_across_a_semicolon():
    release = (
        "Norvane Pharma Reports Progress\n\n"
        "OSAKA, Feb. 12, 2025 -- Norvane Pharma said relmacitinib was approved by the FDA in May "
        "2024 for atopic dermatitis; in Europe, the MAA for relmacitinib is under review."
    )
    assert told(release)[("relmacitinib", "EMA", "approval")] == ("accepted", None)
    assert indications(release)[("relmacitinib", "EMA", "approval")] is None


def test_an_investigational_disclaimer_is_no_approval_of_any_agency_it_names():
    release = (
        "Kelso Bio Update\n\n"
        "SYDNEY, May 2, 2025 -- Kelso Bio said KB-44 won Fast Track designation from the FDA in "
        "April 2025 for Ardent syndrome. KB-44 is an investigational product and has not been "
        "approved by the U.S. Food and Drug Administration, the Therapeutic Goods Administration "
        "or any other regulatory authority."
    )
    assert list(told(release)) == [("KB-44", "FDA", "fast_track")]


OSTROM = (
    "Ostrom Bio Update\n\n"
    "DENVER, May 2, 2025 -- Because Ostrom Bio holds a Rare Pediatric Disease Designation from "
    "the FDA, an approval for OB-9 would make the company eligible for a PRV worth about $100 "
    "million."
)


def test_an_approval_that_is_the_subject_of_a_conditional_is_not_told():
    assert list(told(OSTROM)) == [("OB-9", "FDA", "other")]


def test_a_granted_program_with_a_conditional_consequence_is_still_told():
    release = (
        "Ostrom Bio Update\n\n"
        "DENVER, May 2, 2025 -- The Fast Track designation granted to OB-9 by the FDA could "
        "shorten its review, Ostrom Bio said."
    )
    assert list(told(release)) == [("OB-9", "FDA", "fast_track")]


def test_what_any_program_with_a_designation_gets_and_needs_is_not_told():
    release = (
        "Ostrom Bio Update\n\n"
        "DENVER, May 2, 2025 -- Ostrom Bio said OB-9 holds Fast Track designation from the FDA. "
        "Products with this designation meet the FDA often on the data needed for approval. "
        "Drugs with Breakthrough Therapy designation from the FDA, like OB-9, get more guidance."
    )
    assert list(told(release)) == [("OB-9", "FDA", "fast_track")]


def test_our_programs_with_a_designation_are_told():
    release = (
        "Ostrom Bio Update\n\n"
        "DENVER, May 2, 2025 -- Both of our programs with Fast Track designation from the FDA, "
        "OB-9 and OB-12, are in Phase 2."
    )
    assert ("OB-12", "FDA", "fast_track") in told(release)


def test_an_approval_opened_by_a_capitalised_if_is_not_told():
    release = (
        "Ostrom Bio Update\n\n"
        "DENVER, May 2, 2025 -- If OB-9 gains FDA approval, Ostrom Bio could sell the voucher. "
        "Once OB-12 wins approval from the EMA, it will launch in Europe."
    )
    assert told(release) == {}


def test_a_regions_other_department_is_another_authority_not_its_drug_regulator():
    release = (
        "Ostrom Bio Update\n\n"
        "DENVER, May 2, 2025 -- Ostrom Bio said OB-9 received conditional approval from the U.S. "
        "Department of Agriculture for canine lymphoma in March 2025."
    )
    assert told(release) == {("OB-9", "other", "conditional_approval"): ("granted", "2025-03")}


def test_a_subhead_run_into_the_dateline_keeps_its_own_date_and_status():
    release = (
        "Strong interim data in Phase 1b cohort - KR-77 won FDA Orphan Drug designation in 2022 "
        "MUNICH, March 4, 2025 /PRNewswire/ -- Kerrow Bio AG announced that the European "
        "Medicines Agency has validated its marketing authorisation application for KR-77 in "
        "Ardent syndrome."
    )
    assert told(release) == {
        ("KR-77", "FDA", "orphan_drug"): ("granted", "2022"),
        ("KR-77", "EMA", "approval"): ("accepted", None),
    }


def test_a_subhead_approval_takes_no_date_from_the_dateline_after_it():
    release = (
        "A first for Ardent syndrome in Korea - KR-77 is already approved in Europe SEOUL, May 6, "
        "2025 /PRNewswire/ -- Kerrow Bio AG announced that Japan's Ministry of Health, Labour and "
        "Welfare has approved KR-77 for Ardent syndrome."
    )
    assert told(release)[("KR-77", "EMA", "approval")] == ("granted", None)


def test_a_grant_following_a_recommendation_is_granted():
    release = (
        "Pellan Bio Update\n\n"
        "BERLIN, March 2, 2025 -- Pellan Bio said the European Commission has granted orphan "
        "designation to PB-52 for Tamsin disease, following a favourable recommendation from the "
        "European Medicines Agency."
    )
    assert told(release)[("PB-52", "EMA", "orphan_drug")] == ("granted", None)


def test_a_filing_given_priority_review_was_accepted():
    release = (
        "Pellan Bio Update\n\n"
        "BOSTON, March 2, 2025 -- Pellan Bio said the FDA granted priority review to its new drug "
        "application for PB-52 in Tamsin disease."
    )
    assert told(release)[("PB-52", "FDA", "approval")] == ("accepted", None)


def test_a_patients_qualifier_after_a_bracketed_abbreviation_stays_with_the_disease():
    release = (
        "Pellan Bio Update\n\n"
        "SHANGHAI, March 2, 2025 -- Pellan Bio said the CDE of the NMPA has granted Breakthrough "
        "Therapy Designation to PB-52 for the treatment of adults with advanced systemic "
        "mastocytosis (Adv SM) refractory to at least one prior therapy, the company said."
    )
    assert indications(release)[("PB-52", "NMPA", "breakthrough_therapy")] == (
        "advanced systemic mastocytosis refractory to at least one prior therapy"
    )


def test_a_bracketed_abbreviation_followed_by_no_qualifier_ends_the_disease():
    release = (
        "Pellan Bio Update\n\n"
        "SHANGHAI, March 2, 2025 -- Pellan Bio said the CDE of the NMPA has granted Breakthrough "
        "Therapy Designation to PB-52 for the treatment of advanced systemic mastocytosis (Adv SM) "
        "based on early data."
    )
    assert indications(release)[("PB-52", "NMPA", "breakthrough_therapy")] == (
        "advanced systemic mastocytosis"
    )


def test_a_program_told_without_agency_after_the_same_products_telling_is_that_agencys():
    release = (
        "Pellan Bio Update\n\n"
        "BOSTON, March 2, 2025 -- The European Medicines Agency validated the marketing "
        "application for PB-52 in January 2025.\n\n"
        "PB-52 was approved by the FDA in February 2025. PB-52 was previously granted Orphan Drug "
        "and Fast Track designations for Tamsin disease."
    )
    found = told(release)
    assert found[("PB-52", "FDA", "orphan_drug")] == ("granted", None)
    assert found[("PB-52", "FDA", "fast_track")] == ("granted", None)


def test_a_program_told_without_agency_after_another_products_telling_names_none():
    release = (
        "Pellan Bio Update\n\n"
        "BOSTON, March 2, 2025 -- The European Medicines Agency validated the marketing "
        "application for PB-52 in January 2025.\n\n"
        "PB-52 was approved by the FDA in February 2025. PB-60 holds Orphan Drug designation for "
        "Kiran disease."
    )
    assert ("PB-60", "FDA", "orphan_drug") not in told(release)


def test_a_dated_grant_told_after_a_new_filing_is_the_standing_status():
    release = (
        "Pellan Bio Annual Report\n\n"
        "COPENHAGEN, Feb. 10, 2025 -- Pellan Bio submitted a supplemental New Drug Application to "
        "the Japanese Ministry of Health, Labour and Welfare for PB-52 in a second indication. "
        "PB-52 sales in Japan grew; PB-52 was approved in Japan in September 2023."
    )
    assert told(release)[("PB-52", "PMDA", "approval")] == ("granted", "2023-09")


YEAR_REPORT = (
    "Pellan Bio Publishes Annual Report\n\n"
    "COPENHAGEN, Feb. 10, 2025 -- Pellan Bio today published its annual report.\n\n"
    "2024 HIGHLIGHTS\n\n"
    "Pipeline Progress\n\n"
    "* PB-52 received FDA approval for Tamsin disease\n"
    "* PB-60 was approved by the EMA in March 2023 and sales grew\n\n"
    "2025 Outlook\n\n"
    "* PB-71 is expected to receive Orphan Drug designation from the FDA\n"
    "* PB-80 holds Fast Track designation from the FDA\n"
)


def test_a_step_listed_under_a_years_highlights_is_dated_by_that_year():
    found = told(YEAR_REPORT)
    assert found[("PB-52", "FDA", "approval")] == ("granted", "2024")
    assert found[("PB-60", "EMA", "approval")] == ("granted", "2023-03")  # its own date


def test_a_step_listed_under_an_outlook_heading_takes_no_year():
    assert told(YEAR_REPORT)[("PB-80", "FDA", "fast_track")] == ("granted", None)


def test_it_opening_a_description_of_the_drug_gives_the_disease_but_not_the_companys_line():
    described = (
        "Quorra Pharma Gets Trial Nod\n\n"
        "Quorra Pharma said the FDA cleared its investigational new drug application for QR-415."
        "\n\nIt is being developed for the treatment of chronic kidney disease."
    )
    assert indications(described)[("QR-415", "FDA", "ind_clearance")] == "chronic kidney disease"
    company = described.replace(
        "It is being developed for the treatment of", "It also sells medicines for the treatment of"
    )
    assert indications(company)[("QR-415", "FDA", "ind_clearance")] is None


def test_a_telling_inside_a_quoted_title_of_an_announcement_is_a_reference_not_dated():
    release = (
        "Corlan Bio Shares Rise\n\n"
        "Corlan Bio has won Orphan Drug Designation from the U.S. Food and Drug Administration "
        "for CB-8. This designation, specifically for the treatment of Reyes disease, supports "
        "the program.\n\n"
        'The full announcement, titled "Corlan Bio Announces Orphan Drug Designation Granted by '
        'the FDA for CB-8", was published on June 3rd, 2024.'
    )
    assert told(release) == {("CB-8", "FDA", "orphan_drug"): ("granted", None)}
    assert indications(release)[("CB-8", "FDA", "orphan_drug")] == "Reyes disease"


def test_a_date_told_after_a_launch_dates_the_launch_not_the_approval():
    release = (
        "Marrick Pharma Update\n\n"
        "Marrick Pharma's MK-40, for the treatment of Kiran disease, is approved in the U.S. and "
        "was launched there in April 2023."
    )
    assert told(release) == {("MK-40", "FDA", "approval"): ("granted", None)}
    dated = release.replace(
        "is approved in the U.S. and", "was approved by the FDA in March 2023 and"
    )
    assert told(dated) == {("MK-40", "FDA", "approval"): ("granted", "2023-03")}
