"""Deal kinds first met on releases the extractor had never seen (issue 8): news items whose
subject is a bare name, recaps told in passing, rights bought outright, royalty sales, and the
money and territory fields those deals carry.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

# ---------------------------------------------------------------- who the release is from


def test_news_subject_said_is_the_release_company_of_a_recapped_partnership():
    """ "X said it would ..." opens a news item: X is the release's company, and "the
    product was being developed in partnership with Y" is a collaboration of X with Y."""
    deal = only_deal(
        "Norvale Halts Skin Study\n\n"
        "Norvale said it would stop its late-stage study of a skin graft after an interim "
        "review.\n\n"
        "The graft was being developed in partnership with Quent Biologics, a unit of "
        "Harrow Holdings.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {"Norvale": "partner", "Quent Biologics": "partner"}
    assert deal["rule"] == "deal.recap_with"


def test_data_generated_in_collaboration_is_still_no_deal():
    result = extract(
        "Norvale Data\n\n"
        "Norvale said its new data were generated in collaboration with Quent Biologics.\n"
    )
    assert result["deals"] == []


def test_indirect_speech_reports_a_licence_told_with_based_on():
    """ "X also said that, based on its licence with Y, it expects ...": indirect speech tells
    a fact, not an opinion."""
    deal = only_deal(
        "Corvane Update\n\n"
        "Corvane Bio said Monday that regulators cleared its heart drug.\n\n"
        "Corvane Bio also said that based on its licensing agreement with Pellwood, it expects "
        "to receive a $40 million milestone payment as well as royalties on sales of "
        "tavorimab in Japan.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Corvane Bio": "licensor", "Pellwood": "licensee"}
    assert deal["terms"]["royalties_disclosed"] is True


def test_the_group_that_closed_an_acquisition_of_rights_is_the_headline_company():
    """ "the Group announced the closing of the acquisition for the global rights to DRUG from
    Y": the headline's company bought the product, Y sold it (a partner), territory global."""
    result = extract(
        "LINDQVIST PHARMA: RESULTS FOR 2024\n\n"
        "Oslo, March 3rd, 2025 – Lindqvist Pharma S.p.A. reported its accounts.\n\n"
        "On December 2nd, the Group announced the closing of the acquisition for the global "
        "rights to Zentravo from Harlow Pharma.\n"
    )
    [deal] = [d for d in result["deals"] if d["type"] == "acquisition"]
    assert roles(deal) == {"Lindqvist Pharma S.p.A.": "acquirer", "Harlow Pharma": "partner"}
    assert deal["territory"] == "global"
    assert deal["rule"] == "deal.asset_purchase"


def test_acquired_as_an_adjective_makes_no_acquisition():
    result = extract(
        "Norvale Results\n\n"
        "PARIS, March 3, 2025 -- Operating income rose, absorbing charges from the step up of "
        "acquired Specialty Care inventory.\n"
    )
    assert result["deals"] == []


# ---------------------------------------------------------------- parties at a role's place


def test_parent_named_as_a_descriptor_of_its_subsidiary_is_no_party():
    """ "an agreement with Harrow Holdings subsidiary Quent Biologics": Quent signs."""
    deal = only_deal(
        "Licence\n\n"
        "Corvane Bio signed an agreement with Harrow Holdings subsidiary Quent Biologics for "
        "the licensing of CV-210 in Canada.\n"
    )
    assert {p["company"] for p in deal["parties"]} == {"Corvane Bio", "Quent Biologics"}


def test_full_stop_ending_the_sentence_is_not_part_of_a_bare_name():
    deal = only_deal(
        "Licence\n\n"
        "DENVER, May 6, 2025 -- Tarrow Bio Inc. secures exclusive rights to a gene vector from "
        "Medical School of Westlake.\n"
    )
    assert roles(deal) == {
        "Tarrow Bio Inc.": "licensee",
        "Medical School of Westlake": "licensor",
    }


def test_royalty_sale_paid_to_an_upper_case_fund_and_the_payer_of_sales_is_no_party():
    """ "a share of X's royalty revenue from Z's net sales is paid to FUND, one of ...
    pension plans, pursuant to a royalty sale": FUND bought it, X sold it, Z only sells the
    drug."""
    deal = only_deal(
        "Quarter\n\n"
        "BOSTON, May 6, 2025 -- Corvane Bio Inc. reported results.\n\n"
        "A portion of Corvane Bio's royalty revenue from Pellwood's net sales of TAVIRA is paid to "
        "QUANTA, one of Norway's largest pension plans, pursuant to a royalty sale "
        "transaction. The upfront purchase payment of $90.0 million was recorded as debt.\n"
    )
    assert deal["type"] == "other"
    assert roles(deal) == {"Corvane Bio Inc.": "partner", "QUANTA": "acquirer"}
    assert deal["terms"]["upfront"] == money(90_000_000)


def test_lone_upper_case_word_without_an_organisation_noun_stays_no_party():
    result = extract(
        "Quarter\n\n"
        "BOSTON, May 6, 2025 -- Corvane Bio Inc. reported results.\n\n"
        "A portion of Corvane Bio's royalty revenue is paid to QUANTA under a royalty sale "
        "transaction.\n"
    )
    assert result["deals"] == []


# ---------------------------------------------------------------- type


def test_licence_agreement_granting_an_option_stays_a_licence():
    deal = only_deal(
        "Licence\n\n"
        "(Newswire) - Tarrow Bio has entered into a licensing agreement with Pellwood. Under "
        "the agreement, Pellwood will be granted an exclusive license to sell verolimab in the "
        "Chinese mainland, Hong Kong and Macau. Tarrow Bio has also granted Pellwood an "
        "exclusive option for global rights; if Pellwood exercises it, Pellwood will pay an "
        "option exercise fee.\n"
    )
    assert deal["type"] == "license"
    assert deal["territory"] == "Chinese mainland, Hong Kong and Macau"


def test_agreement_paid_by_an_exercise_fee_without_a_licence_is_an_option():
    deal = only_deal(
        "Option\n\n"
        "(Newswire) - Pellwood signs exclusive agreement with Tarrow Bio for TB-88.\n"
        "* Tarrow Bio to receive up to $500 million, inclusive of $30 million upfront and a "
        "potential exercise payment\n"
    )
    assert deal["type"] == "option"


# ---------------------------------------------------------------- money terms


def test_down_payment_and_milestones_of_not_more_than_and_a_percentage_of_sales():
    deal = only_deal(
        "Licence\n\n"
        "Corvane Bio signed an agreement with Quent Biologics for the licensing of CV-210 in "
        "Canada.\n\n"
        "Under the agreement, Corvane Bio will be eligible to receive from Quent a $12 million "
        "down payment and milestone payments of not more than $88.5 million.\n\n"
        "Corvane Bio will also receive a low double-digit percentage of net sales.\n"
    )
    terms = deal["terms"]
    assert terms["upfront"] == money(12_000_000)
    assert terms["milestones"] == money(88_500_000)
    assert terms["total_value"] is None
    assert terms["royalties_disclosed"] is True


def test_upfront_with_milestones_in_one_amount_is_still_a_total():
    deal = only_deal(
        "Licence\n\n"
        "Corvane Bio signed a licence agreement with Quent Biologics for CV-210. Corvane Bio "
        "will receive $60 million in upfront and milestone payments.\n"
    )
    assert deal["terms"]["total_value"] == money(60_000_000)
    assert deal["terms"]["upfront"] is None


def test_aggregate_that_adds_up_to_an_amount_is_the_total_value():
    deal = only_deal(
        "Licence\n\n"
        "(Newswire) - Tarrow Bio has entered into a licensing agreement with Pellwood for "
        "verolimab. Tarrow Bio will receive a down payment of $8 million. The aggregate amount of "
        "the down payment, the option exercise fee and the development and sales milestones "
        "adds up to $310 million.\n"
    )
    assert deal["terms"]["upfront"] == money(8_000_000)
    assert deal["terms"]["total_value"] == money(310_000_000)


def test_revenue_paragraph_before_the_deal_lends_it_no_terms():
    """The main deal reads the headline and deck lines above the dateline, never a body
    paragraph above the sentence that tells it."""
    deal = only_deal(
        "Corvane Bio Reports Results\n\n"
        "BOSTON, May 6, 2025 -- Corvane Bio Inc. reported results.\n\n"
        "Its earlier deal worth up to $900 million ended in 2023.\n\n"
        "Corvane Bio signed a licence agreement with Quent Biologics for CV-210 in Canada.\n"
    )
    assert deal["terms"] is None or deal["terms"]["total_value"] is None


# ---------------------------------------------------------------- territory and dates


def test_worldwide_that_tells_no_rights_is_no_territory():
    deal = only_deal(
        "Licence\n\n"
        "DENVER, May 6, 2025 -- Tarrow Bio Inc. signed a licence agreement with Quent Biologics "
        "Inc. for a gene vector.\n\n"
        "Tarrow Bio works to improve the lives of patients worldwide.\n"
    )
    assert deal["territory"] is None


def test_worldwide_rights_are_worldwide_and_global_rights_global():
    worldwide = only_deal(
        "Licence\n\n"
        "Tarrow Bio Inc. signed a licence agreement with Quent Biologics Inc. granting Quent "
        "worldwide rights to TB-9.\n"
    )
    assert worldwide["territory"] == "worldwide"
    global_ = only_deal(
        "Licence\n\n"
        "Tarrow Bio Inc. signed a licence agreement with Quent Biologics Inc. granting Quent "
        "global rights to TB-9.\n"
    )
    assert global_["territory"] == "global"


def test_headline_present_tense_deal_is_announced_on_the_release_date():
    deal = only_deal(
        "Tarrow Bio Secures Rights to a Vector\n\n"
        "DENVER, May 6, 2025 -- Tarrow Bio Inc. secures exclusive rights to a gene vector from "
        "Quent Biologics Inc.\n"
    )
    assert deal["announced_on"] == "2025-05-06"


# ---------------------------------------------------------------- more parties the finder missed


def test_two_bare_names_joined_by_and_that_announce_a_licence_are_its_parties():
    deal = only_deal(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Orwick and Tamsel Bio Inc. today announced an exclusive license "
        "agreement under which Tamsel grants Orwick rights to TS-12 in Japan. Tamsel will "
        "receive an upfront payment of $10 million, development milestones of up to $50 "
        "million and sales milestones of up to $100 million.\n"
    )
    assert roles(deal) == {"Orwick": "licensee", "Tamsel Bio Inc.": "licensor"}
    assert deal["territory"] == "Japan"
    assert deal["terms"]["upfront"] == money(10_000_000)
    assert deal["terms"]["milestones"] == money(150_000_000)  # development + sales


def test_we_completed_the_acquisitions_of_a_list_gives_one_deal_per_target():
    result = extract(
        "2024 highlights\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. reported results.\n\n"
        "In 2024 we completed the acquisitions of Orwick Labs, Pennick Bio and Quarry "
        "Therapeutics.\n"
    )
    deals = [d for d in result["deals"] if d["type"] == "acquisition"]
    assert [roles(d) for d in deals] == [
        {"Tamsel Bio Inc.": "acquirer", target: "target"}
        for target in ("Orwick Labs", "Pennick Bio", "Quarry Therapeutics")
    ]


def test_short_form_of_a_bare_party_carries_its_role_in_a_royalty_monetization():
    """ "a royalty monetization agreement with Halden Partners under which Halden will pay":
    the short form "Halden" is the bare party's, so Halden is the buyer; the price is the
    deal's total value."""
    deal = only_deal(
        "Royalty\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. today announced a royalty monetization "
        "agreement with Brackley Partners under which Brackley will pay $100 million in exchange "
        "for royalties on net sales of TS-12.\n"
    )
    assert deal["type"] == "other"
    assert roles(deal) == {"Tamsel Bio Inc.": "partner", "Brackley Partners": "acquirer"}
    assert deal["terms"]["total_value"] == money(100_000_000)


def test_short_form_of_a_bare_licence_party_carries_its_role():
    """ "a licence agreement with Brackley Partners ... Brackley will receive": without the short
    form, no cue names either party and the first named would be taken for the licensor."""
    deal = only_deal(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. signed a licence agreement with Brackley "
        "Partners for TS-12 in Korea. Brackley will receive an upfront payment of $5 million.\n"
    )
    assert roles(deal) == {"Tamsel Bio Inc.": "licensee", "Brackley Partners": "licensor"}


# ---------------------------------------------------------------- deal drugs, currency, the lead


def test_product_in_a_relative_clause_on_a_partners_record_is_no_deal_drug():
    deal = only_deal(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. signed a licence agreement with Orwick Pharma "
        "Inc. for TS-12 in Japan.\n\n"
        "The licence pairs TS-12 with the Orwick Pharma Inc. team, who has brought the "
        "blockbuster drug VANTRELA (imatinib) to market.\n"
    )
    assert deal["drugs"] == ["TS-12"]


def test_dollar_amounts_of_a_release_whose_tables_are_in_canadian_dollars():
    deal = only_deal(
        "Results\n\n"
        "TORONTO, May 6, 2025 -- Maple Ridge Bio Inc. reported results.\n\n"
        "Expenses were $3,000,000 (in thousands of Canadian dollars).\n\n"
        "On May 1, 2025, Maple Ridge Bio Inc. acquired all outstanding shares of Birchfield "
        "Labs AG for $4,500,000.\n"
    )
    assert deal["terms"]["total_value"] == money(4_500_000, "CAD")


def test_deck_lines_under_a_date_line_tell_the_main_deals_terms():
    """A date line on its own is not the dateline: the deck line below it ("Up to $9 million
    in total") belongs to the main deal, as it does when the release has no dateline at all."""
    for dated in ("6th May 2025\n\n", ""):
        deal = only_deal(
            "Licence for Zentravo\n\n"
            f"{dated}"
            "Total upfront payment and milestones of up to $9 million\n\n"
            "Tamsel Bio plc (AIM: TSB), a company developing treatments for rare hormonal "
            "disorders in adults and children, announces that it has entered into an exclusive "
            "licence agreement with Orwick Pharma Inc. for Zentravo in Canada.\n"
        )
        assert deal["terms"]["total_value"] == money(9_000_000), dated


# ------------------------------------------------------------ settlement, transfer, news wording


def test_settlement_agreement_that_licenses_nothing_is_a_deal_of_type_other():
    deal = only_deal(
        "Settlement\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. today announced a settlement agreement with "
        "Orwick Pharmaceuticals, Inc. resolving patent litigation over TS-12.\n"
    )
    assert deal["type"] == "other"
    assert set(roles(deal)) == {"Tamsel Bio Inc.", "Orwick Pharmaceuticals, Inc."}


def test_business_transferred_beside_a_unit_bought_is_its_own_asset_deal():
    """ "X will acquire Y, a unit of Z ... Z transfers its other operations to X": two deals,
    the second an asset purchase priced only where it is told; "ZT" is Z's initials."""
    result = extract(
        "Deal\n\n"
        "OSAKA, May 6, 2025 -- Kessen Pharma Co. said Tuesday that it will acquire Morrow "
        "Labs Co., a unit of Zentra Textiles Inc., for about 90 billion yen.\n\n"
        "ZT will leave the drug business, transferring all related operations other than "
        "Morrow to Kessen.\n\n"
        "Kessen will buy the remaining shares of Morrow for about 40 billion yen.\n"
    )
    deals = result["deals"]
    assert [d["rule"] for d in deals] == ["deal.acquire_verb", "deal.sale_verb"]
    assert roles(deals[1]) == {"Kessen Pharma Co.": "acquirer", "Zentra Textiles Inc.": "partner"}
    assert deals[1]["terms"] is None or deals[1]["terms"]["total_value"] is None


def test_parent_named_as_descriptor_becomes_the_parent_of_its_subsidiary():
    result = extract(
        "Licence\n\n"
        "Corvane Bio signed an agreement with Harrow Holdings subsidiary Quent Biologics for "
        "the licensing of CV-210 in Canada.\n"
    )
    quent = next(c for c in result["companies"] if c["name"] == "Quent Biologics")
    assert quent["parent"] == "Harrow Holdings"


def test_bare_buyer_that_will_pay_to_license_opens_a_news_sentence():
    deal = only_deal(
        "Pact\n\n"
        "BOSTON, May 6, 2025 -- Novaris will pay Tamsel Bio Inc. $50 million upfront to license "
        "TS-12, a KRAS inhibitor, the companies said on Tuesday.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Novaris": "licensee", "Tamsel Bio Inc.": "licensor"}
    assert deal["terms"]["upfront"] == money(50_000_000)


def test_licence_granted_by_a_bare_named_university():
    deal = only_deal(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. has been granted an exclusive license by "
        "Westlake University to develop TS-90 worldwide.\n"
    )
    assert roles(deal) == {"Tamsel Bio Inc.": "licensee", "Westlake University": "licensor"}
    assert deal["territory"] == "worldwide"


def test_subject_of_the_reported_clause_is_the_other_party():
    deal = only_deal(
        "Expansion\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. today announced that Novaris has expanded their "
        "research collaboration to include two additional targets.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Tamsel Bio Inc.", "Novaris"}


def test_place_named_before_rights_is_the_territory():
    deal = only_deal(
        "Licence\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. has out-licensed the Greater China rights to "
        "TS-12 to Kessen Pharma Co., Ltd. for $8 million upfront.\n"
    )
    assert deal["territory"] == "Greater China"
    assert roles(deal) == {"Tamsel Bio Inc.": "licensor", "Kessen Pharma Co., Ltd.": "licensee"}


def test_people_and_news_agencies_that_say_things_are_not_the_release_company():
    for subject in ("Analysts", "Reuters"):
        result = extract(
            "Vaccine news\n\n"
            f"{subject} said that the vaccine was being developed in partnership with Quent "
            "Biologics.\n"
        )
        assert result["deals"] == [], subject


def test_about_section_recapping_the_companys_own_collaboration_tells_that_deal():
    """ "About X: ... royalties from products developed under its collaboration with Y" is X's
    own deal; an About section that lists partners ("has collaborations with A and B") is not
    (see test_deals.py)."""
    result = extract(
        "Quarter\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. reported results.\n\n"
        "About Tamsel Bio Inc.\n"
        "Tamsel Bio discovers antivirals. Tamsel Bio's royalties from products developed under "
        "its collaboration with Novaris fund its research.\n"
    )
    [deal] = result["deals"]
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Tamsel Bio Inc.", "Novaris"}


def test_money_invested_in_a_named_company_is_an_equity_investment():
    deal = only_deal(
        "Investment\n\n"
        "BOSTON, May 6, 2025 -- Orwick Pharma AG invested $50 million in Tamsel Bio Inc. "
        "through a private placement.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Orwick Pharma AG": "investor", "Tamsel Bio Inc.": "investee"}
    assert deal["terms"]["total_value"] == money(50_000_000)


def test_money_invested_in_the_companys_own_work_is_no_deal():
    result = extract(
        "Investment\n\n"
        "BOSTON, May 6, 2025 -- Orwick Pharma AG invested $50 million in Research facilities.\n"
    )
    assert result["deals"] == []


def test_two_companies_that_will_co_develop_a_product_make_a_co_development():
    deal = only_deal(
        "Partnership\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. and Orwick Pharma AG will co-develop and "
        "co-commercialize TS-12 in the United States and share profits equally.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal).values()) == {"partner"}


def test_guidelines_developed_in_partnership_are_no_deal():
    result = extract(
        "Guidelines\n\n"
        "Norvale said it would publish new guidelines.\n\n"
        "The guidelines were developed in partnership with Quent Biologics.\n"
    )
    assert result["deals"] == []


def test_named_product_developed_in_collaboration_is_a_collaboration():
    deal = only_deal(
        "Update\n\n"
        "Norvale said it would file TS-12 next year.\n\n"
        "TS-12 is being developed in collaboration with Quent Biologics.\n"
    )
    assert deal["type"] == "collaboration"
    assert deal["drugs"] == ["TS-12"]


def test_bare_subject_that_will_license_from_a_bare_counterparty():
    deal = only_deal(
        "News\n\n"
        "BOSTON, May 6, 2025 -- Novaris will license TS-12 from Brackwell, the companies said.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Novaris": "licensee", "Brackwell": "licensor"}


def test_bare_buyer_that_said_on_monday_it_would_acquire():
    deal = only_deal(
        "News\n\n"
        "BOSTON, May 6, 2025 -- Pellwood said on Monday it would acquire Brackwell for "
        "$1.2 billion.\n"
    )
    assert roles(deal) == {"Pellwood": "acquirer", "Brackwell": "target"}
    assert deal["terms"]["total_value"] == money(1_200_000_000)


def test_results_bullets_whose_verb_opens_the_line_are_the_release_companys_deals():
    result = extract(
        "Tamsel Bio Reports Results\n\n"
        "BOSTON, March 3, 2025 -- Tamsel Bio Inc. (Nasdaq: TMSL) today reported results.\n\n"
        "Recent Highlights\n\n"
        "* Completed the acquisition of Orwick Labs, Inc. for $120 million in cash.\n"
        "* Acquired the worldwide rights to TS-40 from Pennick Bio Ltd.\n"
    )
    by_type = {d["type"]: d for d in result["deals"]}
    assert roles(by_type["acquisition"]) == {
        "Tamsel Bio Inc.": "acquirer",
        "Orwick Labs, Inc.": "target",
    }
    assert by_type["acquisition"]["terms"]["total_value"] == money(120_000_000)
    assert roles(by_type["license"]) == {
        "Tamsel Bio Inc.": "licensee",
        "Pennick Bio Ltd.": "licensor",
    }


LICENCE_LEAD = (
    "Licence\n\n"
    "BOSTON, May 6, 2025 -- Tamsel Bio Inc. today announced an exclusive license agreement with "
    "Orwick Pharma AG for TS-12 in Japan. "
)


def test_amount_paid_upon_a_development_step_is_a_milestone_summed_with_the_others():
    deal = only_deal(
        LICENCE_LEAD + "Orwick will pay Tamsel $10 million upfront, $5 million upon IND "
        "clearance and up to $200 million in sales milestones.\n"
    )
    assert deal["terms"]["upfront"] == money(10_000_000)
    assert deal["terms"]["milestones"] == money(205_000_000)


def test_potential_payments_are_milestones_and_a_one_time_payment_is_upfront():
    deal = only_deal(
        LICENCE_LEAD + "Orwick will make a one-time payment of $12 million and potential "
        "payments of up to $88 million.\n"
    )
    assert deal["terms"]["upfront"] == money(12_000_000)
    assert deal["terms"]["milestones"] == money(88_000_000)


def test_options_granted_on_several_programmes_make_an_option_deal():
    deal = only_deal(
        "Options\n\n"
        "BOSTON, May 6, 2025 -- Tamsel Bio Inc. granted Orwick Pharma AG options to license up "
        "to three programs for $10 million upfront.\n"
    )
    assert deal["type"] == "option"
    assert roles(deal) == {"Tamsel Bio Inc.": "licensor", "Orwick Pharma AG": "licensee"}


def test_board_announces_the_company_and_a_bare_partner_entered_into_an_agreement():
    """An exchange announcement: "the Company" is the cover-page issuer."""
    deal = only_deal(
        "NORVALE BIO HOLDINGS LIMITED\n(Stock code: 9999)\n\n"
        "VOLUNTARY ANNOUNCEMENT\nLICENCE AGREEMENT\n\n"
        "The Board announces that on 5 May 2025, the Company and Brackwell entered into a "
        "licence agreement for NB-12 in Korea.\n"
    )
    assert set(roles(deal)) == {"NORVALE BIO HOLDINGS LIMITED", "Brackwell"}
    assert deal["territory"] == "Korea"
