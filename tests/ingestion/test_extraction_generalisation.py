"""Wording the extractor must generalise to, on short synthetic releases (invented names)."""

from apps.ingestion.extraction import extract


def release(body: str, headline: str = "Acme Update") -> str:
    return f"{headline}\n\nBOSTON, May 6, 2025 /PRNewswire/ -- {body}\n"


def deal_of(result: dict, kind: str) -> dict:
    return next(d for d in result["deals"] if d["type"] == kind)


def test_co_development_and_co_commercialization_agreement_is_co_development():
    result = extract(
        release(
            'Pinecrest Biotech Co., Ltd. ("Pinecrest") and Larkspur Pharma Co., Ltd. '
            '("Larkspur") today announced that they '
            "have entered into a co-development and co-commercialization agreement for PCB-101 in "
            "mainland China. Larkspur will pay Pinecrest an upfront payment of RMB 100 million."
        )
    )
    deal = deal_of(result, "co_development")
    assert {p["role"] for p in deal["parties"]} == {"partner"}
    assert deal["territory"] == "mainland China"
    assert deal["terms"]["upfront"] == {"amount": 100000000, "currency": "CNY"}


def test_merger_of_equals_has_partners_and_a_valued_total():
    result = extract(
        release(
            "Ashgrove Bio plc and Brindle Labs, Inc. today announced that they have entered into "
            "a definitive agreement to combine in an all-share merger of equals. The transaction "
            "values Brindle at approximately US$300 million."
        )
    )
    deal = deal_of(result, "merger")
    assert [p["role"] for p in deal["parties"]] == ["partner", "partner"]
    assert deal["terms"]["total_value"] == {"amount": 300000000, "currency": "USD"}


def test_option_and_license_agreement_with_an_option_fee_and_a_separate_equity_investment():
    result = extract(
        release(
            'Corvid Therapeutics, Inc. ("Corvid") and Dunmore Biosciences Co., Ltd. '
            '("Dunmore") today announced an '
            "exclusive option and license agreement under which Dunmore has granted Corvid an "
            "exclusive option to obtain worldwide rights to DMB-220.\n\n"
            "Under the terms of the agreement, Corvid will pay Dunmore an upfront option fee of "
            "USD 15 million and up to USD 200 million in milestone payments.\n\n"
            "In addition, Corvid will make a USD 10 million equity investment in Dunmore."
        )
    )
    option = deal_of(result, "option")
    assert option["terms"]["upfront"] == {"amount": 15000000, "currency": "USD"}
    assert "license" not in {d["type"] for d in result["deals"]}
    equity = deal_of(result, "equity_investment")
    roles = {p["company"]: p["role"] for p in equity["parties"]}
    assert roles == {
        "Corvid Therapeutics, Inc.": "investor",
        "Dunmore Biosciences Co., Ltd.": "investee",
    }
    assert equity["terms"]["total_value"] == {"amount": 10000000, "currency": "USD"}
    assert equity["announced_on"] == "2025-05-06"


def test_upfront_cash_payment_and_milestones_told_as_additional_payments():
    result = extract(
        release(
            "Elmstead Pharma A/S today announced that it will acquire Fenwick Bio B.V.\n\n"
            "Under the terms of the agreement, Elmstead will acquire all outstanding shares of "
            "Fenwick for an upfront cash payment of €400 million. Fenwick shareholders will be "
            "eligible to receive up to €100 million in additional payments upon the achievement "
            "of specified development and regulatory milestones."
        )
    )
    terms = deal_of(result, "acquisition")["terms"]
    assert terms["upfront"] == {"amount": 400000000, "currency": "EUR"}
    assert terms["milestones"] == {"amount": 100000000, "currency": "EUR"}


def test_a_recapped_agreement_keeps_its_signing_period_and_no_announced_date():
    result = extract(
        release(
            "Gorse Pharma Ltd. today announced approval of GPL-310 in the United Kingdom and "
            "Ireland, where Gorse holds exclusive rights under a license agreement entered into "
            "with Heathfield Pharmaceutical Co., Ltd. in 2022."
        )
    )
    deal = deal_of(result, "license")
    assert deal["announced_on"] is None
    assert deal["signed_on"] == "2022"
    assert deal["territory"] == "the United Kingdom and Ireland"


def test_the_announcing_company_is_the_main_one_not_an_investor_in_the_deck_line():
    text = (
        "Quillon Genetics Raises £40 Million Series B\n"
        "Financing led by Ravel Capital, with participation from existing investors\n\n"
        'LONDON, 6 May 2025 /PRNewswire/ -- Quillon Genetics Limited ("Quillon"), a gene '
        "therapy company, today announced a £40 million Series B financing.\n"
        "Quillon also announced the appointment of Dr. Ada Ng as Chief Medical Officer.\n"
    )
    result = extract(text)
    assert {e["company"] for e in result["events"]} == {"Quillon Genetics Limited"}
    assert "Ravel Capital" not in {c["name"] for c in result["companies"]}


def test_an_event_belongs_to_the_company_named_before_its_trigger():
    result = extract(
        release(
            'Sorrel Bio plc ("Sorrel") and Tamsin Biologics, Inc. ("Tamsin") today announced a '
            "merger agreement.\n\n"
            "Tamsin opened its new commercial manufacturing facility in Ohio in November 2024. "
            "In January 2025, the facility completed a pre-license inspection by the FDA."
        )
    )
    events = {e["type"]: e for e in result["events"]}
    assert events["facility"]["company"] == "Tamsin Biologics, Inc."
    assert events["gmp_inspection"]["company"] == "Tamsin Biologics, Inc."
    assert events["gmp_inspection"]["date"] == "2025-01"


def test_a_completed_phase_1b_study_is_a_clinical_milestone_of_the_drugs_owner():
    result = extract(
        release(
            'Umber Pharma A/S ("Umber") today announced that it will acquire Vireo Bio B.V. '
            '("Vireo"), including its lead asset UVB-101, an antibody.\n\n'
            "UVB-101 has completed a Phase 1b study in patients with ulcerative colitis."
        )
    )
    milestone = next(e for e in result["events"] if e["type"] == "clinical_milestone")
    assert milestone["company"] == "Vireo Bio B.V."


def test_two_word_inns_and_newer_antibody_stems_are_drug_names():
    result = extract(
        release(
            'Wexford Oncology, Inc. ("Wexford") today announced that the FDA granted Accelerated '
            "Approval to zanotamab vedotin (WXF-201). The FDA also granted Breakthrough Therapy "
            "Designation to quelitamig (WXF-330)."
        )
    )
    names = {d["name"] for d in result["drugs"]}
    assert {"zanotamab vedotin", "quelitamig"} <= names
    assert {d["drug"] for d in result["designations"]} == {"zanotamab vedotin", "quelitamig"}


def test_a_surname_that_ends_like_an_inn_is_not_a_drug():
    result = extract(
        release(
            'Pedrsen Therapeutics, Inc. ("Pedrsen") today announced an exclusive license '
            "agreement with Yarrow Bio Co., Ltd. for YRB-410. Pedrsen will pay an upfront payment "
            "of $5 million."
        )
    )
    assert "pedrsen" not in {d["name"] for d in result["drugs"]}
