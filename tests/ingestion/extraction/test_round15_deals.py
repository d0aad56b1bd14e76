"""Deal mechanisms of round 15 (from a breaker's news items): an attribution followed by a
participle clause, untyped agreements to develop something together, news verbs of taking
rights, royalties bought by a payer, mergers told by "combine", share prices that are no deal
value, option fees, sellers of a business and stakes bought.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

NEWS = "Industry news\n\n"


# ---------------------------------------------------------------- "said on Friday, completing ..."


def test_a_passive_purchase_with_a_participle_after_the_attribution_is_a_deal():
    """ "..., the companies said on Friday, completing a takeover first announced in January":
    the participle clause adds to the fact; it opens no opinion."""
    deal = only_deal(
        NEWS + "Pellham Biotech has been acquired by Starkey Pharmaceuticals in a deal valued at "
        "$520 million, the companies said on Friday, completing a takeover first announced in "
        "March.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Starkey Pharmaceuticals": "acquirer", "Pellham Biotech": "target"}
    assert deal["terms"]["total_value"] == money(520_000_000)


def test_an_active_purchase_with_a_participle_after_the_attribution_is_a_deal():
    deal = only_deal(
        NEWS + "Starkey Pharmaceuticals will acquire Pellham Biotech for $310 million, the "
        "company said Tuesday, ending a months-long auction for the eye-drug maker.\n"
    )
    assert roles(deal) == {"Starkey Pharmaceuticals": "acquirer", "Pellham Biotech": "target"}


# ---------------------------------------------------------------- untyped work together


def test_an_agreement_worth_a_sum_with_a_party_to_develop_is_a_collaboration():
    deal = only_deal(
        NEWS + "Quarrendon Pharmaceuticals has signed an agreement worth up to $350 million with "
        "Bellrock Biosciences to develop antibodies against two undisclosed targets.\n"
    )
    assert deal["type"] == "collaboration"
    assert roles(deal) == {
        "Quarrendon Pharmaceuticals": "partner",
        "Bellrock Biosciences": "partner",
    }
    assert deal["terms"]["total_value"] == money(350_000_000)


def test_a_deal_valued_at_a_sum_with_a_party_to_discover_is_a_collaboration():
    deal = only_deal(
        NEWS + "Quarrendon Pharmaceuticals has struck a deal valued at up to $90 million with "
        "Bellrock Biosciences to discover RNA medicines for liver disease.\n"
    )
    assert deal["type"] == "collaboration"
    assert set(roles(deal)) == {"Quarrendon Pharmaceuticals", "Bellrock Biosciences"}


def test_two_companies_that_will_jointly_develop_a_drug_make_a_deal():
    deal = only_deal(
        NEWS + "Quarrendon Pharmaceuticals and Bellrock Biosciences will jointly develop and "
        "commercialize Bellrock's antibody BRK-12, splitting costs equally.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal).values()) == {"partner"}


def test_a_company_that_teams_up_with_another_to_find_drugs_makes_a_collaboration():
    deal = only_deal(
        NEWS + "Quarrendon Pharmaceuticals teams up with Bellrock Biosciences to find new heart "
        "drugs, paying $12 million upfront.\n"
    )
    assert deal["type"] == "collaboration"
    assert deal["terms"]["upfront"] == money(12_000_000)


# ---------------------------------------------------------------- news verbs of taking rights


def test_rights_snapped_up_from_a_named_owner_are_a_licence():
    deal = only_deal(
        NEWS + "Hollins Pharma has snapped up U.S. commercial rights to Ardmore Labs' sleep aid "
        "Somnexa, paying $7 million upfront, Hollins said on Thursday.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Hollins Pharma": "licensee", "Ardmore Labs": "licensor"}
    assert deal["terms"]["upfront"] == money(7_000_000)


def test_rights_bagged_from_a_named_owner_are_a_licence():
    deal = only_deal(
        NEWS + "Hollins Pharma has bagged exclusive Japanese rights to Ardmore Labs' sleep aid "
        "Somnexa, paying EUR 11 million upfront.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Hollins Pharma": "licensee", "Ardmore Labs": "licensor"}


def test_rights_nabbed_from_a_named_owner_are_a_licence():
    deal = only_deal(
        NEWS + "Hollins Pharma nabbed the Canadian rights to Ardmore Labs' sleep aid Somnexa.\n"
    )
    assert roles(deal) == {"Hollins Pharma": "licensee", "Ardmore Labs": "licensor"}


# ---------------------------------------------------------------- royalties bought by a payer


def test_a_payer_of_a_sum_for_a_portion_of_royalties_buys_them():
    deal = only_deal(
        NEWS + "Ashcombe Royalty Partners has agreed to pay $180 million to Dunstan Biologics for "
        "a portion of the royalties Dunstan receives on sales of the vaccine Pertavax, the "
        "companies said.\n"
    )
    assert deal["type"] == "other"
    assert roles(deal) == {"Ashcombe Royalty Partners": "acquirer", "Dunstan Biologics": "partner"}
    assert deal["terms"]["total_value"] == money(180_000_000)


def test_a_payer_of_a_sum_in_exchange_for_future_royalties_buys_them():
    deal = only_deal(
        NEWS + "Ashcombe Royalty Trust will pay Dunstan Biologics $260 million upfront in "
        "exchange for a share of future royalties on Dunstan's partnered drug Pertavax.\n"
    )
    assert deal["type"] == "other"
    assert roles(deal) == {"Ashcombe Royalty Trust": "acquirer", "Dunstan Biologics": "partner"}
    assert deal["terms"]["upfront"] == money(260_000_000)


def test_royalties_a_licensee_pays_are_no_royalty_purchase():
    """ "will pay Y royalties on net sales" is a licence's term, not royalties bought."""
    deal = only_deal(
        NEWS + "Hollins Pharma has licensed worldwide rights to Somnexa from Ardmore Labs and "
        "will pay Ardmore Labs $5 million upfront and royalties on net sales.\n"
    )
    assert deal["type"] == "license"


