"""Company names found by trying new invented sentences (round 12).

Every text here is invented (company, person and product names included). Names are checked
through the entities found before any fact is read and, where a fact depends on them,
through the extraction.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.entities import find_entities
from apps.ingestion.extraction.text import analyse

DATELINE = "Company news\n\nLEEDS, June 2, 2026 /PRNewswire/ -- "


def entity_names(text: str) -> set[str]:
    return {c.name for c in find_entities(analyse(text, None))}


def listed_names(text: str) -> set[str]:
    return {c["name"] for c in extract(text)["companies"]}


def test_a_first_name_with_a_middle_initial_is_a_person():
    """ "Tobin R. Hale, Ph.D." makes "Tobin" a first name, so "Tobin's experience" names no
    company (before, only "Tobin Hale, Ph.D." did)."""
    text = (
        DATELINE + "Quorvane Biologics, Inc. today announced that Tobin R. Hale, Ph.D., has "
        "been named Chief Executive Officer. Tobin's experience will guide Quorvane. Tobin's "
        "record at Quorvane is long, and Tobin's team grew threefold.\n"
    )
    assert "Tobin" not in entity_names(text)
    other = (
        DATELINE + "Ellory Pharma, Inc. named Wendell J. K. Marsh, Chief Operating Officer, "
        "to its board. Wendell's leadership helped Ellory. Wendell's work on EL-4 and "
        "Wendell's deals were praised.\n"
    )
    assert "Wendell" not in entity_names(other)


def test_a_partner_with_a_firm_is_a_persons_post_not_a_deal():
    """ "Mara Lind, a general partner with Velmir": her firm; neither it nor the person named
    after it in the list is a party."""
    text = (
        DATELINE + "Pellcrest Therapeutics Inc. closed a $40 million Series B financing. Jorun "
        "Falk, a partner with Brassmoor, and Ilse Varga, a general partner with Ketterby, "
        "have joined Pellcrest's board.\n"
    )
    names = entity_names(text)
    assert not {"Brassmoor", "Ilse Varga", "Ketterby"} & names
    assert "Pellcrest Therapeutics Inc." in names
    other = (
        DATELINE + "Dorrant Bio Inc. appointed Hugo Senn, a managing partner at Calloway, to "
        "its board.\n"
    )
    assert "Calloway" not in entity_names(other)
    # a company that partners with another is still read
    deal = DATELINE + "Dorrant Bio Inc. partnered with Calloway to develop DB-7 in Europe.\n"
    assert "Calloway" in entity_names(deal)


def test_a_possessive_that_ends_a_longer_name_is_no_company():
    """ "Zentavir XR's role", "Imbrola PGX's activity": the last word of a product's name is
    no owner, however often the product is named."""
    text = (
        DATELINE + "Scientists will present data on Zentavir QRT. Zentavir QRT's role in "
        "priming cells is shown. Zentavir QRT enhances T cells. Zentavir QRT was well "
        "tolerated.\n"
    )
    assert "QRT" not in entity_names(text)
    other = (
        DATELINE + "Imbrola Kappa's activity was confirmed. Imbrola Kappa reduced tumours and "
        "Imbrola Kappa's safety was good.\n"
    )
    assert "Kappa" not in entity_names(other)
    # an opening word before the owner leaves it a company
    owner = (
        DATELINE + "Under Halvorne's plan, Halvorne's team will grow. In Halvorne's view the "
        "market is large.\n"
    )
    assert "Halvorne" in entity_names(owner)


def entity_by_name(text: str, name: str):
    return next(c for c in find_entities(analyse(text, None)) if c.name == name)


def test_a_ticker_written_as_a_name_is_its_company():
    """ "Tarrow Ltd. (NASDAQ: TRRW) ... TRRW has granted": the symbol is Tarrow, not a second
    company."""
    text = (
        DATELINE + "Tarrow Ltd. (NASDAQ: TRRW) closed its offering. TRRW has granted Halbeck "
        "Securities Corp. an option to buy more units.\n"
    )
    names = entity_names(text)
    assert "TRRW" not in names
    assert "TRRW" in entity_by_name(text, "Tarrow Ltd.").names
    other = (
        DATELINE + "Quennel Therapeutics (NYSE: QNL) signed a licence agreement with Marbeck "
        "Bio Inc. QNL will pay $15 million upfront.\n"
    )
    assert "QNL" not in entity_names(other)
    assert "Quennel Therapeutics" in entity_names(other)


def test_a_founders_title_opens_a_possessive_firm_name():
    """ "Dr. Varma's Laboratories (NYSE: DVL)": the title belongs to the firm's name, not a
    word to cut (before, "Varma's Laboratories" was read)."""
    text = (
        DATELINE + "Ostrel Inc. signed an agreement with Dr. Varma's Laboratories (NYSE: DVL) "
        "subsidiary Kesh Discovery Limited.\n"
    )
    names = entity_names(text)
    assert "Dr. Varma's Laboratories" in names
    assert "Varma's Laboratories" not in names
    other = DATELINE + "Orrin Bio licensed OB-2 to Mr. Halvik's Pharma GmbH for Europe.\n"
    assert "Mr. Halvik's Pharma GmbH" in entity_names(other)


def test_a_unit_named_after_its_owners_described_arm_is_its_subsidiary():
    """ "Velmir and its global biologics research and development arm, Tamsin, today
    announced": Tamsin is a company, Velmir its parent."""
    text = (
        DATELINE + "Harrowgate Pharma and its global biologics research and development arm, "
        "Kelvane, today announced that the FDA accepted a filing for zorbelimab.\n"
    )
    assert entity_by_name(text, "Kelvane").parent.name == "Harrowgate Pharma"
    other = (
        DATELINE + "Brixworth Pharma said its specialty vaccines subsidiary, Ombral (Oslo), "
        "started a trial of OV-3.\n"
    )
    assert entity_by_name(other, "Ombral").parent.name == "Brixworth Pharma"


