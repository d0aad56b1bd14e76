"""Designations on unseen releases, round 2: programs told with no agency, products named only in
the About paragraph, plans told after the telling, and sites rather than products. Every company
and product name here is invented."""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.designation_helpers import designation_tuples as designations

US_RELEASE = (
    "Corvina Bio Reports Third Quarter Results\n\n"
    "BOSTON, Nov. 4, 2025 -- Corvina Bio, Inc. (NASDAQ: CRVB) today reported results for the "
    "quarter and said its cash runway extends into 2027.\n\n"
    "About Corvina Bio\n\n"
    "Corvina Bio develops small molecules for rare metabolic disease. Its lead candidate, "
    "ZT-402, is in a Phase 2 study in Wilson disease, for which ZT-402 has been granted Orphan "
    "Drug Designation."
)


def test_a_program_told_with_no_agency_in_a_new_york_listed_release_is_the_fdas():
    assert ("ZT-402", "FDA", "orphan_drug", "granted") in designations(US_RELEASE)


def test_a_program_told_with_no_agency_and_no_us_listing_names_no_agency():
    release = US_RELEASE.replace(" (NASDAQ: CRVB)", "")
    assert designations(release) == []


def test_a_program_told_with_no_agency_is_run_by_the_one_regulator_the_release_names():
    release = (
        "Tessaly Therapeutics Updates Pipeline\n\n"
        "LONDON, May 2, 2025 -- Tessaly Therapeutics said the EMA accepted its filing for an "
        "unrelated device last year. Separately, MRV-17 has received Breakthrough Therapy "
        "designation for chronic cough."
    )
    assert ("MRV-17", "EMA", "breakthrough_therapy", "granted") in designations(release)


def test_a_program_told_with_no_agency_in_a_release_naming_two_regulators_names_none():
    release = (
        "Tessaly Therapeutics Updates Pipeline\n\n"
        "LONDON, May 2, 2025 -- Tessaly Therapeutics said the EMA and the FDA met with it on an "
        "unrelated device last year. Separately, MRV-17 has received Breakthrough Therapy "
        "designation for chronic cough."
    )
    assert [d for d in designations(release) if d[0] == "MRV-17"] == []


def test_a_product_named_only_in_the_body_is_not_carried_into_an_about_telling():
    # the About paragraph's own product holds the designation, the body's does not
    found = designations(US_RELEASE)
    assert all(d[0] == "ZT-402" for d in found)


def test_a_filing_planned_for_a_date_right_after_the_telling_is_no_designation():
    release = (
        "Halvern Gene Raises Seed Round\n\n"
        "AUSTIN, Jan. 9, 2025 -- In the US, Halvern Gene's lead program HG-220 has completed "
        "toxicology studies, with an IND submission targeted for late 2026."
    )
    assert designations(release) == []


def test_a_manufacturing_sites_approval_is_not_the_products():
    release = (
        "Quellan Aesthetics Signs Supply Pact\n\n"
        "DALLAS, Feb. 3, 2025 -- Quellan Aesthetics launched QA-88 in Texas.\n\n"
        "QA-88 is manufactured by Pemberly Labs in a facility that has been approved by the U.S. "
        "Food and Drug Administration and Health Canada."
    )
    assert designations(release) == []


def test_a_plant_or_a_plantar_disease_is_no_plan():
    release = (
        "Orlune Derm Wins Approval\n\n"
        "DENVER, Mar. 5, 2025 -- Orlune Derm's plantar wart cream OD-31 was approved by the "
        "U.S. Food and Drug Administration on Monday."
    )
    assert ("OD-31", "FDA", "approval", "granted") in designations(release)


def test_a_territory_written_with_stops_names_its_regulator():
    release = (
        "Brask Medica Posts Results\n\n"
        "OSLO, Apr. 8, 2025 -- Brask Medica received orphan drug designation for velonumab in the "
        "E.U. and an approval for tarsiline in the U.K. during the quarter."
    )
    found = designations(release)
    assert ("velonumab", "EMA", "orphan_drug", "granted") in found
    assert ("tarsiline", "MHRA", "approval", "granted") in found


def test_the_therapy_of_a_following_sentence_is_the_subject_of_the_sentence_before():
    release = (
        "Lorvane Bio Starts Trial\n\n"
        "PHOENIX, June 3, 2025 -- Lorvane Bio dosed the first patient with LX-12 in combination "
        "with felarotinib. LX-12 is a peptide designed to block fibrosis, and its effect is "
        "boosted by felarotinib, which loosens scar tissue. The therapy has received both "
        "Orphan Drug and Fast Track designations from the FDA."
    )
    found = designations(release)
    assert ("LX-12", "FDA", "orphan_drug", "granted") in found
    assert ("LX-12", "FDA", "fast_track", "granted") in found
    assert [d for d in found if d[0] == "felarotinib"] == []


