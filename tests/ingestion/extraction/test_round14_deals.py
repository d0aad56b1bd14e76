"""Deal wording of round 14: a licence first told by its verb and only then named a
"licensing and cooperation agreement".

Every text here is invented (company, drug and person names included).
"""

import pytest

from apps.ingestion.extraction import extract
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Company update\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


# ---------------------------------------------------------------- licence or collaboration


def test_a_deal_first_told_as_licensed_out_stays_a_licence_beside_a_cooperation_word():
    """The deal's first word for itself decides, read across the sentences that tell it."""
    deal = only_deal(
        "Seoul-based Harrowgate Pharm said it had licensed out its new lung cancer candidate to "
        "Velmont Biotech in a deal worth up to $900 million.\n\n"
        "Harrowgate Pharm said it had entered a licensing and cooperation agreement with "
        "Velmont to develop the candidate.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Harrowgate Pharm": "licensor", "Velmont Biotech": "licensee"}


def test_a_deal_first_told_as_a_licence_grant_stays_a_licence_beside_a_collaboration():
    deal = only_deal(
        DATELINE + "Brenthal Bio Inc. granted Osric Pharma AG an exclusive license to its "
        "preclinical fibrosis programme. Brenthal Bio and Osric Pharma signed a collaboration "
        "and license agreement that also covers joint research on two further targets.\n"
    )
    assert deal["type"] == "license"
    assert roles(deal) == {"Brenthal Bio Inc.": "licensor", "Osric Pharma AG": "licensee"}


def test_a_deal_first_told_as_a_collaboration_stays_a_collaboration():
    """ "a collaboration and license agreement" with no product: the first word decides."""
    deal = only_deal(
        DATELINE + "Quorrel Therapeutics Inc. and Dunmere Pharma AG entered into a "
        "research collaboration to discover antibodies. Under the collaboration and license "
        "agreement, both companies share the discovery work.\n"
    )
    assert deal["type"] == "collaboration"


# ---------------------------------------------------------------- a takeover only sought


def test_a_takeover_still_pursued_is_no_deal():
    """ "X is still pursuing a $40 billion acquisition of Y": a bid, nothing agreed."""
    text = (
        DATELINE + "Orvane Biologics Inc. agreed to acquire Telmark Bio Ltd. for $2 billion.\n\n"
        "Castlereigh Pharmaceuticals is still pursuing a $40 billion acquisition of Dunholt "
        "Labs, the largest takeover attempt in the industry this year.\n"
    )
    deals = extract(text)["deals"]
    assert [sorted(roles(d)) for d in deals] == [["Orvane Biologics Inc.", "Telmark Bio Ltd."]]


def test_a_takeover_tried_is_no_deal():
    text = (
        DATELINE + "Castlereigh Pharmaceuticals Inc. tried to acquire Dunholt Labs Ltd. last "
        "year.\n"
    )
    assert extract(text)["deals"] == []


def test_a_takeover_turned_down_or_hostile_is_no_deal():
    """A refusal anywhere in the sentence, or a hostile bid, leaves nothing agreed."""
    for told in (
        "Brenmoor Health Inc. proposed the acquisition of Ketterby Bio Inc. for $5 billion, an "
        "approach Ketterby's board rebuffed.",
        "Brenmoor Health Inc. made a hostile offer for the acquisition of Ketterby Bio Inc.",
    ):
        assert extract(DATELINE + told + "\n")["deals"] == [], told


def test_an_acquisition_told_after_the_buyers_aims_stays_a_deal():
    """The pursuit word counts only a few words before the buying word."""
    deal = only_deal(
        DATELINE + "Seeking to broaden its rare disease portfolio beyond enzyme therapies, "
        "Orvane Biologics Inc. today completed its acquisition of Telmark Bio Ltd.\n"
    )
    assert roles(deal) == {"Orvane Biologics Inc.": "acquirer", "Telmark Bio Ltd.": "target"}


