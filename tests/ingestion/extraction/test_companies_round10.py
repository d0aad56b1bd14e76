"""Company names found by trying new invented sentences (round 10).

Every text here is invented (company names included). Bare names are checked both through
the deals they take part in and through the entities found before any fact is read.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.companies import core_name
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse
from tests.ingestion.extraction.deal_helpers import only_deal, roles

DATELINE = "Deal news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def entity_names(text: str) -> set[str]:
    return {c.name for c in find_entities(analyse(text, None))}


def test_a_description_before_a_bare_name_makes_it_a_company():
    """ "Swiss pharmaceutical group X", "Japanese pharma X", "Biotech company X": the words
    before the name say what it is."""
    text = (
        DATELINE + "Swiss pharmaceutical group Varnell has entered into a collaboration with "
        "Japanese pharma Mitsuhara to develop antibody-drug conjugates.\n"
    )
    assert {"Varnell", "Mitsuhara"} <= entity_names(text)
    assert "Vessora" in entity_names(
        DATELINE + "Biotech company Vessora licensed VS-4 to Altham Pharma Inc.\n"
    )


def test_a_sentence_opening_description_is_no_part_of_the_name():
    deal = only_deal(
        DATELINE + "Drugmaker Pemberly agreed to buy smaller rival Ostrander for $1.2 billion.\n"
    )
    assert set(roles(deal)) == {"Pemberly", "Ostrander"}
    names = entity_names(
        DATELINE + "Drugmaker Kestrane Therapeutics agreed to acquire Lomond Bio for $60 million.\n"
    )
    assert "Kestrane Therapeutics" in names
    assert not any(n.startswith("Drugmaker") for n in names)


def test_a_country_possessive_before_a_party_is_not_the_party():
    text = (
        DATELINE + "Korea's Hanul Pharm Co., Ltd. has signed a licence agreement with Mexico's "
        "Laboratorios Ortega for HN-2 in Latin America.\n"
    )
    assert set(roles(only_deal(text))) == {"Hanul Pharm Co., Ltd.", "Laboratorios Ortega"}
    names = {c["name"] for c in extract(text)["companies"]}
    assert "Mexico" not in names
    # a country the place list does not hold: the possessive alone tells
    other = DATELINE + "Tellmar Inc. signed a licence agreement with Peru's Ancash Bio.\n"
    assert "Peru" not in entity_names(other)
    assert "Ancash Bio" in entity_names(other)


def test_a_country_possessive_opens_no_formal_name():
    text = DATELINE + "Brazil's Ferraz Farma Ltda. has licensed FZ-3 to Tellmar Inc.\n"
    assert set(roles(only_deal(text))) == {"Ferraz Farma Ltda.", "Tellmar Inc."}


def test_a_formal_name_joined_by_and_is_read_whole():
    """ "Marsh and Cole Therapeutics Inc.": neither part is named alone, so one name; before,
    the bare "Marsh" was taken for the party."""
    deal = only_deal(
        DATELINE + "Marsh and Cole Therapeutics Inc. entered into a licence agreement with "
        "Pendry Bio.\n"
    )
    assert set(roles(deal)) == {"Marsh and Cole Therapeutics Inc.", "Pendry Bio"}
    names = entity_names(
        DATELINE + "Ashcroft & Lyle Pharma has licensed AL-9 to Brennan and Hart Biologics Ltd. "
        "(HKEX: 2288).\n"
    )
    assert "Brennan and Hart Biologics Ltd." in names
    assert "Hart Biologics Ltd." not in names


def test_two_names_joined_by_and_stay_two_when_the_second_is_named_alone():
    """ "Orwick and Tamsel Bio Inc. ... Tamsel will receive": Tamsel is a name of its own."""
    names = entity_names(
        DATELINE + "Orwick and Tamsel Bio Inc. today announced a licence. Tamsel will receive "
        "$5 million.\n"
    )
    assert "Tamsel Bio Inc." in names
    assert not any(n.startswith("Orwick and") for n in names)
    # a company the trade knows is a party of its own
    names = entity_names(DATELINE + "Pfizer and Moore Pharma Ltd. signed a licence agreement.\n")
    assert "Moore Pharma Ltd." in names


def test_a_dateline_of_two_places_is_no_joined_name():
    names = entity_names(
        "Leadership\n\nSAN MATEO and CALGARY, AB, Feb. 7, 2026 /CNW/ -- Tessaly Bio Inc. today "
        "announced a new chief executive.\n"
    )
    assert not any("CALGARY" in n for n in names)


def test_a_unit_named_after_its_owners_possessive_and_a_unit_word_is_the_party():
    """ "AstraZeneca's unit Medivance has acquired ...": the unit acts, its owner is its
    parent."""
    result = extract(
        DATELINE + "Hollin's unit Medivance has acquired Corbell Therapeutics for $200 million.\n"
    )
    (deal,) = result["deals"]
    assert set(roles(deal)) == {"Medivance", "Corbell Therapeutics"}
    parents = {c["name"]: c["parent"] for c in result["companies"]}
    assert parents["Medivance"] == "Hollin"


def test_a_unit_after_its_owners_possessive_that_will_act_is_the_party():
    deal = only_deal(
        DATELINE + "Under the deal, Pfizer's Ostry will license QX-1 from Pell Labs.\n"
    )
    assert roles(deal) == {"Ostry": "licensee", "Pell Labs": "licensor"}


def test_two_names_of_an_all_capitals_headline_are_both_companies():
    """ "DRESSLER BIO AND YUKIMA SIGN ...": "AND" joins the pair as "and" does; the name takes
    the form the prose writes."""
    text = (
        "DRESSLER BIO AND YUKIMA SIGN CO-DEVELOPMENT DEAL\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "
        "Dressler Bio and Yukima said they would co-develop DY-1.\n"
    )
    assert {"Dressler Bio", "Yukima"} <= entity_names(text)


def test_a_name_from_an_all_capitals_headline_takes_its_prose_form():
    text = (
        "OSTRAVIA TO ACQUIRE PELLION\n\nLEEDS, June 2, 2026 /PRNewswire/ -- Ostravia has "
        "agreed to acquire Pellion Bio for $80 million. Ostravia will pay cash.\n"
    )
    names = entity_names(text)
    assert "Ostravia" in names
    assert "OSTRAVIA" not in names


def test_a_bare_name_that_says_it_did_something_is_a_company():
    """ "Fenlow said on Tuesday it had dosed ...": a person says "he" or "she"."""
    text = (
        DATELINE + "Fenlow said on Tuesday it had dosed the first patient in a Phase 1 trial of "
        "FL-22 in solid tumours.\n"
    )
    assert "Fenlow" in entity_names(text)
    assert "Brackwell" in entity_names(
        DATELINE + "Brackwell said in a statement that it would open a plant in Leeds.\n"
    )


def test_a_person_who_says_it_is_no_company():
    text = (
        DATELINE + "Pellam Bio Inc. raised $20 million. Jane Ostby, Chief Executive Officer of "
        "Pellam Bio, spoke to investors. Ostby said it would fund the trial. Analyst Tom "
        "Greaves said it was a fair price.\n"
    )
    names = entity_names(text)
    assert not any("Ostby" in n or "Greaves" in n for n in names)


def test_a_startup_described_after_its_name_is_a_company():
    text = DATELINE + "Pellwick, a Boston-based startup, said it raised $40 million.\n"
    assert "Pellwick" in entity_names(text)
    events = extract(text)["events"]
    assert [e["company"] for e in events] == ["Pellwick"]


def test_a_backer_or_a_description_before_a_name_is_no_part_of_it():
    """ "INNOVENT-backed Sinora Bio", "Biotech Corlan Labs": the name starts after them."""
    names = entity_names(DATELINE + "Tamsel-backed Sinora Bio raised $50 million.\n")
    assert "Sinora Bio" in names
    assert not any("backed" in n for n in names)
    names = entity_names(DATELINE + "Biotech Corlan Labs opened a new facility in Cambridge.\n")
    assert "Corlan Labs" in names
    assert "Biotech Corlan Labs" not in names


def tickers_of(text: str) -> list[str]:
    return [t for c in find_entities(analyse(text, None)) for t in c.tickers]


def test_tickers_on_exchanges_written_out_or_abbreviated_as_news_sites_do():
    """ "(Nasdaq Global Select Market: X)", "(LON: X)", "(LSE AIM: X)", "(SHSE: 688235)"."""
    said = " today announced that it raised $40 million.\n"
    assert tickers_of(DATELINE + "Velmira Therapeutics (Nasdaq Global Select Market: QRVX)" + said)
    assert tickers_of(DATELINE + "Velmira Bio (Nasdaq Capital Market: VLMB)" + said) == [
        "VLMB.NASDAQ"
    ]
    assert tickers_of(DATELINE + "Velmira plc (LON: VLM)" + said) == ["VLM.LSE"]
    assert tickers_of(DATELINE + "Velmira plc (LSE AIM: VLM)" + said) == ["VLM.LSE"]
    assert tickers_of(DATELINE + "Velmira Co., Ltd. (SHSE: 688235)" + said) == ["688235.SH"]


def test_a_country_named_before_a_company_acting_is_no_company():
    """ "Britain's Velmora has agreed to buy ...": the possessor is a country."""
    text = DATELINE + "Britain's Velmora has agreed to buy Ostrane Labs for $40 million.\n"
    assert "Britain" not in entity_names(text)
    deal = only_deal(DATELINE + "Peru's Ancash Farma has agreed to acquire Ostrane Labs.\n")
    assert set(roles(deal)) == {"Ancash Farma", "Ostrane Labs"}


def test_a_limited_partnership_keeps_its_legal_form():
    """ "Castellan Royalty Partners LP": "LP" is a legal form, so the name is read whole."""
    names = entity_names(
        DATELINE + "Castellan Royalty Partners LP has agreed to purchase a royalty stream from "
        "Ombra Therapeutics plc.\n"
    )
    assert "Castellan Royalty Partners LP" in names
    assert "Castellan Royalty" not in names
    assert "Brackley Partners, L.P." in entity_names(
        DATELINE + "Brackley Partners, L.P. invested $30 million in Tamsel Bio.\n"
    )


def test_a_name_described_as_a_unit_of_another_is_a_company_with_that_parent():
    """ "to F Velmar-La Tosse, a unit of Swiss-based biotech giant Tosse": the unit is the
    party, not its parent."""
    result = extract(
        DATELINE + "Hanlow Pharmaceutical Group has agreed to license global rights to HL-4 to "
        "F Velmar-La Tosse, a unit of Swiss-based biotech giant Tosse.\n"
    )
    (deal,) = result["deals"]
    assert roles(deal) == {
        "Hanlow Pharmaceutical Group": "licensor",
        "F Velmar-La Tosse": "licensee",
    }
    parents = {c["name"]: c["parent"] for c in result["companies"]}
    assert parents["F Velmar-La Tosse"] == "Tosse"
    assert "Quorrin" in entity_names(
        DATELINE + "Quorrin, an indirect subsidiary of Hollis Group, raised $10 million.\n"
    )


def test_a_unit_word_after_the_units_name_and_an_owner_with_its_legal_form():
    """ "Harrowgate PLC's Velmar unit has agreed to acquire ...": Velmar acts, Harrowgate PLC
    owns it."""
    result = extract(
        DATELINE + "Harrowgate PLC's Velmar unit has agreed to acquire Ferrow Bio for $500 "
        "million.\n"
    )
    (deal,) = result["deals"]
    assert roles(deal) == {"Velmar": "acquirer", "Ferrow Bio": "target"}
    parents = {c["name"]: c["parent"] for c in result["companies"]}
    assert parents["Velmar"] == "Harrowgate PLC"


def test_a_sentence_adverb_without_its_comma_opens_no_name():
    text = (
        DATELINE + "Tamsel Bio Inc. signed a licence agreement for TB-1. Separately Orrick signed "
        "a licence agreement with Quell Bio. Importantly Orrick obtained rights to TB-2.\n"
    )
    names = entity_names(text)
    assert "Orrick" in names
    assert not any(n.startswith(("Separately", "Importantly")) for n in names)


def test_big_pharma_is_the_trade_not_a_company():
    text = DATELINE + "Tamsel Bio Inc. raised $20 million. Big Pharma signed more deals.\n"
    assert "Big Pharma" not in entity_names(text)


def company_at(text: str, form: str):
    entities = find_entities(analyse(text, None))
    mention = entities.at(text.index(form, text.index(". ")))
    return mention.company.name if mention else None


def test_a_short_form_that_keeps_the_place_and_the_lead_word():
    """ "Jiangsu Hengtai" for "Jiangsu Hengtai Medicine Co., Ltd.", "Hangzhou Lumora" for
    "Lumora Biotech (Hangzhou) Co., Ltd.": the place stays, the company words go."""
    text = (
        DATELINE + "Jiangsu Hengtai Medicine Co., Ltd. raised $5 million. Jiangsu Hengtai "
        "will use the funds for trials.\n"
    )
    assert company_at(text, "Jiangsu Hengtai will") == "Jiangsu Hengtai Medicine Co., Ltd."
    text = (
        DATELINE + "Lumora Biotech (Hangzhou) Co., Ltd. raised $5 million. Hangzhou Lumora "
        "will use the funds for trials.\n"
    )
    assert company_at(text, "Hangzhou Lumora") == "Lumora Biotech (Hangzhou) Co., Ltd."


def test_a_name_with_ampersand_before_its_legal_form():
    """ "Shionara & Co., Ltd.": the "&" joins the legal form to the name; its short form is
    "Shionara"."""
    text = (
        "Licence\n\nTOKYO, June 2, 2026 /PRNewswire/ -- Shionara & Co., Ltd. has in-licensed VX-2 "
        "from Osprey Pharma Inc. Shionara will pay Osprey $5 million upfront.\n"
    )
    assert roles(only_deal(text)) == {
        "Shionara & Co., Ltd.": "licensee",
        "Osprey Pharma Inc.": "licensor",
    }
    (company,) = [c for c in find_entities(analyse(text, None)) if c.name.startswith("Shionara")]
    assert "Shionara" in company.names
    # the name without its legal form drops the joining word too
    assert core_name("Shionara & Co., Ltd.") == "Shionara"
    assert core_name("Tessaly and Company") == "Tessaly"
    assert "Shionara &" not in company.surfaces()


def test_legal_forms_of_indonesia_finland_and_denmark():
    for name in ("PT Kerinci Farma Tbk", "Lumivaara Oy", "Nordhavn Bio ApS", "Velmonte S.r.l."):
        text = DATELINE + f"Osprey Pharma Inc. licensed VX-2 to {name} for its home market.\n"
        assert name in entity_names(text)


def test_a_unit_of_a_parent_described_by_its_country():
    """ "Hanul Korea Co., Ltd., the Korean unit of Hanul Pharm": Hanul Pharm is the parent."""
    result = extract(
        DATELINE + "Osprey Pharma Inc. licensed VX-2 to Hanul Korea Co., Ltd., the Korean unit of "
        "Hanul Pharm.\n"
    )
    parents = {c["name"]: c["parent"] for c in result["companies"]}
    assert parents["Hanul Korea Co., Ltd."] == "Hanul Pharm"


def test_a_health_programme_or_a_funding_round_is_no_company():
    text = DATELINE + "Tamsel Bio Inc. entered a partnership with Medicare Advantage plans.\n"
    assert "Medicare Advantage" not in entity_names(text)
    assert extract(text)["deals"] == []
    text = (
        DATELINE + "Tamsel Bio Inc. completed the acquisition of Series B investor Orwell "
        "Capital's stake.\n"
    )
    parties = {p["company"] for d in extract(text)["deals"] for p in d["parties"]}
    assert "Series B" not in parties


def test_a_headline_description_is_no_part_of_the_name():
    """ "Korean Biotech Handeul Licenses ...", "Drugmaker Pemberly Buys Ostrander": the
    description opens the run, the headline's verb ends the name."""
    text = (
        "Korean Biotech Handeul Licenses Antibody to Ostermark\n\nLEEDS, June 2, 2026 -- "
        "Handeul licensed HD-77 to Ostermark AG for Europe.\n"
    )
    names = entity_names(text)
    assert "Handeul" in names
    assert not any(n.startswith("Korean") for n in names)
    text = (
        "Drugmaker Pemberly Buys Ostrander\n\nLEEDS, June 2, 2026 -- Pemberly agreed to buy "
        "Ostrander for $1.2 billion.\n"
    )
    assert not any("Buys" in n for n in entity_names(text))
    assert roles(only_deal(text)) == {"Pemberly": "acquirer", "Ostrander": "target"}


