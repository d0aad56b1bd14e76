"""Events: conference presentations, completed trial steps, IPOs, financing rounds, plans.

Every company, meeting and product name here is invented.
"""

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.events import find_events
from apps.ingestion.extraction.text import analyse


def release(body: str, headline: str = "Corlan update") -> str:
    return f"{headline}\n\nPARIS, March 3, 2025 /PRNewswire/ -- {body}\n"


def events(text: str) -> dict:
    return {e.type: e for e in find_events(analyse(text), None, "2025-03-03")}


def test_a_presentation_at_a_named_meeting_is_a_conference_event():
    found = events(
        release(
            "In December, Corlan Therapeutics SA presented positive data from its Phase 1 trial "
            "of CRL-204 at the 2024 Northbridge Society of Hematology Annual Meeting."
        )
    )
    assert "conference" in found


def test_results_presented_as_an_oral_report_are_a_conference_event():
    found = events(
        release(
            "Results from the Phase 2 study of CRL-204 were presented as an oral report by "
            "Corlan Therapeutics SA investigators."
        )
    )
    assert "conference" in found


def test_data_presented_without_a_meeting_is_not_a_conference():
    found = events(release("The latest data, presented in January, confirm the responses."))
    assert "conference" not in found


def test_a_planned_presentation_is_not_an_event():
    found = events(
        release(
            "Corlan Therapeutics SA will present new data at the Eastbay Oncology Congress in June."
        )
    )
    assert "conference" not in found


def test_first_patient_dosed_is_a_clinical_milestone():
    found = events(
        release(
            "Corlan Therapeutics SA announced the launch of a new clinical trial of CRL-204 and "
            "the dosing of the first patient."
        )
    )
    assert "clinical_milestone" in found


def test_completed_enrolment_and_a_started_trial_are_clinical_milestones():
    for body in (
        "Corlan Therapeutics SA has completed enrollment in its Phase 2 study of CRL-204.",
        "Corlan Therapeutics SA initiated a phase three clinical trial of CRL-204 in gout.",
        "The Phase 1 trial of CRL-204 was completed in October 2024.",
    ):
        assert "clinical_milestone" in events(release(body)), body


def test_an_expected_trial_step_is_not_an_event():
    found = events(
        release("Corlan Therapeutics SA expects to complete enrollment in the CRL-204 study.")
    )
    assert "clinical_milestone" not in found


def test_an_ipo_is_a_financing_and_a_listing():
    result = extract(
        release(
            "Corlan Therapeutics SA announced the closing of its initial public offering, "
            "raising gross proceeds of $120 million. Its shares began trading on the Nasdaq "
            "Global Market on February 14, 2025."
        )
    )
    kinds = {e["type"]: e for e in result["events"]}
    assert kinds["financing"]["amount"] == {"amount": 120000000, "currency": "USD"}
    assert kinds["listing"]["date"] == "2025-02-14"


def test_a_series_round_and_a_public_award_are_financing_events():
    for body, amount in (
        (
            "Corlan Therapeutics SA said it had raised $15.5 million in a Series A financing.",
            15500000,
        ),
        (
            "Corlan Therapeutics SA has received a partial payment of EUR 400,000 from the "
            "Westland Innovation Council under its accelerator program.",
            400000,
        ),
    ):
        found = events(release(body))
        assert found["financing"].amount["amount"] == amount, body


def test_a_laboratory_relocation_is_a_facility_event():
    found = events(
        release(
            "Corlan Therapeutics SA today announced the relocation of its headquarters and "
            "laboratory operations to new facilities in Lyon."
        )
    )
    assert "facility" in found


def test_each_event_carries_its_rule_and_confidence():
    result = extract(release("Corlan Therapeutics SA completed enrollment in its CRL-204 study."))
    assert result["events"]
    for item in result["events"]:
        assert item["rule"] == f"event.{item['type']}"
        assert 0 < item["confidence"] <= 1