# ---------------------------------------------------------------- a code after a company's name


def test_a_drug_code_after_a_comma_is_no_legal_form_of_the_company_before_it():
    """ "According to X, AB-205 is ...": "AB" joined to "-205" is a code's prefix, not the
    Swedish legal form; the company keeps its own name (a change in companies.py)."""
    for code in ("AB-205", "SA-310"):
        text = (
            DATELINE + f"Halden Cell signed a license contract for {code}, a lymphoma "
            "treatment, with Orvane Biotherapeutics.\n\n"
            f"According to Halden Cell, {code} is an engineered NK cell therapy.\n"
        )
        result = extract(text)
        assert {c["name"] for c in result["companies"]} == {
            "Halden Cell",
            "Orvane Biotherapeutics",
        }, code
        (deal,) = result["deals"]
        assert roles(deal) == {"Halden Cell": "licensor", "Orvane Biotherapeutics": "licensee"}


# ---------------------------------------------------------------- a news item's agreement


@pytest.mark.parametrize(
    "value", ["worth up to $1.4 billion", "valued at about €300 million", "worth as much as $90m"]
)
def test_an_agreement_told_with_its_value_before_the_counterparty_is_a_deal(value):
    """ "signed an agreement worth up to $X with Y": the value stands between noun and "with"."""
    deal = only_deal(
        DATELINE + f"Orvane Pharma Inc. signed an agreement {value} with Halden Therapeutics "
        "GmbH.\n"
    )
    assert set(roles(deal)) == {"Orvane Pharma Inc.", "Halden Therapeutics GmbH"}


@pytest.mark.parametrize(
    "aside", ["the Germany-based startup said on Wednesday", "the two companies said today"]
)
def test_an_attribution_set_between_commas_still_reports_the_deal(aside):
    """ "X signed a deal with Y, the startup said on Wednesday, to ...": an attribution, not
    an opinion quoted."""
    deal = only_deal(
        DATELINE + "Orvane Pharma Inc. signed a collaboration agreement with Halden "
        f"Therapeutics Inc., {aside}, to design enzymes for hearing loss.\n"
    )
    assert deal["type"] == "collaboration"


@pytest.mark.parametrize(
    "told",
    [
        "signed an agreement with Halden Therapeutics GmbH to develop treatments for hearing "
        "loss using Halden's gene-editing platform",
        "has struck a deal with Halden Therapeutics GmbH to jointly discover antibodies against "
        "fibrosis",
    ],
)
def test_an_agreement_of_no_kind_made_to_develop_together_is_a_collaboration(told):
    deal = only_deal(DATELINE + f"Orvane Pharma Inc. {told}.\n")
    assert deal["type"] == "collaboration"
    assert set(roles(deal).values()) == {"partner"}


def test_a_supply_agreement_made_to_develop_a_market_stays_other():
    deal = only_deal(
        DATELINE + "Orvane Pharma Inc. signed a supply agreement with Halden Therapeutics GmbH "
        "to develop the market for its injectables.\n"
    )
    assert deal["type"] == "other"


def test_an_agreement_with_its_value_set_between_commas_is_a_deal():
    deal = only_deal(
        DATELINE + "Orvane Pharma Inc. signed a three-year contract, worth up to $3 million, "
        "with Halden Therapeutics GmbH for clinical development services.\n"
    )
    assert deal["type"] == "other"
    assert set(roles(deal)) == {"Orvane Pharma Inc.", "Halden Therapeutics GmbH"}


@pytest.mark.parametrize(
    "told",
    [
        "A three-year services contract, worth up to $3 million, between Orvane Pharma Inc. and "
        "Halden Therapeutics GmbH was signed in May.",
        "The companies announced that a distribution agreement between Orvane Pharma Inc. and "
        "Halden Therapeutics GmbH was executed last week.",
    ],
)
def test_an_agreement_between_two_named_companies_is_a_deal(told):
    """ "a contract between A and B": the counterparties after "between", not "with"."""
    deal = only_deal(DATELINE + told + "\n")
    assert set(roles(deal)) == {"Orvane Pharma Inc.", "Halden Therapeutics GmbH"}


