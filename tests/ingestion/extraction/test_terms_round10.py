"""A deal's fields once it is found (round 10): money wording, exclusivity and territory found by
trying new invented sentences.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.money import find_money
from tests.ingestion.extraction.deal_helpers import money, only_deal

DATELINE = "Deal news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def amounts(text: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in find_money(text)]


# ---------------------------------------------------------------- money phrases


def test_wire_abbreviations_of_scale_are_read():
    """ "EUR 12 mln", "$1.5 bln", "KRW2tn": the scales newswires abbreviate."""
    assert amounts("EUR 12 mln, then $1.5 bln, then KRW2tn and 40 mln euros") == [
        (12_000_000, "EUR"),
        (1_500_000_000, "USD"),
        (2_000_000_000_000, "KRW"),
        (40_000_000, "EUR"),
    ]


def test_an_amount_in_trillions_of_a_currency_word_is_read():
    assert amounts("a contract of up to 1.6 trillion won ($1.2 billion)") == [
        (1_600_000_000_000, "KRW"),
        (1_200_000_000, "USD"),
    ]


def test_terms_in_mln_are_priced():
    deal = only_deal(
        DATELINE + "Veltra AG entered into a licence agreement with Sorin Bio for SR-3, with an "
        "upfront payment of EUR 12 mln and milestones of up to EUR 180 mln.\n"
    )
    assert deal["terms"]["upfront"] == money(12_000_000, "EUR")
    assert deal["terms"]["milestones"] == money(180_000_000, "EUR")


def test_a_takeover_valued_in_trillions_of_won_is_its_total_value():
    deal = only_deal(
        DATELINE + "Daehan Pharm agreed to acquire Mirae Biologics in a deal valued at 1.2 "
        "trillion won.\n"
    )
    assert deal["terms"]["total_value"] == money(1_200_000_000_000, "KRW")


def test_cash_and_shares_for_each_share_is_a_per_share_price():
    """ "$31 in cash and 0.52 X shares for each Y share": what one share fetches, no term."""
    assert amounts("holders get $31 in cash and 0.52 Marlow shares for each Penrose share") == []
    assert amounts("a price of $8.40 for each ordinary share") == []


def test_a_per_share_price_in_cash_and_stock_is_not_the_upfront():
    deal = only_deal(
        DATELINE + "Marlow Therapeutics agreed to buy Penrose Bio for $2.4 billion in cash and "
        "stock. Penrose shareholders will receive $31 in cash and 0.52 Marlow shares for each "
        "Penrose share.\n"
    )
    assert deal["terms"]["upfront"] is None
    assert deal["terms"]["total_value"] == money(2_400_000_000)


def test_a_hyphenated_or_capitalised_scale_is_read():
    """ "a $150-million upfront payment" is not $150; "$2.5 Bn" and "$5MM" are not $2.5 and $5."""
    assert amounts("a $150-million upfront payment, $2.5 Bn in all, $5MM now") == [
        (150_000_000, "USD"),
        (2_500_000_000, "USD"),
        (5_000_000, "USD"),
    ]


def test_currency_words_naming_their_country_are_read():
    assert amounts(
        "150 million U.S. dollars, 50 million Swiss francs, 2 billion Hong Kong dollars, 7 "
        "billion Danish kroner"
    ) == [
        (150_000_000, "USD"),
        (50_000_000, "CHF"),
        (2_000_000_000, "HKD"),
        (7_000_000_000, "DKK"),
    ]


def test_a_takeover_priced_in_swiss_francs_is_its_total_value():
    deal = only_deal(DATELINE + "Veltra AG will acquire Sorin Bio for 480 million Swiss francs.\n")
    assert deal["terms"]["total_value"] == money(480_000_000, "CHF")


# ---------------------------------------------------------------- money terms


def test_an_upfront_written_up_front_in_two_words_is_the_upfront():
    deal = only_deal(
        DATELINE
        + "Corvane Bio is expanding its collaboration with Brindle Pharma. Corvane will pay "
        "Brindle $45 million up front, with up to $600 million more in milestone payments.\n"
    )
    assert deal["terms"]["upfront"] == money(45_000_000)
    assert deal["terms"]["milestones"] == money(600_000_000)


def test_a_sentence_pricing_only_up_front_is_read_as_terms():
    """No other terms word: "up front" alone marks the sentence as the deal's terms."""
    deal = only_deal(
        DATELINE + "Ostrava Medicines signed a license agreement with Pellam Inc. for OM-52. "
        "Pellam hands over €9 million up front.\n"
    )
    assert deal["terms"]["upfront"] == money(9_000_000, "EUR")


