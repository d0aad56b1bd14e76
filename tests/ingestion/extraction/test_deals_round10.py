"""Deal wording found by trying new invented sentences (round 10): the progressive of buying,
merging and teaming up, stakes, an agreement whose kind no word names, rights sold for a price
or handed over with a platform, and a news roundup's "the company already inked ...".

Every text here is invented (company, drug and person names included).
"""

import pytest

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Deal news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


# ---------------------------------------------------------------- the progressive


def test_a_purchase_told_in_the_progressive_is_an_acquisition_not_a_passive():
    deal = only_deal(
        DATELINE + "Marrow Pharma Inc. is acquiring Tellis Bio Ltd. for $800 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Marrow Pharma Inc.": "acquirer", "Tellis Bio Ltd.": "target"}


def test_buying_in_the_progressive_is_an_acquisition_too():
    deal = only_deal(
        "Buyout\n\nKestin Holdings plc is buying Ardley Therapeutics Inc. in a cash deal, the "
        "companies said on Monday.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Kestin Holdings plc": "acquirer", "Ardley Therapeutics Inc.": "target"}


def test_the_passive_progressive_still_needs_its_agent():
    """ "Y is being acquired" names no buyer: no deal."""
    assert (
        extract(DATELINE + "Tellis Bio Ltd. is being acquired for $800 million.\n")["deals"] == []
    )


def test_teaming_up_in_the_progressive_is_a_deal():
    deal = only_deal(
        DATELINE + "Glenmore Therapeutics plc is teaming up with Ravel Biologics Inc. on "
        "antibody discovery.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {
        "Glenmore Therapeutics plc": "partner",
        "Ravel Biologics Inc.": "partner",
    }
    assert deal["announced_on"] == "2026-06-02"


def test_companies_merging_in_the_progressive_make_a_merger():
    deal = only_deal(
        DATELINE + "Soren Therapeutics Inc. and Vellum Bio Inc. are merging in an all-stock "
        "transaction.\n"
    )
    assert deal["type"] == "merger"
    assert set(roles(deal)) == {"Soren Therapeutics Inc.", "Vellum Bio Inc."}


def test_companies_that_have_been_collaborating_have_a_collaboration():
    deal = only_deal(
        DATELINE + "Lindqvist Bio AB and Porthaven Therapeutics Inc. have been collaborating on "
        "cell therapies since 2023 and today extended the work to solid tumours.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Lindqvist Bio AB", "Porthaven Therapeutics Inc."}


def test_researchers_collaborating_with_a_company_make_no_deal():
    """A participle alone, without "is" or "have been", tells no agreement."""
    text = (
        DATELINE + "Scientists at Lindqvist Bio AB collaborating with Porthaven Therapeutics "
        "Inc. published data on cell therapies.\n"
    )
    assert extract(text)["deals"] == []


def test_in_licensing_in_the_progressive_is_a_licence():
    deal = only_deal(
        DATELINE + "Kestrel Bio Inc. is in-licensing the Chinese rights to SX-12 from Suzhou "
        "Lanting Pharmaceutical Co., Ltd. for $15 million upfront.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {
        "Kestrel Bio Inc.": "licensee",
        "Suzhou Lanting Pharmaceutical Co., Ltd.": "licensor",
    }


# ---------------------------------------------------------------- stakes


def test_an_investment_of_a_sum_in_a_named_company_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Helvan Pharma AG announced an investment of $250 million in Pemberton Bio "
        "Ltd. to fund its gene therapy work.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Helvan Pharma AG": "investor", "Pemberton Bio Ltd.": "investee"}


def test_an_investment_for_a_controlling_stake_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "The board of Ingram Lifesciences Ltd. approved a further investment of up to "
        "US$ 30 million over two years for a controlling stake in Qorvel Biologics.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {
        "Ingram Lifesciences Ltd.": "investor",
        "Qorvel Biologics": "investee",
    }


def test_a_percentage_stake_taken_in_a_company_is_an_equity_investment():
    deal = only_deal(
        "Stake\n\nNorrland Pharma AB has taken a 19.9% stake in Eskil Biotech Inc. for $40 "
        "million, the companies said.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Norrland Pharma AB": "investor", "Eskil Biotech Inc.": "investee"}