# ---------------------------------------------------------------- mergers told by "combine"


def test_two_companies_that_would_combine_in_an_all_stock_merger_merge():
    """The company whose holders receive the other's shares is the one bought."""
    deal = only_deal(
        NEWS + "Carwood Therapeutics and Ennis Pharmaceuticals said they would combine in an "
        "all-stock merger, with Carwood shareholders receiving 0.6 Ennis shares for each share "
        "they own.\n"
    )
    assert deal["type"] == "merger"
    assert roles(deal) == {
        "Ennis Pharmaceuticals": "acquirer",
        "Carwood Therapeutics": "target",
    }


def test_a_company_that_will_merge_with_another_makes_a_merger():
    deal = only_deal(
        NEWS + "Ennis Pharmaceuticals and Carwood Therapeutics will merge in an all-share "
        "transaction, the companies said.\n"
    )
    assert deal["type"] == "merger"


# ---------------------------------------------------------------- prices per share


def test_a_price_per_share_is_no_total_but_the_sum_after_it_is():
    deal = only_deal(
        NEWS + "Ennis Pharmaceuticals agreed to acquire Lowick Bio Inc. for $12.40 per share in "
        "cash, or roughly $760 million, the companies said.\n"
    )
    assert deal["terms"]["total_value"] == money(760_000_000)


def test_a_price_a_share_is_no_total_value():
    deal = only_deal(
        NEWS + "Ennis Pharmaceuticals agreed to buy Lowick Bio Inc. for $9 a share in cash plus "
        "a contingent value right of up to $2 per share.\n"
    )
    assert deal["terms"] is None or deal["terms"]["total_value"] is None


def test_an_upfront_is_not_the_total_told_as_much_as_a_sum():
    """ "$60 million upfront and is eligible for milestones bringing the total to as much as
    $900 million": the milestones are told apart from the upfront."""
    deal = only_deal(
        NEWS + "Hollins Pharma has licensed worldwide rights to tesmorelin from Ardmore Labs. "
        "Ardmore Labs will receive $45 million upfront and is eligible for milestone payments "
        "bringing the total to as much as $700 million.\n"
    )
    assert deal["terms"]["upfront"] == money(45_000_000)
    assert deal["terms"]["total_value"] == money(700_000_000)


# ---------------------------------------------------------------- option fees


def test_a_sum_paid_for_an_option_to_license_is_its_upfront():
    deal = only_deal(
        NEWS + "Hollins Pharma has paid Ardmore Labs $13 million for an option to license "
        "ADL-41, an oral peptide for obesity.\n"
    )
    assert deal["type"] == "option"
    assert roles(deal) == {"Hollins Pharma": "licensee", "Ardmore Labs": "licensor"}
    assert deal["terms"]["upfront"] == money(13_000_000)


