"""Deal kinds that must hold on releases the extractor has never seen (issue 8), each read
from the structure that makes it (the verb, its subject and objects, the noun's number) rather
than from one release's wording.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

# ---------------------------------------------------------------- a target described, then named


def test_a_target_described_by_another_name_before_its_own_is_the_name_after_the_noun():
    """ "acquire the Oxford University start-up Quillix": the words before "start-up" describe
    the company named after it; the university is not what is bought."""
    deal = only_deal(
        "Norvale Deal\n\n"
        "BASEL, 3 March 2024 - Norvale AG has agreed to acquire the Oxford University start-up "
        "Quillix for up to $300m to speed up its research.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Norvale AG": "acquirer", "Quillix": "target"}
    assert deal["terms"]["total_value"] == money(300_000_000)


def test_a_company_named_in_the_description_of_the_target_is_no_party():
    deal = only_deal(
        "Norvale Deal\n\n"
        "BASEL, 3 March 2024 - Norvale AG agreed to buy the Halden Bio spin-off Quillix for "
        "$80 million. Halden Bio Inc. kept a minority stake until the sale.\n"
    )
    assert roles(deal) == {"Norvale AG": "acquirer", "Quillix": "target"}


def test_an_earn_out_contingent_on_later_results_is_the_milestones_of_an_acquisition():
    deal = only_deal(
        "Norvale Deal\n\n"
        "BASEL, 3 March 2024 - Norvale AG has agreed to acquire Quillix Ltd for up to $300m.\n\n"
        "Norvale is to pay $200m upfront, in cash and shares, and up to $100m contingent on "
        "Quillix's future performance, it said.\n"
    )
    terms = deal["terms"]
    assert terms["upfront"] == money(200_000_000)
    assert terms["milestones"] == money(100_000_000)
    assert terms["total_value"] == money(300_000_000)


# ---------------------------------------------------------------- one named investor's stake


def test_a_priced_investment_from_a_charity_is_an_equity_investment():
    """ "received a US$5 million investment from the Pellwood Trust": one named investor, of
    any kind (a trust, a foundation, a fund), buys a stake."""
    deal = only_deal(
        "Norvale Receives Investment\n\n"
        "OSLO, May 2, 2024 (GLOBE NEWSWIRE) - Norvale, a clinical-stage company developing "
        "nasal antivirals, announces today it has received a US$5 million investment from the "
        "Pellwood Trust.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Norvale": "investee", "Pellwood Trust": "investor"}
    assert deal["terms"]["total_value"] == money(5_000_000)


def test_who_invested_an_amount_in_whom_gives_the_roles():
    deal = only_deal(
        "Norvale Update\n\n"
        "OSLO, May 2, 2024 - The Halden Foundation has invested $7 million in Norvale Bio to "
        "support its nasal antiviral programme.\n"
    )
    assert roles(deal) == {"Norvale Bio": "investee", "Halden Foundation": "investor"}


def test_an_investment_told_inside_a_financing_round_is_no_deal():
    """A round with several investors is a financing event of the company that raised."""
    result = extract(
        "Norvale Update\n\n"
        "OSLO, May 2, 2024 - Norvale Bio closed a $40 million Series B financing. The round "
        "included a $10 million investment from Halden Capital and participation from Corvane "
        "Ventures, Pellwood Partners and Tamsin Fund.\n"
    )
    assert result["deals"] == []


# ------------------------------------------------------------- a subject, described, then its verb


def test_a_bare_subject_described_by_an_appositive_still_does_the_deals_verb():
    """ "X, an independent research institute based in Kiel, Germany, announced ... a
    collaboration with Y": the appositive between the subject and its verb does not hide it."""
    deal = only_deal(
        "Research Update\n\n"
        "Kiel, Germany, August 19, 2025 – CellVista Lab, an independent research institute "
        "based in Kiel, Germany, announced today the launch of a new collaboration with Norvale "
        "Pharma, a healthcare company headquartered in Denmark.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {"CellVista Lab": "partner", "Norvale Pharma": "partner"}


# ---------------------------------------------------------------- the noun's number


def test_one_collaboration_with_two_named_partners_is_one_agreement_of_three():
    """ "as part of a collaboration with A and B": a singular agreement names all its parties;
    "as part of" tells the deal as "under" does."""
    deal = only_deal(
        "Approval Update\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio announced today that regulators approved its tablet."
        "\n\nNorvale Bio leads the clinical development of the tablet as part of a collaboration "
        "with the Tamsin Foundation and Corvane Therapeutics.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {
        "Norvale Bio": "partner",
        "Tamsin Foundation": "partner",
        "Corvane Therapeutics": "partner",
    }


def test_collaborations_with_two_partners_are_two_agreements():
    deals = extract(
        "Norvale Results\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio reported results.\n\n"
        "Norvale Bio ended its research collaborations with Tamsin Biologics and Corvane "
        "Therapeutics during the quarter.\n"
    )["deals"]
    assert sorted(sorted(roles(d)) for d in deals) == [
        ["Corvane Therapeutics", "Norvale Bio"],
        ["Norvale Bio", "Tamsin Biologics"],
    ]


# ---------------------------------------------------------------- a licence history in one sentence


def territories(deals: list[dict]) -> dict:
    return {
        next(p["company"] for p in d["parties"] if p["role"] != role_of_subject(d)): d["territory"]
        for d in deals
    }


def role_of_subject(deal: dict) -> str:
    return next(p["role"] for p in deal["parties"] if p["company"].startswith("Norvale"))


def test_an_in_licence_and_two_out_licences_in_one_sentence_are_three_licences():
    """ "X in-licensed D from Y and has since out-licensed it to Z in North America and W in
    China": rights come from the licensor and go to each licensee, with the place beside it."""
    deals = extract(
        "Norvale Update\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio announced today that regulators cleared its trial."
        "\n\nNorvale Bio in-licensed the antibody from Halden Pharma in 2019 and has since "
        "out-licensed it to Corvane Therapeutics in North America and Tamsin Biologics in "
        "China.\n"
    )["deals"]
    assert sorted(tuple(sorted(roles(d).items())) for d in deals) == [
        (("Corvane Therapeutics", "licensee"), ("Norvale Bio", "licensor")),
        (("Halden Pharma", "licensor"), ("Norvale Bio", "licensee")),
        (("Norvale Bio", "licensor"), ("Tamsin Biologics", "licensee")),
    ]
    assert territories(deals) == {
        "Halden Pharma": None,
        "Corvane Therapeutics": "North America",
        "Tamsin Biologics": "China",
    }


def test_the_release_companys_own_licences_in_its_about_section_are_deals():
    """An About section on the release's company tells its own licences: "The Company holds
    an exclusive licence from Y", "has out-licensed rights to D for R to Z and for S to W"."""
    deals = extract(
        "Norvale Appoints CFO\n\n"
        "BASEL, May 3, 2024 -- Norvale Bio AG announced today that Jane Roe will join as chief "
        "financial officer.\n\n"
        "About Norvale\n"
        "Norvale Bio AG is a Swiss company. The Company holds an exclusive licence from Halden "
        "Pharma for all indications worldwide to QUELVA. Norvale has out-licensed rights to "
        "QUELVA for North America to Corvane Therapeutics and for Japan to Tamsin Biologics.\n"
    )["deals"]
    assert territories(deals) == {
        "Halden Pharma": "worldwide",
        "Corvane Therapeutics": "North America",
        "Tamsin Biologics": "Japan",
    }
    assert {d["rule"] for d in deals} == {"deal.licence_verb"}
    halden = next(d for d in deals if "Halden Pharma" in roles(d))
    assert roles(halden) == {"Halden Pharma": "licensor", "Norvale Bio AG": "licensee"}
    assert halden["exclusive"] is True


def test_an_about_section_on_a_partner_tells_no_deal_of_the_release():
    result = extract(
        "Norvale Appoints CFO\n\n"
        "BASEL, May 3, 2024 -- Norvale Bio AG announced today that Jane Roe will join as chief "
        "financial officer.\n\n"
        "About Norvale\n"
        "Norvale Bio AG is a Swiss company.\n\n"
        "About Halden\n"
        "Halden Pharma Inc. has licensed its antibodies to Corvane Therapeutics and Tamsin "
        "Biologics.\n"
    )
    assert result["deals"] == []


def test_a_licence_to_two_listed_licensees_is_one_licence_each():
    deals = extract(
        "Norvale Update\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio announced today its results.\n\n"
        "Norvale Bio has licensed its antibodies to Corvane Therapeutics and Tamsin "
        "Biologics.\n"
    )["deals"]
    assert sorted(tuple(sorted(roles(d).items())) for d in deals) == [
        (("Corvane Therapeutics", "licensee"), ("Norvale Bio", "licensor")),
        (("Norvale Bio", "licensor"), ("Tamsin Biologics", "licensee")),
    ]


# ---------------------------------------------------------------- an agreement named in title case


def test_an_agreement_named_in_title_case_is_recapped_like_one_in_lower_case():
    """ "received $100 million related to the Exclusive License Agreement with Y": the
    agreement's capitalised name is still a licence with Y and the release's company."""
    deal = only_deal(
        "Norvale Reports Full-Year Results\n\n"
        "COPENHAGEN, Feb. 12, 2025 -- Norvale Pharma A/S today reported results.\n\n"
        "+ Subsequent to the year end, in January 2025, received $100 million related to the "
        "Exclusive License Agreement with Halden Biotech announced last year.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Norvale Pharma A/S": "licensor", "Halden Biotech": "licensee"}


# ---------------------------------------------------------------- a licence called a partnership


def test_a_partnership_for_exclusive_commercialization_of_a_product_is_a_licence():
    """The exclusive right to sell a product in a territory is a licence grant, whatever the
    agreement is called; the product's owner, who receives the upfront, is the licensor."""
    deal = only_deal(
        "Norvale and Halden Enter Partnership in Japan\n\n"
        "-Norvale to Receive an Upfront Payment of $12 Million-\n\n"
        "SAN DIEGO, Feb. 16, 2023 (GLOBE NEWSWIRE) -- Norvale Therapeutics (NASDAQ: NRVL), a "
        "biotechnology company, announced today that it has entered into a partnership with "
        "Halden Pharma Co., Ltd., a Japanese pharmaceutical company, for the exclusive "
        "commercialization and distribution in Japan of Norvale’s lead asset, QX-101, for the "
        "treatment of Duchenne muscular dystrophy.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {
        "Norvale Therapeutics": "licensor",
        "Halden Pharma Co., Ltd.": "licensee",
    }
    assert deal["territory"] == "Japan"
    assert deal["exclusive"] is True


# ---------------------------------------------------------------- capitalised words of a deck line


def test_capitalised_words_of_a_deck_line_are_no_new_party():
    """In a deck line every word is capitalised: "to Leverage Deep Experience" names no
    company, so the deck tells the same partnership as the body."""
    deal = only_deal(
        "Corvane Expands Partnership\n\n"
        "-Expands Partnership with Halden Pharma to Japan to Leverage Deep Experience in Drug "
        "Development for Rare Diseases-\n\n"
        "SAN DIEGO, Feb. 16, 2023 -- Corvane Bio announced today that it has expanded its "
        "partnership with Halden Pharma to Japan.\n"
    )
    assert roles(deal) == {"Corvane Bio": "partner", "Halden Pharma": "partner"}


# ---------------------------------------------------------------- whose royalty is bought


def test_the_products_royalties_are_paid_on_are_not_their_sellers():
    """ "the acquisitions of royalties on A and B": A and B are products, and no seller is
    named, so no royalty deal can be read."""
    result = extract(
        "Cobalt Results\n\n"
        "NEW YORK, Feb. 4, 2025 -- Cobalt Royalty plc today reported results.\n\n"
        "Capital Deployment was $522 million in the fourth quarter of 2024, consisting "
        "primarily of the acquisitions of royalties on Quvexa and Zentril.\n"
    )
    assert result["deals"] == []


def test_a_royalty_on_a_companys_product_is_bought_from_that_company():
    deal = only_deal(
        "Royalty\n\n"
        "NEW YORK, Nov. 4, 2024 -- Cobalt Royalty plc today announced that it will acquire a "
        "royalty on Dunlin Corporation’s DN-5 for $80 million in cash upfront.\n"
    )
    assert roles(deal) == {"Cobalt Royalty plc": "acquirer", "Dunlin Corporation": "partner"}


# ---------------------------------------------------------------- nothing agreed, no buyer named


def test_talks_to_acquire_are_no_deal():
    """A deal still negotiated is no agreement, whichever verb would make it."""
    result = extract(
        "Norvale in Talks\n\n"
        "Norvale AG, the Swiss drugmaker, said on Monday it is in advanced talks to acquire "
        "Halden Therapeutics Inc. Norvale said its negotiations to buy Halden are ongoing.\n"
    )
    assert result["deals"] == []


def test_a_licence_under_discussion_is_no_deal():
    result = extract(
        "Norvale Update\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio announced today that it is in exclusive "
        "negotiations with Halden Pharma to license QX-101 in Japan.\n"
    )
    assert result["deals"] == []


def test_a_company_acquired_with_no_buyer_named_is_no_deal():
    """ "whose previous company Y was acquired for $575 million": the passive names no buyer,
    and the founders named after it are people."""
    result = extract(
        "Norvale Raises Funds\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio announced a grant.\n\n"
        "Norvale was founded by Dr. Ann Lee, whose previous company Quillix was acquired for "
        "$575 million, and Dr. Jonathan Crane, head of a research group at Halden College.\n"
    )
    assert result["deals"] == []


# ---------------------------------------------------------------- nouns of buying and their agents


def acquisitions(deals: list[dict]) -> list[tuple]:
    return sorted(
        (
            next(p["company"] for p in d["parties"] if p["role"] == "acquirer"),
            next(p["company"] for p in d["parties"] if p["role"] == "target"),
        )
        for d in deals
        if d["type"] == "acquisition"
    )


def test_a_labelled_list_of_acquisitions_is_the_release_companys():
    """ "Fourth quarter summary: Completed the acquisitions of A and B": the label is no subject;
    the release's company bought both."""
    deals = extract(
        "Norvale Annual Results\n\n"
        "OSLO, March 2, 2026 -- Norvale Holdings ASA (OSE: NRV) today reported annual results."
        "\n\nFourth quarter summary: Completed the acquisitions of Tamsin Bio and Corvane "
        "Labs; expanded its royalty portfolio.\n"
    )["deals"]
    assert acquisitions(deals) == [
        ("Norvale Holdings ASA", "Corvane Labs"),
        ("Norvale Holdings ASA", "Tamsin Bio"),
    ]


def test_the_agent_after_the_objects_of_a_noun_of_buying_is_the_acquirer():
    """ "the takeovers of A and B by X", "the purchase by Y of Z": the agent buys, whatever
    opens the sentence."""
    deals = extract(
        "Norvale Annual Report\n\n"
        "OSLO, March 2, 2026 -- Norvale Holdings ASA today published its annual report. Main "
        "events of 2025 were the acquisitions of Tamsin Bio and Corvane Labs by Norvale, and "
        "the purchase by Halden Health of Quillix Pharma, which Norvale helped to finance.\n"
    )["deals"]
    assert acquisitions(deals) == [
        ("Halden Health", "Quillix Pharma"),
        ("Norvale Holdings ASA", "Corvane Labs"),
        ("Norvale Holdings ASA", "Tamsin Bio"),
    ]


# ---------------------------------------------------------------- options exercised, money terms


def test_options_exercised_in_the_passive_are_an_option_deal_paid_on_exercise():
    """ "Options to Y's programmes have been exercised by X": X, the agent, takes the licence;
    what X pays "in connection with the exercise" is the upfront."""
    deal = only_deal(
        "Halden Takes Up Options\n\n"
        "BOSTON, Nov. 18, 2024 -- Options to three research programmes of Norvale Bio, Inc., "
        "NB-12, NB-14 and NB-19, were exercised by Halden Pharma, Inc., the companies said "
        "today. In connection with the exercise, Halden is paying Norvale $30 million.\n"
    )
    assert deal["type"] == "option"
    assert roles(deal) == {"Norvale Bio, Inc.": "licensor", "Halden Pharma, Inc.": "licensee"}
    assert deal["terms"]["upfront"] == money(30_000_000)


def test_option_exercise_fees_told_in_aggregate_are_the_upfront():
    deal = only_deal(
        "Norvale Options\n\n"
        "SAN DIEGO, July 1, 2025 -- Norvale Bio Ltd. today announced that Halden Pharma, Inc. "
        "has exercised its options on NB-12 and NB-14. Norvale will receive option exercise "
        "fees of $25 million in aggregate.\n"
    )
    assert deal["terms"]["upfront"] == money(25_000_000)


def test_an_amount_that_will_be_paid_upfront_is_the_upfront():
    """ "X will be paid CHF 12 million upfront": a future payment, unlike money already paid."""
    deal = only_deal(
        "Norvale Licence\n\n"
        "ZUG, April 8, 2025 -- Norvale AG announced today a licence agreement with Halden "
        "Medicines, Inc. for NV-7 in Canada. Norvale will be paid CHF 12 million upfront.\n"
    )
    assert deal["terms"]["upfront"] == money(12_000_000, "CHF")


def test_money_on_signing_is_upfront_and_sales_thresholds_are_milestones():
    deal = only_deal(
        "Norvale Licence\n\n"
        "OSLO, September 9, 2025 -- Norvale ASA has licensed NV-7 to Halden Therapeutics Ltd. "
        "for Europe. Under the terms, Norvale receives €8m on signing, is eligible for "
        "development milestones of up to €20m and up to €90m upon reaching annual net sales "
        "thresholds, and will earn royalties.\n"
    )
    assert deal["terms"]["upfront"] == money(8_000_000, "EUR")
    assert deal["terms"]["milestones"] == money(110_000_000, "EUR")


def test_a_company_joining_forces_with_another_in_a_collaboration_is_a_deal():
    deal = only_deal(
        "Norvale and Halden\n\n"
        "SAN DIEGO, Oct. 6, 2025 -- Norvale Bio Inc. is joining forces with Halden Labs Ltd. "
        "in a two-year research collaboration on RNA targets, the companies said today.\n"
    )
    assert deal["type"] == "collaboration"


def test_the_agent_of_a_passive_exercise_is_the_licensee_whoever_is_named_first():
    deal = only_deal(
        "Halden Options\n\n"
        "BOSTON, Nov. 18, 2024 -- Halden Pharma, Inc. said today that options to two programmes "
        "of Norvale Bio, Inc. were exercised by Halden Pharma.\n"
    )
    assert roles(deal) == {"Norvale Bio, Inc.": "licensor", "Halden Pharma, Inc.": "licensee"}


# ---------------------------------------------------------------- a recap's place and year


def test_rights_named_by_a_places_adjective_give_the_territory_and_the_agreements_year():
    """ "Under a 2020 agreement, X licensed exclusive Japanese rights to D to Y": the
    adjective names the territory, the agreement's year its signing."""
    deal = only_deal(
        "Norvale Interim Results\n\n"
        "SHENZHEN, China, Aug. 28, 2025 -- Norvale Biomedical Co., Ltd. (HKEX: 2399) reported "
        "interim results. Under a 2020 agreement, Norvale licensed exclusive Japanese rights to "
        "NV-31 to Halden Pharma KK.\n"
    )
    assert roles(deal) == {
        "Norvale Biomedical Co., Ltd.": "licensor",
        "Halden Pharma KK": "licensee",
    }
    assert deal["territory"] == "Japan"
    assert deal["signed_on"] == "2020"


# ---------------------------------------------------------------- a counterparty described first


def test_a_counterparty_described_by_where_it_is_from_is_the_name_after_the_description():
    """ "with US-based Y", "with Danish biotech company Y": the words before the name say
    where the company is from and what it is; they are no name of their own."""
    for described, name in (
        ("US-based Quillix Biotherapies", "Quillix Biotherapies"),
        ("Danish biotech company Quillix", "Quillix"),
    ):
        deal = only_deal(
            "Norvale Licence\n\n"
            "SUZHOU, Dec. 23, 2024 -- Norvale Biopharma said it signed an exclusive licensing "
            f"deal on December 22 with {described} for NB-1018, a prostate cancer candidate.\n"
        )
        assert sorted(roles(deal)) == ["Norvale Biopharma", name], described


# ---------------------------------------------------------------- a subject that refers back


def test_a_pronoun_subject_is_the_company_the_text_was_just_about():
    """ "It is also partnering with Y", "In 2019, the company agreed to buy Z": the subject
    refers back to the company named in the sentence before."""
    deals = extract(
        "Norvale Update\n\n"
        "Norvale Bio makes two treatments for multiple sclerosis. It is also partnering with "
        "Japanese drugmaker Halden to sell a new heart drug.\n\n"
        "Norvale Bio has not shied away from takeovers. In 2019, the company agreed to buy "
        "lab supplier Quillix Labs for $2 billion.\n"
    )["deals"]
    assert sorted((d["type"], tuple(sorted(roles(d).items()))) for d in deals) == [
        ("acquisition", (("Norvale Bio", "acquirer"), ("Quillix Labs", "target"))),
        ("collaboration", (("Halden", "partner"), ("Norvale Bio", "partner"))),
    ]


# ---------------------------------------------------------------- partners given as examples


def test_partners_given_as_examples_each_have_their_own_agreement():
    """ "payments from partners such as A and B, X has received ...": A and B each hold a
    licence from X; they are not parties to one licence of three."""
    deals = extract(
        "Norvale Licensing Income\n\n"
        "PALO ALTO, July 10, 2025 -- Norvale Bio, Inc. today reported licensing income.\n\n"
        "Including earlier payments from licensing partners such as Halden Vision and Quillix "
        "Oncology, Norvale has received a total of $900,000 in licensing income.\n"
    )["deals"]
    assert sorted(sorted(roles(d)) for d in deals) == [
        ["Halden Vision", "Norvale Bio, Inc."],
        ["Norvale Bio, Inc.", "Quillix Oncology"],
    ]


def test_products_given_as_examples_are_no_partners():
    deal = only_deal(
        "Norvale Licence\n\n"
        "PALO ALTO, July 10, 2025 -- Norvale Bio, Inc. today announced that it has licensed "
        "its eye products, including Zentrova and Quvelline, to Halden Pharma AG for Japan.\n"
    )
    assert roles(deal) == {"Norvale Bio, Inc.": "licensor", "Halden Pharma AG": "licensee"}


# ---------------------------------------------------------------- indirect speech reports a fact


def test_a_collaboration_reported_in_indirect_speech_is_a_deal():
    """ "the chief executive noted that X has secured ... a collaboration with Y": indirect
    speech reports a fact, unlike a quoted opinion."""
    deal = only_deal(
        "Norvale Update\n\n"
        "BELFAST, May 2, 2024 -- Jane Roe, chief executive, noted that Norvale Antibodies has "
        "secured several agreements, including a notable collaboration with the Halden "
        "Institute to use its screening platform.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {"Norvale Antibodies": "partner", "Halden Institute": "partner"}


def test_a_described_subject_refers_back_to_a_company_the_sentence_does_not_name():
    """ "The Swiss drugmaker was paying for exclusive rights to Y's drug": the subject is the
    company named before, not Y."""
    deal = only_deal(
        "Drugmakers Sign Deals\n\n"
        "Norvale Pharmaceuticals shares rose after a filing named Halden Pharma AG.\n\n"
        "The Swiss drugmaker was paying for exclusive rights to develop and commercialise "
        "Norvale Pharmaceuticals’ experimental cancer therapy NV-23 in markets worldwide.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Norvale Pharmaceuticals": "licensor", "Halden Pharma AG": "licensee"}


def test_a_person_named_with_a_title_is_no_party():
    result = extract(
        "Norvale Licence\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio announced today that it has licensed the antibody "
        "NV-5 from Dr. Jonathan Crane.\n"
    )
    assert result["deals"] == []


# ---------------------------------------------------------------- an announcer and a unit's parent


def test_the_announcer_and_the_parent_placing_its_unit_are_no_parties():
    """ "The board of X (the "Company") announces that Y, a wholly-owned subsidiary of the
    Company, and Z signed ...": Y and Z sign; X only announces and owns Y."""
    deal = only_deal(
        "Tamsin Holdings Limited\n\n"
        "EXCLUSIVE LICENCE OF TM-4 TO QUILLIX\n\n"
        'The board of directors of Tamsin Holdings Limited (the "Company") announces that on '
        "3 March 2025, Suzhou Tamsin Biologics Co., Ltd. (蘇州塔姆辛生物有限公司), an indirect "
        "wholly-owned subsidiary of the Company, and Quillix Therapeutics, Inc. "
        '("Quillix") signed an agreement under which Quillix obtains an exclusive licence to '
        "develop and commercialise TM-4 outside Greater China.\n"
    )
    assert roles(deal) == {
        "Suzhou Tamsin Biologics Co., Ltd.": "licensor",
        "Quillix Therapeutics, Inc.": "licensee",
    }


def test_a_parent_and_its_unit_signing_together_share_the_licensors_side():
    """ "the Company and its wholly-owned subsidiary, Y, entered into a licence agreement with
    Z, granting Z rights": the two named before "with" grant together."""
    deal = only_deal(
        "Halden Biotech Limited\n\n"
        "LICENSING OF HB-7 OUTSIDE ASIA\n\n"
        'This announcement is made by Halden Biotech Limited (the "Company"). On 2 May 2025, '
        "the Company and its wholly-owned subsidiary, Halden Biopharma (Wuxi) Co., Ltd., "
        "entered into an exclusive licence agreement with Quillix Medicines LLC, granting "
        "Quillix Medicines LLC rights to HB-7 in all countries outside Asia.\n"
    )
    assert roles(deal) == {
        "Halden Biotech Limited": "licensor",
        "Halden Biopharma (Wuxi) Co., Ltd.": "licensor",
        "Quillix Medicines LLC": "licensee",
    }


def test_units_defined_together_as_licensor_parties_are_co_licensors():
    deal = only_deal(
        "Norvale Group Co., Ltd.\n\n"
        "LICENSE AGREEMENT FOR NG-9\n\n"
        'The board of directors of Norvale Group Co., Ltd. (the "Company") announces that '
        "Norvale Biologics (Xiamen) Co., Ltd. and Norvale Pharmaceutical (Jinan) Co., Ltd., "
        'both wholly-owned subsidiaries of the Company (together, the "Licensor Parties"), '
        "entered into a license agreement with Tamsin Pharma AG on 3 September 2025. Tamsin "
        "will have the exclusive right to develop NG-9 worldwide.\n"
    )
    assert roles(deal) == {
        "Norvale Biologics (Xiamen) Co., Ltd.": "licensor",
        "Norvale Pharmaceutical (Jinan) Co., Ltd.": "licensor",
        "Tamsin Pharma AG": "licensee",
    }


def test_joint_projects_of_a_buyer_and_its_target_are_a_collaboration_of_their_own():
    """ "X said it was already involved in joint projects with Y": besides X's purchase of Y,
    the two already collaborate; the collaboration takes no term of the purchase."""
    deals = extract(
        "Norvale to Buy Quillix\n\n"
        "10 January 2024 - Norvale AG has agreed to acquire the AI start-up Quillix for up to "
        "$500m.\n\n"
        "Norvale said it was already involved in several joint projects with Quillix, "
        "including work on new vaccines.\n"
    )["deals"]
    assert sorted(d["type"] for d in deals) == ["acquisition", "collaboration"]
    collaboration = next(d for d in deals if d["type"] == "collaboration")
    assert collaboration["terms"] is None


def test_a_company_described_by_a_word_that_is_no_purchase_is_still_bought():
    """ "acquire the data start-up Y": "data" describes the start-up; buying data is no deal,
    buying the start-up is."""
    deal = only_deal(
        "Norvale to Buy Quillix\n\n"
        "10 January 2024 - Norvale AG has agreed to acquire the data start-up Quillix for up to "
        "$500m.\n"
    )
    assert roles(deal) == {"Norvale AG": "acquirer", "Quillix": "target"}


def test_data_bought_from_a_company_is_still_no_deal():
    result = extract(
        "Norvale Data\n\n"
        "10 January 2024 - Norvale AG has agreed to acquire patient data from Quillix Labs for "
        "its studies.\n"
    )
    assert result["deals"] == []


def test_the_clause_after_a_label_tells_the_deal_and_who_develops_is_the_licensee():
    """ "NV-9 is partnered in Japan: Norvale and Halden Pharma plc concluded an exclusive
    licence agreement ..., with Halden responsible for development": the verb and its two
    subjects are in the clause after the colon; the party responsible for development is the
    licensee."""
    deal = only_deal(
        "Corvane Holdings Pipeline Update\n\n"
        "KYOTO, Japan, April 2, 2025 -- Corvane Holdings Co., Ltd. today updated its "
        "pipeline. NV-9 is partnered in Japan: Norvale and Halden Pharma plc concluded an "
        "exclusive licence agreement for the product in May 2023, with Halden responsible for "
        "Japanese development.\n"
    )
    assert deal["type"] == "license"
    assert sorted(roles(deal).values()) == ["licensee", "licensor"]
    assert next(r for c, r in roles(deal).items() if c.startswith("Halden")) == "licensee"


# ---------------------------------------------------------------- partners listed with their places


def test_partnerships_reached_with_partners_named_with_their_countries_are_one_each():
    """ "reached partnerships with the UK's A, India's Dr. B's, and Singapore's C": a plural
    needs no determiner after the verb that makes it; a place in the possessive says where a
    partner is from; "Dr. B's" is a company's name, not a person."""
    deals = extract(
        "Norvale Expands Abroad\n\n"
        "SHANGHAI, May 3, 2024 -- Norvale Biosciences announced new data today.\n\n"
        "Norvale also reached partnerships with the UK's Pellwick, India's Dr. Ranga's, and "
        "Brazil's Quellmed over its antibody in other regional markets.\n"
    )["deals"]
    assert sorted(sorted(roles(d)) for d in deals) == [
        ["Dr. Ranga's", "Norvale Biosciences"],
        ["Norvale Biosciences", "Pellwick"],
        ["Norvale Biosciences", "Quellmed"],
    ]


def test_public_partnerships_told_without_a_verb_of_making_are_no_deals():
    result = extract(
        "About Norvale\n\n"
        "BOSTON, May 3, 2024 -- Norvale Bio announced approval of ZANTRIVO.\n\n"
        "About ZANTRIVO\n"
        "Development of ZANTRIVO was also supported by public-private partnerships with the "
        "Vellan Research Trust; the Ostrow Health Authority; and the Kestrel Fund.\n"
    )
    assert result["deals"] == []


# ------------------------------------------------------------ money from licensees, options spent


def test_licensing_income_from_listed_partners_makes_each_a_licensee():
    """ "licensing income from A, B and C": money comes from the licensees."""
    deals = extract(
        "Norvale Licensing Update\n\n"
        "PALO ALTO, July 24, 2025 -- Norvale Bio, Inc. today reported a milestone payment. "
        "Norvale has now recorded $1,046,000 in cumulative licensing income from Halden Vision, "
        "Quillix Oncology, and Tamsin Neuro.\n"
    )["deals"]
    assert {d["rule"] for d in deals} == {"deal.licence_verb"}
    assert all(roles(d)["Norvale Bio, Inc."] == "licensor" for d in deals)
    assert len(deals) == 3


def test_an_option_to_acquire_exercised_by_a_unit_named_with_its_owner_is_an_acquisition():
    """ "X and Y announced that Z's unit W notified Y that it has exercised its option to
    acquire Y": the option is spent, W (the reported clause's subject) buys Y."""
    deal = only_deal(
        "Corvane Option Exercised\n\n"
        "BOSTON, May 3, 2024 -- Corvane Holdings, Inc. and a company it founded, Quillix "
        "Biosciences, Inc., today announced that Halden's Norvale notified Quillix that it has "
        "exercised its option to acquire Quillix.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Norvale": "acquirer", "Quillix Biosciences, Inc.": "target"}


def test_an_option_rights_agreement_beside_a_research_licence_is_an_option():
    deal = only_deal(
        "Norvale Option\n\n"
        "NAMUR, Belgium, March 4, 2025 -- Norvale Diagnostics SA announced a Research License "
        "and Exclusive Commercial Option Rights Agreement with Halden Labs GmbH to assess its "
        "blood test.\n"
    )
    assert deal["type"] == "option"


def test_the_company_after_a_possessive_opening_is_the_company_whose_shares_moved():
    """ "Norvale's shares took flight after the company announced a licensing deal with Y":
    the company is Norvale, named in the possessive at the sentence's opening."""
    deal = only_deal(
        "What happened\n\n"
        "Norvale's shares took flight after the company announced a licensing deal with Halden "
        "Corp. for its antibody NV-12.\n"
    )
    assert sorted(roles(deal)) == ["Halden Corp.", "Norvale"]


def test_a_licence_announced_by_the_company_whose_shares_moved_names_it_as_licensor():
    """ "Shares of X skyrocketed. The gain came after the company announced a deal to license
    DRUG to Y": the company is X; rights go to Y."""
    deal = only_deal(
        "What happened\n\n"
        "Shares of Norvale (NRVL 3.4%) skyrocketed 20% on Tuesday.\n\n"
        "The big gain came after the company announced a deal to license its antibody program "
        "NV-17 to Halden Squibb.\n"
    )
    assert roles(deal) == {"Norvale": "licensor", "Halden Squibb": "licensee"}
