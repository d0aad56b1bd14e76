"""Round 16 (lead): how news items name a product, and long releases in linear time.
Every company, person, product and sentence here is made up.

- a news item introduces the product after telling what happened to it: "The drug, Velqara,
  was approved ...", "the new treatment, called Orvex, ...";
- "known chemically as" gives a product's generic name;
- an agency's telling that names no product takes the product the next sentence introduces;
- a release's company mentions are resolved once, however many sentences re-register a deal's
  parties, and sentences compare by identity (both were quadratic in a long release).
"""

from apps.ingestion.extraction import entities as entities_module
from apps.ingestion.extraction import extract
from apps.ingestion.extraction.text import analyse


def drug_names(text: str) -> list[tuple[str, list[str]]]:
    return [(d["name"], d["aliases"]) for d in extract(text)["drugs"]]


def designations(text: str) -> list[tuple[str, str, str]]:
    return [(d["drug"], d["agency"], d["type"]) for d in extract(text)["designations"]]


# ---------------------------------------------------------------- the product named after


def test_a_product_introduced_by_an_apposition_after_the_telling_is_a_drug():
    text = (
        "(Wire) - Regulators in Europe on Friday backed Halden Pharma's eczema cream.\n"
        "The treatment, Dermiva, was cleared for adults with moderate atopic dermatitis.\n"
    )
    assert [name for name, _ in drug_names(text)] == ["Dermiva"]


def test_a_product_introduced_with_called_is_a_drug_and_a_plain_apposition_word_is_not():
    called = (
        "Corrin Bio said on Monday the FDA had approved its new pill, called Orvextra, for "
        "migraine.\n"
    )
    assert [name for name, _ in drug_names(called)] == ["Orvextra"]
    # a capitalised word that is no name ("The drug, However, ...") never passes: it must
    # close the apposition and the sentence must go on with a verb
    plain = "The drug market grew. The therapy, Friday sales showed, was popular.\n"
    assert drug_names(plain) == []


def test_known_chemically_as_gives_the_generic_name_of_the_same_product():
    text = (
        "(Wire) - The FDA on Monday approved a treatment for a rare skin disease.\n"
        "The company's medicine, Zelbrin, known chemically as mavotinib, is made by Norvale "
        "Inc and is designed to treat epidermolysis bullosa.\n"
    )
    found = drug_names(text)
    assert len(found) == 1
    name, aliases = found[0]
    assert {name, *aliases} == {"Zelbrin", "mavotinib"}


def test_an_agency_telling_without_a_product_takes_the_product_the_next_sentence_introduces():
    text = (
        "(Wire) - The U.S. Food and Drug Administration on Tuesday approved Dutch drugmaker "
        "Velora's kidney drug, the company said.\n"
        "The drug, Tarvessa, was approved for adults with IgA nephropathy.\n"
    )
    assert designations(text) == [("Tarvessa", "FDA", "approval")]


def test_the_next_sentence_may_describe_the_product_without_any_approval_word():
    text = (
        "LONDON (Wire) - Britain's medicines regulator on Monday granted marketing "
        "authorisation to the first treatment for a rare blood disorder.\n"
        "The medicine, Hemavant, is made by Corlis Bio and is given once a month.\n"
    )
    assert designations(text) == [("Hemavant", "MHRA", "approval")]


def test_a_next_sentence_that_opens_on_something_else_gives_no_product():
    text = (
        "(Wire) - The FDA on Tuesday approved a new kidney drug, the company said.\n"
        "Analysts said Tarvessa, a rival product from Velora, would lose sales.\n"
    )
    assert designations(text) == []


# ---------------------------------------------------------------- long releases


