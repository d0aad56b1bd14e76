"""Round 14: a co-formulated product's name, a product named by its generic name and dosage
form, and a drug's owner, on invented releases (every company, product and sentence here is
made up)."""

import pytest

from apps.ingestion.extraction.drugs import find_drugs
from apps.ingestion.extraction.text import analyse, fold
from tests.ingestion.extraction.drug_helpers import DATELINE, all_names, release


def drug_named(result: dict, name: str) -> dict:
    wanted = fold(name)
    return next(d for d in result["drugs"] if wanted in all_names({"drugs": [d]}))


# ---------------------------------------------------------------- co-formulated names


@pytest.mark.parametrize(
    ("headline", "body", "name", "brand"),
    [
        (
            "Quillon Bio Wins FDA Approval for Velorix",
            "Quillon Bio announced that the FDA approved Velorix® (velotamab and "
            "hyaluronidase-qxrt) for adults with severe asthma. Velorix is given under the skin.",
            "velotamab and hyaluronidase-qxrt",
            "Velorix",
        ),
        (
            "Harrowgate Receives Approval of Trenzio SC",
            "Harrowgate Therapeutics said the U.S. Food and Drug Administration has approved "
            "TRENZIO (pertuzumab, renotuzumab-kmqa, and hyaluronidase-zzxf) to treat breast "
            "cancer.",
            "pertuzumab, renotuzumab-kmqa, and hyaluronidase-zzxf",
            "TRENZIO",
        ),
    ],
)
def test_co_formulated_generic_name_in_a_bracket_stays_one_name(headline, body, name, brand):
    result = release(headline, body)
    drug = drug_named(result, name)
    assert fold(drug["name"]) == fold(name)
    assert fold(brand) in {fold(a) for a in drug["aliases"]}
    assert len(result["drugs"]) == 1  # no ingredient listed on its own


def test_a_lone_inn_with_the_fda_suffix_keeps_its_inn_as_name():
    result = release(
        "Harrowgate Receives Approval",
        "Harrowgate Therapeutics said the FDA has approved TRENZIO (renotuzumab-kmqa) to treat "
        "breast cancer.",
    )
    assert [d["name"] for d in result["drugs"]] == ["renotuzumab"]


# ---------------------------------------------------------------- owner beside a drugless deal


@pytest.mark.parametrize(
    ("headline", "body", "product", "owner"),
    [
        (
            "Harrowgate Licenses Asthma Programme from Quillon",
            "Harrowgate Therapeutics entered into an exclusive license agreement with Quillon Bio "
            "AG for a Phase 2 asthma programme. Harrowgate will pay an upfront fee of $20 "
            "million. The programme centres on velotamab, a monoclonal antibody that met its "
            "primary endpoint in a Phase 2 trial.",
            "velotamab",
            "Quillon Bio AG",
        ),
        (
            "Brightwell to Acquire Pellam Pharma for $900 Million",
            "Brightwell plc agreed to acquire Pellam Pharma Inc. for $900 million in cash. "
            "Brightwell will gain rights to a Phase 2 gout programme. PLM-880, an oral inhibitor, "
            "met its primary endpoint in a Phase 2 trial, Brightwell said.",
            "PLM-880",
            "Pellam Pharma Inc.",
        ),
    ],
)
def test_product_beside_a_deal_naming_none_is_the_licensors_or_targets(
    headline, body, product, owner
):
    result = release(headline, body)
    assert drug_named(result, product)["owner"] == owner


def test_a_product_its_words_give_to_the_licensee_stays_the_licensees():
    result = release(
        "Harrowgate Licenses Platform from Quillon",
        "Harrowgate Therapeutics entered into an exclusive license agreement with Quillon Bio AG "
        "for an antibody platform. Harrowgate will pay an upfront fee of $20 million. "
        "Harrowgate's lead candidate, HRG-5512, met its primary endpoint in a Phase 2 trial.",
    )
    assert drug_named(result, "HRG-5512")["owner"] == "Harrowgate Therapeutics"


# ---------------------------------------------------------------- a person's title is no owner


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Quillon Bio Reports Phase 2 Results for Velotamab",
            "Quillon Bio AG reported positive Phase 2 results for velotamab in severe asthma. "
            "Marta Holm, Brightwell plc's chief medical officer, said: \"The data for velotamab "
            'are encouraging for patients."',
        ),
        (
            "Quillon Bio Presents Phase 2 Data for Velotamab",
            "Quillon Bio AG presented Phase 2 data for velotamab in severe asthma. Lena Ortiz, "
            "Brightwell plc's vice president of research, commented: “We are pleased that "
            "velotamab met its primary endpoint.”",
        ),
    ],
)
def test_a_possessive_before_a_persons_title_gives_no_product(headline, body):
    result = release(headline, body)
    assert drug_named(result, "velotamab")["owner"] == "Quillon Bio AG"


# ---------------------------------------------------------------- "Its pipeline includes D"


