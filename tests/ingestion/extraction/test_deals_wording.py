"""Deals told in the wording of news items and exchange announcements, not of the releases the
rules were first written on: the same kinds in other words must give the same deal.

Every text here is invented (company, drug and person names included).
"""

import pytest

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

# ---------------------------------------------------------------- news verbs of making a deal


@pytest.mark.parametrize(
    "verb",
    ["has inked a licensing pact with", "sealed a licensing agreement with"],
)
def test_news_verb_makes_a_licence_and_the_participle_subject_gains_the_rights(verb):
    deal = only_deal(
        "Orland licence\n\n"
        f"Orland Medicines {verb} Teskey Biologics, gaining exclusive rights to TB-410 in "
        "Korea. Teskey gets $9 million upfront.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Orland Medicines": "licensee", "Teskey Biologics": "licensor"}
    assert deal["territory"] == "Korea"
    assert deal["terms"]["upfront"] == money(9_000_000, "USD")


def test_licensee_who_will_get_rights_and_pay_the_other_is_not_the_licensor():
    deal = only_deal(
        "Brenner deal\n\n"
        "Brenner Pharma has struck a deal worth up to $600 million with Ostler Bio for the "
        "rights to OB-515. Under the deal, Brenner will get exclusive rights to develop OB-515 "
        "and will pay Ostler $30 million upfront.\n"
    )
    assert roles(deal) == {"Brenner Pharma": "licensee", "Ostler Bio": "licensor"}
    assert deal["terms"]["total_value"] == money(600_000_000, "USD")
    assert deal["terms"]["upfront"] == money(30_000_000, "USD")