def test_an_upfront_told_with_is_or_will_be_is_the_upfront():
    deal = only_deal(
        DATELINE + "Shanghai Qiming Bio signed an exclusive license agreement with Wuxi Tianlan "
        "Pharma for QM-8. The upfront payment is 100 million yuan.\n"
    )
    assert deal["terms"]["upfront"] == money(100_000_000, "CNY")
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-330 to Quenby Therapeutics. The up-front fee will be "
        "$14 million.\n"
    )
    assert deal["terms"]["upfront"] == money(14_000_000)


def test_milestones_told_as_a_subject_with_a_verb_of_amount_are_the_milestones():
    """ "Milestone payments could total X": the milestones, not the deal's total value."""
    deal = only_deal(
        DATELINE + "Shanghai Qiming Bio signed an exclusive license agreement with Wuxi Tianlan "
        "Pharma for QM-8. Milestone payments could total 1.5 billion yuan.\n"
    )
    assert deal["terms"]["milestones"] == money(1_500_000_000, "CNY")
    assert deal["terms"]["total_value"] is None
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-330 to Quenby Therapeutics. The milestones may reach "
        "up to $90 million.\n"
    )
    assert deal["terms"]["milestones"] == money(90_000_000)


def test_the_aggregate_of_the_payments_is_up_to_a_total_value():
    deal = only_deal(
        DATELINE + "Brindle Pharma signed an exclusive license agreement with Corvane Bio for "
        "BX-7. The aggregate amount of upfront, development, regulatory and sales milestone "
        "payments to the British licensor is up to $517 million.\n"
    )
    assert deal["terms"]["total_value"] == money(517_000_000)
    assert deal["terms"]["milestones"] is None


def test_a_price_in_a_marked_dollar_is_read():
    deal = only_deal(
        DATELINE + "Lingnan Biotech agreed to acquire Pearl River Therapeutics for HK$1.6 "
        "billion.\n"
    )
    assert deal["terms"]["total_value"] == money(1_600_000_000, "HKD")
    deal = only_deal(
        DATELINE + "Kestrel Bio Ltd. will acquire Wattle Labs for about A$40 million.\n"
    )
    assert deal["terms"]["total_value"] == money(40_000_000, "AUD")


def test_an_initial_license_fee_is_the_upfront():
    deal = only_deal(
        DATELINE + "Ardent Labs has granted Velden Bio a license to its capsid platform. Velden "
        "will pay an initial license fee of $4 million, with development milestones and "
        "royalties.\n"
    )
    assert deal["terms"]["upfront"] == money(4_000_000)
    assert deal["terms"]["milestones"] is None


def test_a_takeover_price_paid_at_closing_is_the_upfront():
    deal = only_deal(
        DATELINE + "Thornbury plc has completed its acquisition of Kelso Bio. Thornbury paid "
        "£80 million in cash at closing, and Kelso's former owners may receive up to £40 "
        "million in payments tied to clinical milestones.\n"
    )
    assert deal["terms"]["upfront"] == money(80_000_000, "GBP")
    assert deal["terms"]["milestones"] == money(40_000_000, "GBP")


def test_an_upfront_with_unpriced_milestones_after_it_is_the_upfront():
    """ "X upfront with further milestones": the milestones are named apart, not priced."""
    deal = only_deal(
        DATELINE + "Hanaoka Pharmaceutical has granted Velden Bio an exclusive license to HK-4 "
        "in Japan, receiving ¥2 billion upfront with further milestones and royalties to "
        "follow.\n"
    )
    assert deal["terms"]["upfront"] == money(2_000_000_000, "JPY")
    assert deal["terms"]["total_value"] is None


