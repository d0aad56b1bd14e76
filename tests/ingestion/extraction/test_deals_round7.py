"""Deal wording met on releases nobody developed on (round 7): one agreement per counterparty
when each is told with its own noun, and a highlight bullet headed by its noun.

Every text here is invented (company, drug and person names included).
"""

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import money, only_deal, roles

# ---------------------------------------------------------------- one deal per counterparty


def test_two_agreements_each_with_its_own_counterparty_are_two_deals():
    """ "under our A collaboration with X and our B collaboration with Y": two agreements of the
    release's company, never one agreement of all three."""
    deals = extract(
        "Tarvello Reports Annual Results\n\n"
        "OSLO, March 3, 2025 -- Tarvello Bio ASA published its annual report today. Research "
        "costs grew with work on zorvatamab under our collaboration with Kelmore Pharma Inc. "
        "and on the tessarimab programme under our collaboration with Brantley Labs Ltd.\n"
    )["deals"]
    pairs = sorted(sorted(roles(d)) for d in deals)
    assert pairs == [
        ["Brantley Labs Ltd.", "Tarvello Bio ASA"],
        ["Kelmore Pharma Inc.", "Tarvello Bio ASA"],
    ]


# ---------------------------------------------------------------- a highlight headed by its noun


def test_a_bullet_headed_acquisition_of_is_the_issuers_acquisition():
    """ "* Acquisition of Y, adding ...": the release company bought Y."""
    deals = extract(
        "Tarvello Reports Annual Results\n\n"
        "OSLO, March 3, 2025 -- Tarvello Bio ASA published its annual report today.\n\n"
        "Highlights of the year\n\n"
        "* Acquisition of Wenmark Therapeutics Inc., adding two antibody programmes to the "
        "pipeline\n"
        "* Revenue grew to NOK 1.2 billion\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Tarvello Bio ASA": "acquirer", "Wenmark Therapeutics Inc.": "target"}
    ]


# ---------------------------------------------------------------- a stake in the speaker


def test_a_partner_investing_into_its_equity_is_an_equity_investment_in_the_subject():
    """ "X struck a deal with Y for the latter to invest $N into its equity": Y buys a stake
    in X."""
    deals = extract(
        "Halvora Wins Strategic Investor\n\n"
        "HAIFA, Israel, April 9, 2025 -- Halvora Therapeutics Ltd. said it has struck a deal "
        "with Penwick Pharma Inc. for the latter to invest $15 million into its equity.\n"
    )["deals"]
    assert [(d["type"], roles(d)) for d in deals] == [
        (
            "equity_investment",
            {"Halvora Therapeutics Ltd.": "investee", "Penwick Pharma Inc.": "investor"},
        )
    ]


# ---------------------------------------------------------------- a suffix's stop ends a sentence


def test_a_licence_in_about_whose_licensor_ends_with_inc_and_the_sentence_goes_on():
    """ "... licences ... from Y, Inc. The Company's model ...": the full stop of "Inc." also
    ends the sentence; the company named after it is no second licensor."""
    deals = extract(
        "Drellis Reports Progress\n\n"
        "AUSTIN, Texas, June 2, 2024 -- Drellis Bio, Inc. announced that dosing began in its "
        "trial of DB-41.\n\n"
        "About Drellis Bio\n\n"
        'Drellis Bio, Inc. (the "Company") is a clinical stage company. The Company has '
        "obtained exclusive field licences to compounds from Ostrava Chemie, Inc. The "
        "Company’s model is based on licensing chemistry from Ostrava Chemie.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Drellis Bio, Inc.": "licensee", "Ostrava Chemie, Inc.": "licensor"}
    ]


# ---------------------------------------------------------------- a news item that is its headline


def test_a_news_item_that_is_only_its_headline_tells_its_deal_there():
    """A brief whose body is a date alone: the headline is the release, and its acquisition
    (priced "at a cost of") is read there."""
    headline = (
        "Danish drugmaker Velmora Pharma announces plans to acquire Quillon Biotech Inc. at a "
        "cost of $3 billion."
    )
    deals = extract(f"{headline}\n\n2019-06-11\n", title=headline)["deals"]
    assert [(roles(d), d["terms"]["total_value"]) for d in deals] == [
        (
            {"Velmora Pharma": "acquirer", "Quillon Biotech Inc.": "target"},
            {"amount": 3000000000, "currency": "USD"},
        )
    ]


