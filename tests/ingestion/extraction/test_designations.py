"""Designations: agencies as countries, plurals, neighbouring sentences, clauses, dates.

Field cases si10, si11, si13, si20, si26 and M4, each with a second, differently worded
invented sentence of the same kind. Every company and product name here is invented.
"""

from apps.ingestion.extraction import extract


def release(body: str, headline: str = "Corlan regulatory update") -> str:
    return f"{headline}\n\nPARIS, March 3, 2025 /PRNewswire/ -- {body}\n"


def designations(result: dict) -> dict:
    return {(d["drug"], d["agency"], d["type"]): d for d in result["designations"]}


# ---------------------------------------------------------------- si10: brand-only approval


def test_si10_an_approval_of_a_brand_only_product_is_a_designation():
    result = extract(
        "Tamsin Bio Announces NMPA Approval of RENOVAX\n\n"
        "HONG KONG, June 2, 2025 - (ACN Newswire) - Tamsin Bio (HKEX: 9999.HK) today announced "
        "that the China National Medical Products Administration (NMPA) has approved RENOVAX "
        "for adult patients with membranous nephropathy."
    )
    found = designations(result)[("RENOVAX", "NMPA", "approval")]
    assert found["status"] == "granted"
    assert found["indication"] == "membranous nephropathy"
    assert found["date"] is None


def test_a_brand_only_marketing_authorisation_in_other_wording():
    result = extract(
        release(
            "The European Commission has granted marketing authorization for LUMIVESTRA, "
            "Corlan Therapeutics SA's treatment for adults with chronic hand eczema."
        )
    )
    assert ("LUMIVESTRA", "EMA", "approval") in designations(result)


# ---------------------------------------------------------------- si11: agency as a country

SI11 = (
    "Quillon receives Rare Pediatric Disease designation\n\n"
    "LOS ALTOS, Calif., Feb. 3, 2021 (GLOBE NEWSWIRE) -- Quillon Bio, Inc. today announced that "
    "the U.S. Food and Drug Administration (FDA) has granted rare pediatric disease designation "
    "to QB-12 for Batten disease. QB-12 has previously been granted orphan drug designation in "
    "the U.S. for the treatment of Krabbe disease."
)


def test_si11_an_agency_given_as_a_country_and_each_indication():
    found = designations(extract(SI11))
    assert found[("QB-12", "FDA", "other")]["indication"] == "Batten disease"
    orphan = found[("QB-12", "FDA", "orphan_drug")]
    assert orphan["status"] == "granted"
    assert orphan["indication"] == "Krabbe disease"


def test_several_countries_in_one_sentence_give_one_designation_per_agency():
    result = extract(
        release(
            "Corlan Therapeutics SA said CRL-880 is now approved in Japan, China and Taiwan for "
            "the treatment of chronic spontaneous urticaria."
        )
    )
    found = designations(result)
    assert {key[1] for key in found if key[0] == "CRL-880"} == {"PMDA", "NMPA", "other"}
    assert found[("CRL-880", "PMDA", "approval")]["indication"] == ("chronic spontaneous urticaria")


def test_a_trial_clearance_from_a_country_is_ind_clearance_of_other():
    result = extract(
        release(
            "Corlan Therapeutics SA received regulatory approval in Ukraine to start recruiting "
            "for a Phase 3 trial of CRL-880 in acute myeloid leukemia."
        )
    )
    assert ("CRL-880", "other", "ind_clearance") in designations(result)


def test_approval_to_conduct_clinical_trials_is_ind_clearance_not_a_marketing_approval():
    result = extract(
        release(
            "Corlan Therapeutics SA obtained the approval of China's National Medical Products "
            "Administration to conduct clinical trials on CRL-880 tablets."
        )
    )
    assert set(designations(result)) == {("CRL-880", "NMPA", "ind_clearance")}


# ---------------------------------------------------------------- M4: plural designations


def test_m4_two_rare_pediatric_disease_designations_keep_both_indications():
    result = extract(
        "Quillon regulatory update\n\n"
        "LOS ALTOS, Calif., Feb. 3, 2021 (GLOBE NEWSWIRE) -- Quillon Bio, Inc. today announced "
        "that the U.S. Food and Drug Administration (FDA) has granted two rare pediatric disease "
        "designations to QB-12, one for Batten disease and one for Krabbe disease."
    )
    found = designations(result)
    assert list(found) == [("QB-12", "FDA", "other")]
    indication = found[("QB-12", "FDA", "other")]["indication"]
    assert "Batten disease" in indication and "Krabbe disease" in indication


