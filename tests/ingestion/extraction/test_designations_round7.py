"""Designations, round 7: news-style approvals ("approves", "nod"), a region's adjective as the
agency ("European orphan designation"), priority review vouchers, supplemental applications and
regulators named as a country's "authorities". Every company and product name here is invented."""

from apps.ingestion.extraction import extract

from .designation_helpers import designation_tuples


def test_a_region_adjective_right_before_the_designation_names_its_regulator():
    release = (
        "Pellaro Bio Update\n\n"
        "PB-210 holds European orphan designation and Japanese SAKIGAKE designation for the "
        "treatment of Ostrander syndrome."
    )
    found = designation_tuples(release)
    assert ("PB-210", "EMA", "orphan_drug", "granted") in found
    assert ("PB-210", "PMDA", "other", "granted") in found


def test_a_us_adjective_before_an_orphan_designation_is_the_fda():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio said PB-210 has received US orphan drug designation for Ostrander syndrome."
    )
    assert designation_tuples(release) == [("PB-210", "FDA", "orphan_drug", "granted")]


def test_a_priority_review_voucher_is_its_own_program_not_priority_review():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio was awarded a rare pediatric disease priority review voucher by the FDA with "
        "the approval of PB-210."
    )
    found = designation_tuples(release)
    assert ("PB-210", "FDA", "other", "granted") in found
    assert not [d for d in found if d[2] == "priority_review"]


def test_a_headline_in_the_present_tense_tells_an_approval():
    release = (
        "US FDA approves Pellaro's bone drug PB-210\n\n"
        "The drug is the first of its class, the company said."
    )
    assert designation_tuples(release) == [("PB-210", "FDA", "approval", "granted")]


def test_a_regulator_nod_is_an_approval():
    release = (
        "Pellaro wins FDA nod for PB-210\n\n"
        "Pellaro Bio said on Monday its drug PB-210 may now be sold for Ostrander syndrome."
    )
    assert designation_tuples(release) == [("PB-210", "FDA", "approval", "granted")]


def test_a_supplemental_application_accepted_is_an_accepted_approval():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio said the FDA accepted its supplemental application for PB-210 in "
        "Ostrander syndrome."
    )
    assert designation_tuples(release) == [("PB-210", "FDA", "approval", "accepted")]


def test_a_country_s_authorities_clear_a_trial():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio said PB-210 has been cleared to begin a Phase 1 study by Canadian "
        "authorities."
    )
    assert designation_tuples(release) == [("PB-210", "Health Canada", "ind_clearance", "granted")]


def test_an_approval_that_sets_a_warrant_deadline_is_no_telling():
    release = (
        "Pellaro Bio Prices Offering\n\n"
        "The warrants expire on the earlier of the 45th day after the date the FDA approves the "
        "New Drug Application for PB-210 and March 3, 2029."
    )
    assert designation_tuples(release) == []


def test_orphan_shares_the_plural_designations_of_its_list():
    release = (
        "Pellaro Bio Update\n\n"
        "The results build on the FDA orphan and breakthrough therapy designations that PB-210 "
        "already holds for Ostrander syndrome."
    )
    found = designation_tuples(release)
    assert ("PB-210", "FDA", "orphan_drug", "granted") in found
    assert ("PB-210", "FDA", "breakthrough_therapy", "granted") in found


def test_regulatory_submissions_listed_by_region_are_filings_under_review():
    release = (
        "Pellaro Bio Update\n\n"
        "In March 2025, Pellaro Bio completed regulatory submissions for PB-210 in Canada and "
        "Australia, and reviews are underway."
    )
    found = designation_tuples(release)
    assert ("PB-210", "Health Canada", "approval", "accepted") in found
    assert ("PB-210", "TGA", "approval", "accepted") in found


def test_a_prv_acronym_is_the_voucher_program():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio received a PRV from the FDA when PB-210 was approved last year."
    )
    found = designation_tuples(release)
    assert ("PB-210", "FDA", "other", "granted") in found


def test_a_company_that_is_seeking_a_designation_has_applied_for_it():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio filed its application for PB-210 last month. Pellaro Bio is seeking "
        "priority review from the FDA for PB-210."
    )
    found = designation_tuples(release)
    assert ("PB-210", "FDA", "priority_review", "applied") in found


def test_a_regulator_that_has_authorized_a_product_approves_it():
    release = (
        "Pellaro Bio Update\n\n"
        "Health Canada has authorized PB-210 for the treatment of adults with Ostrander syndrome."
    )
    assert designation_tuples(release) == [("PB-210", "Health Canada", "approval", "granted")]


