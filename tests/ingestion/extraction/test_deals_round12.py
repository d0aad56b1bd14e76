"""Deal wording of round 12: a person's title read as a partnering verb, stakes told by their
price and the shares bought, a licence renegotiated as an amended sublicence, and an
acquisition recapped in a person's past.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

DATELINE = "Company update\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


# ---------------------------------------------------------------- a partner at a firm


def test_a_person_who_is_a_partner_with_a_firm_makes_no_collaboration():
    """ "Jane Roe, a partner with Y," is her job at Y, not a verb of partnering."""
    text = (
        DATELINE + "Quellon Bio Inc. closed its financing. In conjunction with the closing, "
        "Tamsin Harrow, a partner with Brackwater Capital, and Odell Fenn, a general partner "
        "with Ridgemoor Ventures, have joined Quellon's board of directors.\n"
    )
    assert extract(text)["deals"] == []


def test_a_managing_partner_with_a_firm_makes_no_collaboration():
    text = (
        DATELINE + "Vantrel Therapeutics Inc. announced that Corin Ashby, a managing partner "
        "with Halcott Partners, and Dr. Imre Vass, a senior partner with Lodestar Equity, have "
        "joined its board.\n"
    )
    assert extract(text)["deals"] == []


def test_a_company_that_partners_with_another_still_makes_a_collaboration():
    """The verb keeps its deal: "X will partner with Y", "X partnered with Y"."""
    deal = only_deal(
        DATELINE + "Vantrel Therapeutics Inc. announced that it will partner with Osmund "
        "Biologics Ltd. to develop antibodies against fibrosis.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Vantrel Therapeutics Inc.", "Osmund Biologics Ltd."}


# ---------------------------------------------------------------- stakes told by price and shares


def test_a_price_paid_for_shares_in_the_offering_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Kestrin Oncology Inc. closed its initial public offering of 9 million "
        "shares at $18 each. Parvane Pharma paid $12m for about 660,000 shares in the "
        "offering.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Parvane Pharma": "investor", "Kestrin Oncology Inc.": "investee"}
    assert deal["terms"]["total_value"] == money(12_000_000)


def test_a_price_paid_for_new_shares_of_a_named_company_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Halvern Biotech AG reported its first-quarter results. Separately, Osrick "
        "Pharmaceuticals Inc. will pay $25 million for 2,500,000 new shares of Dunmore "
        "Therapeutics Ltd.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {
        "Osrick Pharmaceuticals Inc.": "investor",
        "Dunmore Therapeutics Ltd.": "investee",
    }
    assert deal["terms"]["total_value"] == money(25_000_000)


def test_a_stake_kept_after_investing_in_the_company_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Kestrin Oncology Inc. priced its offering. Brandel Bio holds a stake of "
        "about 6% after investing $9m in the company in March 2025.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Brandel Bio": "investor", "Kestrin Oncology Inc.": "investee"}
    assert deal["terms"]["total_value"] == money(9_000_000)


def test_a_stake_told_by_investing_in_a_named_company_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Ferrow Labs Inc. named a new chief executive. Ferrow became a shareholder "
        "of Ostler Genomics Ltd. by investing $4 million in Ostler Genomics Ltd. last year.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Ferrow Labs Inc.": "investor", "Ostler Genomics Ltd.": "investee"}


def test_shares_bought_in_a_financing_round_make_no_deal():
    """A round's investor is part of a financing event, not a deal of its own."""
    text = (
        DATELINE + "Kestrin Oncology Inc. closed a $60 million Series B round led by Harlow "
        "Ventures. In the Series B round, Parvane Pharma paid $5m for 400,000 shares of Kestrin "
        "Oncology Inc.\n"
    )
    assert not [d for d in extract(text)["deals"] if d["type"] == "equity_investment"]


def test_a_person_who_paid_for_shares_is_no_investor():
    text = (
        DATELINE + "Kestrin Oncology Inc. closed its offering. Mara Lind, Chief Executive "
        "Officer, paid $2m for 100,000 shares in the offering. Mara Lind joined in 2024.\n"
    )
    assert extract(text)["deals"] == []


# ---------------------------------------------------------------- sublicences


def test_an_amended_and_restated_sublicense_agreement_is_a_licence():
    deal = only_deal(
        DATELINE + "Orvane Bio Inc. is pleased to announce that it has entered into an amended "
        "and restated sublicense agreement with Telmora Pharma Ltd., under which Orvane obtains "
        "rights to Telmora's TLM-7 in 12 countries.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Orvane Bio Inc.": "licensee", "Telmora Pharma Ltd.": "licensor"}


