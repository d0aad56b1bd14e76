"""Round 14 (lead): mechanisms every release goes through, found on unseen news items and
tested on invented ones. Every company, person, product and sentence here is made up.

- a hyphen joins the words of a regulatory term ("orphan-drug designation");
- a standing disclaimer with a time adverb ("is not currently approved in Japan") tells no
  approval;
- a drug listed after a partner word ("combined with A and B") never takes the designation;
- a business unit ("Velmir Oncology", named in a person's post) never renames its company;
- an unquoted bracket short name after a formal name ("(Velbio)") is the company's alias;
- a bare name in capitals that spells another company's initials ("BMK") is that company;
- a bare bracketed symbol spelled from the name ("Kestrel (KSTL)") marks a company.
"""

import pytest

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import PhraseIndex, analyse

DATELINE = "BOSTON, May 3, 2026 /PRNewswire/ -- "


def designations(text: str) -> list[tuple[str, str, str]]:
    return [(d["drug"], d["agency"], d["type"]) for d in extract(text)["designations"]]


def entities(text: str) -> dict[str, list[str]]:
    """{entity name: every name the text gives it} for the companies found before any fact."""
    return {c.name: list(c.names) for c in find_entities(analyse(text, None))}


# ---------------------------------------------------------------- hyphenated terms


def test_phrase_index_matches_a_term_whether_or_not_a_hyphen_joins_its_words():
    index = PhraseIndex()
    index.add("designation:orphan_drug", "Orphan Drug Designation", folded=True)
    written_ways = ("orphan-drug designation", "Orphan Drug Designation", "orphan drug-designation")
    for written in written_ways:
        assert [label for label, _, _ in index.find(f"won {written} today")] == [
            "designation:orphan_drug"
        ], written
    # a hyphen that stands between spaces is a dash, still no word of the phrase
    assert index.find("an orphan - drug designation")[0][0] == "designation:orphan_drug"
    assert index.find("orphan drugs designation") == []


@pytest.mark.parametrize(
    "body",
    [
        "Zentaro Bio, Inc. announced that ZB-401 has received rare pediatric disease "
        "designation and orphan-drug designation from the U.S. Food and Drug Administration "
        "for the treatment of Farber disease.",
        "The FDA has granted Orphan-Drug Designation to Halcyra Therapeutics' HT-88 for "
        "the treatment of Wolman disease, Halcyra Therapeutics, Inc. said.",
    ],
)
def test_a_hyphenated_orphan_drug_designation_is_read(body):
    found = designations(f"Designation news\n\n{DATELINE}{body}\n")
    assert any(agency == "FDA" and kind == "orphan_drug" for _, agency, kind in found), found


# ---------------------------------------------------------------- standing disclaimers


@pytest.mark.parametrize(
    "sentence",
    [
        "ZB-401 is not currently approved for use in Japan, Canada or Brazil.",
        "ZB-401 isn't yet approved in Japan or Canada.",
        "ZB-401 has not as yet been approved in Japan or Canada.",
    ],
)
def test_a_disclaimer_with_a_time_adverb_tells_no_approval(sentence):
    text = (
        "Zentaro Bio receives FDA Fast Track\n\n" + DATELINE + "Zentaro Bio, Inc. announced "
        "that the FDA granted Fast Track designation to ZB-401 for Farber disease.\n\n"
        + sentence
        + "\n"
    )
    found = designations(text)
    assert ("ZB-401", "FDA", "fast_track") in found
    assert [f for f in found if f[2] == "approval"] == []


# ---------------------------------------------------------------- combination partners


@pytest.mark.parametrize(
    "body",
    [
        "Norvane SA said on Monday that Zelvira (velotumab) combined with carboplatin and "
        "paclitaxel has won U.S. Food and Drug Administration approval for ovarian cancer.",
        "Velotumab in combination with carboplatin and paclitaxel has received FDA approval "
        "for first-line ovarian cancer, Norvane SA said.",
    ],
)
def test_drugs_listed_after_a_partner_word_take_no_designation(body):
    found = designations(f"Norvane wins FDA nod\n\n{DATELINE}{body}\n")
    assert [drug for drug, _, _ in found] == ["velotumab"], found


# ---------------------------------------------------------------- business units