def test_company_mentions_are_resolved_once_however_many_sentences_name_the_same_deal(
    monkeypatch,
):
    computed = []
    original = entities_module.Entities._compute

    def counting(self):
        computed.append(1)
        original(self)

    monkeypatch.setattr(entities_module.Entities, "_compute", counting)
    sentence = (
        "Kestrel Bio Inc. and Norvale Pharma Ltd. entered into a license agreement for KST-101 "
        "with an upfront payment of $10 million. "
    )
    extract(sentence * 60)
    # one resolution after the entity step and a few after rules that add a company; never one
    # per sentence
    assert len(computed) < 10


# ---------------------------------------------------------------- releases in capitals


def test_a_legal_form_in_capitals_does_not_end_the_sentence():
    for text in (
        "BOSTON, MAY 3, 2026 -- HALDEN BIO INC. AND CORLIS PHARMA LTD. TODAY SIGNED A DEAL.",
        "ORVEX THERAPEUTICS CORP. (NASDAQ: ORVX) SAID IT HAD PAID $5 MILLION TO PELLA CO. "
        "FOR THE RIGHTS.",
    ):
        assert len(analyse(text).sentences) == 1, text


def test_a_capitals_word_other_than_a_legal_form_still_ends_its_sentence():
    doc = analyse("THE DEAL WAS SIGNED WITH NORVALE AG. THE FDA. THEN IT CLOSED.")
    assert len(doc.sentences) == 3


def test_an_all_capitals_licence_keeps_both_parties():
    text = (
        "BOSTON, MAY 3, 2026 -- HALDEN BIO INC. (NASDAQ: HLDN) TODAY ANNOUNCED THAT IT HAS "
        "GRANTED CORLIS PHARMA LTD. AN EXCLUSIVE LICENSE TO DEVELOP HB-204 IN JAPAN.\n"
    )
    deals = extract(text)["deals"]
    assert [(p["company"], p["role"]) for p in deals[0]["parties"]] == [
        ("HALDEN BIO INC.", "licensor"),
        ("CORLIS PHARMA LTD.", "licensee"),
    ]


# ---------------------------------------------------------------- regulators' own names


def test_provisional_approval_and_a_notice_with_conditions_are_conditional_approvals():
    tga = (
        "SYDNEY, Australia, May 3, 2026 -- Halden Bio Ltd (ASX: HLD) today announced that the "
        "Therapeutic Goods Administration (TGA) has granted provisional approval for HB-204 "
        "for adults with IgA nephropathy.\n"
    )
    canada = (
        "TORONTO, May 3, 2026 -- Corlis Pharma Inc. said Health Canada has issued a Notice of "
        "Compliance with Conditions (NOC/c) for Corlivant (velotinib) in myelofibrosis.\n"
    )
    assert designations(tga) == [("HB-204", "TGA", "conditional_approval")]
    assert designations(canada) == [("velotinib", "Health Canada", "conditional_approval")]


# ---------------------------------------------------------------- hard-wrapped text


def wrapped(headline: str, body: str, width: int) -> str:
    import textwrap

    return headline + "\n" + "\n".join(textwrap.wrap(body, width))


def test_a_wrapped_release_keeps_its_headline_above_the_dateline():
    from apps.ingestion.readers import unwrap_hard_breaks

    body = (
        "SAN DIEGO and SHANGHAI, Jan. 5, 2026 -- Corlis Pharma Ltd. today announced that it "
        "has signed a research collaboration with Halden Bio, Inc. to discover oral "
        "inhibitors for fibrosis, with an upfront payment of $12 million and up to $90 million "
        "in milestones. The companies will share the costs of development equally."
    )
    for headline, width in (
        ("Corlis Pharma and Halden Bio Sign Research Collaboration in Fibrosis Worldwide", 70),
        ("Corlis signs fibrosis discovery pact with Halden Bio for oral drugs", 64),
    ):
        text = wrapped(headline, body, width)
        lines = unwrap_hard_breaks(text).split("\n")
        assert lines[0] == headline
        assert lines[1].startswith("SAN DIEGO and SHANGHAI, Jan. 5, 2026 --")
        assert len(lines) == 2


