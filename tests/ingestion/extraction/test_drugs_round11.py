"""Round 11: drug names and background drugs in wording no rule was fitted to, on invented
releases (every company, product, person and sentence here is made up)."""

import pytest

from apps.ingestion.extraction.drugs import code_mentions
from apps.ingestion.extraction.text import fold
from tests.ingestion.extraction.drug_helpers import DATELINE, all_names, release


def names(result: dict) -> list[str]:
    return [drug["name"] for drug in result["drugs"]]


# ---------------------------------------------------------------- background drugs


@pytest.mark.parametrize(
    ("body", "product", "background"),
    [
        (
            "Tamsin Bio reported data from a Phase 2 trial of TMB-88 in 90 patients with "
            "rheumatoid arthritis despite treatment with methotrexate.",
            "TMB-88",
            "methotrexate",
        ),
        (
            "Norvik said the Phase 3 trial enrolled patients with an inadequate response to "
            "adalimumab and tested NRV-4410 as monotherapy.",
            "NRV-4410",
            "adalimumab",
        ),
        (
            "Cardell will present data on CRD-7120 in combination with checkpoint inhibitors, "
            "including nivolumab, from its Phase 2 trial.",
            "CRD-7120",
            "nivolumab",
        ),
        (
            "Oaken Bio dosed the first patient in a Phase 1 study of OKB-31 plus anti-PD-1 "
            "antibodies such as tislelizumab.",
            "OKB-31",
            "tislelizumab",
        ),
    ],
)
def test_a_drug_the_patients_had_or_a_partner_class_names_is_background(body, product, background):
    result = release("Trial update", body)
    assert fold(product) in all_names(result)
    assert fold(background) not in all_names(result)


# ---------------------------------------------------------------- protocol numbers


def test_a_protocol_number_names_no_product_of_its_own():
    result = release(
        "Kestrel starts study",
        "Kestrel Therapeutics has started the pivotal VANTA study (KTX512-CLN-04) evaluating "
        "velotinib in patients with lung cancer.",
    )
    assert names(result) == ["velotinib"]


def test_a_code_named_only_in_a_protocol_number_is_no_product():
    result = release(
        "Halden doses first patient",
        "Halden Pharma dosed the first patient with HDX400, a tumour-activated prodrug, in the "
        "HLD-4000-101 clinical trial.",
    )
    assert names(result) == ["HDX400"]


def test_a_protocol_stem_the_text_also_names_alone_stays_a_product():
    mentions = [m.surface for m in code_mentions("the ORL-2200-101 trial of ORL-2200 in gout")]
    assert mentions == ["ORL-2200", "ORL-2200"]


# ---------------------------------------------------------------- companies and people


@pytest.mark.parametrize(
    "body",
    [
        "The ministry approved KVAX's plan to build a plant for its vaccine, the company said.",
        "Regulators approved ORBA's proposal to expand its factory in Osaka.",
    ],
)
def test_a_possessive_in_a_product_slot_is_a_company(body):
    assert release("Plan approved", body)["drugs"] == []


@pytest.mark.parametrize(
    "body",
    [
        '"We are pleased," said Jan De Haes, CEO of Lumen Bio, after the first patient was '
        "dosed with LMB-410 in the Phase 1 trial.",
        "Lumen Bio dosed the first patient with LMB-410 in the Phase 1 trial, Dr. Haes said.",
        "Lumen Bio dosed the first patient with LMB-410 in the Phase 1 trial, according to "
        "Karin Haes, MD, its chief medical officer.",
    ],
)
def test_a_surname_the_dictionary_lists_is_no_product(body):
    assert names(release("First patient", body)) == ["LMB-410"]


# ---------------------------------------------------------------- lettered INNs


def test_an_inn_keeps_its_hyphenated_letter():
    result = release(
        "Phase 3 data",
        "Orvane's cell product rivastemcel-L met its Phase 3 primary endpoint in "
        "graft-versus-host disease.",
    )
    assert names(result) == ["rivastemcel-L"]


def test_a_brand_with_a_lettered_inn_in_brackets_is_one_product():
    result = release(
        "Approval",
        "Health Canada has approved Zentavia (imiglucerase-K) for Gaucher disease, Brenlow "
        "Pharma said.",
    )
    assert [(d["name"], d["aliases"]) for d in result["drugs"]] == [
        ("imiglucerase-K", ["Zentavia"])
    ]


