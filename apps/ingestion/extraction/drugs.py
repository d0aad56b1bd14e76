"""Drugs: code names, INNs (by stem and by the drug-named-entity-recognition dictionary), brands."""

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import prefilter
from .drug_dictionary import BRAND_MARK, dictionary_lookup
from .indications import find_indications, shared_head_diseases
from .lexicons.companies import COMPANY_HEADS, LEGAL_SUFFIX, PLACES
from .lexicons.designations import AGENCIES
from .lexicons.drugs import (
    ALLERGEN_SOURCES,
    CODE_NAME,
    CURRENCY_PREFIXES,
    DISEASE_ENDINGS,
    DOSAGE_FORM_WORDS,
    DOSAGE_FORMS,
    ENGLISH_ENDINGS,
    ESTER_INN_WORDS,
    FORMULATION_SUFFIXES,
    INN_FALSE_FRIENDS,
    INN_GREEK_SECOND,
    INN_STEMS,
    LEVEL_WORDS,
    LOWER_CODE,
    LOWER_CODE_NOT_PREFIXES,
    MARKET_NAMING,
    MODALITY_WORDS,
    NAMING_WORDS,
    NOT_DRUG_PREFIXES,
    NUMBERED_SECTION,
    PRODUCT_NOUNS,
    PRODUCT_OBJECT_VERBS,
    PRODUCT_SLOTS,
    PRODUCT_VARIANT_WORD,
    RECOMBINANT_PREFIX,
    REGULATED_WORDS,
    SALT_WORDS,
    SEROTYPE_INN,
    SHORT_CODE,
    SHORT_CODE_NOT_PREFIXES,
    SHORT_CODE_PRODUCT_CUES,
    SHORT_CODE_TARGET_AFTER,
    SLOT_NOT_NAMES,
    SLOT_NOT_WORDS,
    SPACED_CODE,
    SPACED_CODE_NOT_PREFIXES,
    TRIAL_NAME_NOUNS,
    TRIAL_OF_VERBS,
)
from .lexicons.indications import DISEASE_WORDS
from .lexicons.known_companies import KNOWN_COMPANIES
from .text import Document, fold, is_clean_name

