"""Deal wording of round 16, as news items tell deals: a takeover in the passive, money paid to
"buy into" a partner's product, rights sold (a licence, not a purchase).

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Company update\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


# ---------------------------------------------------------------- a takeover in the passive


def test_a_company_taken_over_by_a_described_buyer_is_its_target():
    """ "Y has agreed to be taken over by the Danish drugmaker X": X buys Y."""
    deal = only_deal(
        "Harwick Biologics, the country's largest gene therapy firm, has agreed to be taken "
        "over by the Danish drugmaker Solvane Pharma for about $2.1 billion.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {"Solvane Pharma": "acquirer", "Harwick Biologics": "target"}


def test_a_company_snapped_up_by_a_buyer_is_its_target():
    deal = only_deal(
        DATELINE + "Corvane Therapeutics Inc. was snapped up by Aldermoor Pharma Ltd. in an "
        "all-cash deal worth $640 million, the companies said.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {
        "Aldermoor Pharma Ltd.": "acquirer",
        "Corvane Therapeutics Inc.": "target",
    }


# ---------------------------------------------------------------- buying into a product


def test_paying_to_buy_into_a_partners_medicine_buys_no_company():
    """ "X will pay $1 billion to buy into Y's drug" shares a product; Y is not bought."""
    deals = extract(
        "Brenmoor Pharma Plc has agreed to pay as much as $3 billion to buy into Tessaly "
        "Biotech Co.'s experimental medicine for kidney cancer.\n"
    )["deals"]
    assert not any(d["type"] == "acquisition" for d in deals), deals


def test_buying_into_a_programme_after_a_pronoun_buys_no_company():
    deals = extract(
        DATELINE + "Orlent Biosciences Inc. said it was buying into the antibody programme of "
        "Castrel Therapeutics Ltd. with a $90 million payment.\n"
    )["deals"]
    assert not any(d["type"] == "acquisition" for d in deals), deals


# ---------------------------------------------------------------- rights sold


def test_rights_sold_to_a_buyer_are_licensed_out():
    """ "X will sell rights for its antibody to Z": X licenses the product to Z."""
    deal = only_deal(
        "Pemberly Biotech Ltd. shares rose after the company said it would sell rights for a "
        "tumour antibody in early development to Galloway Pharma PLC in a deal worth up to "
        "$280 million.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Pemberly Biotech Ltd.": "licensor", "Galloway Pharma PLC": "licensee"}


def test_regional_rights_sold_for_a_named_drug_are_a_licence_with_that_drug():
    deal = only_deal(
        DATELINE + "Ferrin Therapeutics Inc. sold the Greater China rights to TZX-410 to "
        "Baoshan Medica Co., Ltd. for $15 million up front.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {
        "Ferrin Therapeutics Inc.": "licensor",
        "Baoshan Medica Co., Ltd.": "licensee",
    }
    assert deal["drugs"] == ["TZX-410"]


def test_a_business_sold_is_still_an_acquisition():
    """Rights alone are licensed; a unit sold is bought (the seller a partner)."""
    deal = only_deal(
        DATELINE + "Ferrin Therapeutics Inc. will sell its dermatology business to Baoshan "
        "Medica Co., Ltd. for $45 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal)["Baoshan Medica Co., Ltd."] == "acquirer"


def test_a_seller_s_whole_rights_sold_stay_an_asset_purchase():
    """ "X sold its rights to DRUG to Z": all X held, the product bought (X a partner)."""
    deal = only_deal(
        DATELINE + "Ferrin Therapeutics Inc. said it has sold its rights to TZX-410 to Baoshan "
        "Medica Co., Ltd. for $15 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {
        "Baoshan Medica Co., Ltd.": "acquirer",
        "Ferrin Therapeutics Inc.": "partner",
    }


# ---------------------------------------------------------------- a licence told twice


def licences_with(deals: list, name: str) -> list:
    return [d for d in deals if d["type"] == "license" and name in roles(d)]


def test_licensing_income_from_a_licensee_told_before_is_the_same_licence():
    """A licence read by the agreement rule, then its licensee named again among others in a
    licence history: one licence with it, one with each other licensee."""
    deals = extract(
        DATELINE + "Harlow Biotherapeutics, Inc. today announced receipt of a $250,000 "
        "milestone payment from Pendle Oncology, Inc. under its exclusive licensing agreement "
        "signed in 2024. With this payment, Harlow and its subsidiaries have recorded $2.3 "
        "million in licensing income from Quarry Health, Tamsin Labs and Pendle Oncology.\n"
    )["deals"]
    assert len(licences_with(deals, "Pendle Oncology, Inc.")) == 1, deals
    assert len(licences_with(deals, "Quarry Health")) == 1, deals


def test_royalties_earned_from_a_licensee_told_before_are_the_same_licence():
    deals = extract(
        DATELINE + "Marrow Pharma Ltd. signed a licence agreement with Ostrava Biologics s.r.o. "
        "for its antibody MRW-12 in Central Europe. Marrow has since earned royalties and "
        "licensing fees from Ostrava Biologics and Kell Medical.\n"
    )["deals"]
    assert len(licences_with(deals, "Ostrava Biologics s.r.o.")) == 1, deals
    assert licences_with(deals, "Ostrava Biologics s.r.o.")[0]["drugs"] == ["MRW-12"]


# ---------------------------------------------------------------- bare names that are no company


def test_a_scientific_collaborator_with_a_degree_is_a_person_not_a_partner():
    """ "one of its collaborators, Jan Roe, Ph.D., presented ...": a person, no deal."""
    deals = extract(
        DATELINE + "Tolliver Oncology, Inc. announced that one of the Company's scientific "
        "collaborators, Ilse Marrack, Ph.D., from the Brandholm Cancer Institute, presented "
        "new preclinical data on TOL-88 at a meeting in Vienna.\n"
    )["deals"]
    assert deals == []


def test_a_scientific_collaborator_with_a_medical_degree_is_a_person_not_a_partner():
    deals = extract(
        DATELINE + "Quenby Therapeutics Inc. announced that its scientific collaborator, Gaëtan "
        "Rouvière, M.D., from the Lisle Heart Institute, will lead the new study of QBY-3 in "
        "heart failure.\n"
    )["deals"]
    assert deals == []


def test_a_noun_heading_an_of_phrase_is_no_buyer():
    """ "Completion of the acquisition, ..., follows ... X's tender offer for Y": X buys Y,
    and "Completion" is no company."""
    deals = extract(
        DATELINE + "Ramsgate Bio announced today that its acquisition of Lorrel Therapeutics "
        "has been completed.\nCompletion of the acquisition, initially announced on May 2, "
        "2026, follows the expiration of the waiting period in connection with Ramsgate Bio's "
        "cash tender offer for Lorrel Therapeutics.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Ramsgate Bio": "acquirer", "Lorrel Therapeutics": "target"}
    ], deals


# ---------------------------------------------------------------- several sellers


def test_a_royalty_bought_from_two_listed_companies_has_both_as_partners():
    """ "acquire a royalty interest in DRUG from A (TKR) and B (TKR)": both sell it."""
    deal = only_deal(
        DATELINE + "Quarrel Royalty plc agreed to acquire a royalty interest in VELTRAX from "
        "Dunmore Biopharma Inc. (DNMR) and Asterly Inc. (ASTY) for $310 million in cash.\n"
    )
    assert deal["type"] == "other"
    assert roles(deal) == {
        "Quarrel Royalty plc": "acquirer",
        "Dunmore Biopharma Inc.": "partner",
        "Asterly Inc.": "partner",
    }


def test_rights_bought_from_three_listed_companies_have_all_as_partners():
    deal = only_deal(
        DATELINE + "Harrowgate Pharma Ltd. bought the European rights to MELVANE from Pellis "
        "Bio, Tarrow Health and Ostby Medical for EUR 40 million.\n"
    )
    assert deal["type"] == "acquisition"
    assert roles(deal) == {
        "Harrowgate Pharma Ltd.": "acquirer",
        "Pellis Bio": "partner",
        "Tarrow Health": "partner",
        "Ostby Medical": "partner",
    }


def test_a_company_in_the_next_clause_is_no_second_seller():
    deals = extract(
        DATELINE + "Harrowgate Pharma Ltd. bought the European rights to MELVANE from Pellis "
        "Bio in March and Tarrow Health licensed ORVEX from Ostby Medical in May.\n"
    )["deals"]
    melvane = [d for d in deals if "Harrowgate Pharma Ltd." in roles(d)]
    assert [set(roles(d)) for d in melvane] == [{"Harrowgate Pharma Ltd.", "Pellis Bio"}], deals


# ---------------------------------------------------------------- the licensed product's owner


def test_licensing_the_rights_for_a_partners_product_makes_the_owner_licensor():
    """ "X agreed to license the rights for Y's treatment": Y owns it and licenses it out."""
    deals = extract(
        "Dunvale Pharma will buy Castor Biotech for $900 million.\nDunvale Pharma said it had "
        "also agreed to license the worldwide rights for Castor Biotech's lupus treatment "
        "CB-204.\n"
    )["deals"]
    licence = [d for d in deals if d["type"] == "license"]
    assert [roles(d) for d in licence] == [
        {"Dunvale Pharma": "licensee", "Castor Biotech": "licensor"}
    ], deals


def test_a_licence_of_a_partners_antibody_makes_the_owner_licensor():
    deal = only_deal(
        DATELINE + "Merrion Therapeutics Inc. signed an agreement to license the European "
        "rights of Solbury Biologics Ltd.'s antibody SB-17 for $12 million up front.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {
        "Merrion Therapeutics Inc.": "licensee",
        "Solbury Biologics Ltd.": "licensor",
    }


# ---------------------------------------------------------------- an opening phrase's "its"


def test_its_acquisition_in_an_opening_phrase_belongs_to_the_main_clause_subject():
    """ "Following its acquisition of Y in March, X reported ...": X bought Y."""
    deal = only_deal(
        DATELINE + "Following its acquisition of Brisk Genomics Ltd. in March, Calloway Health "
        "Inc. reported revenue of $40 million.\n"
    )
    assert roles(deal) == {"Calloway Health Inc.": "acquirer", "Brisk Genomics Ltd.": "target"}


def test_a_news_update_on_its_proposed_takeover_names_the_buyer_after_the_phrase():
    """ "Updating on its proposed acquisition of Y, US giant X says the deal is nearly done":
    the update reports the deal (not an opinion), X the buyer, "Updating" no company."""
    deal = only_deal(
        "Orwell deal nearly done\n\nUpdating on its proposed acquisition of Swiss biotech firm "
        "Tellmark (SIX: TLMK), US healthcare giant Orwell Pharma (NYSE: ORW) says the $30 "
        "billion deal is nearly done.\n"
    )
    assert roles(deal) == {"Orwell Pharma": "acquirer", "Tellmark": "target"}


def test_an_opening_phrase_with_a_person_of_the_company_names_no_buyer():
    deals = extract(
        DATELINE + "After their purchase of Brisk Genomics Ltd., the founders of Calloway "
        "Health Inc. left the board.\n"
    )["deals"]
    assert deals == []


def test_commenting_on_its_purchase_the_buyer_said_the_transaction_will_close():
    deal = only_deal(
        "Closing expected in May\n\nCommenting on its purchase of Norsk Peptide AS, Danish "
        "drugmaker Havmark Pharma said the transaction will close in May.\n"
    )
    assert roles(deal) == {"Havmark Pharma": "acquirer", "Norsk Peptide AS": "target"}


# ---------------------------------------------------------------- an option beside a licence


def test_an_option_granted_after_a_licence_is_its_own_deal_with_its_own_drug():
    deals = extract(
        DATELINE + "Corbel Pharma Inc. signed a licence agreement with Yanmar Biologics Ltd. "
        "covering YB-210 and YB-330. Corbel Pharma will hold the licence to develop and sell "
        "YB-210 and YB-330 outside China. Corbel Pharma also said the deal grants it an "
        "exclusive option to license YB-900, an early-stage antibody, from Yanmar Biologics.\n"
    )["deals"]
    kinds = {d["type"]: d for d in deals}
    assert set(kinds) == {"license", "option"}, deals
    assert kinds["option"]["drugs"] == ["YB-900"]
    assert kinds["license"]["drugs"] == ["YB-210", "YB-330"]
    assert roles(kinds["option"]) == {
        "Yanmar Biologics Ltd.": "licensor",
        "Corbel Pharma Inc.": "licensee",
    }


def test_options_to_acquire_further_programmes_after_a_licence_are_their_own_deal():
    deals = extract(
        DATELINE + "Pellworth Bio Inc. entered into an exclusive license agreement with Ardent "
        "Therapeutics Ltd. for PW-4 in Japan. Pellworth Bio said the agreement also gives "
        "Ardent Therapeutics an option to acquire PW-7, a preclinical antibody.\n"
    )["deals"]
    assert sorted(d["type"] for d in deals) == ["license", "option"], deals


def test_an_option_and_licence_agreement_told_at_once_stays_one_deal():
    deal = only_deal(
        DATELINE + "Pellworth Bio Inc. entered into an option and license agreement with Ardent "
        "Therapeutics Ltd., which grants Ardent an option to license PW-4 in Japan.\n"
    )
    assert deal["type"] == "option"