def test_a_minority_stake_taken_in_a_company_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Sakaki Pharma Co., Ltd. took a minority stake in Brandt Bio GmbH.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Sakaki Pharma Co., Ltd.": "investor", "Brandt Bio GmbH": "investee"}


# ---------------------------------------------------------------- an agreement of no named kind


def test_a_deal_with_a_named_party_is_a_deal_though_no_word_gives_its_kind():
    deal = only_deal(
        DATELINE + "Medivex Pharma Ltd. has signed a three-year agreement with Hanbit Healthcare "
        "Co., Ltd. covering South Korea.\n"
    )
    assert deal["type"] == "other"
    assert roles(deal) == {
        "Medivex Pharma Ltd.": "partner",
        "Hanbit Healthcare Co., Ltd.": "partner",
    }


def test_a_supply_agreement_with_a_named_party_is_an_other_deal():
    deal = only_deal(
        DATELINE + "Pellcor Pharma Inc. today announced a supply agreement with Venhart Labs "
        "Ltd. for its peptide API.\n"
    )
    assert deal["type"] == "other"
    assert set(roles(deal)) == {"Pellcor Pharma Inc.", "Venhart Labs Ltd."}


def test_a_supply_agreement_entered_into_is_an_other_deal():
    deal = only_deal(
        DATELINE + "Pellcor Pharma Inc. has entered into a supply agreement with Venhart Labs "
        "Ltd. for its peptide API.\n"
    )
    assert deal["type"] == "other"
    assert set(roles(deal)) == {"Pellcor Pharma Inc.", "Venhart Labs Ltd."}


@pytest.mark.parametrize(
    "wording",
    [
        "The company already inked a separate agreement with Sorbel Biosciences Inc. last year.",
        "The company separately signed a supply deal with Sorbel Biosciences Inc.",
        "The company subsequently signed a new agreement with Sorbel Biosciences Inc.",
    ],
)
def test_the_company_that_already_inked_an_agreement_is_the_company_named_before(wording):
    """A news roundup: "The company" is the company named just before; an adverb ("already",
    "separately", "subsequently") stands between it and its verb."""
    deals = extract(
        DATELINE + "Pellcor Pharma Inc. today announced a collaboration with Venhart Labs Ltd. "
        "to discover oral peptides. " + wording + "\n"
    )["deals"]
    assert sorted((d["type"], frozenset(roles(d))) for d in deals) == [
        ("collaboration", frozenset({"Pellcor Pharma Inc.", "Venhart Labs Ltd."})),
        ("other", frozenset({"Pellcor Pharma Inc.", "Sorbel Biosciences Inc."})),
    ]


def test_an_agreement_named_first_takes_its_kind_from_the_next_sentence():
    deal = only_deal(
        DATELINE + "Brenner Pharma AG signed an agreement with Kaito Therapeutics Inc. Under "
        "the agreement, Kaito has obtained exclusive rights to BR-40 in Japan.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Brenner Pharma AG": "licensor", "Kaito Therapeutics Inc.": "licensee"}


# ---------------------------------------------------------------- rights sold or handed over


def test_a_deal_under_which_a_party_will_sell_a_product_is_a_licence_to_it():
    deal = only_deal(
        "Korvant Bio signs deal with Halden Pharma\n\nOSLO, May 4, 2026 /PRNewswire/ -- "
        "Korvant Bio said on Monday it has signed a deal with Halden Pharma Inc. under "
        "which Halden will develop and sell Korvant's antibody KV-210 in the United States.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Korvant Bio": "licensor", "Halden Pharma Inc.": "licensee"}


def test_an_agreement_allowing_a_party_to_market_a_product_is_a_licence():
    deal = only_deal(
        DATELINE + "Orvieto Pharma S.p.A. concluded an agreement with Dunmore Health Ltd. "
        "allowing Dunmore to market OP-7 across the United Kingdom.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Orvieto Pharma S.p.A.": "licensor", "Dunmore Health Ltd.": "licensee"}


