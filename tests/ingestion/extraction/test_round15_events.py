"""Events, round 15: mechanisms a breaker found on invented releases, told here in new invented
wordings, two per kind. A UK placing and a public grant sized in short form ("£7m") are
financings; a first listing told in the passive is a listing and a raise in any ISO currency a
financing; a committed investment to expand a site is a facility event; a round's running total
("bringing the total round to ...") is not the sum this raise brought. Every company, person and
product name here is invented."""

from apps.ingestion.extraction import extract


def events(text: str) -> list[tuple[str, str, dict | None]]:
    return [(e["company"], e["type"], e["amount"]) for e in extract(text)["events"]]


def release(body: str, title: str = "Company Update") -> str:
    return f"{title}\n\nLEEDS, June 2, 2026 /PRNewswire/ -- {body}"


def money(amount: int, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


# A UK placing sized before it is a financing


def test_a_sized_placing_and_open_offer_completed_is_a_financing():
    text = release(
        "Marrowfen Therapeutics plc today announced that it has completed a £27m placing and "
        "open offer with new and existing shareholders."
    )
    assert events(text) == [("Marrowfen Therapeutics plc", "financing", money(27000000, "GBP"))]


def test_a_placing_in_a_currency_code_is_a_financing():
    text = release(
        "Dunholt Biologics plc (AIM: DNH) announced a conditional GBP 9.5 million placing "
        "with specialist healthcare investors."
    )
    assert events(text) == [("Dunholt Biologics plc", "financing", money(9500000, "GBP"))]


# A first listing told in the passive; the offering's raise in any ISO currency


def test_shares_listed_today_in_the_passive_are_a_listing():
    text = release(
        "Sorayuki Pharma K.K. announced that its shares were listed today on the Standard "
        "Market of the Nagoya Stock Exchange."
    )
    assert [e[1] for e in events(text)] == ["listing"]


def test_the_offering_raise_in_yen_is_a_financing_beside_the_listing():
    text = release(
        "The ordinary shares of Hanabira Therapeutics K.K. have been officially listed on the "
        "Growth Market of the Sapporo Exchange. Hanabira raised JPY 2.7 billion through the "
        "offering."
    )
    assert sorted((e[1], e[2]) for e in events(text)) == [
        ("financing", money(2700000000, "JPY")),
        ("listing", None),
    ]


# A committed investment to expand or build a site is a facility event with its cost


def test_an_investment_to_expand_a_plant_is_a_facility_event():
    text = release(
        "Quenlow Biologics AG today announced a CHF 120 million investment to expand its "
        "manufacturing facility in Basel."
    )
    assert events(text) == [("Quenlow Biologics AG", "facility", money(120000000, "CHF"))]


def test_investing_to_build_a_new_site_is_a_facility_event():
    text = release(
        "Ardenvale Cell Therapies Inc. is investing $65 million to build a new cell therapy "
        "production site in Ohio, the company said."
    )
    assert events(text) == [("Ardenvale Cell Therapies Inc.", "facility", money(65000000, "USD"))]


def test_an_investment_the_company_will_make_stays_a_plan():
    text = release(
        "Quenlow Biologics AG said it will make a EUR 90 million investment to expand its "
        "production plant in Ghent."
    )
    assert events(text) == []


# A round's running total is not the sum this raise brought


def test_an_extension_bringing_the_total_round_keeps_the_extension_sum():
    text = release(
        "Brisolt Bio GmbH today announced the closing of a EUR 15m extension, bringing the "
        "total round to EUR 52m."
    )
    assert events(text) == [("Brisolt Bio GmbH", "financing", money(15000000, "EUR"))]


def test_a_series_extension_taking_its_total_keeps_the_extension_sum():
    text = release(
        "Corventa Labs, Inc. announced a $12 million Series B extension, taking the Series B "
        "total to $47 million."
    )
    assert events(text) == [("Corventa Labs, Inc.", "financing", money(12000000, "USD"))]


# A public grant sized in short form is a financing (dev2 convention: a public award is one)


def test_a_grant_in_short_form_from_a_public_agency_is_a_financing():
    text = release(
        "Pellucor Ltd today announced it has received a £3.2m grant from a national innovation "
        "agency to develop its wearable sensor."
    )
    assert events(text) == [("Pellucor Ltd", "financing", money(3200000, "GBP"))]


def test_a_grant_in_short_euro_form_is_a_financing():
    text = release(
        "Veltrane Diagnostics B.V. has secured a €1.8m innovation grant from the regional "
        "development fund."
    )
    assert events(text) == [("Veltrane Diagnostics B.V.", "financing", money(1800000, "EUR"))]


def test_an_investment_to_expand_a_pipeline_is_no_facility_event():
    text = release(
        "Ardenvale Cell Therapies Inc. closed a $40 million Series B investment to expand its "
        "pipeline of engineered T cells, developed at its research centre in Ohio."
    )
    assert [e[1] for e in events(text)] == ["financing"]


def test_a_raised_lab_value_is_no_financing():
    text = release(
        "In the Phase 1 study of KV-210, two participants had raised ALT 3 times the upper "
        "limit of normal; Korvane Bio, Inc. said both recovered."
    )
    assert [e[1] for e in events(text) if e[1] == "financing"] == []


# A site taken on lease is a facility event


def test_a_signed_lease_for_laboratory_space_is_a_facility_event():
    text = release(
        "Tessaly Cell Works, Inc. has signed a long-term lease for 64,000 square feet of "
        "laboratory and office space in Utrecht."
    )
    assert [e[1] for e in events(text)] == ["facility"]


def test_a_lease_agreement_for_a_plant_is_a_facility_event():
    text = release(
        "Moravine Biotech Ltd entered into a ten-year lease agreement for a new fill-finish "
        "plant near Cork, the company said on Monday."
    )
    assert [e[1] for e in events(text)] == ["facility"]
