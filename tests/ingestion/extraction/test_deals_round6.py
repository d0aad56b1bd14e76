"""Deal wording met in field-case variants (round 6): territory lists, recaps that list several
acquisitions, the issuer as licensee, summed milestones and one deal told twice.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

# ---------------------------------------------------------------- territory lists


def test_a_territory_list_of_countries_is_kept_whole():
    """ "covering DRUG in Brazil, Argentina, and Chile": every country of the list, the serial
    comma included, not only the first."""
    deal = only_deal(
        "Morlan Licenses Vetrazine\n\n"
        "LIMA, June 3, 2025 -- Morlan Biosciences, Inc. entered into an exclusive licence with "
        "Pendrell Pharma S.A. covering vetrazine in Colombia, Peru, and Chile.\n"
    )
    assert deal["territory"] == "Colombia, Peru, and Chile"


def test_a_territory_list_with_an_article_inside_is_kept_whole():
    deal = only_deal(
        "Morlan Licenses Vetrazine\n\n"
        "MANILA, June 3, 2025 -- Morlan Biosciences, Inc. granted Pendrell Pharma Ltd. the "
        "exclusive rights to vetrazine in Vietnam, the Philippines and Indonesia.\n"
    )
    assert deal["territory"] == "Vietnam, the Philippines and Indonesia"


# ---------------------------------------------------------------- several acquisitions


def test_acquisitions_each_told_with_its_year_are_one_deal_each():
    """ "acquired A in 2021 and B in 2023": a parallel list, one acquisition per target."""
    deals = extract(
        "Tollens Results\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. reported its annual results. Tollens "
        "acquired Marrow Bio in 2021 and Quaylin Therapeutics in 2023.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tollens Holdings Inc.": "acquirer", "Marrow Bio": "target"},
        {"Tollens Holdings Inc.": "acquirer", "Quaylin Therapeutics": "target"},
    ]


def test_acquisitions_each_told_with_its_price_take_their_own_price():
    deals = extract(
        "Tollens Results\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. reported its annual results. Tollens "
        "bought Marrow Bio for $45 million and Quaylin Therapeutics for $70 million.\n"
    )["deals"]
    assert [(roles(d), d["terms"]["total_value"]) for d in deals] == [
        ({"Tollens Holdings Inc.": "acquirer", "Marrow Bio": "target"}, money(45_000_000)),
        (
            {"Tollens Holdings Inc.": "acquirer", "Quaylin Therapeutics": "target"},
            money(70_000_000),
        ),
    ]


def test_a_company_after_a_dated_acquisition_that_is_no_list_item_is_no_target():
    """ "acquired A in 2021 and B said ...": B is not told with a date of its own."""
    deals = extract(
        "Tollens Results\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. reported its annual results. Tollens "
        "acquired Marrow Bio in 2021 and Quaylin Therapeutics later joined as a distributor.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tollens Holdings Inc.": "acquirer", "Marrow Bio": "target"}
    ]


def test_its_second_acquisition_in_a_sentence_is_the_subjects_not_the_first_targets():
    """ "completed its acquisition of A in March and its acquisition of B in June": "its" is
    the subject both times, never A."""
    deals = extract(
        "Tollens Results\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. reported its annual results. Tollens "
        "completed its acquisition of Marrow Bio in March and its acquisition of Quaylin "
        "Therapeutics in June.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tollens Holdings Inc.": "acquirer", "Marrow Bio": "target"},
        {"Tollens Holdings Inc.": "acquirer", "Quaylin Therapeutics": "target"},
    ]


# ---------------------------------------------------------------- the issuer as licensee

ANNOUNCEMENT = (
    "LICENCE AGREEMENT\n\n"
    'This announcement is made by Harlune Medical Holdings Limited (the "Company"). The board '
    "of directors is pleased to announce that on 8 July 2024, {clause} for HM-204 in the PRC.\n"
)


def test_the_company_named_as_licensee_is_the_licensee():
    """ "the Company, as licensee, entered into a licence agreement with Y": the role the
    announcement names wins over the agreement's word order."""
    deal = only_deal(
        ANNOUNCEMENT.format(
            clause="the Company, as licensee, entered into a licence agreement with Pavona "
            'Biologics Inc. ("Pavona")'
        )
    )
    assert roles(deal) == {
        "Harlune Medical Holdings Limited": "licensee",
        "Pavona Biologics Inc.": "licensor",
    }