def test_a_pact_to_jointly_develop_is_a_co_development():
    deal = only_deal(
        "Kelsey and Lorne\n\n"
        "BOSTON, May 5, 2025 -- Kelsey Bio, Inc. and Lorne Pharmaceuticals, Inc. today "
        "announced that they have agreed to jointly develop and commercialize LP-270 for "
        "psoriasis.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal).values()) == {"partner"}
    assert deal["drugs"] == ["LP-270"]


def test_a_product_named_by_code_after_its_kind_is_not_an_unnamed_product():
    deal = only_deal(
        "Pilling deal\n\n"
        "Pilling Pharma signed a licensing agreement with Rudd Bio for its antibody RB-7 in "
        "Europe.\n"
    )
    assert deal["drugs"] != ["antibody"]


# ---------------------------------------------------------------- stakes and tender offers


def test_one_named_subscriber_of_new_shares_is_an_equity_investor():
    deal = only_deal(
        "Hawley Biotech: subscription of new shares\n\n"
        'On 5 May 2025, Hawley Biotech Holdings Limited (the "Company") and Insley Pharma Co., '
        'Ltd. ("Insley") entered into a subscription agreement, under which Insley has '
        "conditionally agreed to subscribe for 5,000,000 new ordinary shares at HK$4.00 each.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {
        "Hawley Biotech Holdings Limited": "investee",
        "Insley Pharma Co., Ltd.": "investor",
    }
    # HK$4.00 is a share's price, not what the stake is worth
    assert (deal["terms"] or {}).get("total_value") is None


def test_several_subscribers_make_a_round_not_a_deal():
    result = extract(
        "Hawley Biotech: subscription of new shares\n\n"
        "On 5 May 2025, Hawley Biotech Holdings Limited entered into subscription agreements "
        "with Insley Pharma Co., Ltd., Jarrow Capital Ltd. and Kirkby Partners Ltd., under "
        "which each agreed to subscribe for new shares.\n"
    )
    assert [d for d in result["deals"] if d["type"] == "equity_investment"] == []


def test_a_tender_offer_for_all_shares_of_a_company_is_its_acquisition():
    deal = only_deal(
        "Offer\n\n"
        "Mardale Pharma AG has launched a cash tender offer for all of the outstanding shares "
        "of Nettle Therapeutics, Inc. at $31.00 per share.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Mardale Pharma AG": "acquirer", "Nettle Therapeutics, Inc.": "target"}


def test_the_party_paid_upfront_is_the_licensor_whoever_is_named_first():
    deal = only_deal(
        "Sefton licence\n\n"
        "Sefton Medicines Ltd. entered into a license agreement with Ulverston Biologics Inc. "
        "for UB-318, paying Ulverston $7 million upfront.\n"
    )
    assert roles(deal) == {
        "Sefton Medicines Ltd.": "licensee",
        "Ulverston Biologics Inc.": "licensor",
    }


# ---------------------------------------------------------------- roles and dates in recaps


@pytest.mark.parametrize(
    "told",
    [
        "Sandell in-licensed the global rights to SD-402 from Tarrow Biosciences, Inc. in 2019.",
        "In 2019, Sandell licensed SD-402 from Tarrow Biosciences, Inc.",
    ],
)
def test_the_company_that_licensed_a_product_from_another_is_the_licensee(told):
    deal = only_deal(
        "Sandell data\n\n"
        "LONDON, April 1, 2025 -- Sandell Bio Ltd. today reported data for SD-402. " + told + "\n"
    )
    assert roles(deal) == {
        "Sandell Bio Ltd.": "licensee",
        "Tarrow Biosciences, Inc.": "licensor",
    }
    assert deal["signed_on"] == "2019"
    assert deal["announced_on"] is None


def test_a_purchase_dated_by_its_year_is_recapped_not_announced():
    deal = only_deal(
        "Upton update\n\n"
        "LONDON, April 1, 2025 -- Upton Pharma plc today announced first patient dosed with "
        "VW-220, which it gained through its 2021 acquisition of Varley Bio Ltd.\n"
    )
    assert roles(deal) == {"Upton Pharma plc": "acquirer", "Varley Bio Ltd.": "target"}
    assert deal["signed_on"] == "2021"
    assert deal["announced_on"] is None


@pytest.mark.parametrize(
    "sale",
    [
        "has agreed to divest its consumer health business to Yelland Holdings Ltd.",
        "will sell its portfolio of dermatology products to Yelland Holdings Ltd.",
    ],
)
def test_a_business_sold_to_a_buyer_is_bought_from_its_seller(sale):
    deal = only_deal(
        "Wetherby sale\n\n"
        f"LONDON, Jan. 5, 2025 -- Wetherby Pharma plc {sale} for GBP 300 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Yelland Holdings Ltd.": "acquirer", "Wetherby Pharma plc": "partner"}
    assert deal["terms"]["total_value"] == money(300_000_000, "GBP")
    assert deal["announced_on"] == "2025-01-05"


# ---------------------------------------------------------------- parties named bare, royalties


def test_a_bare_name_joined_by_and_to_a_known_party_is_the_other_party():
    deal = only_deal(
        "Kettering and Lomond sign licence\n\n"
        "GENEVA, May 2, 2025 -- Kettering and Lomond today announced an exclusive license "
        "agreement for KL-401 in Japan. Lomond will pay Kettering an upfront payment of "
        "CHF 20 million.\n"
    )
    assert roles(deal) == {"Kettering": "licensor", "Lomond": "licensee"}
    assert deal["terms"]["upfront"] == money(20_000_000, "CHF")


def test_a_name_joined_by_and_but_doing_no_deal_verb_is_no_party():
    result = extract(
        "Kettering results\n\n"
        "GENEVA, May 2, 2025 -- Sales by Kettering Pharma AG and Lomond in Europe grew after "
        "Kettering signed an exclusive license agreement for KL-401.\n"
    )
    assert result["deals"] == []


@pytest.mark.parametrize(
    "told",
    [
        "Marwick Biosciences, Inc. has entered into a royalty purchase agreement with Nayland "
        "Royalty Partners, under which Nayland will pay Marwick $200 million for Marwick's "
        "royalty interest in net sales of MW-11.",
        "Under a royalty monetization agreement, Marwick Biosciences, Inc. will sell its royalty "
        "interest in net sales of MW-11 to Nayland Royalty Partners, which will pay Marwick "
        "$200 million for it.",
    ],
)
def test_a_royalty_purchase_agreement_makes_the_payer_the_acquirer(told):
    deal = only_deal("Marwick royalty\n\n" + told + "\n")
    assert deal["type"] == "other"
    assert roles(deal) == {
        "Nayland Royalty Partners": "acquirer",
        "Marwick Biosciences, Inc.": "partner",
    }
    assert deal["terms"]["total_value"] == money(200_000_000, "USD")


def test_a_deal_attributed_to_a_company_on_a_weekday_is_reported_not_an_opinion():
    deal = only_deal(
        "Oakham to buy Pinner\n\n"
        "Oakham Bio will acquire Pinner Therapeutics for $400 million in cash, the Danish "
        "drugmaker said Friday.\n"
    )
    assert roles(deal) == {"Oakham Bio": "acquirer", "Pinner Therapeutics": "target"}


# ---------------------------------------------------------------- a stake beside a licence


@pytest.mark.parametrize(
    ("told", "price"),
    [
        ("Quenby will also purchase $8 million of newly issued Ravel shares.", 8_000_000),
        ("Quenby agreed to acquire 9.9% of the outstanding shares of Ravel for $12 million.", 12e6),
    ],
)
def test_a_stock_purchase_beside_a_licence_is_a_stake_not_an_acquisition(told, price):
    result = extract(
        "Ravel licence\n\n"
        "BOSTON, March 3, 2025 -- Ravel Bio, Inc. today announced an exclusive license "
        "agreement with Quenby Pharma Ltd. for RV-310 in Korea. " + told + "\n"
    )
    assert sorted(d["type"] for d in result["deals"]) == ["equity_investment", "license"]
    stake = next(d for d in result["deals"] if d["type"] == "equity_investment")
    assert roles(stake) == {"Quenby Pharma Ltd.": "investor", "Ravel Bio, Inc.": "investee"}
    assert stake["drugs"] == []  # the licence's product is not the stake's
    assert stake["terms"]["total_value"] == money(int(price), "USD")


def test_buying_all_the_shares_of_a_company_is_still_its_acquisition():
    deal = only_deal(
        "Quenby to buy Ravel\n\n"
        "BOSTON, March 3, 2025 -- Quenby Pharma Ltd. will purchase all outstanding shares of "
        "Ravel Bio, Inc. for $300 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Quenby Pharma Ltd.": "acquirer", "Ravel Bio, Inc.": "target"}


def test_an_amount_paid_in_total_is_the_total_value():
    deal = only_deal(
        "Sowerby licence\n\n"
        "BEIJING, March 3, 2025 -- Sowerby Biotech Co., Ltd. today announced it has licensed "
        "SW-51 to Tadley Pharma Co., Ltd. in China, for which Tadley will pay RMB 150 million "
        "in aggregate.\n"
    )
    assert deal["terms"]["total_value"] == money(150_000_000, "CNY")


def test_buying_every_share_of_a_company_is_never_a_stake_in_it():
    result = extract(
        "Quenby to buy Ravel\n\n"
        "BOSTON, March 3, 2025 -- Quenby Pharma Ltd. will acquire 100% of the shares in Ravel "
        "Bio, Inc. for $300 million.\n"
    )
    assert [d for d in result["deals"] if d["type"] == "equity_investment"] == []


# ---------------------------------------------------------------- recaps by role, asides

RESULTS_HEAD = (
    "Wexcombe Bio Reports Third Quarter 2025 Results\n\n"
    "CAMBRIDGE, Mass., Nov. 6, 2025 -- Wexcombe Bio, Inc. (Nasdaq: WXCB) today reported "
    "financial results for the third quarter of 2025.\n"
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Yarnton Pharmaceuticals, our licensee in Japan, dosed the first patient with WX-12.",
            {"Yarnton Pharmaceuticals": "licensee", "Wexcombe Bio, Inc.": "licensor"},
        ),
        (
            "Our licensor, Yarnton Pharmaceuticals, was paid a milestone for WX-12.",
            {"Yarnton Pharmaceuticals": "licensor", "Wexcombe Bio, Inc.": "licensee"},
        ),
    ],
)
def test_a_company_named_as_our_licensee_or_licensor_makes_a_recapped_licence(told, expected):
    deal = only_deal(RESULTS_HEAD + told + "\n")
    assert deal["type"] == "license"
    assert roles(deal) == expected
    assert deal["announced_on"] is None
    assert deal["confidence"] < 0.67  # a new rule, unmeasured: curators see it first