CODE = re.compile(CODE_NAME)
AMOUNT = re.compile(r"\d+[mkb]?")  # the figure after a currency code: "450", "450m"
SECTION_NUMBER = re.compile(NUMBERED_SECTION)
SPACED = re.compile(SPACED_CODE)
SEROTYPE = re.compile(SEROTYPE_INN)
# A product named in a regulatory slot: an upper-case brand (RENOVAX) or a lower-case INN that no
# stem or dictionary knows ("to amezalpat,"); after "its drug" also a capitalised word.
SLOT_NAME_END = (
    r"(?=\s*(?:[,.;:()]|\s(?:for|in|as|to|and|has|had|was|is|received|receives|with)\b|$))"
)
# One ingredient of a fixed combination: an INN, with the four-letter suffix the FDA adds to a
# biologic's name ("hyaluronidase-fihj", "trastuzumab-anns").
COMBINED_INGREDIENT = r"[a-z]{4,}(?:-[a-z]{4})?(?![\w-])"
COMBINATION = re.compile(
    rf"\(\s*((?:{COMBINED_INGREDIENT},\s+)*{COMBINED_INGREDIENT},?\s+and\s+{COMBINED_INGREDIENT})"
    r"\s*\)"
)
COMBINATION_SPLIT = re.compile(COMBINED_INGREDIENT)
# A capitalised brand that marks itself: "Heplira™", "Velmora (lasidostat)".
MARKED_BRAND = (
    r"[A-Z][a-z]{3,}(?=\s?(?:[®™]|\((?:R|TM)\))|\s*\(\s*[a-z]{6,}(?:-[A-Z])?(?:\s[a-z]{4,})?\s*\))"
)
# "remestemcel-L", "velaglucerase-M": one capital letter after a hyphen is part of the INN
INN_LETTER_SUFFIX = re.compile(r"-[A-Z](?![\w-])")
BRAND_SLOT = re.compile(
    PRODUCT_SLOTS[0] + rf"(?P<name>[A-Z][A-Z0-9]{{3,}}\b(?![-.]\w)|{MARKED_BRAND})"
)
SLOT = re.compile(
    "(?:" + "|".join(PRODUCT_SLOTS[1:-1]) + r")(?P<name>[A-Z][A-Z0-9]{3,}\b(?![-.]\w)"
    r"|[A-Z][a-z]{2,}-[A-Z]{1,4}\b(?![-.]\w)"
    r"|[a-z][A-Z][a-z]{3,}\b(?![-.]\w)"  # a lower-case prefix: "designation for eRapa"
    # capitals, then a capitalised word: "IND approval for KX2-Vaxx" (never a company's,
    # see CAPITALS_WORD_NAME)
    r"|[A-Z]{2,4}\d{0,2}-[A-Z][a-z]{2,}\b(?![-.]\w)"
    rf"|{MARKED_BRAND}"
    rf"|[a-z]{{6,}}{SLOT_NAME_END})"
)
# The product as the subject of a passive approval: "NEUVANTA has been approved in Japan".
# Only passive verbs: "CORVANE has received approval" is a company in capitals, and "the
# agency, ACOREP, has approved the trial" an agency (so "has" needs "been").
SUBJECT_SLOT = re.compile(
    rf"(?P<name>\b[A-Z][A-Z0-9]{{3,}}\b(?![-.]\w)|{MARKED_BRAND})\s?[®™]?"
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:has|have|had)(?=(?:\s+\w+){0,2}\s+been\b)|was|were|is)"
    r"\s+(?:(?:now|also|been|recently|previously|officially|formally|conditionally|fully)\s+){0,3}"
    r"(?:approved|cleared|authori[sz]ed)\b"
)
APPOSITION_SLOT = re.compile(
    PRODUCT_SLOTS[-1]
    + rf"(?P<name>[A-Z][A-Z0-9]{{3,}}\b(?![-.]\w)|[A-Za-z][a-z]{{5,}}{SLOT_NAME_END})"
)
# A generic name the text gives outright: "Dermizo, chemically known as velpatrexin," (no
# INN stem need know it)
GENERIC_NAMED = re.compile(
    r"\b(?:(?:chemically|generically)\s+known|known\s+(?:chemically|generically))\s+as\s+"
    rf"(?P<name>[a-z]{{5,}}(?:-[a-z]{{4}})?){SLOT_NAME_END}"
)
# A brand a news item gives after the generic name: "anifrolovab, sold in the United States as
# Lupara," (a lower-case name, a comma, the market it is sold in, a capitalised brand)
SOLD_AS_BRAND = re.compile(
    rf"\b[a-z]{{6,}}(?:-[a-z]{{4}})?,\s+{MARKET_NAMING}\s+"
    rf"(?P<name>[A-Z][a-z]{{3,}}|[A-Z][A-Z0-9]{{3,}}\b(?![-.]\w))[®™]?{SLOT_NAME_END}"
)
# News items introduce the product after telling what happened to it: "The drug, Velqara, was
# approved for ...", "the company's new treatment, called Zentiva, ...", "a pill named Orvex".
# The name is capitalised and closes the apposition (a comma, a bracket or the verb after it).
NAMED_PRODUCT = re.compile(
    r"\b(?i:the|its|a|an|their|this)\s+(?:(?:[\w'’-]+\s+){0,3}?)"
    r"(?i:drug|medicine|medication|treatment|therapy|vaccine|pill|shot|injection|product"
    r"|antibody|infusion|tablet|capsule|gene therapy|cell therapy)"
    rf"(?:,\s+(?:{NAMING_WORDS}\s+)?|\s+{NAMING_WORDS}\s+)"
    r"(?P<name>[A-Z][a-z]{3,}|[A-Z][A-Z0-9]{3,}\b(?![-.]\w))[®™]?"
    r"(?=\s*(?:,|\(|\s(?:was|is|has|had|will|would|won|received|gained|became)\b))"
)
# "granted marketing authorization for its prostate imaging agent, Corvix": the product named
# in an apposition after a regulatory telling, capitalised only.
REGULATED_APPOSITION = re.compile(
    r"\b(?i:authori[sz]ations?|approvals?|designations?|clearance|approved|cleared)\s+(?:for|of|to)"
    r"\s+(?:its|the|their|our)\s+(?:[\w-]+\s+){0,4}?(?i:agent|drug|product|candidate|therapy"
    r"|vaccine|medicine|treatment|therapeutic|test|device),\s+"
    rf"(?P<name>[A-Z][a-z]{{4,}}|[A-Z][A-Z0-9]{{3,}}\b(?![-.]\w)){SLOT_NAME_END}"
)
# "ARO-KXB, the company's investigational RNAi therapeutic, ...": a name in letters only, or in
# capitals, that an apposition describes as a product. The head noun must end the description,
# so "Corvane, a gene therapy company" is not a product.
DESCRIBED = re.compile(
    r"\b(?P<name>[A-Z]{2,5}-[A-Z]{2,6}\b(?![-.]\w)|[A-Z][A-Z0-9]{3,}\b(?![-.]\w)"
    # "ZELVORA PF, its lead candidate": a brand keeps the formulation letters after it
    rf"(?:\s(?:{FORMULATION_SUFFIXES})\b)?"
    # "Bria-IMT, a novel immunotherapy", "Sora-VAX, its cancer vaccine": a word, then capitals
    r"|[A-Z][a-z]{2,7}-[A-Z]{2,5}\b(?![-.]\w))[®™]?"
    r",\s+(?:an?|its|the\s+(?:company|Company)['’]s|our)\s+(?:[\w/()-]+\s+){0,5}?"
    rf"(?:{PRODUCT_NOUNS})"
    r"(?=[,.;]|\s*(?:\n|$)"
    r"|\s+(?:for|in|that|which|being|designed|targeting|developed|currently|to|against)\b)"
)
# "the Velqara nasal spray", "Velqara tablets": a capitalised name before a dosage form
FORM_AFTER = re.compile(
    r"\b(?P<name>[A-Z][a-z]{4,})[®™]?\s+(?:nasal spray|tablets|capsules|injection|cream|gel"
    r"|eye drops|ointment|oral solution|transdermal patch)\b"
)
# "has approved Zeltriva for the treatment of ...", "approval of Zeltriva to treat ...": a
# mixed-case name an agency approves for a use is a product, though no mark or capitals tell it
APPROVED_FOR_USE = re.compile(
    r"\b(?:approved|approves|cleared|authori[sz]ed|authori[sz]es|approvals?\s+(?:of|for))\s+"
    r"(?P<name>[A-Z][a-z]{4,})(?=\s+(?:for|as)\s+(?:the\s+)?(?:treatment|prevention|use|adults?"
    r"|adolescents|patients|children|people)\b|\s+to\s+(?:treat|prevent)\b)"
)
# "FDA approves Norvex's Zelvira for ...", "authorised Tessaly Vaccines' Resvia": a capitalised
# name an agency approves or designates, told with its owner's possessive (news wording)
APPROVED_OWNED = re.compile(
    r"\b(?:approved|approves|cleared|clears|authori[sz]ed|authori[sz]es|backs|backed"
    # "granted marketing authorisation to X's Y", "recommending approval of X's Y"
    r"|(?i:designations?|status|approvals?|clearance|authori[sz]ations?|opinion)\s+(?:to|of|for))\s+"
    r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s|(?<=s)['’])\s+"
    r"(?:(?:[a-zA-Z-]+\s+){0,3}(?:drug|shot|vaccine|pill|therapy|treatment|medicine|jab)\s+)?"
    r"(?P<name>[A-Z][a-z]{4,}|[A-Z][A-Z0-9]{3,}\b(?![-.]\w))[®™]?"
    r"(?=\s+(?:for|to|as|in)\b|\s*[,.;(]|\s*$)",
    re.MULTILINE,
)
# "granted Breakthrough Therapy designation to Velqara for ...", "the FDA approved Velqara in
# May": a capitalised brand a designation or an approval names, told for a use or a place
DESIGNATED_BRAND = re.compile(
    r"(?:" + PRODUCT_SLOTS[0] + "|" + PRODUCT_SLOTS[1] + r")(?P<name>[A-Z][a-z]{4,})[®™]?"
    # (never "to Velmir for its lead program": a company granted something for its product)
    r"(?!\s+for\s+(?:its|their|our|the\s+company)\b)"
    r"(?=\s+(?:for|to\s+(?:treat|prevent)|as\s+an?|in\s+(?:the\s+)?(?:U\.S\.|US|EU|Europe|Japan"
    r"|China|patients|adults|children))\b"
    # "designation for Velqara, an inhaled formulation of ...": an apposition that describes
    # a product (its head noun ending the description, no company word before it)
    r"|,\s+(?:an?|its|our)\s+(?:(?!(?i:company|firm|biotech\w*|maker|developer)\b)[\w/()-]+\s+)"
    rf"{{0,5}}?(?:{PRODUCT_NOUNS})(?=[,.;]|\s+(?:of|for|in|that|which|to|against|targeting)\b))"
)
WORD = re.compile(r"[A-Za-z0-9][\w\-]*")
# A name a trial, a dose or an efficacy read-out is told of: "evaluate the safety and efficacy
# of Zenvora for", "75mg of NeuroKin", "its Zenvora Phase 3 pivotal study", "a Phase 2 study
# of Velqara in". Capitalised ("Zenvora") or in mixed case ("NeuroKin", "XToll"); listed only
# when the text names it twice and never as a company, place or person (trial_object_mentions).
TRIAL_OBJECT_NAME = r"(?P<name>[A-Z][a-z]{4,}|[A-Z]{1,2}[a-z]*[A-Z][a-z]{2,})(?![\w’'®™-])"
TRIAL_OBJECT = re.compile(
    r"\b(?:(?:trials?|stud(?:y|ies))\s+(?:of|for|evaluating|investigating|testing)"
    r"|(?:efficacy|safety|tolerability|pharmacokinetics)(?:,?\s+(?:and\s+)?(?:efficacy|safety"
    r"|tolerability))*\s+of|\d+\s?(?:mg|mcg|µg|ml|mL)(?:/kg)?\s+of|(?:dosed|treated)\s+with)"
    rf"\s+{TRIAL_OBJECT_NAME}(?=\s+(?:for|in|as|or|and|versus|vs|compared|to|was|is|were)\b|[,.;)])"
)
TRIAL_OF_ITS = re.compile(
    rf"\bits\s+{TRIAL_OBJECT_NAME}\s+(?:Phase\s+(?:[1-3]|I{{1,3}})[ab]?|pivotal|registrational)\b"
)
# words after a name that make it a company, a people or a place, never a product
NOT_PRODUCT_NEXT = re.compile(
    r"['’]s\b|\s+(?:(?i:patients|subjects|participants|volunteers|adults|children|population"
    r"|sites?|centers?|centres?|cohorts?|investigators?|disease|syndrome)\b|[A-Z][a-z]+\s+(?:Inc|Ltd"
    r"|AG|plc|Corp)\b)"
)
# A capitalised brand a product noun introduces or an apposition describes: "the new
# Alzheimer's treatment Velqara", "It makes Velqara, an FDA-approved treatment for ...".
PRODUCT_NOUN_BEFORE = re.compile(
    # "its psoriasis cream Dermalix": a dosage form before the brand names it as well
    r"\b(?:treatment|drug|therapy|medicine|vaccine|cream|ointment|inhaler|nasal spray|eye drops"
    # news words: "its RSV shot Resvia", "the obesity pill Velqara"
    r"|shot|pill|jab)"
    r"\s+(?P<name>[A-Z][a-z]{4,})\b(?![\-’'®™]|\s+[A-Z])"
)
BRAND_DESCRIBED = re.compile(
    r"\b(?<![.:]\s)(?<!^)(?P<name>[A-Z][a-z]{4,})[®™]?,\s+"
    # "Corlanta, Brenlow's migraine drug,": a company's possessive stands for the article
    r"(?:an?|the|its|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}['’]s)\s+(?:[\w’'-]+\s+){0,6}?"
    # "to market Ryaltris, a nasal spray for ...": a dosage form is a product's head noun too
    r"(?:treatment|drug|medicine|therapy|vaccine|nasal spray|tablets?|capsules?|injection"
    r"|inhaler|eye drops|cream|ointment|gel|transdermal patch|oral solution"
    # "Talvexa, its lead candidate, entered ...", "Corvexin, an antibiotic, ...": a candidate
    # or a drug class is a product's head noun too
    r"|(?:lead|drug|product|clinical|clinical-stage|investigational|therapeutic|oral|vaccine"
    r"|development)\s+candidate|antibiotic|antiviral|antifungal|analgesic|anticoagulant"
    r"|antidepressant|antipsychotic|antiemetic|an(?:a)?esthetic|biologic)"
    r"(?=[,.;]|\s+(?:for|in|that|which|to|used|approved)\b)",
    re.MULTILINE,
)
# "designation for achondroplasia": a lower-case word a slot holds that names a disease
DISEASE_WORD = re.compile(rf"(?:{DISEASE_WORDS}|{DISEASE_ENDINGS})", re.IGNORECASE)
# A trademark told as approved, designated or cleared is a product ("Zorivel® has been granted
# fast track designation"), though no code, stem or dictionary knows it.
REGULATED = re.compile(REGULATED_WORDS, re.IGNORECASE)
SHORT_CODE_WORDS = re.compile(SHORT_CODE)
SHORT_CODE_TARGET = re.compile(SHORT_CODE_TARGET_AFTER, re.IGNORECASE)
SHORT_CODE_CUES = re.compile(SHORT_CODE_PRODUCT_CUES)
TARGET_BEFORE = re.compile(
    r"\b(?:target(?:ing|s|ed)?|bind(?:ing|s)? to|block(?:ing|s)?|receptor|inhibit(?:ing|s)?)"
    r"\b[^.;:]*$",
    re.IGNORECASE,
)
# "SP16, an LRP1 agonist", "SP16 is a low-density ... agonist", "its candidate SP16"
SHORT_CODE_APPOSITION = re.compile(
    # "KX-7, the company's lead antibody": a possessive word among the describing words
    r"^(?:\s+\w+)?(?:,\s*|\s+(?:is|was)\s+)(?:an?|its|the|our)\s+(?:[\w/()'’-]+\s+){0,6}?"
    rf"(?:{PRODUCT_NOUNS})\b"
)
# "its bispecific antibody, KX12", "an antibody-drug conjugate (ADC), KX47": a code right after
# a product noun (and its abbreviation) is that product
# "its antibody KX-7", "its anti-IL-17 nanoAb (SCN-4)": the code a product noun introduces,
# after it or in a bracket opening right after it
PRODUCT_NOUN_JUST_BEFORE = re.compile(
    rf"\b(?:{PRODUCT_NOUNS})(?:\s*\([A-Za-z-]{{2,8}}\))?(?:,?\s+|\s*\(\s*)$"
)
# A short code as the object a deal or a trial is told of: "exclusive licence to CM-9", "rights
# to develop and commercialize MT-7", "its Phase 1 trial of MT-7", "the licensed asset TL-3"
# "(licence|option|collaboration) agreement with <partner> for": a deal's product slot
AGREEMENT_WITH_FOR = (
    r"\bagreements?\s+with\s+(?:[A-Z][\w&'’.-]*,?\s+|(?:a\.s|s\.r\.o|and|de|of)\.?,?\s+){1,8}?"
    r"for"
)
SHORT_CODE_OBJECT_BEFORE = re.compile(
    r"\b(?:(?:licen[cs]es?|rights|option|sublicen[cs]e)\s+(?:to|for|on|of|in)"
    r"|(?:trials?|stud(?:y|ies))\s+(?:of|evaluating|investigating|testing)"
    r"|(?:dosed|treated)\s+with|(?:licensed|in-licensed|acquired|partnered)\s+(?:asset|product)"
    # "has licensed HB-5 from", "is out-licensing KQ-7 to", "optioned RT-4": a deal verb's object
    r"|(?:in-|out-|sub)?licen[cs](?:ed|es|ing)|optioned"
    r"|(?:asset|programs?|programmes?|compound|molecule)|to\s+(?:develop|commerciali[sz]e"
    r"|manufacture|market|licen[cs]e|acquire)(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)(?:develop|manufacture|commerciali[sz]e"
    r"|market|sell))*"
    # "a licence agreement with Arden Pharma Ltd. for QK-7": what a deal agreement is signed
    # for, the partner's name (up to eight words, a legal suffix with its dots) in between
    rf"|{AGREEMENT_WITH_FOR})\s+(?:its\s+|the\s+)?$"
)
# Regulators' own acronyms ("ANVISA has approved") are never products.
NOT_NAMES = SLOT_NOT_NAMES | {
    term.upper() for terms in AGENCIES.values() for term in terms if " " not in term
}
SHORT_STEMS = {
    "cel",
    "vec",
    "vir",
    "stat",
    "tide",
    "mab",
    "cept",
    "pril",
    "imod",
    "mig",
    "tug",
    "bart",
    "nib",
    "clax",
    "fusp",
}
# A fixed combination named after one of its INNs ("vanzacaftor triple") is its own product.
COMBINATION_WORDS = r"triple|doublet"
COMBINATION_TAIL = re.compile(rf"\s(?:{COMBINATION_WORDS})\b")
# The second word of a two-word INN: ADC payloads, PEG and glyco forms, AAV and cell products.
INN_SECOND_WORD = re.compile(
    # an ADC's payload word by its stem: "X vedotin", "X deruxtecan", "X sesutecan"
    rf"\s([a-z]{{2,}}(?:dotin|tecan|tansine|tesirine)|pegol|alfa|beta|[a-z]{{3,}}(?:vec|cel)"
    # a prodrug's ester, which the INN names whole: "dabigatran etexilate"
    rf"|{COMBINATION_WORDS}|(?i:{'|'.join(sorted(ESTER_INN_WORDS))}))\b"
)
SALT = re.compile(rf"\s({SALT_WORDS})\b", re.IGNORECASE)
ENGLISH_WORD = re.compile(ENGLISH_ENDINGS)
SALT_NAME = re.compile(rf"(?:{SALT_WORDS})", re.IGNORECASE)
SALT_FORM = re.compile(rf"([a-z]{{5,}})(?:\s(?:{SALT_WORDS}))+")
INN_WORD = re.compile(
    r"\b[A-Za-z][a-z]{2,}(?:" + "|".join(sorted(INN_STEMS, key=len, reverse=True)) + r")\b"
)
# "Zorivel®", "Zorivel(R)", "Zorivel (TM)": a trademark however the wire writes the sign
BRAND = re.compile(
    r"\b(?!(?:The|Our|Its|This|These|With|And|For|Of|In|From|By)\s)"
    r"([A-Z][A-Za-z]{2,}(?:\s[A-Z][a-z]+)?)\s?(?:[®™]|\((?:R|TM)\))"
)
BRAND_NAME_PHRASE = re.compile(r"brand name\s+([A-Z][A-Za-z]{2,})", re.IGNORECASE)
TARGET_LIKE = re.compile(r"^(?:[A-Z]{1,5}-?\d|[A-Z]{2,5}$)")
# An isoform's number after a symbol: "CLDN18.2" (never a sentence's full stop)
ISOFORM = r"(?:\.\d{1,2}(?![\d.]))?"
# Target symbols in mixed case that the upper-case shape misses: "an FcRn antagonist"
MIXED_CASE_TARGETS = "FcRn|c-Met|c-MET|c-Kit|c-KIT|c-Myc|c-MYC"
# A target written as a symbol: "CD19", "LRP1", "NaV 1.7", "RSV L-protein" (a symbol, then a
# number or a lettered protein), and a mutant written after its gene: "KRAS G12D", "BRAF V600E"
TARGET_SYMBOL = (
    # "FGFR2b": a lower-case splice-variant letter after the digit
    rf"(?:{MIXED_CASE_TARGETS}|[a-z]?[A-Z][A-Za-z0-9\-α-ω]*(?:[A-Z0-9α-ω]|(?<=\d)[a-z]){ISOFORM})"
    r"(?:\s\d+(?:\.\d+)?|\s[A-Z]-protein|\s[A-Z]\d{1,4}[A-Z](?![\w-]))?"
)
# Words between a target list and its mechanism: "a ROS1/NTRK/ALK multiple target kinase
# inhibitor", "a selective tyrosine kinase inhibitor"
MECHANISM_FILLER = (
    r"(?:\s+(?:dual|triple|multiple|multi-target|target|targeted|kinase|tyrosine|selective"
    r"|receptor|pan|allosteric|covalent|small[- ]molecule|oral|potent|highly|inverse|partial)){0,4}"
)
# Modality acronyms are never targets ("a MUC1-C targeting ADC", "targeting ADC")
MODALITY_ACRONYMS = "(?:ADCs?|TCEs?|CAR|mAbs?|ASOs?|PROTACs?|siRNAs?)"
NOT_TARGETS = {
    "ADC",
    "ADCs",
    "TCE",
    "TCEs",
    "CAR",
    "CAR-T",
    "CAR-Ts",
    "CAR-NK",
    "TCR-T",
    "mAb",
    "mAbs",
    "ASO",
    "PROTAC",
    "siRNA",
}


# Lower-case words before "receptor" that describe it and name no ligand ("a selective
# receptor modulator", "a nuclear receptor agonist")
RECEPTOR_NOT_LIGANDS = (
    r"selective|potent|dual|triple|novel|oral|nuclear|orphan|cell|surface|multiple|target"
    r"|targeted|tyrosine|kinase|pan|first|highly|partial|inverse|peripheral|peripherally"
    r"|central|centrally|specific|inhaled|injectable|subcutaneous|weekly|daily|monthly"
    r"|acting|long|short|small|large|molecule|biased|allosteric|covalent|reversible|several"
    r"|other|these|those|which|that|their|with|from|into|onto"
)
# The head nouns of a product's modality that a target symbol may stand before
MODALITY_HEADS = (
    r"ADCs?|antibody[- ]drug conjugates?|antibod(?:y|ies)|mAbs?|nanobod(?:y|ies)|CAR-?T"
    r"|CAR-NK|bispecifics?|siRNAs?|ASOs?|T[- ]cell engagers?|TCEs?|radioligands?"
    r"|radioconjugates?|PROTACs?"
)
MODALITY_HEAD_ADJECTIVES = r"bispecific|trispecific|monoclonal|humani[sz]ed|dual|targeted"
# what a symbol before a modality noun is not: an isotype ("an IgG1 antibody"), a virus ("an
# HBV siRNA"), an agency or a place ("the US ADC market")
NOT_HEAD_TARGET = re.compile(r"IgG\d?|IgM|[A-Z]{1,3}V")


TARGET_PATTERNS = [
    re.compile(
        # "an antibody that targets the PD-L1 protein", "which target CD38": the verb in a
        # relative clause after the product noun
        r"\b(?:targeting|designed to target|(?:that|which)\s+(?:specifically\s+|selectively\s+)?"
        r"targets?)\s+(?:the\s+)?((?:[A-Z][\w\-/α-ω]*)"
        # "targeting CLDN18.2", "targeting Claudin 18.2": an isoform's number goes with it
        rf"{ISOFORM}(?:\s[A-Z]-protein|\s\d{{1,2}}(?:\.\d)?(?![\w.]))?"
        rf"(?:(?:,\s*|\s+and\s+)[A-Z][\w\-/α-ω]*{ISOFORM})*)"
    ),
    # "CD19-directed", "MUC1-C–directed", "a MUC1-C targeting ADC", "a TROP2 directed ADC"
    re.compile(
        rf"\b([A-Z][A-Za-z0-9\-α-ω]*[A-Z0-9α-ω]{ISOFORM})(?:[-‑–](?:targeted|targeting|directed)\b"
        rf"|\s(?:targeting|targeted|directed)\s+(?={MODALITY_ACRONYMS}\b)"
        # "a TROP2 directed DXd antibody drug conjugate": a product noun within two words
        r"|\s(?:targeted|directed)\s+(?=(?:[\w-]+\s+){0,2}(?i:antibod|conjugate|bispecific"
        r"|cell therap|CAR-?T|ADC|vaccine|degrader|therap)))"
    ),
    # "a KRAS inhibitor", "an LRP1 agonist", "a NaV 1.7 blocker", "a dual GLP-1 and GIP
    # receptor agonist"
    # "a ROS1/NTRK/ALK multiple target kinase inhibitor", "protein 1 (PD-1) inhibitor"
    re.compile(
        rf"(?:\b|\()({TARGET_SYMBOL}(?:(?:,\s*|\s+and\s+|/){TARGET_SYMBOL})*)\)?"
        rf"(?P<receptor>\s+receptors?\b)?{MECHANISM_FILLER}"
        r"\s+(?:inhibitor|agonist|antagonist|blocker|degrader)s?\b"
    ),
    re.compile(rf"\banti-((?:{MIXED_CASE_TARGETS})\b|[A-Z][A-Z0-9\-α-ω]+\b{ISOFORM})"),
    # "binds to IL-2 receptors on the cell surface": the receptor it binds
    re.compile(
        rf"\bbind(?:s|ing)?\s+to\s+(?:the\s+)?({TARGET_SYMBOL})(?P<receptor>\s+receptors?)\b"
    ),
    # "a humanized IgG4 mAb against LAG-3", "an antibody directed against CD40"
    re.compile(
        r"\b(?:antibod(?:y|ies)|mAbs?|nanobod(?:y|ies)|directed|raised)\s+against\s+(?:the\s+)?"
        rf"({TARGET_SYMBOL}(?:(?:,\s*|\s+and\s+|/){TARGET_SYMBOL})*)"
    ),
    re.compile(  # "an oral inhibitor of PRMT5"
        rf"\b(?:inhibitor|agonist|antagonist|blocker|degrader)s? of (?:the )?({TARGET_SYMBOL})\b"
    ),
    # "a CD20xCD3 bispecific T-cell engager": the two arms of a bispecific
    re.compile(
        r"\b([A-Z][A-Za-z0-9\-]*[A-Z0-9](?:\s?[x×]\s?[A-Z][A-Za-z0-9\-]*[A-Z0-9])+)"
        r"(?=[\s-]+(?:bispecific|trispecific|T-cell engager|TCE|DART|BiTE))"
    ),  # "a VEGF/FGF dual-target fusion protein", "an EGFR and MET dual-targeting antibody": two
    # or more symbols, then the word that says they are all targets
    re.compile(
        rf"(?:\b|\()({TARGET_SYMBOL}(?:(?:,\s*|\s+and\s+|/){TARGET_SYMBOL})+)\)?"
        r"[\s-]+(?:dual|triple|multi)[\s-]?target(?:ed|ing)?\b"
    ),
    # "inhibits VEGF and FGF signalling", "blocking the IL-4 and IL-13 pathways"
    re.compile(
        r"\b(?:inhibit|block|target|suppress)(?:s|ing)?\s+(?:the\s+)?"
        rf"({TARGET_SYMBOL}(?:(?:,\s*|,?\s+and\s+|/){TARGET_SYMBOL})*)"
        r"\s+(?:signal(?:l)?ing|pathways?)\b"
    ),
    # "a glucagon receptor antagonist", "a GLP-1 and amylin receptor dual agonist", "an orexin
    # 2 receptor agonist": a receptor named by its lower-case ligand, before a mechanism word
    re.compile(
        rf"(?:\b|\()((?:{TARGET_SYMBOL}(?:,\s*|\s+and\s+|/))*"
        r"(?:(?:mu|kappa|delta|alpha|beta|gamma)[\s-])?"  # "a kappa opioid receptor agonist"
        rf"(?!(?:{RECEPTOR_NOT_LIGANDS})\b)(?:[a-z]{{1,5}}-)?[a-z]{{4,}}(?:\s\d)?)"
        rf"(?P<receptor>\s+receptors?\b){MECHANISM_FILLER}"
        r"\s+(?:inhibitor|agonist|antagonist|blocker|degrader|modulator)s?\b"
    ),
    # "a Nectin-4 ADC", "a humanized HER2 antibody", "its BCMA CAR-T", "an EGFR/cMET bispecific
    # antibody": symbols right before a modality's head noun, after an article or a possessive
    re.compile(
        r"\b(?:an?|its|the|our|their)\s+(?:(?:[a-z][\w-]*|fully human)\s+){0,3}?"
        rf"({TARGET_SYMBOL}(?:(?:\s?/\s?|\s?[x×]\s?|\s+and\s+){TARGET_SYMBOL})*)"
        rf"\s+(?:(?:{MODALITY_HEAD_ADJECTIVES})[\s-]+)*(?:{MODALITY_HEADS})(?![\w-])"
    ),
]
# A receptor's subtypes written as Greek letters, spelled or not, after one symbol: "PPAR alpha
# and delta", "PPARα/δ", "PPAR-alpha/gamma": each subtype becomes its own symbol ("PPARα",
# "PPARδ") before the target patterns read the window
GREEK = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ"}
GREEK_LETTER = r"(?:alpha|beta|gamma|delta|[αβγδ])(?![\w-])"
SUBTYPES = re.compile(
    rf"\b(?P<symbol>[A-Z][A-Z0-9]{{1,6}})[\s-]?(?P<subtypes>{GREEK_LETTER}"
    rf"(?:\s*(?:/|,\s*and|,|and|or)\s*{GREEK_LETTER})*)"
)
GREEK_WORD = re.compile(r"alpha|beta|gamma|delta|[αβγδ]")


def subtype_symbols(match: re.Match) -> str:
    """ "PPAR alpha and delta" -> "PPARα and PPARδ": the joining words kept."""
    symbol = match.group("symbol")
    return GREEK_WORD.sub(
        lambda m: symbol + GREEK.get(m.group(), m.group()), match.group("subtypes")
    )


EXPLICIT_TARGETING = 2  # the first patterns say "targeting": a code they name is a target
MODALITY_HEAD_TARGETING = len(TARGET_PATTERNS) - 1  # "a Nectin-4 ADC": read with care
LIGAND_RECEPTOR_TARGETING = len(TARGET_PATTERNS) - 2  # "a glucagon receptor antagonist"
MODALITY_HEAD = re.compile(rf"(?:{MODALITY_HEADS})(?![\w-])")
TARGET_SPLIT = re.compile(r",\s*|\s+and\s+|/|\s?[x×]\s?(?=[A-Z])")
# "ivorazumab (PD-1/VEGF, KX112)": targets in a bracket right after the name, joined by "/"
BRACKET_TARGETS = re.compile(r"\s*\(((?:[A-Z][A-Za-z0-9\-α-ω]*/)+[A-Z][A-Za-z0-9\-α-ω]*)[,;)]")


@dataclass
class DrugMention:
    surface: str
    start: int
    end: int
    canonical: str | None = None  # the dictionary's generic name, lower case
    kind: str = "code"  # "code", "inn", "dictionary", "brand", "slot"
    brand: bool = False  # a dictionary hit on a brand variant ("Ziagen")


# Measured precision of each naming rule on dev2A and dev (matched drugs / drugs listed,
# re-measured 2026-12-01 after the generalisation round: code 18/18, inn 11/13, dictionary 7/9,
# slot 3/3; brand: no sample, a guess; the development half, so an upper bound).
RULE_CONFIDENCE = {
    "drug.code": 1.0,
    "drug.inn": 0.85,
    "drug.dictionary": 0.78,
    "drug.brand": 0.7,
    "drug.slot": 1.0,
    "drug.described": 0.6,  # a guess: two development samples (seed_002, dev2 p048)
}


@dataclass
class FoundDrug:
    """One product: its mentions, name (INN, else code or brand), aliases and attributes."""

    mentions: list
    name: str = ""
    aliases: list = field(default_factory=list)
    modality: str | None = None
    targets: list = field(default_factory=list)
    indications: list = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    @property
    def rule(self) -> str:
        """The rule that found the product: the kind of its strongest mention."""
        kinds = {m.kind for m in self.mentions}
        for kind in ("code", "inn", "dictionary", "brand", "slot", "described"):
            if kind in kinds:
                return f"drug.{kind}"
        return "drug.slot"

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE[self.rule]


# "a humanized EGFR monoclonal antibody developed by Kestrel", "an allogeneic BCMA CAR-T therapy
# developed on the Quill platform": a product described, not named: a target symbol before a
# modality's head noun, then who or what developed it. The description is its name.
DESCRIBED_PRODUCT = re.compile(
    r"(?<![\w-])(?:(?:novel|investigational|proprietary)\s+)?"
    r"(?P<name>(?:(?:allogeneic|autologous|humani[sz]ed|fully\s+human|human|chimeric"
    r"|recombinant|bispecific)\s+){0,3}"
    r"(?P<targets>[A-Z][A-Za-z0-9\-]*[A-Z0-9](?:/[A-Z][A-Za-z0-9\-]*[A-Z0-9])*)\s+"
    r"(?:monoclonal\s+antibody|bispecific\s+antibody|antibody(?:[- ]drug\s+conjugate)?"
    r"|CAR[- ]?T(?:[- ]cell)?\s+therap(?:y|ies)|CAR[- ]?T\s+cells|cell\s+therapy|gene\s+therapy"
    r"|siRNA|vaccine))"
    r"\s+(?:developed|discovered|engineered)\s+(?:by|on|using|with|at)\s"
)

# the target symbols a description may give: "EGFR", "HER2", "CLDN18", "PD-L1", "IL-4R"
DESCRIBED_TARGET = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:-[A-Z]{0,2}\d{1,2}[A-Za-z]?)?")