def test_parties_each_named_with_their_role_in_brackets_keep_those_roles():
    deal = only_deal(
        ANNOUNCEMENT.format(
            clause='the Company (as licensee) and Pavona Biologics Inc. ("Pavona") (as '
            "licensor) entered into a licence agreement"
        )
    )
    assert roles(deal) == {
        "Harlune Medical Holdings Limited": "licensee",
        "Pavona Biologics Inc.": "licensor",
    }


def test_a_counterparty_defined_as_the_licensor_is_the_licensor():
    deal = only_deal(
        ANNOUNCEMENT.format(
            clause="the Company entered into a licence agreement with Pavona Biologics Inc. "
            '("Pavona") (the "Licensor")'
        )
    )
    assert roles(deal) == {
        "Harlune Medical Holdings Limited": "licensee",
        "Pavona Biologics Inc.": "licensor",
    }


def test_the_company_named_as_licensor_stays_the_licensor():
    deal = only_deal(
        ANNOUNCEMENT.format(
            clause="the Company, as licensor, entered into a licence agreement with Pavona "
            'Biologics Inc. ("Pavona")'
        ).replace("in the PRC", "outside the PRC")
    )
    assert roles(deal) == {
        "Harlune Medical Holdings Limited": "licensor",
        "Pavona Biologics Inc.": "licensee",
    }


# ---------------------------------------------------------------- upfront and milestones

LICENCE = (
    "Brenlow Licenses OT-12\n\n"
    "OSLO, June 3, 2025 -- Brenlow Therapeutics ASA entered into an exclusive licence "
    "agreement with Cadoria Pharma Inc. for OT-12. {terms}\n"
)


def deal_terms(terms: str) -> dict:
    found = only_deal(LICENCE.format(terms=terms))["terms"]
    return {k: found[k] for k in ("upfront", "milestones", "total_value")}


def test_an_upfront_word_before_the_milestones_own_total_stays_the_upfront():
    """ "$15 million upfront and total potential milestones of $380 million": the milestones'
    total is the milestones as stated; the upfront is not the deal's value."""
    assert deal_terms(
        "Brenlow will receive $15 million upfront and total potential milestones of $380 million."
    ) == {"upfront": money(15_000_000), "milestones": money(380_000_000), "total_value": None}


def test_milestones_in_total_are_milestones_not_the_deal_value():
    assert deal_terms(
        "Cadoria will pay an upfront payment of $15 million and up to $380 million in total "
        "milestone payments."
    ) == {"upfront": money(15_000_000), "milestones": money(380_000_000), "total_value": None}


def test_upfront_plus_milestones_for_a_total_gives_all_three():
    assert deal_terms(
        "Brenlow will receive $15 million upfront plus milestones of up to $380 million, for a "
        "total of up to $395 million."
    ) == {
        "upfront": money(15_000_000),
        "milestones": money(380_000_000),
        "total_value": money(395_000_000),
    }


def test_milestone_total_broken_down_is_not_counted_twice():
    assert deal_terms(
        "Cadoria will pay $15 million upfront, with total potential milestone payments of up to "
        "$380 million, consisting of up to $130 million in development milestones and up to "
        "$250 million in sales milestones."
    ) == {"upfront": money(15_000_000), "milestones": money(380_000_000), "total_value": None}


def test_development_and_sales_milestones_told_side_by_side_are_summed():
    assert deal_terms(
        "Brenlow will receive $15 million upfront and up to $210 million in development and "
        "regulatory milestones and up to $440 million in sales milestones."
    ) == {"upfront": money(15_000_000), "milestones": money(650_000_000), "total_value": None}


def test_a_deal_value_including_the_upfront_is_the_total_value():
    assert deal_terms(
        "The licence is worth up to $395 million, including the $15 million upfront."
    ) == {"upfront": money(15_000_000), "milestones": None, "total_value": money(395_000_000)}


def test_part_of_a_region_is_an_item_of_the_territory_list():
    deal = only_deal(
        "Morlan Licenses Vetrazine\n\n"
        "BASEL, June 3, 2025 -- Morlan Biosciences AG has out-licensed the rights to vetrazine "
        "for Japan and certain countries in Southeast Asia to Pendrell Pharma Ltd.\n"
    )
    assert deal["territory"] == "Japan and certain countries in Southeast Asia"


def test_where_a_party_is_headquartered_is_no_territory():
    """ "a company headquartered in Denmark": where a partner sits, not where rights run."""
    deal = only_deal(
        "Norlind and Pavona Partner\n\n"
        "HEIDELBERG, August 19, 2025 -- Norlind Institute announced a research collaboration "
        "with Pavona Pharma A/S, a healthcare company headquartered in Denmark, to study oral "
        "peptides.\n"
    )
    assert deal["territory"] is None