@pytest.mark.parametrize(
    ("body", "product", "owner"),
    [
        (
            "Brightwell plc dosed the first patient in a Phase 1 trial. Pellam Pharma Inc. is a "
            "clinical-stage biotech based in Boston. Its pipeline includes PLM-880, an oral "
            "inhibitor in a Phase 2 trial in gout.",
            "PLM-880",
            "Pellam Pharma Inc.",
        ),
        (
            "Brightwell plc dosed the first patient in a Phase 1 trial. Kestrel Therapeutics "
            "develops treatments for rare diseases. The company's lead candidate, KX-517, "
            "received Fast Track designation from the FDA in 2025.",
            "KX-517",
            "Kestrel Therapeutics",
        ),
    ],
)
def test_a_sentence_opening_with_its_gives_the_product_to_the_company_before(body, product, owner):
    result = release("Brightwell Doses First Patient", body)
    assert drug_named(result, product)["owner"] == owner


# ---------------------------------------------------------------- a biologic named by substance


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Hanlin Pharmaceutical Co., Ltd. said its subsidiary received approval from the "
            "National Medical Products Administration for three products: Recombinant Human "
            "Thrombopoietin Injection, Tibolone Tablets and Levetiracetam Oral Solution.",
            "Recombinant Human Thrombopoietin Injection",
        ),
        (
            "Hanlin Pharmaceutical Co., Ltd. received NMPA approval for recombinant human growth "
            "hormone injection for children with short stature.",
            "recombinant human growth hormone injection",
        ),
        (
            "Hanlin Pharmaceutical Co., Ltd. won NMPA approval for two new drugs: recombinant "
            "erythropoietin alfa K07 injection and rivaroxaban tablets.",
            "recombinant erythropoietin alfa K07 injection",
        ),
    ],
)
def test_recombinant_substance_with_a_dosage_form_is_named_as_the_whole_product(body, product):
    result = release("Hanlin Pharma Wins Approval", body)
    assert fold(product) in all_names(result)
    names = {fold(d["name"]) for d in result["drugs"]}
    assert not names & {"thrombopoietin", "growth hormone", "erythropoietin"}


# ---------------------------------------------------------------- a patient's level, a partner


@pytest.mark.parametrize(
    ("text", "substance"),
    [
        (
            "Pellam Pharma Inc. received FDA approval for Velorix® tablets to treat low estrogen "
            "symptoms in postmenopausal women.",
            "estrogen",
        ),
        (
            "The FDA approved Zenvira® capsules from Pellam Pharma Inc. for adults with "
            "elevated cortisol after surgery.",
            "cortisol",
        ),
    ],
)
def test_a_substance_after_a_level_word_is_no_product(text, substance):
    names = {fold(d.name) for d in find_drugs(analyse(text))}
    assert substance not in names


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        (
            "Pellam Pharma Inc. dosed the first patient with PLM-880 in a Phase 1 trial. Pellam "
            "also plans a Phase 2 trial combining the drug with paclitaxel in breast cancer.",
            "paclitaxel",
        ),
        (
            "Pellam Pharma Inc. dosed the first patient with PLM-880 in a Phase 1 trial and "
            "intends to combine it with docetaxel in a Phase 2 trial next year.",
            "docetaxel",
        ),
    ],
)
def test_a_product_the_subject_is_combined_with_is_a_partner(body, partner):
    result = release("Pellam Doses First Patient with PLM-880", body)
    assert fold("PLM-880") in all_names(result)
    assert partner not in all_names(result)


# ---------------------------------------------------------------- a short code a noun introduces


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Orvane Bio said the FDA meeting minutes support moving its anti-IL-23 nanoAb "
            "(ORV-4) into a Phase 1/2a trial in psoriasis. The agency accepted a comparison of "
            "ORV-4 with placebo.",
            "ORV-4",
        ),
        (
            "Kestrel Therapeutics will advance its long-acting antibody (KTX-9) into a Phase 2 "
            "study in asthma later this year, the company said.",
            "KTX-9",
        ),
    ],
)
def test_a_short_code_in_a_bracket_after_a_product_noun_is_the_product(body, code):
    names = {d.name for d in find_drugs(analyse(f"Pipeline Update\n{DATELINE}{body}"))}
    assert code in names


# ---------------------------------------------------------------- a list of products with forms


@pytest.mark.parametrize(
    ("body", "product", "salt_word"),
    [
        (
            "Hanlin Pharmaceutical Co., Ltd. received NMPA approval for two new drugs: Kelvomer "
            "Injection and Tibolone Tablets.",
            "Kelvomer",
            None,
        ),
        (
            "Hanlin Pharmaceutical Co., Ltd. said the NMPA approved three generic drugs: "
            "Rivaroxaban Tablets, Dorvalin Hydrochloride Capsules and Levetiracetam Oral "
            "Solution.",
            "Dorvalin",
            "hydrochloride",
        ),
    ],
)
def test_a_name_listed_with_its_dosage_form_beside_known_products_is_a_product(
    body, product, salt_word
):
    result = release("Hanlin Wins Approvals", body)
    assert fold(product) in all_names(result)
    assert salt_word not in all_names(result)


def test_a_colon_list_of_capitalised_words_with_no_known_product_names_none():
    text = (
        "Hanlin Pharmaceutical Co., Ltd. received NMPA approval for its two campaigns: Sunrise "
        "Tablets and Harbour Injection."
    )
    names = {fold(d.name) for d in find_drugs(analyse(text))}
    assert not {"sunrise", "harbour"} & names
