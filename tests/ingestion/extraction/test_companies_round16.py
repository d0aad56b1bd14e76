"""Company names found by trying new invented sentences (round 16).

Every text here is invented (company, person and product names included). Names are checked
through the entities found before any fact is read and, where a fact depends on them,
through the extraction.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse

DATELINE = "Company news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def entities(text: str):
    return find_entities(analyse(text, None))


def entity_names(text: str) -> set[str]:
    return {c.name for c in entities(text)}


def listed_names(text: str) -> set[str]:
    return {c["name"] for c in extract(text)["companies"]}


def test_a_name_glued_to_the_wire_dateline_by_dashes_is_whole():
    """ "BOSTON--(BUSINESS WIRE)--Tessaly Bio (NASDAQ: TSLY)": the name starts after the
    double hyphen, so its first word is not lost (before: "Bio" with the ticker)."""
    text = (
        "Tessaly Update\n\nBOSTON--(BUSINESS WIRE)--Tessaly Bio (NASDAQ: TSLY), a clinical-stage "
        "company, today announced that it will acquire Helmic Labs for $20 million.\n"
    )
    found = {c.name: c for c in entities(text)}
    assert "Tessaly Bio" in found and found["Tessaly Bio"].tickers == ["TSLY.NASDAQ"]
    assert "Bio" not in found
    other = (
        "News\n\nOSLO—(Nordic Wire)—Quorvant Therapeutics, Inc. (NYSE: QRVT) said today that "
        "it licensed QV-12 to Orrin Labs.\n"
    )
    assert "Quorvant Therapeutics, Inc." in entity_names(other)
    assert "Therapeutics, Inc." not in entity_names(other)


def test_a_place_of_several_words_before_based_is_no_part_of_the_name():
    """ "with San Diego-based Velmir Biotherapies": the place and its "-based" are cut, as
    "US-based" already was; the company word's run and a bare subject alike."""
    text = (
        DATELINE + "Quorrin Pharma Inc. signed a licence agreement with San Diego-based Velmir "
        "Biotherapies for QX-4.\n"
    )
    names = entity_names(text)
    assert "Velmir Biotherapies" in names
    assert not any("San Diego" in n for n in names)
    other = (
        DATELINE + "Rio Grande-based Orrimax today announced that it signed a licence with "
        "Pellwick Labs.\n"
    )
    names = entity_names(other)
    assert "Orrimax" in names
    assert not any("Rio Grande" in n for n in names)
    # a name's own capitalised "-Based" stays in it
    own = DATELINE + "Marrow Cell-Based Therapies Inc. raised $30 million in a Series A round.\n"
    assert "Marrow Cell-Based Therapies Inc." in entity_names(own)


def test_words_the_text_writes_before_based_are_a_place_elsewhere_too():
    """ "a deal with Port Ellery biotech" where the text also writes "Port Ellery-based":
    the words alone are that place, not a company."""
    text = (
        "Drugmaker inks deal with Port Ellery biotech\n\n"
        "Quorrin Pharma Inc. signed a deal with Port Ellery-based Velmir Biotherapies to "
        "develop QX-4.\n"
    )
    assert "Port Ellery" not in entity_names(text)
    other = (
        "Tessaly AG partners with Glenmoor Heights firm\n\n"
        "Tessaly AG entered a collaboration with Glenmoor Heights-headquartered Orrimax "
        "Labs.\n"
    )
    names = entity_names(other)
    assert "Glenmoor Heights" not in names and "Orrimax Labs" in names


def test_the_trades_short_form_of_a_name_given_in_full_is_that_company(monkeypatch):
    """A short form the gazetteer lists for a full name ("Lilly" for "Eli Lilly") resolves
    to the company the release names in full with any legal form ("Eli Lilly & Co."), so a
    deal's party written short is no company of its own. Invented names stand in for the
    gazetteer's entry."""
    from apps.ingestion.extraction import entities as entities_module

    monkeypatch.setitem(entities_module.KNOWN_SHORT_FORM_KEYS, "Marrow", frozenset({"abel marrow"}))
    text = (
        "Abel Marrow & Co. agreed to acquire Pellwick Bio Inc. for $1.2 billion in cash.\n"
        "Under the terms, Marrow will commence a tender offer for all shares of Pellwick.\n"
    )
    found = entities(text)
    assert found.resolve_name("Marrow") is not None
    assert found.resolve_name("Marrow").name == "Abel Marrow & Co."
    assert "Marrow" not in listed_names(text)
    other = (
        DATELINE + "Abel Marrow Corporation and Quintal Labs Ltd. signed a licence. Marrow "
        "will pay Quintal $30 million upfront.\n"
    )
    assert entities(other).resolve_name("Marrow").name == "Abel Marrow Corporation"
    assert "Marrow" not in listed_names(other)


def test_three_or_more_names_listed_as_a_subject_are_companies():
    """ "Velmir, Tamsin Bio, Quorrin and Pellwick have signed licence agreements": every name
    of a subject list closed by "and" before a party's verb is a company (two names were
    already read); a name ending in a mixed-case word ("Hanul inno.N") is kept whole."""
    text = (
        DATELINE + "Since January, Velmir, Tamsin Bio, Quorrin, and Hanul inno.N have signed "
        "licence agreements with foreign partners.\n"
    )
    names = entity_names(text)
    assert {"Velmir", "Tamsin Bio", "Quorrin", "Hanul inno.N"} <= names
    other = (
        DATELINE + "On Monday, Orrimax, Brellan Labs and Kestwick jointly announced a research "
        "consortium on rare diseases.\n"
    )
    assert {"Orrimax", "Brellan Labs", "Kestwick"} <= entity_names(other)
    # a list with a person the text titles is no list of companies
    people = (
        DATELINE + "Dr. Orla Fenn joined Velmir Bio Inc. as its head. Since then, Orla, Tamsin, "
        "Quorrin and Brell signed the letter.\n"
    )
    assert not {"Orla", "Tamsin"} & entity_names(people)