def test_acquisitions_listed_after_a_label_are_the_release_companys():
    """ "Highlights: completed the acquisitions of A and B": the label leaves the subject
    implicit (lower case verb); the release's company bought both."""
    deals = extract(
        "Tollens Holdings Reports Annual Results\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. reported its annual results.\n\n"
        "Portfolio highlights: completed the acquisitions of Marrow Bio and Quaylin "
        "Therapeutics.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tollens Holdings Inc.": "acquirer", "Marrow Bio": "target"},
        {"Tollens Holdings Inc.": "acquirer", "Quaylin Therapeutics": "target"},
    ]


def test_companies_counted_then_listed_after_a_colon_are_each_acquired():
    deals = extract(
        "Tollens: a busy year\n\n"
        "DENVER, Jan. 8, 2025 -- In 2024, Tollens Holdings Inc. acquired two companies: Marrow "
        "Bio and Quaylin Therapeutics.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tollens Holdings Inc.": "acquirer", "Marrow Bio": "target"},
        {"Tollens Holdings Inc.": "acquirer", "Quaylin Therapeutics": "target"},
    ]


def test_products_counted_before_a_colon_are_no_acquired_companies():
    """ "acquired two products: DRUG-A and DRUG-B" buys products, not companies."""
    result = extract(
        "Tollens: a busy year\n\n"
        "DENVER, Jan. 8, 2025 -- In 2024, Tollens Holdings Inc. acquired two products: TL-101 "
        "and TL-202.\n"
    )
    assert [d for d in result["deals"] if d["type"] == "acquisition"] == []


# ---------------------------------------------------------------- one deal, its own parties

FOUNDED_BY = (
    "Dravik to Acquire Selwyn Bio\n\n"
    "ZURICH, Feb. 11, 2025 -- Dravik AG today announced an agreement to acquire Selwyn Bio, "
    "Inc.\n\n"
    "Selwyn Bio, launched by Ormond Capital and Dravik in 2020, has advanced "
    "kelvoritamab through clinical development under a license from Dravik.\n\n"
    "Under the terms of the agreement, Dravik will make an upfront payment of $400 million "
    "upon closing.\n"
)


def test_founders_named_in_a_launched_by_aside_are_no_licence_party():
    """ "Y, launched by A and X in 2020, has advanced DRUG under a license from X": A is named
    in passing; the licence is X's to Y."""
    licences = [d for d in extract(FOUNDED_BY)["deals"] if d["type"] == "license"]
    assert [roles(d) for d in licences] == [
        {"Selwyn Bio, Inc.": "licensee", "Dravik AG": "licensor"}
    ]


def test_a_licence_told_in_its_own_sentence_outweighs_the_buyers_payment():
    """The buyer's "will make an upfront payment" belongs to the acquisition of the same two
    companies; "under a license from X" in the licence's own sentence decides its roles."""
    licence = next(d for d in extract(FOUNDED_BY)["deals"] if d["type"] == "license")
    assert roles(licence)["Dravik AG"] == "licensor"


# ---------------------------------------------------------------- "recently acquired"


def test_recently_acquired_after_its_subject_is_the_verb():
    """ "X recently acquired clinical assets from Y": an adverb before the verb does not make
    "acquired" an adjective ("the recently acquired assets" is one)."""
    deal = only_deal(
        "Brisk Update\n\n"
        "AUSTIN, Jan. 5, 2025 -- Brisk Oncology reported progress.\n\n"
        "Moreover, Brisk Oncology recently acquired key clinical assets from Tarnow "
        "Pharmaceuticals, including two vaccine candidates.\n"
    )
    assert roles(deal) == {"Brisk Oncology": "acquirer", "Tarnow Pharmaceuticals": "partner"}


def test_the_recently_acquired_assets_are_no_new_deal():
    result = extract(
        "Brisk Update\n\n"
        "AUSTIN, Jan. 5, 2025 -- Brisk Oncology reported progress.\n\n"
        "The recently acquired assets from Tarnow Pharmaceuticals were added to Brisk "
        "Oncology's pipeline.\n"
    )
    assert result["deals"] == []


def test_a_share_price_move_is_not_the_stakes_value():
    """ "X's shares dipped 1.7% to $76.76 after it said it will invest $300 million to acquire
    a 49.9% equity interest in Y": the stake is worth $300 million."""
    deal = only_deal(
        "Tollens Buys Into Marrow\n\n"
        "FOSTER CITY, Jan. 5, 2025 -- Tollens Holdings Inc. (Nasdaq: TLHD) shares dipped 1.7% to "
        "$76.76 on Tuesday, after it announced that it will invest $300 million to acquire a "
        "49.9% equity interest in Marrow Bio, a privately held company.\n"
    )
    assert deal["type"] == "equity_investment"
    assert deal["terms"]["total_value"] == money(300_000_000)