def test_rights_sublicensed_to_a_company_are_a_licence():
    deal = only_deal(
        DATELINE + "Telmora Pharma Ltd. has sublicensed its rights to TLM-7 in Europe to Orvane "
        "Bio Inc. for an upfront payment of $3 million.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Orvane Bio Inc.": "licensee", "Telmora Pharma Ltd.": "licensor"}


def test_a_sublicense_agreement_referred_back_to_makes_no_new_licence():
    """ "under the Sublicense Agreement": a defined term naming an agreement told before."""
    text = (
        DATELINE + "Orvane Bio Inc. entered into a consent agreement dated May 4, 2026 with "
        "Telmora Pharma Ltd. and Brisk Holdings LLC, whereby Telmora consented to the transfer "
        "of rights under the Sublicense Agreement.\n"
    )
    assert not [d for d in extract(text)["deals"] if d["type"] == "license"]


def test_a_new_sublicense_agreement_signed_by_two_named_companies_is_a_licence():
    deal = only_deal(
        DATELINE + "Harl Bio Inc. signed a new sublicense agreement with Quarry Pharma AG "
        "covering QP-4 in Japan. Harl will receive a $2 million upfront payment.\n"
    )
    assert deal["type"] == "license"
    assert set(roles(deal)) == {"Harl Bio Inc.", "Quarry Pharma AG"}


# ---------------------------------------------------------------- purchases recapped in a quote


def test_a_purchase_told_in_the_past_passive_inside_a_quote_is_an_acquisition():
    """A fact inside an opinion: "the former CEO of Y when it was purchased by X"."""
    text = (
        DATELINE + "Darnex Therapeutics, Inc. named John Hale as Chief Executive Officer.\n"
        '"As the former CEO of Pellmore when it was purchased by Darnex, John has worked on '
        'our lead programme for years," said Ada Quist, Chairman of Darnex.\n'
    )
    deal = only_deal(text)
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Darnex Therapeutics, Inc.": "acquirer", "Pellmore": "target"}
    assert deal["announced_on"] is None


def test_a_company_which_was_acquired_named_in_a_quote_is_an_acquisition():
    text = (
        DATELINE + "Ferrimax Inc. opened a new research site in Leeds.\n"
        '"Our team at Quintal Labs, which was acquired by Ferrimax Inc. in 2019, built this '
        'platform," said Ada Quist, head of research.\n'
    )
    deal = only_deal(text)
    assert roles(deal) == {"Ferrimax Inc.": "acquirer", "Quintal Labs": "target"}


def test_a_purchase_only_hoped_for_in_a_quote_is_no_deal():
    text = (
        DATELINE + "Ferrimax Inc. opened a new research site in Leeds.\n"
        '"We think Quintal Labs could be acquired by Ferrimax Inc. one day," said Ada Quist, '
        "an analyst.\n"
    )
    assert extract(text)["deals"] == []


def test_a_person_title_before_of_is_not_part_of_the_bought_company_name():
    """ "President of Tarvex": the title and its "of" open the run, the company follows."""
    deal = only_deal(
        DATELINE + "Ferrimax Inc. appointed Jane Roe as Chief Operating Officer. Ms. Roe was "
        "President of Tarvex when it was acquired by Ferrimax Inc. in 2018.\n"
    )
    assert roles(deal) == {"Ferrimax Inc.": "acquirer", "Tarvex": "target"}


# ---------------------------------------------------------------- a parent placing its unit


def test_a_parent_named_with_its_ticker_before_subsidiary_is_no_party():
    """ "with Y Laboratories (NYSE: YL) subsidiary Z": the parent only places its unit."""
    deal = only_deal(
        DATELINE + "Harrowgate Bio (NASDAQ: HRGB) inks an exclusive option and license "
        "agreement with Dr. Pell's Laboratories (NYSE: DPL) subsidiary Quanset Discovery "
        "Limited under which Harrowgate will have the option to license two programs.\n"
    )
    assert set(roles(deal)) == {"Harrowgate Bio", "Quanset Discovery Limited"}