def test_a_persons_post_is_no_company():
    """ "Dr. Jane Roe, Velmir's Chief Executive Officer, stated:": the post after the
    possessive is no unit of Velmir."""
    text = (
        DATELINE + "Ferrand Bio Inc. reported results. Dr. Asha Roy, Ferrand's Chief Executive "
        "Officer, stated: \u201cWe are pleased.\u201d\n"
    )
    assert "Chief Executive Officer" not in entity_names(text)
    other = (
        DATELINE + "Ferrand Bio Inc. reported results. Mr. Olsen, Ferrand's Chief Medical "
        "Officer, added that enrolment is complete.\n"
    )
    assert "Chief Medical Officer" not in entity_names(other)


def test_an_institution_longer_than_four_words_is_read_whole():
    """ "a licensing agreement with Harwick Sloane Memorial Cancer Center": the bare-name run
    stops at four words; the institution's head word closes it."""
    text = (
        DATELINE + "Pellam Therapeutics, Inc. has signed a licensing agreement with Harwick "
        "Sloane Memorial Cancer Center (HSMCC) to develop a digital therapy.\n"
    )
    names = entity_names(text)
    assert "Harwick Sloane Memorial Cancer Center" in names
    assert "Harwick Sloane Memorial Cancer" not in names
    other = (
        DATELINE + "Pellam Therapeutics, Inc. entered into a collaboration with Ostby Lake "
        "Regional Children's Medical Research Institute to test PT-2.\n"
    )
    assert any(n.endswith("Institute") for n in entity_names(other))