def described_products(doc: Document, drugs: list) -> list["FoundDrug"]:
    """Products a release describes instead of naming (DESCRIBED_PRODUCT), in body sentences,
    each with the target and modality its description tells; never one whose words another
    rule already names as a product."""
    taken = [(m.start, m.end) for d in drugs for m in d.mentions]
    found: dict[str, FoundDrug] = {}
    for sentence in doc.body_sentences():
        for match in DESCRIBED_PRODUCT.finditer(doc.text, sentence.start, sentence.end):
            start, end = match.span("name")
            targets = match.group("targets").split("/")
            if not all(DESCRIBED_TARGET.fullmatch(t) and t not in NOT_NAMES for t in targets):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            name = match.group("name")
            mention = DrugMention(name, start, end, None, "described")
            drug = found.setdefault(
                fold(name), FoundDrug([], name=name, modality=modality_in(name), targets=targets)
            )
            drug.mentions.append(mention)
    return list(found.values())


# A radionuclide written element-mass: "Lu-177", "Ac-225", "Pb-212", "Tb-161", "Zr-089"
RADIONUCLIDE = re.compile(
    r"(?:Lu|Ac|Ga|Pb|Ra|Th|At|Zr|Tc|In|Cu|Sm|Sr|Re|Ho|Tb|Bi)-?\d{2,3}m?|I-?1[23]\d"
)
# A protein change: amino acid, position, amino acid ("L858R", "V600E")
AMINO_ACID_CHANGE = re.compile(r"[ACDEFGHIKLMNPQRSTVWY]\d{2,4}[ACDEFGHIKLMNPQRSTVWY]")


# "CD-901", "IL-101": a target family's prefix, a hyphen and three or more digits (no
# interleukin or cluster of differentiation is numbered so) is a product's code when the
# sentence tells it as one (a regulatory step, a licence to it, an apposition); "IL-6",
# "CD-3" and "a CD-123 targeting antibody" stay targets
FAMILY_PREFIXED_CODE = re.compile(r"(?:CD|IL|PD|HER|GLP|TNF)-\d{3,6}")


def is_family_prefixed_product(text: str, match: re.Match) -> bool:
    if not FAMILY_PREFIXED_CODE.fullmatch(match.group()):
        return False
    low = max(0, match.start() - 200)
    start = max(text.rfind(". ", low, match.start()) + 2, text.rfind("\n", low, match.start()) + 1)
    start = max(start, low)
    ends = [i for i in (text.find(". ", match.end()), text.find("\n", match.end())) if i >= 0]
    end = min([*ends, len(text), match.end() + 300])
    after = text[match.end() : end]
    if (
        SHORT_CODE_TARGET.match(after)
        or SHORT_CODE_TARGET.match(after.lstrip())
        or text[max(0, match.start() - 5) : match.start()].lower().endswith("anti-")
    ):
        return False
    return bool(
        SHORT_CODE_APPOSITION.match(after)
        or SHORT_CODE_CUES.search(text, start, end)
        or PRODUCT_NOUN_JUST_BEFORE.search(text, start, match.start())
        or SHORT_CODE_OBJECT_BEFORE.search(text, start, match.start())
    )


# "the ALS-6000-101 clinical trial", "the BELIEF trial (PXD101-CLN-19)": a trial's protocol
# number is a code, a hyphen and a study number. Its tail is never a product, and its stem is
# one only where the text also names the stem alone ("its ATH434-201 trial of ATH434").
PROTOCOL_TAIL = re.compile(r"-(?:[A-Z]{2,4}-?)?\d{2,3}(?![\w.-])")
PROTOCOL_HEAD = re.compile(r"[A-Z0-9]\d-$")


def code_mentions(text: str) -> list[DrugMention]:
    found = []
    protocol_only = set()
    for match in CODE.finditer(text):
        surface = match.group()
        if PROTOCOL_HEAD.search(text, max(0, match.start() - 3), match.start()):
            continue
        if PROTOCOL_TAIL.match(text, match.end()):
            protocol_only.add(surface)
        prefix = re.match(r"\d?([A-Za-z]+)", surface).group(1).upper()
        if prefix in CURRENCY_PREFIXES and AMOUNT.fullmatch(surface, len(prefix)):
            continue  # "USD150", "EUR45m": an amount written without a space
        if re.match(r"\s?\.\s?(?:HK|SH|SZ)\b", text[match.end() :]):
            continue
        if prefix in NOT_DRUG_PREFIXES and not is_family_prefixed_product(text, match):
            continue
        if AMINO_ACID_CHANGE.fullmatch(surface):
            continue  # "EGFR L858R", "T790M": a mutation, not a product
        if RADIONUCLIDE.fullmatch(surface):
            continue  # "a Lu-177-labelled radioligand": the isotope, not a product
        if SECTION_NUMBER.match(text, match.end()):
            continue  # "EX-99.1", "Rule 13.09": an exhibit or rule number, not a product
        if re.search(
            r"(?:NASDAQ|NYSE|HKEX|LSE|AIM|SSE|ASX|SIX)\s*:\s*$", text[: match.start()][-12:]
        ):
            continue
        found.append(DrugMention(surface, match.start(), match.end(), None, "code"))
    alone = {m.surface for m in found if not PROTOCOL_TAIL.match(text, m.end)}
    if protocol_only - alone:
        found = [m for m in found if m.surface in alone]
    return found


# "KX 531, which is a BTK inhibitor": an apposition that calls a code named once a product
SPACED_CODE_TOLD = re.compile(
    r"(?:,\s*(?:which\s+is\s+)?|\s+(?:is|was)\s+)(?:an?|its|the|our)\s+(?:[\w/()-]+\s+){0,6}?"
    rf"(?:{PRODUCT_NOUNS})\b"
)


# "granted Fast Track designation to BAY 2927088": a regulatory slot right before the code
SPACED_CODE_SLOT = re.compile(
    r"\b(?i:designations?|status|approvals?|clearance|IND|NDA|BLA|application)\s+(?:\([^()]{1,12}\)\s+)?"
    r"(?:to|for|of)\s+(?:its\s+|the\s+)?(?:investigational\s+)?$"
)


def spaced_code_mentions(text: str) -> list[DrugMention]:
    """ "TPI 287": a code written with a space, when the text names it twice or an apposition
    calls it a product, and it is no year, index or standard (SPACED_CODE)."""
    found = [m for m in SPACED.finditer(text)]
    counts: dict[str, int] = {}
    for match in found:
        counts[match.group()] = counts.get(match.group(), 0) + 1
    mentions = []
    for match in found:
        prefix, number = match.group().split()
        told = SPACED_CODE_TOLD.match(text, match.end()) or SPACED_CODE_SLOT.search(
            text, max(0, match.start() - 80), match.start()
        )
        if (counts[match.group()] < 2 and not told) or re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        if prefix in NOT_DRUG_PREFIXES or prefix in SPACED_CODE_NOT_PREFIXES:
            continue
        if prefix in CURRENCY_PREFIXES:
            continue  # "USD 925 million": an amount
        mentions.append(DrugMention(match.group(), match.start(), match.end(), None, "code"))
    return mentions


NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
# "Halden Bio's HLD-3 met its primary endpoint": a code a company owns is its product (a
# target is nobody's: "Halden's KRAS-7 inhibitor" is still read as a target after the code)
OWNER_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w&.-]*['’]s\s+$")
# AI models licensed for discovery share the short-code shape ("GPT-4", "LLM-2")
LANGUAGE_MODEL = re.compile(r"(?:GPT|LLM|LLAMA|BERT)-?\d{1,2}[a-z]?")


def short_code_mentions(doc: Document, known: list[DrugMention]) -> list[DrugMention]:
    """Codes with one or two digits ("KRX-7", "SP16") where a product is told: a sentence with a
    regulatory step or an apposition that calls the code a product; then all their mentions.

    Never a target ("a KRX-7 inhibitor", "anti-KRX-7"), a target or disease prefix
    (SHORT_CODE_NOT_PREFIXES, NOT_DRUG_PREFIXES), or a span another rule already names.
    """
    text = doc.text
    taken = [(m.start, m.end) for m in known]
    names = []
    for sentence in doc.sentences:
        if not sentence.is_body:
            continue
        for match in SHORT_CODE_WORDS.finditer(text, sentence.start, sentence.end):
            surface = match.group()
            prefix = re.match(r"[A-Z]+", surface).group()
            if prefix in NOT_DRUG_PREFIXES or prefix in SHORT_CODE_NOT_PREFIXES:
                continue
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if text[max(0, match.start() - 5) : match.start()].lower().endswith("anti-"):
                continue
            after = text[match.end() : sentence.end]
            if SHORT_CODE_TARGET.match(after):
                continue
            following = NEXT_WORD.match(after)
            if following and DISEASE_WORD.fullmatch(following.group(1)):
                continue  # "for GM1 gangliosidosis", "MPS3 syndrome": the disease's form
            if PLATFORM_AFTER.match(after) or LANGUAGE_MODEL.fullmatch(surface):
                continue  # "licensed its KX-7 platform", "licensed GPT-4": no product
            told = (
                OWNER_POSSESSIVE_BEFORE.search(
                    text, max(sentence.start, match.start() - 40), match.start()
                )
                or SHORT_CODE_APPOSITION.match(after)
                or SHORT_CODE_CUES.search(sentence.text)
                or PRODUCT_NOUN_JUST_BEFORE.search(text, sentence.start, match.start())
                or SHORT_CODE_OBJECT_BEFORE.search(text, sentence.start, match.start())
            )
            if told and surface not in names:
                names.append(surface)
    found = []
    for name in names:
        spans = name_spans(text, name, decimal=True)
        if any(is_target_context(text, start, end) for start, end in spans):
            continue  # "targeting IL-4Rα and KX2", "IL-33/KX2": a target somewhere is a target
        found += [DrugMention(name, start, end, None, "code") for start, end in spans]
    return found


LOWER_CODE_WORDS = re.compile(LOWER_CODE)


def lower_code_mentions(text: str, known: list[DrugMention]) -> list[DrugMention]:
    """Codes written in lower case ("tavi-101") where a deal or a regulator names its product:
    "rights to tavi-101", "agreement with X for tavi-101", "designation to tavi-101"."""
    taken = [(m.start, m.end) for m in known]
    names = []
    for match in LOWER_CODE_WORDS.finditer(text):
        surface = match.group()
        if surface.split("-")[0] in LOWER_CODE_NOT_PREFIXES:
            continue
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        low = max(0, match.start() - 120)
        if not (
            SHORT_CODE_OBJECT_BEFORE.search(text, low, match.start())
            or SPACED_CODE_SLOT.search(text, low, match.start())
        ):
            continue
        if SHORT_CODE_TARGET.match(text[match.end() : match.end() + 40]):
            continue
        if surface not in names:
            names.append(surface)
    return [
        DrugMention(name, start, end, None, "code")
        for name in names
        for start, end in name_spans(text, name, decimal=True)
    ]


def is_target_context(text: str, start: int, end: int) -> bool:
    if (
        SHORT_CODE_TARGET.match(text[end : end + 40])
        or "/" in text[start - 1 : start] + text[end : end + 1]
    ):
        return True
    if PRODUCT_NOUN_JUST_BEFORE.search(text, max(0, start - 40), start):
        return False  # "its KRAS-targeting conjugate (ADC), KX47": the product, not a target
    return TARGET_BEFORE.search(text[max(0, start - 60) : start]) is not None


# "anthracycline agent", "the tetracycline class": a class word that ends like an INN
DRUG_CLASS_AFTER = re.compile(r"\s+(?:agents?|class|family)\b", re.IGNORECASE)


# "Zerbicin is a novel anthracycline and ...", "zelvorubicin, an oral anthracycline,": a word
# ending like an INN that describes another INN with an indefinite article names a class (an
# INN is no kind of another; a brand may be described by its INN: "Zentrava, a once-weekly
# zorbaglutide,"); so does one the text puts in the plural ("other anthracyclines")
CLASS_ARTICLE = (
    r"\b(?P<subject>[A-Za-z][a-z]{4,}),?\s+(?:is\s+|was\s+)?(?i:an?)\s+(?:[\w-]+\s+){0,2}?"
)
CLASS_USE_AFTER = r"(?=\s*[,.;:)]|\s+(?:and|or|that|which|to|with|in|for|is|was|of)\b)"


def is_inn(word: str) -> bool:
    """Shaped like an INN, or one the dictionary lists under its own name (not a brand's)."""
    if INN_WORD.fullmatch(word):
        return True
    hits = dictionary_lookup([word])
    return bool(hits) and hits[0][0] == word.lower()


CLASS_ARTICLE_BEFORE = re.compile(CLASS_ARTICLE + r"$")
CLASS_USE = re.compile(CLASS_USE_AFTER)
# How far before the word its "X is an ..." description may start (a name, "is an" and two
# adjectives)
CLASS_ARTICLE_CHARS = 160


def is_class_word(text: str, word: str) -> bool:
    """Used as a class anywhere in the text, whatever its case. Read at each place the word is
    written (a pattern per word over the whole text cost a compile and a full scan per INN)."""
    lowered, key = text.lower(), word.lower()
    at = lowered.find(key)
    while at != -1:
        end = at + len(key)
        if at == 0 or not is_word_char(text[at - 1], hyphen=False):
            if lowered.startswith("s", end) and not is_word_char_at(text, end + 1):
                return True  # "other anthracyclines"
            if not is_word_char_at(text, end) and CLASS_USE.match(text, end):
                before = CLASS_ARTICLE_BEFORE.search(text, max(0, at - CLASS_ARTICLE_CHARS), at)
                if before and is_inn(before["subject"]) and before["subject"].lower() != word:
                    return True
        at = lowered.find(key, at + 1)
    return False


def is_word_char_at(text: str, position: int) -> bool:
    return position < len(text) and is_word_char(text[position], hyphen=False)


def inn_mentions(text: str) -> list[DrugMention]:
    found = []
    classes: dict[str, bool] = {}
    for match in INN_WORD.finditer(text):
        word = match.group()
        lowered = word.lower()
        if lowered in INN_FALSE_FRIENDS or not is_clean_name(word):
            continue
        stem = next(s for s in sorted(INN_STEMS, key=len, reverse=True) if lowered.endswith(s))
        if stem in SHORT_STEMS and len(word) < 8:
            continue
        if word[0].isupper() and is_name_word(text, word):
            continue  # "Halvorsen Therapeutics": a surname that ends like an INN
        if word in KNOWN_COMPANIES:
            continue  # "backed by Celgene and Sorrento": a company the gazetteer names
        end = match.end()
        if word.islower() and DRUG_CLASS_AFTER.match(text, end):
            continue  # "a novel anthracycline agent": the class the product belongs to
        second = INN_SECOND_WORD.match(text, end)
        second = second or INN_GREEK_AFTER.match(text, end)
        if not second:
            if lowered not in classes:
                classes[lowered] = is_class_word(text, lowered)
            if classes[lowered]:
                continue  # "a novel anthracycline and the first to ...": a class, not a product
        if second:
            end = second.end()
            word, lowered = text[match.start() : end], text[match.start() : end].lower()
        suffix = INN_LETTER_SUFFIX.match(text, end)
        if suffix:  # the INN keeps its letter as written: "remestemcel-L"
            end = suffix.end()
            word = lowered = text[match.start() : end]
        salt = SALT.match(text, end)
        if salt:  # "imatinib mesylate": the salt form is the surface, the INN its canonical
            end = salt.end()
            word = text[match.start() : end]
        found.append(DrugMention(word, match.start(), end, lowered, "inn"))
    return found


def serotype_mentions(text: str) -> list[DrugMention]:
    """ "ABP-450 (prabotulinumtoxinA)": a toxin INN ending in its serotype letter."""
    return [
        DrugMention(m.group(), m.start(), m.end(), m.group(), "inn")
        for m in SEROTYPE.finditer(text)
    ]


# "Halvorsen Therapeutics", "Halvorsen-Bio": a capitalised word that leads a company name
# (never "Lazertinib-Amivantamab": two INNs joined name a combination)
CAPITALISED_NEXT = re.compile(
    # never a salt or a dosage form: "Zervatinib Mesylate Tablets" is a product in title case
    rf"\s+(?!(?i:{SALT_WORDS}|{DOSAGE_FORM_WORDS})\b)[A-Z][a-z]|-(?![A-Z][a-z]{{2,}}(?:"
    + "|".join(sorted(INN_STEMS, key=len, reverse=True))
    + r")\b)[A-Z][a-z]"
)


def is_word_char(char: str, hyphen: bool) -> bool:
    return char.isalnum() or char == "_" or (hyphen and char == "-")


def name_spans(
    text: str, name: str, *, hyphen: bool = True, decimal: bool = False
) -> list[tuple[int, int]]:
    """Where ``name`` stands as a whole word (a hyphen joins words unless ``hyphen`` is false;
    ``decimal``: "KX2.5" is not "KX2"), found without compiling a pattern per name."""
    spans, at = [], text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        decimal_tail = decimal and after == "." and text[end + 1 : end + 2].isdigit()
        if (
            not is_word_char(before, hyphen)
            and not is_word_char(after, hyphen)
            and not decimal_tail
        ):
            spans.append((at, end))
        at = text.find(name, at + 1)
    return spans


def is_name_word(text: str, word: str) -> bool:
    """Never written in lower case and once followed by another capitalised word."""
    if name_spans(text, word.lower(), hyphen=False):
        return False
    return any(
        CAPITALISED_NEXT.match(text, end)
        for end in (e for _, e in name_spans(text, word, hyphen=False))
    )


def dictionary_mentions(doc: Document) -> list[DrugMention]:
    """Look words up in the compiled drug dictionary; plain word tokens keep brackets out."""
    tokens = list(WORD.finditer(doc.text))
    found = []
    words = [t.group() for t in tokens]
    for canonical, first, last in dictionary_lookup(words):
        if not canonical and last - first == 2 and SALT_NAME.fullmatch(words[first + 1]):
            # "duloxetine hydrochloride" listed with no id: the INN before the salt still is one
            hits = dictionary_lookup(words[first : first + 1])
            canonical, last = (hits[0][0], first + 1) if hits else ("", last)
        if not canonical:  # a dictionary entry with no DrugBank or MedlinePlus id
            continue
        brand = canonical.startswith(BRAND_MARK)
        canonical = canonical.removeprefix(BRAND_MARK)
        start, end = tokens[first].start(), tokens[last - 1].end()
        combination = COMBINATION_TAIL.match(doc.text, end)
        if combination and not brand:
            end = combination.end()  # "vanzacaftor triple": the combination, named as a whole
            canonical = doc.text[start:end].lower()
        suffix = INN_LETTER_SUFFIX.match(doc.text, end)
        if suffix and not brand and doc.text[start:end].islower():
            end = suffix.end()  # "imiglucerase-K": the lettered form is its own INN
            canonical = doc.text[start:end]
        surface = doc.text[start:end]
        if TARGET_LIKE.match(surface) or len(surface) < 4 or not is_clean_name(surface):
            continue
        if re.search(r"[^\w\s\-]", surface) or surface.lower().startswith("anti-"):
            continue  # "at $10" joins words across a sign; "anti-CD40L" tells a mechanism
        if re.search(r"[a-z][A-Z]", surface):  # "cGMP", "mAb": abbreviations, not products
            continue
        if surface.islower() and len(surface) <= 5 and canonical != surface and not brand:
            continue  # "caps": an English word the dictionary lists as a buffer's abbreviation
        if NOT_PRODUCT_AFTER.match(doc.text, end) or is_organism(doc.text, surface, start):
            continue
        if not brand and LEVEL_BEFORE.search(doc.text, max(0, start - 20), start):
            continue  # "low estrogen symptoms": the patient's level of a substance
        if surface.istitle() and is_person_name(doc.text, start, end):
            continue  # "Patrik De Haes, MD, the CEO": a surname the dictionary lists as a substance
        found.append(DrugMention(surface, start, end, canonical, "dictionary", brand))
    return found


LEVEL_BEFORE = re.compile(rf"\b(?i:{LEVEL_WORDS})\s+$")


# "Jan De Haes", "Dr. Olsen": a surname particle or a title right before a capitalised word
SURNAME_BEFORE = re.compile(
    r"(?:\b(?:De|Van|Von|Van der|Van den|Di|Du|Del|Della|Da|Le|La|Dos|Das|Mac|Mc|Ter)"
    r"|\b(?:Dr|Mr|Mrs|Ms|Prof)\.?)\s$"
)
# "Anna Haes, MD,", "Lars Haes, chief executive", "Karl Haes said": a given name before, and a
# person's degree, post or speech after
GIVEN_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]{2,}\s$")
PERSON_AFTER = re.compile(
    r",?\s+(?:MD\b|M\.D\.|PhD\b|Ph\.D\.|MBA\b|(?:the\s+)?(?:chief|CEO|CFO|COO|CSO|CMO|president"
    r"|chair\w*|founder|director|head|professor)\b|said\b|says\b|added\b|commented\b)",
    re.IGNORECASE,
)


def is_person_name(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if SURNAME_BEFORE.search(before):
        return True
    return bool(GIVEN_NAME_BEFORE.search(before) and PERSON_AFTER.match(text, end))


# "methylthioadenosine phosphorylase", "adenosine receptor": a substance word naming an enzyme,
# a receptor or a deletion is a target, not a product
NOT_PRODUCT_AFTER = re.compile(
    r"[\s-]+(?:phosphorylase|kinase|synthase|transferase|dehydrogenase|reductase|oxidase"
    r"|esterase|lipase|protease|hydrolase|ligase|isomerase|peptidase|polymerase|deaminase"
    r"|carboxylase|decarboxylase|hydroxylase|demethylase|deacetylase|nuclease|lyase"
    r"|receptors?|deletion|deleted|deficiency|deficient|transporter|pathway|levels?"
    # "a serotonin modulator", "a dopamine agonist": the substance is what the product acts on
    r"|modulators?|agonists?|antagonists?|inhibitors?|blockers?|reuptake|analogu?e?s?"
    # "a recombinant growth hormone fusion protein", "an oral ketamine prodrug": what the
    # product is made from, not the product
    r"|fusion\s+proteins?|prodrugs?|mimetics?|derivatives?"
    # "a novel anthracycline agent", "the taxane class": a drug class the product belongs to
    r"|agents?|class|family"
    # "to treat cocaine intoxication": a substance a patient took is the condition's name
    r"|intoxication|overdoses?|addiction|use disorders?|dependence|poisoning|withdrawal)\b",
    re.IGNORECASE,
)
# "susceptible microorganisms: Escherichia coli, ...": a genus and species is an organism
ORGANISM_CUES = re.compile(
    r"\b(?:bacteri\w*|microorganisms?|organisms?|pathogens?|strains?|caused by|species|isolates)\b",
    re.IGNORECASE,
)


def is_organism(text: str, surface: str, start: int) -> bool:
    if not re.fullmatch(r"[A-Z][a-z]+ [a-z]{3,}", surface):
        return False
    return bool(ORGANISM_CUES.search(text, max(0, start - 200), start + 200))


def brand_mentions(text: str) -> list[DrugMention]:
    found = []
    for match in BRAND.finditer(text):
        surface, start = match.group(1), match.start(1)
        first, _, rest = surface.partition(" ")
        if rest and is_common_word(text, first):
            # "FDA Approves Zeltriva®", "Anti-inflammatory Drug Loxonin(R)": a headline's
            # title-cased verb or noun before the mark's one-word brand
            surface, start = rest, start + len(first) + 1
        found.append(DrugMention(surface, start, match.end(1), None, "brand"))
    for match in BRAND_NAME_PHRASE.finditer(text):
        found.append(DrugMention(match.group(1), match.start(1), match.end(1), None, "brand"))
    # a brand marked once is the same brand when later written without the mark
    marked = {m.surface for m in found if " " not in m.surface}
    for name in marked:
        for match in re.finditer(
            rf"(?<![\w-]){re.escape(name)}(?![\w-]|\s?[®™]|\((?:R|TM)\))", text
        ):
            found.append(DrugMention(name, match.start(), match.end(), None, "brand"))
    return found


def is_common_word(text: str, word: str) -> bool:
    """A capitalised word that is a common English one: the text writes it in lower case too
    ("drug", "approves"), or it has an ending only English words have ("Receives")."""
    lowered = word.lower()
    if word == lowered:
        return False
    return bool(ENGLISH_WORD.fullmatch(lowered) or re.search(rf"\b{re.escape(lowered)}\b", text))


def trial_object_mentions(text: str, known: list[DrugMention]) -> list[DrugMention]:
    """Names TRIAL_OBJECT finds that the text writes at least twice, always capitalised, never
    followed by a company's head word, a population or a possessive, and that no other rule
    already reads."""
    taken = {m.surface for m in known}
    names = []
    for match in [*TRIAL_OBJECT.finditer(text), *TRIAL_OF_ITS.finditer(text)]:
        name = match.group("name")
        if name in names or name in taken or not is_unowned_name(text, name, least=2):
            continue
        names.append(name)
    return [
        DrugMention(name, start, end, None, "slot")
        for name in names
        for start, end in name_spans(text, name)
    ]


# "rights to develop and commercialise tesofensine and Velacor", "a licence to Velacor and
# KX-12": a name listed beside a known product as what a deal covers is a product too
DEAL_OBJECT_CUE = (
    r"\b(?:(?:rights?|licen[cs]es?|options?)\s+(?:to|for|on|in)(?:\s+(?:develop|commerciali[sz]e"
    r"|market|sell|manufacture)(?:,?\s+(?:and|or)\s+(?:develop|commerciali[sz]e|market|sell"
    r"|manufacture))?)?|(?:development|commerciali[sz]ation|marketing|manufacture|distribution)"
    r"(?:,?\s+(?:and|or)\s+(?:development|commerciali[sz]ation|marketing|manufacture"
    r"|distribution))?\s+of|to\s+(?:develop|commerciali[sz]e|market|sell)(?:,?\s+(?:and|or)\s+"
    r"(?:develop|commerciali[sz]e|market|sell))?)\s+(?:the\s+|its\s+)?"
)
LISTED_AFTER_KNOWN = re.compile(rf"\s+(?:and|or)\s+{TRIAL_OBJECT_NAME}")
DEAL_OBJECT_BEFORE = re.compile(rf"{DEAL_OBJECT_CUE}$")
DEAL_OBJECT_FIRST = re.compile(rf"{DEAL_OBJECT_CUE}{TRIAL_OBJECT_NAME}\s+(?:and|or)\s+$")
DEAL_OBJECT_REACH = 120


def deal_object_mentions(text: str, known: list[DrugMention]) -> list[DrugMention]:
    """Names DEAL_OBJECT_CUE lists beside a product another rule reads, held to the tests of
    trial_object_mentions but for the count: "development and commercialisation of KX-12 and
    Velacor"."""
    taken = {m.surface for m in known}
    candidates = []
    for mention in known:
        if mention.kind not in ("inn", "dictionary", "code", "slot"):
            continue
        low = max(0, mention.start - DEAL_OBJECT_REACH)
        after = LISTED_AFTER_KNOWN.match(text, mention.end)
        if after and DEAL_OBJECT_BEFORE.search(text, low, mention.start):
            candidates.append(after.group("name"))
        before = DEAL_OBJECT_FIRST.search(text, low, mention.start)
        if before:
            candidates.append(before.group("name"))
    names = []
    for name in dict.fromkeys(candidates):
        if name in taken or not is_unowned_name(text, name, least=1):
            continue
        names.append(name)
    return [
        DrugMention(name, start, end, None, "slot")
        for name in names
        for start, end in name_spans(text, name)
    ]


def is_unowned_name(text: str, name: str, *, least: int) -> bool:
    """A capitalised name named at least ``least`` times, never in lower case, and never as a
    common word, an agency, a disease, a company (its head word or a possessive after it), a
    population or a person."""
    if name.lower() in SLOT_NOT_WORDS or name.upper() in NOT_NAMES:
        return False
    if DISEASE_WORD.fullmatch(name) or SALT_NAME.fullmatch(name) or name.lower() in PLACES:
        return False
    spans = name_spans(text, name)
    if len(spans) < least or name_spans(text, name.lower()):
        return False
    if any(NOT_PRODUCT_NEXT.match(text, end) or company_word_after(text, end) for _, end in spans):
        return False
    return not any(is_person_name(text, start, end) for start, end in spans)


NEXT_CAPITALISED = re.compile(r"\s+([A-Z][\w&.-]*)")


def company_word_after(text: str, end: int) -> bool:
    """ "Zenvora Therapeutics", "Zenvora Inc.", "Zenvora Shanghai": a company's or a place's
    word right after the name."""
    following = NEXT_CAPITALISED.match(text, end)
    if following is None:
        return False
    word = following.group(1).rstrip(".,")
    return (
        word.lower() in COMPANY_HEADS
        or word.lower() in PLACES
        or re.fullmatch(LEGAL_SUFFIX, word) is not None
    )


# "KX2-Vaxx": capitals, then a capitalised word, the shape companies share ("KAN-Fite")
CAPITALS_WORD_NAME = re.compile(r"[A-Z]{2,4}\d{0,2}-[A-Z][a-z]{2,}")
# a capitalised word right before a name makes it the last word of a longer proper name
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w&.-]*\s$")