def test_an_upfront_beside_a_total_that_includes_milestones_is_the_upfront():
    deal = only_deal(
        DATELINE + "Chengdu Lanxi Bio signed an exclusive license agreement with Wuxi Tianlan "
        "Pharma for LX-3 in mainland China. Lanxi is to be paid RMB 60 million upfront, and the "
        "total deal value, including milestones, may reach RMB 700 million.\n"
    )
    assert deal["terms"]["upfront"] == money(60_000_000, "CNY")
    assert deal["terms"]["total_value"] == money(700_000_000, "CNY")
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-330 to Quenby Therapeutics. Quenby pays $20 million "
        "upfront, and the milestones could reach $400 million.\n"
    )
    assert deal["terms"]["upfront"] == money(20_000_000)
    assert deal["terms"]["milestones"] == money(400_000_000)


def test_an_amount_in_upfront_and_milestone_payments_together_stays_a_total():
    deal = only_deal(
        DATELINE + "Brindle Pharma licensed BX-7 to Corvane Bio for up to $300 million in "
        "upfront, development and sales milestones.\n"
    )
    assert deal["terms"]["upfront"] is None
    assert deal["terms"]["total_value"] == money(300_000_000)


def test_the_words_after_a_converted_amount_name_it():
    """ "KRW 50 billion (about $37 million) upfront": the bracket converts; "upfront" after it
    is the first amount's word."""
    deal = only_deal(
        DATELINE + "Daehan Pharm licensed DH-22 to Seoyun Bio for KRW 50 billion (about $37 "
        "million) upfront.\n"
    )
    assert deal["terms"]["upfront"] == money(50_000_000_000, "KRW")
    deal = only_deal(
        DATELINE + "Veltra AG licensed SR-3 to Sorin Bio. Sorin pays €20 million (approximately "
        "$22 million) up front and up to €300 million in milestones.\n"
    )
    assert deal["terms"]["upfront"] == money(20_000_000, "EUR")
    assert deal["terms"]["milestones"] == money(300_000_000, "EUR")


def test_an_enterprise_or_transaction_value_is_the_total_value():
    deal = only_deal(
        DATELINE + "Marlow Therapeutics will acquire Penrose Bio for an enterprise value of "
        "approximately $900 million.\n"
    )
    assert deal["terms"]["total_value"] == money(900_000_000)
    deal = only_deal(
        DATELINE + "Veltra AG agreed to buy Sorin Bio. The transaction value of €1.4 billion "
        "will be paid in cash.\n"
    )
    assert deal["terms"]["total_value"] == money(1_400_000_000, "EUR")


def test_a_stake_told_beside_an_upfront_is_priced_by_its_own_amount():
    deals = extract(
        DATELINE + "Harlow Bio and Quenby Therapeutics entered into a license agreement for "
        "HB-7. Quenby will pay an upfront payment of $15 million and make an equity investment "
        "of $10 million in Harlow.\n"
    )["deals"]
    stake = next(d for d in deals if d["type"] == "equity_investment")
    assert stake["terms"]["total_value"] == money(10_000_000)


def test_a_payment_noun_before_upon_a_step_makes_a_milestone():
    """ "a $5 million payment upon IND clearance" is summed with the other milestones."""
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-7 to Quenby Therapeutics. Harlow will receive $12 "
        "million upfront and a $5 million payment upon IND clearance, plus up to $150 million in "
        "commercial milestones.\n"
    )
    assert deal["terms"]["upfront"] == money(12_000_000)
    assert deal["terms"]["milestones"] == money(155_000_000)


def test_a_takeover_for_a_purchase_price_is_its_total_value():
    deal = only_deal(
        DATELINE + "Quenby Therapeutics will acquire Harlow Bio for a purchase price of $95 "
        "million, subject to customary adjustments.\n"
    )
    assert deal["terms"]["total_value"] == money(95_000_000)
    deal = only_deal(
        DATELINE + "Veltra AG will acquire Sorin Bio for a consideration of €210 million.\n"
    )
    assert deal["terms"]["total_value"] == money(210_000_000, "EUR")


# ---------------------------------------------------------------- exclusivity


