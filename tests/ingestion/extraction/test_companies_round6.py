"""Round 6 company finding: subsidiaries the text states, owners named beside them (issue 8).

Every release here is invented; names are made up."""

from apps.ingestion.extraction.companies import find_companies
from apps.ingestion.extraction.text import analyse


def companies_of(text: str) -> dict[str, str | None]:
    """Company name -> its parent's name."""
    return {c.name: (c.parent.name if c.parent else None) for c in find_companies(analyse(text))}


def test_its_wholly_owned_subsidiary_with_the_lead_word_stays_a_company_of_its_own():
    text = (
        "Varnel Closes Private Placement\n\n"
        "Varnel (NASDAQ: VRNL), a biotechnology company, and its wholly owned subsidiary, "
        "Varnel Biocatalysis Inc., has closed a private placement.\n\n"
        "About Varnel Inc.\n\nVarnel Inc. develops enzymes. ZX-12 is a trademark of Varnel "
        "Biocatalysis."
    )
    found = companies_of(text)
    assert found["Varnel Biocatalysis Inc."] == "Varnel Inc."
    assert "Varnel Inc." in found and found["Varnel Inc."] is None


def test_the_companys_subsidiary_after_a_name_is_a_subsidiary_of_the_paragraphs_company():
    text = (
        "Orlinde Pharmaceuticals Holding Corp. to Present at a Meeting\n\n"
        "Orlinde Pharmaceuticals Holding Corp. will present new data. Orlinde also develops "
        "vaccines. Orlinde Remedies, the company's commercial subsidiary, sells two products."
    )
    found = companies_of(text)
    assert found["Orlinde Remedies"] == "Orlinde Pharmaceuticals Holding Corp."


def test_a_name_that_is_part_of_another_companys_business_has_it_as_parent():
    text = (
        "Kestrow Biologics and Palomi Partner on Manufacturing\n\n"
        "Kestrow Biologics, a contract manufacturer, will work with Palomi.\n\n"
        "Kestrow Biologics is a part of Kestrow Inc.'s life science business."
    )
    found = companies_of(text)
    assert found["Kestrow Biologics"] == "Kestrow Inc."
    assert found["Kestrow Inc."] is None


def test_owner_named_bare_before_the_word_subsidiary_is_the_parent():
    text = (
        "Brasco Therapeutics Inc. Signs Clinic Deal\n\n"
        "The purchase is part of Brasco subsidiary Lumen Care Therapeutics' plan for a network "
        "of clinics."
    )
    found = companies_of(text)
    assert found["Lumen Care Therapeutics"] == "Brasco Therapeutics Inc."


def test_a_description_with_a_preposition_before_company_describes_no_company():
    text = (
        "Investing in Rare Disease\n\n"
        "Korvel Labs Inc. may win a Rapid Review Token (RRT), a possible windfall for the "
        "company. The token can be sold."
    )
    found = companies_of(text)
    assert list(found) == ["Korvel Labs Inc."]


def test_an_owner_named_once_before_a_marked_product_is_a_company():
    text = (
        "Pellion Reports Full-Year Results\n\n"
        "Pellion Therapeutics Inc. earns royalties on Tessaly’s ZORVANTA® (korimab) in Japan."
    )
    assert "Tessaly" in companies_of(text)


def test_an_owner_named_once_before_a_dictionary_brand_is_a_company():
    text = (
        "Royalty Outlook\n\n"
        "Quorra Royalty Ltd. expects growth from Brennick’s Tremfya and from new launches."
    )
    assert "Brennick" in companies_of(text)


def test_the_owner_a_trademark_notice_names_is_a_company():
    text = (
        "Pellion Reports Full-Year Results\n\n"
        "Pellion Therapeutics Inc. sold more vials.\n\n"
        "VELTRA and KORIX are trademarks of Harlow & Finch; Pellion is a trademark of "
        "Pellion Therapeutics Inc."
    )
    assert "Harlow & Finch" in companies_of(text)