def slot_mentions(text: str) -> list[DrugMention]:
    """Products named where a regulatory sentence names its product, and their other mentions.

    "approved RENOVAX for ...", "granted fast track designation to amezalpat", "its drug
    Nalvoxa": a name no code shape, INN stem or dictionary knows. Never an agency, an exchange or
    a common word (SLOT_NOT_NAMES, SLOT_NOT_WORDS).
    """
    names = []
    for pattern in (
        BRAND_SLOT,
        SLOT,
        APPOSITION_SLOT,
        NAMED_PRODUCT,
        SOLD_AS_BRAND,
        GENERIC_NAMED,
        SUBJECT_SLOT,
        DESCRIBED,
        REGULATED_APPOSITION,
        PRODUCT_NOUN_BEFORE,
        BRAND_DESCRIBED,
        FORM_AFTER,
        APPROVED_FOR_USE,
        APPROVED_OWNED,
        DESIGNATED_BRAND,
    ):
        for match in pattern.finditer(text):
            name = match.group("name")
            if name.upper() in NOT_NAMES or name.lower() in SLOT_NOT_WORDS:
                continue
            if "\n" in text[match.start() : match.start("name")]:
                continue  # "... IND accepted\nLEEDS, June 2 --": a headline's verb, a dateline
            end = match.end("name")
            if text[end : end + 2] in ("'s", "’s"):
                continue  # "approved KVAX's plan to build a plant": a company's, not a product

            if name.isupper() and SHORT_CODE_TARGET.match(text[end : end + 40]):
                continue  # "clearance for KRAS inhibitor": a target, not a product
            if SALT_NAME.fullmatch(name):
                continue  # "Tamsinib Maleate Tablets": the salt, not a product
            if name.islower() and ENGLISH_WORD.fullmatch(name):
                continue  # "after the product launches", "approvals of stockholders"
            if name.islower() and DISEASE_WORD.fullmatch(name):
                continue  # "designation for achondroplasia": the indication, not the product
            if pattern in (APPROVED_FOR_USE, APPROVED_OWNED, DESIGNATED_BRAND) and is_name_word(
                text, name
            ):
                continue  # "Halvorsen Pharma": a company's lead word, not a product
            if CAPITALS_WORD_NAME.fullmatch(name) and any(
                company_word_after(text, e) or text[e : e + 2] in ("'s", "’s")
                for _, e in name_spans(text, name)
            ):
                continue  # "approval for KAN-Fite to ...; KAN-Fite Pharma": a company
            if pattern is BRAND_DESCRIBED and CAPITALISED_BEFORE.search(
                text, max(0, match.start("name") - 30), match.start("name")
            ):
                continue  # "in the United States, the first oral therapy": a name's last word
            if name not in names:
                names.append(name)
    found = []
    for name in names:
        for start, end in name_spans(text, name):
            found.append(DrugMention(name, start, end, None, "slot"))
            found += slot_bracket_inn(text, end)
    return found


# "approved Corvana (ridaxetine besylate) tablets": the one lower-case word (and its salt) in
# the bracket after a product a regulatory slot names is its INN, though no stem knows it
SLOT_BRACKET_INN = re.compile(
    rf"\s?(?:[®™]|\((?:R|TM)\))?\s*\(\s*(?P<inn>[a-z]{{6,}}(?:-[A-Z])?)(?:\s(?:{SALT_WORDS}))*\s*\)",
    re.IGNORECASE,
)


def slot_bracket_inn(text: str, end: int) -> list[DrugMention]:
    match = SLOT_BRACKET_INN.match(text, end)
    if match is None:
        return []
    inn = match.group("inn")
    letters = inn.split("-")[0]  # "velaglucerase-M": the INN's letters before its suffix
    if not letters.islower() or ENGLISH_WORD.fullmatch(inn) or DISEASE_WORD.fullmatch(inn):
        return []
    if inn in SLOT_NOT_WORDS or SALT_NAME.fullmatch(inn):
        return []
    surface_end = match.end() - len(re.search(r"\s*\)$", match.group()).group())
    surface = text[match.start("inn") : surface_end]
    return [DrugMention(surface, match.start("inn"), surface_end, inn, "inn")]


# "KX-18 (generic name: sorvadrine)", "Velqara (INN: tarmelizun)": the text itself says the
# lower-case word in the bracket is the product's INN, whatever its ending
NAMED_GENERIC = re.compile(
    r"\(\s*(?:(?i:generic|non-?proprietary|international\s+non-?proprietary|common)\s+name"
    r"|INN|pINN|rINN|USAN)\s*[:：]?\s*"
    rf"(?P<inn>[a-z]{{6,}}(?:-[A-Z])?)(?:\s(?:{SALT_WORDS}))*\s*[),;]"
)


# "Veltra tablets (generic name: zorbitinib)", "K-CAB (ingredient: tegoprazan)", "ORVEX 20 mg
# tablets (active ingredient: X)", "VELTRA Injection (INN: X)": a bracket that labels its name as
# the substance makes the name right before it (its dosage form and strength between) the
# product's brand, marked or not. Title case, capitals, or a short capital prefix with a hyphen
# ("K-CAB"); the label needs its colon.
STRENGTH = r"[\d.]+\s?(?:mg|mcg|µg|g|mL|ml|%)(?:/[\d.]+\s?(?:mg|mcg|µg|g|mL|ml|%)?)*"
FORM_AND_STRENGTH = (
    rf"(?:\s+(?i:{DOSAGE_FORM_WORDS}))?(?:\s+{STRENGTH})?(?:\s+(?i:{DOSAGE_FORM_WORDS}))?"
)
GENERIC_LABEL = (
    r"(?:(?i:(?:generic|non-?proprietary|international\s+non-?proprietary|common)\s+name"
    r"|(?:active\s+)?(?:pharmaceutical\s+)?ingredients?)|INN)"
)
LABELLED_BRAND = re.compile(
    r"(?<![\w-])(?P<brand>[A-Z][a-z]{3,}|[A-Z]{4,}|[A-Z]{1,3}-[A-Z]{2,})(?![\w-])(?:\s?[®™])?"
    # a word of the product's own name may come between ("Velqara Tape 50mg")
    rf"(?:\s+[A-Za-z]+)?{FORM_AND_STRENGTH}\s*\(\s*{GENERIC_LABEL}\s*[:：]\s*[a-z]{{5,}}"
)


DOSAGE_FORM = re.compile(rf"(?i:{DOSAGE_FORM_WORDS})")


def labelled_brand_mentions(text: str, known: list[DrugMention]) -> list[DrugMention]:
    """Brands LABELLED_BRAND finds that no other rule already reads, never a common word
    ("Tablets (generic name: X)")."""
    taken = [(m.start, m.end) for m in known]
    found = []
    for match in LABELLED_BRAND.finditer(text):
        brand, start, end = match.group("brand"), match.start("brand"), match.end("brand")
        if any(s < end and start < e for s, e in taken) or is_common_word(text, brand):
            continue
        if brand in NOT_NAMES or DOSAGE_FORM.fullmatch(brand):
            continue  # "Tablets (generic name: X)": the form, not a brand
        found.append(DrugMention(brand, start, end, None, "brand"))
    return found


def named_generic_mentions(text: str, known: list[DrugMention]) -> list[DrugMention]:
    taken = [(m.start, m.end) for m in known]
    found = []
    for match in NAMED_GENERIC.finditer(text):
        inn = match.group("inn")
        start, end = match.start("inn"), match.end("inn")
        if any(s < end and start < e for s, e in taken):
            continue  # a stem or the dictionary already reads it
        if ENGLISH_WORD.fullmatch(inn) or DISEASE_WORD.fullmatch(inn) or inn in SLOT_NOT_WORDS:
            continue
        found += [
            DrugMention(inn, s, e, inn.split("-")[0], "inn") for s, e in name_spans(text, inn)
        ]
    return found


