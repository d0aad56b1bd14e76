"""Deal wording found by trying new invented sentences (round 11): collaborations recapped in
results and update releases, stakes bought beside or without a licence, partner lists with one
agreement each, and a licence told beside an acquisition in one sentence.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Company update\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


# ---------------------------------------------------------------- co-development recapped


def test_a_product_co_developed_with_a_named_partner_is_a_co_development():
    """A reduced clause after the product, with the role noun before the name."""
    deal = only_deal(
        DATELINE + "Vellacor NV reported a loss. Its lead drug velsatinib, co-developed with "
        "partner Ranfield Biosciences Inc., failed its pivotal trial.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal)) == {"Vellacor NV", "Ranfield Biosciences Inc."}
    assert deal["announced_on"] is None


def test_an_aside_between_the_role_noun_and_the_partner_is_skipped():
    deal = only_deal(
        DATELINE + "Brennic Bio AG cut jobs after its arthritis drug tolvimab, co-developed with "
        "partner (and largest shareholder) Osterly Pharma Inc., was rejected.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal)) == {"Brennic Bio AG", "Osterly Pharma Inc."}


def test_developing_jointly_with_a_partner_is_a_co_development():
    deal = only_deal(
        DATELINE + "Arkenza Therapeutics Inc. today provided a corporate update. AK-12, which "
        "Arkenza is developing jointly with Fennick Pharma AG, met its primary endpoint.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal)) == {"Arkenza Therapeutics Inc.", "Fennick Pharma AG"}


def test_said_on_a_weekday_that_reports_a_fact_not_an_opinion():
    """ "X said on Tuesday that ..." is indirect speech: the deal it reports stands."""
    deal = only_deal(
        "Trial miss\n\nVellacor NV said on Tuesday that its lead drug velsatinib, co-developed "
        "with partner Ranfield Biosciences Inc., failed its pivotal trial.\n"
    )
    assert deal["type"] == "co_development"


# ---------------------------------------------------------------- partners named in passing


def test_a_named_owner_and_its_co_development_partner_make_a_co_development():
    deal = only_deal(
        DATELINE + "Seravi Pharma Ltd. today gave an update. In the quarter, Seravi's "
        "co-development partner, Hollin Bio Corporation, began a Phase 2 trial of SV-9.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal)) == {"Seravi Pharma Ltd.", "Hollin Bio Corporation"}


def test_a_named_owner_with_a_description_before_the_partner_role():
    deal = only_deal(
        DATELINE + "Pellam Bio Ltd. reported results. Rask Therapeutics AG began a study, and "
        "Pellam's Swiss development partner, Rask Therapeutics AG, filed PL-4 in Europe.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {"Pellam Bio Ltd.": "partner", "Rask Therapeutics AG": "partner"}


def test_a_programme_named_by_its_partner_is_a_recapped_collaboration():
    deal = only_deal(
        DATELINE + "Belmora Bio, Inc. today reported its results. The Novartis-partnered "
        "program BM-7 entered Phase 3 in the quarter.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Belmora Bio, Inc.", "Novartis"}
    assert deal["announced_on"] is None


def test_a_partnered_compound_takes_a_company_the_release_names_elsewhere():
    deal = only_deal(
        DATELINE + "Dunmore Pharma Inc. gave an update. Kyoto Seiyaku Co., Ltd. paid a fee, "
        "and the Kyoto Seiyaku-partnered asset DN-3 was approved in Japan.\n"
    )
    assert set(roles(deal)) == {"Dunmore Pharma Inc.", "Kyoto Seiyaku Co., Ltd."}


def test_a_partnered_compound_of_an_unknown_bare_word_is_no_deal():
    """ "the Tarrow-partnered program": a capitalised word no rule names a company."""
    text = DATELINE + "Belmora Bio, Inc. today reported results. The Tarrow-partnered program "
    text += "BM-7 entered Phase 3.\n"
    assert extract(text)["deals"] == []


# ---------------------------------------------------------------- partner lists


def test_plural_agreements_with_partners_for_each_country_are_one_deal_each():
    deals = extract(
        DATELINE + "Dravon Pharmaceuticals Ltd. has signed licensing agreements with Lucera "
        "Farma S.p.A. for Italy and with Northpine Health Inc. for Canada for its nasal spray "
        "DRV-1.\n"
    )["deals"]
    assert sorted(sorted(roles(d)) for d in deals) == [
        ["Dravon Pharmaceuticals Ltd.", "Lucera Farma S.p.A."],
        ["Dravon Pharmaceuticals Ltd.", "Northpine Health Inc."],
    ]
    assert {d["type"] for d in deals} == {"license"}


def test_three_partners_of_plural_licence_agreements_make_three_deals():
    deals = extract(
        DATELINE + "Brannock Pharma plc has entered into licence agreements with Solvik Pharma "
        "AB for the Nordics, with Terrano Farma S.A. for Spain and with Oakvale Health Inc. for "
        "the United States.\n"
    )["deals"]
    assert len(deals) == 3
    assert all("Brannock Pharma plc" in roles(d) and len(roles(d)) == 2 for d in deals)


def test_a_singular_agreement_with_two_partners_stays_one_agreement_of_three():
    deal = only_deal(
        DATELINE + "Brannock Pharma plc has entered into a licence agreement with Solvik Pharma "
        "AB and Terrano Farma S.A. for Europe.\n"
    )
    assert len(roles(deal)) == 3


# ---------------------------------------------------------------- a licence beside a purchase


def pairs(text: str) -> list:
    """(type, {company: role}) of each deal, sorted by type."""
    return sorted((d["type"], roles(d)) for d in extract(text)["deals"])


def test_a_licence_told_by_a_second_predicate_is_the_buyers_own_deal():
    assert pairs(
        DATELINE + "Garrow Pharma Inc. acquired Elden Bio Ltd. for $200 million and in-licensed "
        "GX-7 from Tolliver Therapeutics AG.\n"
    ) == [
        ("acquisition", {"Garrow Pharma Inc.": "acquirer", "Elden Bio Ltd.": "target"}),
        ("license", {"Garrow Pharma Inc.": "licensee", "Tolliver Therapeutics AG": "licensor"}),
    ]


def test_an_acquisition_noun_and_a_licence_obtained_separately_are_two_deals():
    assert pairs(
        DATELINE + "Zephyr Pharma AG completed its acquisition of Rowan Biologics Inc., and "
        "separately obtained an exclusive license to RB-2 from Castell Therapeutics Inc.\n"
    ) == [
        ("acquisition", {"Zephyr Pharma AG": "acquirer", "Rowan Biologics Inc.": "target"}),
        ("license", {"Zephyr Pharma AG": "licensee", "Castell Therapeutics Inc.": "licensor"}),
    ]


def test_the_bought_companys_own_licence_in_a_relative_clause_is_no_seller():
    """ "acquired Y, which had in-licensed DRUG from Z": Z sold nothing; the licence is Y's."""
    assert pairs(
        DATELINE + "Garrow Pharma Inc. acquired Elden Bio Ltd., which had in-licensed GX-7 from "
        "Tolliver Therapeutics AG.\n"
    ) == [
        ("acquisition", {"Garrow Pharma Inc.": "acquirer", "Elden Bio Ltd.": "target"}),
        ("license", {"Elden Bio Ltd.": "licensee", "Tolliver Therapeutics AG": "licensor"}),
    ]