# ---------------------------------------------------------------- an agreement a possessive owns

RESULTS = (
    "Orvane Reports Third Quarter Results\n\nNEW HAVEN, Conn., Nov. 5, 2026 (GLOBE NEWSWIRE) -- "
    "Orvane Pharma, Inc. (Nasdaq: ORVN) today reported results. "
)


@pytest.mark.parametrize(
    ("told", "kind", "owner"),
    [
        (
            "As part of Orvane's global collaboration with Halden Therapeutics Inc., the "
            "companies plan to start a Phase 3 trial.",
            "collaboration",
            "Orvane Pharma, Inc.",
        ),
        (
            "Under Kestrel Bio Ltd.'s license agreement with Halden Therapeutics Inc., Halden "
            "sells the product in Japan.",
            "license",
            "Kestrel Bio Ltd.",
        ),
    ],
)
def test_an_agreement_told_under_a_companys_possessive_is_a_deal_of_that_company(told, kind, owner):
    """ "under X's licence with Y", "as part of X's collaboration with Y": the possessive takes
    the place of "its" after the preposition that tells an existing agreement."""
    deal = only_deal(RESULTS + told + "\n")
    assert deal["type"] == kind
    assert set(roles(deal)) == {owner, "Halden Therapeutics Inc."}


# ---------------------------------------------------------------- what a buyer gains


@pytest.mark.parametrize(
    ("gained", "territory"),
    [
        (
            "Once completed, the blue chip will have global rights to ORV-12 excluding mainland "
            "China, Macau, Taiwan and Hong Kong.",
            "worldwide excluding mainland China, Macau, Taiwan and Hong Kong",
        ),
        (
            "With the purchase Orvane is to obtain worldwide commercial rights to ORV-12 outside "
            "Japan.",
            "worldwide outside Japan",
        ),
    ],
)
def test_the_rights_a_buyer_gains_give_the_acquisitions_territory(gained, territory):
    deal = only_deal(
        DATELINE + "Orvane Pharma Inc. has agreed to buy Halden Therapeutics Inc. for $2.2 "
        "billion. Halden's portfolio includes ORV-12, an antibody in phase 2 trials. "
        + gained
        + "\n"
    )
    assert deal["type"] == "acquisition"
    assert deal["territory"] == territory


def test_an_acquisition_with_no_rights_told_has_no_territory():
    deal = only_deal(
        DATELINE + "Orvane Pharma Inc. has agreed to buy Halden Therapeutics Inc. for $2.2 "
        "billion. Halden sells its products in Japan and Europe.\n"
    )
    assert deal["territory"] is None


# ---------------------------------------------------------------- the date of an earlier agreement


@pytest.mark.parametrize(
    "told",
    [
        "Orvane Pharma Inc. and Halden Therapeutics GmbH expand their strategic alliance to "
        "include peptides. This alliance expands the existing partnership of the two companies "
        "signed in November 2016 to jointly discover antibodies.",
        "Orvane Pharma Inc. entered into an amended collaboration with Halden Therapeutics GmbH "
        "that builds on the original collaboration agreement signed in March 2019.",
    ],
)
def test_the_signing_date_of_an_earlier_agreement_is_not_the_deals(told):
    deal = only_deal(DATELINE + told + "\n")
    assert deal["signed_on"] is None


def test_a_partnership_signed_in_a_past_month_keeps_its_date():
    deal = only_deal(
        DATELINE + "Orvane Pharma Inc. and Halden Therapeutics GmbH described their "
        "partnership signed in March 2026 to jointly discover antibodies.\n"
    )
    assert deal["signed_on"] == "2026-03"