def combination_mentions(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    """ "BRAND (aztreonam and avibactam)": a fixed combination named by its two INNs is one
    product; its name is the whole phrase."""
    inns = {m.start: m for m in mentions if m.kind in ("inn", "dictionary") and not m.brand}
    found = []
    for match in COMBINATION.finditer(text):
        # "(daratumumab and hyaluronidase-fihj)", "(pertuzumab, trastuzumab, and
        # hyaluronidase-zzxf)": every ingredient must be a known INN, and the phrase is one name
        parts = list(COMBINATION_SPLIT.finditer(text, match.start(1), match.end(1)))
        if all(is_known_ingredient(p, inns) for p in parts):
            surface = text[match.start(1) : match.end(1)]
            found.append(DrugMention(surface, match.start(1), match.end(1), surface.lower(), "inn"))
    return found


def is_known_ingredient(part: re.Match, inns: dict) -> bool:
    """An ingredient the extractor knows as an INN, written as the mention found or with the
    FDA's four-letter suffix after it ("renotuzumab-kmqa", "hyaluronidase-qxrt": the suffix is
    new with each product, so the dictionary seldom lists it)."""
    known = inns.get(part.start())
    if known is not None and known.end == part.end():
        return True
    base = part.group().split("-")[0]
    if base == part.group():
        return False
    if known is not None and known.end == part.start() + len(base):
        return True
    return any(name for name, _, _ in dictionary_lookup([base]))


RECOMBINANT_BEFORE = re.compile(rf"\b{RECOMBINANT_PREFIX}\s+$")
VARIANT_THEN_FORM = re.compile(
    rf"(?:\s+{PRODUCT_VARIANT_WORD})*\s+(?i:for\s+injection|{DOSAGE_FORM_WORDS})(?![\w-])"
)


def recombinant_product_mentions(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    """ "recombinant human thrombopoietin injection": a substance the dictionary knows, named
    as a product by "recombinant" before it and a dosage form after it, is one product; its
    name is the whole phrase (the substance alone is no INN)."""
    found = []
    for mention in mentions:
        if mention.kind not in ("inn", "dictionary") or mention.brand:
            continue
        before = RECOMBINANT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        after = VARIANT_THEN_FORM.match(text, mention.end)
        if before and after:
            surface = text[before.start() : after.end()]
            found.append(
                DrugMention(surface, before.start(), after.end(), surface.lower(), "dictionary")
            )
    return found


# "Valsartan Amlodipine Besylate Tablets": a fixed combination named by its INNs written side
# by side, then salts and a dosage form
COMBINATION_FORM = re.compile(
    rf"(?:\s(?:{SALT_WORDS}))*\s(?i:(?:extended-release |sustained-release |delayed-release )?"
    r"(?:tablets|capsules|granules|for injection|injection|oral solution|oral suspension))\b",
    re.IGNORECASE,
)


def side_by_side_mentions(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    """Two INNs joined by a space and followed by a dosage form name one combination product;
    its name is the phrase as written."""
    inns = sorted(
        (m for m in mentions if m.kind in ("inn", "dictionary") and not m.brand),
        key=lambda m: m.start,
    )
    found = []
    for first, second in zip(inns, inns[1:], strict=False):
        if text[first.end : second.start] != " " or " " in first.surface:
            continue
        second_word = re.match(r"[A-Za-z]+", text[second.start :]).group()
        form = COMBINATION_FORM.match(text, second.start + len(second_word))
        if form:
            surface = text[first.start : form.end()]
            found.append(DrugMention(surface, first.start, form.end(), surface.lower(), "inn"))
    return found


# "Velqara (lasidostat), Corvix (nomatrel) and Zenlira (sealant powder)": names each followed by a
# bracket, listed together
BRACKETED_ITEM = r"[A-Z][a-z]{3,}[®™]?\s?\([^()]{3,40}\)"
BRACKETED_LIST = re.compile(rf"{BRACKETED_ITEM}(?:(?:,\s|,?\sand\s|,?\sor\s){BRACKETED_ITEM})+")
LIST_ITEM = re.compile(r"([A-Z][a-z]{3,})[®™]?\s?\(([^()]{3,40})\)")


# "Zelquor (relmacabtagene autoleucel)", "KORVEXA (sulvatinib mesylate)": a capitalised word
# right before a bracket that holds nothing but an INN is that INN's brand, wherever it stands
BRAND_BEFORE_BRACKET = re.compile(r"\b([A-Z][a-z]{3,}|[A-Z]{4,})\s?[®™]?\s?\(\s*$")
# the bracket closes after the INN, or after one code beside it: "Brandex (velotinib, VLT-101)"
BRACKET_CLOSE_AFTER_INN = re.compile(r"\s*(?:,\s*[A-Z][A-Za-z]*-?\d[\w-]*\s*)?\)")


def bracketed_inn_brand_mentions(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    names = []
    for mention in mentions:
        if mention.kind not in ("inn", "dictionary") or mention.brand:
            continue
        if not BRACKET_CLOSE_AFTER_INN.match(text, mention.end):
            continue
        before = BRAND_BEFORE_BRACKET.search(text, max(0, mention.start - 30), mention.start)
        if before is None:
            continue
        name = before.group(1)
        if name.upper() in NOT_NAMES or name.lower() in SLOT_NOT_WORDS:
            continue
        if DISEASE_WORD.fullmatch(name) or is_name_word(text, name):
            continue  # "Alzheimer's Disease (...)", "Halvorsen Pharma ... Halvorsen (...)"
        if name not in names:
            names.append(name)
    return [
        DrugMention(name, start, end, None, "slot")
        for name in names
        for start, end in name_spans(text, name)
    ]


# "two new drugs: Kelvomer Injection and Tibolone Tablets": products listed after a colon, each
# a capitalised name, its salt words, then its dosage form
FORM_TAIL = rf"(?:\s(?i:{SALT_WORDS}))*\s(?i:for\s+injection|{DOSAGE_FORM_WORDS})(?![\w-])"
FORM_ITEM = rf"[A-Z][a-z]{{3,}}{FORM_TAIL}"
FORM_LIST = re.compile(rf":\s+{FORM_ITEM}(?:(?:,\s+|,?\s+and\s+){FORM_ITEM})+")
FORM_ITEM_NAME = re.compile(rf"(?<![\w-])([A-Z][a-z]{{3,}}){FORM_TAIL}")


def form_list_mentions(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    """A name listed after a colon with its dosage form beside products the extractor knows by
    their INN ("two new drugs: Kelvomer Injection and Tibolone Tablets") is a product too: the
    list names products."""
    known = {m.start for m in mentions if m.kind in ("inn", "dictionary", "code") and not m.brand}
    names = []
    for listing in FORM_LIST.finditer(text):
        items = list(FORM_ITEM_NAME.finditer(text, listing.start(), listing.end()))
        if not any(item.start() in known for item in items):
            continue
        names += [item.group(1) for item in items if item.start() not in known]
    return named_slot_mentions(text, names)


def listed_brand_mentions(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    """A name listed with brands that carry their INN in brackets is a brand too, though its
    own bracket holds only a description: the list names products."""
    inn_spans = {(m.start, m.end) for m in mentions if m.kind in ("inn", "dictionary", "code")}
    names = []
    for listing in BRACKETED_LIST.finditer(text):
        items = list(LIST_ITEM.finditer(listing.group()))
        offset = listing.start()
        known = [
            item for item in items if (offset + item.start(2), offset + item.end(2)) in inn_spans
        ]
        if len(known) < len(items) / 2:
            continue
        names += [item.group(1) for item in items if item not in known]
    return named_slot_mentions(text, names)


def named_slot_mentions(text: str, names: list[str]) -> list[DrugMention]:
    """Every mention of each name a list tells as a product (kind "slot"), never an agency, an
    exchange or a common word (NOT_NAMES, SLOT_NOT_WORDS)."""
    found = []
    for name in dict.fromkeys(names):
        if name.upper() in NOT_NAMES or name.lower() in SLOT_NOT_WORDS:
            continue
        for start, end in name_spans(text, name):
            found.append(DrugMention(name, start, end, None, "slot"))
    return found


def dedupe_spans(mentions: list[DrugMention]) -> list[DrugMention]:
    """One mention per span; codes and INNs beat dictionary hits, which beat brands."""
    rank = {"code": 0, "inn": 1, "dictionary": 2, "brand": 3, "slot": 4}
    kept = []
    for mention in sorted(mentions, key=lambda m: (m.start, rank[m.kind], m.start - m.end)):
        # the kept mentions are disjoint and in order, so only the last can overlap this one
        overlapping = kept[-1:] if kept and kept[-1].end > mention.start else []
        if overlapping:
            if mention.canonical and not overlapping[0].canonical:
                overlapping[0].canonical = mention.canonical
            if mention.kind == "slot" and overlapping[0].kind == "brand":
                overlapping[0].kind = "slot"  # a trademark a regulatory slot names: a product
            continue
        kept.append(mention)
    return kept


# ---------------------------------------------------------------- grouping


class Links:
    """Union-find over folded surface forms."""

    def __init__(self):
        self.parent = {}

    def find(self, key):
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def link_mentions(text: str, mentions: list[DrugMention]) -> Links:
    links = Links()
    for mention in mentions:
        links.find(fold(mention.surface))
        if mention.canonical and mention.kind in ("dictionary", "inn"):
            links.join(fold(mention.surface), "canonical:" + mention.canonical)
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : b.start]
        if (
            is_alias_gap(between)
            or is_alias_gap_after(text, a, b)
            or is_described_as(text, a, b)
            or is_bracket_pair(text, a, b)
            or is_bracket_tail(text, a, b)
            or ACTIVE_INGREDIENT_GAP.fullmatch(text, a.end, b.start)
        ):
            links.join(fold(a.surface), fold(b.surface))
    return links


# "lorazitide, the active ingredient in KX-945,": the substance and the product it makes up are
# one drug
ACTIVE_INGREDIENT_GAP = re.compile(
    r",?\s+(?:which\s+is\s+)?the\s+(?:(?:primary|main|principal|key|sole|only)\s+)?active"
    r"\s+(?:pharmaceutical\s+)?ingredient\s+(?:in|of)\s+"
)


# "KRW-88, also known as torazumab,", "velanitinib, formerly JT-2101": another name, unbracketed
ALSO_KNOWN_AS = re.compile(
    # "Zelbrin, known chemically as mavotrelin,": a news item's generic name
    r",?\s+(?:(?:also\s+|chemically\s+|generically\s+)?(?:known|referred\s+to)\s+"
    r"(?:(?:chemically|generically|scientifically)\s+)?as"
    r"|formerly(?:\s+(?:known\s+as|called))?"
    r"|previously\s+(?:known\s+as|called)|a\.k\.a\.?)\s+"
    # "anifrolovab, sold in the United States as Lupara": the brand it is sold under
    rf"|,\s+{MARKET_NAMING}\s+"
)


# "Velqara Tape 50mg/100mg (generic name: X)", "Velqara® tablets ( nonproprietary name X)": a
# dosage form and strength between the brand and the bracket that names its substance (marks
# are stripped before: is_alias_gap)
FORM_THEN_GENERIC_NAME = re.compile(
    rf"(?:\s+[A-Za-z]+)?(?:\s+{STRENGTH})?"
    r"\s*\(\s*(?:generic|non-?proprietary|international\s+non-?proprietary|common)\s+name[:\s]*"
    # "K-CAB (ingredient: tegoprazan)", "ORVEX 20 mg tablets (active ingredient: X)": the
    # substance labelled as the product's ingredient or INN, after its form and strength
    rf"|{FORM_AND_STRENGTH}\s*\(\s*{GENERIC_LABEL}\s*[:：]\s*"
)


def is_alias_gap(between: str) -> bool:
    """ "HQP1351 (olverembatinib", "Accrufer®/Feraccru®", "(the ... common name of HQP1351"."""
    between = re.sub(r"[®™]|\((?:R|TM)\)", "", between)
    if re.fullmatch(r"\s*[(/]\s*", between) or re.fullmatch(r"\s*\(\s*[“\"']?", between):
        return True
    if ALSO_KNOWN_AS.fullmatch(between) or FORM_THEN_GENERIC_NAME.fullmatch(between):
        return True
    # "(generic name, development code: KX-7)", "(INN; code name KX-7)": the bracket's labels
    # end with the code's own
    return (
        re.fullmatch(
            r"\s*\((?:the|its)?[^()]{0,60}?(?:name|INN|also known as|formerly|code)"
            r"(?: of)?[:\s]*",
            between,
        )
        is not None
    )


# Between two names alone in one bracket: a comma or semicolon, an "or" after it
BRACKET_PAIR_GAP = re.compile(r"\s*[,;]\s*(?:or\s+)?")


def is_bracket_pair(text: str, a: DrugMention, b: DrugMention) -> bool:
    """ "Kelvora (tamzeritide, CVB-501)", "(tamzeritide, or CVB-501)", "(tamzeritide; CVB-501)":
    two names alone in one bracket name one product."""
    return (
        BRACKET_PAIR_GAP.fullmatch(text, a.end, b.start) is not None
        and text[: a.start].rstrip().endswith("(")
        and text[b.end :].lstrip().startswith(")")
    )


def is_bracket_tail(text: str, a: DrugMention, b: DrugMention) -> bool:
    """ "ivorazumab (PD-1/VEGF, KX112)": the code that closes a bracket of notes after a name
    is the name's code."""
    return (
        b.kind == "code"
        and re.fullmatch(r"\s*\([^(),]{1,30},\s*", text[a.end : b.start]) is not None
        and text[b.end : b.end + 1] == ")"
    )


def is_alias_gap_after(text: str, a: DrugMention, b: DrugMention) -> bool:
    """ "Removab ... with the brand name KORJUNY" links a brand to the drug before it."""
    if b.kind != "brand":
        return False
    gap = text[a.end : b.start]
    return len(gap) < 120 and "." not in gap.replace("e.g.", "") and "brand name" in gap


# "BRAND, its once-weekly oral INN formulation": the appositive names the brand's INN.
DESCRIBED_GAP = re.compile(r",\s*(?:its|an?|the)\s+(?:[\w-]+\s+){0,4}")
FORM_OF_GAP = re.compile(
    r",\s*(?:its|an?|the)\s+(?:[\w-]+,?\s+){0,6}?(?:(?:formulation|form|version|prodrug"
    r"|preparation)\s+of|biosimilar\s+(?:to|of))\s+"
)
# ("KX-12, its proposed ustekinumab biosimilar": a biosimilar is its reference INN's product)
FORM_WORD = re.compile(
    r"\s+(?:formulation|injection|tablets?|capsules?|oral solution|nasal spray|infusion|product"
    r"|biosimilar)\b"
)


# "its intravenous ketamine formulation, KX-100": the substance's form, then its code
FORM_THEN_CODE_GAP = re.compile(r"\s+(?:formulation|version|preparation|biosimilar),?\s+")


def is_described_as(text: str, a: DrugMention, b: DrugMention) -> bool:
    if (
        a.kind in ("inn", "dictionary")
        and not a.brand
        and b.kind == "code"
        and FORM_THEN_CODE_GAP.fullmatch(text, a.end, b.start)
    ):
        return True
    if b.kind not in ("inn", "dictionary") or b.brand or a.kind in ("inn", "dictionary"):
        return False
    gap = text[a.end : b.start]
    if FORM_OF_GAP.fullmatch(gap):
        return True  # "KX-104, a novel, injectable formulation of lorazine"
    return bool(DESCRIBED_GAP.fullmatch(gap) and FORM_WORD.match(text, b.end))


def build_drugs(text: str, mentions: list[DrugMention], links: Links) -> list[FoundDrug]:
    groups: dict[str, list[DrugMention]] = {}
    for mention in mentions:
        groups.setdefault(links.find(fold(mention.surface)), []).append(mention)
    drugs = []
    for group in groups.values():
        if all(m.kind == "brand" for m in group) and not any(
            REGULATED.search(sentence_window(text, m)) or is_in_trial(text, m) for m in group
        ):
            continue  # a trademark alone (a platform, a device) is not a product fact
        drug = FoundDrug(sorted(group, key=lambda m: m.start))
        drug.name, drug.aliases = choose_names(drug.mentions)
        drugs.append(drug)
    return sorted(drugs, key=lambda d: d.first)


# "Gedeptin® on track to advance into a Phase 2 clinical trial", "a Phase 1 trial of Zorivel®":
# a trademark a clinical trial is told of is a product; "its XTEN® platform" never is
TRIAL_AFTER = re.compile(
    r"[^.;:\n]{0,60}?\b(?:Phase\s+(?:[1-3]|I{1,3})[ab]?|clinical\s+(?:trial|study)|pivotal\s+(?:trial"
    r"|study))\b"
)
TRIAL_OF_BEFORE = re.compile(
    r"\b(?:Phase\s+(?:[1-3]|I{1,3})[ab]?|clinical|pivotal)\s+(?:trial|study)\s+(?:of|evaluating"
    r"|investigating)\s+$"
)
PLATFORM_AFTER = re.compile(
    r"\s?(?:[®™]|\((?:R|TM)\))?\s+(?:[\w-]+\s+){0,2}?(?:platforms?|technology|technologies"
    r"|systems?|devices?|engine|library|libraries|process|tools?|assays?|tests?|kits?)\b"
)


TRIAL_VERB_AFTER = re.compile(r"\s?(?:[®™]|\((?:R|TM)\))?\s+(?:is\s+|on\s+track\s+|to\s+)")


def is_in_trial(text: str, mention: DrugMention) -> bool:
    if PLATFORM_AFTER.match(text, mention.end):
        return False
    if TRIAL_OF_BEFORE.search(text, max(0, mention.start - 50), mention.start):
        return True
    after = TRIAL_VERB_AFTER.match(text, mention.end)
    return bool(after and TRIAL_AFTER.match(text, after.end()))


def choose_names(mentions: list[DrugMention]) -> tuple[str, list[str]]:
    """The text's own INN in lower case when it writes one; else the first code or brand.

    Never the dictionary's generic name when the text does not write it: a brand alone
    ("Ziagen") keeps the brand as its name; a salt form ("imatinib mesylate") gives the INN
    it starts with as name and stays an alias.
    """
    surfaces = []
    for mention in mentions:
        if fold(mention.surface) not in {fold(s) for s in surfaces}:
            surfaces.append(mention.surface)
    exact, stems, synonyms = [], [], []
    for mention in mentions:
        lowered = mention.surface.lower()
        if mention.kind == "inn" and mention.canonical and lowered != mention.canonical:
            exact.append(mention.canonical)  # "imatinib mesylate" written: the INN "imatinib"
        elif mention.kind == "inn":
            stems.append(lowered)
        elif mention.kind != "dictionary" or mention.brand or CODE.fullmatch(mention.surface):
            continue
        elif mention.canonical and lowered.startswith(mention.canonical + " "):
            # a salt form written in the text: its INN; a prodrug's ester, which the INN names
            # whole ("dabigatran etexilate"), stays as written
            ester = lowered[len(mention.canonical) + 1 :] in ESTER_INN_WORDS
            exact.append(lowered if ester else mention.canonical)
        elif lowered == mention.canonical:
            exact.append(lowered)
        elif not mention.surface.isupper():  # "LUCEMYRA" is a brand the dictionary lists plainly
            synonyms.append(lowered)  # another INN for the same substance ("chidamide")
    own_inns = exact + stems + synonyms
    name = own_inns[0] if own_inns else surfaces[0]
    salted = SALT_FORM.fullmatch(name)
    if salted and own_inns:  # "roxatidine acetate" written: the INN is "roxatidine"
        name = salted.group(1)
    aliases = [s for s in surfaces if fold(s) != fold(name)]
    return name, aliases


# ---------------------------------------------------------------- attributes


def describe(
    text: str, drug: FoundDrug, others: list | None = None, masked: str | None = None
) -> None:
    """Modality and targets from explicit wording around the drug's mentions; `others` (the
    products' mentions as (start, end, id of the drug), by start; the drug's own are skipped)
    bound each window, so "X, an mTOR inhibitor, and Y, a
    PD-L1 inhibitor" gives each its own target. `masked` is the text with the therapies a
    patient had before blanked (PRIOR_THERAPY), read for the modality."""
    for mention in drug.mentions:
        start, end = own_bounds(text, mention, others or [], skip=id(drug))
        if PARTNER_BEFORE.search(text, max(start, mention.start - PARTNER_REACH), mention.start):
            # "an EGFR antibody developed by X in combination with D": the words before the
            # partner cue describe the other product, not D
            start = mention.start
        window, modality_text = text[start:end], (masked or text)[start:end]
        if drug.modality is None:
            drug.modality = modality_in(modality_text)
        bracket = BRACKET_TARGETS.match(text, mention.end)
        named = bracket.group(1).split("/") if bracket else []
        for target in named + targets_in(window):
            if fold(target) not in {fold(t) for t in drug.targets} and fold(target) not in {
                fold(n) for n in drug.names()
            }:
                drug.targets.append(target)


def own_window(text: str, mention: DrugMention, others: list) -> str:
    """sentence_window cut at the nearest other product named before and after the mention."""
    start, end = own_bounds(text, mention, others)
    return text[start:end]


def own_bounds(
    text: str, mention: DrugMention, others: list, skip: int | None = None
) -> tuple[int, int]:
    start, end = sentence_bounds(text, mention)
    first = bisect_left(others, (start,))
    for other in others[first:]:
        if other[0] >= end:
            break
        if skip is not None and other[2] == skip:
            continue  # the drug's own mention
        if other[1] <= mention.start:  # "Y, a PD-1 inhibitor, and X": after the last "and"
            for joint in COORDINATION.finditer(text, other[1], mention.start):
                start = max(start, joint.end())
        elif other[0] >= mention.end:  # "X, an mTOR inhibitor, and Y": before the first
            joint = COORDINATION.search(text, mention.end, other[0])
            if joint:
                end = min(end, joint.start())
    return start, end


# "had failed three prior regimens, including CAR-T and bispecific therapy, before ...": the
# therapies a patient had before are no description of the product
PRIOR_THERAPY = re.compile(
    r"\b(?:prior|previous|previously treated with|failed|refractory to|relapsed after)\b"
    r"[^.;:]*?(?=,\s+(?:before|then|and then|when)\b|[.;:]|$)",
    re.IGNORECASE,
)
# Where one product's part of a sentence ends and the next product's begins
# ("X and Kestrel's bispecific antibody, Y": another owner's product begins at "and Kestrel's")
COORDINATION = re.compile(
    r",\s+(?:and|while|whereas)\s+|;\s+|,\s+(?=[A-Z0-9])|\s+and\s+(?=[A-Z][\w-]*['’]s\s)"
)


def sentence_window(text: str, mention: DrugMention) -> str:
    start, end = sentence_bounds(text, mention)
    return text[start:end]


def sentence_bounds(text: str, mention: DrugMention) -> tuple[int, int]:
    """The mention's sentence, at most 80 characters before it and 140 after."""
    low = max(0, mention.start - 80)
    start = max(
        text.rfind(". ", low, mention.start) + 1,
        text.rfind("\n", low, mention.start) + 1,
        low,
    )
    high = mention.end + 140
    end_candidates = [
        i
        for i in (text.find(". ", mention.end, high + 1), text.find("\n", mention.end, high))
        if i >= 0
    ]
    return start, min([*end_candidates, high])


def modality_in(window: str) -> str | None:
    if re.search(r"\btwo (?:antigens|targets)\b", window):
        return "bispecific"
    for modality, pattern in MODALITY_WORDS:
        if prefilter.search(pattern, window, re.IGNORECASE if modality != "adc" else 0):
            return modality
    return None


# "combination therapy with PD-1 inhibitor": a target told of a partner drug, not this one
PARTNER_TARGET_BEFORE = re.compile(r"\b(?:with|plus|versus|vs\.?)\s+(?:an?\s+|the\s+)?$")
TRIAL_TARGETING = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|programs?|programmes?|cohorts?|indications?)\s+targeting\b"
)
PRIOR_CUE = re.compile(r"prior|previous|failed|refractory|relapsed", re.IGNORECASE)
SPELLED_OUT = re.compile(r"\s+of\s")  # "targeting Cluster of Differentiation 19": a spelling
# "targets the China market", "that targets Alzheimer's disease": a word before these nouns
# names a market or a disease, no molecular target
NOT_TARGET_HEAD = re.compile(
    r"(?:['’]s)?\s+(?:markets?|diseases?|patients|populations?|regions?|countries|segments?)\b"
)


def targets_in(window: str) -> list[str]:
    """Targets the window names: never a disease ("a vaccine targeting Mpox"), a spelled-out
    name's first word, or the target of a partner drug ("in combination with a PD-1
    inhibitor")."""
    found = []
    window = SUBTYPES.sub(subtype_symbols, window)
    has_head = MODALITY_HEAD.search(window) is not None
    has_receptor = "receptor" in window
    for index, pattern in enumerate(TARGET_PATTERNS):
        if (index == MODALITY_HEAD_TARGETING and not has_head) or (
            index == LIGAND_RECEPTOR_TARGETING and not has_receptor
        ):
            continue  # the pattern's head word is nowhere in the window
        for match in pattern.finditer(window):
            if PARTNER_TARGET_BEFORE.search(window, 0, match.start()):
                continue
            if TRIAL_TARGETING.search(window, max(0, match.start() - 40), match.start() + 10):
                continue  # "Phase 2 studies targeting TNBC": the trials' indications
            position = match.start(1)
            receptor = "receptor" in match.groupdict() and match.group("receptor")
            for target in TARGET_SPLIT.split(match.group(1)):
                at = window.find(target, position)
                position = at + len(target)
                target = target.strip()
                if (
                    SPELLED_OUT.match(window, position)
                    or NOT_TARGET_HEAD.match(window, position)
                    or DISEASE_WORD.fullmatch(target)
                ):
                    continue
                family = re.match(r"[A-Z]+", target)
                is_code = (
                    CODE.fullmatch(target)
                    and index >= EXPLICIT_TARGETING
                    and not (family and family.group() in NOT_DRUG_PREFIXES)  # "IL-17A"
                )
                if index == MODALITY_HEAD_TARGETING and (
                    NOT_HEAD_TARGET.fullmatch(target) or target.upper() in NOT_NAMES
                ):
                    continue
                if 2 <= len(target) <= 15 and not is_code and target not in NOT_TARGETS:
                    if receptor and not target.endswith(("R", "receptor")):
                        target += " receptor"  # "a GLP-1 and GIP receptor dual agonist"
                    if target not in found:
                        found.append(target)
    for match in SPELLED_TARGET.finditer(window):
        if PARTNER_TARGET_BEFORE.search(window, 0, match.start()):
            continue
        symbol = match.group("symbol")
        members = MEMBER.findall(match.group("members") or "")
        for target in [f"{symbol}-{member}" for member in members] or [symbol]:
            if not DISEASE_WORD.fullmatch(target) and target not in found:
                found.append(target)
    return found


# "a potent agonist of toll-like receptor 2/6 (TLR2/6)", "inhibits the epidermal growth factor
# receptor (EGFR)": a target spelled out after its mechanism, then abbreviated in brackets; the
# spelled name must end like a protein (receptor, kinase, "-ase", a number), so "targeting
# spinal muscular atrophy (SMA)" is no target
SPELLED_TARGET = re.compile(
    r"\b(?:(?:inhibitor|agonist|antagonist|blocker|degrader|modulator|activator)s?\s+of"
    r"|(?:inhibit|target|block)(?:s|ing)?|binds?\s+to|binding\s+to)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:receptors?|kinases?|proteins?|factors?|channels?|transporters?|antigens?|ligands?"
    r"|enzymes?|[a-z]+ases?|hormones?|\d+(?:/\d+)?)"
    r"\s*\(\s*[“\"]?(?P<symbol>[A-Z][A-Za-z0-9α-ω]{1,7}(?:[/-][A-Za-z0-9α-ω]{1,4})?)[”\"]?\s*\)"
    # "receptors ("VEGFR") -1, -2 and -3": one target per member of the family
    r"(?P<members>\s*-\d(?:\s*,\s*-\d)*,?\s+and\s+-\d)?"
)
MEMBER = re.compile(r"\d")


# "neurofibromatosis type 1 (NF1)", "plexiform neurofibromas (PN)", "tuberous sclerosis complex
# (TSC)": an abbreviation a text
# defines for a disease; a code made of it ("NF1", "NF1-PN") names the disease, not a product
BRACKETED_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z0-9]{1,7})\)")
DISEASE_BEFORE_BRACKET = re.compile(
    rf"\b(?i:{DISEASE_WORDS}|{DISEASE_ENDINGS})s?(?:\s+[a-z]{{3,}})?"
    r"(?:\s+(?i:type)\s+\d{1,2}|\s+\d{1,2})?\s*$"
)
DISEASE_REACH = 70  # characters before the bracket that may hold the disease's words


