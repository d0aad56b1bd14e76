"""Indication cues, clause boundaries and disease head words.

Patterns of the trade only: nothing here names a particular company or product.
"""

# Phrases that introduce the disease a product treats or prevents. Longest first.
CUES = (
    r"for (?:the )?(?:potential |possible )?(?:(?:first|second|third)[- ]line )?"
    r"(?:(?:adjunctive|add-on|maintenance) )?(?:treatment|prevention|prophylaxis|management) of",
    r"(?:is |are )?indicated (?:for|as)(?: an?| the)?(?: (?:first|second)[- ]line)?"
    r"(?: treatment| therapy)?(?: of| for| in)?",
    r"as an? (?:potential |possible )?(?:(?:first|second|third)[- ]line )?"
    r"(?:treatment|therapy|monotherapy) (?:of|for|in)",
    r"to (?:treat|prevent)",
    # "approved for treating X", "for preventing X": the gerund is the same cue
    r"for (?:treating|preventing)",
    r"(?:for|in|to|include|including) (?:the )?(?:treat(?:ment|ing) of )?(?:certain )?"
    r"(?:adult |pediatric |paediatric )?(?:and (?:adult |pediatric |paediatric ))?"
    r"(?:patients|people|adults|children|subjects)"
    r" (?:(?:aged |age )?\d+ years (?:of age )?(?:and|or) (?:older|above) )?"
    r"(?:with|suffering from)",
    # "for use among advanced gout patients": read as a bare cue (a disease word is needed)
    r"for use (?:in|among|by)",
    r"for",
    r"in",
)

# A disease phrase holds one of these words (or ends like one), so "for $50m" or
# "for the development of" is never read as an indication.
DISEASE_WORDS = (
    r"diseases?|disorders?|syndromes?|cancers?|carcinomas?|tumou?rs?|neoplasms?|malignanc(?:y|ies)"
    r"|leuka?emias?|lymphomas?|myelomas?|melanomas?|sarcomas?|gliomas?|\w*blastomas?|mesothelioma"
    r"|\w+itis|\w+osis|\w+oses|\w+uria|\w+plasias?|\w+emia|\w+aemia|\w+pathy|\w+pathies|infections?|failure"
    r"|deficiency|dystroph(?:y|ies)|atroph(?:y|ies)|diabetes|obesity|hypertension|asthma"
    r"|pain|depression|schizophrenia|epilepsy|seizures?|psoriasis|eczema|urticaria"
    r"|thalass(?:a)?emia|ha?emophilia|insufficiency|injur(?:y|ies)|ulcers?|pneumonia"
    r"|COVID-19|HIV|hepatitis|influenza|mpox|smallpox|virus|alzheimer's|parkinson's"
    r"|migraine|stroke|withdrawal|addiction|dementia|lupus|nephropathy|neuropathy|colitis"
    r"|dermatitis|arthritis|fibrosis|sclerosis|cholangitis|hyperlipidemia|\w+emias?"
    r"|hypertriglyceridemia|anemia|anaemia|esophagitis|oesophagitis|angioedema|alopecia"
    r"|vitiligo|acne|rhinitis|sinusitis|polyps|myositis|myasthenia|retinopathy|degeneration"
    r"|palsy|ataxia|dystonia|neuralgia|gout|cough|fever|obesity|overweight|insomnia|anxiety|autism|narcolepsy|sepsis|shock"
    r"|edema|oedema|glaucoma|uveitis|surgery|transplant(?:ation)?|rejection|toxicity|ideation"
    r"|ALS|NSCLC|SCLC|HCC|AML|CLL|CML|ALL|MDS|DLBCL|RCC|PBC|NASH|MASH|IPF|CKD|COPD|GvHD"
    # symptoms and conditions a product is approved for though no disease ending tells them:
    # "for postoperative nausea and vomiting", "for chemotherapy-induced neutropenia"
    r"|nausea and vomiting|pruritus|constipation|diarrh(?:o)?ea|\w+penias?|arrhythmias?"
    r"|fibrillation"
    r"|angina|apno?ea|incontinence|dysfunction|tremors?|spasticity|ha?emorrhages?|bleeding"
    r"|thrombosis|embolism|infarction|cachexia|anorexia|sarcopenia|infertility|hot flashes"
    r"|vasomotor symptoms|headaches?|weight management"
)