def test_plural_orphan_designations_in_other_wording():
    result = extract(
        release(
            "The FDA granted Orphan Drug Designations to CRL-204 for both Fabry disease and "
            "Pompe disease, Corlan Therapeutics SA said."
        )
    )
    indication = designations(result)[("CRL-204", "FDA", "orphan_drug")]["indication"]
    assert "Fabry disease" in indication and "Pompe disease" in indication


# ---------------------------------------------------------------- si13: clauses of a list

SI13 = (
    "Verant reports second quarter 2025 results\n\n"
    "EMERYVILLE, Calif., August 13, 2025 (GLOBE NEWSWIRE) -- Verant Royalty Corporation "
    "(NASDAQ: VRNT) reported its second quarter results.\n\n"
    "Pipeline advancements: Galloway Bio completed enrollment in its Phase 3 study of ersodetug; "
    "the Marketing Authorization Application (MAA) for Harlow Pharmaceuticals' tovorafenib was "
    "accepted for review by the European Medicines Agency (EMA); Ingram Therapeutics submitted an "
    "MAA with EMA seeking approval for arimoclomol as a treatment for Niemann-Pick Type C."
)


def test_si13_each_clause_of_a_list_gives_its_own_drug_and_status():
    found = designations(extract(SI13))
    assert set(found) == {("tovorafenib", "EMA", "approval"), ("arimoclomol", "EMA", "approval")}
    assert found[("tovorafenib", "EMA", "approval")]["status"] == "accepted"
    assert found[("tovorafenib", "EMA", "approval")]["indication"] is None
    assert found[("arimoclomol", "EMA", "approval")]["status"] == "applied"
    assert found[("arimoclomol", "EMA", "approval")]["indication"] == "Niemann-Pick Type C"


def test_designations_in_semicolon_clauses_in_other_wording():
    result = extract(
        release(
            "Highlights: the FDA granted Breakthrough Therapy designation to CRL-204 in "
            "bladder cancer; Corlan Therapeutics SA filed a New Drug Application for CRL-880 "
            "with the FDA for gout."
        )
    )
    found = designations(result)
    assert found[("CRL-204", "FDA", "breakthrough_therapy")]["status"] == "granted"
    assert found[("CRL-880", "FDA", "approval")]["status"] == "applied"
    assert ("CRL-204", "FDA", "approval") not in found


# ---------------------------------------------------------------- neighbouring sentence


def test_the_designation_told_in_the_next_sentence_takes_the_drug_before():
    result = extract(
        release(
            "Corlan Therapeutics SA said the FDA granted fast track designation to CRL-204 for "
            "Fabry disease. The designation follows an orphan drug designation in January."
        )
    )
    found = designations(result)
    assert ("CRL-204", "FDA", "orphan_drug") in found
    assert found[("CRL-204", "FDA", "orphan_drug")]["date"] == "2025-01"


# ---------------------------------------------------------------- si20 and si26: dates


def test_si20_approved_in_china_and_a_positive_opinion_are_two_designations():
    result = extract(
        "TB-301 is the first anti-PD-1 antibody for small cell lung cancer - TB-301 has already "
        "been approved in China SHANGHAI, Sept. 2, 2024 /PRNewswire/ -- Tamsin Biotech, Inc. "
        "(2999.HK) announced that the Committee for Medicinal Products for Human Use (CHMP) of "
        "the European Medicines Agency (EMA) issued a positive opinion recommending approval of "
        "TB-301 for small cell lung cancer."
    )
    found = designations(result)
    assert found[("TB-301", "EMA", "approval")]["status"] == "recommended"
    assert found[("TB-301", "EMA", "approval")]["date"] is None
    assert found[("TB-301", "NMPA", "approval")]["status"] == "granted"