# ---------------------------------------------------------------- stakes


def test_an_additional_number_of_shares_bought_is_a_stake_not_the_company():
    deal = only_deal(
        DATELINE + "Norbeck Pharma AG bought an additional 2 million shares of Sylvan Bio Inc., "
        "lifting its stake to 19%.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Norbeck Pharma AG": "investor", "Sylvan Bio Inc.": "investee"}


def test_a_reported_investor_with_a_legal_form_is_the_deeds_subject():
    """ "X said Y Co., Ltd. will buy shares of X": the reported deed stands."""
    deal = only_deal(
        "Stake\n\nLumeris Bio, Inc. said Tarsen Pharmaceuticals Co., Ltd. will buy 4.5 million "
        "newly issued shares of Lumeris for $18 million.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {
        "Tarsen Pharmaceuticals Co., Ltd.": "investor",
        "Lumeris Bio, Inc.": "investee",
    }


def test_a_stake_bought_in_the_licence_sentence_leaves_the_licence_its_own_deal():
    assert pairs(
        DATELINE + "Corbin Biosciences, Inc. has licensed Asian rights to CR-2 to Maple Bay "
        "Pharma Ltd., which will also purchase $10 million of Corbin common stock.\n"
    ) == [
        (
            "equity_investment",
            {"Maple Bay Pharma Ltd.": "investor", "Corbin Biosciences, Inc.": "investee"},
        ),
        ("license", {"Corbin Biosciences, Inc.": "licensor", "Maple Bay Pharma Ltd.": "licensee"}),
    ]