def status_of(text: str) -> list[tuple[str, str, str]]:
    return [(d["drug"], d["type"], d["status"]) for d in extract(text)["designations"]]


def test_a_withdrawn_application_is_never_granted():
    for text in (
        "AMSTERDAM, May 3, 2026 -- Ferlow Biologics N.V. today announced that it has withdrawn "
        "its Marketing Authorisation Application to the European Medicines Agency for "
        "anifrolovab in systemic lupus erythematosus.\n",
        "BASEL, May 3, 2026 -- Corlis AG said it withdrew the New Drug Application for KX-12 "
        "from the FDA after a review of the trial data.\n",
    ):
        assert [status for _, _, status in status_of(text)] == ["other"], text


def test_a_brand_named_as_it_will_be_sold_takes_the_telling_before():
    text = (
        "(Wire) - European regulators on Thursday approved Pella Bio's migraine pill, the "
        "company said.\n"
        "The medicine, which will be marketed under the trade name Orvexa, is taken once a "
        "day.\n"
    )
    assert designations(text) == [("Orvexa", "EMA", "approval")]


def test_chemically_known_as_names_a_generic_name_no_stem_knows():
    text = (
        "(Wire) - The FDA on Monday approved Korvane Bio's skin cancer drug.\n"
        "The drug, to be sold under the brand name Dermizo, was approved for adults.\n"
        "Dermizo, chemically known as velpatrexin, is given every three weeks.\n"
    )
    name, aliases = drug_names(text)[0]
    assert {name, *aliases} == {"Dermizo", "velpatrexin"}


def test_withdrawal_as_a_symptom_is_no_withdrawn_application():
    text = (
        "BOSTON, May 3, 2026 -- Pella Bio Inc. said PB-310 is the only non-opioid medicine "
        "approved by the FDA to ease opioid withdrawal symptoms.\n"
    )
    assert status_of(text) == [("PB-310", "approval", "granted")]


def test_the_withdrawal_of_an_application_is_never_granted():
    text = (
        "BASEL, May 3, 2026 -- Corlis AG announced the withdrawal of its Marketing "
        "Authorisation Application for KX-12 by the EMA.\n"
    )
    assert [status for _, _, status in status_of(text)] == ["other"]


def test_a_news_agency_tag_names_no_kind_of_deal():
    for tag in ("(Alliance News)", "(Partnership Wire)"):
        text = (
            f"LONDON {tag} - Pellick Bio PLC said Mitsuhara Pharma will pay it $20 million "
            "upfront for Japanese rights to its kidney drug PK-900.\n"
        )
        assert "collaboration" not in [d["type"] for d in extract(text)["deals"]], tag


def company_names(text: str) -> list[str]:
    return [c["name"] for c in extract(text)["companies"]]


def test_a_cashtag_after_a_bare_name_marks_a_company():
    for text in (
        "(Wire) - Shares of Unilore ($UNLR) jumped 12% on Tuesday after it signed a license "
        "agreement with Corlis Pharma Inc. for its injector.\n",
        "Kestrova ($KSV) said on Monday it had signed a licence agreement with Halden Bio Inc.\n",
    ):
        assert company_names(text)[0] in ("Unilore", "Kestrova"), text


def test_a_hyphenated_price_before_the_deal_word_is_the_deal_value():
    for text, amount in (
        (
            "BOSTON, May 3, 2026 -- Halden Bio Inc. agreed to buy Corlis Pharma Inc. in a "
            "$454-million deal, the companies said.\n",
            454_000_000,
        ),
        (
            "Pella Bio Inc. completed its €1.2-billion takeover of Orvex Therapeutics Ltd. on "
            "Friday.\n",
            1_200_000_000,
        ),
    ):
        deal = extract(text)["deals"][0]
        assert deal["terms"]["total_value"]["amount"] == amount, text
