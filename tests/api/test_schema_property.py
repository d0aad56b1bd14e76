"""Schema-driven property test: schemathesis generates requests from /api/v1/schema/ for every
operation and checks each answer: no 5xx, a documented status and content type, and a body
valid against the schema. Deterministic (derandomized) and bounded (EXAMPLES per operation)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.core.failures import ServerError
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from dealtracker.wsgi import application
from tests.api.conftest import api_data_make

EXAMPLES = 25
CHECKS = [
    schemathesis.checks.not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_data(db, settings):
    settings.API_THROTTLE_ANON_RATE = ""  # hundreds of requests: a 429 would hide the answers
    api_data_make()
    return api_data_make()


@pytest.fixture
def api_schema(api_data):
    # Requests go straight to the WSGI handler, whose request signals would close the test's
    # database connection (and its transaction) after each one; Django's test client
    # disconnects them the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


def test_every_operation_answers_within_its_schema(api_schema):
    operations = _operations(api_schema)
    assert len(operations) == 12  # six kinds, list and detail

    for operation in operations:
        strategy = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)

        @settings(
            max_examples=EXAMPLES,
            derandomize=True,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def answers_within_schema(case):
            case.call_and_validate(checks=CHECKS)

        answers_within_schema()


def test_each_detail_of_a_real_row_is_valid_against_the_schema(api_schema, api_data):
    """Random ids and slugs mostly miss (404); these hit, and their bodies are checked."""
    known = {
        "/api/v1/deals/{id}/": {"id": api_data.license.pk},
        "/api/v1/companies/{slug}/": {"slug": api_data.subsidiary.slug},
        "/api/v1/drugs/{slug}/": {"slug": api_data.drug.slug},
        "/api/v1/designations/{id}/": {"id": api_data.designation.pk},
        "/api/v1/events/{id}/": {"id": api_data.event.pk},
        "/api/v1/documents/{id}/": {"id": api_data.document.pk},
    }
    by_path = {operation.path: operation for operation in _operations(api_schema)}

    for path, parameters in known.items():
        response = by_path[path].Case(path_parameters=parameters).call_and_validate(checks=CHECKS)
        assert response.status_code == 200, path


def test_the_property_test_fails_on_a_server_error(api_schema, monkeypatch):
    """The harness itself: a 500 from a list must fail the run, not pass unseen."""
    from apps.api import views

    def broken(self):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(views.DealViewSet, "get_queryset", broken)
    deals = [op for op in _operations(api_schema) if op.path == "/api/v1/deals/"][0]

    @settings(max_examples=3, derandomize=True, deadline=None, database=None)
    @given(case=deals.as_strategy())
    def answers_within_schema(case):
        case.call_and_validate(checks=CHECKS)

    with pytest.raises(BaseExceptionGroup) as failed:
        answers_within_schema()
    assert failed.group_contains(ServerError)