def test_a_wire_tag_glued_to_a_headline_name_is_no_part_of_it():
    text = (
        "BRIEF-Pemberly Says Unit Signs Licence Deal With Ostrander\n\nLEEDS, June 2, 2026 -- "
        "Pemberly said its unit Calder Bio signed a licence agreement with Ostrander for OX-1.\n"
    )
    names = entity_names(text)
    assert "Pemberly" in names
    assert "BRIEF-Pemberly" not in names


def test_names_listed_as_partners_or_companies_are_companies():
    text = (
        DATELINE + "Tamsel Bio Inc. signed agreements with several partners, including Orrick, "
        "Pellam and Quell.\n"
    )
    assert {"Orrick", "Pellam", "Quell"} <= entity_names(text)
    text = DATELINE + "Tamsel Bio Inc. has worked with drugmakers such as Varnholt and Ebbing.\n"
    assert {"Varnholt", "Ebbing"} <= entity_names(text)


def test_a_subject_parted_from_its_verb_by_a_clause_about_it():
    """ "Pellwick, backed by Orrick Capital, raised ...": Pellwick raised the money; before, the
    backer took the financing."""
    result = extract(
        DATELINE + "Pellwick, backed by Orrick Capital, raised $40 million in a Series A round.\n"
    )
    assert [e["company"] for e in result["events"]] == ["Pellwick"]
    for clause in ("a spinout from Westbury University,", "(Cambridge, Mass.)"):
        text = DATELINE + f"Pellwick {clause} raised $40 million in a Series A round.\n"
        assert "Pellwick" in entity_names(text.replace("Pellwick a", "Pellwick, a"))