def test_paying_a_party_for_the_rights_to_a_product_is_a_licence_from_it():
    deal = only_deal(
        DATELINE + "Corvid Pharma Inc. is paying Juniper Biologics Ltd. $50 million upfront "
        "for the rights to JB-3 in Japan.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Corvid Pharma Inc.": "licensee", "Juniper Biologics Ltd.": "licensor"}


def test_a_platform_transferred_to_a_party_in_a_deal_is_licensed_to_it():
    deal = only_deal(
        "Deal watch\n\nBrevik Genomics Inc. is transferring its RNA editing platform to Japan's "
        "Sanwa Kasei Co., Ltd. in a deal valued at up to $400 million.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Brevik Genomics Inc.": "licensor", "Sanwa Kasei Co., Ltd.": "licensee"}


def test_operations_transferred_to_a_party_are_still_sold():
    deal = only_deal(
        DATELINE + "Hollin Group plc is transferring its vaccine operations to Marwick Pharma "
        "Inc. for $90 million.\n"
    )
    assert deal["type"] == "acquisition"


# ---------------------------------------------------------------- news verbs


@pytest.mark.parametrize(
    "verb", ["snaps up", "snapped up", "will take over", "took over", "scooped up"]
)
def test_news_verbs_of_buying_a_company_make_an_acquisition(verb):
    deal = only_deal(DATELINE + f"Grantham Pharma plc {verb} Vireo Bio Inc. for $300 million.\n")
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Grantham Pharma plc": "acquirer", "Vireo Bio Inc.": "target"}


def test_taking_over_a_task_buys_nothing():
    text = DATELINE + "Grantham Pharma plc will take over the development of VB-3 next year.\n"
    assert extract(text)["deals"] == []


def test_an_alliance_forged_with_a_party_is_a_collaboration():
    deal = only_deal(
        DATELINE + "Kagawa Pharma Co., Ltd. forged an alliance with Pembury Bio Inc. to discover "
        "RNA drugs.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Kagawa Pharma Co., Ltd.", "Pembury Bio Inc."}


def test_a_licensing_deal_landed_with_a_party_is_a_licence():
    deal = only_deal(
        DATELINE + "Yunhai Biotech Co., Ltd. landed a licensing deal with Delacroix Pharma SA "
        "for YH-5 in Europe.\n"
    )
    assert deal["type"] == "license"
    assert set(roles(deal)) == {"Yunhai Biotech Co., Ltd.", "Delacroix Pharma SA"}


def test_rights_picked_up_from_a_party_are_an_in_licence():
    deal = only_deal(
        DATELINE + "Farrow Pharma Inc. picked up the U.S. rights to KB-2 from Kobayashi Bio Co., "
        "Ltd. for $25 million upfront.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Farrow Pharma Inc.": "licensee", "Kobayashi Bio Co., Ltd.": "licensor"}


# ---------------------------------------------------------------- standing partners


def test_companies_that_are_longtime_collaborators_have_a_collaboration():
    deal = only_deal(
        DATELINE + "Halvard Pharma AG and Ostmark Bio Inc. are longtime collaborators in "
        "oncology research.\n"
    )
    assert deal["type"] == "collaboration"
    assert deal["announced_on"] is None  # a standing agreement, not the day's news
    assert set(roles(deal)) == {"Halvard Pharma AG", "Ostmark Bio Inc."}


def test_the_two_companies_already_partners_have_a_collaboration_beside_a_stake():
    """ "struck a deal with Y for Y to invest in its equity" is the stake (a deal with a kind
    of its own), and "The two companies are already collaborators" a second deal."""
    deals = extract(
        DATELINE + "Compass Bio Inc. said it has struck a deal with Kelmar Pharma AG for the "
        "latter to invest $20 million into its equity. The two companies are already "
        "collaborators in the laboratory.\n"
    )["deals"]
    assert sorted((d["type"], frozenset(roles(d).items())) for d in deals) == [
        (
            "collaboration",
            frozenset({("Compass Bio Inc.", "partner"), ("Kelmar Pharma AG", "partner")}),
        ),
        (
            "equity_investment",
            frozenset({("Compass Bio Inc.", "investee"), ("Kelmar Pharma AG", "investor")}),
        ),
    ]