def test_a_product_authorized_for_emergency_use_holds_an_emergency_authorisation():
    release = (
        "Pellaro Bio Update\n\n"
        "The FDA has authorized PB-210 for emergency use in adults exposed to Ostrander virus."
    )
    assert designation_tuples(release) == [("PB-210", "FDA", "other", "granted")]


def test_a_company_authorized_to_act_tells_no_approval():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio's board has authorized a share buyback. PB-210 is in a Phase 2 study."
    )
    assert designation_tuples(release) == []


def test_a_product_cleared_for_a_trial_holds_a_trial_clearance():
    release = (
        "Pellaro Bio Update\n\n"
        "PB-210 has been cleared by the TGA for a Phase 1 study in Ostrander syndrome."
    )
    assert designation_tuples(release) == [("PB-210", "TGA", "ind_clearance", "granted")]


def test_a_conditional_marketing_approval_is_a_conditional_approval():
    release = (
        "Pellaro Bio Update\n\n"
        "PB-210 received conditional marketing approval in China for Ostrander syndrome."
    )
    assert designation_tuples(release) == [("PB-210", "NMPA", "conditional_approval", "granted")]


def test_two_approvals_each_with_its_region_adjective_are_two_regulators():
    release = (
        "Pellaro Bio Update\n\n"
        "PB-210 won Canadian approval in 2021 and Japanese approval in 2023 for Ostrander "
        "syndrome."
    )
    found = designation_tuples(release)
    assert ("PB-210", "Health Canada", "approval", "granted") in found
    assert ("PB-210", "PMDA", "approval", "granted") in found


def test_the_disease_ends_where_the_subject_s_next_verb_begins():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio said it holds FDA orphan drug designation for PB-210 in Ostrander syndrome "
        "and plans to apply for a similar status in Japan."
    )
    found = extract(release)["designations"]
    assert [d["indication"] for d in found] == ["Ostrander syndrome"]


def test_an_agency_that_modifies_an_approval_noun_still_names_the_telling_before():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio was awarded a priority review voucher after PB-210 received FDA approval."
    )
    assert ("PB-210", "FDA", "other", "granted") in designation_tuples(release)


def test_authorities_that_approve_a_transaction_approve_no_product():
    release = (
        "Pellaro Bio Update\n\n"
        "Chinese authorities approved the transfer of the PB-210 licence to Pellaro Bio."
    )
    assert designation_tuples(release) == []


def test_an_approval_pathway_is_no_approval():
    release = "Pellaro Bio Update\n\nThe US approval pathway for PB-210 remains under discussion."
    assert designation_tuples(release) == []


def test_an_approval_still_pending_is_not_granted():
    release = (
        "Pellaro Bio Update\n\n"
        "Pellaro Bio holds US patents on PB-210, and European approval is still pending."
    )
    assert designation_tuples(release) == []


def test_a_program_told_with_no_agency_takes_the_one_regulator_its_sentence_names():
    release = (
        "Pellaro Bio Update\n\n"
        "The European Medicines Agency validated the MAA for PB-210 in May. "
        "PB-210 was approved under Priority Review and Pellaro received a PRV from the FDA."
    )
    assert ("PB-210", "FDA", "priority_review", "granted") in designation_tuples(release)


def test_a_regulator_with_its_own_grant_lends_no_agency_to_another_program():
    release = (
        "Pellaro Bio Update\n\n"
        "PB-210 holds Orphan Drug Designation, and the EMA granted PB-210 PRIME status.\n\n"
        "Pellaro Bio plans to meet the FDA next year."
    )
    found = designation_tuples(release)
    assert ("PB-210", "EMA", "orphan_drug", "granted") not in found


def test_a_quotation_that_tells_a_grant_done_gives_the_designation():
    release = (
        "Pellaro Bio Update\n\n"
        '"We are delighted that the FDA has granted PB-210 Orphan Drug Designation for '
        'Ostrander syndrome," said the chief executive of Pellaro Bio.'
    )
    assert designation_tuples(release) == [("PB-210", "FDA", "orphan_drug", "granted")]


def test_a_quotation_that_hopes_or_reasons_tells_no_designation():
    for quote in (
        "We look forward to the FDA granting Fast Track designation to PB-210",
        "With Fast Track designation from the FDA, PB-210 could reach patients sooner",
    ):
        release = f'Pellaro Bio Update\n\n"{quote}," said the chief executive of Pellaro Bio.'
        assert designation_tuples(release) == [], quote


def test_a_quotation_gives_no_bare_approval_word():
    release = (
        "Pellaro Bio Update\n\n"
        '"PB-210 received Fast Track designation from the FDA last year, and no drugs are FDA '
        'approved for Ostrander syndrome today," said the chief executive of Pellaro Bio.'
    )
    assert designation_tuples(release) == [("PB-210", "FDA", "fast_track", "granted")]