def test_a_parent_named_with_its_ticker_before_affiliate_is_no_party():
    deal = only_deal(
        DATELINE + "Harrowgate Bio Inc. signed a collaboration agreement with Orlen Holdings "
        "(LSE: ORLN) affiliate Castor Biologics Ltd. to discover antibodies.\n"
    )
    assert set(roles(deal)) == {"Harrowgate Bio Inc.", "Castor Biologics Ltd."}


# ---------------------------------------------------------------- another deal named as a modifier


def test_a_company_named_as_the_modifier_of_another_merger_is_no_partner():
    """ "once the Y merger is completed": Y names the other deal, not this partnership."""
    text = (
        DATELINE + "Calloway Pharma Inc. today said shareholders of Brisco Labs, Inc. backed its "
        "offer. "
        "Calloway will also enter a marketing partnership with Denholm Biologics AG once the "
        "Brisco merger is completed.\n"
    )
    deals = extract(text)["deals"]
    partnership = [d for d in deals if d["type"] == "collaboration"]
    assert len(partnership) == 1
    assert set(roles(partnership[0])) == {"Calloway Pharma Inc.", "Denholm Biologics AG"}


def test_a_company_named_as_the_modifier_of_an_acquisition_is_no_licensor():
    text = (
        DATELINE + "Calloway Pharma Inc. signed a licence agreement with Denholm Biologics AG "
        "for DB-31 in Japan, effective after the Brisco Labs acquisition closes.\n"
    )
    deal = only_deal(text)
    assert set(roles(deal)) == {"Calloway Pharma Inc.", "Denholm Biologics AG"}


def test_money_spent_for_a_minority_stake_in_a_described_company_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Corvane Holdings Ltd. will spend $30 million for a 6.5% stake in Danish "
        "biotech firm Ellerup Therapeutics A/S, the company said.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {
        "Corvane Holdings Ltd.": "investor",
        "Ellerup Therapeutics A/S": "investee",
    }
    assert deal["terms"]["total_value"] == money(30_000_000)


def test_a_price_paid_for_a_minority_stake_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Corvane Holdings Ltd. paid about $8 million for a minority stake in "
        "Ellerup Therapeutics A/S in 2025.\n"
    )
    assert roles(deal) == {
        "Corvane Holdings Ltd.": "investor",
        "Ellerup Therapeutics A/S": "investee",
    }


# ---------------------------------------------- partners by initials, elliptic recaps


RESULTS = "Annual results\n\nOSLO, Feb 12, 2026 -- Norvik Bio ASA reported its results. "


def test_initials_with_an_ampersand_name_a_known_company_as_partner():
    """ "J&J" for "Johnson & Johnson": initials joined by "&" are the known company's."""
    text = (
        RESULTS + "Hallam & Hirst Inc. sells VELOTRA worldwide. Royalties rose under our "
        "collaborations with H&H and Osterby Pharma AG, respectively.\n"
    )
    deals = extract(text)["deals"]
    assert {frozenset(roles(d)) for d in deals} == {
        frozenset({"Norvik Bio ASA", "Hallam & Hirst Inc."}),
        frozenset({"Norvik Bio ASA", "Osterby Pharma AG"}),
    }


def test_a_second_agreement_after_and_shares_the_first_ones_owner():
    """ "our A collaboration with X and B collaboration with Y": two deals of the company."""
    text = (
        RESULTS + "Royalties rose under our velmab collaboration with Tarrow Pharma Inc. and "
        "ostamab collaboration with Osterby Pharma AG, respectively.\n"
    )
    deals = extract(text)["deals"]
    assert {frozenset(roles(d)) for d in deals} == {
        frozenset({"Norvik Bio ASA", "Tarrow Pharma Inc."}),
        frozenset({"Norvik Bio ASA", "Osterby Pharma AG"}),
    }


def test_initials_with_an_ampersand_name_the_licensee_of_a_new_licence():
    deal = only_deal(
        RESULTS + "Marlow & Kent plc markets generics in Britain. Norvik Bio ASA signed a "
        "licence agreement with M&K for NB-2 in the United Kingdom.\n"
    )
    assert set(roles(deal)) == {"Norvik Bio ASA", "Marlow & Kent plc"}


def test_an_alliance_after_and_shares_the_partnership_owner():
    text = (
        RESULTS + "Sales grew through its partnership with Tarrow Pharma Inc. in Japan and "
        "alliance with Osterby Pharma AG in Korea.\n"
    )
    deals = extract(text)["deals"]
    assert {frozenset(roles(d)) for d in deals} == {
        frozenset({"Norvik Bio ASA", "Tarrow Pharma Inc."}),
        frozenset({"Norvik Bio ASA", "Osterby Pharma AG"}),
    }