SI26 = (
    "Tamsin Bio receives positive CHMP opinion\n\n"
    "SHANGHAI, Sept. 2, 2024 /PRNewswire/ -- Tamsin Biotech, Inc. (2999.HK) announced that the "
    "Committee for Medicinal Products for Human Use (CHMP) of the European Medicines Agency (EMA) "
    "issued a positive opinion recommending approval of TB-301, an anti-PD-1 monoclonal "
    "antibody, as a first-line treatment of small cell lung cancer."
)


def test_si26_the_dateline_is_not_the_designations_date():
    found = designations(extract(SI26))[("TB-301", "EMA", "approval")]
    assert found["date"] is None
    assert found["indication"] == "small cell lung cancer"


def test_an_explicit_date_of_the_designation_is_kept():
    result = extract(
        release("In November 2023, the FDA granted Fast Track designation to CRL-204 for gout.")
    )
    assert designations(result)[("CRL-204", "FDA", "fast_track")]["date"] == "2023-11"


# ---------------------------------------------------------------- never a designation


def test_an_fda_approved_comparator_is_not_a_designation():
    result = extract(
        release(
            "Corlan Therapeutics SA will compare CRL-204 with a U.S. Food and Drug "
            "Administration (FDA) approved vaccine in a Phase 2 study."
        )
    )
    assert result["designations"] == []


def test_a_hedged_approval_is_not_a_designation():
    result = extract(
        release(
            "The orphan status of CRL-204 gives up to ten years of exclusivity in the European "
            "Union, if approved."
        )
    )
    assert ("CRL-204", "EMA", "approval") not in designations(result)


def test_each_designation_carries_its_rule_and_confidence():
    for item in extract(SI11)["designations"]:
        assert item["rule"].startswith("designation.")
        assert 0 < item["confidence"] <= 1


def test_a_country_named_later_in_the_clause_is_the_agency():
    result = extract(
        release("Corlan Therapeutics SA said CRL-880 received approval for gout in Japan.")
    )
    assert ("CRL-880", "PMDA", "approval") in designations(result)


# ---------------------------------------------------------------- wordings and lists


def test_cde_breakthrough_therapeutic_wording_is_a_breakthrough_designation():
    result = extract(
        release(
            "Corlan Bio said China's CDE has included CL-515 in its Breakthrough Therapeutic "
            "designation list for relapsed follicular lymphoma."
        )
    )
    assert ("CL-515", "NMPA", "breakthrough_therapy") in designations(result)


def test_a_notice_of_compliance_is_a_health_canada_approval():
    result = extract(
        release("Health Canada issued a Notice of Compliance to CL-702 for adults with gout.")
    )
    found = designations(result)[("CL-702", "Health Canada", "approval")]
    assert found["status"] == "granted"


def test_a_capitalised_application_names_its_product_and_the_disease_after_it():
    result = extract(
        release(
            "The FDA has accepted the New Drug Application for corvadolent in moderate "
            "ulcerative colitis, Corlan Therapeutics SA said."
        )
    )
    found = designations(result)[("corvadolent", "FDA", "approval")]
    assert found["status"] == "accepted"
    assert found["indication"] == "moderate ulcerative colitis"


def test_a_product_named_after_a_bare_for_is_not_its_own_indication():
    result = extract(
        release(
            "Corlan filed a Biologics License Application with the FDA for velanimab in "
            "moderate ulcerative colitis."
        )
    )
    assert designations(result)[("velanimab", "FDA", "approval")]["indication"] == (
        "moderate ulcerative colitis"
    )


def test_every_drug_listed_with_the_designated_one_gets_the_designation():
    result = extract(
        release(
            "The European Commission granted orphan designation to CL-11a, CL-12 and CL-19 for "
            "the treatment of Wilson disease."
        )
    )
    assert {("CL-11a", "EMA", "orphan_drug"), ("CL-12", "EMA", "orphan_drug")} <= set(
        designations(result)
    )
    assert ("CL-19", "EMA", "orphan_drug") in designations(result)


def test_a_drug_listed_as_a_combination_partner_gets_no_designation():
    result = extract(
        release(
            "The FDA granted Breakthrough Therapy designation to CL-303 in combination with "
            "nivolumab and ipilimumab for untreated melanoma."
        )
    )
    assert {d["drug"] for d in result["designations"]} == {"CL-303"}


