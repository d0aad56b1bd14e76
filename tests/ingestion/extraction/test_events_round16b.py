"""Events and their neighbours, round 16b: mechanisms a tester's invented inputs showed, told
here in invented wordings, two per kind. One named investor's purchase of a company's shares is
its equity_investment deal and no financing event (a round with several investors still is);
an offering's first trading day told with the shares first ("Trading of the shares ... is
expected to commence on ...") is a listing dated that day (never new placing shares); a news
item's regulatory decision names its product in the next sentence ("The committee's positive
opinion covers X", where "sold in the United States as Y" is a market, no regulator, and Y the
product's brand); and a
relative clause tells a target ("an antibody that targets the PD-L1 protein"), never a market's
or a disease's name. Every company, person and product name here is invented."""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.deals.model import FoundDeal
from apps.ingestion.extraction.drugs import targets_in
from apps.ingestion.extraction.events import single_investor_tellings
from apps.ingestion.extraction.text import Sentence

from .designation_helpers import designation_tuples
from .drug_helpers import release as drug_release


def result(body: str, title: str = "Company Update", dateline: str = "BOSTON") -> dict:
    return extract(f"{title}\n\n{dateline}, March 3, 2025 -- {body}")


def events(found: dict) -> list[tuple]:
    return sorted((e["company"], e["type"], e["date"]) for e in found["events"])


def deals(found: dict) -> list[tuple]:
    return [
        (d["type"], sorted((p["company"], p["role"]) for p in d["parties"])) for d in found["deals"]
    ]


# One named investor's equity investment: a deal, no financing

QUELLOR_DEAL = [
    (
        "equity_investment",
        [("Quellor Pharma AG", "investor"), ("Tamsford Bio, Inc.", "investee")],
    )
]


def test_a_strategic_investors_equity_investment_is_no_financing_event():
    found = result(
        "Tamsford Bio, Inc. (Nasdaq: TMSF) today announced that Quellor Pharma AG has made a $40 "
        "million equity investment in Tamsford through a private placement of common stock.",
        title="Quellor Pharma invests in Tamsford",
    )
    assert deals(found) == QUELLOR_DEAL
    assert events(found) == []


def test_one_investor_buying_shares_in_a_private_placement_is_no_financing_event():
    found = result(
        "Tamsford Bio, Inc. (Nasdaq: TMSF) today announced that Quellor Pharma AG has agreed to "
        "purchase $40 million of Tamsford common stock in a private placement at $9.50 per share."
        " The private placement is expected to close on March 6, 2025.",
        title="Tamsford announces strategic investment",
    )
    assert deals(found) == QUELLOR_DEAL
    assert events(found) == []


def test_a_round_with_several_investors_told_beside_it_stays_a_financing():
    found = result(
        "Tamsford Bio, Inc. (Nasdaq: TMSF) today announced that Quellor Pharma AG has agreed to "
        "purchase $40 million of Tamsford common stock in a private placement at $9.50 per share."
        "\n\nSeparately, Tamsford closed a $60 million Series C financing led by Arvane Capital "
        "with participation from Northgate Ventures.",
        title="Tamsford announces strategic investment",
    )
    assert deals(found) == QUELLOR_DEAL
    assert events(found) == [("Tamsford Bio, Inc.", "financing", None)]


def test_only_an_equity_deal_with_one_investor_silences_its_sentences():
    told = Sentence("X sold shares to Y and Z.", 40, 65, "body", False)
    investee, first, second = object(), object(), object()

    def deal(kind: str, *investors) -> FoundDeal:
        roles = {id(investee): "investee", **{id(i): "investor" for i in investors}}
        return FoundDeal(
            kinds=[], parties=[investee, *investors], type=kind, roles=roles, sentences=[told]
        )

    assert single_investor_tellings([deal("equity_investment", first)]) == {40}
    assert single_investor_tellings([deal("equity_investment", first, second)]) == set()
    assert single_investor_tellings([deal("license", first)]) == set()


# An offering's first trading day, told with the shares first


def test_trading_of_the_shares_expected_to_commence_is_a_dated_listing():
    found = result(
        'Brenwick Therapeutics Co., Ltd. ("Brenwick", HKEX: 3321) today announced the pricing of '
        "its global offering at HK$12.50 per share, raising gross proceeds of HK$620 million. "
        "Trading of the shares on the Main Board of the Stock Exchange is expected to commence on "
        "March 7, 2025.",
        title="Brenwick Therapeutics Announces Offer Price",
        dateline="HONG KONG",
    )
    assert events(found) == [
        ("Brenwick Therapeutics Co., Ltd.", "financing", None),
        ("Brenwick Therapeutics Co., Ltd.", "listing", "2025-03-07"),
    ]