def test_a_name_before_its_scientists_is_an_organisation():
    """ "Velmir scientists will present four posters": a company named only as the owner of
    its people at a sentence's start; once in the text is not enough (a lab, a town)."""
    text = (
        "Kestova scientists will present four posters at the annual meeting in Denver. The "
        "posters describe KV-22 in solid tumours. Kestova also will present a fifth poster.\n"
    )
    assert "Kestova" in entity_names(text)
    other = (
        DATELINE + "Ardmoor researchers have identified a new target for KV-9. Ardmoor plans "
        "a trial next year.\n"
    )
    assert "Ardmoor" in entity_names(other)
    once = DATELINE + "Tollan scientists found that the KV-9 target is rare in adults.\n"
    assert "Tollan" not in entity_names(once)


def test_our_subsidiary_names_a_company_of_the_issuer():
    """ "including our subsidiary Velmir, Tamsin is entitled ...": Velmir is a company, the
    release's company its parent."""
    text = (
        DATELINE + "Corvane Pharma, Inc. reported revenue of $2 million. At the group level, "
        "including our subsidiary Brisla, Corvane is entitled to $3 million.\n"
    )
    assert entity_by_name(text, "Brisla").parent.name == "Corvane Pharma, Inc."
    other = (
        DATELINE + "Corvane Pharma, Inc. said its wholly-owned subsidiary Ostrin (Taipei) "
        "filed an IND.\n"
    )
    assert entity_by_name(other, "Ostrin").parent.name == "Corvane Pharma, Inc."


def test_a_bare_hong_kong_code_after_a_name_makes_it_a_company():
    """ "4TBIO (01877) announced": a five-digit code from a zero, in a text about a Hong Kong
    listing, makes the name before it a company, even one that opens with a digit."""
    text = (
        "4TBIO (01877) announced that the company entered into a placing agreement. The "
        "placing price is HK$12.30 per share.\n"
    )
    assert "4TBIO" in entity_names(text)
    other = (
        "Kanlo Biologics (02281) said on Monday that it will place 50 million shares on the "
        "Hong Kong Stock Exchange.\n"
    )
    assert "Kanlo Biologics" in entity_names(other)
    # no Hong Kong in the text: the number is no stock code
    elsewhere = "Velbrook (02139) hosted a symposium for physicians in Boston.\n"
    assert "Velbrook" not in entity_names(elsewhere)


def test_a_polish_limited_company_is_its_own_company():
    """ "Tarnel Pharmaceuticals Sp. z o.o., the Polish subsidiary of the Company": a legal
    form of its own, so not merged into "Tarnel Pharmaceuticals Inc."."""
    text = (
        DATELINE + "Tarnel Pharmaceuticals Inc. (the \u201cCompany\u201d) announced a sublicence. "
        "Tarnel Pharmaceuticals Sp. z o.o. (\u201cTarnel Poland\u201d), the Polish subsidiary "
        "of the Company, signed an amendment with Orvista Biotech Inc.\n"
    )
    polish = entity_by_name(text, "Tarnel Pharmaceuticals Sp. z o.o.")
    assert polish.parent.name == "Tarnel Pharmaceuticals Inc."
    other = DATELINE + "Brevan Labs Sp.z o.o. licensed BV-4 to Orvista Biotech Inc.\n"
    assert "Brevan Labs Sp.z o.o." in entity_names(other)


def test_the_before_an_institution_of_a_place_opens_the_party():
    """ "a research collaboration with the University of Westlake": "the" opens the name of
    an institution written "X of Y", as it does before "the Marlow Foundation"."""
    text = (
        DATELINE + "Ostrava Vaccines, Inc. announced a research collaboration with the "
        "University of Westmarch to test OV-9 patches.\n"
    )
    assert "University of Westmarch" in entity_names(text)
    other = (
        DATELINE + "Ostrava Vaccines, Inc. signed a licence agreement with the Institute of "
        "Cellular Medicine Brandt for OV-2.\n"
    )
    assert any(n.startswith("Institute of Cellular Medicine") for n in entity_names(other))