def test_an_approval_as_a_distant_goal_is_not_a_designation():
    result = extract(
        release(
            "Corlan Bio will focus on CL-404 in liver cancer, keeping in mind the fastest road "
            "to FDA approval."
        )
    )
    assert result["designations"] == []


def test_each_agency_followed_by_its_own_date_keeps_that_date():
    result = extract(
        release(
            "Velastrimab was cleared for marketing by Health Canada in May 2020 and by the FDA "
            "in October 2023 for cold agglutinin disease."
        )
    )
    found = designations(result)
    assert found[("velastrimab", "Health Canada", "approval")]["date"] == "2020-05"
    assert found[("velastrimab", "FDA", "approval")]["date"] == "2023-10"


def test_competitors_products_in_a_market_overview_get_no_designation():
    result = extract(
        release(
            "The market is served by rival therapies such as Brontiva (solvatinib), which the FDA "
            "approved in 2018 for the same disease. Corlan's CL-88 received orphan drug "
            "designation from the FDA for it in 2024."
        )
    )
    assert {d["drug"] for d in result["designations"]} == {"CL-88"}


def test_an_emergency_use_authorization_is_an_other_designation():
    result = extract(
        release("The FDA issued an Emergency Use Authorization for CL-240 against avian influenza.")
    )
    assert designations(result)[("CL-240", "FDA", "other")]["status"] == "granted"


def test_a_territory_that_modifies_the_named_agency_still_gives_that_agency():
    result = extract(
        release(
            "Corlan's unit won approval from Japan's Ministry of Health, Labour and Welfare for "
            "a second indication of its CL-77 tablets, a filing showed."
        )
    )
    assert ("CL-77", "PMDA", "approval") in designations(result)


def test_a_list_of_countries_gives_one_approval_per_agency():
    result = extract(
        release(
            "CL-4040 is approved in Canada, the Kingdom of Saudi Arabia (KSA), Norway and the "
            "United States for adults with Pompe disease."
        )
    )
    assert {a for (_, a, t) in designations(result) if t == "approval"} == {
        "Health Canada",
        "other",
        "FDA",
    }


def test_the_filing_named_in_the_next_sentence_refers_back_to_its_drug():
    result = extract(
        release(
            "Corlan finished submitting its New Drug Application for CL-5150 in March. "
            "The FDA has accepted the NDA for review."
        )
    )
    assert designations(result)[("CL-5150", "FDA", "approval")]["status"] == "accepted"


def test_a_validated_application_is_accepted_and_a_pdufa_date_is_not_its_date():
    result = extract(
        release(
            "The EMA validated the Marketing Authorisation Application for CL-620 in gout, with a "
            "decision date of 14 November 2026."
        )
    )
    found = designations(result)[("CL-620", "EMA", "approval")]
    assert (found["status"], found["date"]) == ("accepted", None)


def test_designations_listed_with_such_as_are_still_the_drugs_own():
    result = extract(
        release(
            "CL-808 holds several designations, such as Orphan Drug and Fast Track designation, "
            "from the FDA for gout."
        )
    )
    assert {("CL-808", "FDA", "orphan_drug"), ("CL-808", "FDA", "fast_track")} <= set(
        designations(result)
    )


def test_a_combination_partners_approval_recap_is_not_a_designation():
    result = extract(
        release(
            "Corlan dosed the first patient with CL-950 in combination with ZEVANTRA® "
            "(tobilimab). ZEVANTRA has been approved by the FDA for several cancers."
        )
    )
    assert result["designations"] == []


def test_each_defined_abbreviation_in_an_indication_list_is_spelled_out():
    result = extract(
        release(
            "CL-31 is studied in hereditary angioedema (HAE) and cold urticaria (CU). The FDA "
            "granted orphan drug designation to CL-31 for the treatment of HAE and CU."
        )
    )
    found = designations(result)[("CL-31", "FDA", "orphan_drug")]
    assert found["indication"] == "hereditary angioedema and cold urticaria"


def test_a_possessive_its_in_the_next_sentence_does_not_carry_a_designation_back():
    result = extract(
        release(
            "CL-120 received RMAT designation from the FDA for lupus. Since its founding, Corlan "
            "has celebrated the approval of the first therapy of its kind."
        )
    )
    assert set(designations(result)) == {("CL-120", "FDA", "rmat")}


