"""Wording found by the lead's probes after the round-10 helpers (round 10, lead): share
purchases are stakes, not takeovers; the progressive of co-development; leadership changes told
as succession, hiring or a new leader tapped.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Company news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e["company"], e["type"]) for e in extract(DATELINE + text)["events"]]


# ---------------------------------------------------------------- share purchases


def test_buying_newly_issued_shares_of_a_company_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Quarry Bio agreed to purchase 4 million newly issued shares of Tolland "
        "Therapeutics, Inc. for $18 million.\n"
    )
    assert deal["type"] == "equity_investment"
    assert roles(deal) == {"Quarry Bio": "investor", "Tolland Therapeutics, Inc.": "investee"}


def test_buying_an_amount_of_a_companys_common_stock_is_an_equity_investment():
    deal = only_deal(
        DATELINE + "Quarry Bio will buy $40 million of Tolland Therapeutics, Inc. common stock "
        "at $6.50 per share.\n"
    )
    assert deal["type"] == "equity_investment"


def test_buying_all_outstanding_shares_stays_an_acquisition():
    deal = only_deal(
        DATELINE + "Quarry Bio will buy all outstanding shares of Tolland Therapeutics, Inc. "
        "for $12.00 per share in cash.\n"
    )
    assert deal["type"] == "acquisition"


# ---------------------------------------------------------------- co-development


def test_two_companies_co_developing_a_product_is_a_co_development_deal():
    deal = only_deal(
        DATELINE + "Quarry Bio and Tolland Therapeutics, Inc. are co-developing QB-12 for "
        "psoriasis.\n"
    )
    assert deal["type"] == "co_development"
    assert set(roles(deal)) == {"Quarry Bio", "Tolland Therapeutics, Inc."}


# ---------------------------------------------------------------- leadership


def test_a_successor_named_is_a_leadership_change():
    assert events_of(
        "Tolland Therapeutics, Inc. said Mara Quist will succeed Olof Brand as chief executive "
        "on April 1.\n"
    ) == [("Tolland Therapeutics, Inc.", "leadership")]


def test_a_new_leader_tapped_is_a_leadership_change():
    assert events_of(
        "Swedish biotech Tolland Therapeutics, Inc. announced Wednesday that it has tapped Mara "
        "Quist to be its next chief executive.\n"
    ) == [("Tolland Therapeutics, Inc.", "leadership")]


def test_a_person_replacing_the_current_chief_executive_is_a_leadership_change():
    assert events_of(
        "Tolland Therapeutics, Inc. has appointed a new head: Mara Quist replaces current CEO "
        "Olof Brand, who retires after 15 years.\n"
    ) == [("Tolland Therapeutics, Inc.", "leadership")]


# ---------------------------------------------------------------- partners named in passing


def recaps(text: str) -> list[tuple[str, dict, str | None]]:
    return [(d["type"], roles(d), d["announced_on"]) for d in extract(DATELINE + text)["deals"]]


def test_its_partner_named_in_passing_is_a_recapped_collaboration():
    assert recaps(
        "Tolland Therapeutics, Inc. today announced that its partner Quarry Bio started a "
        "Phase 2 study of TT-7 in Korea.\n"
    ) == [
        (
            "collaboration",
            {"Tolland Therapeutics, Inc.": "partner", "Quarry Bio": "partner"},
            None,
        )
    ]


def test_a_partner_told_by_an_appositive_is_a_recapped_collaboration():
    assert recaps(
        "Tolland Therapeutics, Inc. posted sales of $8 million. Quarry Bio, Tolland's partner "
        "in Brazil, launched TT-7 there in May.\n"
    ) == [
        (
            "collaboration",
            {"Tolland Therapeutics, Inc.": "partner", "Quarry Bio": "partner"},
            None,
        )
    ]


def test_a_licensee_named_in_passing_is_a_recapped_licence():
    assert recaps(
        "Tolland Therapeutics, Inc. posted sales of $8 million. Quarry Bio, its licensee in "
        "Brazil, filed for approval of TT-7.\n"
    ) == [("license", {"Tolland Therapeutics, Inc.": "licensor", "Quarry Bio": "licensee"}, None)]


def test_developing_a_product_in_collaboration_with_a_company_is_a_recapped_collaboration():
    assert recaps(
        "Tolland Therapeutics, Inc. posted sales of $8 million. Tolland is developing TT-7 in "
        "collaboration with Quarry Bio.\n"
    ) == [
        (
            "collaboration",
            {"Tolland Therapeutics, Inc.": "partner", "Quarry Bio": "partner"},
            None,
        )
    ]


def test_partners_thanked_or_a_partner_that_is_no_known_company_make_no_deal():
    assert recaps("Tolland Therapeutics, Inc. thanked its partners and its investors.\n") == []
    assert (
        recaps(
            "Tolland Therapeutics, Inc. will present data. Its partner, the Clinic of Varn, ran "
            "the study.\n"
        )
        == []
    )


def test_a_partner_recap_never_replaces_the_deal_a_sentence_tells():
    """The agreement told later keeps its own type; the passing mention adds nothing."""
    deals = extract(
        DATELINE + "Tolland Therapeutics, Inc. said its partner Quarry Bio is ready. Tolland "
        "has granted Quarry Bio an exclusive license to TT-7 in Brazil.\n"
    )["deals"]
    assert [(d["type"], d["rule"]) for d in deals] == [("license", "deal.agreement")]


def test_a_chief_executive_planning_to_retire_is_a_leadership_change():
    assert events_of(
        "Tolland Therapeutics, Inc. said its chief executive Olof Brand plans to retire at the "
        "end of the year.\n"
    ) == [("Tolland Therapeutics, Inc.", "leadership")]


def test_a_hoped_for_appointment_is_no_leadership_change():
    assert (
        events_of(
            "Tolland Therapeutics, Inc. said it may appoint a new chief executive next year if "
            "the plan to retire goes ahead.\n"
        )
        == []
    )


def test_a_board_seat_is_the_boards_company_not_the_new_directors_employer():
    """ "Jane Roe of Y joined Z's board": the change is Z's."""
    events = events_of(
        "Tolland Therapeutics, Inc. closed a $40 million Series B round led by Harbor Ventures. "
        "In connection with the round, Ellen Marsh of Harbor Ventures joined Tolland's board of "
        "directors.\n"
    )
    assert ("Tolland Therapeutics, Inc.", "leadership") in events
    assert not any(company == "Harbor Ventures" for company, _ in events)