def test_partners_given_as_examples_are_no_standing_collaboration():
    text = (
        DATELINE + "Halvard Pharma AG and Ostmark Bio Inc. are partners such as those the "
        "industry needs.\n"
    )
    assert extract(text)["deals"] == []


# ---------------------------------------------------------------- technology and platforms


def test_an_agreement_for_the_subjects_platform_licenses_it_to_the_party_after_with():
    deal = only_deal(
        DATELINE + "Selwyn Biologics Inc. signed an agreement with Paragon Pharma AG for its "
        "SB-Shuttle platform.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Selwyn Biologics Inc.": "licensor", "Paragon Pharma AG": "licensee"}


def test_a_separate_agreement_for_the_same_technology_is_a_licence_of_the_company_before():
    deal = only_deal(
        DATELINE + "Selwyn Biologics Inc. reported results. The company already inked a "
        "separate agreement with Paragon Pharma AG in April for the same technology.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Selwyn Biologics Inc.": "licensor", "Paragon Pharma AG": "licensee"}


# ---------------------------------------------------------------- no subject before a preposition


def test_a_capitalised_word_before_under_the_partnership_is_no_party():
    """ "Research under the partnership with Y": "under" is no verb, so "Research" does
    nothing; the partnership is the release company's."""
    deal = only_deal(
        DATELINE + "Tarvo Bio Inc. reported first-quarter results. Research under the "
        "partnership with Quenby Therapeutics moved into the clinic.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Tarvo Bio Inc.", "Quenby Therapeutics"}


def test_taking_over_sales_of_a_companys_products_buys_no_company():
    """ "take over" buys a company only when the company is its object."""
    text = DATELINE + "Grantham Pharma plc will take over sales of Vireo Bio Inc.'s products.\n"
    assert extract(text)["deals"] == []


# ---------------------------------------------------------------- finalised, sites, institutions


def test_a_licensing_agreement_finalized_with_a_party_is_a_licence():
    deal = only_deal(
        DATELINE + "Tessaly Therapeutics Inc. has finalized a licensing agreement with Orrin "
        "Pharma GmbH for TT-4 in Germany.\n"
    )
    assert deal["type"] == "license"
    assert set(roles(deal)) == {"Tessaly Therapeutics Inc.", "Orrin Pharma GmbH"}


def test_facilities_bought_in_towns_make_no_acquisition_of_the_towns():
    text = (
        DATELINE + "Marlow Biologics Ltd. expanded by acquiring facilities in Fenwick and "
        "Ashcombe to add capacity.\n"
    )
    assert extract(text)["deals"] == []


def test_an_institution_is_the_licensor_when_no_cue_decides():
    """ "X has signed a licensing agreement with the Kelso Cancer Center": nothing says who
    grants, and a hospital or university licenses out what its researchers made."""
    deal = only_deal(
        DATELINE + "Blue Harbor Therapeutics Inc. has signed a licensing agreement with Halden "
        "Kettering Cancer Center to create a digital therapeutic.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {
        "Blue Harbor Therapeutics Inc.": "licensee",
        "Halden Kettering Cancer Center": "licensor",
    }


def test_an_institution_granted_a_licence_by_a_company_is_its_licensee():
    """A cue decides over the institution rule."""
    deal = only_deal(
        DATELINE + "Blue Harbor Therapeutics Inc. has signed a licence agreement with the "
        "University of Kelso, granting the University a licence to its BH-Scan software.\n"
    )
    assert roles(deal) == {
        "Blue Harbor Therapeutics Inc.": "licensor",
        "University of Kelso": "licensee",
    }


# ---------------------------------------------------------------- a party named by its role


def test_a_deed_of_the_speakers_partner_is_reported_not_an_opinion():
    """ "X said its partner Y exercised an option": indirect speech reports a deal of X and Y."""
    deal = only_deal(
        DATELINE + "Aurel Pharma Inc. said its partner Nexobio Ltd. exercised an option to "
        "license AP-301.\n"
    )
    assert deal["type"] == "option"
    assert roles(deal) == {"Aurel Pharma Inc.": "licensor", "Nexobio Ltd.": "licensee"}