def test_the_usa_in_a_list_of_excluded_places_is_kept_whole():
    deal = only_deal(
        "Morlan Licenses Vetrazine\n\n"
        "SHANGHAI, June 3, 2025 -- Morlan Biosciences Co., Ltd. granted Pendrell Pharma S.A. "
        "exclusive rights to vetrazine in global markets, excluding mainland China, the USA and "
        "Japan.\n"
    )
    assert deal["territory"] == "worldwide excluding mainland China, the USA and Japan"


# ---------------------------------------------------------------- one milestone earned


def test_one_milestone_payment_earned_is_told_but_is_not_the_milestones_total():
    """ "will receive a $45 million (about 60 billion won) milestone payment from Y": one payment
    earned under the licence; the milestones are disclosed, their total is not, and the
    bracketed conversion is no second amount."""
    deal = only_deal(
        "Tollens Earns Milestone\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. said it will receive a $45 million (about "
        "60 billion won) milestone payment from Marrow Bio under their licence agreement for "
        "TL-101, plus royalties on sales.\n"
    )
    terms = deal["terms"]
    assert (terms["upfront"], terms["milestones"], terms["milestones_disclosed"]) == (
        None,
        None,
        True,
    )


def test_a_milestone_payment_listed_with_further_milestones_is_summed():
    assert deal_terms(
        "Brenlow will receive an upfront payment of $15 million and a $10 million milestone "
        "payment upon IND clearance, and up to $300 million in further milestones."
    ) == {"upfront": money(15_000_000), "milestones": money(310_000_000), "total_value": None}


def test_where_a_product_is_already_marketed_is_no_territory():
    """ "its out-licensed drug X (marketed in Korea as BRAND)": where the product is sold
    already, not where the licensee's rights run."""
    deal = only_deal(
        "Tollens Royalties\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. will receive royalties from Marrow Bio "
        "under the licence for its out-licensed drug, TL-101 (marketed in Korea as Torvex).\n"
    )
    assert deal["territory"] is None


def test_rights_acquired_from_a_company_make_it_the_licensor():
    """ "Y has acquired from X the exclusive rights to DRUG in ...": X grants, Y is licensee,
    whatever order the two are named in."""
    deal = only_deal(
        "Licence for PV-201\n\n"
        "MADRID, June 3, 2025 -- Pendrell Pharma S.A. has acquired from Morlan Biosciences Co., "
        "Ltd. the exclusive rights to develop and commercialize PV-201 in Spain and "
        "Portugal.\n"
    )
    assert roles(deal) == {
        "Pendrell Pharma S.A.": "licensee",
        "Morlan Biosciences Co., Ltd.": "licensor",
    }
    assert deal["territory"] == "Spain and Portugal"


def test_a_licence_worth_an_amount_names_its_total_value():
    """ "an agreement with Y for DRUG worth up to $X": the value, though "worth" does not
    follow the word "agreement" directly."""
    deal = only_deal(
        "Brenlow Licenses OT-12\n\n"
        "OSLO, June 3, 2025 -- Brenlow Therapeutics ASA entered into an exclusive licence "
        "agreement with Cadoria Pharma Inc. for OT-12 worth up to $395 million. Brenlow will "
        "receive $15 million upfront.\n"
    )
    assert deal["terms"]["total_value"] == money(395_000_000)
    assert deal["terms"]["upfront"] == money(15_000_000)


def test_milestones_told_by_the_events_that_trigger_them_are_summed():
    assert deal_terms(
        "Cadoria will pay an upfront fee of $15 million, and Brenlow is eligible for milestones "
        "of up to $120 million upon regulatory approvals and up to $250 million upon sales "
        "thresholds."
    ) == {"upfront": money(15_000_000), "milestones": money(370_000_000), "total_value": None}


def test_acquisitions_counted_then_listed_after_a_colon_are_one_deal_each():
    deals = extract(
        "Tollens Results\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. reported its annual results. During the "
        "year, Tollens completed two strategic acquisitions: Marrow Bio and Quaylin "
        "Therapeutics.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tollens Holdings Inc.": "acquirer", "Marrow Bio": "target"},
        {"Tollens Holdings Inc.": "acquirer", "Quaylin Therapeutics": "target"},
    ]