def test_a_stop_before_a_single_capital_inside_a_name_ends_no_sentence():
    """ "Hanul inno.N transferred ...": a run-together stop ends a sentence only before a word
    of two letters or more (or "A", "I"), so the name and its sentence stay whole."""
    text = DATELINE + "Hanul inno.N signed a licence with Velmir Pharma Inc. for HX-2 in Brazil.\n"
    doc = analyse(text, None)
    assert any("Hanul inno.N signed" in s.text for s in doc.sentences)
    joined = DATELINE + "Velmir Pharma Inc. dosed patients.Tamsin AG was paid.\n"
    assert any(s.text.startswith("Tamsin AG") for s in analyse(joined, None).sentences)


def test_listed_subjects_of_agreements_with_unnamed_partners_are_no_deal():
    """ "A, B and C have signed licence agreements with foreign partners": each signed its own
    with a partner the sentence does not name, so no deal joins them (before: one licence of
    all of them)."""
    text = (
        DATELINE + "Since January, Velmir, Tamsin Bio, Quorrin, and Hanul inno.N have signed "
        "licence agreements with foreign partners.\n"
    )
    assert extract(text)["deals"] == []
    other = (
        DATELINE + "Orrimax, Brellan Labs and Kestwick entered into collaborations with "
        "undisclosed pharmaceutical companies last year.\n"
    )
    assert extract(other)["deals"] == []


def test_a_titled_person_with_accented_names_is_no_deal_party():
    """ "one of the Company's collaborators, Gaëlle Brüné, Ph.D., from ..." names a person:
    accented letters no longer hide the first name, so no deal is read with her."""
    text = (
        DATELINE + "Velmir Therapeutics, Inc. announced that one of the Company's scientific "
        "collaborators, Gaëlle Brüné, Ph.D., from the Orlen Cancer Institute, presented data "
        "on VT-12 in combination with other therapies.\n"
    )
    out = extract(text)
    assert out["deals"] == []
    assert "Gaëlle Brüné" not in {c["name"] for c in out["companies"]}
    other = (
        DATELINE + "Tessaly Bio Inc. said that its partner, Zoë Åkerlund, M.D., from Hallam "
        "University, will collaborate with Tessaly on TB-3.\n"
    )
    assert "Zoë Åkerlund" not in listed_names(other)


def test_a_noun_made_of_a_verb_before_of_is_no_deal_party():
    """ "Completion of the acquisition, first announced ..., follows ...": a capitalised noun
    made of a verb, followed by "of", opens the sentence as a noun phrase, not as a company."""
    text = (
        "Velmir Bio (NYSE:VLMB) announced today that its acquisition of Tessaly Pharmaceuticals "
        "(NASDAQ:TSLY) has been completed.\nCompletion of the acquisition, first announced on "
        "May 3, 2026, follows the expiry of the waiting period under the Antitrust Act (HSR) in "
        "connection with Velmir Bio’s cash tender offer for Tessaly.\n"
    )
    assert "Completion" not in listed_names(text)
    other = (
        "Orrimax Labs (NYSE:ORLX) said its acquisition of Brellan Bio (NASDAQ:BRLN) has closed."
        "\nTermination of the waiting period under the Competition Act (CA) allows the "
        "acquisition in connection with Orrimax Labs’s cash tender offer for Brellan to close.\n"
    )
    assert "Termination" not in listed_names(other)
    assert {"Orrimax Labs", "Brellan Bio"} <= listed_names(other)


def test_a_field_of_medicine_written_as_one_hyphenated_word_is_no_company():
    """ "antagonists relating to Immuno-Oncology programs": a combining form, a hyphen and a
    field is a therapeutic area, no plausible company name for any rule (a deal party read
    bare included); a company word after it keeps the name."""
    from apps.ingestion.extraction.companies import is_plausible_name

    for area in ("Immuno-Oncology", "Neuro-Inflammation", "Cardio-Metabolic", "Hemato-Oncology"):
        assert not is_plausible_name(area), area
    assert is_plausible_name("Immuno-Oncology Therapeutics Inc.")
    assert is_plausible_name("Onco-Velmir")


def test_a_line_break_ends_a_company_words_run():
    """ "Company: Velmir Pharmaceuticals" on a label line, "Approval date: ..." on the next:
    the capital after the line break opens the next line, so the name is read (before, the
    run was taken to go on and no company was found)."""
    text = (
        "Approvals of the year\n\nDrug: Zentavo\nCompany: Velmir Pharmaceuticals\n"
        "Approval date: May 4\n\nThe agency approved Velmir's Zentavo for short bowel "
        "syndrome.\n"
    )
    assert "Velmir Pharmaceuticals" in entity_names(text)
    other = (
        "Deals of the week\n\nBuyer: Orrimax Biosciences\nTarget: Brellan Therapeutics\n"
        "Price: $300 million\n"
    )
    assert {"Orrimax Biosciences", "Brellan Therapeutics"} <= entity_names(other)
    # on one line the run still goes on: "European Medicines Agency" is no company
    assert "European Medicines" not in entity_names(
        DATELINE + "The European Medicines Agency accepted the filing of Velmir Pharma Inc.\n"
    )