def test_a_headline_above_a_body_tells_no_deal_of_its_own():
    """With a body that tells something, a headline alone is no deal's telling."""
    deals = extract(
        "Velmora Pharma to acquire Quillon Biotech Inc.?\n\n"
        "COPENHAGEN, June 11, 2019 -- Velmora Pharma reported sales for the second quarter "
        "that beat expectations in all regions.\n"
    )["deals"]
    assert deals == []


# ---------------------------------------------------------------- an agreement named by its work


def test_a_development_and_commercialization_agreement_is_a_collaboration():
    """ "it has entered into a global development and commercialization agreement with Y":
    an agreement named by the work done together, with the subject "it"."""
    deals = extract(
        "Corvanta and Meltrix Partner on CV-310\n\n"
        "OSAKA, Japan, May 12, 2022 -- Corvanta Pharma Co., Ltd. announced today that it has "
        "entered into a global development and commercialization agreement with Meltrix "
        "Biologics Inc. for Corvanta’s CV-310, an antibody in phase 1 development.\n"
    )["deals"]
    assert [(d["type"], sorted(roles(d))) for d in deals] == [
        ("collaboration", ["Corvanta Pharma Co., Ltd.", "Meltrix Biologics Inc."])
    ]


def test_milestones_broken_down_after_their_total_are_not_added_again():
    """ "Contingent payments of up to $N include $A for ... and $B for ...": the total is the
    milestones; its parts, told after "include", are not added to it."""
    deal = only_deal(
        "Corvanta Licenses CV-310\n\n"
        "OSAKA, Japan, May 12, 2022 -- Corvanta Pharma Co., Ltd. granted Meltrix Biologics Inc. "
        "an exclusive licence to CV-310. Meltrix will pay an upfront payment of $50 million. "
        "Contingent milestone payments of up to $900 million include $300 million for "
        "regulatory milestones, and $600 million for sales-related milestones.\n"
    )
    assert deal["terms"]["milestones"] == money(900000000)


# ---------------------------------------------------------------- licences told by other nouns


def test_an_agreement_to_transfer_technology_to_y_is_a_licence_reported_with_its_date():
    """ "X stated on Nov. 3 that it signed an agreement to transfer its technology to Y": a
    licence, X licensor, reported as a deed (the date between "stated" and "that")."""
    deal = only_deal(
        "Brenlo Out-Licenses Linker Platform\n\n"
        "SEOUL, Nov. 3, 2023 -- Brenlo Therapeutics Inc., a Korean biotech, stated on Nov. 3 "
        "that it signed an agreement to transfer its peptide conjugate technology to "
        "Hallgren Oncology AB, for use against two solid tumour targets.\n"
    )
    assert (deal["type"], roles(deal)) == (
        "license",
        {"Brenlo Therapeutics Inc.": "licensor", "Hallgren Oncology AB": "licensee"},
    )


def test_an_exclusive_deal_to_develop_a_drug_signed_by_a_subsidiary_is_a_licence():
    """ "X said one of its subsidiaries has signed an exclusive deal with Y to develop and
    commercialize DRUG in China; X will pay ... upfront to Y": a licence, X licensee."""
    deal = only_deal(
        "Tamsin Pharma In-Licenses TP-88\n\n"
        "HONG KONG, March 2, 2024 -- Tamsin Pharma Ltd. said one of its subsidiaries has "
        "signed an exclusive deal with Ruolan Biologics Inc. to develop and commercialize the "
        "drug candidate TP-88 in mainland China. Under the terms of the deal, Tamsin will pay "
        "RMB200 million upfront to Ruolan.\n"
    )
    assert (deal["type"], roles(deal), deal["drugs"]) == (
        "license",
        {"Tamsin Pharma Ltd.": "licensee", "Ruolan Biologics Inc.": "licensor"},
        ["TP-88"],
    )


# ---------------------------------------------------------------- a product handed over whole