def test_a_sum_to_be_paid_upfront_for_the_option_is_its_upfront():
    deal = only_deal(
        NEWS + "Hollins Pharma will pay Ardmore Labs $6 million upfront for the exclusive option "
        "to license ADL-41, the companies said.\n"
    )
    assert deal["terms"]["upfront"] == money(6_000_000)


def test_a_payment_an_option_exercise_triggers_is_its_upfront():
    deal = only_deal(
        NEWS + "Hollins Pharma has exercised its option to license ADL-41, Ardmore Labs' "
        "antibody, triggering a $35 million payment to Ardmore.\n"
    )
    assert deal["terms"]["upfront"] == money(35_000_000)


def test_a_deal_worth_a_sum_with_a_party_is_a_deal():
    """ "signed a deal worth $30 million with Y": the value told between the deal and its
    counterparty does not hide the counterparty."""
    deal = only_deal(
        NEWS + "Quarrendon Pharmaceuticals has signed a supply deal worth $30 million with "
        "Bellrock Biosciences, the companies said.\n"
    )
    assert set(roles(deal)) == {"Quarrendon Pharmaceuticals", "Bellrock Biosciences"}


def test_two_companies_that_agreed_to_combine_in_a_merger_merge():
    deal = only_deal(
        NEWS + "Ennis Pharmaceuticals and Carwood Therapeutics agreed to combine in a "
        "cash-and-stock merger, with Carwood shareholders receiving $2 and 0.3 Ennis shares for "
        "each share.\n"
    )
    assert deal["type"] == "merger"
    assert roles(deal)["Carwood Therapeutics"] == "target"


# ---------------------------------------------------------------- sellers of a business


def test_the_owner_of_a_portfolio_bought_is_a_partner_not_the_target():
    deal = only_deal(
        NEWS + "Thornbury Health has agreed to buy Kelsall Pharma's dermatology portfolio, "
        "including the acne cream Pelvira, for $75 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Thornbury Health": "acquirer", "Kelsall Pharma": "partner"}


def test_the_owner_of_a_business_of_bought_is_a_partner_not_the_target():
    deal = only_deal(
        NEWS + "Thornbury Health said it would buy the ophthalmology business of Kelsall Pharma "
        "for 210 million euros in cash.\n"
    )
    assert roles(deal) == {"Thornbury Health": "acquirer", "Kelsall Pharma": "partner"}


def test_a_company_bought_whole_is_still_the_target():
    deal = only_deal(
        NEWS + "Thornbury Health has agreed to acquire Kelsall Pharma for $75 million.\n"
    )
    assert roles(deal) == {"Thornbury Health": "acquirer", "Kelsall Pharma": "target"}


# ---------------------------------------------------------------- stakes


def test_an_investment_in_the_company_telling_it_makes_the_teller_the_investee():
    deal = only_deal(
        "Update\n\nBOSTON, May 3, 2026 /PRNewswire/ -- Garside Therapeutics, Inc. today "
        "announced that Pennock Pharma has made a $45 million equity investment in the company.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Pennock Pharma": "investor", "Garside Therapeutics, Inc.": "investee"}


def test_an_investment_in_it_makes_the_teller_the_investee():
    deal = only_deal(
        "Update\n\nLONDON, June 4, 2026 /PRNewswire/ -- Garside Therapeutics Ltd. today "
        "announced that Pennock Pharma will invest $20 million in it through a placement of new "
        "shares.\n"
    )
    assert roles(deal) == {"Pennock Pharma": "investor", "Garside Therapeutics Ltd.": "investee"}


def test_a_stake_bought_as_part_of_a_partnership_after_the_attribution_is_a_deal():
    """ "..., the companies said on Monday, as part of a broader partnership ...": the deal's
    setting after the attribution opens no opinion."""
    deals = extract(
        NEWS + "Pennock Pharma has bought a 12% stake in Garside Therapeutics for $60 million, "
        "the companies said on Monday, as part of a broader partnership to develop Garside's "
        "oral inhibitor GRS-5.\n"
    )["deals"]
    stake = [d for d in deals if d["type"] == "equity_investment"]
    assert len(stake) == 1
    assert roles(stake[0]) == {"Pennock Pharma": "investor", "Garside Therapeutics": "investee"}
    assert stake[0]["terms"]["total_value"] == money(60_000_000)