def test_acquisitions_each_told_with_price_and_year_take_their_own_price():
    deals = extract(
        "Tollens Results\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. reported its annual results. Tollens "
        "bought Marrow Bio for $45 million in 2021 and Quaylin Therapeutics for $70 million in "
        "2023.\n"
    )["deals"]
    assert [d["terms"]["total_value"] for d in deals] == [money(45_000_000), money(70_000_000)]


def test_the_price_of_an_acquisition_is_not_the_terms_of_the_licence_the_two_already_had():
    """ "Under the terms of the agreement, X will make an upfront payment of $400 million upon
    closing": the acquisition's money, not the licence's of the same two companies."""
    deals = extract(FOUNDED_BY)["deals"]
    licence = next(d for d in deals if d["type"] == "license")
    acquisition = next(d for d in deals if d["type"] == "acquisition")
    assert licence["terms"] is None or licence["terms"]["upfront"] is None
    assert acquisition["terms"]["upfront"] == money(400_000_000)


def test_exercise_fees_the_licensor_is_entitled_to_are_the_options_upfront():
    deal = only_deal(
        "Cadoria exercises options on two Brenlow programs\n\n"
        "OSLO, 11 February 2025 -- Options on two programs, OT-401 and OT-402, have been "
        "exercised by Cadoria Pharma AG under its 2022 agreement with Brenlow Therapeutics ASA, "
        "Brenlow announced today. Brenlow is entitled to exercise fees totalling €12 million.\n"
    )
    assert deal["type"] == "option"
    assert deal["terms"]["upfront"] == money(12_000_000, "EUR")


def test_an_alliance_broadened_to_a_new_collaboration_is_a_collaboration():
    deal = only_deal(
        "Norlind and Pavona broaden alliance\n\n"
        "LYON, Jan. 13, 2025 -- Norlind Genomics SA and Pavona Therapeutics, Inc. today said "
        "they have broadened their alliance to include a new discovery collaboration in "
        "kidney disease.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {"Norlind Genomics SA": "partner", "Pavona Therapeutics, Inc.": "partner"}


def test_a_news_items_said_it_has_in_licensed_announces_the_deal_that_day():
    deal = only_deal(
        "Cadoria in-licenses OT-12 for Greater China\n\n"
        "SAN DIEGO, Jan. 22, 2025 (BUSINESS WIRE) -- Cadoria Pharma, Inc. (Nasdaq: CDRA) said "
        "it has in-licensed from Brenlow Biotech Co., Ltd. exclusive rights to OT-12 in Greater "
        "China.\n"
    )
    assert deal["announced_on"] == "2025-01-22"


def test_the_product_a_party_will_develop_after_the_agreement_sentence_is_the_deals():
    """ "... announced an exclusive license agreement. Y will develop and commercialize DRUG
    across Europe": the product is named only where the licensee's rights are told."""
    deal = only_deal(
        "Brenlow and Cadoria sign European licence\n\n"
        "OSLO, 14 October 2024 -- Brenlow Therapeutics ASA and Cadoria Pharma GmbH today "
        "announced an exclusive license agreement. Cadoria will develop and commercialize OT-12 "
        "across Europe, and Brenlow will receive an upfront payment of $25 million.\n"
    )
    assert deal["drugs"] == ["OT-12"]


def test_a_product_the_company_develops_alone_is_not_the_acquisitions():
    deal = only_deal(
        "Tollens to Acquire Marrow Bio\n\n"
        "DENVER, May 5, 2025 -- Tollens Holdings Inc. today announced an agreement to acquire "
        "Marrow Bio for $45 million. Tollens will develop TL-101 on its own.\n"
    )
    assert deal["drugs"] == []


# ---------------------------------------------------------------- one deal told twice


def test_a_licence_told_under_the_parent_and_under_its_subsidiary_is_one_deal():
    """Guard (no rule change): the headline names the parent, the body the subsidiary that
    signed, and the money goes to the parent; one licence, signed by the subsidiary."""
    deal = only_deal(
        "Harlune Holdings Licenses HM-204 to Pavona\n\n"
        "ZUG, March 3, 2025 -- Harlune Holdings AG today announced that its subsidiary Harlune "
        "Pharma GmbH has granted Pavona Biologics, Inc. an exclusive licence to HM-204 in "
        "Europe. Harlune Holdings AG will receive an upfront payment of $30 million.\n"
    )
    assert roles(deal) == {
        "Harlune Pharma GmbH": "licensor",
        "Pavona Biologics, Inc.": "licensee",
    }
    assert deal["terms"]["upfront"] == money(30_000_000)


def test_a_takeover_headline_does_not_announce_the_licence_the_two_already_had():
    licence = next(d for d in extract(FOUNDED_BY)["deals"] if d["type"] == "license")
    assert licence["announced_on"] is None