def test_the_speakers_licensee_named_in_reported_speech_is_its_licensee():
    deal = only_deal(
        DATELINE + "Wexford Bio Inc. said its licensee, Kuroda Pharma Co., Ltd., won approval "
        "for WB-2 in Japan.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Wexford Bio Inc.": "licensor", "Kuroda Pharma Co., Ltd.": "licensee"}


def test_a_quoted_partner_of_a_firm_is_no_deal():
    text = (
        DATELINE + '"The market is growing," said its managing partner Anna Roe of Halden '
        "Capital LLP.\n"
    )
    assert extract(text)["deals"] == []


# ---------------------------------------------------------------- royalties, ventures, endings


def test_a_royalty_stream_a_company_receives_is_bought_from_it():
    deal = only_deal(
        DATELINE + "Crestmoor Capital Inc. has agreed to purchase part of the royalty stream "
        "that Pavane Therapeutics plc receives on net sales of PV-3.\n"
    )
    assert deal["type"] == "other"
    assert roles(deal) == {
        "Crestmoor Capital Inc.": "acquirer",
        "Pavane Therapeutics plc": "partner",
    }


def test_a_royalty_stream_named_without_its_owner_is_no_deal():
    text = (
        DATELINE + "Crestmoor Capital Inc. has agreed to purchase part of a royalty stream "
        "that pays out on net sales of PV-3.\n"
    )
    assert extract(text)["deals"] == []


def test_a_joint_venture_set_up_by_two_companies_is_a_deal():
    deal = only_deal(
        DATELINE + "Hangzhou Lirun Pharmaceutical Co., Ltd. and Maplecroft Bio, Inc. have set "
        "up a joint venture, Lirun Maplecroft (Hangzhou) Co., Ltd., to make vaccines.\n"
    )
    assert deal["type"] == "other"
    assert set(roles(deal)) == {"Hangzhou Lirun Pharmaceutical Co., Ltd.", "Maplecroft Bio, Inc."}


def test_notice_to_end_a_licence_tells_the_licence():
    deal = only_deal(
        DATELINE + "Quorra Bio Inc. reported today that Delmont Pharma Corp. has given notice "
        "to end the 2022 license agreement under which Delmont held exclusive rights to QB-1 "
        "in Europe.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Quorra Bio Inc.": "licensor", "Delmont Pharma Corp.": "licensee"}


def test_the_payer_of_a_royalty_stream_is_not_its_seller():
    """Only the company that receives the royalty sells it; its payer is no party."""
    text = (
        DATELINE + "Crestmoor Capital Inc. has agreed to purchase part of the royalty stream "
        "that Pavane Therapeutics plc pays on net sales of PV-3.\n"
    )
    assert extract(text)["deals"] == []


# ---------------------------------------------------------------- a party's owner told in passing


def test_a_targets_owner_told_in_an_appositive_is_not_the_target():
    deal = only_deal(
        DATELINE + "Ellery Bio Inc., a portfolio company of Harbor Ventures LLC, has been "
        "acquired by Daesan Pharm Co., Ltd.\n"
    )
    assert roles(deal) == {"Daesan Pharm Co., Ltd.": "acquirer", "Ellery Bio Inc.": "target"}


def test_a_partys_subsidiary_told_in_an_appositive_is_no_party():
    deal = only_deal(
        DATELINE + "Hinode Pharma Co., Ltd., the parent of Sakura Ventures Inc., signed a "
        "license agreement with Pelorus Bio Inc. for PB-1.\n"
    )
    assert deal["type"] == "license"
    assert set(roles(deal)) == {"Hinode Pharma Co., Ltd.", "Pelorus Bio Inc."}


# ---------------------------------------------------------------- separate agreements


def pairs(deals: list[dict]) -> set:
    return {(d["type"], frozenset(roles(d))) for d in deals}