# ---------------------------------------------------------------- word-and-capitals names


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Sorrel Bio will present Phase 1 data on its lead candidate, Sora-VAX, a novel "
            "cancer vaccine, at the meeting.",
            "Sora-VAX",
        ),
        (
            "Maple Therapeutics dosed the first patient in a Phase 2 study of Mapl-CAR, its "
            "autologous cell therapy, in lymphoma.",
            "Mapl-CAR",
        ),
        (
            "Quill Biotech reported that Quil-ADC, the company's lead antibody-drug conjugate, "
            "met its primary endpoint in a Phase 1 trial.",
            "Quil-ADC",
        ),
    ],
)
def test_a_word_and_capitals_name_described_as_a_product_is_one(body, product):
    assert product in names(release("Pipeline update", body))


def test_a_word_and_capitals_name_described_as_a_company_is_none():
    result = release(
        "Partnership",
        "Kestrel Bio signed a supply agreement with Nord-BIO, a contract manufacturing company "
        "in Oslo, for its Phase 2 trial of KX-330.",
    )
    assert "Nord-BIO" not in names(result)


def test_a_brand_in_the_bracket_after_a_partner_is_background_too():
    from apps.ingestion.extraction.drugs import is_background_mention
    from apps.ingestion.extraction.text import analyse

    text = (
        "Trial\n" + DATELINE + "Cardell tested CRD-7120 in combination with checkpoint "
        "inhibitors, including nivolumab (NIVOXA; made by Orlan Pharma), in a Phase 2 trial."
    )
    start = text.index("NIVOXA")

    class Mention:
        kind = "brand"

    mention = Mention()
    mention.start, mention.end = start, start + len("NIVOXA")
    sentence = next(s for s in analyse(text).sentences if s.start <= start < s.end)
    assert is_background_mention(text, mention, sentence.start)


# ---------------------------------------------------------------- names a trial is told of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Corvid Pharma completed enrolment in its Zenvora Phase 3 pivotal study, which will "
            "evaluate the efficacy of Zenvora for chemotherapy-induced nausea.",
            "Zenvora",
        ),
        (
            "The study evaluated the efficacy and safety of NeuroKin in 120 patients with "
            "migraine. Patients received 50mg of NeuroKin or placebo.",
            "NeuroKin",
        ),
        (
            "Corvid Pharma started its Selvora Phase 3 study in Leeds. Selvora is an oral "
            "tablet taken once a day.",
            "Selvora",
        ),
        (
            "Halvard Bio dosed the first patient in a Phase 2 trial of Pelvira in Sweden. "
            "Pelvira is given once a week.",
            "Pelvira",
        ),
    ],
)
def test_a_name_a_trial_or_a_dose_is_told_of_is_a_product(body, product):
    assert product in names(release("Trial update", body))


@pytest.mark.parametrize(
    "body",
    [
        # a company: its head word follows the name elsewhere
        "Corvane Pharma started a Phase 2 trial of KX-12. The study of Corvane's candidate "
        "runs in Leeds, and the trial for Corvane is funded by a grant.",
        # a population and a disease's owner
        "Kestrel Bio began a Phase 1 study of KX-40 in Japanese patients. It is the first study "
        "of Japanese adults with gout; the study of Japanese volunteers ended.",
        # a company's possessive, a company's head word
        "Kestrel Bio ran a Phase 1 trial of KX-12 with a study of Orvane in Leeds. Orvane's "
        "shares rose.",
        "Kestrel Bio ran a Phase 1 trial of KX-12 and a study of Velmora in Leeds, where "
        "Velmora Therapeutics is based.",
        # named once only
        "Kestrel Bio reported that the safety of Corvexa was confirmed in a Phase 1 trial.",
        # a person
        "The trial of KX-9 was led by Anna Mirovska, MD, and the study for Mirovska, MD, ended.",
    ],
)
def test_a_trial_object_that_is_no_product_stays_out(body):
    assert all(n in {"KX-12", "KX-40", "KX-9"} for n in names(release("Trial", body)))


# ---------------------------------------------------------------- what a product is made from


@pytest.mark.parametrize(
    "body",
    [
        "Avonell dosed the first patient with AVN-900 - a tumour-activated form of doxorubicin "
        "- in its Phase 1 trial.",
        "Kelso Bio started a Phase 2 trial of KSB-12 in pancreatic cancer. KSB-12 is an oral "
        "prodrug of gemcitabine.",
    ],
)
def test_the_substance_a_new_product_is_made_from_is_not_listed(body):
    assert len(names(release("First patient", body))) == 1


def test_the_primary_active_ingredient_is_the_products_other_name():
    result = release(
        "IND cleared",
        "Lindqvist Bio said TLX 330, the primary active ingredient in LQB-1519, received IND "
        "clearance for lung cancer. TLX 330 is a plant extract.",
    )
    assert [sorted([d["name"], *d["aliases"]]) for d in result["drugs"]] == [
        ["LQB-1519", "TLX 330"]
    ]