@pytest.mark.parametrize(
    "unit",
    ["Altmore Oncology", "Altmore Vaccines"],
)
def test_a_business_unit_named_in_a_post_keeps_the_company_name(unit):
    text = (
        "Corvid signs deal with Altmore\n\n" + DATELINE + "Corvid Bio has entered into an "
        "exclusive licensing agreement with Altmore to develop CB-7 in Japan. Corvid will "
        f'receive $20 million upfront.\n\n"This is great," said John Doe, president of {unit}.\n'
    )
    deal = extract(text)["deals"][0]
    assert {p["company"] for p in deal["parties"]} == {"Corvid Bio", "Altmore"}


# ---------------------------------------------------------------- short names


@pytest.mark.parametrize(
    ("formal", "short"),
    [
        ("Velmora Biopharmaceutical, Inc.", "Velbio"),
        ("Quellan Genetic Medicines Ltd.", "QGM"),
    ],
)
def test_an_unquoted_bracket_short_name_after_a_formal_name_is_its_alias(formal, short):
    text = (
        f"{DATELINE}{formal} ({short}), a gene therapy company, announced that VB-12 "
        f"received orphan drug designation. {short}'s program continues.\n"
    )
    found = entities(text)
    assert short in found[formal]
    assert short not in found


def test_a_bracketed_place_after_a_name_is_no_short_name():
    text = f"{DATELINE}Halden Medicines AG (Vienna) said HM-4 met its endpoint. Vienna is home.\n"
    found = entities(text)
    assert "Vienna" not in found.get("Halden Medicines AG", [])


@pytest.mark.parametrize(
    ("name", "initials"),
    [("Bristow-Myers Kimble Ltd", "BMK"), ("Tanner Oakridge Pharma Inc.", "TOP")],
)
def test_a_name_that_spells_a_companys_initials_is_that_company(name, initials):
    text = (
        f"{DATELINE}{name} today said it will license KX-1 from Halden AS. {initials} will "
        "pay $20 million upfront.\n"
    )
    found = entities(text)
    assert initials in found[name]
    assert initials not in found
    deal = extract(text)["deals"][0]
    assert {p["company"]: p["role"] for p in deal["parties"]}[name] == "licensee"


@pytest.mark.parametrize(
    ("name", "symbol"),
    [("Kestrel", "KSTL"), ("Brightwater", "BRWT")],
)
def test_a_bare_symbol_spelled_from_a_name_marks_a_company(name, symbol):
    text = (
        f"Torvane soared after it announced a $2.7 billion deal with {name} ({symbol}) that "
        f"will give {name} a 20% stake.\n"
    )
    found = entities(text)
    assert symbol in found[name]


def test_a_defined_term_in_brackets_is_no_symbol():
    text = "The Food and Drug Administration (FDA) approved Zelvira to treat adults with gout.\n"
    assert "Food and Drug Administration" not in entities(text)


# ---------------------------------------------------------------- people and joined names


@pytest.mark.parametrize(
    "opening",
    [
        "Velmora Pharma Inc. Chairman and CEO John Ostrander will retire in December.",
        "John Ostrander, Chief Executive Officer of Velmora Pharma Inc., will retire soon.",
    ],
)
def test_a_persons_surname_used_as_an_owner_is_no_company(opening):
    text = (
        "Velmora CEO to retire\n\n" + opening + " The company says Dana Ricks will replace "
        "Ostrander as CEO. Ostrander joined in 1990. Ostrander's announcement came a day after "
        "Velmora reported a profit.\n"
    )
    assert "Ostrander" not in entities(text)


def test_a_surname_rule_leaves_a_company_named_by_its_possessive():
    text = (
        f"{DATELINE}Brexley's board met today. Brexley's shares rose after Brexley said its "
        "lead drug met its endpoint, said Jane Roe, CEO of Brexley Pharma Inc.\n"
    )
    assert "Brexley Pharma Inc." in entities(text)


@pytest.mark.parametrize(
    "name", ["Harbin Bright & New Science Industry Group", "Dalian High & New Technology Group"]
)
def test_a_word_joined_by_an_ampersand_continues_a_name(name):
    text = (
        f"{name} announced that its subsidiary, Harbin Sailin Pharmaceutical Co., Ltd., has "
        "received approval from the National Medical Products Administration for tibolone.\n"
    )
    assert name in entities(text)