def test_a_role_noun_without_a_named_company_makes_no_deal():
    result = extract(RESULTS_HEAD + "Our licensees in Asia dosed their first patients.\n")
    assert result["deals"] == []


def test_a_company_named_only_in_an_aside_about_a_party_is_not_a_party():
    deal = only_deal(
        "Zeals licence\n\n"
        "Zeals Bio, which was spun out of Abbas Pharma in 2019, has licensed its lead drug "
        "ZB-90 to Bramley Pharmaceuticals in a deal worth up to $700 million. Abbas, which last "
        "year sold its vaccine unit to Coxwold Inc., keeps a stake in Zeals.\n"
    )
    assert roles(deal) == {"Zeals Bio": "licensor", "Bramley Pharmaceuticals": "licensee"}
    assert deal["terms"]["total_value"] == money(700_000_000, "USD")


@pytest.mark.parametrize(
    "told",
    [
        "Dunwich Pharma AG has obtained an exclusive option to acquire Caister Bio, Inc.",
        "Caister Bio, Inc. has granted Dunwich Pharma AG an option to acquire all of Caister.",
    ],
)
def test_an_option_to_acquire_a_company_is_an_option_not_its_acquisition(told):
    deal = only_deal(
        "Caister option\n\nBOSTON, July 7, 2025 -- " + told + " The option fee is $20 million.\n"
    )
    assert deal["type"] == "option"
    assert set(roles(deal)) == {"Dunwich Pharma AG", "Caister Bio, Inc."}