def test_transferring_all_rights_of_a_drug_to_y_is_its_sale():
    """ "X transfers all rights of DRUG to Y": Y buys the product, X is the selling partner."""
    deal = only_deal(
        "Corlan Sells VX-210\n\n"
        "SEOUL, June 3, 2022 -- Though the price was not disclosed, Corlan Pharma Co. "
        "transfers all rights of VX-210 to Hanbit Biosciences Inc. after the two "
        "companies signed a contract on June 1.\n"
    )
    assert (deal["type"], roles(deal), deal["drugs"]) == (
        "acquisition",
        {"Hanbit Biosciences Inc.": "acquirer", "Corlan Pharma Co.": "partner"},
        ["VX-210"],
    )


# ---------------------------------------------------------------- an option on a company


def test_an_option_to_acquire_a_company_gives_acquirer_and_target():
    """ "its option to acquire 100% of Y": an option deal whose roles are a purchase's."""
    deal = only_deal(
        "Veltrano Clears Review of Pellworth Option\n\n"
        "BOSTON, April 2, 2025 -- Veltrano Biotherapeutics Ltd. announced it has received "
        "clearance to proceed with its option to acquire 100% of Pellworth S.r.l., an Italian "
        "biotech company.\n"
    )
    assert (deal["type"], roles(deal)) == (
        "option",
        {"Veltrano Biotherapeutics Ltd.": "acquirer", "Pellworth S.r.l.": "target"},
    )


def test_an_option_to_license_keeps_licence_roles():
    deal = only_deal(
        "Veltrano Signs Option\n\n"
        "BOSTON, April 2, 2025 -- Veltrano Biotherapeutics Ltd. entered into an option agreement "
        "with Pellworth Bio AG under which Pellworth grants Veltrano an option to license VB-12.\n"
    )
    assert (deal["type"], roles(deal)) == (
        "option",
        {"Veltrano Biotherapeutics Ltd.": "licensee", "Pellworth Bio AG": "licensor"},
    )


def test_an_option_collaboration_and_license_agreement_is_an_option():
    """ "entered into an option, collaboration, and license agreement, under which X granted Y
    an option to receive an exclusive license": the option is the deal's type."""
    deal = only_deal(
        "Sorvant Grants Option on SV-77\n\n"
        "BASEL, June 9, 2023 -- Sorvant Biologics AG entered into an option, collaboration, and "
        "license agreement with Kestrel Pharma Inc. covering SV-77 in Europe.\n"
    )
    assert (deal["type"], roles(deal)) == (
        "option",
        {"Sorvant Biologics AG": "licensor", "Kestrel Pharma Inc.": "licensee"},
    )


def test_an_option_to_receive_a_licence_is_an_option():
    deal = only_deal(
        "Sorvant Grants Option on SV-77\n\n"
        "BASEL, June 9, 2023 -- Sorvant Biologics AG signed an agreement with Kestrel Pharma "
        "Inc., under which Sorvant granted Kestrel an exclusive option to receive an exclusive "
        "license to develop SV-77 in Europe.\n"
    )
    assert (deal["type"], roles(deal)) == (
        "option",
        {"Sorvant Biologics AG": "licensor", "Kestrel Pharma Inc.": "licensee"},
    )


# ---------------------------------------------------------------- the company's own, in About


def test_therapies_licensed_to_y_in_the_companys_about_are_its_licence():
    """ "About X: ... The company's pipeline is centered on CD22-directed strategies, including
    ... cell therapies licensed to Y.": X's own licence, X licensor (never the adjective)."""
    deals = extract(
        "Pellora Doses First Patient\n\n"
        "BOSTON, May 5, 2025 -- Pellora Therapeutics, Inc. announced that the first patient "
        "was dosed in its trial of PT-4.\n\n"
        "About Pellora Therapeutics\n\n"
        "Pellora Therapeutics, Inc. is a Boston-based biotechnology company. The company’s "
        "pipeline is centered on CD22-directed strategies, including antibody conjugates and "
        "cell therapies licensed to Halvorsen Pharma AG.\n"
    )["deals"]
    assert [roles(d) for d in deals] == [
        {"Pellora Therapeutics, Inc.": "licensor", "Halvorsen Pharma AG": "licensee"}
    ]
