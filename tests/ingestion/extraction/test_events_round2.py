"""Events on unseen wordings (round 2): IPO abbreviations, debuts, price ranges.

Every company, meeting and product name here is invented.
"""

from apps.ingestion.extraction import extract

from .event_helpers import events


def release(body: str, headline: str = "Marvello update") -> str:
    return f"{headline}\n\nOSLO, March 3, 2025 /PRNewswire/ -- {body}\n"


def test_an_ipo_told_by_its_abbreviation_is_a_financing_and_a_listing():
    found = events(
        release(
            "Marvello Biotherapeutics, a developer of kidney drugs, sold 60 million new shares in "
            "an IPO priced at the top of a $14 to $16 range."
        )
    )
    assert {"financing", "listing"} <= set(found)
    assert found["financing"].amount is None  # the bounds of a price range raise nothing


def test_shares_trading_below_their_ipo_price_tell_no_ipo():
    found = events(
        release("Several peers of Marvello Biotherapeutics now trade below their IPO prices.")
    )
    assert "financing" not in found and "listing" not in found


def test_a_rise_on_a_trading_debut_is_a_listing_dated_by_that_sentence():
    found = events(
        release(
            "Marvello Biotherapeutics priced its initial public offering on February 25, 2025. "
            "Marvello Biotherapeutics shares jumped 15% on February 27, 2025, in their Oslo debut."
        )
    )
    assert found["listing"].date == "2025-02-27"


def test_the_debut_of_a_product_is_no_listing():
    found = events(
        release(
            "The kidney assay of Marvello Biotherapeutics drew crowds on its debut at the Nordic "
            "Lab Fair."
        )
    )
    assert "listing" not in found


def test_filed_ipo_papers_are_no_offering_yet():
    found = events(release("Marvello Biotherapeutics filed its IPO papers with the Oslo exchange."))
    assert "financing" not in found and "listing" not in found


def test_what_the_money_raised_will_pay_for_leaves_the_raise_done():
    found = events(
        release(
            "Marvello Biotherapeutics raised about €3.2 million, which will fund the expansion of "
            "its sales team in Germany."
        )
    )
    assert found["financing"].amount == {"amount": 3200000, "currency": "EUR"}


def test_a_raise_still_to_come_stays_a_plan():
    found = events(
        release("Marvello Biotherapeutics will raise about €3.2 million to fund its sales team.")
    )
    assert "financing" not in found


def test_results_with_a_use_clause_still_expected_stay_a_plan():
    found = events(
        release(
            "Topline data from the Phase 2 trial, which will support a filing, are expected by "
            "Marvello Biotherapeutics in mid-2026."
        )
    )
    assert "clinical_milestone" not in found


def test_the_date_of_a_cash_balance_does_not_date_the_raise_beside_it():
    found = events(
        release(
            "Marvello Biotherapeutics held cash of $8.4 million as of December 31, 2024, plus "
            "$2.5 million raised on February 12, 2025."
        )
    )
    assert found["financing"].date == "2025-02-12"


def test_helpers_listed_in_an_opening_phrase_do_not_own_the_trial_step():
    result = extract(
        release(
            "Zentor Bio Inc. today announced progress with ZT-4. Conducted in collaboration with "
            "Aldra Labs Inc., Brevon Pharma Ltd., and Calix Research Inc., the Phase 2 trial of "
            "ZT-4 met its primary endpoint.",
            "Zentor Bio reports Phase 2 results",
        )
    )
    owners = {e["company"] for e in result["events"] if e["type"] == "clinical_milestone"}
    assert owners == {"Zentor Bio Inc."}


def test_a_raise_named_only_as_something_avoided_is_no_financing():
    found = events(
        release(
            "Royalty income lets Marvello Biotherapeutics fund its pipeline and reduce the need "
            "for dilutive fundraising."
        )
    )
    assert "financing" not in found


def test_a_raise_done_without_an_agent_is_still_a_financing():
    found = events(
        release("Marvello Biotherapeutics completed a private placement without an agent.")
    )
    assert "financing" in found


def test_an_appointment_effective_on_a_later_day_is_news_dated_by_that_day():
    found = events(
        release(
            "Marvello Biotherapeutics announces the appointment of Jane Okafor as Chief Medical "
            "Officer, effective April 1, 2025."
        )
    )
    assert found["leadership"].date == "2025-04-01"


def test_a_search_for_a_new_chief_still_to_come_stays_a_plan():
    found = events(
        release(
            "Marvello Biotherapeutics expects to appoint a new Chief Executive Officer in "
            "April 2025."
        )
    )
    assert "leadership" not in found


def test_capital_a_company_deployed_is_no_financing():
    found = events(
        release(
            "Marvello Royalty Trust had a strong year, deploying $1.2 billion of capital on new "
            "royalties."
        )
    )
    assert "financing" not in found


def test_capital_raised_in_new_funding_is_still_a_financing():
    found = events(
        release("Marvello Biotherapeutics closed the year with $40 million in new funding.")
    )
    assert "financing" in found


def test_a_running_total_is_not_the_sum_of_the_raise():
    found = events(
        release(
            "Marvello Biotherapeutics closed a Series B financing, bringing its total funding to "
            "date to $95 million."
        )
    )
    assert found["financing"].amount is None


def test_a_raise_of_a_total_sum_keeps_that_sum():
    found = events(
        release("Marvello Biotherapeutics raised a total of $50 million in its Series B financing.")
    )
    assert found["financing"].amount == {"amount": 50000000, "currency": "USD"}


def test_new_shares_bought_by_an_investor_group_are_the_company_s_financing():
    result = extract(
        release(
            "Marvello Biotherapeutics Inc. today gave a business update. An investor group led by "
            "Harrowgate Capital LLC completed a purchase of newly issued common stock with a "
            "two-year lockup.",
            "Marvello Biotherapeutics gives business update",
        )
    )
    owners = {e["company"] for e in result["events"] if e["type"] == "financing"}
    assert owners == {"Marvello Biotherapeutics Inc."}


def test_a_repurchase_of_common_stock_is_no_financing():
    found = events(
        release("Marvello Biotherapeutics completed the repurchase of 2 million common shares.")
    )
    assert "financing" not in found