# ---------------------------------------------------------------- names listed in a deal's object


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "In 2019, Hallow Pharma entered into a collaboration with Ferron for the development "
            "and commercialisation of velanitinib and Velacor in Brazil.",
            "Velacor",
        ),
        (
            "Orlan Bio granted Sabre Health exclusive rights to commercialise Nuvexa and KX-12 "
            "in Japan.",
            "Nuvexa",
        ),
    ],
)
def test_a_name_listed_beside_a_product_a_deal_covers_is_a_product(body, product):
    assert product in names(release("Licence", body))


@pytest.mark.parametrize(
    "body",
    [
        "Orlan Bio granted Sabre Health exclusive rights to commercialise KX-12 and Velmora "
        "products in Japan. Velmora Therapeutics makes devices.",
        "Orlan Bio granted Sabre Health exclusive rights to commercialise KX-12 and Korvel's "
        "device in Japan.",
        "Orlan Bio granted Sabre Health rights to develop KX-12 and Japan-based partners may "
        "join. Orlan keeps the rights to KX-12 and Taiwan, where Orlan sells it.",
    ],
)
def test_a_company_or_place_beside_a_deals_product_is_none(body):
    assert names(release("Licence", body)) == ["KX-12"]


# ---------------------------------------------------------------- code shapes and prior drugs


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("granted orphan drug designation to X4K-012 for neuroblastoma", "X4K-012"),
        ("a Phase 1 trial of DLG-101-ER in chronic pain", "DLG-101-ER"),
        ("an exclusive licence to Z7R-210 in China", "Z7R-210"),
    ],
)
def test_codes_with_a_digit_in_the_prefix_or_a_hyphenated_form(text, code):
    assert code in [m.surface for m in code_mentions(text)]


@pytest.mark.parametrize(
    ("body", "background"),
    [
        (
            "The study tests KX-455 on a background of metformin in type 2 diabetes.",
            "metformin",
        ),
        (
            "Patients who had received prior sorafenib were given KX-455 in the Phase 2 trial.",
            "sorafenib",
        ),
        ("KX-455 was compared against ustekinumab in the Phase 3 trial.", "ustekinumab"),
    ],
)
def test_a_background_or_prior_therapy_is_not_listed(body, background):
    result = release("Trial", body)
    assert names(result) == ["KX-455"], background


# ---------------------------------------------------------------- brands a candidate noun describes


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Talvik Bio said Talvexa, its lead candidate, entered a Phase 2 trial in asthma.",
            "Talvexa",
        ),
        (
            "Orlan Bio acquired rights to Corvexin, an antibiotic, from Mardell Pharma for "
            "$30 million.",
            "Corvexin",
        ),
        (
            "Talvik Bio said the FDA accepted its IND for Ravonel, a once-daily oral candidate "
            "for asthma.",
            "Ravonel",
        ),
    ],
)
def test_a_brand_a_candidate_or_class_noun_describes_is_a_product(body, product):
    assert names(release("Pipeline", body)) == [product]


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Bio named Marston, a candidate for the chair role, to its board after the "
        "Phase 2 trial.",
        "Kestrel Bio picked Leeds, the candidate for its new plant, after an approval.",
    ],
)
def test_a_candidate_for_a_post_or_a_site_is_no_product(body):
    assert release("News", body)["drugs"] == []


# ---------------------------------------------------------------- brands a company's words describe


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Sales of Corlanta, Brenlow's migraine drug, rose 40% after Health Canada approved "
            "it for adolescents.",
            "Corlanta",
        ),
        (
            "Japan's PMDA approved Ostavia, Sumida Pharma's once-monthly osteoporosis injection.",
            "Ostavia",
        ),
        ("Brenlow Pharma won EU approval for its psoriasis cream Dermalix.", "Dermalix"),
    ],
)
def test_a_brand_a_companys_product_noun_describes_is_a_product(body, product):
    assert names(release("Approval", body)) == [product]


def test_the_last_word_of_a_place_is_no_brand():
    result = release(
        "Launch",
        "Brenlow Pharma has launched KX-50 in the United States, the first oral therapy for "
        "chronic cough approved there.",
    )
    assert names(result) == ["KX-50"]


# ---------------------------------------------------------------- short codes a company owns


def test_a_short_code_a_company_owns_is_its_product():
    result = release(
        "Topline",
        "Halden Bio's HLD-3 met the primary endpoint in its Phase 2 trial in gout.",
    )
    assert names(result) == ["HLD-3"]


def test_a_possessive_before_a_target_stays_a_target():
    result = release(
        "Update",
        "Orvane's ABX-7 inhibitor work in a Phase 1 trial continued, and Halden Bio's TIM-3 "
        "antibody entered a Phase 2 trial.",
    )
    assert "ABX-7" not in names(result) and "TIM-3" not in names(result)