# ---------------------------------------------------------------- agreements with listed examples


def test_licensing_agreements_with_listed_institutions_are_one_licence_each():
    text = (
        DATELINE + "Quillon Digital Inc. raised $20 million. Quillon Digital Inc. holds "
        "licensing agreements with several leading cancer centers and universities, including "
        "the University of Tarrow, Kelso General Hospital, and Brenwood Cancer Center, to "
        "digitize behavioural therapies.\n"
    )
    deals = [d for d in extract(text)["deals"] if d["type"] == "license"]
    assert len(deals) == 3
    for deal in deals:
        assert roles(deal)["Quillon Digital Inc."] == "licensee"
    assert {c for d in deals for c, r in roles(d).items() if r == "licensor"} == {
        "University of Tarrow",
        "Kelso General Hospital",
        "Brenwood Cancer Center",
    }


def test_collaboration_agreements_held_with_listed_developers_are_two_collaborations():
    text = (
        DATELINE + "Ardent Cell Ltd. reported results. Ardent Cell Ltd. has collaboration "
        "agreements with several drug developers, including Morrow Biologics Inc. and Fennick "
        "Pharma AG.\n"
    )
    deals = extract(text)["deals"]
    assert {frozenset(roles(d)) for d in deals} == {
        frozenset({"Ardent Cell Ltd.", "Morrow Biologics Inc."}),
        frozenset({"Ardent Cell Ltd.", "Fennick Pharma AG"}),
    }
    assert all(d["type"] == "collaboration" for d in deals)


def test_agreements_with_one_listed_example_make_no_deal_of_this_rule():
    """One example is no list: the rule needs at least two named institutions."""
    text = (
        DATELINE + "Quillon Digital Inc. holds licensing agreements with several universities, "
        "including the University of Tarrow.\n"
    )
    assert extract(text)["deals"] == []


def test_a_subject_name_read_as_two_companies_is_the_first_ones():
    """ "Grey Harbor holds ...": when the company finder reads one name as two adjacent
    companies ("Grey" for the known company, "Harbor" of its own), the subject is the first."""
    from apps.ingestion.extraction.companies import FoundCompany
    from apps.ingestion.extraction.deals import find_deals
    from apps.ingestion.extraction.drugs import find_drugs
    from apps.ingestion.extraction.pipeline import analyse, find_entities

    text = (
        DATELINE + "Grey Harbor Therapeutics, Inc. today announced a financing.\n\nGrey Harbor "
        "holds licensing agreements with several leading cancer centers and universities, "
        "including the University of Tarrow, Kelso General Hospital, and Brenwood Cancer "
        "Center, to digitize therapies.\n"
    )
    doc = analyse(text, None)
    companies = list(find_entities(doc))
    home = next(c for c in companies if c.name.startswith("Grey Harbor"))
    home.names.append("Grey")
    companies.append(FoundCompany("Harbor", ["Harbor"], [], None, 0))
    deals = find_deals(doc, companies, find_drugs(doc), None)
    assert len(deals) == 3
    assert all(home in d.parties for d in deals)


# ---------------------------------------------------------------- a parent and its own unit


def test_a_parent_and_its_subsidiary_named_together_make_no_deal_between_them():
    text = (
        RESULTS + "In 2025, each of Norvik Bio ASA and one of its subsidiaries, Lumen Neuro AS "
        '("Lumen"), entered a global licensing agreement with Corbel Pharma Inc. for their CNS '
        "drugs. The licensed products, owned by Norvik and Lumen, were valued at $600 million, "
        "and Norvik and Lumen will collaborate on the programme.\n"
    )
    deals = extract(text)["deals"]
    assert frozenset({"Norvik Bio ASA", "Lumen Neuro AS"}) not in {
        frozenset(roles(d)) for d in deals
    }


def test_a_unit_described_as_a_subsidiary_of_its_parent_is_no_partner_of_it():
    text = (
        RESULTS + "Lumen Neuro AS, a wholly-owned subsidiary of Norvik Bio ASA, makes "
        "tablets. Norvik Bio ASA signed a collaboration agreement with Lumen Neuro AS to "
        "develop NB-7.\n"
    )
    assert extract(text)["deals"] == []