def test_a_persons_affiliation_is_not_the_company_that_appoints():
    assert events_of(
        "Mara Quist of Dunmore Pharma has been appointed chief financial officer of Tolland "
        "Therapeutics, Inc.\n"
    ) == [("Tolland Therapeutics, Inc.", "leadership")]


def test_a_post_held_before_names_no_company_of_the_change():
    assert events_of(
        "Tolland Therapeutics, Inc. said Mara Quist, formerly chief executive officer of Dunmore "
        "Pharma, has been appointed its president.\n"
    ) == [("Tolland Therapeutics, Inc.", "leadership")]


def test_a_person_of_another_company_joining_is_the_joined_companys_change():
    events = events_of(
        "Tolland Therapeutics, Inc. has grown its team. Mara Quist of Dunmore Pharma has joined "
        "as president.\n"
    )
    assert events == [("Tolland Therapeutics, Inc.", "leadership")]


# ---------------------------------------------------------------- breaker's round-10 cases


def test_an_owned_agreement_named_in_a_results_sentence_is_a_recapped_deal():
    deals = extract(
        DATELINE + "Tolland Therapeutics, Inc. reported revenue of $9.1 million, mostly from "
        "our licence agreement with Quarry Bio for TT-7 in Korea.\n"
    )["deals"]
    assert [(d["type"], set(roles(d)), d["announced_on"]) for d in deals] == [
        ("license", {"Tolland Therapeutics, Inc.", "Quarry Bio"}, None)
    ]