def test_it_as_the_subject_of_the_next_sentence_refers_back_to_the_drug():
    result = extract(
        release(
            "Corlan presented data on CL-121, an oral PCSK9 inhibitor. Earlier this year it "
            "received Fast Track designation from the FDA."
        )
    )
    assert ("CL-121", "FDA", "fast_track") in designations(result)


def test_a_possessive_its_does_not_carry_another_designation_kind_back():
    result = extract(
        release(
            "CL-130 won Breakthrough Therapy designation from the FDA. Over its history, Corlan "
            "has earned orphan drug designation for several programs."
        )
    )
    assert set(designations(result)) == {("CL-130", "FDA", "breakthrough_therapy")}


def test_an_approval_verb_keeps_its_own_status_beside_a_later_filing():
    result = extract(
        release(
            "The FDA approved CL-717 in January 2025, and Canada's regulator accepted a filing "
            "in March 2025."
        )
    )
    found = designations(result)[("CL-717", "FDA", "approval")]
    assert (found["status"], found["date"]) == ("granted", "2025-01")


def test_a_date_after_the_disease_is_not_part_of_the_indication():
    result = extract(
        release("Fast Track designation was granted by the FDA to CL-744 for gout in Sept. 2024.")
    )
    assert designations(result)[("CL-744", "FDA", "fast_track")]["indication"] == "gout"


# ---------------------------------------------------------------- recall round 2026-12-01


def test_an_approval_for_a_clinical_trial_is_a_trial_clearance():
    result = extract(
        release(
            "Corlan Therapeutics SA said it received FDA approval for a Phase II clinical trial "
            "of its peptide drug CRL-551 in the US in adults with obesity."
        )
    )
    assert set(designations(result)) == {("CRL-551", "FDA", "ind_clearance")}


def test_drugs_that_both_received_a_designation_each_get_it():
    result = extract(
        release(
            "The pipeline includes lozarivir, Corlan's lead oral capsid inhibitor, and CRL-623, "
            "its oral polymerase inhibitor, both of which received Fast Track designation from "
            "the U.S. Food and Drug Administration."
        )
    )
    assert set(designations(result)) == {
        ("lozarivir", "FDA", "fast_track"),
        ("CRL-623", "FDA", "fast_track"),
    }


def test_a_product_named_in_an_apposition_after_an_authorisation_is_its_drug():
    result = extract(
        release(
            "Corlan said that the MHRA granted marketing authorization for its kidney imaging "
            "agent, Renaview, according to a filing."
        )
    )
    assert set(designations(result)) == {("Renaview", "MHRA", "approval")}


def test_an_approval_told_beside_other_pending_submissions_is_granted():
    result = extract(
        release(
            "The marketing authorization for CRL-204 was approved in Australia in May 2024, and "
            "other submissions are under review."
        )
    )
    found = designations(result)[("CRL-204", "TGA", "approval")]
    assert found["status"] == "granted"
    assert found["date"] == "2024-05"


def test_a_footnote_number_after_a_full_stop_ends_the_sentence():
    result = extract(
        release(
            "In 2021, the FDA granted Orphan Drug Designation for CRL-204 in gout.3 The "
            "designation brings incentives, including priority review of later filings."
        )
    )
    assert set(designations(result)) == {("CRL-204", "FDA", "orphan_drug")}


def test_what_a_designation_brings_is_no_further_designation():
    result = extract(
        release(
            "The FDA granted Orphan Drug Designation to CRL-204 for gout. The designation offers "
            "benefits such as priority review and fee waivers."
        )
    )
    assert set(designations(result)) == {("CRL-204", "FDA", "orphan_drug")}


def test_a_region_that_opens_an_agencys_name_leaves_the_other_agencies_listed():
    result = extract(
        release(
            "In 2022, Zorivel® was granted approval by the U.S. Food and Drug Administration "
            "(FDA), the European Commission (EC) and the Japanese Ministry of Health, Labor and "
            "Welfare."
        )
    )
    assert set(designations(result)) == {
        ("Zorivel", "FDA", "approval"),
        ("Zorivel", "EMA", "approval"),
        ("Zorivel", "PMDA", "approval"),
    }