# A disease phrase ends before any of these (clause boundaries, relative clauses, trial names
# are cut separately).
STOP_WORDS = (
    r"who|whom|whose|that|which|where|when|while|whereas|because|based|under|after|before"
    # "anemia caused by chronic kidney disease": the cause is part of the disease
    r"|following|since|until|through|(?<!caused )(?<!induced )(?<!mediated )(?<!driven )by"
    r"|(?<!resulting )(?<!arising )from|at|as|is|are|was|were|has|have|had|will|would"
    r"|could|may|might|can|shall|should|in order to|to (?:be|support|enable|allow|help|include"
    r"|expand|extend|cover|address|improve|reduce|meet|provide|treat|prevent)|for"
    # "infections, including those caused by ...", "in NSCLC despite the emergence of ...": an
    # example list or a concession after the disease is no part of it
    r"|including|such as|despite"
    # "in myasthenia gravis met its primary endpoint": the trial's verb ends the disease
    r"|met|meets|showed|shows|demonstrated|demonstrates|achieved|achieves|reached|missed"
    # "for narcolepsy outside Asia", "for gout excluding Japan": the territory
    r"|outside|excluding|except"
    # "for psoriasis and Health Canada approved Y": the next clause's subject and verb
    r"|(?:and|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?:approved|granted|cleared"
    r"|authori[sz]ed|accepted|issued|said|announced|received|will|has|have|had|is|was)"
    r"|than|via|using|pursuant|according|announced"
    # "pruritus undergoing hemodialysis": the patients' situation, not the disease
    r"|undergoing|receiving|requiring|previously|eligible"
    r"|received|granted|approved|said|says|the company|its|their|our|his|her|this|these"
    r"|those|today|yesterday|on|during|within|per|if|upon|and (?:is|are|was|were|has|have"
    r"|had|will|the|a|an|its|to"
    # "for gout and intends to seek ...", "and plans to file": the subject's next intention
    r"|intends|plans|expects|aims|hopes|continues|remains|looks|anticipates)"
    # "for chronic rhinosinusitis earlier this year": a time adverb ends the disease
    r"|(?:earlier|later)(?![\w-])(?!\s+(?:lines?|stages?|onset|phases?|disease)\b)"
    r"|(?:last|next|past|this)\s+(?:week|month|year|quarter|spring|summer|fall|autumn|winter)"
    r"|recently|ago|in (?:early|late|mid)[\s-]|in (?:Q[1-4]|H[12]|the (?:first|second|third"
    r"|fourth) (?:quarter|half))"
)

# "in China", "in the U.S.": places that end the phrase when they follow it.
# Events of a disease that lead into its name: "attacks of hereditary angioedema", "flares of
# gout". The disease is what follows "of".
DISEASE_EVENT_LEAD_INS = r"(?:(?:acute|recurrent)\s+)?(?:attacks|episodes|flares)"

# Countries and regions a deal or an approval covers: "for lupus nephritis in Germany" is the
# disease, then its territory.
TERRITORY_NAMES = (
    r"China|Mainland China|Greater China|Japan|Korea|South Korea|Taiwan|Hong Kong|Macau|India"
    r"|Singapore|Asia|Asia[- ]Pacific|Southeast Asia|Europe|Western Europe|Eastern Europe"
    r"|Germany|France|Italy|Spain|Portugal|Switzerland|Austria|Belgium|the Netherlands"
    r"|Denmark|Sweden|Norway|Finland|Poland|Czechia|the Czech Republic|Hungary|Romania|Greece"
    r"|Turkey|Israel|Russia|the CIS|the Nordics|the Nordic countries|Ireland|Canada|Mexico"
    r"|Brazil|Argentina|Latin America|South America|North America|the Americas|Australia"
    r"|New Zealand|the Middle East|Africa|the MENA region|Saudi Arabia|the GCC"
)
PLACE_TAIL = (
    rf"in (?:{TERRITORY_NAMES}"
    r"|the (?:U\.?S\.?|United States|EU|European Union|UK|United Kingdom)"
    r"|the US|[A-Z][a-z]+ (?:and|or) [A-Z][a-z]+)(?![\w-])"
    # "for solid tumours worldwide", "for NASH globally": the territory, told as an adverb
    r"|(?:worldwide|globally|internationally|ex-U\.?S\.?|ex-US)(?![\w-])"
)

# Organ and tissue words that share one tumour noun in a list ("pancreatic and colorectal
# cancer", "breast, ovarian and gastric cancers"): each names its own disease.
CANCER_SITES = (
    r"pancreatic|colorectal|colon|rectal|anal|gastric|stomach|gastroesophageal|gastro-oesophageal"
    r"|esophageal|oesophageal|biliary|bile duct|gallbladder|liver|hepatocellular|breast|ovarian"
    r"|cervical|endometrial|uterine|prostate|testicular|bladder|urothelial|renal|kidney|thyroid"
    r"|adrenal|skin|brain|bone|lung|non-small cell lung|non-small-cell lung|small cell lung"
    r"|small-cell lung|nasopharyngeal|oral|laryngeal|pharyngeal"
)
# Tumour nouns such a list shares
SHARED_TUMOUR_HEADS = r"cancers?|carcinomas?|adenocarcinomas?|tumou?rs?"