def drug_names(text: str) -> list[str]:
    return [d["name"] for d in extract(DATELINE + text)["drugs"]]


def test_a_trials_comparator_told_by_superiority_or_comparability_is_not_listed():
    assert "rivaroxaban" not in drug_names(
        "Tolland Therapeutics, Inc. said TT-7 showed non-inferiority to rivaroxaban in a "
        "Phase 3 trial in patients with venous thrombosis.\n"
    )
    assert "tralokinumab" not in drug_names(
        "Tolland Therapeutics, Inc. said TT-7 demonstrated superiority over tralokinumab in "
        "its Phase 3 eczema study.\n"
    )
    assert "tirzepatide" not in drug_names(
        "Tolland Therapeutics, Inc. said TT-7 achieved weight loss comparable to tirzepatide "
        "in a head-to-head trial in adults with obesity.\n"
    )


def test_agreements_for_loans_premises_or_employment_are_no_deals():
    for sentence in (
        "Tolland Therapeutics, Inc. entered into a loan and security agreement with Kestrel "
        "Capital LLC for term loans of up to $30 million.",
        "Tolland Therapeutics, Inc. signed a seven-year agreement with Brightwater Estates LLC "
        "for 40,000 square feet of laboratory space.",
        "Tolland Therapeutics, Inc. entered into an agreement with Mara Quist setting out the "
        "terms of her employment; she previously worked at Dunmore Pharma.",
    ):
        assert extract(DATELINE + sentence + "\n")["deals"] == [], sentence


def test_a_memorandum_of_understanding_to_explore_a_partnership_is_a_framework():
    deal = only_deal(
        DATELINE + "Tolland Therapeutics, Inc. and Quarry Bio signed a non-binding memorandum "
        "of understanding to explore a partnership on vaccines in Korea.\n"
    )
    assert deal["type"] == "framework"


def test_a_licence_told_in_an_about_section_on_a_product_keeps_its_direction():
    """ "About DRUG ... X in-licensed rights to DRUG from Y": Y is the licensor."""
    deals = extract(
        "Tolland doses first patient\n\nLEEDS, May 5, 2025 -- Tolland Therapeutics, Inc. today "
        "announced that the first patient has been dosed in its Phase 2 trial of TT-7.\n\n"
        "About TT-7\nTT-7 is an anti-BAFF antibody. Tolland in-licensed global rights to TT-7 "
        "from Seogang Pharm Co., Ltd. in 2022.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tolland Therapeutics, Inc.": "licensee", "Seogang Pharm Co., Ltd.": "licensor"}
    ]


def test_the_datelines_city_is_no_alias_of_a_company_named_after_it():
    companies = extract(
        "Qingtan Huaxin licenses QH-3\n\nQINGTAN, China, May 5, 2025 -- Qingtan Huaxin "
        "Pharmaceutical Co., Ltd. today announced an exclusive license agreement with Tolland "
        "Therapeutics, Inc. for QH-3 in Europe.\n"
    )["companies"]
    aliases = {a for c in companies for a in c["aliases"]}
    assert "QINGTAN" not in aliases
    assert "Qingtan Huaxin Pharmaceutical Co., Ltd." in {c["name"] for c in companies}


def test_a_name_opened_by_an_abbreviation_is_read_whole():
    """ "St. Varne's Hospital": "St" alone is no company."""
    deal = only_deal(
        DATELINE + "Tolland Therapeutics, Inc. signed an exclusive license agreement with St. "
        "Varne's Hospital for SV-2, a CAR-T therapy.\n"
    )
    assert roles(deal) == {
        "Tolland Therapeutics, Inc.": "licensee",
        "St. Varne's Hospital": "licensor",
    }