def test_a_formal_name_whose_second_part_is_only_company_words_is_one_name():
    """ "Grand Orient Pharmaceutical and Healthcare Holdings Ltd.": "Healthcare Holdings Ltd."
    names no company alone, so "and" joins one name (two names stay two when the second part
    has a name of its own)."""
    text = (
        DATELINE + "Grand Orient Pharmaceutical and Healthcare Holdings Ltd. will spend $25 "
        "million for a stake in Telmore Bio Ltd.\n"
    )
    names = entity_names(text)
    assert "Grand Orient Pharmaceutical and Healthcare Holdings Ltd." in names
    assert "Healthcare Holdings Ltd." not in names
    other = (
        DATELINE + "Sunward Biotech and Pharma Group Co., Ltd. licensed SW-1 to Telmore Bio Ltd.\n"
    )
    assert "Sunward Biotech and Pharma Group Co., Ltd." in entity_names(other)
    two = DATELINE + "Koru Medicines and Brantley Inc. signed a licence for KM-3.\n"
    assert "Brantley Inc." in entity_names(two)


def test_an_initialism_that_fits_no_word_before_it_defines_something_earlier():
    """ "the Westlake Institutes of Health, an agency within the Office of Health and Family
    Services ("WIH")": the alias is the institutes', not "Family Services"."""
    text = (
        DATELINE + "Corlan Bio, Inc. entered into a Patent License Agreement with the Westlake "
        "Institutes of Health, an agency within the Office of Health and Family Services "
        '("WIH"). WIH granted the Company a non-exclusive license.\n'
    )
    assert "Family Services" not in entity_names(text)
    other = (
        DATELINE + "Corlan Bio, Inc. will work with the Ostmark Cancer Trust, a charity "
        'advised by Harbour Patient Services ("OCT"), on trials of CB-4.\n'
    )
    assert "Harbour Patient Services" not in entity_names(other)
    # an alias written in the name, or opening with one of its letters, stays its own
    kept = DATELINE + 'Beijing Tide Pharmaceutical ("TIDE") licensed TD-1 to Corlan Bio, Inc.\n'
    assert "Beijing Tide Pharmaceutical" in entity_names(kept)


def test_a_persons_post_with_a_firm_makes_no_collaboration():
    """ "Jorun Falk, a managing director with Brassmoor, ... a partner with Ketterby, have
    joined the board": posts, no agreement (lexicons.deals, the collaboration cue)."""
    text = (
        DATELINE + "Pellcrest Therapeutics Inc. closed a $40 million financing. With the "
        "closing, Jorun Falk, a managing director with Brassmoor, and Ilse Varga, a partner "
        "with Ketterby, have joined Pellcrest's board of directors.\n"
    )
    assert extract(text)["deals"] == []
    other = (
        DATELINE + "Dorrant Bio Inc. named Hugo Senn, a general partner with Calloway Ventures, "
        "to its board.\n"
    )
    assert extract(other)["deals"] == []
    # the verb still makes one
    deal = extract(DATELINE + "Dorrant Bio Inc. partnered with Calloway Pharma Ltd. on DB-7.\n")
    assert len(deal["deals"]) == 1


def test_institutions_listed_after_a_plural_institution_noun_are_parties():
    """ "agreements with several cancer centers and universities, including the University
    of Westmarch, Harlow General Hospital, and Harwick Sloane Memorial Cancer Center": every
    listed institution, the five-word one included."""
    text = (
        DATELINE + "Pellam Therapeutics, Inc. holds licensing agreements with several leading "
        "cancer centers and universities, including the University of Westmarch, Harlow "
        "General Hospital, and Harwick Sloane Memorial Cancer Center, to digitise therapies.\n"
    )
    names = entity_names(text)
    assert {
        "University of Westmarch",
        "Harlow General Hospital",
        "Harwick Sloane Memorial Cancer Center",
    } <= names
    other = (
        DATELINE + "Ostrava Vaccines, Inc. works with hospitals, including Brennick Royal "
        "Hospital and Tamsworth Children's Hospital, on OV-9.\n"
    )
    assert "Brennick Royal Hospital" in entity_names(other)