def test_a_nonexclusive_licence_without_hyphen_is_not_exclusive():
    deal = only_deal(
        DATELINE + "Ardent Labs granted Velden Bio a nonexclusive license to its antibody "
        "platform.\n"
    )
    assert deal["exclusive"] is False
    deal = only_deal(
        DATELINE + "Ardent Labs has licensed its enzyme platform to Velden Bio on a non "
        "exclusive basis.\n"
    )
    assert deal["exclusive"] is False


def test_exclusivity_granted_is_an_exclusive_deal():
    deal = only_deal(
        DATELINE + "Velden Bio has signed a license agreement with Ardent Labs for AL-5. With "
        "this agreement Velden has secured global exclusivity for the development of AL-5.\n"
    )
    assert deal["exclusive"] is True


# ---------------------------------------------------------------- territory


def test_globally_is_global_as_the_text_says():
    """The text's own word: "globally" and "global rights" are "global", "worldwide" stays."""
    deal = only_deal(
        DATELINE + "Velden Bio entered into an exclusive licence agreement with Ardent Labs for "
        "the development and commercialisation of VB-12 globally.\n"
    )
    assert deal["territory"] == "global"
    deal = only_deal(
        DATELINE + "Velden Bio acquired exclusive worldwide rights to VB-12 from Ardent Labs.\n"
    )
    assert deal["territory"] == "worldwide"


def test_a_global_licence_with_its_kinds_of_right_between_is_global():
    deal = only_deal(
        DATELINE + "Kelso Bio signed a global development and commercialization license "
        "agreement with Thornbury plc for KB-8.\n"
    )
    assert deal["territory"] == "global"


def test_all_territories_but_a_place_is_worldwide_but_that_place():
    """ "in all territories, excluding China": keys write the rest of the world as "worldwide"
    and keep the text's word that leaves the place out."""
    deal = only_deal(
        DATELINE + "Suzhou Hengrui Bio signed an exclusive license agreement with Northwind "
        "Pharma for JB-9. The deal grants Northwind development rights to JB-9 in all "
        "territories, excluding China.\n"
    )
    assert deal["territory"] == "worldwide excluding China"


def test_the_place_a_grant_leaves_out_wins_over_the_places_the_licensor_keeps():
    deal = only_deal(
        DATELINE + "Suzhou Hengrui Bio granted Northwind Pharma an exclusive license to develop "
        "and sell JB-9 outside Greater China. Hengrui retains all rights in mainland China, "
        "Hong Kong, Macau and Taiwan.\n"
    )
    assert deal["territory"] == "worldwide outside Greater China"


def test_except_in_a_place_leaves_that_place_out():
    deal = only_deal(
        DATELINE + "Hanaoka Pharmaceutical granted Velden Bio the exclusive right to develop "
        "and market HK-4 globally, except in Japan and Korea.\n"
    )
    assert deal["territory"] == "globally, except in Japan and Korea"


def test_where_a_product_won_approval_is_no_territory():
    deal = only_deal(
        DATELINE + "Kelso Bio signed a license agreement with Thornbury plc for KB-8, after "
        "receiving approval in Canada and Mexico last year.\n"
    )
    assert deal["territory"] is None


# ---------------------------------------------------------------- dates


def test_a_sentence_dating_the_agreement_after_its_telling_gives_the_signing_date():
    deal = only_deal(
        DATELINE + "Harlow Bio entered into a license agreement with Quenby Therapeutics for "
        "HB-7. The agreement was signed on May 28, 2026.\n"
    )
    assert deal["signed_on"] == "2026-05-28"
    assert deal["announced_on"] == "2026-06-02"
    deal = only_deal(
        DATELINE + "Veltra AG has licensed SR-3 to Sorin Bio. Sorin gains rights in Europe. "
        "The definitive license agreement was executed on May 30, 2026.\n"
    )
    assert deal["signed_on"] == "2026-05-30"


def test_a_date_of_something_else_after_the_telling_is_no_signing_date():
    deal = only_deal(
        DATELINE + "Harlow Bio entered into a license agreement with Quenby Therapeutics for "
        "HB-7. Quenby signed a lease for its new site on May 28, 2026.\n"
    )
    assert deal["signed_on"] is None