def test_a_possessive_before_a_plain_word_names_no_company_when_said_once():
    text = (
        "Pellion Reports Full-Year Results\n\n"
        "Pellion Therapeutics Inc. sold more vials. Tessaly’s Board met in May and "
        "Marrow’s Annual Review was published."
    )
    assert list(companies_of(text)) == ["Pellion Therapeutics Inc."]


def test_a_company_named_only_as_an_adviser_is_no_company_of_the_release():
    text = (
        "Pellion Raises $6 Million\n\n"
        "Pellion Therapeutics Inc. closed a registered direct offering of $6 million. "
        "Harwick Stone Securities LLC is acting as exclusive placement agent for the offering, "
        "and Brume & Tarrow LLP served as Canadian legal counsel to Pellion."
    )
    assert list(companies_of(text)) == ["Pellion Therapeutics Inc."]


def test_an_adviser_that_is_also_a_party_stays_a_company():
    text = (
        "Quorra Capital Invests in Pellion\n\n"
        "Quorra Capital LLC acted as placement agent. Pellion Therapeutics Inc. also signed a "
        "loan agreement with Quorra Capital LLC for $10 million."
    )
    assert "Quorra Capital LLC" in companies_of(text)


def test_a_bylines_outlet_is_no_company():
    text = (
        "Pellion Therapeutics Takes Aim at Rare Epilepsy\n\n"
        "By Mara Lind, Quillcast\n\n"
        "The CEO of Pellion Therapeutics Inc. spoke on Quillcast's podcast about PX-12. "
        "Quillcast's hosts asked about the trial and Quillcast's listeners about the price."
    )
    assert list(companies_of(text)) == ["Pellion Therapeutics Inc."]


def test_a_company_described_as_a_media_provider_is_no_company():
    text = (
        "Pellion Therapeutics Takes Aim at Rare Epilepsy\n\n"
        "Pellion Therapeutics Inc. was interviewed by Quillcast.\n\n"
        "Quillcast is a leading financial media and data provider."
    )
    assert list(companies_of(text)) == ["Pellion Therapeutics Inc."]


def test_an_imperative_opening_the_sentence_is_not_part_of_the_name():
    text = (
        "Why Vouchers Matter\n\n"
        "Small developers can profit. Take Brennick Biotherapeutics (NASDAQ: BRNK) as an "
        "example: it sold its voucher for $90 million."
    )
    assert "Brennick Biotherapeutics" in companies_of(text)


def test_the_seller_of_assets_named_bare_after_from_is_a_company():
    text = (
        "Pellion Expands Pipeline\n\n"
        "Pellion Therapeutics Inc. recently bought two clinical assets from Marrowind, "
        "including a vaccine for lung cancer."
    )
    assert "Marrowind" in companies_of(text)


def test_a_term_defined_by_its_initials_is_no_company():
    text = (
        "Pellion Names New Officers\n\n"
        "Pellion Therapeutics Inc. named Mara Lind as Chief Scientific Officer (“CSO”) "
        "and plans a Biologics License Application (“BLA”) with the U.S. Department "
        "of Energy (“DoE”) as grant sponsor."
    )
    assert list(companies_of(text)) == ["Pellion Therapeutics Inc."]


def test_a_company_defined_by_a_short_name_stays_a_company():
    text = (
        "Pellion Signs Supply Deal\n\n"
        "Pellion Therapeutics Inc. signed a supply agreement with Harwick Stone "
        "Biologics (“HSB”) and with Marrow Tide (“Marrow”)."
    )
    found = companies_of(text)
    assert "Harwick Stone Biologics" in found and "Marrow Tide" in found


def test_the_second_name_of_a_headlines_pair_is_a_company():
    text = (
        "Pellion and Marrowind Sign Supply Pact\n\n"
        "BOSTON, May 2, 2025 -- Pellion Therapeutics Inc. will supply vials for five years."
    )
    assert "Marrowind" in companies_of(text)


def test_bare_names_after_partnered_with_and_a_licence_with_are_companies():
    text = (
        "Update\n\n"
        "BOSTON, May 2, 2025 -- Pellion Therapeutics Inc. has partnered with Quorrin, Tessaly "
        "and Brennick on three programs. It also holds a license with Marrowind."
    )
    found = companies_of(text)
    assert {"Quorrin", "Tessaly", "Brennick", "Marrowind"} <= set(found)