# -------------------------------------------------------- brands after an owner's possessive


@pytest.mark.parametrize(
    ("text", "drug", "agency"),
    [
        (
            "FDA approves Norvex's Zelvira for rare liver disease\n\n(Reuters) - The U.S. Food "
            "and Drug Administration on Friday approved Norvex Inc's Zelvira to treat adults "
            "with primary biliary cholangitis, the company said.\n",
            "Zelvira",
            "FDA",
        ),
        (
            "UK regulator clears Tessaly vaccine\n\nBritain's Medicines and Healthcare products "
            "Regulatory Agency has authorised Tessaly Vaccines' RSV shot Resvia for adults aged "
            "60 and over.\n",
            "Resvia",
            "MHRA",
        ),
        (
            "Pentland gets UK nod\n\nThe MHRA has granted marketing authorisation to Pentland "
            "Pharma's Migrelia for the preventive treatment of migraine in adults.\n",
            "Migrelia",
            "MHRA",
        ),
    ],
)
def test_a_brand_an_agency_approves_after_its_owners_possessive_is_a_product(text, drug, agency):
    result = extract(text)
    assert drug in [d["name"] for d in result["drugs"]]
    assert (drug, agency, "approval") in [
        (d["drug"], d["agency"], d["type"]) for d in result["designations"]
    ]


@pytest.mark.parametrize("word", ["Offer", "Plan"])
def test_what_else_a_board_approves_after_a_possessive_is_no_product(word):
    text = (
        f"Board backs deal\n\nThe board of Halden Pharma approved Corvid's {word} for the shares.\n"
    )
    assert [d["name"] for d in extract(text)["drugs"]] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Its RSV shot Resvia met the main goal of a late-stage trial.", "Resvia"),
        ("The obesity pill Velqara cut weight by 12% in the study.", "Velqara"),
    ],
)
def test_a_brand_after_a_news_word_for_a_product_is_a_product(sentence, name):
    from apps.ingestion.extraction.drugs import find_drugs

    text = f"Tessaly news\n\n{DATELINE}Tessaly Vaccines Inc. said on Monday: {sentence}\n"
    assert name in [d.name for d in find_drugs(analyse(text, None))]


# ---------------------------------------------------------------- company words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "EU backs gene therapy\n\nThe CHMP has recommended approval for Ambryn Genetics' "
            "gene therapy AMB-301 for adults with hemophilia B, the company said.\n",
            "Ambryn Genetics",
        ),
        (
            "Co-development pact\n\nGarrow Pharma and Silvan Neuroscience will jointly develop "
            "Silvan's anti-tau antibody SLV-9, the companies said.\n",
            "Silvan Neuroscience",
        ),
        (
            "Option exercised\n\nBrisco Pharmaceuticals has exercised its option to license "
            "KST-220, Keystone Antibodies' TL1A antibody, for ulcerative colitis.\n",
            "Keystone Antibodies",
        ),
        (
            "Orphan tag\n\nThe EMA has granted orphan designation to Alder Park Bio's APB-71 "
            "for soft tissue sarcoma, the company said on Wednesday.\n",
            "Alder Park Bio",
        ),
    ],
)
def test_the_trades_company_words_end_a_company_name(text, name):
    assert name in entities(text)


def test_a_site_without_a_company_word_is_still_no_company():
    text = "The deal was signed at the Zhangjiang Science Park by Velmir Pharma Inc. on Monday.\n"
    assert set(entities(text)) == {"Velmir Pharma Inc."}


@pytest.mark.parametrize("acronym", ["ADC", "siRNA"])
def test_a_modality_acronym_after_an_owner_is_no_company(acronym):
    text = (
        f"Rostock's {acronym} granted fast track by FDA\n\nThe FDA has granted fast track "
        f"designation to Rostock Biologics' {acronym} RSB-415 for ovarian cancer.\n"
    )
    assert acronym not in entities(text)