def disease_abbreviations(text: str) -> set[str]:
    found = set()
    for match in BRACKETED_ABBREVIATION.finditer(text):
        abbr = match.group(1)
        start = max(0, match.start() - DISEASE_REACH)
        if abbr in found or not DISEASE_BEFORE_BRACKET.search(text, start, match.start()):
            continue
        # an abbreviation starts like one of the words it abbreviates: "(NF1)" after
        # "neurofibromatosis type 1", never "(BX12)" after "a treatment for psoriasis"
        words = text[start : match.start()].split()[-5:]
        if any(w[:1].lower() == abbr[0].lower() for w in words):
            found.add(abbr)
    return found


def is_disease_code(surface: str, diseases: set[str]) -> bool:
    return surface in diseases or surface.split("-")[0] in diseases


# "MUC1-C–directed therapies", "designed to target MUC1-C": a code the text writes as a target
CODE_AS_TARGET_AFTER = re.compile(r"[-‑–]\s?(?:directed|targeting|targeted|expressing)\b")
CODE_AS_TARGET_BEFORE = re.compile(r"\b(?:target|targets|targeting|anti)[\s-]+(?:the\s+)?$")


def target_codes(text: str, mentions: list[DrugMention]) -> set[str]:
    return {
        m.surface
        for m in mentions
        if m.kind == "code"
        and (
            CODE_AS_TARGET_AFTER.match(text, m.end)
            or CODE_AS_TARGET_BEFORE.search(text, max(0, m.start - 20), m.start)
        )
    }


def find_drugs(doc: Document) -> list[FoundDrug]:
    text = doc.text
    found = code_mentions(text) + inn_mentions(text) + dictionary_mentions(doc)
    found += spaced_code_mentions(text) + serotype_mentions(text)
    found += combination_mentions(text, found) + side_by_side_mentions(text, found)
    found += recombinant_product_mentions(text, found)
    found += brand_mentions(text) + slot_mentions(text) + listed_brand_mentions(text, found)
    found += bracketed_inn_brand_mentions(text, found) + form_list_mentions(text, found)
    found += trial_object_mentions(text, found)
    found += deal_object_mentions(text, found)
    found += short_code_mentions(doc, found)
    found += lower_code_mentions(text, found)
    found += named_generic_mentions(text, found)
    found += labelled_brand_mentions(text, found)
    mentions = dedupe_spans(found)
    mentions = [m for m in mentions if is_clean_name(m.surface)]
    mentions = document_wide_cleanup(text, mentions)
    targeted = target_codes(text, mentions)
    if targeted:
        mentions = [m for m in mentions if m.kind != "code" or m.surface not in targeted]
    diseases = disease_abbreviations(text)
    if diseases:
        mentions = [m for m in mentions if not is_disease_code(m.surface, diseases)]
    drugs = build_drugs(text, mentions, link_mentions(text, mentions))
    spans = sorted((m.start, m.end, id(d)) for d in drugs for m in d.mentions)
    masked = text
    if PRIOR_CUE.search(text):
        masked = PRIOR_THERAPY.sub(lambda m: " " * len(m.group()), text)
    for drug in drugs:
        describe(text, drug, spans, masked)  # (one list for all: a copy per drug is quadratic)
    assign_indications(doc, drugs)
    return drugs