def test_a_university_an_antibody_was_licensed_from_and_a_buyer_after_by_are_parties():
    text = (
        "Update\n\n"
        "BOSTON, May 2, 2025 -- Pellion Therapeutics Inc. licensed the antibody from Northfield "
        "University. Its former unit was acquired by Quorrin in 2023."
    )
    found = companies_of(text)
    assert {"Northfield University", "Quorrin"} <= set(found)


def test_the_owner_of_a_unit_named_once_by_its_possessive_is_the_parent():
    before = companies_of(
        "Update\n\nBOSTON, May 2, 2025 -- Quorrin's unit Corvane Labs signed a deal with "
        "Pellion Therapeutics Inc."
    )
    after = companies_of(
        "Update\n\nBOSTON, May 2, 2025 -- Corvane Labs, Quorrin's oncology unit, signed a deal "
        "with Pellion Therapeutics Inc."
    )
    assert before["Corvane Labs"] == "Quorrin" and after["Corvane Labs"] == "Quorrin"


def test_a_company_owned_by_another_has_it_as_parent():
    found = companies_of(
        "Update\n\nBOSTON, May 2, 2025 -- Corvane Labs, which is owned by Quorrin Holdings, "
        "signed a deal with Pellion Therapeutics Inc."
    )
    assert found["Corvane Labs"] == "Quorrin Holdings"


def test_a_japanese_company_word_makes_a_name_a_company():
    found = companies_of(
        "Update\n\nBOSTON, May 2, 2025 -- Pellion Therapeutics Inc. said Tokai Hanaro Seiyaku "
        "will pay $20 million upfront."
    )
    assert "Tokai Hanaro Seiyaku" in found


def test_a_market_headlines_subject_and_a_maker_named_bare_are_companies():
    found = companies_of(
        "Orvane Medical Devices climbs after licensing deal\n\n"
        "** Shares of vaccine maker Quellbrook Vaccinology jumped 40% on Monday."
    )
    assert {"Orvane Medical Devices", "Quellbrook Vaccinology"} <= set(found)


def test_a_company_that_made_news_is_still_a_company():
    found = companies_of(
        "Update\n\nBOSTON, May 2, 2025 -- Pellion Therapeutics Inc. signed a deal with "
        "Quorrin Bio. Quorrin Bio, a company that made news in 2024 with its vaccine, will pay "
        "$5 million."
    )
    assert "Quorrin Bio" in found


def test_a_former_unit_has_no_parent():
    found = companies_of(
        "Update\n\nBOSTON, May 2, 2025 -- Pellion Therapeutics Inc. sold vials to Corvane Labs, "
        "its former subsidiary, and to Quorrin Bio, its commercial unit."
    )
    assert found["Corvane Labs"] is None
    assert found["Quorrin Bio"] == "Pellion Therapeutics Inc."


HEAD = "Update\n\nBOSTON, May 2, 2025 -- Pellion Therapeutics Inc. signed a licence. "


def test_a_payee_or_grantee_named_bare_is_a_company():
    paid = companies_of(HEAD + "Pellion will pay Marrowind $5 million upfront.")
    granted = companies_of(HEAD + "Pellion granted Tessaly exclusive rights in Korea.")
    assert "Marrowind" in paid and "Tessaly" in granted


def test_money_received_from_a_bare_name_makes_it_a_company():
    found = companies_of(HEAD + "Pellion will receive up to $40 million from Marrowind.")
    assert "Marrowind" in found


def test_a_bare_name_eligible_or_responsible_in_a_deal_is_a_company():
    eligible = companies_of(HEAD + "Marrowind is eligible to receive royalties.")
    responsible = companies_of(HEAD + "Tessaly will be responsible for development in Japan.")
    assert "Marrowind" in eligible and "Tessaly" in responsible


def test_a_possessives_partner_and_a_placed_name_are_companies():
    partner = companies_of(HEAD + "Pellion's partner Marrowind will run the trial.")
    placed = companies_of(HEAD + "Tessaly, based in Oslo, makes the antibody.")
    person = companies_of(HEAD + "Mara Lind, based in Oslo, leads the trial.")
    assert "Marrowind" in partner and "Tessaly" in placed
    assert "Mara Lind" not in person