def test_a_company_named_with_a_unit_word_outside_a_post_keeps_its_name():
    text = (
        "Pact\n\nSilvan Neuroscience and Garrow Pharma will jointly develop SLV-9. Silvan's "
        'shares rose. "We are glad," said Jane Roe of Garrow.\n'
    )
    assert "Silvan Neuroscience" in entities(text)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Peiran Medical said on Monday it raised $80 million in a Series C round.",
            "Peiran Medical",
        ),
        ("Shares of Corvane Medical rose after it completed enrolment.", "Corvane Medical"),
    ],
)
def test_medical_ending_a_capitalised_run_names_a_company(sentence, name):
    assert name in entities(f"{DATELINE}{sentence}\n")


@pytest.mark.parametrize(
    "telling",
    [
        "the U.S. Food and Drug Administration has granted Breakthrough Therapy designation to "
        "Velqara for the treatment of adults with IgA nephropathy",
        "the FDA approved Velqara to treat adults with IgA nephropathy",
    ],
)
def test_a_capitalised_brand_a_designation_names_for_a_use_is_a_product(telling):
    text = f"Velmir news\n\n{DATELINE}Velmir Therapeutics, Inc. announced that {telling}.\n"
    assert "Velqara" in [d["drug"] for d in extract(text)["designations"]]


def test_a_company_granted_something_for_its_product_is_no_brand():
    text = (
        "Velmir news\n\nBOSTON -- The FDA granted orphan drug designation to Velmir for its "
        "lead program in gout.\n"
    )
    assert [d["name"] for d in extract(text)["drugs"]] == []


@pytest.mark.parametrize(
    ("full", "short"),
    [("Eli Lilly", "Lilly"), ("Johnson & Johnson", "J&J")],
)
def test_the_trades_short_form_of_a_company_named_in_full_is_that_company(full, short):
    text = (
        f"Pact\n\n{DATELINE}{full} signed a licence agreement with Velmar Therapeutics for "
        f"VT-101. {short}'s upfront payment is $50 million, and {short}'s team will lead "
        f"development. {short} shares rose.\n"
    )
    found = entities(text)
    assert short in found[full]
    assert short not in found


@pytest.mark.parametrize(
    ("sentence", "ticker"),
    [
        (
            'The shares will begin trading on the Nasdaq Global Market under the ticker "CRVN".',
            "CRVN.NASDAQ",
        ),
        ("Its stock is listed on the New York Stock Exchange under the symbol CRVN.", "CRVN.NYSE"),
    ],
)
def test_a_listing_symbol_with_its_exchange_is_the_companys_ticker(sentence, ticker):
    text = (
        "Corvane prices IPO\n\nCorvane Bio priced its initial public offering of 10 million "
        f"shares at $17 each, raising $170 million. {sentence}\n"
    )
    company = extract(text)["companies"][0]
    assert company["tickers"] == [ticker]


def test_a_symbol_with_no_exchange_named_is_no_ticker():
    text = (
        "Corvane prices IPO\n\nCorvane Bio priced its initial public offering of 10 million "
        'shares at $17 each, raising $170 million. It trades under the symbol "CRVN".\n'
    )
    assert extract(text)["companies"][0]["tickers"] == []


# ---------------------------------------------------------------- round 14, second breaker


@pytest.mark.parametrize("name", ["Eskeland Bio AS", "Ostrava Pharma s.r.o.", "Brno Biotech a.s."])
def test_nordic_czech_and_slovak_legal_forms_end_a_name(name):
    text = (
        f"Merger\n\nOSLO, May 3, 2025 -- Graymoor Pharma ASA and {name} today announced a merger.\n"
    )
    assert name in entities(text)


def test_the_word_as_in_a_line_of_capitals_is_no_legal_form():
    text = (
        "HALDEN AND VELMIR ANNOUNCE APPROVAL\n\n* THIS MARKS A MILESTONE FOR VELMIR, AS IT GROWS "
        "ITS FOOTPRINT\n\nOSLO, May 3, 2025 -- Halden AG licensed HX-101 to Velmir Pharma Ltd.\n"
    )
    assert not [name for name in entities(text) if name.endswith("AS")]