# ---------------------------------------------------------------- quote


def test_the_quote_reaches_the_last_near_sentence_that_prices_a_term():
    deal = only_deal(
        DATELINE + "Harlow Bio has licensed HB-330 to Quenby Therapeutics. Quenby will make an "
        "upfront payment of $40 million. Harlow is also eligible to receive up to $500 million "
        "in milestone payments.\n"
    )
    assert "$40 million" in deal["quote"]
    assert "$500 million" in deal["quote"]


def test_a_term_sentence_out_of_reach_leaves_the_quote_at_the_nearer_one():
    deal = only_deal(
        DATELINE + "Harlow Bio has licensed HB-330 to Quenby Therapeutics. Quenby will make an "
        "upfront payment of $40 million. HB-330 is in Phase 2. It targets a kinase. It is given "
        "orally. It was discovered in 2019. Harlow is also eligible to receive up to $500 "
        "million in milestone payments.\n"
    )
    assert "$40 million" in deal["quote"]
    assert "$500 million" not in deal["quote"]
    assert deal["terms"]["milestones"] == money(500_000_000)


def test_a_news_item_reporting_what_a_company_said_on_a_weekday_announces_the_deal():
    deal = only_deal(
        DATELINE + "Harlow Bio said on Tuesday it had licensed HB-7 to Quenby Therapeutics in a "
        "deal worth up to $700 million.\n"
    )
    assert deal["announced_on"] == "2026-06-02"
    assert deal["terms"]["total_value"] == money(700_000_000)


def test_a_figure_of_the_accounts_beside_the_deal_is_no_term():
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-7 to Quenby Therapeutics. Total revenue for the first "
        "quarter was $64.2 million, helped by the upfront payment from Quenby.\n"
    )
    assert deal["terms"] is None or deal["terms"]["total_value"] is None
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-7 to Quenby Therapeutics for an upfront payment of $9 "
        "million. Harlow's total cash and cash equivalents at year end amounted to $310 million.\n"
    )
    assert deal["terms"]["upfront"] == money(9_000_000)
    assert deal["terms"]["total_value"] is None


def test_sales_milestones_that_total_an_amount_are_still_milestones():
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-7 to Quenby Therapeutics. The sales-based milestones "
        "totaled $300 million.\n"
    )
    assert deal["terms"]["milestones"] == money(300_000_000)


def test_a_deck_line_wrapped_inside_a_terms_phrase_is_read_as_one_line():
    deal = only_deal(
        "Harlow Bio and Quenby Therapeutics Enter License Agreement for HB-7\n\n"
        "-Harlow to Receive an Upfront Payment of $9 Million, Additional Potential Milestone\n"
        "Payments of up to $61 Million-\n\n"
        "LEEDS, June 2, 2026 /PRNewswire/ -- Harlow Bio announced today that it has entered into "
        "an exclusive license agreement with Quenby Therapeutics for HB-7.\n"
    )
    assert deal["terms"]["upfront"] == money(9_000_000)
    assert deal["terms"]["milestones"] == money(61_000_000)


def test_a_percentage_of_revenue_in_a_title_case_deck_is_a_royalty():
    deal = only_deal(
        "Harlow Bio and Quenby Therapeutics Enter License Agreement for HB-7\n\n"
        "-Harlow to Receive an Upfront Payment of $9 Million and a Double-Digit Percentage of "
        "Revenue-\n\n"
        "LEEDS, June 2, 2026 /PRNewswire/ -- Harlow Bio announced today that it has entered into "
        "an exclusive license agreement with Quenby Therapeutics for HB-7.\n"
    )
    assert deal["terms"]["royalties_disclosed"] is True


def test_a_licensor_retaining_a_places_rights_leaves_the_licensee_the_rest():
    deal = only_deal(
        DATELINE + "Brindle Pharma retains U.S. rights to BX-7 and granted Corvane Bio an "
        "exclusive license to BX-7 in the rest of the world.\n"
    )
    assert deal["territory"] == "worldwide outside U.S."
    deal = only_deal(
        DATELINE + "Hanaoka Pharmaceutical licensed HK-4 to Velden Bio, retaining its Japan "
        "commercial rights.\n"
    )
    assert deal["territory"] == "worldwide outside Japan"