def test_a_designation_in_a_relative_clause_belongs_to_the_product_it_hangs_from():
    release = (
        "Pellucid Bio Outlines Pipeline\n\n"
        "SEATTLE, July 1, 2025 -- Pellucid Bio is developing PB-3, an antibody in Phase 3 for "
        "lupus nephritis that has received Breakthrough Therapy designation from the FDA, and "
        "PB-7, an oral inhibitor in a Phase 1 study for gout."
    )
    found = designations(release)
    assert ("PB-3", "FDA", "breakthrough_therapy", "granted") in found
    assert [d for d in found if d[0] == "PB-7"] == []


def test_for_use_among_patients_with_a_disease_introduces_the_indication():
    from apps.ingestion.extraction.indications import find_indications

    found = find_indications("KT-9 is cleared for use among adults with chronic plaque gout.")
    assert [f.text for f in found] == ["chronic plaque gout"]
    phrase = "ZX-4 holds orphan status for use among late-stage bile duct cancer patients."
    assert [f.text for f in find_indications(phrase)] == ["late-stage bile duct cancer"]
    # a bare cue: with no disease word it introduces nothing
    assert find_indications("KT-9 is approved for use in combination with standard care.") == []


def test_an_application_told_with_no_agency_goes_to_the_one_regulator_the_release_names():
    release = (
        "Quorra Neuro Files Application\n\n"
        "CHICAGO, Aug. 4, 2025 -- Quorra Neuro has submitted a New Drug Application for QN-55 "
        "in cluster headache. QN-55 earlier won Fast Track designation from the U.S. FDA."
    )
    assert ("QN-55", "FDA", "approval", "applied") in designations(release)


def test_an_application_told_with_no_agency_in_a_release_naming_none_names_no_agency():
    release = (
        "Quorra Neuro Files Application\n\n"
        "CHICAGO, Aug. 4, 2025 -- Quorra Neuro (NASDAQ: QRNX) has submitted a New Drug "
        "Application for QN-55 in cluster headache."
    )
    assert designations(release) == []


def test_the_approved_product_a_trial_compares_with_is_no_approval_of_the_subject():
    release = (
        "Ostrova Vaccines Gets Advice\n\n"
        "ZURICH, Sept. 2, 2025 -- Ostrova Vaccines said the European Medicines Agency agreed "
        "that a trial of OV-3 against the approved comparator vaccine would be sufficient."
    )
    assert [d for d in designations(release) if d[2] == "approval"] == []


def test_both_candidates_of_a_following_sentence_are_every_product_listed_before():
    release = (
        "Vireo Bio Licenses Two Antivirals\n\n"
        "BOSTON, Jan. 9, 2025 -- Vireo Bio licensed VB-11 and VB-12 from Tamsin Labs. Both "
        "candidates have finished Phase 2 studies and hold active INDs with the U.S. Food and "
        "Drug Administration."
    )
    found = designations(release)
    assert ("VB-11", "FDA", "ind_clearance", "granted") in found
    assert ("VB-12", "FDA", "ind_clearance", "granted") in found


def test_ind_enabling_work_is_no_trial_clearance():
    release = (
        "Vireo Bio Licenses Two Antivirals\n\n"
        "BOSTON, Jan. 9, 2025 -- Vireo Bio licensed VB-11 and VB-12 from Tamsin Labs. Both "
        "programs are in IND/CTA-enabling studies with the FDA's feedback in hand."
    )
    assert designations(release) == []


def test_the_disease_of_the_next_list_item_is_not_the_tellings():
    release = (
        "Pellucid Bio Outlines Pipeline\n\n"
        "SEATTLE, July 1, 2025 -- Pellucid Bio is developing PB-3, an antibody in Phase 3 for the "
        "adjunctive treatment of lupus nephritis that has received Breakthrough Therapy "
        "designation from the FDA, and PB-7, an oral inhibitor in a Phase 1 study for gout."
    )
    found = extract(release)["designations"]
    assert [(d["drug"], d["indication"]) for d in found] == [("PB-3", "lupus nephritis")]


def test_brands_listed_with_their_names_in_brackets_share_the_telling():
    release = (
        "Holloway Pharma Wins EU Nod\n\n"
        "DUBLIN, Oct. 6, 2025 -- The European Commission has granted marketing authorization "
        "for two of Holloway Pharma's products, Travexa (zolnetinib) and Quintel (ravocimab)."
    )
    found = designations(release)
    assert ("zolnetinib", "EMA", "approval", "granted") in found
    assert ("ravocimab", "EMA", "approval", "granted") in found


def test_a_territory_that_owns_the_approval_names_its_regulator():
    release = (
        "Tarrow Bio Shares Jump\n\n"
        "HONG KONG, Mar. 3, 2025 -- Tarrow Bio's shares rose after its antibody corvilimab won "
        "Japan's first approval for a locally developed TIGIT drug."
    )
    assert ("corvilimab", "PMDA", "approval", "granted") in designations(release)


def test_a_filing_named_as_the_source_after_the_news_is_no_status():
    release = (
        "Markets brief\n\n"
        "Kestrel Bio said the PMDA turned the conditional approval for KB-12 into a full one "
        "last week, the company's exchange filing said."
    )
    found = designations(release)
    assert [d[3] for d in found if d[2] == "conditional_approval"] == ["granted"]