def test_a_warrant_term_that_ends_on_an_approval_is_no_designation():
    result = extract(
        release(
            "The warrants will expire on the earlier of (i) the 30th day after the date the U.S. "
            "Food and Drug Administration approves the New Drug Application for CRL-204 and (ii) "
            "June 1, 2029."
        )
    )
    assert result["designations"] == []


def test_a_rolling_submission_to_the_fda_is_an_approval_filing():
    result = extract(
        release("Corlan Therapeutics SA initiated a rolling submission to the FDA for CRL-204.")
    )
    found = designations(result)[("CRL-204", "FDA", "approval")]
    assert found["status"] == "applied"


# ---------------------------------------------------- several agencies, each telling its own


def test_agencies_listed_as_one_subject_each_grant_the_designation():
    found = designations(
        extract(
            release(
                "In May 2024, the U.S. Food and Drug Administration and the European Commission "
                "granted Orphan Drug Designation to CRL-207 for Kessler syndrome. The European "
                "Commission and the UK MHRA approved CRL-310 in January 2025."
            )
        )
    )
    for agency in ("FDA", "EMA"):
        orphan = found[("CRL-207", agency, "orphan_drug")]
        assert (orphan["date"], orphan["indication"]) == ("2024-05", "Kessler syndrome")
    assert ("CRL-310", "EMA", "approval") in found
    assert ("CRL-310", "MHRA", "approval") in found


def test_an_agency_that_opens_its_own_clause_is_not_the_earlier_tellings():
    found = designations(
        extract(
            release(
                "The FDA granted Fast Track designation to CRL-207 in September 2023, and the EMA "
                "granted it PRIME eligibility in October 2023."
            )
        )
    )
    assert found[("CRL-207", "FDA", "fast_track")]["date"] == "2023-09"
    assert found[("CRL-207", "EMA", "prime")]["date"] == "2023-10"
    assert ("CRL-207", "EMA", "fast_track") not in found


def test_an_indication_given_as_an_abbreviation_defined_in_quotes_is_spelled_out():
    found = designations(
        extract(
            release(
                "Corlan SA runs a Phase 2 study in Chronic Radiation Enteritis (“CRE”). The FDA "
                "granted Fast Track designation to CRL-207 for the treatment of CRE."
            )
        )
    )
    assert found[("CRL-207", "FDA", "fast_track")]["indication"] == "Chronic Radiation Enteritis"


def test_a_filing_told_without_its_own_verb_is_accepted_not_granted():
    found = designations(
        extract(
            release(
                "The FDA accepted for filing and granted Priority Review to the NDA for CRL-207."
            )
        )
    )
    assert found[("CRL-207", "FDA", "priority_review")]["status"] == "granted"
    assert found[("CRL-207", "FDA", "approval")]["status"] == "accepted"


def test_a_filing_named_by_what_it_asks_for_is_an_approval_telling():
    found = designations(
        extract(
            release(
                "The NMPA accepted the marketing application of CRL-207 in February 2025. The EMA "
                "validated the Type II variation for CRL-310 in Kessler syndrome."
            )
        )
    )
    assert found[("CRL-207", "NMPA", "approval")]["status"] == "accepted"
    assert found[("CRL-310", "EMA", "approval")]["status"] == "accepted"


def test_an_approval_and_another_agencys_filing_in_one_sentence_are_two_facts():
    found = designations(
        extract(
            release(
                "In January 2025, the FDA granted approval to CRL-207, and the marketing "
                "authorization application was accepted by the PMDA."
            )
        )
    )
    assert (found[("CRL-207", "FDA", "approval")]["status"]) == "granted"
    assert (found[("CRL-207", "PMDA", "approval")]["status"]) == "accepted"


def test_countries_listed_after_including_are_each_an_approval():
    found = designations(
        extract(
            release("CRL-207 is approved in 40 countries, including the U.S., Japan and China.")
        )
    )
    assert {k[1] for k in found if k[2] == "approval"} == {"FDA", "PMDA", "NMPA"}


# ------------------------------------------------ one sentence, several tellings or places


def test_an_approval_beside_another_designation_in_its_list_stays_a_fact_with_its_own_region():
    found = designations(
        extract(
            release(
                "Approved in China for cystinuria since 2023, CRL-207 also carries orphan drug "
                "status in Japan."
            )
        )
    )
    assert set(found) == {("CRL-207", "NMPA", "approval"), ("CRL-207", "PMDA", "orphan_drug")}