def test_a_describing_word_before_staff_nouns_names_no_organisation():
    """ "Clinical investigators have reported", "Pediatric researchers found", "Sales team
    will": the word before the staff noun describes them, however often it is capitalised."""
    for opening in (
        "Clinical investigators have reported",
        "Pediatric researchers have found",
        "Sales team will present",
        "Veterinary scientists have shown",
    ):
        word = opening.split()[0]
        text = (
            DATELINE + f"Velmora Bio Inc. reported data. {opening} strong responses to VB-3. "
            f"{word} Trial Results and {word} Data were shown.\n"
        )
        assert word not in entity_names(text), opening
    # a word the text also writes in lower case is no name
    text = (
        DATELINE + "Velmora Bio Inc. reported data. Network scientists have shown responses "
        "across a network of sites. Network Trial Results were shown.\n"
    )
    assert "Network" not in entity_names(text)


def test_a_capital_the_inside_a_sentence_opens_the_name():
    """ "drugmaker The Orrin Drugs Company (Nasdaq: ORDC)": "The" written with a capital after
    a lower-case word belongs to the name; at a sentence's start it does not."""
    text = (
        DATELINE + "US drugmaker The Orrin Drugs Company (Nasdaq: ORDC) said the EMA accepted "
        "its filing.\n"
    )
    names = entity_names(text)
    assert "The Orrin Drugs Company" in names
    other = (
        DATELINE + "Velmor Inc. signed a licence agreement with The Hadley Therapeutics Group "
        "Ltd. for HT-5.\n"
    )
    assert "The Hadley Therapeutics Group Ltd." in entity_names(other)
    start = DATELINE + "Growth was strong. The Orrin Drugs Company (Nasdaq: ORDC) said so.\n"
    assert "Orrin Drugs Company" in entity_names(start)


def test_the_nyse_amex_market_gives_an_nyse_ticker():
    """ "(NYSE Amex: VLMR)": the NYSE American's former name; the ticker is VLMR.NYSE."""
    text = (
        DATELINE
        + 'Velmora Biopharmaceuticals, Inc. (NYSE Amex: VLMR) ("Velmora") dosed a patient.\n'
    )
    company = entity_by_name(text, "Velmora Biopharmaceuticals, Inc.")
    assert company.tickers == ["VLMR.NYSE"]
    other = DATELINE + "Shares of Tamsel Pharma Corp. (NYSE Amex:TMSL) rose after the data.\n"
    assert entity_by_name(other, "Tamsel Pharma Corp.").tickers == ["TMSL.NYSE"]


def test_a_fully_owned_unit_is_a_subsidiary():
    """ "its fully-owned subsidiary, X" reads as "wholly-owned" does."""
    text = (
        DATELINE + "Hartwell Pharma Inc. said its fully-owned subsidiary, Quillan Labs Ltd., "
        "received approval for QL-2.\n"
    )
    assert entity_by_name(text, "Quillan Labs Ltd.").parent.name == "Hartwell Pharma Inc."
    other = (
        DATELINE + "Quillan Labs Ltd., a fully owned subsidiary of Hartwell Pharma Inc., filed "
        "an IND for QL-4.\n"
    )
    assert entity_by_name(other, "Quillan Labs Ltd.").parent.name == "Hartwell Pharma Inc."


def test_nsdq_is_nasdaq():
    text = DATELINE + "Orbian Therapeutics (NSDQ:ORBT) announced that it dosed a patient.\n"
    assert entity_by_name(text, "Orbian Therapeutics").tickers == ["ORBT.NASDAQ"]
    other = DATELINE + "Kestrel Bio Inc. (NSDQ: KSTB) and Orbian Therapeutics signed a pact.\n"
    assert entity_by_name(other, "Kestrel Bio Inc.").tickers == ["KSTB.NASDAQ"]
