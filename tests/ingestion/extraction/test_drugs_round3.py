"""Drug kinds missed on unseen releases (round 3): a salt form the dictionary lists with no id,
an amount written as a currency code, a substance named as a patient's condition. Every
company, product and sentence here is invented."""

from apps.ingestion.extraction.drugs import find_drugs
from apps.ingestion.extraction.text import analyse


def names(sentence: str) -> list[str]:
    text = "Update\n\nOSLO, May 6, 2025 -- " + sentence
    return [d.name for d in find_drugs(analyse(text))]


def test_an_inn_with_salt_and_dosage_form_gives_the_inn():
    found = names(
        "Tarvel Pharma said the regulator approved the registration of its duloxetine "
        "hydrochloride delayed-release capsules."
    )
    assert found == ["duloxetine"]


def test_a_currency_code_with_an_amount_is_no_drug():
    found = names(
        "Korvel Bio will receive USD25 million upfront and up to EUR310m in milestones "
        "for CAD-1883."
    )
    assert found == ["CAD-1883"]


def test_a_substance_a_patient_took_is_the_condition_not_a_drug():
    found = names(
        "Its portfolio includes KRV-2200 (heroin esterase), a biologic designed to treat heroin "
        "overdose, and KRV-310 for methamphetamine use disorder."
    )
    assert found == ["KRV-2200", "KRV-310"]


def test_a_short_code_after_a_product_noun_apposition_is_a_product():
    found = names(
        "Korvel Bio reached a milestone for its HER2-targeting antibody-drug conjugate (ADC), "
        "KVX47 for injection. Dosing began in May."
    )
    assert found == ["KVX47"]


def test_a_short_code_told_as_a_target_stays_no_product():
    found = names("Korvel Bio is developing a bispecific antibody targeting IL-4Rα and KX2.")
    assert "KX2" not in found


def test_a_combination_named_by_inns_salt_and_form_is_one_product():
    found = names(
        "Korvel Pharma won approval to run trials of its Losartan Levamlodipine Besylate Tablets."
    )
    assert [name.lower() for name in found] == ["losartan levamlodipine besylate tablets"]


def test_two_inns_with_their_own_forms_stay_two_products():
    found = names("Korvel Pharma won approval for its losartan tablets and amlodipine capsules.")
    assert found == ["losartan", "amlodipine"]


def test_a_name_listed_with_brand_and_inn_pairs_is_a_brand_too():
    found = names(
        "Korvel Pharma sold three hospital products: Velqara (cangrelor), Dornix (oritavancin) "
        "and Zenlira (sealant powder)."
    )
    assert "Zenlira" in found


def test_places_with_brackets_are_no_products():
    found = names("Korvel Pharma has offices in Boston (Massachusetts) and Oslo (Norway).")
    assert found == []


def test_a_spaced_code_named_once_and_called_a_product_is_a_drug():
    found = names(
        "Korvel's lead pipeline product is KRQ 531, which is a BTK inhibitor for lymphoma."
    )
    assert found == ["KRQ 531"]


def test_a_spaced_code_named_once_without_a_description_stays_out():
    found = names("Korvel's lead pipeline product is KRQ 531 in lymphoma.")
    assert "KRQ 531" not in found


def test_the_active_ingredient_in_a_coded_product_is_the_same_drug():
    text = (
        "Update\n\nOSLO, May 6, 2025 -- The FDA granted orphan drug designation to lorazitide, "
        "the active ingredient in KX945, for treatment of uveitis."
    )
    drugs = find_drugs(analyse(text))
    assert [(d.name, d.aliases) for d in drugs] == [("lorazitide", ["KX945"])]