def test_stock_of_the_teller_bought_by_a_named_company_is_an_equity_investment():
    """ "Y said X will buy $35 million of its common stock": "its" is Y's, the teller's."""
    deals = extract(
        NEWS + "Garside Bio said Pennock Pharmaceuticals will buy $35 million of its common "
        "stock, the first step of the two companies' work on asthma.\n"
    )["deals"]
    stake = [d for d in deals if d["type"] == "equity_investment"]
    assert len(stake) == 1
    assert roles(stake[0]) == {"Pennock Pharmaceuticals": "investor", "Garside Bio": "investee"}
    assert stake[0]["terms"]["total_value"] == money(35_000_000)


def test_shares_of_the_teller_to_be_purchased_are_an_equity_investment():
    deal = only_deal(
        NEWS + "Garside Bio announced that Pennock Pharmaceuticals has agreed to purchase $12 "
        "million of its ordinary shares.\n"
    )
    assert roles(deal) == {"Pennock Pharmaceuticals": "investor", "Garside Bio": "investee"}


def test_a_company_buying_back_its_own_stock_makes_no_deal():
    text = NEWS + "Garside Bio will buy back $35 million of its common stock, the company said.\n"
    assert extract(text)["deals"] == []


def test_the_partnership_a_stake_belongs_to_is_a_deal_of_its_own():
    deals = extract(
        NEWS + "Garside Bio said Pennock Pharmaceuticals will buy $35 million of its common "
        "stock as part of a broader partnership on GRS-3, an antibody for asthma.\n"
    )["deals"]
    assert sorted(d["type"] for d in deals) == ["collaboration", "equity_investment"]


def test_a_company_named_before_a_buyer_of_its_own_stock_is_no_investee():
    """Only the teller of the news ("Y said X will buy ... of its stock") owns "its" stock."""
    text = (
        NEWS + "After weak results at Garside Bio, Pennock Pharmaceuticals will buy $50 million "
        "of its common stock.\n"
    )
    assert extract(text)["deals"] == []


def test_stock_of_no_named_owner_bought_makes_no_deal():
    text = NEWS + "Garside Bio said Pennock Pharmaceuticals will buy $50 million of common stock.\n"
    assert extract(text)["deals"] == []


# ---------------------------------------------------------------- an agent described


def test_a_passive_purchase_by_a_described_agent_names_the_agent():
    deal = only_deal(
        NEWS + "Lowick Bio Inc. will be acquired by Italian drugmaker Ravello Farmaceutici "
        "S.p.A. for $1.9 billion in cash, the companies said on Thursday.\n"
    )
    assert roles(deal) == {"Ravello Farmaceutici S.p.A.": "acquirer", "Lowick Bio Inc.": "target"}


def test_a_passive_purchase_by_the_described_agent_names_the_agent():
    deal = only_deal(
        NEWS + "Lowick Bio Inc. has been bought by the Swiss company Ennis Pharma AG for $640 "
        "million.\n"
    )
    assert roles(deal) == {"Ennis Pharma AG": "acquirer", "Lowick Bio Inc.": "target"}


def test_the_price_told_as_the_buyouts_adjective_is_the_total():
    deal = only_deal(
        NEWS + "Ennis Pharma's $640 million buyout of Lowick Bio has closed, the companies said "
        "on Monday, bringing Lowick's anemia drug LWK-8 into Ennis's portfolio.\n"
    )
    assert roles(deal) == {"Ennis Pharma": "acquirer", "Lowick Bio": "target"}
    assert deal["terms"]["total_value"] == money(640_000_000)


def test_the_price_told_as_the_takeovers_adjective_is_the_total():
    deal = only_deal(
        NEWS + "Ennis Pharma completed its $1.3 billion all-cash takeover of Lowick Bio on "
        "Friday.\n"
    )
    assert deal["terms"]["total_value"] == money(1_300_000_000)


def test_rights_won_in_court_are_no_licence():
    text = (
        NEWS + "Hollins Pharma won the rights to sell its generic in court after Ardmore Labs "
        "lost an appeal.\n"
    )
    assert extract(text)["deals"] == []