@pytest.mark.parametrize(
    "hope",
    [
        "Eynsham may enter into a license agreement with Felton Pharma Inc. later this year.",
        "Eynsham intends to sign a collaboration agreement with Felton Pharma Inc.",
    ],
)
def test_a_deal_only_hoped_for_is_no_deal(hope):
    result = extract(
        "Eynsham update\n\n"
        "BOSTON, July 7, 2025 -- Eynsham Bio, Inc. today announced Phase 2 data for EY-4. "
        + hope
        + "\n"
    )
    assert result["deals"] == []


# ---------------------------------------------------------------- territory


@pytest.mark.parametrize(
    ("told", "territory"),
    [
        (
            "Jevington retains the rights to JV-40 in the United States.",
            "worldwide outside United States",
        ),
        ("Jevington retains all rights to JV-40 outside Japan.", "Japan"),
    ],
)
def test_what_the_licensor_retains_gives_the_licensee_the_rest(told, territory):
    deal = only_deal(
        "Jevington licence\n\n"
        "BOSTON, July 7, 2025 -- Jevington Bio, Inc. entered into an exclusive license agreement "
        "with Kimble Pharma Ltd. for JV-40. " + told + "\n"
    )
    assert roles(deal) == {"Jevington Bio, Inc.": "licensor", "Kimble Pharma Ltd.": "licensee"}
    assert deal["territory"] == territory


def test_exclusive_ex_place_rights_make_a_licence_outside_that_place():
    deal = only_deal(
        "Jevington licence\n\n"
        "BOSTON, July 7, 2025 -- Jevington Bio, Inc. has granted Kimble Pharma Ltd. exclusive "
        "ex-U.S. rights to JV-40.\n"
    )
    assert deal["type"] == "license"
    assert deal["territory"] == "worldwide outside U.S."


def test_globally_describing_a_company_is_no_worldwide_territory():
    deal = only_deal(
        "Jevington and Kimble\n\n"
        "BOSTON, July 7, 2025 -- Jevington Bio, Inc., a company making globally impactful "
        "medicines, and Kimble Pharma Ltd. today announced a research collaboration.\n"
    )
    assert deal["territory"] is None


def test_the_company_issuing_subscribed_shares_is_the_investee_when_the_subscriber_is_unclear():
    result = extract(
        "Lydd Biotech: subscription of new shares\n\n"
        'On 5 May 2025, Lydd Biotech Holdings Limited (the "Company") and Morden Pharma Co., '
        "Ltd. entered into a subscription agreement, under which the subscriber has agreed to "
        "subscribe for 5,000,000 new ordinary shares.\n"
    )
    stake = next(d for d in result["deals"] if d["type"] == "equity_investment")
    assert roles(stake) == {
        "Lydd Biotech Holdings Limited": "investee",
        "Morden Pharma Co., Ltd.": "investor",
    }