def test_where_a_trial_runs_is_no_territory():
    deal = only_deal(
        DATELINE + "Kelso Bio signed a license agreement with Thornbury plc for KB-8, which is "
        "advancing with approvals for further trials in Australia.\n"
    )
    assert deal["territory"] is None


def test_a_received_payment_named_as_the_upfront_is_the_upfront():
    deal = only_deal(
        DATELINE + "Hanaoka Pharmaceutical licensed HK-4 to Velden Bio in 2021. Hanaoka received "
        "an upfront payment of $60 million from Velden.\n"
    )
    assert deal["terms"]["upfront"] == money(60_000_000)


def test_milestones_already_received_are_no_term():
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-7 to Quenby Therapeutics for $10 million upfront. "
        "Under the licence, Harlow has also received $30 million in milestone payments.\n"
    )
    assert deal["terms"]["upfront"] == money(10_000_000)
    assert deal["terms"]["total_value"] is None
    assert deal["terms"]["milestones"] is None


def test_total_milestones_that_could_reach_an_amount_are_the_milestones():
    deal = only_deal(
        DATELINE + "Daehan Pharm signed a license agreement with Seoyun Bio for DH-22. The upfront "
        "payment amounts to 10 billion won, and total milestones could reach 300 billion won.\n"
    )
    assert deal["terms"]["upfront"] == money(10_000_000_000, "KRW")
    assert deal["terms"]["milestones"] == money(300_000_000_000, "KRW")
    assert deal["terms"]["total_value"] is None


def test_the_payments_priced_after_a_sentence_naming_milestones_are_the_milestones():
    deal = only_deal(
        DATELINE + "Daehan Pharm signed a technology transfer agreement with Seoyun Bio. Seoyun "
        "will make milestone payments upon reaching clinical and sales goals. The payments could "
        "reach up to 700 billion won.\n"
    )
    assert deal["terms"]["milestones"] == money(700_000_000_000, "KRW")


def test_the_payments_after_a_sentence_without_milestones_are_no_milestones():
    deal = only_deal(
        DATELINE + "Daehan Pharm signed a technology transfer agreement with Seoyun Bio. Seoyun "
        "will pay in two tranches. The payments could reach up to 700 billion won.\n"
    )
    assert deal["terms"] is None or deal["terms"]["milestones"] is None


def test_a_licence_with_a_potential_value_is_priced_by_it():
    deal = only_deal(
        DATELINE + "Harlow Bio and Quenby Therapeutics entered into a license agreement for HB-7 "
        "with a potential value of over $1 billion.\n"
    )
    assert deal["terms"]["total_value"] == money(1_000_000_000)


def test_an_amount_paid_at_signing_in_its_own_sentence_is_the_upfront():
    deal = only_deal(
        DATELINE + "Harlow Bio licensed HB-7 to Quenby Therapeutics. Quenby pays $10 million at "
        "signing and $15 million on the first anniversary.\n"
    )
    assert deal["terms"]["upfront"] == money(10_000_000)


def test_cash_qualifying_the_previous_amount_does_not_void_the_next():
    deal = only_deal(
        DATELINE + "Quenby Therapeutics agreed to acquire Harlow Bio for up to $1.5 billion, "
        "comprising $1.1 billion in cash at closing and up to $400 million in milestone "
        "payments.\n"
    )
    assert deal["terms"]["total_value"] == money(1_500_000_000)
    assert deal["terms"]["upfront"] == money(1_100_000_000)
    assert deal["terms"]["milestones"] == money(400_000_000)


def test_a_potential_value_of_one_part_is_not_the_total():
    deal = only_deal(
        DATELINE + "Harlow Bio received a payment under its global licensing agreement with "
        "Quenby Therapeutics, which carries a potential value of up to $30 million in equity "
        "consideration, $3 million in cash payments, plus up to $60 million in royalties - a "
        "total potential value of up to $93 million.\n"
    )
    assert deal["terms"]["total_value"] == money(93_000_000)