def test_partners_on_separate_programmes_are_one_agreement_each():
    deals = extract(
        DATELINE + "Hinode Pharma Co., Ltd. is partnering with Pelorus Bio Inc. and Ardane Bio "
        "Inc. on separate programmes.\n"
    )["deals"]
    assert pairs(deals) == {
        ("collaboration", frozenset({"Hinode Pharma Co., Ltd.", "Pelorus Bio Inc."})),
        ("collaboration", frozenset({"Hinode Pharma Co., Ltd.", "Ardane Bio Inc."})),
    }


def test_licences_signed_separately_with_two_parties_are_two_licences():
    deals = extract(
        DATELINE + "Norvik Pharma ASA separately signed license agreements with Leifsen Bio "
        "Inc. and Tamura Seiyaku Co., Ltd. for NP-4.\n"
    )["deals"]
    assert pairs(deals) == {
        ("license", frozenset({"Norvik Pharma ASA", "Leifsen Bio Inc."})),
        ("license", frozenset({"Norvik Pharma ASA", "Tamura Seiyaku Co., Ltd."})),
    }


def test_one_agreement_of_three_stays_one():
    deal = only_deal(
        DATELINE + "Hinode Pharma Co., Ltd. is partnering with Pelorus Bio Inc. and Ardane Bio "
        "Inc. on a joint programme.\n"
    )
    assert len(deal["parties"]) == 3


# ---------------------------------------------------------------- stakes bought, "is to acquire"


def test_is_to_acquire_is_active_not_passive():
    deal = only_deal(
        DATELINE + "Takeshima Pharma Co., Ltd. is to acquire Verlaine Bio SA for EUR 900 million.\n"
    )
    assert roles(deal) == {"Takeshima Pharma Co., Ltd.": "acquirer", "Verlaine Bio SA": "target"}


def test_a_percentage_stake_acquired_is_an_equity_investment_not_the_company():
    deal = only_deal(
        DATELINE + "Takeshima Pharma Co., Ltd. is to acquire a 30% stake in Verlaine Bio SA for "
        "EUR 50 million.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Takeshima Pharma Co., Ltd.": "investor", "Verlaine Bio SA": "investee"}


def test_shares_priced_in_a_currency_code_are_a_stake_not_the_company():
    deal = only_deal(
        DATELINE + "Takeshima Pharma Co., Ltd. will buy EUR 20 million of Verlaine Bio SA shares "
        "as part of the collaboration.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Takeshima Pharma Co., Ltd.": "investor", "Verlaine Bio SA": "investee"}


# ---------------------------------------------------------------- a news roundup's licences

ROUNDUP = "Deal news\n\nSEOUL, Nov. 17 (Korea Bizwire) -- "


def test_a_licence_of_the_technology_just_told_is_with_its_owner():
    """ "X ... exporting its platform. The technology has drawn interest: Y signed a licensing
    deal": the licence is X's, named in the sentence before as the technology's owner."""
    deal = only_deal(
        ROUNDUP + "Another Korean biotech, Pyeonghwa Bio, has built a record of exporting its "
        "enzyme platform PB-Fast. The enzyme technology has drawn interest from big drugmakers: "
        "Halden Labs signed a $900 million licensing deal in March.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Pyeonghwa Bio": "licensor", "Halden Labs": "licensee"}


def test_a_licence_told_without_a_referred_technology_takes_no_owner():
    text = (
        ROUNDUP + "Another Korean biotech, Pyeonghwa Bio, has built a record of exporting its "
        "enzyme platform PB-Fast. Separately, Halden Labs signed a $900 million licensing deal "
        "in March.\n"
    )
    assert extract(text)["deals"] == []