def test_a_cover_issuers_ticker_is_never_a_counterpartys_from_the_body():
    text = (
        "RUIYUAN BIOLOGICS LIMITED\n(Stock Code: 9877)\n\nVOLUNTARY ANNOUNCEMENT\n\nThe board of "
        'directors of Ruiyuan Biologics Limited (the "Company") announces that the Company '
        "entered into a licence agreement with Northgate Pharmaceuticals Inc. (NYSE: NTHG) "
        "for RY-77.\n"
    )
    tickers = {c["name"].upper(): c["tickers"] for c in extract(text)["companies"]}
    assert tickers["RUIYUAN BIOLOGICS LIMITED"] == ["9877.HK"]
    assert tickers["NORTHGATE PHARMACEUTICALS INC."] == ["NTHG.NYSE"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "VT-301 has received Regenerative Medicine Advanced Therapy designation for Duchenne "
            "muscular dystrophy.",
            ("VT-301", "FDA", "rmat"),
        ),
        (
            "VT-301 received RMAT designation in 2024 and PRIME designation from the EMA in 2025.",
            ("VT-301", "FDA", "rmat"),
        ),
    ],
)
def test_rmat_is_always_the_fdas_program(sentence, expected):
    text = f"Velmir news\n\nBOSTON, May 3, 2025 -- Velmir Therapeutics, Inc. said {sentence}\n"
    found = designations(text)
    assert expected in found
    assert ("VT-301", "EMA", "rmat") not in found


@pytest.mark.parametrize(
    "headline",
    [
        "Velmir Announces FDA Acceptance of NDA and Priority Review for VT-301",
        "FDA Accepts Velmir's NDA for VT-301 and Grants Priority Review",
    ],
)
def test_a_program_told_with_a_filings_acceptance_is_granted(headline):
    text = (
        f"{headline}\n\n{DATELINE}Velmir Therapeutics, Inc. announced that the FDA has accepted "
        "its New Drug Application for VT-301 for gout and granted Priority Review.\n"
    )
    status = {(d["type"]): d["status"] for d in extract(text)["designations"]}
    assert status["approval"] == "accepted"
    assert status["priority_review"] == "granted"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "NMPA APPROVAL OF VELQ-08 FOR MULTIPLE MYELOMA",
            "the NMPA has granted conditional approval to VELQ-08 for relapsed multiple myeloma",
        ),
        (
            "Velmir Receives FDA Approval for VELQ-08",
            "the FDA has granted accelerated approval to VELQ-08 for relapsed multiple myeloma",
        ),
    ],
)
def test_a_headlines_plain_approval_is_the_bodys_approval_of_a_kind(headline, body):
    text = f"{headline}\n\n{DATELINE}Velmir Therapeutics, Inc. announced that {body}.\n"
    types = [kind for _, _, kind in designations(text)]
    assert types.count("approval") == 0
    assert len(types) == 1


def test_a_plain_approval_told_in_the_body_stays_beside_a_conditional_one():
    text = (
        f"Velmir news\n\n{DATELINE}Velmir Therapeutics, Inc. announced that the EMA granted "
        "conditional approval to VELQ-08 in 2023. The FDA approved VELQ-08 for myeloma in 2024, "
        "and the EMA approved VELQ-08 in full in 2025.\n"
    )
    found = designations(text)
    assert ("VELQ-08", "EMA", "approval") in found
    assert ("VELQ-08", "EMA", "conditional_approval") in found


@pytest.mark.parametrize("aside", ["an antibody-drug conjugate", "its lead oral GLP-1 candidate"])
def test_an_apposition_between_a_filing_and_its_approval_keeps_one_ind_clearance(aside):
    text = (
        f"Update\n\nHONG KONG, August 12, 2024 -- Velmir Biopharma Holdings Limited announced "
        f"that the investigational new drug application for VX-301, {aside}, has been "
        "approved by the NMPA.\n"
    )
    assert designations(text) == [("VX-301", "NMPA", "ind_clearance")]


@pytest.mark.parametrize("form", ["Co., Ltd.", "Inc."])
def test_a_legal_form_before_an_opening_quotation_ends_the_sentence(form):
    text = (
        f"Update\n\n{DATELINE}Norvale Therapeutics, Inc. announced that it has licensed NV-114 "
        f'to Kestrel Pharma {form} "We are pleased," said the CEO.\n'
    )
    deals = extract(text)["deals"]
    assert [d["type"] for d in deals] == ["license"]
    assert {p["role"] for p in deals[0]["parties"]} == {"licensor", "licensee"}