def test_the_status_verb_of_a_trial_clearance_is_no_second_fact():
    found = designations(
        extract(release("The NMPA approved the IND application for CRL-207 in adults with gout."))
    )
    assert set(found) == {("CRL-207", "NMPA", "ind_clearance")}


def test_items_of_a_semicolon_list_keep_their_own_disease():
    found = designations(
        extract(
            release(
                "Partner news: the NMPA approved Velmora Bio's product CRL-207 for gout; Tarsis "
                "Pharma received Fast Track designation from the FDA for CRL-310."
            )
        )
    )
    assert found[("CRL-207", "NMPA", "approval")]["indication"] == "gout"
    assert found[("CRL-310", "FDA", "fast_track")]["indication"] is None


def test_each_region_followed_by_its_own_year_dates_its_designation():
    found = designations(
        extract(
            release(
                "CRL-207 received orphan drug designation for progressive supranuclear palsy in "
                "the US in 2022 and in Europe in 2023."
            )
        )
    )
    assert found[("CRL-207", "FDA", "orphan_drug")]["date"] == "2022"
    orphan = found[("CRL-207", "FDA", "orphan_drug")]
    assert orphan["indication"] == "progressive supranuclear palsy"
    assert found[("CRL-207", "EMA", "orphan_drug")]["date"] == "2023"


def test_a_year_told_right_after_a_recapped_approval_survives_a_today_in_its_sentence():
    result = extract(
        "- Earlier, CRL-207 gained approval in Japan in 2024 PARIS, March 3, 2025 /PRNewswire/ -- "
        "Corlan SA today said the European Commission approved CRL-207 for gout.\n"
    )
    found = designations(result)
    assert found[("CRL-207", "PMDA", "approval")]["date"] == "2024"
    assert found[("CRL-207", "EMA", "approval")]["date"] is None


def test_a_recapped_approval_in_a_today_sentence_keeps_the_year_told_with_it():
    found = designations(
        extract(
            release(
                "Corlan SA today announced that CRL-207, which was approved in Japan in 2023, has "
                "entered a Phase 3 trial."
            )
        )
    )
    assert found[("CRL-207", "PMDA", "approval")]["date"] == "2023"


def test_a_place_after_another_clause_is_not_in_the_approvals_list_of_places():
    found = designations(
        extract(
            release(
                "CRL-207, which was approved in Japan in 2023, has entered a Phase 3 trial in "
                "Europe."
            )
        )
    )
    assert set(found) == {("CRL-207", "PMDA", "approval")}


# ---------------------------------------------------------------- plans and opening dates


def test_a_filing_planned_after_its_telling_is_none_and_the_one_begun_beside_it_counts():
    found = designations(
        extract(
            release(
                "Corlan SA expects decisions in 2026, with a rolling submission to the FDA for "
                "CRL-207 begun in December 2024. Marketing applications for CRL-207 in Europe and "
                "Japan are planned for 2025."
            )
        )
    )
    assert set(found) == {("CRL-207", "FDA", "approval")}
    assert found[("CRL-207", "FDA", "approval")]["date"] == "2024-12"


def test_an_approval_with_a_relative_clause_about_what_follows_is_still_granted():
    found = designations(
        extract(
            release(
                "The FDA approval of CRL-207, which is expected to support launches in 2025, was "
                "granted in January."
            )
        )
    )
    assert ("CRL-207", "FDA", "approval") in found


def test_a_date_opening_the_clause_dates_each_designation_its_verb_grants():
    found = designations(
        extract(
            release(
                "In 2021, CRL-207 was granted Qualified Infectious Disease Product (QIDP) status "
                "by the FDA together with Fast Track designation."
            )
        )
    )
    assert found[("CRL-207", "FDA", "other")]["date"] == "2021"
    assert found[("CRL-207", "FDA", "fast_track")]["date"] == "2021"


def test_approval_secured_or_won_is_granted_even_when_reported_in_a_filing():
    found = designations(
        extract(
            release(
                "CRL-207 secured approval from the NMPA last week, a stock exchange filing by "
                "Corlan SA showed."
            )
        )
    )
    assert found[("CRL-207", "NMPA", "approval")]["status"] == "granted"