def test_dealings_in_the_h_shares_told_to_commence_is_a_dated_listing():
    found = result(
        "Orlanda Biopharma Limited today announced the final offer price of its global offering "
        "at HK$8.20 per H share, raising gross proceeds of approximately HK$410 million. Dealings "
        "in the H Shares on the Stock Exchange are expected to commence at 9:00 a.m. on Monday, "
        "March 10, 2025.",
        title="Orlanda Biopharma Announces Allotment Results",
        dateline="HONG KONG",
    )
    assert events(found) == [
        ("Orlanda Biopharma Limited", "financing", None),
        ("Orlanda Biopharma Limited", "listing", "2025-03-10"),
    ]


def test_the_trading_start_dates_an_ipo_told_undated_before_it():
    found = result(
        "Calverin Bio, Inc. today announced the pricing of its initial public offering of "
        "10,000,000 American Depositary Shares at $16.00 per ADS, for gross proceeds of $160 "
        "million. Trading in the ADSs is expected to begin on the Nasdaq Global Market on March "
        "5, 2025.",
        title="Calverin Bio Announces Pricing of Initial Public Offering",
        dateline="SAN DIEGO",
    )
    assert events(found) == [
        ("Calverin Bio, Inc.", "financing", None),
        ("Calverin Bio, Inc.", "listing", "2025-03-05"),
    ]


def test_dealings_in_a_placings_new_shares_are_no_listing():
    for shares in ("the new shares", "the Placing Shares"):
        found = result(
            "Calverin Bio plc today announced that it has raised £12 million in a placing. "
            f"Dealings in {shares} are expected to commence on AIM on March 6, 2025.",
            title="Calverin Bio completes placing",
            dateline="LONDON",
        )
        assert events(found) == [("Calverin Bio plc", "financing", None)]


# A news item's decision that names its product in the next sentence


def drug_aliases(text: str) -> list[tuple]:
    return [(d["name"], d["aliases"]) for d in extract(text)["drugs"]]


def test_a_committee_opinion_covers_the_product_named_in_the_next_sentence():
    text = (
        "EU panel backs Ferlane's lupus drug\n\nAmsterdam, Oct 17 2025 - The European Medicines "
        "Agency's human medicines committee on Friday recommended approval of Ferlane "
        "Biologics' lupus treatment, bringing it closer to the European market.\n\nThe "
        "committee's positive opinion covers tarnelovab, sold in the United States as Lupexa, "
        "for adults with active systemic lupus erythematosus."
    )
    assert designation_tuples(text) == [("tarnelovab", "EMA", "approval", "recommended")]
    assert drug_aliases(text) == [("tarnelovab", ["Lupexa"])]


def test_an_approval_that_applies_to_the_product_named_next_keeps_its_agency():
    text = (
        "US FDA approves Hartwell's migraine drug\n\nJune 18 (Reuters) - The U.S. Food and Drug "
        "Administration on Tuesday approved Hartwell Bio's migraine treatment, the company "
        "said.\n\nThe approval applies to tirzolant, marketed in Canada under the name Migrelo, "
        "for adults with chronic migraine."
    )
    assert designation_tuples(text) == [("tirzolant", "FDA", "approval", "granted")]
    assert drug_aliases(text) == [("tirzolant", ["Migrelo"])]


def test_a_product_approved_and_marketed_in_countries_keeps_those_approvals():
    text = drug_release(
        "Glenmoor update",
        "Glenmoor Pharma said GM-310 has been approved and is marketed in Australia and the "
        "United Kingdom.",
    )
    assert sorted(d["agency"] for d in text["designations"]) == ["MHRA", "TGA"]


# A target told in a relative clause


def test_an_antibody_that_targets_a_protein_has_that_target():
    found = drug_release(
        "Korvale wins approval",
        "Korvale Therapeutics said the FDA approved Dermova for adults with Merkel cell "
        "carcinoma. Dermova is an antibody that targets the PD-L1 protein.",
    )
    assert [(d["name"], d["targets"]) for d in found["drugs"]] == [("Dermova", ["PD-L1"])]


def test_a_drug_which_selectively_targets_a_symbol_has_that_target():
    assert targets_in("is a bispecific antibody which selectively targets CD38 on cells") == [
        "CD38"
    ]
    assert targets_in("is an oral drug that targets HER2 and TROP2 in tumours") == ["HER2", "TROP2"]


def test_a_market_or_a_disease_after_targets_is_no_target():
    assert targets_in("a program that targets the China market") == []
    assert targets_in("a therapy which targets Alzheimer's disease") == []
    assert targets_in("a vaccine targeting Velmor disease in adults") == []