def test_a_product_or_a_person_parted_from_its_verb_is_no_company():
    for text in (
        "Zorivel, an oral TYK2 inhibitor, received FDA approval for psoriasis.",
        "Ozempra (semaglutide) received approval in China.",
        "Jane Ostby, who founded the firm in 2019, raised $40 million.",
        "Revenue, excluding one-time items, secured a record.",
    ):
        names = entity_names(DATELINE + "Tamsel Bio Inc. announced news. " + text + "\n")
        assert names == {"Tamsel Bio Inc."}, text


def test_a_venture_arm_named_after_its_owners_possessive_has_that_parent():
    text = (
        DATELINE + "Dunmore Group's venture arm, Dunmore Ventures, has invested $20 million in "
        "Alcott Bio.\n"
    )
    entities = find_entities(analyse(text, None))
    (arm,) = [c for c in entities if c.name == "Dunmore Ventures"]
    assert arm.parent is not None and arm.parent.name == "Dunmore Group"
    text = DATELINE + "Hollin's division, Corbell Labs, signed a licence with Tamsel Bio Inc.\n"
    entities = find_entities(analyse(text, None))
    (unit,) = [c for c in entities if c.name == "Corbell Labs"]
    assert unit.parent is not None and unit.parent.name == "Hollin"


def test_a_legal_form_in_capitals_closes_a_name_in_a_line_in_capitals():
    """ "VELTRA PHARMA INC. ANNOUNCES ...": the headline's formal name, which the prose only
    shortens ("Veltra")."""
    text = (
        "VELTRA PHARMA INC. ANNOUNCES EXCLUSIVE LICENSE WITH MORIKAWA SEIYAKU\n\nLEEDS, June 2, "
        "2026 /PRNewswire/ -- Veltra today announced an exclusive license agreement with Morikawa "
        "Seiyaku Co., Ltd. for VT-101 in Japan. Morikawa will pay Veltra $25 million upfront.\n"
    )
    names = entity_names(text)
    assert "VELTRA PHARMA INC." in names
    assert "Veltra" not in names  # one company, its short form an alias
    shouted = (
        "LEEDS, June 2, 2026 /PRNewswire/ -- HALLORAN THERAPEUTICS LTD. ANNOUNCES THAT IT HAS "
        "ACQUIRED PENTWORTH BIO LIMITED FOR $45 MILLION.\n"
    )
    assert {"HALLORAN THERAPEUTICS LTD.", "PENTWORTH BIO LIMITED"} <= entity_names(shouted)
    pair = (
        "VELTRA PHARMA INC. AND MORIKAWA SEIYAKU CO., LTD. SIGN LICENSE AGREEMENT\n\nLEEDS, June "
        "2, 2026 -- Veltra and Morikawa signed a licence agreement.\n"
    )
    assert {"VELTRA PHARMA INC.", "MORIKAWA SEIYAKU CO., LTD."} <= entity_names(pair)


def test_an_exchange_disclaimer_in_capitals_names_no_company():
    text = (
        "HONG KONG EXCHANGES AND CLEARING LIMITED AND THE STOCK EXCHANGE OF HONG KONG LIMITED TAKE "
        "NO RESPONSIBILITY FOR THE CONTENTS OF THIS ANNOUNCEMENT\n\nTamsel Bio Inc. raised $5 "
        "million.\n"
    )
    assert entity_names(text) == {"Tamsel Bio Inc."}


def test_a_real_name_opened_by_an_ordinal_or_a_trade_word_keeps_it():
    """ "Second Genome", "Digital Diagnostics": their first words describe nothing here."""
    for name in ("Second Genome", "Digital Diagnostics"):
        text = DATELINE + f"{name} signed a licence agreement with Orrick Bio.\n"
        assert name in entity_names(text)