def test_a_payment_due_on_an_approval_is_no_approval():
    found = designations(
        extract(release("Each CVR pays $2.50 per share for FDA approval of CRL-207 in gout."))
    )
    assert found == {}


def test_diseases_a_telling_refers_back_to_are_its_indication():
    found = designations(
        extract(
            release(
                "Corlan SA tests CRL-207 in metastatic gastric cancer and biliary tract cancer, "
                "both of which carry Fast Track designation from the FDA."
            )
        )
    )
    assert found[("CRL-207", "FDA", "fast_track")]["indication"] == (
        "metastatic gastric cancer and biliary tract cancer"
    )


# ------------------------------------------------------------ decisions that grant nothing


def test_a_complete_response_letter_or_a_clinical_hold_grants_nothing():
    found = designations(
        extract(
            release(
                "The FDA issued a Complete Response Letter for the New Drug Application for "
                "CRL-207. The FDA placed a clinical hold on the IND for CRL-310."
            )
        )
    )
    assert found[("CRL-207", "FDA", "approval")]["status"] == "other"
    assert found[("CRL-310", "FDA", "ind_clearance")]["status"] == "other"


def test_a_grant_to_a_filing_is_the_grants_and_the_filing_stays_applied():
    found = designations(
        extract(
            release(
                "The European Medicines Agency granted accelerated assessment to the marketing "
                "authorisation application for CRL-207."
            )
        )
    )
    assert found[("CRL-207", "EMA", "other")]["status"] == "granted"
    assert found[("CRL-207", "EMA", "approval")]["status"] == "applied"


def test_an_approved_application_is_granted_not_merely_filed():
    found = designations(
        extract(
            release(
                "The FDA has approved Corlan SA's New Drug Application (NDA) for an oral CRL-207 "
                "formulation in gout."
            )
        )
    )
    assert found[("CRL-207", "FDA", "approval")]["status"] == "granted"


def test_an_approval_a_term_waits_for_is_no_approval():
    for body in (
        "The warrants lapse 90 days after FDA approval of CRL-207.",
        "Royalties on CRL-207 start once CRL-207 is approved by the FDA for gout.",
    ):
        assert designations(extract(release(body))) == {}, body


def test_a_designation_explained_in_general_tells_no_indication():
    found = designations(
        extract(
            release(
                "The FDA granted Orphan Drug Designation to CRL-207. The FDA's Orphan Drug "
                "Designation is granted to products for rare diseases such as the one CRL-207 "
                "targets."
            )
        )
    )
    assert found[("CRL-207", "FDA", "orphan_drug")]["indication"] is None


def test_a_hedge_inside_an_aside_does_not_hedge_the_main_verb_and_a_market_names_its_agency():
    found = designations(
        extract(
            release(
                "CRL-207, which will be sold as Velora, was approved in the U.S. for gout. "
                "CRL-207 also won approval in the Chinese market in 2024."
            )
        )
    )
    assert ("CRL-207", "FDA", "approval") in found
    assert ("CRL-207", "NMPA", "approval") in found


def test_agencies_listed_with_their_countries_in_brackets_each_clear_the_trial():
    found = designations(
        extract(
            release(
                "Agencies in Japan (PMDA), Australia (TGA) and the United States (FDA) have each "
                "cleared Corlan SA to begin a Phase 2 study of CRL-207 in gout."
            )
        )
    )
    assert {k[1] for k in found} == {"FDA", "TGA", "PMDA"}


def test_a_product_on_a_proposed_designation_list_is_recommended():
    found = designations(
        extract(
            release(
                "CRL-310 was proposed to be included as a Breakthrough Therapy by the Center for "
                "Drug Evaluation of the NMPA."
            )
        )
    )
    assert found[("CRL-310", "NMPA", "breakthrough_therapy")]["status"] == "recommended"


def test_a_designation_held_in_both_of_two_regions_is_each_agencys():
    found = designations(
        extract(
            release(
                "CRL-207 holds Orphan Drug Designation in both the United States and the European "
                "Union."
            )
        )
    )
    assert set(found) == {("CRL-207", "FDA", "orphan_drug"), ("CRL-207", "EMA", "orphan_drug")}
