"""Money phrases in release text (invented amounts and wording)."""

from apps.ingestion.extraction.money import Money, find_money, milestone_total


def amounts(text: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in find_money(text)]


def test_prefixed_and_suffixed_currencies_give_full_amounts_and_iso_codes():
    assert amounts("an upfront payment of RMB 80 million and US$1.2 billion") == [
        (80_000_000, "CNY"),
        (1_200_000_000, "USD"),
    ]
    assert amounts("€50m upfront, then 850 million yuan, then HK$3.5bn") == [
        (50_000_000, "EUR"),
        (850_000_000, "CNY"),
        (3_500_000_000, "HKD"),
    ]


def test_per_share_prices_and_bare_numbers_are_not_amounts():
    assert amounts(
        "$12.50 per share in cash for 3,000 patients, or approximately $1.1 billion"
    ) == [(1_100_000_000, "USD")]


def test_offsets_point_into_the_document():
    found = find_money("Fee: $5 million.", offset=100)
    assert (found[0].start, found[0].end) == (105, 115)


def test_milestones_in_one_currency_are_summed_and_others_left_out():
    total = milestone_total(
        [Money(0, 5, 200e6, "CNY"), Money(10, 15, 300e6, "CNY"), Money(20, 25, 9e6, "USD")]
    )
    assert total.as_json() == {"amount": 500_000_000, "currency": "CNY"}


def test_headline_capitalised_scales_are_read():
    assert amounts("to Acquire Royalty for $125 Million and 2 Billion yuan") == [
        (125_000_000, "USD"),
        (2_000_000_000, "CNY"),
    ]


def test_a_bare_dollar_is_usd_unless_the_release_states_another_dollar():
    from apps.ingestion.extraction.money import dollar_currency

    assert dollar_currency("Revenue was $5 million.") == "USD"
    canadian = "All amounts are expressed in Canadian dollars unless otherwise stated."
    assert dollar_currency(canadian) == "CAD"
    assert [m.currency for m in find_money("$5 million and US$2 million", 0, "CAD")] == [
        "CAD",
        "USD",
    ]