def test_a_passive_grant_names_no_company():
    found = companies_of(HEAD + "Designations granted by regulators speed reviews.")
    assert list(found) == ["Pellion Therapeutics Inc."]


def test_an_exchange_written_out_gives_a_mainland_or_hong_kong_ticker():
    found = find_companies(
        analyse(
            "Update\n\nHANGZHOU, May 2, 2025 -- Hangzhou Tessaly Biotech Co., Ltd. (Shanghai "
            "Stock Exchange: 688999) and Quorrin Pharma Limited (Hong Kong Stock Exchange stock "
            "code: 2999) signed a deal. Quorrin Pharma Limited trades in Shanghai: 9 a.m."
        )
    )
    assert {c.name: c.tickers for c in found} == {
        "Hangzhou Tessaly Biotech Co., Ltd.": ["688999.SH"],
        "Quorrin Pharma Limited": ["2999.HK"],
    }


def test_a_company_that_is_an_offerings_underwriter_is_no_company_of_the_release():
    found = companies_of(
        "Pellion Prices Offering\n\n"
        "BOSTON, May 2, 2025 -- Pellion Therapeutics Inc. priced its offering. Harwick Stone "
        "Securities LLC is the sole underwriter and Brume & Tarrow LLP was legal counsel to "
        "Pellion."
    )
    assert list(found) == ["Pellion Therapeutics Inc."]


def test_a_firm_named_partners_is_one_company_with_its_short_form():
    found = companies_of(
        HEAD + "It has a licence agreement with Marrowind Partners for PX-12. Marrowind is "
        "eligible to receive royalties."
    )
    assert "Marrowind Partners" in found and "Marrowind" not in found


BODY = "\n\nBOSTON, May 2, 2025 -- Pellion Therapeutics Inc. said Marrowind agreed. "


def test_a_headlines_object_or_recipient_named_again_in_the_body_is_a_company():
    deal = companies_of("Pellion Inks Deal With Marrowind" + BODY)
    designation = companies_of("FDA Grants Orphan Drug Designation to Marrowind for PX-1" + BODY)
    acquired = companies_of("Tessaly to Be Acquired by Marrowind for $1B" + BODY + "Tessaly too.")
    assert "Marrowind" in deal and "Marrowind" in designation
    assert {"Marrowind", "Tessaly"} <= set(acquired)


def test_a_headlines_capitalised_object_the_body_never_names_is_no_company():
    found = companies_of("Pellion Secures Rights Deal With Novel Vector Makers" + BODY)
    assert "Novel Vector Makers" not in found


def test_a_headlines_subjects_joined_by_a_comma_and_news_verbs_are_companies():
    pair = companies_of("Tessaly, Marrowind Ink Licensing Deal for PX-1" + BODY)
    bags = companies_of("Tessaly Bags $50M Series B" + BODY)
    assert {"Tessaly", "Marrowind"} <= set(pair) and "Tessaly" in bags


def test_an_owner_named_before_a_short_hyphenated_code_is_a_company():
    found = companies_of("Update" + BODY + "FDA cleared Tessaly's PX-1 for trials.")
    assert "Tessaly" in found


def test_a_field_of_medicine_is_no_company():
    found = companies_of(
        "Update" + BODY + "Data go to the Society for Surgical Oncology and the Journal of "
        "Experimental Medicine. Tessaly Oncology will present too."
    )
    assert "Surgical Oncology" not in found and "Experimental Medicine" not in found
    assert "Tessaly Oncology" in found


def test_a_group_named_without_its_city_is_the_group_named_with_it():
    found = companies_of(
        "Tamwick Group Unit Wins Approval in China\n\n"
        "China's regulator approved Suzhou Tamwick Group subsidiary Harbin Quell "
        "Pharmaceutical's application for its injection."
    )
    assert found == {
        "Suzhou Tamwick Group": None,
        "Harbin Quell Pharmaceutical": "Suzhou Tamwick Group",
    }