def assign_indications(doc: Document, drugs: list[FoundDrug]) -> None:
    """Each indication phrase goes to the drug named nearest before it in its sentence (else
    the nearest after): "RENOVAX for membranous nephropathy", "X for A and Y for B". A
    sentence that names no product but opens on one ("It is being developed for A", "The
    candidate is being evaluated in B") gives its indications to the one product the sentence
    before names as its subject, in the same paragraph."""
    previous = None
    # every mention once, in text order: each sentence bisects its own (a long release names
    # one product thousands of times, and a scan per sentence would be quadratic)
    by_start = sorted(
        (
            (mention.start, index, mention, drug)
            for index, drug in enumerate(drugs)
            for mention in drug.mentions
        ),
        key=lambda item: (item[0], item[1]),
    )
    starts = [item[0] for item in by_start]
    for sentence in doc.sentences:
        if sentence.section == "boilerplate":
            previous = None
            continue
        inside = by_start[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        named = [(start, drug) for start, _index, _mention, drug in inside]
        if not named:
            told = told_of_previous(doc, sentence, previous, drugs)
            if told is not None:
                for found in find_indications(doc.text, sentence.start, sentence.end):
                    add_indication(told, found.text)
            previous = sentence
            continue
        previous = sentence
        # "X versus pembrolizumab in patients with melanoma", "X with carboplatin for ovarian
        # cancer": a comparator or partner named nearer is not what the disease is told of
        subjects = [
            (start, drug)
            for start, _index, mention, drug in inside
            if not is_background_mention(doc.text, mention, sentence.start)
        ]
        named = subjects or named
        for found in find_indications(doc.text, sentence.start, sentence.end):
            before = [(start, drug) for start, drug in named if start < found.start]
            start, drug = (
                max(before, key=lambda pair: pair[0])
                if before
                else min(named, key=lambda pair: pair[0])
            )
            add_indication(drug, found.text)


def add_indication(drug: FoundDrug, phrase: str) -> None:
    for disease in shared_head_diseases(phrase) or [phrase]:
        if disease not in drug.indications:
            drug.indications.append(disease)


# "It is being developed for ...", "The candidate is currently being evaluated in ...": a
# sentence whose subject refers back to a product and tells what it is developed for
PRODUCT_ANAPHOR = re.compile(
    r"(?:It|(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:drug|candidate|product|therapy|compound"
    r"|antibody|molecule|medicine|vaccine|therapeutic|asset|inhibitor|program(?:me)?))"
    r"\s+(?:is|was|has been)\s+(?:(?:currently|also|now|initially|primarily|being)\s+){0,2}"
    r"(?:developed|evaluated|studied|investigated|tested|intended|designed|indicated"
    r"|in\s+(?:clinical\s+)?development)\b"
)


def told_of_previous(doc: Document, sentence, previous, drugs: list[FoundDrug]):
    """The product an anaphoric sentence (PRODUCT_ANAPHOR at its start) is about: the one
    product the previous sentence of its paragraph names other than as a partner."""
    if previous is None or "\n" in doc.text[previous.end : sentence.start]:
        return None
    if not PRODUCT_ANAPHOR.match(doc.text, sentence.start, sentence.end):
        return None
    subjects = subject_drugs_in(doc.text, drugs, previous.start, previous.end)
    return subjects[0] if len(subjects) == 1 else None


# "in combination with doxorubicin", "versus placebo": a partner or comparator of the subject
PARTNER_BEFORE = re.compile(
    r"\b(?:in combination with|combined with|together with|plus|versus|vs\.?|compared (?:with|to)"
    # "a trial combining the drug with paclitaxel", "to combine it with cisplatin"
    r"|combin(?:e|es|ing)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:drug|candidate|therapy|product"
    r"|antibody|compound|medicine))\s+with"
    r"|on top of|added to|backbone of)\s+(?:the\s+|an?\s+|standard\s+)?"
    r"(?:(?:weekly|daily|monthly|low-dose|high-dose|oral|intravenous|standard-of-care)\s+)?$",
    re.IGNORECASE,
)
PARTNER_REACH = 40  # characters before a mention that may make it a partner
# "a Phase 2 trial in gout (KX-014) evaluating ...": a code alone in brackets after words that
# are no product names a trial or study, not a drug
TRIAL_LABEL_BEFORE = re.compile(r"\b(?:trial|study|cohort|part|arm|program(?:me)?|[a-z]{4,})\s*\($")


def subject_drugs_in(text: str, drugs: list, start: int, end: int) -> list:
    """The drugs a sentence ``text[start:end]`` is about: those it names other than as a partner
    or comparator ("with doxorubicin") or as a trial's label ("(KX-014)")."""
    found = []
    for drug in drugs:
        inside = [m for m in drug.mentions if start <= m.start < end]
        if not inside:
            continue
        if all(is_background_mention(text, m, start) for m in inside):
            continue
        found.append(drug)
    return found


# "in combination with atezolizumab and bevacizumab": a name listed after a partner is one too
PARTNER_LIST_BEFORE = re.compile(
    r"\b(?:in combination with|combined with|together with|plus|versus|vs\.?|compared (?:with|to)"
    r"|such as)"
    r"\s+(?:the\s+|an?\s+|standard\s+)?(?:[\w-]+(?:\s?[®™])?(?:\s\([^()]{1,30}\))?"
    r"(?:,\s+|\s+and\s+|\s+or\s+|,\s+and\s+|,\s+or\s+)){1,3}$",
    re.IGNORECASE,
)
PARTNER_LIST_REACH = 120
# "in combination with checkpoint inhibitors, including nivolumab": the members a partner class
# names are partners too
PARTNER_CLASS_BEFORE = re.compile(
    r"\b(?:in combination with|combined with|together with|plus|versus|vs\.?|compared (?:with|to))"
    r"\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s+(?:including|such as|like|e\.g\.,?|namely)\s+"
    r"(?:[\w-]+(?:\s?[®™])?(?:\s\([^()]{1,30}\))?(?:,\s+|,?\s+and\s+|,?\s+or\s+)){0,3}$",
    re.IGNORECASE,
)
# "The trial evaluates KX-300 with carboplatin and pemetrexed": names given with a named product
# are its partners (a trial design's standard of care), not what the sentence is about
WITH_NAMED_PRODUCT = re.compile(
    rf"(?:{CODE_NAME}|\b[a-z]{{3,}}(?:{'|'.join(sorted(INN_STEMS, key=len, reverse=True))}))"
    r"(?:\s?[®™])?\s+(?:given\s+|administered\s+)?with\s+(?:[a-z][\w-]+(?:,\s+|,?\s+and\s+)){0,3}$"
)


# "patients who previously failed Avastin® (bevacizumab)": a therapy the patients had before
PRIOR_BEFORE = re.compile(
    # "patients who had received prior sorafenib": a therapy named right after "prior"
    r"\b(?:failed|failing|refractory to|(?:previously|prior) treated with|progressed (?:on|after)"
    r"|(?:prior|previous)(?:\s+(?:treatment|therapy)\s+with)?"
    r"|resistant to|intoleran(?:t|ce) (?:of|to))\s+(?:the\s+)?(?:[A-Z][\w-]*[®™]?\s*\(\s*)?$",
    re.IGNORECASE,
)


# "the standard of care, temozolomide", "superior to sorafenib": what the product is measured
# against; "temozolomide remains the standard of care": the same told after the name
BACKGROUND_CUES = (
    r"standard[- ]of[- ]care|standard\s+(?:therapy|treatment|chemotherapy)"
    r"|(?:superior|non-?inferior|noninferior)\s+to|such\s+as"
    # "showed non-inferiority to apixaban", "superiority over dupilumab", "weight loss
    # comparable to semaglutide": the trial's comparator
    r"|(?:superiority|non-?inferiority|noninferiority)\s+(?:to|over|versus|vs\.?)"
    r"|(?:comparable|similar|equivalent)\s+to|(?:better|greater)\s+than"
    # "the first drug approved for GIST since imatinib", "more durable than sorafenib",
    # "patients who rely on injectable drugs such as adalimumab and ustekinumab"
    r"|since|than|unlike"
    # "would compete with dupilumab", "a market led by secukinumab and ixekizumab", "patients
    # switching from tenofovir", "inadequately controlled on metformin", "as an add-on to
    # levetiracetam", "progressed after treatment with osimertinib", "an oral alternative to
    # injectable semaglutide": what the product is measured against or added to
    r"|compet(?:e|es|ing)\s+(?:with|against)|competitors?|rivals?|(?:led|dominated)\s+by"
    r"|switch(?:ing|ed)?\s+from|controlled\s+(?:on|with|by)|stable\s+doses?\s+of"
    r"|add-on\s+to|adjunct(?:ive)?\s+to|alternatives?\s+to"
    r"|progress(?:ed|ing)?\s+(?:on|after|following)\s+(?:prior\s+)?treatment\s+with"
    # "patients with active disease despite treatment with methotrexate", "an inadequate
    # response to adalimumab": what the patients had before or beside the product
    r"|despite\s+(?:(?:prior|ongoing|stable|continued|current)\s+)?(?:treatment|therapy)\s+with"
    # "on a background of metformin", "compared against ustekinumab"
    r"|on\s+(?:a\s+)?background\s+of|(?:compared|tested|benchmarked)\s+against"
    r"|(?:inadequate(?:ly)?|insufficient|incomplete|poor)\s+respon(?:se|ses|ders?|ding)\s+to"
    # "AVN-900 - a tumour-activated form of doxorubicin": the substance a new product is made
    # from is not the product
    r"|(?:form|prodrug|version|derivative|analog(?:ue)?)\s+of"
)
# the words that may stand between a cue and the name: "the current standard of care,
# temozolomide", "an oral alternative to injectable semaglutide"
BACKGROUND_FILLER = (
    r"(?:\s+\([^()]{1,10}\))?(?:\s+(?:treatment|therapy|chemotherapy|regimen|agent|drug))?"
    r"(?:\s+(?:with|of|is|was|remains)|\s*,)?\s+(?:the\s+)?"
    r"(?:(?:injectable|oral|intravenous|subcutaneous|weekly|daily|monthly|generic|branded"
    r"|existing|approved|current|background)\s+){0,2}"
)
STANDARD_BEFORE = re.compile(rf"\b(?:{BACKGROUND_CUES}){BACKGROUND_FILLER}$", re.IGNORECASE)
# "a market led by secukinumab and ixekizumab": each name of a list after such a cue (a year is
# no name: "approved for X since 2023, CRL-207 also ..." lists nothing)
BACKGROUND_LIST_BEFORE = re.compile(
    rf"\b(?:{BACKGROUND_CUES}){BACKGROUND_FILLER}(?:(?!\d+\b)[\w-]+(?:\s?[®™])?(?:\s\([^()]{{1,30}}\))?"
    r"(?:,\s+|,?\s+and\s+|,?\s+or\s+)){1,3}$",
    re.IGNORECASE,
)
STANDARD_AFTER = re.compile(
    r"\s?[®™]?(?:\s*\([^()]{1,40}\))?,?\s+(?:is|remains|was|has been|has long been)\s+"
    r"(?:(?:currently|still|now|often|widely)\s+)?(?:the|a)\s+(?:(?:current|established"
    r"|global|first-line|preferred)\s+)?(?:standard[- ]of[- ]care|standard\s+(?:therapy"
    r"|treatment)|backbone|mainstay)\b",
    re.IGNORECASE,
)


# "including pembrolizumab (KEYTRUDA; ...)": a name in the bracket after another name
NAME_BRACKET_BEFORE = re.compile(r"(?<![\w-])[\w-]{3,}(?:\s?[®™])?\s?\(\s*$")


@dataclass
class Span:
    start: int
    end: int
    kind: str = "inn"


def is_background_mention(text: str, mention, start: int) -> bool:
    """A partner, comparator, prior or standard therapy, or a trial's label; a name in the
    bracket after a background name is background too ("with X, including D (BRAND)")."""
    bracket = NAME_BRACKET_BEFORE.search(text, max(start, mention.start - 40), mention.start)
    if bracket and bracket.start() > start:
        word_end = bracket.start() + len(re.match(r"[\w-]+", bracket.group()).group())
        if is_background_span(text, Span(bracket.start(), word_end), start):
            return True
    return is_background_span(text, mention, start)


def is_background_span(text: str, mention, start: int) -> bool:
    before = text[max(start, mention.start - PARTNER_REACH) : mention.start]
    if POSSESSIVE_PARTNER_BEFORE.search(text, max(start, mention.start - 100), mention.start):
        return True
    if PARTNER_BEFORE.search(before) or PRIOR_BEFORE.search(before):
        return True
    if STANDARD_BEFORE.search(before) or STANDARD_AFTER.match(text, mention.end):
        return True
    if BACKGROUND_LIST_BEFORE.search(
        text, max(start, mention.start - PARTNER_LIST_REACH), mention.start
    ):
        return True
    if PARTNER_LIST_BEFORE.search(
        text, max(start, mention.start - PARTNER_LIST_REACH), mention.start
    ):
        return True
    if PARTNER_CLASS_BEFORE.search(
        text, max(start, mention.start - PARTNER_LIST_REACH), mention.start
    ):
        return True
    if WITH_NAMED_PRODUCT.search(
        text, max(start, mention.start - PARTNER_LIST_REACH), mention.start
    ):
        return True
    return bool(
        mention.kind == "code"
        and TRIAL_LABEL_BEFORE.search(text[max(start, mention.start - 20) : mention.start])
        and text[mention.end : mention.end + 1] == ")"
    )


def drugs_between(drugs: list[FoundDrug], start: int, end: int) -> list[FoundDrug]:
    return [d for d in drugs if any(start <= m.start < end for m in d.mentions)]


def body_mention_count(drug: FoundDrug, body_end: int) -> int:
    return sum(1 for m in drug.mentions if m.start < body_end)


# ---------------------------------------------------------------- trial names, allergens

# "the Phase II ZEPHYR-301 trial", "ZEPHYR-301 study": the code is named as a trial
# ("the KX-101 study drug" is the product, not a trial)
TRIAL_NAMED_AFTER = re.compile(
    rf"\s+{TRIAL_NAME_NOUNS}\b(?!\s+(?:drugs?|medications?|products?|materials?|treatments?)\b)",
    re.IGNORECASE,
)
# "A Phase 2 study (ZEPHYR-301)": the code labels a trial in brackets
TRIAL_LABEL_OPEN = re.compile(rf"\b{TRIAL_NAME_NOUNS}\s*\(\s*$", re.IGNORECASE)
TRIAL_LABEL_CLOSE = re.compile(r"\s*[),;]")
# "...trial of velotamab", "...investigating the antibody velotamab": what a trial is told of;
# never "the KX-101 trial of patients receiving pembrolizumab" (a population between)
TRIAL_FILLER_NOT = (
    r"(?:patients|subjects|participants|adults|children|people|individuals|those|who|receiving"
    r"|treated|with|in|on|and|or)\b"
)
TRIAL_TOLD_OF = re.compile(
    rf"\b(?:{TRIAL_OF_VERBS})\s+(?:(?:the|its|our|their)\s+)?(?:(?!{TRIAL_FILLER_NOT})[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
TRIAL_REACH = 160  # characters after a trial's name that may tell what it is of
# "the Phase 2 trial of ARD-101", "approval of ARD-101", "licensed ARD-101": the code is a
# product's name, told as an object
PRODUCT_OBJECT_BEFORE = re.compile(
    rf"\b(?:(?:{TRIAL_NAME_NOUNS})\s+(?:{TRIAL_OF_VERBS})|(?:{PRODUCT_OBJECT_VERBS})(?:\s+of)?)"
    r"\s+(?:(?:the|its|our|their|an?)\s+)?$",
    re.IGNORECASE,
)
# "ARD-101 is an oral antibody", "ARD-101, a first-in-class inhibitor", "ARD-101 for the
# treatment of", "ARD-101®": the code is told as a product
PRODUCT_TOLD_AFTER = re.compile(
    rf"(?:\s?[®™]|\s+(?:is|was)\s+(?:an?|the|our|its)\s+(?:[\w-]+\s+){{0,5}}?(?:{PRODUCT_NOUNS})\b"
    rf"|,\s+(?:an?|the|our|its)\s+(?:[\w-]+\s+){{0,5}}?(?:{PRODUCT_NOUNS})\b"
    r"|\s+(?:for\s+the\s+treatment|(?:has\s+been|was|is)\s+(?:approved|granted|licensed)))",
    re.IGNORECASE,
)
CODE_LETTERS = re.compile(r"[A-Za-z]+")
BRACKET_GAP = re.compile(r"\s?\(\s*")  # "velotamab (ZEPHYR-301": an alias opens a bracket
ALIAS_GAP_CHARS = 40
MAX_MENTION_CHARS = 200  # longer than any product name (the longest INN pairs are ~60)


def is_trial_named(text: str, mention: DrugMention) -> bool:
    """ "the ZEPHYR-301 trial", "a study (ZEPHYR-301)": the mention names a trial here."""
    if TRIAL_NAMED_AFTER.match(text, mention.end):
        return True
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(TRIAL_LABEL_OPEN.search(before) and TRIAL_LABEL_CLOSE.match(text, mention.end))


def is_product_object(
    text: str, mention: DrugMention, mentions: list[DrugMention], starts: list[int] | None = None
) -> bool:
    """The mention is told as a product: an object of a trial, a licence or an approval, or a
    subject described by a product noun, or the alias of another product in brackets.

    `starts`, when given, is [m.start for m in mentions] with `mentions` sorted by start: only
    the mentions near this one are then read (a release listing a thousand codes)."""
    before = text[max(0, mention.start - 60) : mention.start]
    if PRODUCT_OBJECT_BEFORE.search(before) or PRODUCT_TOLD_AFTER.match(text, mention.end):
        return True
    if starts is not None:
        reach = ALIAS_GAP_CHARS + MAX_MENTION_CHARS
        low = bisect_left(starts, mention.start - reach)
        mentions = mentions[low : bisect_left(starts, mention.end + ALIAS_GAP_CHARS + 1)]
    for other in mentions:  # "velotamab (ZEPHYR-301)", "ZEPHYR-301 (velotamab)": an alias
        if other.surface == mention.surface:
            continue
        # only a neighbour can be its bracket alias: a release listing a thousand codes must
        # not compare every pair's gap
        if 0 <= mention.start - other.end <= ALIAS_GAP_CHARS and BRACKET_GAP.fullmatch(
            text, other.end, mention.start
        ):
            return True
        if 0 <= other.start - mention.end <= ALIAS_GAP_CHARS and BRACKET_GAP.fullmatch(
            text, mention.end, other.start
        ):
            return True
    return False


def trial_told_of(text: str, mention: DrugMention, mentions: list[DrugMention]) -> bool:
    """A trial-named mention whose sentence tells the trial of another named product."""
    stop = text.find(".", mention.end, mention.end + TRIAL_REACH)
    stop = mention.end + TRIAL_REACH if stop < 0 else stop
    for other in mentions:
        if other.surface == mention.surface or not mention.end < other.start < stop:
            continue
        if TRIAL_TOLD_OF.search(text[max(mention.end, other.start - 60) : other.start]):
            return True
    return False


def trial_name_codes(text: str, mentions: list[DrugMention]) -> set[str]:
    """Codes that name a clinical trial throughout the document, decided from all of it.

    A code named as a trial ("the Phase II ZEPHYR-301 trial of velotamab", "a Phase 2 study
    (ZEPHYR-301) investigating velotamab") while that trial is told of another named product,
    and never itself told as a product (licensed, approved, dosed, "X is a ...", a trial of
    X), is the trial's name in every sentence ("new ZEPHYR-301 data"). A code sharing its
    letters with such a trial ("ZEPHYR-302") and only ever named as a trial is one too. "The
    ARD-101 trial" where ARD-101 is the product is kept: it is told of no other product, or
    is told as a product somewhere."""
    codes = [m for m in mentions if m.kind == "code"]
    if not codes:
        return set()
    by_surface: dict[str, list[DrugMention]] = {}
    for mention in codes:
        by_surface.setdefault(mention.surface, []).append(mention)
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    products = {
        surface
        for surface, group in by_surface.items()
        if any(is_product_object(text, m, by_start, starts) for m in group)
    }
    named = {
        surface
        for surface, group in by_surface.items()
        if surface not in products and any(is_trial_named(text, m) for m in group)
    }
    trials = {
        surface
        for surface in named
        if any(
            is_trial_named(text, m) and trial_told_of(text, m, mentions)
            for m in by_surface[surface]
        )
    }
    letters = {CODE_LETTERS.match(s).group().upper() for s in trials if CODE_LETTERS.match(s)}
    for surface in named - trials:
        head = CODE_LETTERS.match(surface)
        if (
            head
            and head.group().upper() in letters
            and all(is_trial_named(text, m) for m in by_surface[surface])
        ):
            trials.add(surface)
    return trials


def drop_trial_names(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    trials = trial_name_codes(text, mentions)
    return [m for m in mentions if m.surface not in trials] if trials else mentions


# "pelinogimod alpha": a two-word INN whose second word is a Greek letter written out keeps it
INN_GREEK_AFTER = re.compile(rf"\s(?:{INN_GREEK_SECOND})(?![\w-])")


# "ZORIVEL®, Kelso's allergen immunotherapy drug", "VELMIRA® Birch Pollen Sublingual Tablets":
# a trademark told as a product by the words that follow it
BRAND_TOLD_AS_PRODUCT = re.compile(
    r"\s?(?:[®™]|\((?:R|TM)\))\s*(?:,\s*(?:an?|the|its|our|[A-Z][\w&.-]*[’']s)\s+"
    rf"(?:[\w()-]+\s+){{0,5}}?(?:drug|medicine|vaccine|immunotherapy|{DOSAGE_FORMS})\b"
    rf"|(?:\s+[A-Z][a-z]+){{1,5}}\s+(?:{DOSAGE_FORMS})\b)",
    re.IGNORECASE,
)


def document_wide_cleanup(text: str, mentions: list[DrugMention]) -> list[DrugMention]:
    """The document-wide clean-up of found mentions: trial names out, allergen sources out, and a
    trademark told as a product by the words after it kept as one (kind "slot")."""
    mentions = drop_trial_names(text, mentions)
    mentions = [
        m for m in mentions if m.kind != "dictionary" or m.surface.lower() not in ALLERGEN_SOURCES
    ]
    # "backed by Celgene and Sorrento": a name the gazetteer knows as a company, written as
    # one, is the company even where it ends like an INN
    mentions = [m for m in mentions if m.kind == "code" or m.surface not in KNOWN_COMPANIES]
    for mention in mentions:
        if mention.kind == "brand" and BRAND_TOLD_AS_PRODUCT.match(text, mention.end):
            mention.kind = "slot"
    return mentions


# "in combination with Kelso's novel investigational CDK4 inhibitor lorazitide", "a combination
# trial with Kelso's antibody, lorazitide": another company's product given with the subject is
# a partner, however many words describe it
POSSESSIVE_PARTNER_BEFORE = re.compile(
    r"\b(?:in\s+combination\s+with|combined\s+with|together\s+with|plus"
    r"|combination\s+(?:trials?|stud(?:y|ies)|therapy|regimen)\s+with)"
    r"\s+[A-Z][\w&.-]*[’']s\s+(?:(?!(?:and|or)\s)[\w/-]+,?\s+){0,7}$"
)