def test_two_clauses_joined_by_while_make_no_deal_between_their_subjects():
    """ "Y signed a licensing deal, while Z agreed to a contract": Y and Z did not deal with each
    other; Y's licence is of the technology told before."""
    deals = extract(
        ROUNDUP + "Another Korean biotech, Pyeonghwa Bio, has built a record of exporting its "
        "enzyme platform PB-Fast. The enzyme technology has drawn interest from big drugmakers: "
        "Halden Labs signed a $900 million licensing deal in March, while Japan's Mirai Seiyaku "
        "agreed to a $300 million contract late last year.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [{"Pyeonghwa Bio": "licensor", "Halden Labs": "licensee"}]


def test_a_while_clause_that_makes_no_deal_keeps_one_agreement():
    """ "..., while Y retains rights in Korea": the clause tells the same licence."""
    deal = only_deal(
        DATELINE + "Halden Labs Inc. signed a licensing deal for PB-2, while Pyeonghwa Bio Co., "
        "Ltd. retains rights in Korea.\n"
    )
    assert roles(deal) == {"Halden Labs Inc.": "licensee", "Pyeonghwa Bio Co., Ltd.": "licensor"}


def test_a_technology_told_before_without_its_owner_gives_no_party():
    text = (
        ROUNDUP + "Pyeonghwa Bio reported higher sales. The enzyme technology has drawn interest "
        "from big drugmakers: Halden Labs signed a $900 million licensing deal in March.\n"
    )
    assert extract(text)["deals"] == []


def test_a_majority_stake_acquired_is_an_acquisition():
    deal = only_deal(
        DATELINE + "Lanyard Pharma Inc. completed the acquisition of a 60% stake in Pioneer "
        "Biotech Ltd.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Lanyard Pharma Inc.": "acquirer", "Pioneer Biotech Ltd.": "target"}


def test_a_minority_stake_acquired_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Sakaki Pharma Co., Ltd. acquired a minority stake in Brandt Bio GmbH.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Sakaki Pharma Co., Ltd.": "investor", "Brandt Bio GmbH": "investee"}


# ---------------------------------------------------------------- agreements that are no deals


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Bio Inc. has entered into an equity distribution agreement with Jefferies LLC "
        "under which it may sell shares.",
        "Halden Bio Inc. signed a lease agreement with Marlow Properties LLC for its new "
        "headquarters.",
        "Halden Bio Inc. entered into a loan agreement with Hercules Capital, Inc. for up to $50 "
        "million.",
        "Halden Bio Inc. entered into an underwriting agreement with Leerink Partners LLC.",
        "Halden Bio Inc. entered into a securities purchase agreement with Orca Capital LLC.",
    ],
)
def test_an_agreement_of_financing_or_offices_is_no_deal(sentence):
    assert extract(DATELINE + sentence + "\n")["deals"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Bio Inc. signed a contract with the Biomedical Advanced Research and Development "
        "Authority (BARDA) worth up to $90 million.",
        "Halden Bio Inc. signed a contract with the U.S. Department of Defense to develop HB-1.",
    ],
)
def test_a_contract_with_a_government_body_is_no_deal(sentence):
    """A public award is a financing event by the conventions, and a procurement no deal."""
    assert extract(DATELINE + sentence + "\n")["deals"] == []


def test_manufacturing_technology_transferred_to_a_manufacturer_is_no_licence():
    text = DATELINE + "Halden Bio Inc. is transferring its manufacturing technology to Lonza AG.\n"
    assert extract(text)["deals"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Bio Inc. entered into an agreement with Jefferies LLC under which Halden may "
        "sell shares of its common stock.",
        "Halden Bio Inc. entered into a sales agreement with Cowen and Company, LLC, under which "
        "Halden may sell up to $100 million of its common stock.",
    ],
)
def test_an_agreement_to_sell_the_companys_own_shares_is_no_deal(sentence):
    assert extract(DATELINE + sentence + "\n")["deals"] == []


def test_an_agreement_of_no_named_kind_with_a_person_is_no_deal():
    """The generic agreement wants parties named as companies by more than their place."""
    text = DATELINE + "Halden Bio Inc. signed an agreement with Paul Jones to join its board.\n"
    assert extract(text)["deals"] == []


def test_an_agreement_of_no_named_kind_with_a_bare_name_is_no_deal():
    text = (
        DATELINE + "Pellcor Pharma Inc. reported results. Separately, the company signed a "
        "contract with Orlan last month.\n"
    )
    assert extract(text)["deals"] == []