def test_shares_bought_under_the_licence_referred_to_make_no_second_licence():
    """ "Under the licence agreement, Y will buy shares of X": the stake only."""
    deal = only_deal(
        DATELINE + "Under the license agreement, Maple Bay Pharma Ltd. will buy 3 million new "
        "shares of Corbin Biosciences, Inc. for $10 million.\n"
    )
    assert deal["type"] == "equity_investment"


def test_a_persons_past_partnered_programmes_are_no_deal_of_her_new_employer():
    text = DATELINE + "Brockton Bio Inc. hired Jane Roe, who previously led the "
    text += "Novartis-partnered programs at Vesta Bio Ltd.\n"
    assert extract(text)["deals"] == []


def test_a_site_bought_in_a_named_town_is_no_acquisition_of_the_town():
    text = DATELINE + "Ellery Bio Inc. acquired a manufacturing site in Cork and hired 40 staff.\n"
    assert extract(text)["deals"] == []


def test_a_persons_past_partnered_work_with_no_company_after_is_no_deal():
    text = DATELINE + "Brockton Bio Inc. hired Jane Roe. She previously ran two "
    text += "Novartis-partnered oncology programs.\n"
    assert extract(text)["deals"] == []


def test_a_collaborator_named_in_passing_is_a_collaboration_not_a_co_development():
    deal = only_deal(
        DATELINE + "Westcliff Bio Inc. reported results. Haruna Pharmaceutical Co., Ltd., "
        "Westcliff's collaborator in China, started a Phase 3 trial.\n"
    )
    assert deal["type"] == "collaboration"


def test_a_licensing_partner_named_in_passing_is_a_licence_with_untold_roles():
    deal = only_deal(
        DATELINE + "Tavish Therapeutics Inc. gave an update. Tavish's Japanese licensing "
        "partner, Morioka Pharma Co., Ltd., filed an NDA.\n"
    )
    assert deal["type"] == "license"
    assert set(roles(deal).values()) == {"partner"}


def test_the_company_developing_a_drug_in_partnership_is_the_releases_company():
    deal = only_deal(
        DATELINE + "Rendell Bio Inc. reported results. The company is developing RB-9 in "
        "partnership with Hasegawa Pharma Co., Ltd.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Rendell Bio Inc.", "Hasegawa Pharma Co., Ltd."}


# ---------------------------------------------------------------- a collaboration that licenses


def test_exclusive_rights_held_by_the_partner_next_make_the_collaboration_a_licence():
    deal = only_deal(
        DATELINE + "Orvana AB reported recruitment. In March 2024, Orvana AB had entered into a "
        "collaboration with Belasco Pharma Inc. for the development of OR-5 in Mexico and Chile. "
        "Belasco has exclusive rights to develop and commercialise OR-5 in these countries.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Orvana AB": "licensor", "Belasco Pharma Inc.": "licensee"}


def test_exclusive_rights_of_a_third_company_leave_the_collaboration():
    deals = extract(
        DATELINE + "Orvana AB signed a collaboration with Belasco Pharma Inc. on OR-5. Their "
        "rival Kenmore Bio Inc. has exclusive rights to market OR-7 in Brazil.\n"
    )["deals"]
    assert [d["type"] for d in deals] == ["collaboration"]
