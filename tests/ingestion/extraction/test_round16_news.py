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
