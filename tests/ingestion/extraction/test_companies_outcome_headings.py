"""A regulator's outcome as the subject of a bulleted heading is what was received, not who.

Invented releases only.
"""

import pytest

from apps.ingestion.extraction import extract

QUARTERLY = """Quarterly Activities Report

  • Favourable Opinion received on paediatric plan from the committee
  • $12.5 million raised via placement

Norvale Therapeutics Limited (Norvale or Company) is pleased to provide its quarterly update \
for the period ended 30 June 2025.

Favourable Opinion received on NV-220 Paediatric Investigation Plan

During the quarter the Paediatric Committee of the European Medicines Agency adopted a \
favourable opinion on its plan for NV-220. The Company raised $12.5 million in a placement \
to institutional investors.
"""

HALF_YEAR = """Half-Year Highlights

{heading}

Brightmoor Biologics Ltd. reported results for the six months to 31 December. The company \
closed a $20 million private placement.
"""


def names(facts):
    return [c["name"] for c in facts["companies"]]


def test_an_opinion_heading_names_no_company_and_takes_no_event():
    facts = extract(QUARTERLY)
    assert names(facts) == ["Norvale Therapeutics Limited"]
    assert [(e["company"], e["type"]) for e in facts["events"]] == [
        ("Norvale Therapeutics Limited", "financing")
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Final Decision received from the MHRA on its paediatric plan",
        "Marketing Authorisation received for BR-7 in the UK",
    ],
)
def test_a_decision_or_authorisation_heading_names_no_company(heading):
    facts = extract(HALF_YEAR.format(heading=heading))
    assert names(facts) == ["Brightmoor Biologics Ltd."]
